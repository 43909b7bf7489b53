// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/plans/catalogplanpage.h"

#include "models/item/planmatrixmodel.h"
#include "models/presenters/catalogeditingsession.h"
#include "views/plans/catalogeditorwidgets.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dueline {

using CatalogEditing::markInvalid;

namespace {

// Makes a table as tall as its header and rows (at least `minRows` rows), so that the page shows
// every section without empty space inside the tables.
void fitRows(QTableWidget *table, int minRows)
{
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->rowHeight(row);
    const int rows = table->rowCount();
    if (rows < minRows)
        height += (minRows - rows) * table->verticalHeader()->defaultSectionSize();
    table->setFixedHeight(height);
}

} // namespace

CatalogPlanPage::CatalogPlanPage(CatalogEditingSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("planPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_names = CatalogEditing::addNameRows(m_form, QStringLiteral("planName_"), this);
    for (QLineEdit *edit : m_names)
        connect(edit, &QLineEdit::textEdited, this, &CatalogPlanPage::namesEdited);
    m_calendar = new QComboBox(this);
    m_calendar->setObjectName(QStringLiteral("planCalendarCombo"));
    m_form->addRow(CatalogEditing::buddyLabel(m_calendar), m_calendar);
    connect(m_calendar, &QComboBox::currentIndexChanged, this, &CatalogPlanPage::calendarEdited);
    layout->addLayout(m_form);

    m_severitiesLabel = new QLabel(this);
    QFont bold = m_severitiesLabel->font();
    bold.setBold(true);
    m_severitiesLabel->setFont(bold);
    layout->addSpacing(8);
    layout->addWidget(m_severitiesLabel);
    m_severities =
            CatalogEditing::editorTable(4, NameColumn, QStringLiteral("severitiesTable"), this);
    m_severities->setColumnWidth(CodeColumn, 110);
    // The names keep room to be read; the table scrolls sideways rather than squeeze them.
    m_severities->horizontalHeader()->setMinimumSectionSize(110);
    m_severities->verticalHeader()->setDefaultSectionSize(TargetEdit().sizeHint().height() + 4);
    layout->addWidget(m_severities);
    auto *severityButtons = new QHBoxLayout;
    m_addSeverity = CatalogEditing::iconButton(QStringLiteral("list-add"),
                                               QStringLiteral("addSeverityButton"), this);
    m_removeSeverity = CatalogEditing::iconButton(QStringLiteral("list-remove"),
                                                  QStringLiteral("removeSeverityButton"), this);
    severityButtons->addWidget(m_addSeverity);
    severityButtons->addWidget(m_removeSeverity);
    severityButtons->addStretch();
    layout->addLayout(severityButtons);
    connect(m_addSeverity, &QPushButton::clicked, this, &CatalogPlanPage::addSeverity);
    connect(m_removeSeverity, &QPushButton::clicked, this, &CatalogPlanPage::removeSeverity);

    // Warn before breach: the lead times, editable for every plan (the team file holds them).
    m_leadTimesLabel = new QLabel(this);
    m_leadTimesLabel->setFont(bold);
    m_leadTimesNote = new QLabel(this);
    m_leadTimesNote->setObjectName(QStringLiteral("leadTimesNote"));
    m_leadTimesNote->setWordWrap(true);
    layout->addSpacing(8);
    layout->addWidget(m_leadTimesLabel);
    layout->addWidget(m_leadTimesNote);
    m_leadTimes = CatalogEditing::editorTable(3, LeadSeverityColumn,
                                              QStringLiteral("leadTimesTable"), this);
    m_leadTimes->setColumnWidth(LeadResponseColumn, 160);
    m_leadTimes->setColumnWidth(LeadResolutionColumn, 160);
    m_leadTimes->verticalHeader()->setDefaultSectionSize(QLineEdit().sizeHint().height() + 2);
    m_leadTimes->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_leadTimes->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(m_leadTimes);

    m_levelsLabel = new QLabel(this);
    m_levelsLabel->setFont(bold);
    m_levelsLabel->setWordWrap(true);
    layout->addSpacing(8);
    layout->addWidget(m_levelsLabel);
    auto *levels = new QFormLayout;
    levels->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (int l = 0; l < LevelCount; ++l) {
        m_levelLabels[std::size_t(l)] = new QLabel(this);
        m_levels[std::size_t(l)] = new QComboBox(this);
        m_levels[std::size_t(l)]->setObjectName(QStringLiteral("levelCombo%1").arg(l + 1));
        m_levelLabels[std::size_t(l)]->setBuddy(m_levels[std::size_t(l)]);
        levels->addRow(m_levelLabels[std::size_t(l)], m_levels[std::size_t(l)]);
        connect(m_levels[std::size_t(l)], &QComboBox::currentIndexChanged, this,
                [this, l] { levelEdited(l + 1); });
    }
    layout->addLayout(levels);
    layout->addStretch();
}

void CatalogPlanPage::retranslateUi()
{
    // The target columns as wide as a target editor in this language.
    const int targetWidth = TargetEdit().sizeHint().width() + 6;
    m_severities->setColumnWidth(ResponseColumn, targetWidth);
    m_severities->setColumnWidth(ResolutionColumn, targetWidth);
    CatalogEditing::retranslateNameRows(m_form, m_names);
    if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(m_calendar)))
        l->setText(tr("&Work calendar:"));
    m_severitiesLabel->setText(tr("Severities and targets"));
    m_severities->setHorizontalHeaderLabels(
            {tr("Code", "severity code"), tr("Name", "severity name"),
             tr("Response", "target: first reply"), tr("Resolution", "target: resolution")});
    m_leadTimesLabel->setText(tr("Warn before breach"));
    m_leadTimesNote->setText(
            tr("A clock is at risk once its remaining working time falls to this lead time: "
               "working hours and minutes (30m, 4h, 1h30m) or a share of the target (10%). Empty: "
               "the value for all severities, else 25%. Saved in your team's catalog file, for "
               "built-in plans too."));
    m_leadTimes->setHorizontalHeaderLabels({tr("Severity"), tr("Response", "target: first reply"),
                                            tr("Resolution", "target: resolution")});
    if (QTableWidgetItem *all = m_leadTimes->item(0, LeadSeverityColumn))
        all->setText(tr("All severities"));
    m_addSeverity->setText(tr("Add Severity"));
    m_removeSeverity->setText(tr("Remove Severity"));
    m_levelsLabel->setText(tr("Incident levels: the severity this plan files each level under"));
    for (int l = 1; l <= LevelCount; ++l)
        m_levelLabels[std::size_t(l - 1)]->setText(
                tr("%1:", "a form label: its text and a colon (Chinese: a full-width colon)")
                        .arg(PlanMatrixModel::levelTitle(l)));
}

