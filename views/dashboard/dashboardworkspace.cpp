#include "views/dashboard/dashboardworkspace.h"

#include "models/item/dateformat.h"
#include "models/item/ticker.h"
#include "views/common/emptystatewidget.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QToolButton>
#include <QValueAxis>

namespace dueline {

namespace {

enum Tile {
    OpenTile,
    RunningTile,
    AtRiskTile,
    BreachedTile,
    PausedTile,
    HourTile,
    FourHoursTile,
    TodayTile,
    ComplianceTile,
    TileCount
};

bool isDark(const QWidget *w)
{
    return w->palette().color(QPalette::Window).lightness() < 128;
}

QString language()
{
    const QString name = QLocale().name();
    if (name.startsWith(QLatin1String("zh")))
        return QStringLiteral("zh_CN");
    return name.left(2);
}

QColor tileColor(int tile, bool dark)
{
    switch (tile) {
    case AtRiskTile:
    case HourTile:
    case FourHoursTile:
        return dark ? QColor(0xfd, 0xbc, 0x4b) : QColor(0xb3, 0x6b, 0x00);
    case BreachedTile:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc0, 0x1c, 0x28);
    case PausedTile:
        return dark ? QColor(0x9a, 0xa5, 0xb1) : QColor(0x5e, 0x67, 0x71);
    case RunningTile:
        return dark ? QColor(0x6f, 0xd0, 0x8c) : QColor(0x1e, 0x7d, 0x32);
    default:
        return dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x5f, 0xb4);
    }
}

} // namespace

DashboardWorkspace::DashboardWorkspace(QWidget *parent)
    : QWidget(parent)
    , m_model(new DashboardModel(this))
    , m_service(new DashboardService(this))
{
    buildUi();
    retranslateUi();
    connect(m_service, &DashboardService::dataReady, this, &DashboardWorkspace::showData);
    connect(m_service, &DashboardService::agentsChanged, this, &DashboardWorkspace::fillFilters);
}

DashboardWorkspace::~DashboardWorkspace() = default;

