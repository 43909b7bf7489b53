// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/plans/catalogeditordialog.h"

#include "views/common/commonui.h"
#include "views/common/icons.h"
#include "views/plans/catalogcalendarpage.h"
#include "views/plans/catalogeditorwidgets.h"
#include "views/plans/catalogplanpage.h"
#include "views/plans/catalogproviderpage.h"
#include "views/plans/plansbanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dueline {

namespace {

constexpr int KindRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;
constexpr int EditableRole = Qt::UserRole + 3;

} // namespace

CatalogEditorDialog::CatalogEditorDialog(CatalogPtr catalog, const QString &teamPath,
                                         const QStringList &otherTeamFiles, DialogRunner runner,
                                         QWidget *parent)
    : CatalogEditorDialog(std::move(catalog), teamPath, otherTeamFiles, SharedCatalogDatabase(),
                          std::move(runner), parent)
{ }

CatalogEditorDialog::CatalogEditorDialog(CatalogPtr catalog, const QString &teamPath,
                                         const QStringList &otherTeamFiles,
                                         const SharedCatalogDatabase &shared, DialogRunner runner,
                                         QWidget *parent)
    : QDialog(parent)
    , m_session(
              new CatalogEditingSession(std::move(catalog), teamPath, otherTeamFiles, shared, this))
    , m_dialogRunner(std::move(runner))
{
    setObjectName(QStringLiteral("catalogEditorDialog"));
    setWindowIcon(Icons::get(QStringLiteral("document-edit")));
    m_session->setLanguage(CommonUi::uiLanguage());
    buildUi();
    retranslateUi();
    connect(m_session, &CatalogEditingSession::opened, this, &CatalogEditorDialog::opened);
    connect(m_session, &CatalogEditingSession::busyChanged, this,
            &CatalogEditorDialog::busyChanged);
    connect(m_session, &CatalogEditingSession::saveFinished, this,
            &CatalogEditorDialog::saveFinished);
    // Reads the team file: at once from this computer, or from the shared database (busy until
    // opened() comes).
    m_session->open();
    if (!m_session->isOpen())
        rebuildTree();
    resize(1180, 720); // room for the severity table of a plan without scrolling sideways
}

CatalogEditorDialog::~CatalogEditorDialog() = default;

int CatalogEditorDialog::runDialog(QDialog &dialog)
{
    return dueline::runDialog(m_dialogRunner, dialog);
}

void CatalogEditorDialog::opened()
{
    {
        const QSignalBlocker blocker(m_destination);
        m_destination->setCurrentIndex(destination() == Destination::SharedDatabase ? 1 : 0);
    }
    updateDestination();
    rebuildTree();
}

void CatalogEditorDialog::busyChanged(bool busy)
{
    // Nothing to edit while the team file is read, and nothing to change while it is saved.
    m_splitter->setEnabled(!busy);
    m_destination->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!busy || !m_session->isOpen());
    if (busy) {
        m_focusBeforeBusy = focusWidget();
        setCursor(Qt::BusyCursor);
        m_banner->setType(PlansBanner::Information);
        m_banner->setText(m_session->isOpen()
                                  ? tr("Saving your team's catalog to the shared database…")
                                  : tr("Reading your team's catalog from the shared database…"));
        saveButton()->setEnabled(false);
    } else {
        unsetCursor();
        revalidate();
        // Disabled widgets lost the focus: back to where it was, or to the tree.
        QWidget *focus = m_focusBeforeBusy ? m_focusBeforeBusy.data() : m_tree;
        if (focus->isEnabled())
            focus->setFocus();
    }
}

// ---- UI ------------------------------------------------------------------------------------