void CatalogPlanPage::fillCalendarCombo(const QString &current)
{
    const QSignalBlocker blocker(m_calendar);
    m_calendar->clear();
    for (const auto &[id, name] : m_session->calendarChoices())
        m_calendar->addItem(name, id);
    int index = m_calendar->findData(current);
    if (index < 0 && !current.isEmpty()) {
        m_calendar->addItem(current, current);
        index = m_calendar->count() - 1;
    }
    m_calendar->setCurrentIndex(index);
}

void CatalogPlanPage::fillLevelCombos()
{
    const Plan *plan = m_session->plan(m_id);
    if (!plan)
        return;
    const Provider *provider = m_session->provider(plan->providerId);
    const QString language = m_session->language();
    for (int l = 1; l <= LevelCount; ++l) {
        QComboBox *combo = m_levels[std::size_t(l - 1)];
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const QString &code : plan->severities) {
            const Severity *severity = provider ? provider->severity(code) : nullptr;
            combo->addItem(
                    severity ? QStringLiteral("%1 (%2)").arg(severity->names.text(language), code)
                             : code,
                    code);
        }
        combo->setCurrentIndex(combo->findData(plan->levels[l - 1]));
        combo->setEnabled(m_editable);
    }
}

void CatalogPlanPage::showPlan(const QString &planId, bool editable)
{
    m_loading = true;
    m_id = planId;
    m_editable = editable;
    const Plan *plan = m_session->plan(planId);
    if (!plan) {
        m_loading = false;
        return;
    }
    const Provider *provider = m_session->provider(plan->providerId);
    const QString language = m_session->language();
    CatalogEditing::showTexts(m_names, plan->names);
    for (QLineEdit *edit : m_names)
        edit->setReadOnly(!editable);
    fillCalendarCombo(plan->calendarId);
    m_calendar->setEnabled(editable);

    m_severities->setRowCount(0);
    m_severities->setRowCount(int(plan->severities.size()));
    for (int row = 0; row < plan->severities.size(); ++row) {
        const QString code = plan->severities.at(row);
        const Severity *severity = provider ? provider->severity(code) : nullptr;
        auto *codeEdit = new QLineEdit(code, m_severities);
        codeEdit->setObjectName(QStringLiteral("severityCode%1").arg(row));
        codeEdit->setFrame(false);
        codeEdit->setReadOnly(!editable);
        auto *nameEdit = new QLineEdit(m_severities);
        nameEdit->setObjectName(QStringLiteral("severityName%1").arg(row));
        nameEdit->setFrame(false);
        nameEdit->setReadOnly(!editable);
        if (severity) {
            nameEdit->setText(severity->names.all().value(language));
            nameEdit->setPlaceholderText(severity->names.english());
            nameEdit->setToolTip(severity->descriptions.text(language));
        }
        const SeverityTargets *targets = plan->targetsFor(code);
        auto *response = new TargetEdit(m_severities);
        auto *resolution = new TargetEdit(m_severities);
        response->setObjectName(QStringLiteral("responseTarget%1").arg(row));
        resolution->setObjectName(QStringLiteral("resolutionTarget%1").arg(row));
        response->setTarget(targets ? targets->response : Target::none());
        resolution->setTarget(targets ? targets->resolution : Target::none());
        response->setEnabled(editable);
        resolution->setEnabled(editable);
        m_severities->setCellWidget(row, CodeColumn, codeEdit);
        m_severities->setCellWidget(row, NameColumn, nameEdit);
        m_severities->setCellWidget(row, ResponseColumn, response);
        m_severities->setCellWidget(row, ResolutionColumn, resolution);
        auto edited = [this, codeEdit] {
            const int r = CatalogEditing::rowOf(m_severities, codeEdit, CodeColumn);
            if (r >= 0)
                severityEdited(r);
        };
        connect(codeEdit, &QLineEdit::textEdited, this, edited);
        connect(nameEdit, &QLineEdit::textEdited, this, edited);
        connect(response, &TargetEdit::changed, this, edited);
        connect(resolution, &TargetEdit::changed, this, edited);
    }
    fitRows(m_severities, 3);
    m_addSeverity->setEnabled(editable);
    m_removeSeverity->setEnabled(editable);
    fillLevelCombos();
    fillLeadTimes();
    m_loading = false;
}

