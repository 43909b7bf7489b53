// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/item/dashboardmodel.h"
#include "models/item/queuemodel.h"

#include <QPointer>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QStackedWidget;
class QToolButton;
class QVBoxLayout;

namespace dueline {

class CustomerReportDialog;
class DayBarChartView;
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
    // "Last N days": today and the N - 1 days before it, cut at midnight in the reader's zone.
    enum Period {
        TodayPeriod,
        Last7DaysPeriod,
        Last30DaysPeriod,
        Last90DaysPeriod,
        Last365DaysPeriod,
        CustomPeriod
    };
    Q_ENUM(Period)

    explicit DashboardWorkspace(QWidget *parent = nullptr);
    ~DashboardWorkspace() override;

    // Opens the ticket database (its own connection, in a worker thread).
    void setDatabase(const dueline::DatabaseUrl &url, dueline::CatalogPtr catalog,
                     const dueline::ClockSource &clock);
    void setTicker(dueline::Ticker *ticker);
    bool hasDatabase() const;
    dueline::CatalogPtr catalog() const { return m_catalog; }

    void setPeriod(Period period);
    // A custom period: the days from `first` to `last`, both included (in the reader's zone).
    void setCustomPeriod(QDate first, QDate last);
    Period period() const;
    void setPlanFilter(const QString &providerId, const QString &planId);
    void setSeverityFilter(const QString &severity);
    void setAgentFilter(qint64 agentId); // -1: every agent, 0: unassigned

    dueline::DashboardModel *model() const { return m_model; }
    dueline::DashboardService *service() const { return m_service; }
    bool isShowingEmptyState() const;
    // The Qt Charts view of a chart (none for the breaches per day, drawn by DayBarChartView).
    QChartView *chartView(Chart chart) const { return m_charts[chart]; }
    DayBarChartView *breachChart() const { return m_breachChart; }
    QWidget *chartWidget(Chart chart) const;
    QString chartTitle(Chart chart) const;

    // What the figures are of, as a person reads it: "Last 90 days, 5 Sep – 3 Dec 2026" and
    // "All plans · All severities · All agents" (the choices of the filters).
    QString periodDescription() const;
    QString filterDescription() const;
    QString description() const; // both, on one line (the wallboard's)
    // A file name for an export that says what it holds: "breaches-per-day_2026-09-05_2026-12-03
    // _all-plans.png", in the first existing of the Documents folder and the home folder.
    QString defaultExportPath(const QString &what, const QString &suffix) const;

    // Export: a chart as PNG or PDF (by the file's suffix), the figures as CSV. False and
    // *error when the file cannot be written.
    bool exportChart(Chart chart, const QString &fileName, QString *error);
    bool exportCsv(const QString &fileName, QString *error);

    // The SLA report of a customer (customerId > 0), else of the plan the dashboard shows, else
    // of the first customer: a dialog of its own, open until closed. Null before setDatabase().
    CustomerReportDialog *showCustomerReport(qint64 customerId = 0);

signals:
    // The user clicked a number or a bar: show these tickets in the Queue workspace.
    void openQueueView(const dueline::QueueFilter &filter);
    void wallboardRequested();
    // New figures are shown.
    void updated();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void updateEmptyState();
    void fillFilters();
    void applyFilter();
    void showData(const dueline::DashboardData &figures);
    void updateCharts();
    void applyChartTheme();
    void restyleTiles();
    QVector<QDate> periodDays() const;
    void chooseExport(Chart chart);
    void chooseCsvExport();
    dueline::QueueFilter baseQueueFilter() const;
    QString severityName(const QString &code) const;
    QString planName(const QString &planId) const;

    dueline::CatalogPtr m_catalog;
    const dueline::ClockSource *m_clock = nullptr;
    dueline::DatabaseUrl m_url;
    QPointer<CustomerReportDialog> m_reportDialog;
    dueline::DashboardModel *m_model = nullptr;
    dueline::DashboardService *m_service = nullptr;

    QStackedWidget *m_stack = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_periodLabel = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_customFirst = nullptr;
    QDateEdit *m_customLast = nullptr;
    QLabel *m_planLabel = nullptr;
    QComboBox *m_plan = nullptr;
    QLabel *m_severityLabel = nullptr;
    QComboBox *m_severity = nullptr;
    QLabel *m_agentLabel = nullptr;
    QComboBox *m_agent = nullptr;
    QToolButton *m_csvButton = nullptr;
    QToolButton *m_reportButton = nullptr;
    QToolButton *m_wallboardButton = nullptr;
    QLabel *m_openTitle = nullptr;
    QLabel *m_forecastTitle = nullptr;
    QToolButton *m_tiles[9] = {};
    QLabel *m_holidays = nullptr;
    QLabel *m_chartTitles[ChartCount] = {};
    QToolButton *m_exportButtons[ChartCount] = {};
    QChartView *m_charts[ChartCount] = {};
    DayBarChartView *m_breachChart = nullptr;
    bool m_hasData = false;
    bool m_filling = false;
    bool m_chartsPending = false;
};

} // namespace dueline