void DashboardWorkspace::buildUi()
{
    m_stack = new QStackedWidget(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_emptyState = new EmptyStateWidget(m_stack);
    m_emptyState->setObjectName(QStringLiteral("dashboardDataEmptyState"));
    m_emptyState->setIconName(QStringLiteral("office-chart-bar"));
    m_stack->addWidget(m_emptyState);

    auto *scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content = new QWidget(scroll);
    m_content->setObjectName(QStringLiteral("dashboardContent"));
    scroll->setWidget(m_content);
    m_stack->addWidget(scroll);

    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(12, 8, 12, 12);

    // Filters.
    auto *filters = new QHBoxLayout;
    auto addCombo = [&](QLabel *&label, QComboBox *&combo, const char *name) {
        label = new QLabel(m_content);
        combo = new QComboBox(m_content);
        combo->setObjectName(QString::fromLatin1(name));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
        label->setBuddy(combo);
        filters->addWidget(label);
        filters->addWidget(combo);
        filters->addSpacing(8);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                applyFilter();
        });
    };
    addCombo(m_periodLabel, m_period, "periodFilter");
    m_period->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    addCombo(m_planLabel, m_plan, "planFilter");
    addCombo(m_severityLabel, m_severity, "severityFilter");
    addCombo(m_agentLabel, m_agent, "agentFilter");
    filters->addStretch();
    m_csvButton = new QToolButton(m_content);
    m_csvButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_csvButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_csvButton->setAutoRaise(true);
    m_csvButton->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    connect(m_csvButton, &QToolButton::clicked, this, &DashboardWorkspace::chooseCsvExport);
    filters->addWidget(m_csvButton);
    m_wallboardButton = new QToolButton(m_content);
    m_wallboardButton->setObjectName(QStringLiteral("wallboardButton"));
    m_wallboardButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_wallboardButton->setAutoRaise(true);
    m_wallboardButton->setIcon(QIcon::fromTheme(QStringLiteral("view-fullscreen")));
    connect(m_wallboardButton, &QToolButton::clicked, this,
            &DashboardWorkspace::wallboardRequested);
    filters->addWidget(m_wallboardButton);
    layout->addLayout(filters);

    // Big numbers.
    auto *tiles = new QGridLayout;
    tiles->setHorizontalSpacing(8);
    m_openTitle = new QLabel(m_content);
    m_forecastTitle = new QLabel(m_content);
    for (QLabel *title : {m_openTitle, m_forecastTitle}) {
        QFont f = title->font();
        f.setBold(true);
        title->setFont(f);
    }
    // Two rows: open tickets now and compliance; the forecast below.
    tiles->addWidget(m_openTitle, 0, 0, 1, 6);
    tiles->addWidget(m_forecastTitle, 2, 0, 1, 6);
    for (int i = 0; i < TileCount; ++i) {
        auto *tile = new QToolButton(m_content);
        tile->setObjectName(QStringLiteral("tile%1").arg(i));
        tile->setAutoRaise(true);
        tile->setToolButtonStyle(Qt::ToolButtonTextOnly);
        tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        tile->setMinimumHeight(56);
        if (i < HourTile)
            tiles->addWidget(tile, 1, i);
        else if (i == ComplianceTile)
            tiles->addWidget(tile, 1, 5);
        else
            tiles->addWidget(tile, 3, (i - HourTile) * 2, 1, 2);
        connect(tile, &QToolButton::clicked, this, [this, i] {
            QueueFilter filter = baseQueueFilter();
            switch (i) {
            case AtRiskTile:
            case HourTile:
            case FourHoursTile:
            case TodayTile:
                filter.view = QueueFilter::View::AtRisk;
                break;
            case BreachedTile:
                filter.view = QueueFilter::View::Breached;
                break;
            case PausedTile:
                filter.view = QueueFilter::View::Waiting;
                break;
            default:
                filter.view = QueueFilter::View::AllOpen;
            }
            emit openQueueView(filter);
        });
        m_tiles[i] = tile;
    }
    layout->addLayout(tiles);
    m_holidays = new QLabel(m_content);
    m_holidays->setObjectName(QStringLiteral("holidayForecast"));
    m_holidays->setWordWrap(true);
    m_holidays->setTextFormat(Qt::RichText);
    layout->addWidget(m_holidays);

    // Charts: two columns.
    auto *grid = new QGridLayout;
    for (int c = 0; c < ChartCount; ++c) {
        auto *card = new QWidget(m_content);
        auto *cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(0, 4, 0, 0);
        auto *header = new QHBoxLayout;
        m_chartTitles[c] = new QLabel(card);
        QFont f = m_chartTitles[c]->font();
        f.setBold(true);
        m_chartTitles[c]->setFont(f);
        header->addWidget(m_chartTitles[c]);
        header->addStretch();
        m_exportButtons[c] = new QToolButton(card);
        m_exportButtons[c]->setIcon(QIcon::fromTheme(QStringLiteral("document-save-as")));
        m_exportButtons[c]->setAutoRaise(true);
        connect(m_exportButtons[c], &QToolButton::clicked, this,
                [this, c] { chooseExport(Chart(c)); });
        header->addWidget(m_exportButtons[c]);
        cardLayout->addLayout(header);
        auto *chart = new QChart;
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->setMargins(QMargins(4, 4, 4, 4));
        chart->setBackgroundRoundness(0);
        m_charts[c] = new QChartView(chart, card);
        m_charts[c]->setObjectName(QStringLiteral("chart%1").arg(c));
        m_charts[c]->setRenderHint(QPainter::Antialiasing);
        m_charts[c]->setMinimumHeight(c == ResponseChart || c == AgentChart ? 240 : 340);
        cardLayout->addWidget(m_charts[c]);
        if (c == BreachesPerDayChart)
            grid->addWidget(card, 0, 0, 1, 2);
        else
            grid->addWidget(card,
                            c == ComplianceByPlanChart || c == ComplianceBySeverityChart ? 1 : 2,
                            c == ComplianceByPlanChart || c == ResponseChart ? 0 : 1);
    }
    layout->addLayout(grid, 1);
    m_stack->setCurrentWidget(m_emptyState);
}