QLineEdit *CatalogPlanPage::leadTimeEdit(int row, TargetKind kind) const
{
    return qobject_cast<QLineEdit *>(m_leadTimes->cellWidget(
            row, kind == TargetKind::Response ? LeadResponseColumn : LeadResolutionColumn));
}

QString CatalogPlanPage::leadSeverity(int row) const
{
    const Plan *plan = m_session->plan(m_id);
    return plan && row >= 1 && row <= plan->severities.size() ? plan->severities.at(row - 1)
                                                              : QString();
}

void CatalogPlanPage::fillLeadTimes()
{
    const Plan *plan = m_session->plan(m_id);
    m_leadTimes->setRowCount(0);
    if (!plan)
        return;
    const Provider *provider = m_session->provider(plan->providerId);
    const QString language = m_session->language();
    const bool editable = m_session->canEditLeadTimes();
    m_leadTimes->setRowCount(int(plan->severities.size()) + 1);
    for (int row = 0; row < m_leadTimes->rowCount(); ++row) {
        const QString code = leadSeverity(row);
        const Severity *severity = provider ? provider->severity(code) : nullptr;
        auto *name = new QTableWidgetItem(
                row == 0 ? tr("All severities")
                         : (severity ? QStringLiteral("%1 (%2)").arg(severity->names.text(language),
                                                                     code)
                                     : code));
        name->setFlags(Qt::ItemIsEnabled);
        if (row == 0) {
            QFont font = name->font();
            font.setItalic(true);
            name->setFont(font);
        }
        m_leadTimes->setItem(row, LeadSeverityColumn, name);
        for (TargetKind kind : {TargetKind::Response, TargetKind::Resolution}) {
            bool committed = false;
            for (const QString &c : row == 0 ? plan->severities : QStringList{code}) {
                const SeverityTargets *t = plan->targetsFor(c);
                committed = committed || (t && t->target(kind).committed);
            }
            auto *edit = new QLineEdit(m_leadTimes);
            edit->setObjectName(QStringLiteral("leadTime%1%2")
                                        .arg(kind == TargetKind::Response
                                                     ? QStringLiteral("Response")
                                                     : QStringLiteral("Resolution"))
                                        .arg(row));
            edit->setFrame(false);
            edit->setText(m_session->leadTimeText(m_id, code, kind));
            edit->setEnabled(editable && (committed || !edit->text().isEmpty()));
            edit->setProperty("committed", committed);
            m_leadTimes->setCellWidget(
                    row, kind == TargetKind::Response ? LeadResponseColumn : LeadResolutionColumn,
                    edit);
            connect(edit, &QLineEdit::textEdited, this, [this, edit, kind](const QString &text) {
                const int r = CatalogEditing::rowOf(
                        m_leadTimes, edit,
                        kind == TargetKind::Response ? LeadResponseColumn : LeadResolutionColumn);
                if (r >= 0)
                    leadTimeEdited(r, kind, text);
            });
        }
    }
    updateLeadPlaceholders();
    fitRows(m_leadTimes, 2);
}

