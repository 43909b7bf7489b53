// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sla/slaclock.h"

#include <QHash>
#include <QWidget>

#include <array>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace dueline {

class CatalogEditingSession;

// The catalog editor's page of a plan: names, work calendar, severities with their targets, the
// lead times that warn before a breach ("Warn before breach") and the severity each incident level
// is filed under. A team plan's fields are editable; the lead times of every plan are (they are
// saved in the team file, built-in plans' too). Every edit goes to the session as it happens.
class CatalogPlanPage : public QWidget
{
    Q_OBJECT
public:
    enum SeverityColumn { CodeColumn, NameColumn, ResponseColumn, ResolutionColumn };
    enum LeadTimeColumn { LeadSeverityColumn, LeadResponseColumn, LeadResolutionColumn };

    explicit CatalogPlanPage(dueline::CatalogEditingSession *session, QWidget *parent = nullptr);

    void showPlan(const QString &planId, bool editable);
    void retranslateUi();
    // Marks the fields of the plan on display (problems by their field key).
    void markProblems(const QHash<QString, QString> &byField);

    QLineEdit *nameEdit(int language) const { return m_names.at(std::size_t(language)); }
    QTableWidget *severitiesTable() const { return m_severities; }
    // Row 0: every severity of the plan; then one row per severity, in the plan's order.
    QTableWidget *leadTimesTable() const { return m_leadTimes; }
    QLineEdit *leadTimeEdit(int row, TargetKind kind) const;
    QComboBox *levelCombo(int level) const { return m_levels.at(std::size_t(level - 1)); }

signals:
    // The session took an edit.
    void edited();
    // … of the plan's names: `name` is the plan's name now.
    void renamed(const QString &name);

private:
    void fillCalendarCombo(const QString &current);
    void fillLevelCombos();
    void namesEdited();
    void calendarEdited();
    void severityEdited(int row);
    void addSeverity();
    void removeSeverity();
    void levelEdited(int level);
    void fillLeadTimes();
    void leadTimeEdited(int row, dueline::TargetKind kind, const QString &text);
    void updateLeadPlaceholders();
    QString leadSeverity(int row) const; // the severity code of a lead-time row (empty: all)

    dueline::CatalogEditingSession *m_session = nullptr;
    QString m_id;
    bool m_editable = false;
    bool m_loading = false;

    QFormLayout *m_form = nullptr;
    std::array<QLineEdit *, 3> m_names{};
    QComboBox *m_calendar = nullptr;
    QLabel *m_severitiesLabel = nullptr;
    QTableWidget *m_severities = nullptr;
    QPushButton *m_addSeverity = nullptr;
    QPushButton *m_removeSeverity = nullptr;
    QLabel *m_leadTimesLabel = nullptr;
    QLabel *m_leadTimesNote = nullptr;
    QTableWidget *m_leadTimes = nullptr;
    QLabel *m_levelsLabel = nullptr;
    std::array<QLabel *, 4> m_levelLabels{};
    std::array<QComboBox *, 4> m_levels{};
};

} // namespace dueline
