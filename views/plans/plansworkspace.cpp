// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/plans/plansworkspace.h"

#include "models/item/deadlinecalculatormodel.h"
#include "models/item/planmatrixmodel.h"
#include "models/store/teamcatalogstore.h"
#include "views/common/commonui.h"
#include "views/common/icons.h"
#include "views/plans/catalogeditordialog.h"
#include "views/plans/planscalculatorview.h"
#include "views/plans/planschooser.h"
#include "views/plans/plansexplanationview.h"
#include "views/plans/plansexport.h"
#include "views/plans/plansmatrixview.h"
#include "views/plans/weeklywaitchart.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace dueline {

namespace {

QStringList catalogFolderFiles()
{
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QStringList files;
    if (dataDir.isEmpty())
        return files;
    const QDir dir(dataDir + QStringLiteral("/catalog"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

QToolButton *toolButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setAutoRaise(true);
    return button;
}

} // namespace

PlansWorkspace::PlansWorkspace(QWidget *parent)
    : QWidget(parent)
    , m_teamFiles(catalogFolderFiles)
    , m_language(CommonUi::uiLanguage())
{
    setObjectName(QStringLiteral("plansWorkspace"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("plansTabs"));
    m_tabs->setDocumentMode(true);
    m_matrix = new PlansMatrixView(m_tabs);
    m_calculator = new PlansCalculatorView(m_tabs);
    auto wrap = [this](QWidget *page) {
        auto *holder = new QWidget(m_tabs);
        auto *layout = new QVBoxLayout(holder);
        layout->setContentsMargins(8, 8, 8, 8);
        layout->addWidget(page);
        return holder;
    };
    m_tabs->addTab(wrap(m_matrix), Icons::get(QStringLiteral("view-financial-list")), QString());
    m_tabs->addTab(wrap(m_calculator),
                   Icons::get(QStringLiteral("view-calendar-upcoming-days"),
                              QStyle::SP_FileDialogInfoView),
                   QString());

    m_chooser = new PlansChooser(this);

    m_exportPdfAction =
            new QAction(Icons::get(QStringLiteral("application-pdf"), QStyle::SP_DialogSaveButton),
                        QString(), this);
    m_exportPdfAction->setObjectName(QStringLiteral("exportPdfAction"));
    m_exportCsvAction = new QAction(Icons::get(QStringLiteral("text-csv"), QStyle::SP_FileIcon),
                                    QString(), this);
    m_exportCsvAction->setObjectName(QStringLiteral("exportCsvAction"));
    m_printAction =
            new QAction(Icons::get(QStringLiteral("document-print"), QStyle::SP_DialogSaveButton),
                        QString(), this);
    m_printAction->setObjectName(QStringLiteral("printAction"));
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_editCatalogAction = new QAction(
            Icons::get(QStringLiteral("document-edit"), QStyle::SP_FileDialogContentsView),
            QString(), this);
    m_editCatalogAction->setObjectName(QStringLiteral("editCatalogAction"));
    addAction(m_printAction);

    auto *exportMenu = new QMenu(this);
    exportMenu->addAction(m_exportPdfAction);
    exportMenu->addAction(m_exportCsvAction);
    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setIcon(
            Icons::get(QStringLiteral("document-export"), QStyle::SP_DialogSaveButton));
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setAutoRaise(true);
    m_exportButton->setMenu(exportMenu);
    m_printButton = toolButton(m_printAction, this);
    m_editButton = toolButton(m_editCatalogAction, this);

    auto *corner = new QWidget(this);
    corner->setObjectName(QStringLiteral("plansActions"));
    auto *cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 4, 0);
    cornerLayout->setSpacing(2);
    cornerLayout->addWidget(m_chooser);
    cornerLayout->addWidget(m_exportButton);
    cornerLayout->addWidget(m_printButton);
    cornerLayout->addWidget(m_editButton);
    m_tabs->setCornerWidget(corner, Qt::TopRightCorner);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_chooser, &PlansChooser::chosenPlansChanged, this,
            &PlansWorkspace::onChosenPlansChanged);
    connect(m_exportPdfAction, &QAction::triggered, this, &PlansWorkspace::exportPdf);
    connect(m_exportCsvAction, &QAction::triggered, this, &PlansWorkspace::exportCsv);
    connect(m_printAction, &QAction::triggered, this, &PlansWorkspace::print);
    connect(m_editCatalogAction, &QAction::triggered, this, &PlansWorkspace::editCatalog);

    m_matrix->setLanguage(m_language);
    m_calculator->setLanguage(m_language);
    retranslateUi();
}

PlansWorkspace::~PlansWorkspace() = default;

void PlansWorkspace::setCatalog(CatalogPtr catalog)
{
    const CatalogPtr old = m_catalog;
    m_catalog = std::move(catalog);
    // The plans chosen before stay chosen; plans new to the catalog join them.
    QStringList chosen;
    if (m_catalog) {
        const QStringList before = m_chooser->chosenPlans();
        for (const Plan &plan : m_catalog->plans()) {
            if (!old || before.isEmpty() || before.contains(plan.id) || !old->plan(plan.id))
                chosen << plan.id;
        }
    }
    {
        // The pages follow below, once they have the new catalog.
        const QSignalBlocker blocker(m_chooser);
        m_chooser->setCatalog(m_catalog, m_language);
        m_chooser->setChosenPlans(chosen);
    }
    m_matrix->setCatalog(m_catalog);
    m_matrix->setPlans(chosen);
    m_calculator->setCatalog(m_catalog);
    m_calculator->setPlans(chosen);
    emit catalogChanged(m_catalog);
}

void PlansWorkspace::setTeamCatalogFiles(std::function<QStringList()> files)
{
    m_teamFiles = files ? std::move(files) : std::function<QStringList()>(catalogFolderFiles);
}

QStringList PlansWorkspace::teamCatalogFiles() const
{
    return m_teamFiles();
}

QString PlansWorkspace::teamCatalogPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/catalog/team.json");
}

