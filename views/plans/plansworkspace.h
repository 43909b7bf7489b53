// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/catalog.h"
#include "models/store/connection.h"
#include "models/store/ticket.h"
#include "views/common/dialogrunner.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QDialog;
class QTabWidget;
class QToolButton;

namespace dueline {

class PlansCalculatorView;
class PlansChooser;
class PlansMatrixView;
class ClockSource;
class TeamCatalogStore;
struct SharedCatalogDatabase;

namespace PlansExport {
struct Document;
}

// The Plans workspace: the comparison matrix and the real-deadline calculator in two tabs, the
// plans to compare chosen once for both, export (PDF, CSV) and printing of the tab in view, and
// the catalog editor for team leads. Runs without a database, on the loaded catalog.
class PlansWorkspace : public QWidget
{
    Q_OBJECT
public:
    enum Page { MatrixPage, CalculatorPage };
    Q_ENUM(Page)

    explicit PlansWorkspace(QWidget *parent = nullptr);
    ~PlansWorkspace() override;

    void setCatalog(dueline::CatalogPtr catalog);
    dueline::CatalogPtr catalog() const { return m_catalog; }
    // The team's catalog files the catalog was loaded from (besides the built-in ones); the
    // catalog is loaded again from them after the editor saves. Default: the *.json files in
    // the "catalog" folder of the application data directory.
    void setTeamCatalogFiles(std::function<QStringList()> files);
    QStringList teamCatalogFiles() const;
    // The file the catalog editor writes: AppDataLocation/catalog/team.json.
    static QString teamCatalogPath();
    // The shared database the app is connected to: the catalog is loaded with the team catalog
    // files kept there, and the catalog editor can save there when `me` is a lead. Opens its own
    // connection (on this thread) when first needed. `clock` stamps saves on SQLite.
    void setSharedDatabase(const dueline::DatabaseUrl &url, const dueline::Agent &me,
                           const dueline::ClockSource *clock);
    bool hasSharedDatabase() const { return m_sharedUrl.has_value(); }
    // The store of the database's team catalog files; null and *error when it cannot be opened.
    dueline::TeamCatalogStore *sharedCatalogStore(QString *error = nullptr);
    // Loads the catalog again (built-in, team files, the shared database's team files); false
    // and *error when a local file is bad (the catalog then stays). Database files that do not
    // load are skipped and named in *skipped.
    bool reloadCatalog(QString *error = nullptr, QStringList *skipped = nullptr);

    // Every dialog (file, print, message, catalog editor) runs through it.
    void setDialogRunner(DialogRunner runner);
    // Where "now" comes from for the calculator's presets (default: the system clock).
    void setClock(const dueline::ClockSource *clock);

    Page currentPage() const;
    void setCurrentPage(Page page);
    // "matrix", "calculator".
    static QString pageName(Page page);
    static bool pageFromName(const QString &name, Page *page);

    PlansMatrixView *matrixView() const { return m_matrix; }
    PlansCalculatorView *calculatorView() const { return m_calculator; }
    PlansChooser *chooser() const { return m_chooser; }

    // The printed matrix: at most this many plan columns a table (wide enough for a plan's name
    // in Russian); more plans print as several tables, cut between providers.
    static constexpr int matrixPrintColumns = 7;

    // Export of the page in view, without dialogs.
    bool exportCsvTo(const QString &path, QString *error = nullptr) const;
    bool exportPdfTo(const QString &path, QString *error = nullptr);
    // The file name an export of the page in view is offered under (without its suffix), with
    // what it shows: "dueline-plans", "dueline-plans-5-of-12-differences",
    // "dueline-deadlines-P1-2026-12-04-1930-Europe-Moscow".
    QString exportBaseName() const;

    // Opens the catalog editor without waiting for it to close (screenshots, demos), on an
    // unsaved duplicate of `duplicatePlanId` when given, else on plan `showPlanId` when given (as
    // it is: a built-in plan read-only but for its lead times). Deleted when closed.
    QDialog *showCatalogEditor(const QString &duplicatePlanId = {}, const QString &showPlanId = {});

public slots:
    void exportCsv();
    void exportPdf();
    void print();
    void editCatalog();

signals:
    // A short message for the status bar ("Exported to …").
    void statusMessage(const QString &message);
    void catalogChanged(const dueline::CatalogPtr &catalog);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyLanguage();
    void onChosenPlansChanged(const QStringList &planIds);
    QString askSaveFileName(const QString &title, const QString &filter, const QString &suffix,
                            const QString &baseName);
    void showError(const QString &title, const QString &message);
    int runDialog(QDialog &dialog);
    dueline::SharedCatalogDatabase editorShared() const;
    PlansExport::Document document();
    void csvTable(QStringList *header, QVector<QStringList> *rows) const;
    // "Plans: 10 of 12 (not chosen: …)".
    QString chosenPlansLine() const;

    dueline::CatalogPtr m_catalog;
    std::optional<dueline::DatabaseUrl> m_sharedUrl;
    dueline::Agent m_me;
    const dueline::ClockSource *m_sharedClock = nullptr;
    std::unique_ptr<dueline::Connection> m_sharedConnection;
    std::unique_ptr<dueline::TeamCatalogStore> m_sharedStore;
    std::function<QStringList()> m_teamFiles;
    DialogRunner m_dialogRunner;
    QString m_language;

    QTabWidget *m_tabs = nullptr;
    PlansMatrixView *m_matrix = nullptr;
    PlansCalculatorView *m_calculator = nullptr;
    PlansChooser *m_chooser = nullptr;
    QToolButton *m_exportButton = nullptr;
    QToolButton *m_printButton = nullptr;
    QToolButton *m_editButton = nullptr;
    QAction *m_exportPdfAction = nullptr;
    QAction *m_exportCsvAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_editCatalogAction = nullptr;
};

} // namespace dueline
