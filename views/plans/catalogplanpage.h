#pragma once

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

// The catalog editor's page of a plan: names, work calendar, severities with their targets and
// the severity each incident level is filed under. A team plan's fields are editable, and every
// edit goes to the session as it happens.
class CatalogPlanPage : public QWidget
{
    Q_OBJECT
public:
    enum SeverityColumn { CodeColumn, NameColumn, ResponseColumn, ResolutionColumn };

    explicit CatalogPlanPage(dueline::CatalogEditingSession *session, QWidget *parent = nullptr);

    void showPlan(const QString &planId, bool editable);
    void retranslateUi();
    // Marks the fields of the plan on display (problems by their field key).
    void markProblems(const QHash<QString, QString> &byField);

    QLineEdit *nameEdit(int language) const { return m_names.at(std::size_t(language)); }
    QTableWidget *severitiesTable() const { return m_severities; }
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
    QLabel *m_levelsLabel = nullptr;
    std::array<QLabel *, 4> m_levelLabels{};
    std::array<QComboBox *, 4> m_levels{};
};

} // namespace dueline