void PlansWorkspace::setSharedDatabase(const DatabaseUrl &url, const Agent &me,
                                       const ClockSource *clock)
{
    m_sharedStore.reset();
    m_sharedConnection.reset();
    m_sharedUrl = url;
    m_me = me;
    m_sharedClock = clock;
}

TeamCatalogStore *PlansWorkspace::sharedCatalogStore(QString *error)
{
    if (!m_sharedUrl || !m_sharedClock) {
        if (error)
            *error = tr("Dueline is not connected to a shared database.");
        return nullptr;
    }
    if (!m_sharedStore) {
        StoreError storeError;
        m_sharedConnection =
                Connection::open(*m_sharedUrl, Connection::Mode::OpenExisting, &storeError);
        if (!m_sharedConnection) {
            if (error)
                *error = storeError.message;
            return nullptr;
        }
        m_sharedStore = std::make_unique<TeamCatalogStore>(*m_sharedConnection, *m_sharedClock);
    }
    return m_sharedStore.get();
}

bool PlansWorkspace::reloadCatalog(QString *error, QStringList *skipped)
{
    QVector<TeamCatalogFile> shared;
    QStringList notLoaded;
    if (m_sharedUrl) {
        QString openError;
        if (TeamCatalogStore *store = sharedCatalogStore(&openError)) {
            StoreError readError;
            shared = store->files(&readError);
            if (readError)
                notLoaded << readError.message;
        } else {
            notLoaded << openError;
        }
    }
    QString message;
    const CatalogPtr catalog =
            TeamCatalogStore::loadCombined(teamCatalogFiles(), shared, &message, &notLoaded);
    if (skipped)
        *skipped = notLoaded;
    if (!catalog || !message.isEmpty()) {
        if (error)
            *error = message;
        return false;
    }
    setCatalog(catalog);
    return true;
}

void PlansWorkspace::setDialogRunner(DialogRunner runner)
{
    m_dialogRunner = std::move(runner);
}

int PlansWorkspace::runDialog(QDialog &dialog)
{
    return dueline::runDialog(m_dialogRunner, dialog);
}

void PlansWorkspace::setClock(const ClockSource *clock)
{
    m_calculator->setClock(clock);
}

PlansWorkspace::Page PlansWorkspace::currentPage() const
{
    return m_tabs->currentIndex() == 1 ? CalculatorPage : MatrixPage;
}

void PlansWorkspace::setCurrentPage(Page page)
{
    m_tabs->setCurrentIndex(page == CalculatorPage ? 1 : 0);
}