void DashboardWorkspace::retranslateUi()
{
    updateEmptyState();
    m_periodLabel->setText(tr("&Period:"));
    m_planLabel->setText(tr("P&lan:"));
    m_severityLabel->setText(tr("S&everity:"));
    m_agentLabel->setText(tr("A&gent:"));
    m_csvButton->setText(tr("Export Figures…"));
    m_csvButton->setToolTip(tr("Save every figure of the dashboard as a CSV file"));
    m_wallboardButton->setText(tr("Wallboard"));
    m_wallboardButton->setToolTip(tr("Show the dashboard full screen for a wall display"));
    m_openTitle->setText(tr("Open tickets now"));
    m_forecastTitle->setText(tr("Breach forecast"));
    const QString titles[ChartCount] = {
            tr("SLA compliance by plan"), tr("SLA compliance by severity"),
            tr("Breaches per day, by plan"), tr("Response time against the target"),
            tr("Agent workload")};
    for (int c = 0; c < ChartCount; ++c) {
        m_chartTitles[c]->setText(titles[c]);
        m_exportButtons[c]->setToolTip(tr("Export this chart as PNG or PDF"));
    }
    m_filling = true;
    const int period = m_period->currentIndex();
    m_period->clear();
    m_period->addItems({tr("Today"), tr("Last 7 days"), tr("Last 30 days"), tr("Last 90 days")});
    m_period->setCurrentIndex(period < 0 ? Last30DaysPeriod : period);
    m_filling = false;
    fillFilters();
    if (m_hasData)
        showData(m_model->dashboardData());
}

void DashboardWorkspace::updateEmptyState()
{
    if (hasDatabase() && !m_hasData) {
        // The first load of a large database takes a few seconds (in the worker thread).
        m_emptyState->setTitle(tr("Counting tickets…"));
        m_emptyState->setDescription(
                tr("The dashboard reads the ticket database in the background."));
        m_emptyState->setHint(QString());
        m_emptyState->setCommand(QString());
        return;
    }
    m_emptyState->setTitle(tr("Nothing to chart yet"));
    m_emptyState->setDescription(
            tr("Compliance, breaches, open tickets and what breaches next, for team leads."));
    if (!hasDatabase()) {
        m_emptyState->setHint(tr("Open a ticket database to see its figures. For a demo, run:"));
    } else {
        m_emptyState->setHint(
                tr("The ticket database has no tickets yet. Charts appear with the first "
                   "ticket. For a demo, run:"));
    }
    m_emptyState->setCommand(QStringLiteral("dueline-cli demo --tickets 1000"));
}

void DashboardWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange && m_hasData)
        updateCharts();
    QWidget::changeEvent(event);
}

// A severity code in the interface language. Providers that share a code may name it
// differently (Stormbpmn's and VK Cloud's "critical"): then every distinct name, joined.
QString DashboardWorkspace::severityName(const QString &code) const
{
    QStringList names;
    if (m_catalog) {
        for (const Provider &provider : m_catalog->providers()) {
            for (const Severity &severity : provider.severities) {
                const QString name = severity.names.text(language());
                if (severity.code == code && !name.isEmpty() && !names.contains(name))
                    names << name;
            }
        }
    }
    return names.isEmpty() ? code : names.join(QStringLiteral(" / "));
}

QString DashboardWorkspace::planName(const QString &planId) const
{
    const Plan *plan = m_catalog ? m_catalog->plan(planId) : nullptr;
    if (!plan)
        return planId;
    const Provider *provider = m_catalog->provider(plan->providerId);
    const QString lang = language();
    // "Alibaba Basic (L1)": the provider's first word keeps chart labels short.
    return (provider ? provider->names.text(lang).section(QLatin1Char(' '), 0, 0) + QLatin1Char(' ')
                     : QString()) +
           plan->names.text(lang);
}

