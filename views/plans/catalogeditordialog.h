// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/presenters/catalogeditingsession.h"
#include "views/common/dialogrunner.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableWidget;
class QTreeWidget;

namespace dueline {

class CatalogCalendarPage;
class CatalogPlanPage;
class CatalogProviderPage;
class PlansBanner;

// The catalog editor for team leads: the loaded catalog's providers, plans and work calendars in
// a tree; built-in entries (and those of other team files) read-only with "Duplicate…"; the
// team's own plans (names, severities with their targets, P-level mapping, calendar) and
// calendars (time zone, weekly hours with breaks, days off, working days, shortened days, days
// off imported from an iCalendar file) editable, validated as they are typed. When connected to
// a shared database, Save offers it as the destination ("Shared database (whole team)", for
// leads). The editing state, the rules and saving are the CatalogEditingSession's
// (models/presenters): the dialog lays out its pages, shows the session's entries and problems,
// and passes every edit on. While the session reads from or saves to the shared database (off the
// GUI thread) the dialog says so and takes no edits.
class CatalogEditorDialog : public QDialog
{
    Q_OBJECT
public:
    using Destination = dueline::CatalogEditingSession::Destination;

    CatalogEditorDialog(dueline::CatalogPtr catalog, const QString &teamPath,
                        const QStringList &otherTeamFiles, DialogRunner runner,
                        QWidget *parent = nullptr);
    CatalogEditorDialog(dueline::CatalogPtr catalog, const QString &teamPath,
                        const QStringList &otherTeamFiles,
                        const dueline::SharedCatalogDatabase &shared, DialogRunner runner,
                        QWidget *parent = nullptr);
    ~CatalogEditorDialog() override;

    dueline::CatalogEditingSession *session() const { return m_session; }
    // True while the team catalog is read from or saved to the shared database.
    bool isBusy() const { return m_session->isBusy(); }

    Destination destination() const { return m_session->destination(); }
    // False when the shared database is not available to this agent.
    bool setDestination(Destination destination);
    // Whether Save may write to the shared database; otherwise *why (in the UI language).
    bool canSaveToDatabase(QString *why = nullptr) const
    {
        return m_session->canSaveToDatabase(why);
    }
    // Where the last successful save went.
    Destination savedTo() const { return m_session->savedTo(); }
    // The name of the team file in the shared database ("team.json").
    QString sharedName() const { return m_session->sharedName(); }
    // True when the editor opened the database's copy of the team file.
    bool openedFromDatabase() const { return m_session->openedFromDatabase(); }
    QComboBox *destinationCombo() const { return m_destination; }
    QLabel *storageNote() const { return m_storageNote; }

    // True once the team file has been written.
    bool saved() const { return m_session->isSaved(); }
    bool isModified() const { return m_session->isModified(); }
    const dueline::TeamCatalog &team() const { return m_session->team(); }
    QString teamPath() const { return m_session->teamPath(); }

    // What keeps the catalog from being saved, in the UI language (empty: it can be saved).
    QStringList problems() const { return m_session->problems(); }

    QTreeWidget *tree() const { return m_tree; }
    QPushButton *saveButton() const;
    PlansBanner *banner() const { return m_banner; }
    // Selects an entry of the tree; false when there is none.
    bool selectPlan(const QString &planId);
    bool selectCalendar(const QString &calendarId);
    bool selectProvider(const QString &providerId);

    // Fields of the calendar page (tests drive them as a user would).
    QLineEdit *weekdayEdit(int day) const;
    QComboBox *zoneCombo() const;
    QTableWidget *exceptionsTable() const;
    // Fields of the plan page.
    QLineEdit *planNameEdit(int language) const;
    QTableWidget *severitiesTable() const;
    QComboBox *levelCombo(int level) const;

    // Duplicates a plan as providerId/slug (with these names for a new provider and the plan);
    // returns the new id or an empty string and *error.
    QString duplicatePlan(const QString &planId, const QString &providerId, const QString &slug,
                          const QString &providerName, const QString &planName,
                          QString *error = nullptr);
    // Duplicates a calendar (built-in or not) as a team calendar.
    QString duplicateCalendar(const QString &calendarId, const QString &newId, const QString &name,
                              QString *error = nullptr);
    // Adds the all-day events of an iCalendar file as days off of the team calendar on display;
    // returns the number of days added or -1 and *error.
    int importIcsFile(const QString &path, QString *error = nullptr);

public slots:
    // Saves to the chosen destination: false when nothing can be saved. A save to this computer
    // is done when this returns (and the dialog accepted); one to the shared database runs off
    // the GUI thread and accepts the dialog when it succeeds.
    bool save();
    void duplicateSelected();
    void newCalendar();
    void removeSelected();
    void importIcs();
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Kind { None, Group, Provider, Plan, Calendar };

    void buildUi();
    void retranslateUi();
    void opened();
    void busyChanged(bool busy);
    void saveFinished(bool saved, const QString &error);
    void updateDestination();
    void rebuildTree(Kind selectKind = Kind::None, const QString &selectId = {});
    void onCurrentItemChanged();
    void setReadOnlyNote(bool readOnly, const QString &what);
    void renameCurrent(const QString &name);
    void revalidate();
    int runDialog(QDialog &dialog);

    dueline::CatalogEditingSession *m_session = nullptr;
    DialogRunner m_dialogRunner;

    Kind m_kind = Kind::None;
    QString m_currentId;
    bool m_currentEditable = false;

    QSplitter *m_splitter = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_duplicateButton = nullptr;
    QPushButton *m_newCalendarButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_pageTitle = nullptr;
    PlansBanner *m_readOnlyNote = nullptr;
    PlansBanner *m_banner = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_storageNote = nullptr;
    QLabel *m_destinationLabel = nullptr;
    QComboBox *m_destination = nullptr;
    CatalogProviderPage *m_providerPage = nullptr;
    CatalogPlanPage *m_planPage = nullptr;
    CatalogCalendarPage *m_calendarPage = nullptr;
    QPointer<QWidget> m_focusBeforeBusy;
};

} // namespace dueline
