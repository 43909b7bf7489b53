#include "views/plans/catalogeditordialog.h"

#include "models/catalog/icsimport.h"
#include "models/item/planmatrixmodel.h"
#include "views/common/commonui.h"
#include "views/common/icons.h"
#include "views/plans/catalogeditorwidgets.h"
#include "views/plans/plansbanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <numeric>

using namespace dueline;
using CatalogEditing::markInvalid;

namespace {

constexpr int KindRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;
constexpr int EditableRole = Qt::UserRole + 3;

const std::array<QString, 3> languages{QStringLiteral("en"), QStringLiteral("ru"),
                                       QStringLiteral("zh_CN")};

// A form label for `field` (its text comes with retranslateUi()), so that its mnemonic works.
QLabel *buddyLabel(QWidget *field)
{
    auto *label = new QLabel(field->parentWidget());
    label->setBuddy(field);
    return label;
}

// Each language by its own name, as in Preferences.
QString languageName(int index)
{
    static const char *const names[] = {"English", "Русский", "简体中文"};
    return QString::fromUtf8(names[index]);
}

enum ExceptionColumn { DateColumn, TypeColumn, HoursColumn, NameColumn, ExceptionColumnCount };
enum SeverityColumn { CodeColumn, SeverityNameColumn, ResponseColumn, ResolutionColumn };

LocalizedText textsFrom(const std::array<QLineEdit *, 3> &edits)
{
    LocalizedText text;
    for (std::size_t i = 0; i < edits.size(); ++i) {
        const QString value = edits[i]->text().trimmed();
        if (!value.isEmpty())
            text.set(languages[i], value);
    }
    return text;
}

void showTexts(const std::array<QLineEdit *, 3> &edits, const LocalizedText &text)
{
    for (std::size_t i = 0; i < edits.size(); ++i) {
        const QSignalBlocker blocker(edits[i]);
        edits[i]->setText(text.all().value(languages[i]));
        edits[i]->setPlaceholderText(i == 0 ? QString() : text.english());
    }
}

int rowOf(const QTableWidget *table, const QWidget *widget, int column)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->cellWidget(r, column) == widget)
            return r;
    }
    return -1;
}

// A calendar's own exceptions: the days its holiday set merged in at load time removed.
void stripHolidayDays(CalendarSpec &spec, const Catalog &catalog)
{
    if (const HolidaySet *set = catalog.holidaySet(spec.holidaySetId)) {
        QSet<QDate> merged;
        for (const DayException &d : set->days)
            merged.insert(d.date);
        spec.exceptions.erase(
                std::remove_if(spec.exceptions.begin(), spec.exceptions.end(),
                               [&](const DayException &e) { return merged.contains(e.date); }),
                spec.exceptions.end());
    }
    spec.dataYears.clear();
}

} // namespace

CatalogEditorDialog::CatalogEditorDialog(CatalogPtr catalog, const QString &teamPath,
                                         const QStringList &otherTeamFiles, DialogRunner runner,
                                         QWidget *parent)
    : CatalogEditorDialog(std::move(catalog), teamPath, otherTeamFiles, CatalogEditorShared(),
                          std::move(runner), parent)
{ }

CatalogEditorDialog::CatalogEditorDialog(CatalogPtr catalog, const QString &teamPath,
                                         const QStringList &otherTeamFiles,
                                         const CatalogEditorShared &shared, DialogRunner runner,
                                         QWidget *parent)
    : QDialog(parent)
    , m_catalog(std::move(catalog))
    , m_teamPath(teamPath)
    , m_otherFiles(otherTeamFiles)
    , m_dialogRunner(std::move(runner))
    , m_language(CommonUi::uiLanguage())
    , m_shared(shared)
{
    setObjectName(QStringLiteral("catalogEditorDialog"));
    setWindowIcon(Icons::get(QStringLiteral("document-edit")));
    m_otherFiles.removeAll(m_teamPath);
    m_builtIn = Catalog::loadBuiltIn();
    if (m_shared.store) {
        StoreError error;
        m_sharedFiles = m_shared.store->files(&error);
        if (error) {
            m_shared.error = error.message;
            m_shared.store = nullptr;
        }
    }
    // This computer's files that the database's copies replace are not loaded.
    for (const TeamCatalogFile &file : std::as_const(m_sharedFiles)) {
        m_otherFiles.erase(std::remove_if(m_otherFiles.begin(), m_otherFiles.end(),
                                          [&](const QString &path) {
                                              return QFileInfo(path).fileName() == file.name;
                                          }),
                           m_otherFiles.end());
    }
    loadTeamFile();
    buildUi();
    retranslateUi();
    rebuildTree();
    revalidate();
    resize(1000, 700);
}

CatalogEditorDialog::~CatalogEditorDialog() = default;

int CatalogEditorDialog::runDialog(QDialog &dialog)
{
    return ::runDialog(m_dialogRunner, dialog);
}

void CatalogEditorDialog::loadTeamFile()
{
    // The database's copy of the team file when there is one, else this computer's file.
    const QString name = sharedName();
    const auto shared = std::find_if(m_sharedFiles.cbegin(), m_sharedFiles.cend(),
                                     [&](const TeamCatalogFile &f) { return f.name == name; });
    CatalogPtr file;
    QString error;
    if (shared != m_sharedFiles.cend()) {
        m_fromDatabase = true;
        m_sharedVersion = shared->rowVersion;
        file = Catalog::loadData({{TeamCatalogStore::displayName(name), shared->content}}, true,
                                 &error);
        if (!file) {
            m_loadError = tr("The shared database's %1 cannot be read on its own, so it cannot "
                             "be edited here.\n%2")
                                  .arg(name, error);
            return;
        }
    } else {
        if (!QFile::exists(m_teamPath))
            return;
        file = Catalog::load({m_teamPath}, &error);
    }
    if (!file) {
        m_loadError = tr("%1 cannot be read on its own, so it cannot be edited here. Correct or "
                         "remove it, then open the editor again.\n%2")
                              .arg(QDir::toNativeSeparators(m_teamPath), error);
        return;
    }
    m_team = TeamCatalog::fromCatalog(*file);
    // Calendars no plan uses yet are the team's too.
    for (const CalendarSpec &spec : file->calendarSpecs()) {
        if (m_builtIn && m_builtIn->calendar(spec.id))
            continue;
        if (std::any_of(m_team.calendars.cbegin(), m_team.calendars.cend(),
                        [&](const CalendarSpec &c) { return c.id == spec.id; }))
            continue;
        CalendarSpec own = spec;
        stripHolidayDays(own, *file);
        m_team.calendars.append(own);
    }
    for (const Provider &p : m_team.providers)
        m_fileIds << QStringLiteral("provider/") + p.id;
    for (const Plan &p : m_team.plans)
        m_fileIds << QStringLiteral("plan/") + p.id;
    for (const CalendarSpec &c : m_team.calendars)
        m_fileIds << QStringLiteral("calendar/") + c.id;
}

CatalogEditorDialog::CalendarDraft CatalogEditorDialog::draftFor(const CalendarSpec &spec) const
{
    CalendarDraft draft;
    for (int d = 0; d < 7; ++d)
        draft.weekly[std::size_t(d)] = CatalogEditing::formatDayHours(spec.weekly[std::size_t(d)]);
    for (const DayException &e : spec.exceptions)
        draft.exceptionHours << (e.hours ? CatalogEditing::formatDayHours(*e.hours) : QString());
    return draft;
}

// ---- UI ------------------------------------------------------------------------------------

void CatalogEditorDialog::buildUi()
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("catalogTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setMinimumWidth(240);
    m_duplicateButton = new QPushButton(Icons::get(QStringLiteral("edit-copy")), QString(), this);
    m_duplicateButton->setObjectName(QStringLiteral("duplicateButton"));
    m_newCalendarButton = new QPushButton(Icons::get(QStringLiteral("list-add")), QString(), this);
    m_newCalendarButton->setObjectName(QStringLiteral("newCalendarButton"));
    m_removeButton = new QPushButton(Icons::get(QStringLiteral("list-remove")), QString(), this);
    m_removeButton->setObjectName(QStringLiteral("removeButton"));
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree, 1);
    auto *treeButtons = new QHBoxLayout;
    treeButtons->addWidget(m_duplicateButton);
    treeButtons->addWidget(m_newCalendarButton);
    treeButtons->addWidget(m_removeButton);
    leftLayout->addLayout(treeButtons);

    m_pageTitle = new QLabel(this);
    m_pageTitle->setObjectName(QStringLiteral("pageTitle"));
    QFont title = m_pageTitle->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.2);
    m_pageTitle->setFont(title);
    m_pageTitle->setTextFormat(Qt::PlainText);
    m_pageTitle->setWordWrap(true);
    m_readOnlyNote = new PlansBanner(this);
    m_readOnlyNote->setObjectName(QStringLiteral("readOnlyNote"));
    m_readOnlyNote->setType(PlansBanner::Information);
    m_readOnlyNote->setCloseButtonVisible(false);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(new QWidget(m_pages)); // nothing chosen
    buildProviderPage();
    buildPlanPage();
    buildCalendarPage();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_pages);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    rightLayout->addWidget(m_pageTitle);
    rightLayout->addWidget(m_readOnlyNote);
    rightLayout->addWidget(scroll, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({280, 700});

    m_banner = new PlansBanner(this);
    m_banner->setObjectName(QStringLiteral("catalogProblems"));
    m_banner->setType(PlansBanner::Error);
    m_banner->setCloseButtonVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("catalogSaveButton"));
    // Where Save writes: this computer's file or the shared database.
    m_destinationLabel = new QLabel(this);
    m_destination = new QComboBox(this);
    m_destination->setObjectName(QStringLiteral("saveDestination"));
    m_destination->addItem(Icons::get(QStringLiteral("computer")), QString());
    m_destination->addItem(Icons::get(QStringLiteral("network-server-database")), QString());
    m_destinationLabel->setBuddy(m_destination);
    m_storageNote = new QLabel(this);
    m_storageNote->setObjectName(QStringLiteral("storageNote"));
    m_storageNote->setWordWrap(true);
    m_storageNote->setTextFormat(Qt::PlainText);
    m_storageNote->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_banner);
    layout->addWidget(m_storageNote);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_destinationLabel);
    bottom->addWidget(m_destination);
    bottom->addStretch(1);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);
    // The database when the team file came from there, or when a lead has no file yet.
    if (canSaveToDatabase() && (m_fromDatabase || !QFile::exists(m_teamPath)))
        m_destination->setCurrentIndex(1);
    connect(m_destination, &QComboBox::currentIndexChanged, this, [this] {
        updateDestination();
        revalidate();
    });

    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            &CatalogEditorDialog::onCurrentItemChanged);
    connect(m_duplicateButton, &QPushButton::clicked, this,
            &CatalogEditorDialog::duplicateSelected);
    connect(m_newCalendarButton, &QPushButton::clicked, this, &CatalogEditorDialog::newCalendar);
    connect(m_removeButton, &QPushButton::clicked, this, &CatalogEditorDialog::removeSelected);
    connect(m_buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &CatalogEditorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CatalogEditorDialog::reject);
}