void DashboardWorkspace::fillFilters()
{
    m_filling = true;
    const QVariant plan = m_plan->currentData();
    const QVariant severity = m_severity->currentData();
    const QVariant agent = m_agent->currentData();
    m_plan->clear();
    m_plan->addItem(tr("All plans"), QString());
    m_severity->clear();
    m_severity->addItem(tr("All severities"), QString());
    if (m_catalog) {
        const QString lang = language();
        QStringList severities;
        for (const Provider &provider : m_catalog->providers()) {
            m_plan->addItem(provider.names.text(lang),
                            QString(QStringLiteral("provider:") + provider.id));
            for (const QString &planId : provider.planIds) {
                if (const Plan *p = m_catalog->plan(planId))
                    m_plan->addItem(QStringLiteral("    ") + p->names.text(lang), p->id);
            }
            for (const Severity &s : provider.severities) {
                if (!severities.contains(s.code)) {
                    severities << s.code;
                    m_severity->addItem(severityName(s.code), s.code);
                }
            }
        }
    }
    m_agent->clear();
    m_agent->addItem(tr("All agents"), qint64(-1));
    m_agent->addItem(tr("Unassigned"), qint64(0));
    for (const Agent &a : m_service->agents())
        m_agent->addItem(a.displayName, a.id);
    auto restore = [](QComboBox *combo, const QVariant &value) {
        const int i = combo->findData(value);
        combo->setCurrentIndex(i < 0 ? 0 : i);
    };
    restore(m_plan, plan);
    restore(m_severity, severity);
    restore(m_agent, agent);
    m_filling = false;
}

void DashboardWorkspace::setDatabase(const DatabaseUrl &url, CatalogPtr catalog,
                                     const ClockSource &clock)
{
    m_catalog = catalog;
    m_clock = &clock;
    fillFilters();
    applyFilter();
    m_service->setDatabase(url, std::move(catalog), clock);
    retranslateUi();
}

void DashboardWorkspace::setTicker(Ticker *ticker)
{
    m_service->setTicker(ticker);
}

bool DashboardWorkspace::hasDatabase() const
{
    return m_service->hasDatabase();
}

bool DashboardWorkspace::isShowingEmptyState() const
{
    return m_stack->currentWidget() == m_emptyState;
}

void DashboardWorkspace::setPeriod(Period period)
{
    m_period->setCurrentIndex(period);
}

void DashboardWorkspace::setPlanFilter(const QString &providerId, const QString &planId)
{
    const int i = m_plan->findData(planId.isEmpty() && !providerId.isEmpty()
                                           ? QString(QStringLiteral("provider:") + providerId)
                                           : planId);
    m_plan->setCurrentIndex(i < 0 ? 0 : i);
}

void DashboardWorkspace::setSeverityFilter(const QString &severity)
{
    const int i = m_severity->findData(severity);
    m_severity->setCurrentIndex(i < 0 ? 0 : i);
}

void DashboardWorkspace::setAgentFilter(qint64 agentId)
{
    const int i = m_agent->findData(agentId);
    m_agent->setCurrentIndex(i < 0 ? 0 : i);
}

void DashboardWorkspace::applyFilter()
{
    if (!m_clock)
        return;
    DashboardFilter f;
    f.zone = QTimeZone::systemTimeZone();
    const Instant now = m_clock->nowUtc();
    const QDate today = QDateTime::fromSecsSinceEpoch(now, f.zone).date();
    static const int days[] = {1, 7, 30, 90};
    const int period = std::max(0, m_period->currentIndex());
    f.from = QDateTime(today.addDays(1 - days[period]), QTime(0, 0), f.zone).toSecsSinceEpoch();
    f.to = QDateTime(today.addDays(1), QTime(0, 0), f.zone).toSecsSinceEpoch();
    const QString plan = m_plan->currentData().toString();
    if (plan.startsWith(QLatin1String("provider:")))
        f.providerId = plan.mid(9);
    else
        f.planId = plan;
    f.severity = m_severity->currentData().toString();
    f.agentId = m_agent->currentIndex() < 0 ? -1 : m_agent->currentData().toLongLong();
    m_service->setFilter(f);
}

QueueFilter DashboardWorkspace::baseQueueFilter() const
{
    QueueFilter filter;
    filter.providerId = m_service->filter().providerId;
    filter.planId = m_service->filter().planId;
    return filter;
}