void CatalogEditorDialog::buildUi()
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("catalogTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setMinimumWidth(240);
    m_duplicateButton = CatalogEditing::iconButton(QStringLiteral("edit-copy"),
                                                   QStringLiteral("duplicateButton"), this);
    m_newCalendarButton = CatalogEditing::iconButton(QStringLiteral("list-add"),
                                                     QStringLiteral("newCalendarButton"), this);
    m_removeButton = CatalogEditing::iconButton(QStringLiteral("list-remove"),
                                                QStringLiteral("removeButton"), this);
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
    m_providerPage = new CatalogProviderPage(m_session, m_pages);
    m_planPage = new CatalogPlanPage(m_session, m_pages);
    m_calendarPage = new CatalogCalendarPage(m_session, m_pages);
    m_pages->addWidget(m_providerPage);
    m_pages->addWidget(m_planPage);
    m_pages->addWidget(m_calendarPage);
    connect(m_providerPage, &CatalogProviderPage::edited, this, &CatalogEditorDialog::revalidate);
    connect(m_providerPage, &CatalogProviderPage::renamed, this,
            &CatalogEditorDialog::renameCurrent);
    connect(m_planPage, &CatalogPlanPage::edited, this, &CatalogEditorDialog::revalidate);
    connect(m_planPage, &CatalogPlanPage::renamed, this, &CatalogEditorDialog::renameCurrent);
    connect(m_calendarPage, &CatalogCalendarPage::edited, this, &CatalogEditorDialog::revalidate);
    connect(m_calendarPage, &CatalogCalendarPage::renamed, this,
            &CatalogEditorDialog::renameCurrent);
    connect(m_calendarPage, &CatalogCalendarPage::importRequested, this,
            &CatalogEditorDialog::importIcs);
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

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({300, 880});

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
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_banner);
    layout->addWidget(m_storageNote);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_destinationLabel);
    bottom->addWidget(m_destination);
    bottom->addStretch(1);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);
    connect(m_destination, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_session->setDestination(index == 1 ? Destination::SharedDatabase
                                             : Destination::ThisComputer);
        updateDestination();
        revalidate();
    });

    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            &CatalogEditorDialog::onCurrentItemChanged);
    connect(m_duplicateButton, &QPushButton::clicked, this,
            &CatalogEditorDialog::duplicateSelected);
    connect(m_newCalendarButton, &QPushButton::clicked, this, &CatalogEditorDialog::newCalendar);
    connect(m_removeButton, &QPushButton::clicked, this, &CatalogEditorDialog::removeSelected);
    connect(saveButton(), &QPushButton::clicked, this, &CatalogEditorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CatalogEditorDialog::reject);
}