QString PlansWorkspace::pageName(Page page)
{
    return page == CalculatorPage ? QStringLiteral("calculator") : QStringLiteral("matrix");
}

bool PlansWorkspace::pageFromName(const QString &name, Page *page)
{
    for (const Page p : {MatrixPage, CalculatorPage}) {
        if (name.compare(pageName(p), Qt::CaseInsensitive) == 0) {
            *page = p;
            return true;
        }
    }
    return false;
}

void PlansWorkspace::onChosenPlansChanged(const QStringList &planIds)
{
    m_matrix->setPlans(planIds);
    m_calculator->setPlans(planIds);
}

void PlansWorkspace::csvTable(QStringList *header, QVector<QStringList> *rows) const
{
    if (currentPage() == MatrixPage) {
        const PlanMatrixModel *model = m_matrix->model();
        *header = QStringList{tr("Section", "CSV column: a section of the comparison"),
                              tr("Row", "CSV column: what a row compares")};
        for (int c = PlanMatrixModel::FirstPlanColumn; c < model->columnCount(); ++c)
            *header << model->headerData(c, Qt::Horizontal, PlanMatrixModel::ProviderNameRole)
                                       .toString() +
                               QStringLiteral(" — ") +
                               model->headerData(c, Qt::Horizontal).toString();
        for (const PlansMatrixView::ExportRow &row : m_matrix->exportRows())
            rows->append(QStringList{row.section, row.label} + row.cells);
        return;
    }
    const DeadlineCalculatorModel *model = m_calculator->model();
    *header =
            QStringList{tr("Plan"),
                        tr("Plan ID"),
                        tr("Filed as", "CSV column: the severity a plan files the incident under"),
                        tr("Response due"),
                        tr("Response: real wait"),
                        tr("Resolution due"),
                        tr("Resolution: real wait"),
                        tr("Incident", "CSV column: the question asked"),
                        tr("Opened", "CSV column: when the incident was opened (ISO 8601)"),
                        tr("Time zone", "CSV column: the zone of every time")};
    const QTimeZone zone = m_calculator->zone();
    auto iso = [&zone](const QVariant &due) {
        return due.isNull() ? QString()
                            : QDateTime::fromSecsSinceEpoch(due.toLongLong(), zone)
                                      .toString(Qt::ISODate);
    };
    // Every record says what was asked: the incident, when it was opened, the zone of its times.
    const QStringList context{m_calculator->questionCode(),
                              iso(QVariant(qlonglong(model->opened()))),
                              QString::fromUtf8(zone.id())};
    for (int r = 0; r < model->rowCount(); ++r) {
        auto cell = [model, r](int column, int role = Qt::DisplayRole) {
            return model->index(r, column).data(role);
        };
        const bool hasResponse =
                !cell(DeadlineCalculatorModel::ResponseDueColumn, DeadlineCalculatorModel::DueRole)
                         .isNull();
        const bool hasResolution = !cell(DeadlineCalculatorModel::ResolutionDueColumn,
                                         DeadlineCalculatorModel::DueRole)
                                            .isNull();
        rows->append(
                QStringList{cell(DeadlineCalculatorModel::PlanColumn).toString(),
                            cell(DeadlineCalculatorModel::PlanColumn,
                                 DeadlineCalculatorModel::PlanIdRole)
                                    .toString(),
                            cell(DeadlineCalculatorModel::SeverityColumn).toString(),
                            iso(cell(DeadlineCalculatorModel::ResponseDueColumn,
                                     DeadlineCalculatorModel::DueRole)),
                            hasResponse
                                    ? cell(DeadlineCalculatorModel::ResponseWaitColumn).toString()
                                    : QString(),
                            iso(cell(DeadlineCalculatorModel::ResolutionDueColumn,
                                     DeadlineCalculatorModel::DueRole)),
                            hasResolution
                                    ? cell(DeadlineCalculatorModel::ResolutionWaitColumn).toString()
                                    : QString()} +
                context);
    }
}

bool PlansWorkspace::exportCsvTo(const QString &path, QString *error) const
{
    QStringList header;
    QVector<QStringList> rows;
    csvTable(&header, &rows);
    return PlansExport::writeCsv(header, rows, path, error);
}