void DashboardWorkspace::showData(const DashboardData &figures)
{
    m_hasData = true;
    m_model->setDashboardData(figures);
    if (figures.totalTickets == 0) {
        updateEmptyState();
        m_stack->setCurrentWidget(m_emptyState);
        emit updated();
        return;
    }
    m_stack->setCurrentIndex(1);
    const bool dark = isDark(this);
    const qint64 numbers[TileCount - 1] = {
            figures.openNow.open,        figures.openNow.running,    figures.openNow.atRisk,
            figures.openNow.breached,    figures.openNow.paused,     figures.forecast.nextHour,
            figures.forecast.next4Hours, figures.forecast.endOfToday};
    const QString names[TileCount] = {tr("open"),
                                      tr("running"),
                                      tr("at risk"),
                                      tr("breached"),
                                      tr("paused", "SLA clock state"),
                                      tr("next hour", "breaching within"),
                                      tr("next 4 hours", "breaching within"),
                                      tr("by end of today", "breaching"),
                                      tr("compliance", "SLA compliance in the period")};
    const QLocale locale;
    for (int i = 0; i < TileCount; ++i) {
        const QString number =
                i < TileCount - 1
                        ? locale.toString(numbers[i])
                        : (figures.total.compliancePercent < 0
                                   ? QStringLiteral("—")
                                   : locale.toString(figures.total.compliancePercent, 'f', 1) +
                                             QStringLiteral(" %"));
        m_tiles[i]->setText(number + QLatin1Char('\n') + names[i]);
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 1.3);
        f.setBold(true);
        m_tiles[i]->setFont(f);
        m_tiles[i]->setStyleSheet(
                QStringLiteral("QToolButton { color: %1; }").arg(tileColor(i, dark).name()));
    }
    QStringList lines;
    const QString lang = language();
    for (const HolidayForecast &h : figures.forecast.holidays) {
        if (h.tickets == 0)
            continue;
        const Provider *provider = m_catalog ? m_catalog->provider(h.providerId) : nullptr;
        const QDateTime cutoff = QDateTime::fromSecsSinceEpoch(h.cutoff, QTimeZone(h.timeZone));
        lines << tr("<b>%n %1 ticket(s)</b> breach during %2 (%3 – %4) unless answered by %5",
                    nullptr, int(h.tickets))
                         .arg(provider ? provider->names.text(lang) : h.providerId,
                              h.holidayNames.text(lang).toHtmlEscaped(),
                              locale.toString(h.firstDay, QLocale::ShortFormat),
                              locale.toString(h.lastDay, QLocale::ShortFormat),
                              DateFormat::dateTime(locale, cutoff));
    }
    m_holidays->setText(lines.join(QStringLiteral("<br>")));
    m_holidays->setVisible(!lines.isEmpty());
    updateCharts();
    emit updated();
}

void DashboardWorkspace::applyChartTheme()
{
    const bool dark = isDark(this);
    for (QChartView *view : m_charts) {
        QChart *chart = view->chart();
        chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart->setBackgroundBrush(palette().color(QPalette::Base));
        chart->setAnimationOptions(QChart::NoAnimation);
    }
}