void CatalogPlanPage::updateLeadPlaceholders()
{
    for (int row = 0; row < m_leadTimes->rowCount(); ++row) {
        for (TargetKind kind : {TargetKind::Response, TargetKind::Resolution}) {
            QLineEdit *edit = leadTimeEdit(row, kind);
            if (!edit)
                continue;
            const bool committed = edit->property("committed").toBool();
            edit->setPlaceholderText(
                    committed ? m_session->inheritedLeadTime(m_id, leadSeverity(row), kind)
                              : QStringLiteral("—"));
        }
    }
}

void CatalogPlanPage::leadTimeEdited(int row, TargetKind kind, const QString &text)
{
    if (m_loading || !m_session->setLeadTime(m_id, leadSeverity(row), kind, text))
        return;
    if (row == 0)
        updateLeadPlaceholders();
    emit edited();
}

void CatalogPlanPage::markProblems(const QHash<QString, QString> &byField)
{
    const QString key = QStringLiteral("plan/") + m_id;
    markInvalid(m_names[0], byField.value(key + QStringLiteral("/names")));
    markInvalid(m_calendar, byField.value(key + QStringLiteral("/calendar")));
    for (int r = 0; r < m_severities->rowCount(); ++r)
        markInvalid(m_severities->cellWidget(r, CodeColumn),
                    byField.value(key + QStringLiteral("/severity/%1").arg(r)));
    for (int l = 1; l <= LevelCount; ++l)
        markInvalid(m_levels[std::size_t(l - 1)],
                    byField.value(key + QStringLiteral("/level/%1").arg(l)));
    for (int r = 0; r < m_leadTimes->rowCount(); ++r) {
        const QString severity = r == 0 ? QStringLiteral("*") : leadSeverity(r);
        for (TargetKind kind : {TargetKind::Response, TargetKind::Resolution}) {
            if (QLineEdit *edit = leadTimeEdit(r, kind))
                markInvalid(edit, byField.value(QStringLiteral("leadtime/%1/%2/%3")
                                                        .arg(m_id, severity, targetKindKey(kind))));
        }
    }
}

void CatalogPlanPage::namesEdited()
{
    if (m_loading || !m_session->setPlanNames(m_id, CatalogEditing::textsFrom(m_names)))
        return;
    emit renamed(m_session->plan(m_id)->names.text(m_session->language()));
    emit edited();
}

void CatalogPlanPage::calendarEdited()
{
    if (!m_loading && m_session->setPlanCalendar(m_id, m_calendar->currentData().toString()))
        emit edited();
}

void CatalogPlanPage::severityEdited(int row)
{
    if (m_loading)
        return;
    const auto text = [this, row](int column) {
        return qobject_cast<QLineEdit *>(m_severities->cellWidget(row, column))->text().trimmed();
    };
    const auto target = [this, row](int column) {
        return qobject_cast<TargetEdit *>(m_severities->cellWidget(row, column))->target();
    };
    if (!m_session->setSeverity(m_id, row, text(CodeColumn), text(NameColumn),
                                target(ResponseColumn), target(ResolutionColumn)))
        return;
    fillLevelCombos();
    fillLeadTimes();
    emit edited();
}

void CatalogPlanPage::addSeverity()
{
    const int row = m_session->addSeverity(m_id);
    if (row < 0)
        return;
    showPlan(m_id, m_editable);
    m_severities->setCurrentCell(row, CodeColumn);
    if (QWidget *edit = m_severities->cellWidget(row, CodeColumn))
        edit->setFocus();
    emit edited();
}

void CatalogPlanPage::removeSeverity()
{
    if (!m_session->removeSeverity(m_id, m_severities->currentRow()))
        return;
    showPlan(m_id, m_editable);
    emit edited();
}

void CatalogPlanPage::levelEdited(int level)
{
    if (!m_loading &&
        m_session->setLevel(m_id, level,
                            m_levels[std::size_t(level - 1)]->currentData().toString()))
        emit edited();
}

} // namespace dueline