void CatalogEditorDialog::buildProviderPage()
{
    m_providerPage = new QWidget(m_pages);
    m_providerForm = new QFormLayout(m_providerPage);
    m_providerForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (std::size_t i = 0; i < m_providerNames.size(); ++i) {
        m_providerNames[i] = new QLineEdit(m_providerPage);
        m_providerNames[i]->setObjectName(QStringLiteral("providerName_") + languages[i]);
        m_providerForm->addRow(buddyLabel(m_providerNames[i]), m_providerNames[i]);
        connect(m_providerNames[i], &QLineEdit::textEdited, this,
                &CatalogEditorDialog::providerNamesEdited);
    }
    m_providerInfo = new QLabel(m_providerPage);
    m_providerInfo->setWordWrap(true);
    m_providerInfo->setForegroundRole(QPalette::PlaceholderText);
    m_providerForm->addRow(m_providerInfo);
    m_pages->addWidget(m_providerPage);
}

void CatalogEditorDialog::buildPlanPage()
{
    m_planPage = new QWidget(m_pages);
    m_planPage->setObjectName(QStringLiteral("planPage"));
    auto *layout = new QVBoxLayout(m_planPage);
    layout->setContentsMargins(0, 0, 0, 0);
    m_planForm = new QFormLayout;
    m_planForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (std::size_t i = 0; i < m_planNames.size(); ++i) {
        m_planNames[i] = new QLineEdit(m_planPage);
        m_planNames[i]->setObjectName(QStringLiteral("planName_") + languages[i]);
        m_planForm->addRow(buddyLabel(m_planNames[i]), m_planNames[i]);
        connect(m_planNames[i], &QLineEdit::textEdited, this,
                &CatalogEditorDialog::planNamesEdited);
    }
    m_planCalendar = new QComboBox(m_planPage);
    m_planCalendar->setObjectName(QStringLiteral("planCalendarCombo"));
    m_planForm->addRow(buddyLabel(m_planCalendar), m_planCalendar);
    connect(m_planCalendar, &QComboBox::currentIndexChanged, this,
            &CatalogEditorDialog::planCalendarEdited);
    layout->addLayout(m_planForm);

    m_severitiesLabel = new QLabel(m_planPage);
    QFont bold = m_severitiesLabel->font();
    bold.setBold(true);
    m_severitiesLabel->setFont(bold);
    layout->addSpacing(8);
    layout->addWidget(m_severitiesLabel);
    m_severities = new QTableWidget(0, 4, m_planPage);
    m_severities->setObjectName(QStringLiteral("severitiesTable"));
    m_severities->verticalHeader()->hide();
    m_severities->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_severities->setSelectionMode(QAbstractItemView::SingleSelection);
    m_severities->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_severities->horizontalHeader()->setSectionResizeMode(SeverityNameColumn,
                                                           QHeaderView::Stretch);
    m_severities->setColumnWidth(CodeColumn, 110);
    m_severities->setColumnWidth(ResponseColumn, 210);
    m_severities->setColumnWidth(ResolutionColumn, 210);
    m_severities->verticalHeader()->setDefaultSectionSize(TargetEdit().sizeHint().height() + 4);
    m_severities->setMinimumHeight(150);
    layout->addWidget(m_severities);
    auto *severityButtons = new QHBoxLayout;
    m_addSeverity = new QPushButton(Icons::get(QStringLiteral("list-add")), QString(), m_planPage);
    m_addSeverity->setObjectName(QStringLiteral("addSeverityButton"));
    m_removeSeverity =
            new QPushButton(Icons::get(QStringLiteral("list-remove")), QString(), m_planPage);
    m_removeSeverity->setObjectName(QStringLiteral("removeSeverityButton"));
    severityButtons->addWidget(m_addSeverity);
    severityButtons->addWidget(m_removeSeverity);
    severityButtons->addStretch();
    layout->addLayout(severityButtons);
    connect(m_addSeverity, &QPushButton::clicked, this, &CatalogEditorDialog::addSeverity);
    connect(m_removeSeverity, &QPushButton::clicked, this, &CatalogEditorDialog::removeSeverity);

    m_levelsLabel = new QLabel(m_planPage);
    m_levelsLabel->setFont(bold);
    m_levelsLabel->setWordWrap(true);
    layout->addSpacing(8);
    layout->addWidget(m_levelsLabel);
    auto *levels = new QFormLayout;
    levels->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int l = 0; l < LevelCount; ++l) {
        m_levelLabels[std::size_t(l)] = new QLabel(m_planPage);
        m_levels[std::size_t(l)] = new QComboBox(m_planPage);
        m_levels[std::size_t(l)]->setObjectName(QStringLiteral("levelCombo%1").arg(l + 1));
        m_levelLabels[std::size_t(l)]->setBuddy(m_levels[std::size_t(l)]);
        levels->addRow(m_levelLabels[std::size_t(l)], m_levels[std::size_t(l)]);
        connect(m_levels[std::size_t(l)], &QComboBox::currentIndexChanged, this,
                [this, l] { levelEdited(l + 1); });
    }
    layout->addLayout(levels);
    layout->addStretch();
    m_pages->addWidget(m_planPage);
}