void DashboardWorkspace::updateCharts()
{
    applyChartTheme();
    const DashboardData &d = m_model->dashboardData();
    auto reset = [](QChart *chart) {
        chart->removeAllSeries();
        for (QAbstractAxis *axis : chart->axes()) {
            chart->removeAxis(axis);
            delete axis;
        }
    };
    auto percentAxis = [](QChart *chart, Qt::Alignment alignment, QAbstractSeries *series) {
        auto *axis = new QValueAxis;
        axis->setRange(0, 100);
        axis->setLabelFormat(QStringLiteral("%d %%"));
        axis->setTickCount(6);
        chart->addAxis(axis, alignment);
        series->attachAxis(axis);
    };
    auto countAxis = [](QChart *chart, Qt::Alignment alignment, QAbstractSeries *series,
                        qint64 max) {
        auto *axis = new QValueAxis;
        axis->setRange(0, std::max<qint64>(1, max));
        axis->setLabelFormat(QStringLiteral("%d"));
        axis->applyNiceNumbers();
        chart->addAxis(axis, alignment);
        series->attachAxis(axis);
    };
    auto categories = [](QChart *chart, Qt::Alignment alignment, QAbstractSeries *series,
                         const QStringList &names) {
        auto *axis = new QBarCategoryAxis;
        axis->setTruncateLabels(false);
        axis->append(names);
        chart->addAxis(axis, alignment);
        series->attachAxis(axis);
    };

    // Compliance by plan and by severity: horizontal bars.
    for (Chart c : {ComplianceByPlanChart, ComplianceBySeverityChart}) {
        QChart *chart = m_charts[c]->chart();
        reset(chart);
        const QVector<ReportRow> &rows = c == ComplianceByPlanChart ? d.byPlan : d.bySeverity;
        auto *series = new QHorizontalBarSeries;
        auto *set = new QBarSet(tr("Compliance"));
        QStringList names;
        QStringList keys;
        for (int i = int(rows.size()) - 1; i >= 0; --i) { // first row on top
            const ReportRow &r = rows.at(i);
            names << (c == ComplianceByPlanChart ? planName(r.planId) : severityName(r.severity));
            keys << (c == ComplianceByPlanChart ? r.planId : r.severity);
            *set << std::max(0.0, r.compliancePercent);
        }
        series->append(set);
        series->setLabelsVisible(true);
        series->setLabelsFormat(QStringLiteral("@value %"));
        series->setLabelsPrecision(3);
        chart->addSeries(series);
        categories(chart, Qt::AlignLeft, series, names);
        percentAxis(chart, Qt::AlignBottom, series);
        chart->legend()->setVisible(false);
        connect(series, &QHorizontalBarSeries::clicked, this, [this, keys, c](int index) {
            QueueFilter filter = baseQueueFilter();
            if (c == ComplianceByPlanChart && index >= 0 && index < keys.size())
                filter.planId = keys.at(index);
            emit openQueueView(filter);
        });
    }

    // Breaches per day, stacked by plan.
    {
        QChart *chart = m_charts[BreachesPerDayChart]->chart();
        reset(chart);
        auto *series = new QStackedBarSeries;
        qint64 max = 0;
        QVector<qint64> sums(d.days.size());
        for (int p = 0; p < d.breachPlans.size(); ++p) {
            auto *set = new QBarSet(planName(d.breachPlans.at(p)));
            for (int i = 0; i < d.days.size(); ++i) {
                *set << double(d.breachesPerDay.at(p).at(i));
                sums[i] += d.breachesPerDay.at(p).at(i);
            }
            series->append(set);
        }
        for (qint64 s : sums)
            max = std::max(max, s);
        QStringList names;
        const QLocale locale;
        for (const QDate &day : d.days)
            names << (d.days.size() > 10 ? locale.toString(day, QStringLiteral("d"))
                                         : DateFormat::dayMonth(locale, day));
        chart->addSeries(series);
        categories(chart, Qt::AlignBottom, series, names);
        countAxis(chart, Qt::AlignLeft, series, max);
        chart->legend()->setVisible(!d.breachPlans.isEmpty());
        const QStringList plans = d.breachPlans;
        connect(series, &QStackedBarSeries::clicked, this, [this, plans](int, QBarSet *set) {
            QueueFilter filter = baseQueueFilter();
            filter.view = QueueFilter::View::Breached;
            const int p = set ? int(set->property("planIndex").toInt()) : -1;
            if (p >= 0 && p < plans.size())
                filter.planId = plans.at(p);
            emit openQueueView(filter);
        });
        for (int p = 0; p < series->count(); ++p)
            series->barSets().at(p)->setProperty("planIndex", p);
    }

    // Response time against the target.
    {
        QChart *chart = m_charts[ResponseChart]->chart();
        reset(chart);
        auto *series = new QBarSeries;
        auto *set = new QBarSet(tr("Responses"));
        QStringList names;
        qint64 max = 0;
        for (int b = 0; b < ResponseBucketCount; ++b) {
            names << (ResponseBucketUpperPercent[b]
                              ? tr("≤ %1 %").arg(ResponseBucketUpperPercent[b])
                              : tr("> %1 %").arg(ResponseBucketUpperPercent[b - 1]));
            *set << double(d.responseBuckets[b]);
            max = std::max(max, d.responseBuckets[b]);
        }
        set->setColor(tileColor(OpenTile, isDark(this)));
        series->append(set);
        chart->addSeries(series);
        categories(chart, Qt::AlignBottom, series, names);
        countAxis(chart, Qt::AlignLeft, series, max);
        chart->legend()->setVisible(false);
    }

    // Agent workload: open and at risk per agent (the 12 busiest).
    {
        QChart *chart = m_charts[AgentChart]->chart();
        reset(chart);
        auto *series = new QBarSeries;
        auto *open = new QBarSet(tr("Open"));
        auto *atRisk = new QBarSet(tr("At risk or breached"));
        atRisk->setColor(tileColor(AtRiskTile, isDark(this)));
        QStringList names;
        qint64 max = 0;
        for (int i = 0; i < std::min<int>(12, int(d.agents.size())); ++i) {
            const AgentLoad &a = d.agents.at(i);
            names << (a.agentId ? a.name : tr("Unassigned"));
            *open << double(a.open);
            *atRisk << double(a.atRisk + a.breached);
            max = std::max(max, a.open);
        }
        series->append(open);
        series->append(atRisk);
        chart->addSeries(series);
        categories(chart, Qt::AlignBottom, series, names);
        countAxis(chart, Qt::AlignLeft, series, max);
        connect(series, &QBarSeries::clicked, this, [this, atRisk](int, QBarSet *set) {
            QueueFilter filter = baseQueueFilter();
            filter.view = set == atRisk ? QueueFilter::View::AtRisk : QueueFilter::View::AllOpen;
            emit openQueueView(filter);
        });
    }
}