PlansExport::Document PlansWorkspace::document()
{
    PlansExport::Document doc;
    if (currentPage() == MatrixPage) {
        const PlanMatrixModel *model = m_matrix->model();
        doc.title = tr("Support plans compared");
        doc.landscape = true;
        doc.columnsPerPart = matrixPrintColumns;
        doc.columnPercents = {19};
        doc.inputs << chosenPlansLine();
        if (m_matrix->differencesOnly())
            doc.inputs << tr("Only the rows where the plans differ");
        doc.inputs << tr("Best value in each row: bold on green");
        doc.bands << QString();
        doc.header << QString();
        for (int c = PlanMatrixModel::FirstPlanColumn; c < model->columnCount(); ++c) {
            doc.bands << model->headerData(c, Qt::Horizontal, PlanMatrixModel::ProviderNameRole)
                                 .toString();
            doc.header << model->headerData(c, Qt::Horizontal).toString();
        }
        QString section;
        for (const PlansMatrixView::ExportRow &row : m_matrix->exportRows()) {
            if (row.section != section) {
                section = row.section;
                PlansExport::Row title;
                title.section = true;
                title.cells << section;
                doc.rows << title;
            }
            PlansExport::Row line;
            line.cells = QStringList{row.label} + row.cells;
            line.best = QVector<bool>{false} + row.best;
            doc.rows << line;
        }
        return doc;
    }
    const DeadlineCalculatorModel *model = m_calculator->model();
    doc.title = tr("Real deadlines by plan");
    // Plan names on two lines at most, a severity's words and a due instant whole.
    doc.columnPercents = {24, 17, 17, 12, 18, 12};
    doc.inputs = m_calculator->inputSummary();
    doc.inputs << chosenPlansLine();
    doc.notes = model->warnings();
    for (int c = 0; c < model->columnCount(); ++c)
        doc.header << model->headerData(c, Qt::Horizontal).toString();
    // The cells as the table shows them (due instants in the UI language's format).
    for (int r = 0; r < model->rowCount(); ++r) {
        PlansExport::Row line;
        for (int c = 0; c < model->columnCount(); ++c)
            line.cells << m_calculator->displayText(model->index(r, c));
        doc.rows << line;
    }
    WeeklyWaitChart *chart = m_calculator->chart();
    doc.image = chart->renderForPrint(QSize(900, 480));
    doc.imageTitle = m_calculator->chartTitle();
    for (int i = 0; i < chart->seriesCount(); ++i)
        doc.legend << PlansExport::LegendEntry{chart->printColor(chart->seriesPlanId(i)),
                                               chart->series(i)->name()};
    if (const QString uncommitted = m_calculator->uncommittedNote(); !uncommitted.isEmpty())
        doc.legendNotes << uncommitted;
    const QString explanation = m_calculator->explanationView()->plainText();
    if (m_calculator->resultsView()->currentIndex().isValid()) {
        QStringList lines = explanation.split(QLatin1Char('\n'));
        doc.appendixTitle = lines.takeFirst();
        for (QString &line : lines)
            line.replace(QLatin1Char('\t'), QStringLiteral("  "));
        doc.appendix = lines;
    }
    return doc;
}

QString PlansWorkspace::chosenPlansLine() const
{
    const QStringList chosen = m_chooser->chosenPlans();
    const int total = m_catalog ? int(m_catalog->plans().size()) : 0;
    QString line =
            tr("Plans: %1 of %2", "export: chosen plans of all").arg(chosen.size()).arg(total);
    if (!m_catalog || chosen.size() >= total)
        return line;
    QStringList left;
    for (const Plan &plan : m_catalog->plans()) {
        if (chosen.contains(plan.id))
            continue;
        const Provider *provider = m_catalog->provider(plan.providerId);
        left << (provider ? provider->names.text(m_language) + QLatin1Char(' ') : QString()) +
                        plan.names.text(m_language);
    }
    return tr("%1 (not chosen: %2)", "export: %1 the chosen plans of all, %2 the others")
            .arg(line, QLocale().createSeparatedList(left));
}