void CatalogEditorDialog::buildCalendarPage()
{
    m_calendarPage = new QWidget(m_pages);
    m_calendarPage->setObjectName(QStringLiteral("calendarPage"));
    auto *layout = new QVBoxLayout(m_calendarPage);
    layout->setContentsMargins(0, 0, 0, 0);
    m_calendarForm = new QFormLayout;
    m_calendarForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (std::size_t i = 0; i < m_calendarNames.size(); ++i) {
        m_calendarNames[i] = new QLineEdit(m_calendarPage);
        m_calendarNames[i]->setObjectName(QStringLiteral("calendarName_") + languages[i]);
        m_calendarForm->addRow(buddyLabel(m_calendarNames[i]), m_calendarNames[i]);
        connect(m_calendarNames[i], &QLineEdit::textEdited, this,
                &CatalogEditorDialog::calendarNamesEdited);
    }
    m_zone = new QComboBox(m_calendarPage);
    m_zone->setObjectName(QStringLiteral("calendarZoneCombo"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_calendarForm->addRow(buddyLabel(m_zone), m_zone);
    connect(m_zone, &QComboBox::editTextChanged, this, &CatalogEditorDialog::zoneEdited);
    m_always = new QCheckBox(m_calendarPage);
    m_always->setObjectName(QStringLiteral("alwaysCheck"));
    m_calendarForm->addRow(QString(), m_always);
    connect(m_always, &QCheckBox::toggled, this, &CatalogEditorDialog::alwaysEdited);
    for (int d = 0; d < 7; ++d) {
        m_weekdayLabels[std::size_t(d)] = new QLabel(m_calendarPage);
        m_weekly[std::size_t(d)] = new QLineEdit(m_calendarPage);
        m_weekly[std::size_t(d)]->setObjectName(QStringLiteral("weekdayEdit%1").arg(d));
        m_weekdayLabels[std::size_t(d)]->setBuddy(m_weekly[std::size_t(d)]);
        m_calendarForm->addRow(m_weekdayLabels[std::size_t(d)], m_weekly[std::size_t(d)]);
        connect(m_weekly[std::size_t(d)], &QLineEdit::textEdited, this,
                [this, d] { weekdayEdited(d); });
    }
    m_holidays = new QComboBox(m_calendarPage);
    m_holidays->setObjectName(QStringLiteral("holidaySetCombo"));
    m_calendarForm->addRow(buddyLabel(m_holidays), m_holidays);
    connect(m_holidays, &QComboBox::currentIndexChanged, this,
            &CatalogEditorDialog::holidaysEdited);
    layout->addLayout(m_calendarForm);

    m_exceptionsLabel = new QLabel(m_calendarPage);
    QFont bold = m_exceptionsLabel->font();
    bold.setBold(true);
    m_exceptionsLabel->setFont(bold);
    layout->addSpacing(8);
    layout->addWidget(m_exceptionsLabel);
    m_holidayNote = new QLabel(m_calendarPage);
    m_holidayNote->setWordWrap(true);
    m_holidayNote->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_holidayNote);
    m_exceptions = new QTableWidget(0, ExceptionColumnCount, m_calendarPage);
    m_exceptions->setObjectName(QStringLiteral("exceptionsTable"));
    m_exceptions->verticalHeader()->hide();
    m_exceptions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_exceptions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_exceptions->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_exceptions->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_exceptions->setColumnWidth(DateColumn, 130);
    m_exceptions->setColumnWidth(TypeColumn, 150);
    m_exceptions->setColumnWidth(HoursColumn, 170);
    m_exceptions->verticalHeader()->setDefaultSectionSize(QComboBox().sizeHint().height() + 2);
    m_exceptions->setMinimumHeight(180);
    layout->addWidget(m_exceptions);
    auto *buttons = new QHBoxLayout;
    m_addException =
            new QPushButton(Icons::get(QStringLiteral("list-add")), QString(), m_calendarPage);
    m_addException->setObjectName(QStringLiteral("addDayButton"));
    m_removeException =
            new QPushButton(Icons::get(QStringLiteral("list-remove")), QString(), m_calendarPage);
    m_removeException->setObjectName(QStringLiteral("removeDayButton"));
    m_importIcs = new QPushButton(Icons::get(QStringLiteral("document-import")), QString(),
                                  m_calendarPage);
    m_importIcs->setObjectName(QStringLiteral("importIcsButton"));
    buttons->addWidget(m_addException);
    buttons->addWidget(m_removeException);
    buttons->addStretch();
    buttons->addWidget(m_importIcs);
    layout->addLayout(buttons);
    m_importResult = new QLabel(m_calendarPage);
    m_importResult->setObjectName(QStringLiteral("importResult"));
    m_importResult->setWordWrap(true);
    m_importResult->hide();
    layout->addWidget(m_importResult);
    layout->addStretch();
    connect(m_addException, &QPushButton::clicked, this, &CatalogEditorDialog::addException);
    connect(m_removeException, &QPushButton::clicked, this, &CatalogEditorDialog::removeException);
    connect(m_importIcs, &QPushButton::clicked, this, &CatalogEditorDialog::importIcs);
    m_pages->addWidget(m_calendarPage);
}

void CatalogEditorDialog::retranslateUi()
{
    setWindowTitle(tr("Catalog Editor"));
    m_duplicateButton->setText(tr("&Duplicate…", "copy a plan or calendar to edit it"));
    m_duplicateButton->setToolTip(tr("Make an editable copy of the selected plan or calendar"));
    m_newCalendarButton->setText(tr("New &Calendar…"));
    m_removeButton->setText(tr("&Remove", "remove a team plan or calendar"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("&Save", "write the team catalog file"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close", "the catalog editor"));
    m_destinationLabel->setText(tr("Save &to:", "where the catalog editor saves"));
    m_destination->setItemText(0, tr("This computer", "save destination: a local file"));
    m_destination->setItemText(1, tr("Shared database (whole team)", "save destination"));
    updateDestination();

    for (int i = 0; i < 3; ++i) {
        const QString label =
                tr("Name (%1):", "%1 is a language, named in itself").arg(languageName(i));
        for (QFormLayout *form : {m_providerForm, m_planForm, m_calendarForm}) {
            QWidget *field = form == m_providerForm ? m_providerNames[std::size_t(i)]
                             : form == m_planForm   ? m_planNames[std::size_t(i)]
                                                    : m_calendarNames[std::size_t(i)];
            if (auto *l = qobject_cast<QLabel *>(form->labelForField(field)))
                l->setText(label);
        }
    }
    if (auto *l = qobject_cast<QLabel *>(m_planForm->labelForField(m_planCalendar)))
        l->setText(tr("Work &calendar:"));
    m_severitiesLabel->setText(tr("Severities and targets"));
    m_severities->setHorizontalHeaderLabels(
            {tr("Code", "severity code"), tr("Name", "severity name"),
             tr("Response", "target: first reply"), tr("Resolution", "target: resolution")});
    m_addSeverity->setText(tr("Add Severity"));
    m_removeSeverity->setText(tr("Remove Severity"));
    m_levelsLabel->setText(tr("Incident levels: the severity this plan files each level under"));
    for (int l = 1; l <= LevelCount; ++l)
        m_levelLabels[std::size_t(l - 1)]->setText(
                tr("%1:", "a form label: its text and a colon (Chinese: a full-width colon)")
                        .arg(PlanMatrixModel::levelTitle(l)));

    if (auto *l = qobject_cast<QLabel *>(m_calendarForm->labelForField(m_zone)))
        l->setText(tr("Time &zone:"));
    m_always->setText(tr("Round the clock (24×7)"));
    const QLocale locale;
    for (int d = 0; d < 7; ++d) {
        m_weekdayLabels[std::size_t(d)]->setText(
                tr("%1:", "a form label: its text and a colon (Chinese: a full-width colon)")
                        .arg(locale.dayName(d + 1)));
        m_weekly[std::size_t(d)]->setPlaceholderText(
                tr("day off", "a weekday without working hours"));
        m_weekly[std::size_t(d)]->setAccessibleDescription(
                tr("Working hours, for example 09:00–13:00, 14:00–18:00"));
    }
    if (auto *l = qobject_cast<QLabel *>(m_calendarForm->labelForField(m_holidays)))
        l->setText(tr("Public &holidays:"));
    m_exceptionsLabel->setText(tr("Days off, working days and shortened days"));
    m_exceptions->setHorizontalHeaderLabels({tr("Date"), tr("Kind", "of a special day"),
                                             tr("Hours", "of a working day; empty: Monday's"),
                                             tr("Name", "of a special day")});
    m_addException->setText(tr("Add Day"));
    m_removeException->setText(tr("Remove Day"));
    m_importIcs->setText(tr("Import Days Off from .ics…"));
    m_importIcs->setToolTip(tr("Read all-day events of an iCalendar file as days off"));
}

// ---- Tree ----------------------------------------------------------------------------------

void CatalogEditorDialog::rebuildTree(Kind kind, const QString &id)
{
    const Kind selectKind = kind == Kind::None ? m_kind : kind;
    const QString selectId = kind == Kind::None ? m_currentId : id;
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    const QIcon lock = Icons::get(QStringLiteral("object-locked"));
    const QIcon editable = Icons::get(QStringLiteral("document-edit"));
    auto addItem = [&](QTreeWidgetItem *parent, Kind itemKind, const QString &itemId,
                       const QString &text, bool canEdit, const QString &itemOrigin) {
        auto *item = new QTreeWidgetItem(parent, {text});
        item->setData(0, KindRole, int(itemKind));
        item->setData(0, IdRole, itemId);
        item->setData(0, EditableRole, canEdit);
        item->setIcon(0, canEdit ? editable : lock);
        item->setToolTip(0, itemId + QLatin1Char('\n') + itemOrigin);
        return item;
    };
    const QString builtInText = tr("Built in: read-only");
    const auto origin = [&](bool builtIn) {
        return builtIn ? builtInText : tr("From another team file: read-only");
    };

    auto *providers = new QTreeWidgetItem(m_tree, {tr("Providers and plans")});
    providers->setData(0, KindRole, int(Kind::Group));
    providers->setFlags(Qt::ItemIsEnabled);
    if (m_catalog) {
        for (const Provider &provider : m_catalog->providers()) {
            if (m_fileIds.contains(QStringLiteral("provider/") + provider.id))
                continue;
            const bool builtIn = m_builtIn && m_builtIn->provider(provider.id);
            QTreeWidgetItem *item =
                    addItem(providers, Kind::Provider, provider.id, provider.names.text(m_language),
                            false, origin(builtIn));
            for (const QString &planId : provider.planIds) {
                if (const Plan *plan = m_catalog->plan(planId))
                    addItem(item, Kind::Plan, plan->id, plan->names.text(m_language), false,
                            origin(builtIn));
            }
        }
    }
    const QString teamText = tr("Your team's: editable");
    for (const Provider &provider : std::as_const(m_team.providers)) {
        QTreeWidgetItem *item = addItem(providers, Kind::Provider, provider.id,
                                        provider.names.text(m_language), true, teamText);
        for (const Plan &plan : std::as_const(m_team.plans)) {
            if (plan.providerId == provider.id)
                addItem(item, Kind::Plan, plan.id, plan.names.text(m_language), true, teamText);
        }
    }

    auto *calendars = new QTreeWidgetItem(m_tree, {tr("Work calendars")});
    calendars->setData(0, KindRole, int(Kind::Group));
    calendars->setFlags(Qt::ItemIsEnabled);
    if (m_catalog) {
        for (const CalendarSpec &spec : m_catalog->calendarSpecs()) {
            if (m_fileIds.contains(QStringLiteral("calendar/") + spec.id))
                continue;
            const bool builtIn = m_builtIn && m_builtIn->calendar(spec.id);
            addItem(calendars, Kind::Calendar, spec.id, spec.names.text(m_language), false,
                    origin(builtIn));
        }
    }
    for (const CalendarSpec &spec : std::as_const(m_team.calendars))
        addItem(calendars, Kind::Calendar, spec.id, spec.names.text(m_language), true, teamText);

    m_tree->expandAll();
    QTreeWidgetItem *select = nullptr;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if (Kind((*it)->data(0, KindRole).toInt()) == selectKind &&
            (*it)->data(0, IdRole).toString() == selectId &&
            (!select || (*it)->data(0, EditableRole).toBool()))
            select = *it;
    }
    m_tree->setCurrentItem(select);
    if (select)
        m_tree->scrollToItem(select);
    onCurrentItemChanged();
}

bool CatalogEditorDialog::selectPlan(const QString &planId)
{
    rebuildTree(Kind::Plan, planId);
    return m_kind == Kind::Plan && m_currentId == planId;
}

bool CatalogEditorDialog::selectCalendar(const QString &calendarId)
{
    rebuildTree(Kind::Calendar, calendarId);
    return m_kind == Kind::Calendar && m_currentId == calendarId;
}

bool CatalogEditorDialog::selectProvider(const QString &providerId)
{
    rebuildTree(Kind::Provider, providerId);
    return m_kind == Kind::Provider && m_currentId == providerId;
}

void CatalogEditorDialog::onCurrentItemChanged()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    m_kind = item ? Kind(item->data(0, KindRole).toInt()) : Kind::None;
    m_currentId = item ? item->data(0, IdRole).toString() : QString();
    m_currentEditable = item && item->data(0, EditableRole).toBool() && m_loadError.isEmpty();
    m_importResult->hide();
    switch (m_kind) {
    case Kind::Plan:
        showPlan(m_currentId);
        break;
    case Kind::Calendar:
        showCalendar(m_currentId);
        break;
    case Kind::Provider:
        showProvider(m_currentId);
        break;
    case Kind::None:
    case Kind::Group:
        m_pages->setCurrentIndex(0);
        m_pageTitle->setText(tr("Choose a plan or a work calendar on the left."));
        m_readOnlyNote->setText(QString());
        break;
    }
    m_duplicateButton->setEnabled(m_kind == Kind::Plan || m_kind == Kind::Calendar);
    m_removeButton->setEnabled(m_currentEditable &&
                               (m_kind == Kind::Plan || m_kind == Kind::Calendar));
    m_newCalendarButton->setEnabled(m_loadError.isEmpty());
    revalidate();
}

void CatalogEditorDialog::setReadOnlyNote(bool readOnly, const QString &what)
{
    if (!readOnly) {
        m_readOnlyNote->setText(QString());
        return;
    }
    if (!m_loadError.isEmpty()) {
        m_readOnlyNote->setText(tr("The team file cannot be edited here (see below)."));
        return;
    }
    m_readOnlyNote->setText(
            tr("%1 is read-only. Use “Duplicate…” to make a copy of your own and edit that.",
               "%1: a built-in plan, calendar or provider")
                    .arg(what));
}

// ---- Lookups -------------------------------------------------------------------------------

Plan *CatalogEditorDialog::teamPlan(const QString &id)
{
    for (Plan &p : m_team.plans) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

Provider *CatalogEditorDialog::teamProvider(const QString &id)
{
    for (Provider &p : m_team.providers) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

CalendarSpec *CatalogEditorDialog::teamCalendar(const QString &id)
{
    for (CalendarSpec &c : m_team.calendars) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const Plan *CatalogEditorDialog::anyPlan(const QString &id) const
{
    for (const Plan &p : m_team.plans) {
        if (p.id == id)
            return &p;
    }
    if (m_fileIds.contains(QStringLiteral("plan/") + id))
        return nullptr; // removed from the team file in this session
    return m_catalog ? m_catalog->plan(id) : nullptr;
}

const Provider *CatalogEditorDialog::anyProvider(const QString &id) const
{
    for (const Provider &p : m_team.providers) {
        if (p.id == id)
            return &p;
    }
    if (m_fileIds.contains(QStringLiteral("provider/") + id))
        return nullptr;
    return m_catalog ? m_catalog->provider(id) : nullptr;
}

const CalendarSpec *CatalogEditorDialog::anyCalendar(const QString &id) const
{
    for (const CalendarSpec &c : m_team.calendars) {
        if (c.id == id)
            return &c;
    }
    if (m_fileIds.contains(QStringLiteral("calendar/") + id) || !m_catalog)
        return nullptr;
    for (const CalendarSpec &c : m_catalog->calendarSpecs()) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

bool CatalogEditorDialog::calendarExists(const QString &id) const
{
    return anyCalendar(id) != nullptr;
}

QStringList CatalogEditorDialog::calendarUsers(const QString &id) const
{
    QStringList users;
    for (const Plan &p : m_team.plans) {
        bool uses = p.calendarId == id;
        for (const SeverityTargets &t : p.targets)
            uses = uses || t.response.calendarId == id || t.resolution.calendarId == id;
        for (const Channel &c : p.channels)
            uses = uses || c.hours == id;
        if (uses)
            users << p.names.text(m_language);
    }
    return users;
}

// ---- Pages ---------------------------------------------------------------------------------

void CatalogEditorDialog::showProvider(const QString &providerId)
{
    m_loading = true;
    const Provider *provider =
            m_currentEditable ? teamProvider(providerId) : anyProvider(providerId);
    m_pages->setCurrentWidget(m_providerPage);
    if (provider) {
        m_pageTitle->setText(tr("Provider “%1”").arg(provider->names.text(m_language)));
        showTexts(m_providerNames, provider->names);
        QStringList plans;
        for (const QString &id : provider->planIds) {
            if (const Plan *p = anyPlan(id))
                plans << p->names.text(m_language);
        }
        for (const Plan &p : std::as_const(m_team.plans)) {
            if (p.providerId == provider->id && !provider->planIds.contains(p.id))
                plans << p.names.text(m_language);
        }
        m_providerInfo->setText(
                tr("ID: %1. Plans: %2.").arg(provider->id, QLocale().createSeparatedList(plans)));
    }
    for (QLineEdit *edit : m_providerNames)
        edit->setReadOnly(!m_currentEditable);
    setReadOnlyNote(!m_currentEditable, tr("This provider"));
    m_loading = false;
}

void CatalogEditorDialog::fillCalendarCombo(const QString &current)
{
    const QSignalBlocker blocker(m_planCalendar);
    m_planCalendar->clear();
    QStringList seen;
    if (m_catalog) {
        for (const CalendarSpec &spec : m_catalog->calendarSpecs()) {
            if (m_fileIds.contains(QStringLiteral("calendar/") + spec.id))
                continue;
            m_planCalendar->addItem(spec.names.text(m_language), spec.id);
            seen << spec.id;
        }
    }
    for (const CalendarSpec &spec : std::as_const(m_team.calendars)) {
        if (!seen.contains(spec.id))
            m_planCalendar->addItem(spec.names.text(m_language), spec.id);
    }
    int index = m_planCalendar->findData(current);
    if (index < 0 && !current.isEmpty()) {
        m_planCalendar->addItem(current, current);
        index = m_planCalendar->count() - 1;
    }
    m_planCalendar->setCurrentIndex(index);
}

void CatalogEditorDialog::fillLevelCombos()
{
    const Plan *plan = m_currentEditable ? teamPlan(m_currentId) : anyPlan(m_currentId);
    if (!plan)
        return;
    const Provider *provider =
            m_currentEditable ? teamProvider(plan->providerId) : anyProvider(plan->providerId);
    for (int l = 1; l <= LevelCount; ++l) {
        QComboBox *combo = m_levels[std::size_t(l - 1)];
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const QString &code : plan->severities) {
            const Severity *severity = provider ? provider->severity(code) : nullptr;
            combo->addItem(
                    severity ? QStringLiteral("%1 (%2)").arg(severity->names.text(m_language), code)
                             : code,
                    code);
        }
        combo->setCurrentIndex(combo->findData(plan->levels[l - 1]));
        combo->setEnabled(m_currentEditable);
    }
}

void CatalogEditorDialog::showPlan(const QString &planId)
{
    m_loading = true;
    const Plan *plan = m_currentEditable ? teamPlan(planId) : anyPlan(planId);
    m_pages->setCurrentWidget(m_planPage);
    if (!plan) {
        m_loading = false;
        return;
    }
    const Provider *provider =
            m_currentEditable ? teamProvider(plan->providerId) : anyProvider(plan->providerId);
    m_pageTitle->setText(
            tr("Plan “%1” (%2)", "plan name, plan id").arg(plan->names.text(m_language), plan->id));
    showTexts(m_planNames, plan->names);
    for (QLineEdit *edit : m_planNames)
        edit->setReadOnly(!m_currentEditable);
    fillCalendarCombo(plan->calendarId);
    m_planCalendar->setEnabled(m_currentEditable);

    m_severities->setRowCount(0);
    m_severities->setRowCount(int(plan->severities.size()));
    for (int row = 0; row < plan->severities.size(); ++row) {
        const QString code = plan->severities.at(row);
        const Severity *severity = provider ? provider->severity(code) : nullptr;
        auto *codeEdit = new QLineEdit(code, m_severities);
        codeEdit->setObjectName(QStringLiteral("severityCode%1").arg(row));
        codeEdit->setFrame(false);
        codeEdit->setReadOnly(!m_currentEditable);
        auto *nameEdit = new QLineEdit(m_severities);
        nameEdit->setObjectName(QStringLiteral("severityName%1").arg(row));
        nameEdit->setFrame(false);
        nameEdit->setReadOnly(!m_currentEditable);
        if (severity) {
            nameEdit->setText(severity->names.all().value(m_language));
            nameEdit->setPlaceholderText(severity->names.english());
            nameEdit->setToolTip(severity->descriptions.text(m_language));
        }
        const SeverityTargets *targets = plan->targetsFor(code);
        auto *response = new TargetEdit(m_severities);
        auto *resolution = new TargetEdit(m_severities);
        response->setObjectName(QStringLiteral("responseTarget%1").arg(row));
        resolution->setObjectName(QStringLiteral("resolutionTarget%1").arg(row));
        response->setTarget(targets ? targets->response : Target::none());
        resolution->setTarget(targets ? targets->resolution : Target::none());
        response->setEnabled(m_currentEditable);
        resolution->setEnabled(m_currentEditable);
        m_severities->setCellWidget(row, CodeColumn, codeEdit);
        m_severities->setCellWidget(row, SeverityNameColumn, nameEdit);
        m_severities->setCellWidget(row, ResponseColumn, response);
        m_severities->setCellWidget(row, ResolutionColumn, resolution);
        auto edited = [this, codeEdit] {
            const int r = rowOf(m_severities, codeEdit, CodeColumn);
            if (r >= 0)
                severityEdited(r);
        };
        connect(codeEdit, &QLineEdit::textEdited, this, edited);
        connect(nameEdit, &QLineEdit::textEdited, this, edited);
        connect(response, &TargetEdit::changed, this, edited);
        connect(resolution, &TargetEdit::changed, this, edited);
    }
    m_addSeverity->setEnabled(m_currentEditable);
    m_removeSeverity->setEnabled(m_currentEditable);
    fillLevelCombos();
    setReadOnlyNote(!m_currentEditable, tr("This plan"));
    m_loading = false;
}

void CatalogEditorDialog::fillExceptions()
{
    const CalendarSpec *spec =
            m_currentEditable ? teamCalendar(m_currentId) : anyCalendar(m_currentId);
    m_exceptions->setRowCount(0);
    if (!spec)
        return;
    const CalendarDraft draft = m_currentEditable ? m_drafts.value(spec->id) : draftFor(*spec);
    // Built-in calendars show their own days only, not the holiday set merged in.
    CalendarSpec shown = *spec;
    if (!m_currentEditable && m_catalog)
        stripHolidayDays(shown, *m_catalog);
    m_exceptions->setRowCount(int(shown.exceptions.size()));
    for (int row = 0; row < shown.exceptions.size(); ++row) {
        const DayException &e = shown.exceptions.at(row);
        auto *date = new QDateEdit(e.date, m_exceptions);
        date->setObjectName(QStringLiteral("exceptionDate%1").arg(row));
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        date->setFrame(false);
        auto *type = new QComboBox(m_exceptions);
        type->setObjectName(QStringLiteral("exceptionType%1").arg(row));
        type->addItem(tr("Day off", "special day"), int(DayException::Type::DayOff));
        type->addItem(tr("Working day", "special day: a weekend day that works"),
                      int(DayException::Type::WorkingDay));
        type->addItem(tr("Shortened day", "special day: one hour shorter"),
                      int(DayException::Type::Shortened));
        type->setCurrentIndex(type->findData(int(e.type)));
        type->setFrame(false);
        auto *hours = new QLineEdit(
                m_currentEditable
                        ? draft.exceptionHours.value(row)
                        : (e.hours ? CatalogEditing::formatDayHours(*e.hours) : QString()),
                m_exceptions);
        hours->setObjectName(QStringLiteral("exceptionHours%1").arg(row));
        hours->setFrame(false);
        hours->setPlaceholderText(e.type == DayException::Type::WorkingDay ? tr("Monday's hours")
                                                                           : QString());
        hours->setEnabled(e.type == DayException::Type::WorkingDay);
        auto *name = new QLineEdit(e.names.all().value(m_language), m_exceptions);
        name->setObjectName(QStringLiteral("exceptionName%1").arg(row));
        name->setFrame(false);
        name->setPlaceholderText(e.names.english());
        for (QWidget *w : std::initializer_list<QWidget *>{date, type, hours, name})
            w->setEnabled(w->isEnabled() && m_currentEditable);
        m_exceptions->setCellWidget(row, DateColumn, date);
        m_exceptions->setCellWidget(row, TypeColumn, type);
        m_exceptions->setCellWidget(row, HoursColumn, hours);
        m_exceptions->setCellWidget(row, NameColumn, name);
        auto edited = [this, date] {
            const int r = rowOf(m_exceptions, date, DateColumn);
            if (r >= 0)
                exceptionEdited(r);
        };
        connect(date, &QDateEdit::dateChanged, this, edited);
        connect(type, &QComboBox::currentIndexChanged, this, edited);
        connect(hours, &QLineEdit::textEdited, this, edited);
        connect(name, &QLineEdit::textEdited, this, edited);
    }
}

void CatalogEditorDialog::showCalendar(const QString &calendarId)
{
    m_loading = true;
    const CalendarSpec *spec =
            m_currentEditable ? teamCalendar(calendarId) : anyCalendar(calendarId);
    m_pages->setCurrentWidget(m_calendarPage);
    if (!spec) {
        m_loading = false;
        return;
    }
    if (m_currentEditable && !m_drafts.contains(spec->id))
        m_drafts.insert(spec->id, draftFor(*spec));
    const CalendarDraft draft = m_currentEditable ? m_drafts.value(spec->id) : draftFor(*spec);
    m_pageTitle->setText(tr("Work calendar “%1” (%2)", "calendar name, calendar id")
                                 .arg(spec->names.text(m_language), spec->id));
    showTexts(m_calendarNames, spec->names);
    {
        const QSignalBlocker blocker(m_zone);
        m_zone->setEditText(QString::fromUtf8(spec->timeZone));
    }
    {
        const QSignalBlocker blocker(m_always);
        m_always->setChecked(spec->always);
    }
    for (int d = 0; d < 7; ++d) {
        QLineEdit *edit = m_weekly[std::size_t(d)];
        edit->setText(draft.weekly[std::size_t(d)]);
        edit->setReadOnly(!m_currentEditable);
        edit->setEnabled(!spec->always);
    }
    {
        const QSignalBlocker blocker(m_holidays);
        m_holidays->clear();
        m_holidays->addItem(tr("None", "no public holidays"), QString());
        if (m_catalog) {
            for (const HolidaySet &set : m_catalog->holidaySets())
                m_holidays->addItem(set.names.text(m_language), set.id);
        }
        m_holidays->setCurrentIndex(qMax(0, m_holidays->findData(spec->holidaySetId)));
    }
    const HolidaySet *set = m_catalog ? m_catalog->holidaySet(spec->holidaySetId) : nullptr;
    m_holidayNote->setText(set ? tr("The days of “%1” apply too; a day listed here wins over "
                                    "the same date there.")
                                           .arg(set->names.text(m_language))
                               : QString());
    m_holidayNote->setVisible(set != nullptr);
    for (QLineEdit *edit : m_calendarNames)
        edit->setReadOnly(!m_currentEditable);
    for (QWidget *w : std::initializer_list<QWidget *>{m_zone, m_always, m_holidays, m_addException,
                                                       m_removeException, m_importIcs})
        w->setEnabled(m_currentEditable);
    fillExceptions();
    setReadOnlyNote(!m_currentEditable, tr("This calendar"));
    m_loading = false;
}

// ---- Edits ---------------------------------------------------------------------------------

void CatalogEditorDialog::modified()
{
    m_modified = true;
    revalidate();
}

void CatalogEditorDialog::providerNamesEdited()
{
    Provider *provider = teamProvider(m_currentId);
    if (m_loading || !provider)
        return;
    provider->names = textsFrom(m_providerNames);
    if (QTreeWidgetItem *item = m_tree->currentItem())
        item->setText(0, provider->names.text(m_language));
    modified();
}

void CatalogEditorDialog::planNamesEdited()
{
    Plan *plan = teamPlan(m_currentId);
    if (m_loading || !plan)
        return;
    plan->names = textsFrom(m_planNames);
    if (QTreeWidgetItem *item = m_tree->currentItem())
        item->setText(0, plan->names.text(m_language));
    modified();
}

void CatalogEditorDialog::planCalendarEdited()
{
    Plan *plan = teamPlan(m_currentId);
    if (m_loading || !plan)
        return;
    plan->calendarId = m_planCalendar->currentData().toString();
    modified();
}

void CatalogEditorDialog::severityEdited(int row)
{
    Plan *plan = teamPlan(m_currentId);
    Provider *provider = plan ? teamProvider(plan->providerId) : nullptr;
    if (m_loading || !plan || !provider || row < 0 || row >= plan->severities.size())
        return;
    const QString oldCode = plan->severities.at(row);
    const QString code =
            qobject_cast<QLineEdit *>(m_severities->cellWidget(row, CodeColumn))->text().trimmed();
    const QString name =
            qobject_cast<QLineEdit *>(m_severities->cellWidget(row, SeverityNameColumn))
                    ->text()
                    .trimmed();
    if (code != oldCode) {
        plan->severities[row] = code;
        for (SeverityTargets &t : plan->targets) {
            if (t.severity == oldCode)
                t.severity = code;
        }
        for (QString &level : plan->levels) {
            if (level == oldCode)
                level = code;
        }
        bool shared = false;
        for (const Plan &other : std::as_const(m_team.plans))
            shared = shared || (&other != plan && other.providerId == provider->id &&
                                other.severities.contains(oldCode));
        Severity *existing = nullptr;
        for (Severity &s : provider->severities) {
            if (s.code == oldCode)
                existing = &s;
        }
        if (!provider->severity(code)) {
            Severity renamed = existing ? *existing : Severity();
            renamed.code = code;
            if (existing && !shared)
                *existing = renamed;
            else
                provider->severities.append(renamed);
        } else if (existing && !shared) {
            provider->severities.erase(
                    std::remove_if(provider->severities.begin(), provider->severities.end(),
                                   [&](const Severity &s) { return s.code == oldCode; }),
                    provider->severities.end());
        }
    }
    for (Severity &s : provider->severities) {
        if (s.code != code)
            continue;
        if (name.isEmpty())
            continue;
        s.names.set(m_language, name);
        if (s.names.all().value(QStringLiteral("en")).isEmpty())
            s.names.set(QStringLiteral("en"), name);
    }
    SeverityTargets *targets = nullptr;
    for (SeverityTargets &t : plan->targets) {
        if (t.severity == code)
            targets = &t;
    }
    if (!targets) {
        plan->targets.append(SeverityTargets{code, Target::none(), Target::none()});
        targets = &plan->targets.last();
    }
    targets->response =
            qobject_cast<TargetEdit *>(m_severities->cellWidget(row, ResponseColumn))->target();
    targets->resolution =
            qobject_cast<TargetEdit *>(m_severities->cellWidget(row, ResolutionColumn))->target();
    fillLevelCombos();
    modified();
}

void CatalogEditorDialog::addSeverity()
{
    Plan *plan = teamPlan(m_currentId);
    Provider *provider = plan ? teamProvider(plan->providerId) : nullptr;
    if (!plan || !provider)
        return;
    QString code = QStringLiteral("new");
    for (int n = 2; plan->severities.contains(code); ++n)
        code = QStringLiteral("new-%1").arg(n);
    plan->severities.append(code);
    plan->targets.append(SeverityTargets{code, Target::none(), Target::none()});
    if (!provider->severity(code)) {
        Severity severity;
        severity.code = code;
        severity.names.set(QStringLiteral("en"), tr("New severity"));
        if (m_language != QLatin1String("en"))
            severity.names.set(m_language, tr("New severity"));
        provider->severities.append(severity);
    }
    showPlan(plan->id);
    m_severities->setCurrentCell(m_severities->rowCount() - 1, CodeColumn);
    if (QWidget *edit = m_severities->cellWidget(m_severities->rowCount() - 1, CodeColumn))
        edit->setFocus();
    modified();
}

void CatalogEditorDialog::removeSeverity()
{
    Plan *plan = teamPlan(m_currentId);
    const int row = m_severities->currentRow();
    if (!plan || row < 0 || row >= plan->severities.size())
        return;
    const QString code = plan->severities.takeAt(row);
    plan->targets.erase(
            std::remove_if(plan->targets.begin(), plan->targets.end(),
                           [&](const SeverityTargets &t) { return t.severity == code; }),
            plan->targets.end());
    for (QString &level : plan->levels) {
        if (level == code)
            level.clear();
    }
    if (Provider *provider = teamProvider(plan->providerId)) {
        bool used = false;
        for (const Plan &other : std::as_const(m_team.plans))
            used = used || (other.providerId == provider->id && other.severities.contains(code));
        if (!used)
            provider->severities.erase(
                    std::remove_if(provider->severities.begin(), provider->severities.end(),
                                   [&](const Severity &s) { return s.code == code; }),
                    provider->severities.end());
    }
    showPlan(plan->id);
    modified();
}

void CatalogEditorDialog::levelEdited(int level)
{
    Plan *plan = teamPlan(m_currentId);
    if (m_loading || !plan)
        return;
    plan->levels[level - 1] = m_levels[std::size_t(level - 1)]->currentData().toString();
    modified();
}

void CatalogEditorDialog::calendarNamesEdited()
{
    CalendarSpec *spec = teamCalendar(m_currentId);
    if (m_loading || !spec)
        return;
    spec->names = textsFrom(m_calendarNames);
    if (QTreeWidgetItem *item = m_tree->currentItem())
        item->setText(0, spec->names.text(m_language));
    modified();
}

void CatalogEditorDialog::zoneEdited()
{
    CalendarSpec *spec = teamCalendar(m_currentId);
    if (m_loading || !spec)
        return;
    spec->timeZone = m_zone->currentText().trimmed().toUtf8();
    modified();
}

void CatalogEditorDialog::alwaysEdited()
{
    CalendarSpec *spec = teamCalendar(m_currentId);
    if (m_loading || !spec)
        return;
    spec->always = m_always->isChecked();
    for (QLineEdit *edit : m_weekly)
        edit->setEnabled(!spec->always);
    modified();
}

void CatalogEditorDialog::weekdayEdited(int day)
{
    CalendarSpec *spec = teamCalendar(m_currentId);
    if (m_loading || !spec)
        return;
    const QString text = m_weekly[std::size_t(day)]->text();
    m_drafts[spec->id].weekly[std::size_t(day)] = text;
    QVector<TimeRange> ranges;
    QString error;
    if (CatalogEditing::parseDayHours(text, &ranges, &error))
        spec->weekly[std::size_t(day)] = ranges;
    modified();
}

void CatalogEditorDialog::holidaysEdited()
{
    CalendarSpec *spec = teamCalendar(m_currentId);
    if (m_loading || !spec)
        return;
    spec->holidaySetId = m_holidays->currentData().toString();
    showCalendar(spec->id);
    modified();
}

void CatalogEditorDialog::exceptionEdited(int row)
{
    CalendarSpec *spec = teamCalendar(m_currentId);
    if (m_loading || !spec || row < 0 || row >= spec->exceptions.size())
        return;
    DayException &e = spec->exceptions[row];
    e.date = qobject_cast<QDateEdit *>(m_exceptions->cellWidget(row, DateColumn))->date();
    e.type = DayException::Type(qobject_cast<QComboBox *>(m_exceptions->cellWidget(row, TypeColumn))
                                        ->currentData()
                                        .toInt());
    auto *hoursEdit = qobject_cast<QLineEdit *>(m_exceptions->cellWidget(row, HoursColumn));
    const bool working = e.type == DayException::Type::WorkingDay;
    hoursEdit->setEnabled(working);
    hoursEdit->setPlaceholderText(working ? tr("Monday's hours") : QString());
    CalendarDraft &draft = m_drafts[spec->id];
    while (draft.exceptionHours.size() < spec->exceptions.size())
        draft.exceptionHours.append(QString());
    draft.exceptionHours[row] = working ? hoursEdit->text() : QString();
    QVector<TimeRange> ranges;
    QString error;
    if (!working || hoursEdit->text().trimmed().isEmpty())
        e.hours.reset();
    else if (CatalogEditing::parseDayHours(hoursEdit->text(), &ranges, &error) && !ranges.isEmpty())
        e.hours = ranges;
    if (!working)
        e.shortened = false;
    const QString name =
            qobject_cast<QLineEdit *>(m_exceptions->cellWidget(row, NameColumn))->text().trimmed();
    if (!name.isEmpty() || e.names.has(m_language)) {
        e.names.set(m_language, name);
        if (e.names.all().value(QStringLiteral("en")).isEmpty())
            e.names.set(QStringLiteral("en"), name);
    }
    modified();
}

void CatalogEditorDialog::addException()
{
    CalendarSpec *spec = teamCalendar(m_currentId);
    if (!spec)
        return;
    QDate date = QDate::currentDate();
    for (const DayException &e : std::as_const(spec->exceptions))
        date = qMax(date, e.date.addDays(1));
    DayException day;
    day.date = date;
    day.type = DayException::Type::DayOff;
    spec->exceptions.append(day);
    m_drafts[spec->id].exceptionHours.append(QString());
    fillExceptions();
    m_exceptions->setCurrentCell(m_exceptions->rowCount() - 1, DateColumn);
    m_exceptions->scrollToBottom();
    modified();
}

void CatalogEditorDialog::removeException()
{
    CalendarSpec *spec = teamCalendar(m_currentId);
    const int row = m_exceptions->currentRow();
    if (!spec || row < 0 || row >= spec->exceptions.size())
        return;
    spec->exceptions.removeAt(row);
    CalendarDraft &draft = m_drafts[spec->id];
    if (row < draft.exceptionHours.size())
        draft.exceptionHours.removeAt(row);
    fillExceptions();
    modified();
}

// ---- Duplicate, new, remove, import --------------------------------------------------------

QString CatalogEditorDialog::duplicatePlan(const QString &planId, const QString &providerId,
                                           const QString &slug, const QString &providerName,
                                           const QString &planName, QString *error)
{
    const bool newProvider = teamProvider(providerId) == nullptr;
    const QString id = providerId + QLatin1Char('/') + slug;
    QString message;
    QString created;
    if (anyPlan(id)) {
        message = tr("plan “%1” exists already").arg(id);
    } else if (newProvider && anyProvider(providerId)) {
        message = tr("“%1” is a provider of the built-in catalog or of another file; choose an "
                     "ID of your own")
                          .arg(providerId);
    } else if (const Plan *source = [&]() -> const Plan * {
                   for (const Plan &p : std::as_const(m_team.plans)) {
                       if (p.id == planId)
                           return &p;
                   }
                   return nullptr;
               }()) {
        // A copy of one of the team's own plans (perhaps not saved yet).
        Plan copy = *source;
        const Provider *sourceProvider = teamProvider(source->providerId);
        const Provider sourceCopy = sourceProvider ? *sourceProvider : Provider();
        if (newProvider) {
            Provider provider;
            provider.id = providerId;
            provider.builtIn = false;
            m_team.providers.append(provider);
        }
        Provider *provider = teamProvider(providerId);
        for (const QString &code : copy.severities) {
            if (!provider->severity(code) && sourceCopy.severity(code))
                provider->severities.append(*sourceCopy.severity(code));
        }
        copy.id = id;
        copy.providerId = providerId;
        copy.aliases.clear();
        copy.builtIn = false;
        provider->planIds.append(id);
        m_team.plans.append(copy);
        created = id;
    } else if (m_catalog) {
        created = m_team.duplicatePlan(*m_catalog, planId, providerId, slug, &message);
    }
    if (created.isEmpty()) {
        if (error)
            *error = message;
        return {};
    }
    if (newProvider) {
        Provider *provider = teamProvider(providerId);
        LocalizedText names(providerName.isEmpty() ? providerId : providerName);
        if (m_language != QLatin1String("en") && !providerName.isEmpty())
            names.set(m_language, providerName);
        provider->names = names;
    }
    Plan *copied = teamPlan(created);
    // The copy keeps the source's names in every language unless the user renamed it.
    if (!planName.isEmpty() && copied && copied->names.text(m_language) != planName) {
        Plan *plan = copied;
        LocalizedText names(planName);
        if (m_language != QLatin1String("en"))
            names.set(m_language, planName);
        plan->names = names;
    }
    m_modified = true;
    rebuildTree(Kind::Plan, created);
    return created;
}

QString CatalogEditorDialog::duplicateCalendar(const QString &calendarId, const QString &newId,
                                               const QString &name, QString *error)
{
    const CalendarSpec *source = anyCalendar(calendarId);
    if (!source || calendarExists(newId) || !CatalogEditing::isValidId(newId)) {
        if (error)
            *error = !source ? tr("unknown calendar “%1”").arg(calendarId)
                             : tr("calendar “%1” exists already").arg(newId);
        return {};
    }
    CalendarSpec copy = *source;
    if (!teamCalendar(calendarId) && m_catalog)
        stripHolidayDays(copy, *m_catalog);
    copy.id = newId;
    LocalizedText names(name.isEmpty() ? newId : name);
    if (m_language != QLatin1String("en") && !name.isEmpty())
        names.set(m_language, name);
    copy.names = names;
    m_team.calendars.append(copy);
    m_drafts.insert(newId, draftFor(copy));
    m_modified = true;
    rebuildTree(Kind::Calendar, newId);
    return newId;
}

void CatalogEditorDialog::duplicateSelected()
{
    if (m_kind == Kind::Plan) {
        const Plan *source = anyPlan(m_currentId);
        if (!source)
            return;
        CatalogIdDialog dialog(this);
        dialog.setObjectName(QStringLiteral("duplicatePlanDialog"));
        dialog.setWindowTitle(tr("Duplicate Plan"));
        dialog.setIntro(tr("A copy of “%1” that your team can edit. It belongs to a provider of "
                           "your own: one you have, or a new one.")
                                .arg(source->names.text(m_language)));
        QStringList teamProviders;
        for (const Provider &p : std::as_const(m_team.providers))
            teamProviders << p.id;
        const QString suggestedProvider =
                teamProviders.isEmpty()
                        ? QStringLiteral("our-") + source->providerId.section(QLatin1Char('-'), -1)
                        : teamProviders.first();
        const Provider *sourceProvider = anyProvider(source->providerId);
        dialog.setSecondary(
                tr("&Provider ID:"), teamProviders, suggestedProvider, tr("Provider &name:"),
                tr("%1 (our terms)", "name of a team provider copied from a built-in one")
                        .arg(sourceProvider ? sourceProvider->names.text(m_language)
                                            : source->providerId),
                [this](const QString &id) { return teamProvider(id) == nullptr; });
        dialog.setPrimary(
                tr("Plan &ID:"), source->id.section(QLatin1Char('/'), 1), tr("Plan na&me:"),
                tr("%1 (copy)", "name of a copied plan").arg(source->names.text(m_language)));
        dialog.setValidator([this](const QString &provider, const QString &slug) {
            const QString id = provider + QLatin1Char('/') + slug;
            if (anyPlan(id))
                return tr("A plan “%1” exists already.").arg(id);
            if (!teamProvider(provider) && anyProvider(provider))
                return tr("“%1” is a built-in provider; choose an ID of your own.").arg(provider);
            return QString();
        });
        if (runDialog(dialog) != QDialog::Accepted)
            return;
        QString error;
        if (duplicatePlan(source->id, dialog.secondaryId(), dialog.primaryId(),
                          dialog.secondaryName(), dialog.primaryName(), &error)
                    .isEmpty()) {
            m_banner->setType(PlansBanner::Error);
            m_banner->setText(error);
        }
        return;
    }
    if (m_kind == Kind::Calendar) {
        const CalendarSpec *source = anyCalendar(m_currentId);
        if (!source)
            return;
        CatalogIdDialog dialog(this);
        dialog.setObjectName(QStringLiteral("duplicateCalendarDialog"));
        dialog.setWindowTitle(tr("Duplicate Calendar"));
        QString id = source->id + QStringLiteral("-team");
        for (int n = 2; calendarExists(id); ++n)
            id = source->id + QStringLiteral("-team-%1").arg(n);
        dialog.setPrimary(
                tr("Calendar &ID:"), id, tr("Calendar &name:"),
                tr("%1 (copy)", "name of a copied calendar").arg(source->names.text(m_language)));
        dialog.setValidator([this](const QString &, const QString &newId) {
            return calendarExists(newId) ? tr("A calendar “%1” exists already.").arg(newId)
                                         : QString();
        });
        if (runDialog(dialog) != QDialog::Accepted)
            return;
        duplicateCalendar(source->id, dialog.primaryId(), dialog.primaryName());
    }
}

void CatalogEditorDialog::newCalendar()
{
    CatalogIdDialog dialog(this);
    dialog.setObjectName(QStringLiteral("newCalendarDialog"));
    dialog.setWindowTitle(tr("New Work Calendar"));
    dialog.setIntro(tr("Starts as Monday to Friday, 09:00–18:00; change it afterwards."));
    QString id = QStringLiteral("team-hours");
    for (int n = 2; calendarExists(id); ++n)
        id = QStringLiteral("team-hours-%1").arg(n);
    dialog.setPrimary(tr("Calendar &ID:"), id, tr("Calendar &name:"), tr("Team hours"));
    dialog.setValidator([this](const QString &, const QString &newId) {
        return calendarExists(newId) ? tr("A calendar “%1” exists already.").arg(newId) : QString();
    });
    if (runDialog(dialog) != QDialog::Accepted)
        return;
    CalendarSpec spec;
    spec.id = dialog.primaryId();
    spec.names = LocalizedText(dialog.primaryName());
    if (m_language != QLatin1String("en"))
        spec.names.set(m_language, dialog.primaryName());
    const QByteArray system = QTimeZone::systemTimeZoneId();
    spec.timeZone = QTimeZone::isTimeZoneIdAvailable(system) ? system : QByteArrayLiteral("UTC");
    for (int d = 0; d < 5; ++d)
        spec.weekly[std::size_t(d)] = {{9 * 60, 18 * 60}};
    m_team.calendars.append(spec);
    m_drafts.insert(spec.id, draftFor(spec));
    m_modified = true;
    rebuildTree(Kind::Calendar, spec.id);
}

void CatalogEditorDialog::removeSelected()
{
    if (!m_currentEditable)
        return;
    if (m_kind == Kind::Plan) {
        const QString id = m_currentId;
        const Plan *plan = teamPlan(id);
        if (!plan)
            return;
        const QString providerId = plan->providerId;
        m_team.plans.erase(std::remove_if(m_team.plans.begin(), m_team.plans.end(),
                                          [&](const Plan &p) { return p.id == id; }),
                           m_team.plans.end());
        if (Provider *provider = teamProvider(providerId)) {
            provider->planIds.removeAll(id);
            if (provider->planIds.isEmpty())
                m_team.providers.erase(
                        std::remove_if(m_team.providers.begin(), m_team.providers.end(),
                                       [&](const Provider &p) { return p.id == providerId; }),
                        m_team.providers.end());
        }
        m_modified = true;
        rebuildTree(Kind::Group, QString());
        return;
    }
    if (m_kind == Kind::Calendar) {
        const QString id = m_currentId;
        const QStringList users = calendarUsers(id);
        if (!users.isEmpty()) {
            m_banner->setType(PlansBanner::Error);
            m_banner->setText(tr("“%1” is still the calendar of %2; choose another calendar for "
                                 "them first.")
                                      .arg(id, QLocale().createSeparatedList(users)));
            return;
        }
        m_team.calendars.erase(std::remove_if(m_team.calendars.begin(), m_team.calendars.end(),
                                              [&](const CalendarSpec &c) { return c.id == id; }),
                               m_team.calendars.end());
        m_drafts.remove(id);
        m_modified = true;
        rebuildTree(Kind::Group, QString());
    }
}

int CatalogEditorDialog::importIcsFile(const QString &path, QString *error)
{
    CalendarSpec *spec =
            m_kind == Kind::Calendar && m_currentEditable ? teamCalendar(m_currentId) : nullptr;
    if (!spec) {
        if (error)
            *error = tr("Choose one of your team's calendars first.");
        return -1;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QDir::toNativeSeparators(path) + QStringLiteral(": ") + file.errorString();
        return -1;
    }
    const int year = QDate::currentDate().year();
    QString message;
    const std::optional<IcsImport> imported = IcsImport::parse(
            file.readAll(), QFileInfo(path).fileName(), year - 1, year + 4, &message);
    if (!imported) {
        if (error)
            *error = message;
        return -1;
    }
    CalendarDraft &draft = m_drafts[spec->id];
    while (draft.exceptionHours.size() < spec->exceptions.size())
        draft.exceptionHours.append(QString());
    QSet<QDate> existing;
    for (const DayException &e : std::as_const(spec->exceptions))
        existing.insert(e.date);
    int added = 0;
    for (const DayException &day : imported->days) {
        if (existing.contains(day.date))
            continue;
        spec->exceptions.append(day);
        draft.exceptionHours.append(QString());
        ++added;
    }
    // Sorted by date, the hours as typed following their days.
    QVector<int> order(spec->exceptions.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return spec->exceptions.at(a).date < spec->exceptions.at(b).date;
    });
    QVector<DayException> days;
    QStringList hours;
    for (int i : order) {
        days << spec->exceptions.at(i);
        hours << draft.exceptionHours.value(i);
    }
    spec->exceptions = days;
    draft.exceptionHours = hours;
    fillExceptions();
    QStringList summary{
            tr("%n day(s) off imported from %1.", "", added).arg(QFileInfo(path).fileName())};
    const int skipped = int(imported->days.size()) - added;
    if (skipped > 0)
        summary << tr("%n date(s) were listed already and kept as they were.", "", skipped);
    if (imported->skippedTimedEvents > 0)
        summary << tr("%n event(s) with a time of day are not days off and were skipped.", "",
                      imported->skippedTimedEvents);
    m_importResult->setText(summary.join(QLatin1Char(' ')));
    m_importResult->show();
    if (added > 0)
        modified();
    return added;
}

void CatalogEditorDialog::importIcs()
{
    QFileDialog dialog(this, tr("Import Days Off"), QDir::homePath(),
                       tr("iCalendar files (*.ics)"));
    dialog.setObjectName(QStringLiteral("icsFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    if (runDialog(dialog) != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    QString error;
    if (importIcsFile(dialog.selectedFiles().constFirst(), &error) < 0) {
        m_importResult->setText(error);
        m_importResult->show();
    }
}

// ---- Validation and saving -----------------------------------------------------------------

QVector<CatalogEditorDialog::Problem> CatalogEditorDialog::validate() const
{
    QVector<Problem> problems;
    const QLocale locale;
    for (const Provider &provider : m_team.providers) {
        if (provider.names.all().value(QStringLiteral("en")).isEmpty())
            problems.append({QStringLiteral("provider/%1/names").arg(provider.id),
                             tr("Provider “%1”: the English name is missing.").arg(provider.id)});
    }
    for (const Plan &plan : m_team.plans) {
        const QString key = QStringLiteral("plan/") + plan.id;
        const QString name =
                plan.names.text(m_language).isEmpty() ? plan.id : plan.names.text(m_language);
        if (plan.names.all().value(QStringLiteral("en")).isEmpty())
            problems.append({key + QStringLiteral("/names"),
                             tr("Plan “%1”: the English name is missing.").arg(name)});
        if (!calendarExists(plan.calendarId))
            problems.append({key + QStringLiteral("/calendar"),
                             tr("Plan “%1”: choose a work calendar.").arg(name)});
        if (plan.severities.isEmpty())
            problems.append({key + QStringLiteral("/severities"),
                             tr("Plan “%1” needs at least one severity.").arg(name)});
        QSet<QString> seen;
        for (int i = 0; i < plan.severities.size(); ++i) {
            const QString code = plan.severities.at(i);
            if (!CatalogEditing::isValidId(code))
                problems.append({key + QStringLiteral("/severity/%1").arg(i),
                                 tr("Plan “%1”: “%2” is not a severity code (lowercase letters, "
                                    "digits, “-”).")
                                         .arg(name, code)});
            else if (seen.contains(code))
                problems.append({key + QStringLiteral("/severity/%1").arg(i),
                                 tr("Plan “%1”: severity “%2” is listed twice.").arg(name, code)});
            seen.insert(code);
        }
        for (int l = 1; l <= LevelCount; ++l) {
            if (!plan.severities.contains(plan.levels[l - 1]))
                problems.append({key + QStringLiteral("/level/%1").arg(l),
                                 tr("Plan “%1”: P%2 is not mapped to one of its severities.")
                                         .arg(name)
                                         .arg(l)});
        }
    }
    for (const CalendarSpec &spec : m_team.calendars) {
        const QString key = QStringLiteral("calendar/") + spec.id;
        const QString name =
                spec.names.text(m_language).isEmpty() ? spec.id : spec.names.text(m_language);
        const CalendarDraft draft = m_drafts.value(spec.id, draftFor(spec));
        const int before = int(problems.size());
        if (spec.names.all().value(QStringLiteral("en")).isEmpty())
            problems.append({key + QStringLiteral("/names"),
                             tr("Calendar “%1”: the English name is missing.").arg(name)});
        if (spec.timeZone.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(spec.timeZone))
            problems.append({key + QStringLiteral("/zone"),
                             tr("Calendar “%1”: unknown time zone “%2”.")
                                     .arg(name, QString::fromUtf8(spec.timeZone))});
        if (!spec.always) {
            bool anyHours = false;
            for (int d = 0; d < 7; ++d) {
                QVector<TimeRange> ranges;
                QString error;
                if (!CatalogEditing::parseDayHours(draft.weekly[std::size_t(d)], &ranges, &error))
                    problems.append({key + QStringLiteral("/weekly/%1").arg(d),
                                     tr("Calendar “%1”, %2: %3", "calendar, weekday, problem")
                                             .arg(name, locale.dayName(d + 1), error)});
                anyHours = anyHours || !ranges.isEmpty();
            }
            if (!anyHours && problems.size() == before)
                problems.append({key + QStringLiteral("/weekly/0"),
                                 tr("Calendar “%1” has no working hours on any day; tick “Round "
                                    "the clock” for 24×7.")
                                         .arg(name)});
        }
        QSet<QDate> dates;
        for (int i = 0; i < spec.exceptions.size(); ++i) {
            const DayException &e = spec.exceptions.at(i);
            if (dates.contains(e.date))
                problems.append(
                        {key + QStringLiteral("/exception/%1/date").arg(i),
                         tr("Calendar “%1”: %2 is listed twice.")
                                 .arg(name, locale.toString(e.date, QLocale::ShortFormat))});
            dates.insert(e.date);
            const QString hours = draft.exceptionHours.value(i);
            QVector<TimeRange> ranges;
            QString error;
            if (e.type == DayException::Type::WorkingDay && !hours.trimmed().isEmpty() &&
                !CatalogEditing::parseDayHours(hours, &ranges, &error))
                problems.append(
                        {key + QStringLiteral("/exception/%1/hours").arg(i),
                         tr("Calendar “%1”, %2: %3", "calendar, date, problem")
                                 .arg(name, locale.toString(e.date, QLocale::ShortFormat), error)});
        }
        if (problems.size() == before) {
            // Whatever else the engine itself refuses (it speaks English: these are rare).
            const QString problem = spec.validate();
            if (!problem.isEmpty())
                problems.append({key, tr("Calendar “%1”: %2").arg(name, problem)});
        }
    }
    return problems;
}

QStringList CatalogEditorDialog::problems() const
{
    QStringList messages;
    if (!m_loadError.isEmpty())
        messages << m_loadError;
    for (const Problem &p : validate())
        messages << p.message;
    return messages;
}

void CatalogEditorDialog::revalidate()
{
    const QVector<Problem> found = validate();
    QHash<QString, QString> byKey;
    for (const Problem &p : found) {
        if (!byKey.contains(p.key))
            byKey.insert(p.key, p.message);
    }
    if (m_kind == Kind::Plan && m_currentEditable) {
        const QString key = QStringLiteral("plan/") + m_currentId;
        markInvalid(m_planNames[0], byKey.value(key + QStringLiteral("/names")));
        markInvalid(m_planCalendar, byKey.value(key + QStringLiteral("/calendar")));
        for (int r = 0; r < m_severities->rowCount(); ++r)
            markInvalid(m_severities->cellWidget(r, CodeColumn),
                        byKey.value(key + QStringLiteral("/severity/%1").arg(r)));
        for (int l = 1; l <= LevelCount; ++l)
            markInvalid(m_levels[std::size_t(l - 1)],
                        byKey.value(key + QStringLiteral("/level/%1").arg(l)));
    } else if (m_kind == Kind::Calendar && m_currentEditable) {
        const QString key = QStringLiteral("calendar/") + m_currentId;
        markInvalid(m_calendarNames[0], byKey.value(key + QStringLiteral("/names")));
        markInvalid(m_zone, byKey.value(key + QStringLiteral("/zone")));
        for (int d = 0; d < 7; ++d)
            markInvalid(m_weekly[std::size_t(d)],
                        byKey.value(key + QStringLiteral("/weekly/%1").arg(d)));
        for (int r = 0; r < m_exceptions->rowCount(); ++r) {
            markInvalid(m_exceptions->cellWidget(r, DateColumn),
                        byKey.value(key + QStringLiteral("/exception/%1/date").arg(r)));
            markInvalid(m_exceptions->cellWidget(r, HoursColumn),
                        byKey.value(key + QStringLiteral("/exception/%1/hours").arg(r)));
        }
    } else if (m_kind == Kind::Provider && m_currentEditable) {
        markInvalid(m_providerNames[0],
                    byKey.value(QStringLiteral("provider/%1/names").arg(m_currentId)));
    } else {
        for (QWidget *w : findChildren<QWidget *>()) {
            if (CatalogEditing::isMarkedInvalid(w))
                markInvalid(w, QString());
        }
    }

    QStringList messages;
    if (!m_loadError.isEmpty())
        messages << m_loadError;
    for (int i = 0; i < found.size() && i < 4; ++i)
        messages << found.at(i).message;
    if (found.size() > 4)
        messages << tr("… and %n more problem(s).", "", int(found.size()) - 4);
    m_banner->setType(PlansBanner::Error);
    m_banner->setText(messages.join(QLatin1Char('\n')));
    // Saving an unchanged catalog to the other destination publishes (or keeps a copy of) it.
    const bool moves = (destination() == Destination::SharedDatabase) != m_fromDatabase;
    saveButton()->setEnabled(m_loadError.isEmpty() && found.isEmpty() && (m_modified || moves) &&
                             (destination() == Destination::ThisComputer || canSaveToDatabase()));
}

QString CatalogEditorDialog::sharedName() const
{
    return QFileInfo(m_teamPath).fileName();
}

CatalogEditorDialog::Destination CatalogEditorDialog::destination() const
{
    return m_destination && m_destination->currentIndex() == 1 ? Destination::SharedDatabase
                                                               : Destination::ThisComputer;
}

bool CatalogEditorDialog::setDestination(Destination destination)
{
    if (destination == Destination::SharedDatabase && !canSaveToDatabase())
        return false;
    m_destination->setCurrentIndex(destination == Destination::SharedDatabase ? 1 : 0);
    return true;
}

bool CatalogEditorDialog::canSaveToDatabase(QString *why) const
{
    QString reason;
    if (!m_shared.store) {
        reason = m_shared.error.isEmpty()
                         ? tr("Dueline is not connected to a shared database.")
                         : tr("The shared database cannot be used: %1").arg(m_shared.error);
    } else if (m_shared.me.role != Agent::Role::Lead) {
        reason = tr("Only a team lead can save the catalog to the shared database; you are "
                    "signed in as %1, an agent.")
                         .arg(m_shared.me.displayName.isEmpty() ? m_shared.me.login
                                                                : m_shared.me.displayName);
    }
    if (why)
        *why = reason;
    return reason.isEmpty();
}

void CatalogEditorDialog::updateDestination()
{
    QString why;
    const bool shared = canSaveToDatabase(&why);
    if (auto *model = qobject_cast<QStandardItemModel *>(m_destination->model())) {
        if (QStandardItem *item = model->item(1))
            item->setEnabled(shared);
    }
    m_destination->setItemData(1, shared ? QVariant() : QVariant(why), Qt::ToolTipRole);
    m_destination->setItemData(0, QDir::toNativeSeparators(m_teamPath), Qt::ToolTipRole);
    const QString path = QDir::toNativeSeparators(m_teamPath);
    QString note;
    QString tip;
    if (destination() == Destination::SharedDatabase) {
        note = tr("Save stores your team's catalog as %1 in the shared database %2: every "
                  "Dueline connected to it loads it at its next start.")
                       .arg(sharedName(), m_shared.database);
        tip = tr("Store your team's catalog in the shared database");
    } else {
        note = tr("Save writes your team's catalog to %1 on this computer.").arg(path);
        if (m_fromDatabase)
            note += QLatin1Char(' ') +
                    tr("The shared database holds %1 too, and its copy is the one in use.")
                            .arg(sharedName());
        tip = tr("Write your team's catalog to %1").arg(path);
    }
    if (!shared)
        note += QLatin1Char(' ') + why;
    // Paths and URLs have no spaces: let the label wrap them after each "/".
    note.replace(QLatin1Char('/'), QStringLiteral("/\u200B"));
    m_storageNote->setText(note);
    saveButton()->setToolTip(tip);
}

bool CatalogEditorDialog::loadsWithOthers(const QByteArray &json, QString *error) const
{
    QVector<std::pair<QString, QByteArray>> files;
    for (const QString &path : m_otherFiles) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
            return false;
        }
        files.append({path, file.readAll()});
    }
    for (const TeamCatalogFile &file : m_sharedFiles) {
        if (file.name != sharedName())
            files.append({TeamCatalogStore::displayName(file.name), file.content});
    }
    files.append({destination() == Destination::SharedDatabase
                          ? TeamCatalogStore::displayName(sharedName())
                          : m_teamPath,
                  json});
    return Catalog::loadData(files, true, error) != nullptr;
}

void CatalogEditorDialog::commitDrafts()
{
    for (CalendarSpec &spec : m_team.calendars) {
        const auto it = m_drafts.constFind(spec.id);
        if (it == m_drafts.constEnd())
            continue;
        for (int d = 0; d < 7; ++d) {
            QVector<TimeRange> ranges;
            QString error;
            if (CatalogEditing::parseDayHours(it->weekly[std::size_t(d)], &ranges, &error))
                spec.weekly[std::size_t(d)] = ranges;
        }
        for (int i = 0; i < spec.exceptions.size(); ++i) {
            DayException &e = spec.exceptions[i];
            const QString hours = it->exceptionHours.value(i).trimmed();
            QVector<TimeRange> ranges;
            QString error;
            if (e.type != DayException::Type::WorkingDay || hours.isEmpty())
                e.hours.reset();
            else if (CatalogEditing::parseDayHours(hours, &ranges, &error) && !ranges.isEmpty())
                e.hours = ranges;
        }
        if (spec.always)
            spec.weekly = {};
    }
}

QPushButton *CatalogEditorDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

bool CatalogEditorDialog::save()
{
    if (!m_loadError.isEmpty() || !validate().isEmpty()) {
        revalidate();
        return false;
    }
    commitDrafts();
    // The team file's providers list their plans.
    for (Provider &provider : m_team.providers) {
        provider.planIds.clear();
        for (const Plan &plan : std::as_const(m_team.plans)) {
            if (plan.providerId == provider.id)
                provider.planIds << plan.id;
        }
    }
    QString error;
    const QByteArray json = CatalogWriter::toJson(m_team);
    if (!loadsWithOthers(json, &error)) {
        m_banner->setType(PlansBanner::Error);
        m_banner->setText(tr("Not saved: %1").arg(error));
        return false;
    }
    if (destination() == Destination::SharedDatabase) {
        if (!canSaveToDatabase(&error)) {
            m_banner->setType(PlansBanner::Error);
            m_banner->setText(tr("Not saved: %1").arg(error));
            return false;
        }
        StoreError storeError;
        const qint64 version = m_shared.store->save(m_shared.me.id, sharedName(), json,
                                                    m_sharedVersion, &storeError);
        if (version == 0) {
            m_banner->setType(PlansBanner::Error);
            m_banner->setText(tr("Not saved: %1").arg(storeError.message));
            return false;
        }
        m_sharedVersion = version;
        m_savedTo = Destination::SharedDatabase;
    } else {
        QDir().mkpath(QFileInfo(m_teamPath).absolutePath());
        if (!CatalogWriter::save(m_team, m_teamPath, m_otherFiles, &error)) {
            m_banner->setType(PlansBanner::Error);
            m_banner->setText(tr("Not saved: %1").arg(error));
            return false;
        }
        m_savedTo = Destination::ThisComputer;
    }
    m_saved = true;
    m_modified = false;
    accept();
    return true;
}

void CatalogEditorDialog::reject()
{
    if (m_modified && !m_saved) {
        QMessageBox box(QMessageBox::Question, tr("Catalog Editor"),
                        tr("Close without saving your changes?"),
                        QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("discardChangesBox"));
        box.setDefaultButton(QMessageBox::Cancel);
        if (runDialog(box) != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

void CatalogEditorDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_language = CommonUi::uiLanguage();
        retranslateUi();
        rebuildTree();
    }
}