bool DashboardWorkspace::exportChart(Chart chart, const QString &fileName, QString *error)
{
    QChartView *view = m_charts[chart];
    const QSize size = view->size().isEmpty() ? QSize(800, 500) : view->size();
    if (QFileInfo(fileName).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0) {
        QPdfWriter writer(fileName);
        writer.setTitle(m_chartTitles[chart]->text());
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setResolution(150);
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = tr("Cannot write %1").arg(fileName);
            return false;
        }
        const QRect target = painter.viewport();
        painter.setWindow(QRect(QPoint(0, 0), size));
        painter.setViewport(
                QRect(target.topLeft(), size.scaled(target.size(), Qt::KeepAspectRatio)));
        view->render(&painter, QRectF(), QRect(QPoint(0, 0), size));
        painter.end();
        return true;
    }
    QImage image(size * 2, QImage::Format_ARGB32);
    image.setDevicePixelRatio(2);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    view->render(&painter, QRectF(QPointF(0, 0), size), QRect(QPoint(0, 0), size));
    painter.end();
    if (!image.save(fileName, "PNG")) {
        *error = tr("Cannot write %1").arg(fileName);
        return false;
    }
    return true;
}

bool DashboardWorkspace::exportCsv(const QString &fileName, QString *error)
{
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_model->toCsv().toUtf8()) < 0 ||
        !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

void DashboardWorkspace::chooseExport(Chart chart)
{
    QString selected;
    const QString fileName = QFileDialog::getSaveFileName(
            this, tr("Export Chart"), m_chartTitles[chart]->text() + QStringLiteral(".png"),
            tr("PNG image (*.png);;PDF document (*.pdf)"), &selected);
    if (fileName.isEmpty())
        return;
    QString error;
    if (!exportChart(chart, fileName, &error))
        m_holidays->setText(error.toHtmlEscaped());
}

void DashboardWorkspace::chooseCsvExport()
{
    const QString fileName = QFileDialog::getSaveFileName(
            this, tr("Export Figures"), QStringLiteral("dashboard.csv"), tr("CSV file (*.csv)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!exportCsv(fileName, &error))
        m_holidays->setText(error.toHtmlEscaped());
}

} // namespace dueline