QString PlansWorkspace::exportBaseName() const
{
    // ASCII letters, digits and dashes: a name every file system and mail program keeps.
    const auto safe = [](const QString &text) {
        QString out;
        for (const QChar c : text)
            out += c.isLetterOrNumber() && c.unicode() < 128 ? c : QLatin1Char('-');
        return out.split(QLatin1Char('-'), Qt::SkipEmptyParts).join(QLatin1Char('-'));
    };
    if (currentPage() == MatrixPage) {
        QString name = QStringLiteral("dueline-plans");
        const int chosen = int(m_chooser->chosenPlans().size());
        const int total = m_catalog ? int(m_catalog->plans().size()) : 0;
        if (chosen < total)
            name += QStringLiteral("-%1-of-%2").arg(chosen).arg(total);
        if (m_matrix->differencesOnly())
            name += QStringLiteral("-differences");
        return name;
    }
    const QTimeZone zone = m_calculator->zone();
    const QDateTime opened = QDateTime::fromSecsSinceEpoch(m_calculator->opened(), zone);
    return QStringLiteral("dueline-deadlines-") + safe(m_calculator->questionCode()) +
           QLatin1Char('-') + opened.toString(QStringLiteral("yyyy-MM-dd-HHmm")) +
           QLatin1Char('-') + safe(QString::fromUtf8(zone.id()));
}

bool PlansWorkspace::exportPdfTo(const QString &path, QString *error)
{
    return PlansExport::writePdf(document(), path, error);
}