void CatalogEditorDialog::retranslateUi()
{
    setWindowTitle(tr("Catalog Editor"));
    m_duplicateButton->setText(tr("&Duplicate…", "copy a plan or calendar to edit it"));
    m_duplicateButton->setToolTip(tr("Make an editable copy of the selected plan or calendar"));
    m_newCalendarButton->setText(tr("&New Calendar…"));
    m_removeButton->setText(tr("&Remove", "remove a team plan or calendar"));
    saveButton()->setText(tr("&Save", "write the team catalog file"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close", "the catalog editor"));
    m_destinationLabel->setText(tr("Save &to:", "where the catalog editor saves"));
    m_destination->setItemText(0, tr("This computer", "save destination: a local file"));
    m_destination->setItemText(1, tr("Shared database (whole team)", "save destination"));
    updateDestination();
    m_providerPage->retranslateUi();
    m_planPage->retranslateUi();
    m_calendarPage->retranslateUi();
}

QPushButton *CatalogEditorDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

QLineEdit *CatalogEditorDialog::weekdayEdit(int day) const
{
    return m_calendarPage->weekdayEdit(day);
}

QComboBox *CatalogEditorDialog::zoneCombo() const
{
    return m_calendarPage->zoneCombo();
}

QTableWidget *CatalogEditorDialog::exceptionsTable() const
{
    return m_calendarPage->daysTable();
}

QLineEdit *CatalogEditorDialog::planNameEdit(int language) const
{
    return m_planPage->nameEdit(language);
}

QTableWidget *CatalogEditorDialog::severitiesTable() const
{
    return m_planPage->severitiesTable();
}

QComboBox *CatalogEditorDialog::levelCombo(int level) const
{
    return m_planPage->levelCombo(level);
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
    const QString builtInText = tr("Built in: read-only");
    const QString otherText = tr("From another team file: read-only");
    const QString teamText = tr("Your team's: editable");
    const auto addItem = [&](QTreeWidgetItem *parent, const CatalogEntry &entry) {
        const bool canEdit = entry.origin == CatalogEntry::Origin::Team;
        const Kind itemKind = entry.kind == CatalogEntry::Kind::Provider ? Kind::Provider
                              : entry.kind == CatalogEntry::Kind::Plan   ? Kind::Plan
                                                                         : Kind::Calendar;
        auto *item = new QTreeWidgetItem(parent, {entry.name});
        item->setData(0, KindRole, int(itemKind));
        item->setData(0, IdRole, entry.id);
        item->setData(0, EditableRole, canEdit);
        item->setIcon(0, canEdit ? editable : lock);
        item->setToolTip(0, entry.id + QLatin1Char('\n') +
                                    (canEdit                                         ? teamText
                                     : entry.origin == CatalogEntry::Origin::BuiltIn ? builtInText
                                                                                     : otherText));
        return item;
    };

    auto *providers = new QTreeWidgetItem(m_tree, {tr("Providers and plans")});
    providers->setData(0, KindRole, int(Kind::Group));
    providers->setFlags(Qt::ItemIsEnabled);
    auto *calendars = new QTreeWidgetItem(m_tree, {tr("Work calendars")});
    calendars->setData(0, KindRole, int(Kind::Group));
    calendars->setFlags(Qt::ItemIsEnabled);
    if (m_session->isOpen()) {
        for (const CatalogEntry &provider : m_session->providerEntries()) {
            QTreeWidgetItem *item = addItem(providers, provider);
            for (const CatalogEntry &plan : provider.plans)
                addItem(item, plan);
        }
        for (const CatalogEntry &calendar : m_session->calendarEntries())
            addItem(calendars, calendar);
    }

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
    m_currentEditable =
            item && item->data(0, EditableRole).toBool() && m_session->loadError().isEmpty();
    m_calendarPage->setImportResult(QString());
    const QString language = m_session->language();
    switch (m_kind) {
    case Kind::Plan:
        m_pages->setCurrentWidget(m_planPage);
        m_planPage->showPlan(m_currentId, m_currentEditable);
        if (const Plan *plan = m_session->plan(m_currentId))
            m_pageTitle->setText(tr("Plan “%1” (%2)", "plan name, plan id")
                                         .arg(plan->names.text(language), plan->id));
        setReadOnlyNote(!m_currentEditable, tr("This plan"));
        if (!m_currentEditable && m_session->canEditLeadTimes())
            m_readOnlyNote->setText(
                    tr("Read-only but for Warn before breach, which your team's file keeps. "
                       "“Duplicate…” makes a copy you can edit."));
        break;
    case Kind::Calendar:
        m_pages->setCurrentWidget(m_calendarPage);
        m_calendarPage->showCalendar(m_currentId, m_currentEditable);
        if (const CalendarSpec *spec = m_session->calendar(m_currentId))
            m_pageTitle->setText(tr("Work calendar “%1” (%2)", "calendar name, calendar id")
                                         .arg(spec->names.text(language), spec->id));
        setReadOnlyNote(!m_currentEditable, tr("This calendar"));
        break;
    case Kind::Provider:
        m_pages->setCurrentWidget(m_providerPage);
        m_providerPage->showProvider(m_currentId, m_currentEditable);
        if (const Provider *provider = m_session->provider(m_currentId))
            m_pageTitle->setText(tr("Provider “%1”").arg(provider->names.text(language)));
        setReadOnlyNote(!m_currentEditable, tr("This provider"));
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
    m_newCalendarButton->setEnabled(m_session->isOpen() && m_session->loadError().isEmpty());
    revalidate();
}

void CatalogEditorDialog::renameCurrent(const QString &name)
{
    if (QTreeWidgetItem *item = m_tree->currentItem())
        item->setText(0, name);
}

void CatalogEditorDialog::setReadOnlyNote(bool readOnly, const QString &what)
{
    if (!readOnly) {
        m_readOnlyNote->setText(QString());
        return;
    }
    if (!m_session->loadError().isEmpty()) {
        m_readOnlyNote->setText(tr("The team file cannot be edited here (see below)."));
        return;
    }
    m_readOnlyNote->setText(
            tr("%1 is read-only. Use “Duplicate…” to make a copy of your own and edit that.",
               "%1: a built-in plan, calendar or provider")
                    .arg(what));
}

// ---- Duplicate, new, remove, import --------------------------------------------------------

QString CatalogEditorDialog::duplicatePlan(const QString &planId, const QString &providerId,
                                           const QString &slug, const QString &providerName,
                                           const QString &planName, QString *error)
{
    QString created =
            m_session->duplicatePlan(planId, providerId, slug, providerName, planName, error);
    if (!created.isEmpty())
        rebuildTree(Kind::Plan, created);
    return created;
}

QString CatalogEditorDialog::duplicateCalendar(const QString &calendarId, const QString &newId,
                                               const QString &name, QString *error)
{
    QString created = m_session->duplicateCalendar(calendarId, newId, name, error);
    if (!created.isEmpty())
        rebuildTree(Kind::Calendar, created);
    return created;
}

void CatalogEditorDialog::duplicateSelected()
{
    const QString language = m_session->language();
    if (m_kind == Kind::Plan) {
        const Plan *source = m_session->plan(m_currentId);
        if (!source)
            return;
        CatalogIdDialog dialog(this);
        dialog.setObjectName(QStringLiteral("duplicatePlanDialog"));
        dialog.setWindowTitle(tr("Duplicate Plan"));
        dialog.setIntro(tr("A copy of “%1” that your team can edit. It belongs to a provider of "
                           "your own: one you have, or a new one.")
                                .arg(source->names.text(language)));
        const QStringList teamProviders = m_session->teamProviderIds();
        const QString suggestedProvider =
                teamProviders.isEmpty()
                        ? QStringLiteral("our-") + source->providerId.section(QLatin1Char('-'), -1)
                        : teamProviders.first();
        const Provider *sourceProvider = m_session->provider(source->providerId);
        dialog.setSecondary(
                tr("&Provider ID:"), teamProviders, suggestedProvider, tr("Provider &name:"),
                tr("%1 (our terms)", "name of a team provider copied from a built-in one")
                        .arg(sourceProvider ? sourceProvider->names.text(language)
                                            : source->providerId),
                [this](const QString &id) { return !m_session->isTeamProvider(id); });
        dialog.setPrimary(
                tr("Plan &ID:"), source->id.section(QLatin1Char('/'), 1), tr("Plan na&me:"),
                tr("%1 (copy)", "name of a copied plan").arg(source->names.text(language)));
        dialog.setValidator([this](const QString &provider, const QString &slug) {
            return m_session->duplicatePlanProblem(provider, slug);
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
        const CalendarSpec *source = m_session->calendar(m_currentId);
        if (!source)
            return;
        CatalogIdDialog dialog(this);
        dialog.setObjectName(QStringLiteral("duplicateCalendarDialog"));
        dialog.setWindowTitle(tr("Duplicate Calendar"));
        dialog.setPrimary(
                tr("Calendar &ID:"),
                m_session->unusedCalendarId(source->id + QStringLiteral("-team")),
                tr("Calendar &name:"),
                tr("%1 (copy)", "name of a copied calendar").arg(source->names.text(language)));
        dialog.setValidator([this](const QString &, const QString &newId) {
            return m_session->calendarIdProblem(newId);
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
    dialog.setPrimary(tr("Calendar &ID:"),
                      m_session->unusedCalendarId(QStringLiteral("team-hours")),
                      tr("Calendar &name:"), tr("Team hours"));
    dialog.setValidator([this](const QString &, const QString &newId) {
        return m_session->calendarIdProblem(newId);
    });
    if (runDialog(dialog) != QDialog::Accepted)
        return;
    const QString id = m_session->newCalendar(dialog.primaryId(), dialog.primaryName());
    if (!id.isEmpty())
        rebuildTree(Kind::Calendar, id);
}

void CatalogEditorDialog::removeSelected()
{
    if (!m_currentEditable)
        return;
    if (m_kind == Kind::Plan) {
        if (m_session->removePlan(m_currentId))
            rebuildTree(Kind::Group, QString());
        return;
    }
    if (m_kind == Kind::Calendar) {
        QString error;
        if (m_session->removeCalendar(m_currentId, &error)) {
            rebuildTree(Kind::Group, QString());
        } else if (!error.isEmpty()) {
            m_banner->setType(PlansBanner::Error);
            m_banner->setText(error);
        }
    }
}

int CatalogEditorDialog::importIcsFile(const QString &path, QString *error)
{
    const QString calendarId =
            m_kind == Kind::Calendar && m_currentEditable ? m_currentId : QString();
    QString message;
    const int added = m_session->importIcs(calendarId, path, QDate::currentDate(), &message);
    if (added < 0) {
        if (error)
            *error = message;
        return -1;
    }
    m_calendarPage->showDays();
    m_calendarPage->setImportResult(message);
    if (added > 0)
        revalidate();
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
    if (importIcsFile(dialog.selectedFiles().constFirst(), &error) < 0)
        m_calendarPage->setImportResult(error);
}

// ---- Problems, destination, saving ---------------------------------------------------------

void CatalogEditorDialog::revalidate()
{
    if (m_session->isBusy())
        return;
    const QVector<CatalogProblem> found = m_session->validate();
    QHash<QString, QString> byField;
    for (const CatalogProblem &p : found) {
        if (!byField.contains(p.field))
            byField.insert(p.field, p.message);
    }
    if (m_kind == Kind::Plan) { // the lead times of any plan are editable
        m_planPage->markProblems(byField);
    } else if (m_kind == Kind::Calendar && m_currentEditable) {
        m_calendarPage->markProblems(byField);
    } else if (m_kind == Kind::Provider && m_currentEditable) {
        m_providerPage->markProblems(byField);
    } else {
        for (QWidget *w : findChildren<QWidget *>()) {
            if (CatalogEditing::isMarkedInvalid(w))
                CatalogEditing::markInvalid(w, QString());
        }
    }

    QStringList messages;
    if (!m_session->loadError().isEmpty())
        messages << m_session->loadError();
    for (int i = 0; i < found.size() && i < 4; ++i)
        messages << found.at(i).message;
    if (found.size() > 4)
        messages << tr("… and %n more problem(s).", "", int(found.size()) - 4);
    m_banner->setType(PlansBanner::Error);
    m_banner->setText(messages.join(QLatin1Char('\n')));
    saveButton()->setEnabled(m_session->canSave());
}

bool CatalogEditorDialog::setDestination(Destination destination)
{
    if (!m_session->setDestination(destination))
        return false;
    // The combo's handler updates the note and Save.
    m_destination->setCurrentIndex(destination == Destination::SharedDatabase ? 1 : 0);
    return true;
}

void CatalogEditorDialog::updateDestination()
{
    QString why;
    const bool shared = m_session->canSaveToDatabase(&why);
    if (auto *model = qobject_cast<QStandardItemModel *>(m_destination->model())) {
        if (QStandardItem *item = model->item(1))
            item->setEnabled(shared);
    }
    m_destination->setItemData(1, shared ? QVariant() : QVariant(why), Qt::ToolTipRole);
    m_destination->setItemData(0, QDir::toNativeSeparators(teamPath()), Qt::ToolTipRole);
    // Where Save goes is known once the session has opened the team catalog.
    QString note = m_session->isOpen() ? m_session->storageNote() : QString();
    // Paths and URLs have no spaces: let the label wrap them after each "/".
    note.replace(QLatin1Char('/'), QStringLiteral("/\u200B"));
    m_storageNote->setText(note);
    saveButton()->setToolTip(m_session->saveToolTip());
}

bool CatalogEditorDialog::save()
{
    if (m_session->isBusy())
        return false;
    if (!m_session->problems().isEmpty()) {
        revalidate();
        return false;
    }
    return m_session->save();
}

void CatalogEditorDialog::saveFinished(bool saved, const QString &error)
{
    if (saved) {
        accept();
        return;
    }
    m_banner->setType(PlansBanner::Error);
    m_banner->setText(tr("Not saved: %1").arg(error));
}

void CatalogEditorDialog::reject()
{
    // A save to the shared database runs to its end.
    if (m_session->isBusy() && m_session->isOpen())
        return;
    if (isModified() && !saved()) {
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
        CommonUi::followDefaultLocale(this);
        m_session->setLanguage(CommonUi::uiLanguage());
        retranslateUi();
        rebuildTree();
    }
}

} // namespace dueline
