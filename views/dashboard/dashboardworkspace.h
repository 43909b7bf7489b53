#pragma once

#include "models/item/dashboardmodel.h"
#include "models/item/queuemodel.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QGridLayout;
class QLabel;
class QStackedWidget;
class QToolButton;
class QVBoxLayout;

namespace dueline {

class EmptyStateWidget;
class Ticker;

// The team lead's dashboard: open tickets now and the breach forecast as big numbers, SLA
// compliance by plan and by severity, breaches per day stacked by plan, response time against
// the target and agent workload as charts, with filters. The figures come from a
// DashboardService (aggregation off the GUI thread) and refresh live from the change feed and
// the shared ticker. Clicking a number or a bar asks for the matching queue view.
class DashboardWorkspace : public QWidget
{
    Q_OBJECT
public:
    enum Chart {
        ComplianceByPlanChart,
        ComplianceBySeverityChart,
        BreachesPerDayChart,
        ResponseChart,
        AgentChart,
        ChartCount
    };
    Q_ENUM(Chart)
    enum Period { TodayPeriod, Last7DaysPeriod, Last30DaysPeriod, Last90DaysPeriod };

    explicit DashboardWorkspace(QWidget *parent = nullptr);
    ~DashboardWorkspace() override;

    // Opens the ticket database (its own connection, in a worker thread).
    void setDatabase(const dueline::DatabaseUrl &url, dueline::CatalogPtr catalog,
                     const dueline::ClockSource &clock);
    void setTicker(dueline::Ticker *ticker);
    bool hasDatabase() const;
    dueline::CatalogPtr catalog() const { return m_catalog; }

    void setPeriod(Period period);
    void setPlanFilter(const QString &providerId, const QString &planId);
    void setSeverityFilter(const QString &severity);
    void setAgentFilter(qint64 agentId); // -1: every agent, 0: unassigned

    dueline::DashboardModel *model() const { return m_model; }
    dueline::DashboardService *service() const { return m_service; }
    bool isShowingEmptyState() const;
    QChartView *chartView(Chart chart) const { return m_charts[chart]; }

    // Export: a chart as PNG or PDF (by the file's suffix), the figures as CSV. False and
    // *error when the file cannot be written.
    bool exportChart(Chart chart, const QString &fileName, QString *error);
    bool exportCsv(const QString &fileName, QString *error);

signals:
    // The user clicked a number or a bar: show these tickets in the Queue workspace.
    void openQueueView(const dueline::QueueFilter &filter);
    void wallboardRequested();
    // New figures are shown.
    void updated();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void updateEmptyState();
    void fillFilters();
    void applyFilter();
    void showData(const dueline::DashboardData &figures);
    void updateCharts();
    void applyChartTheme();
    void chooseExport(Chart chart);
    void chooseCsvExport();
    dueline::QueueFilter baseQueueFilter() const;
    QString severityName(const QString &code) const;
    QString planName(const QString &planId) const;

    dueline::CatalogPtr m_catalog;
    const dueline::ClockSource *m_clock = nullptr;
    dueline::DashboardModel *m_model = nullptr;
    dueline::DashboardService *m_service = nullptr;

    QStackedWidget *m_stack = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_periodLabel = nullptr;
    QComboBox *m_period = nullptr;
    QLabel *m_planLabel = nullptr;
    QComboBox *m_plan = nullptr;
    QLabel *m_severityLabel = nullptr;
    QComboBox *m_severity = nullptr;
    QLabel *m_agentLabel = nullptr;
    QComboBox *m_agent = nullptr;
    QToolButton *m_csvButton = nullptr;
    QToolButton *m_wallboardButton = nullptr;
    QLabel *m_openTitle = nullptr;
    QLabel *m_forecastTitle = nullptr;
    QToolButton *m_tiles[9] = {};
    QLabel *m_holidays = nullptr;
    QLabel *m_chartTitles[ChartCount] = {};
    QToolButton *m_exportButtons[ChartCount] = {};
    QChartView *m_charts[ChartCount] = {};
    bool m_hasData = false;
    bool m_filling = false;
};

} // namespace dueline