QString PlansWorkspace::askSaveFileName(const QString &title, const QString &filter,
                                        const QString &suffix, const QString &baseName)
{
    const QString path = CommonUi::defaultExportPath(baseName + QLatin1Char('.') + suffix);
    QFileDialog dialog(this, title, QFileInfo(path).absolutePath(), filter);
    dialog.setObjectName(QStringLiteral("exportFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(suffix);
    dialog.selectFile(path);
    if (runDialog(dialog) != QDialog::Accepted)
        return {};
    return dialog.selectedFiles().value(0);
}

void PlansWorkspace::showError(const QString &title, const QString &message)
{
    QMessageBox box(QMessageBox::Critical, title, message, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("plansErrorBox"));
    runDialog(box);
}

void PlansWorkspace::exportCsv()
{
    const QString path = askSaveFileName(tr("Export as CSV"), tr("CSV files (*.csv)"),
                                         QStringLiteral("csv"), exportBaseName());
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsvTo(path, &error)) {
        showError(tr("Export as CSV"), tr("The file could not be written.\n%1").arg(error));
        return;
    }
    emit statusMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
}

void PlansWorkspace::exportPdf()
{
    const QString path = askSaveFileName(tr("Export as PDF"), tr("PDF documents (*.pdf)"),
                                         QStringLiteral("pdf"), exportBaseName());
    if (path.isEmpty())
        return;
    QString error;
    if (!exportPdfTo(path, &error)) {
        showError(tr("Export as PDF"), tr("The file could not be written.\n%1").arg(error));
        return;
    }
    emit statusMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
}

void PlansWorkspace::print()
{
    QPrinter printer(QPrinter::HighResolution);
    const PlansExport::Document doc = document();
    printer.setPageOrientation(doc.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    QPrintDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("plansPrintDialog"));
    dialog.setWindowTitle(doc.title);
    if (runDialog(dialog) != QDialog::Accepted)
        return;
    PlansExport::print(doc, &printer);
    emit statusMessage(tr("Sent to the printer: %1").arg(doc.title));
}

void PlansWorkspace::editCatalog()
{
    if (!m_catalog)
        return;
    const QString path = teamCatalogPath();
    QStringList others = teamCatalogFiles();
    others.removeAll(path);
    CatalogEditorDialog dialog(m_catalog, path, others, editorShared(), m_dialogRunner, this);
    runDialog(dialog);
    if (!dialog.saved())
        return;
    QString error;
    QStringList skipped;
    if (!reloadCatalog(&error, &skipped) || !skipped.isEmpty()) {
        showError(tr("Catalog"),
                  tr("The catalog was saved but could not be loaded again.\n%1")
                          .arg((QStringList(error) + skipped).join(QLatin1Char('\n')).trimmed()));
        return;
    }
    if (dialog.savedTo() == CatalogEditorDialog::Destination::SharedDatabase)
        emit statusMessage(tr("Catalog saved to the shared database %1; the team gets it at the "
                              "next start of Dueline")
                                   .arg(m_sharedUrl->toString()));
    else
        emit statusMessage(tr("Catalog saved to %1").arg(QDir::toNativeSeparators(path)));
}

SharedCatalogDatabase PlansWorkspace::editorShared() const
{
    SharedCatalogDatabase shared;
    if (!m_sharedUrl)
        return shared;
    // The editor reads and saves the team catalog on connections of its own, off the GUI thread.
    shared.url = m_sharedUrl;
    shared.clock = m_sharedClock;
    shared.me = m_me;
    shared.database = m_sharedUrl->engine == Engine::SQLite
                              ? QDir::toNativeSeparators(m_sharedUrl->path)
                              : m_sharedUrl->toString();
    return shared;
}

QDialog *PlansWorkspace::showCatalogEditor(const QString &duplicatePlanId,
                                           const QString &showPlanId)
{
    if (!m_catalog)
        return nullptr;
    const QString path = teamCatalogPath();
    QStringList others = teamCatalogFiles();
    others.removeAll(path);
    auto *dialog =
            new CatalogEditorDialog(m_catalog, path, others, editorShared(), m_dialogRunner, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const Plan *plan = m_catalog->plan(duplicatePlanId)) {
        const Provider *provider = m_catalog->provider(plan->providerId);
        const QString providerName =
                tr("%1 (our terms)", "name of a team provider copied from a built-in one")
                        .arg(provider ? provider->names.text(m_language) : plan->providerId);
        const auto duplicate = [dialog, id = plan->id, providerId = plan->providerId, providerName,
                                name = plan->names.text(m_language)] {
            dialog->duplicatePlan(id, QStringLiteral("our-") + providerId,
                                  id.section(QLatin1Char('/'), 1), providerName, name);
        };
        // The team file may still be on its way from the shared database.
        if (dialog->session()->isOpen())
            duplicate();
        else
            connect(dialog->session(), &CatalogEditingSession::opened, dialog, duplicate,
                    Qt::SingleShotConnection);
    } else if (!showPlanId.isEmpty()) {
        // The plan's lead times in view: on a built-in plan, all that can be edited.
        const auto select = [dialog, showPlanId] {
            dialog->selectPlan(showPlanId);
            QTimer::singleShot(0, dialog, [dialog] {
                auto *area = dialog->findChild<QScrollArea *>();
                auto *leadTimes =
                        dialog->findChild<QTableWidget *>(QStringLiteral("leadTimesTable"));
                if (area && leadTimes)
                    area->ensureWidgetVisible(leadTimes, 0, 8);
            });
        };
        if (dialog->session()->isOpen())
            select();
        else
            connect(dialog->session(), &CatalogEditingSession::opened, dialog, select,
                    Qt::SingleShotConnection);
    }
    dialog->show();
    return dialog;
}

void PlansWorkspace::applyLanguage()
{
    m_language = CommonUi::uiLanguage();
    m_chooser->setLanguage(m_language);
    m_matrix->setLanguage(m_language);
    m_calculator->setLanguage(m_language);
}

void PlansWorkspace::retranslateUi()
{
    m_tabs->setTabText(0, tr("&Comparison", "tab: plans side by side"));
    m_tabs->setTabToolTip(0, tr("Targets, channels and features of the chosen plans side by side"));
    m_tabs->setTabText(1, tr("&Real Deadline", "tab: the deadline calculator"));
    m_tabs->setTabToolTip(1, tr("The real deadline each plan gives for the same incident"));
    m_exportButton->setText(tr("E&xport", "export the table in view"));
    m_exportButton->setToolTip(tr("Save the table in view as PDF or CSV"));
    m_exportPdfAction->setText(tr("Export as &PDF…"));
    m_exportCsvAction->setText(tr("Export as &CSV…"));
    m_printAction->setText(tr("Pr&int…"));
    m_printAction->setToolTip(
            tr("Print the table in view (%1)")
                    .arg(m_printAction->shortcut().toString(QKeySequence::NativeText)));
    m_editCatalogAction->setText(tr("Edit Ca&talog…"));
    m_editCatalogAction->setToolTip(
            tr("Add or change your team's plans, work calendars and lead times"));
}

void PlansWorkspace::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        // Before anything is formatted again: the children (item views and their delegates,
        // the date edit) then format for the new language too.
        CommonUi::followDefaultLocale(this);
        retranslateUi();
        applyLanguage();
    }
}

} // namespace dueline
