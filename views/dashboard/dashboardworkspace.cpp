// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/dashboard/dashboardworkspace.h"

#include "models/item/dateformat.h"
#include "models/item/numberformat.h"
#include "models/item/ticker.h"
#include "views/common/commonui.h"
#include "views/common/emptystatewidget.h"
#include "views/dashboard/customerreportdialog.h"
#include "views/dashboard/daybarchartview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
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
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>

#include <cmath>

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
    // A custom range: the first and the last day, shown when "Custom range…" is chosen.
    for (QDateEdit **edit : {&m_customFirst, &m_customLast}) {
        *edit = new QDateEdit(m_content);
        (*edit)->setCalendarPopup(true);
        (*edit)->setObjectName(edit == &m_customFirst ? QStringLiteral("customFirstDay")
                                                      : QStringLiteral("customLastDay"));
        (*edit)->hide();
        filters->insertWidget(filters->indexOf(m_period) + (edit == &m_customFirst ? 1 : 2), *edit);
        connect(*edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_filling)
                applyFilter();
        });
    }
    connect(m_period, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_customFirst->setVisible(index == CustomPeriod);
        m_customLast->setVisible(index == CustomPeriod);
    });
    addCombo(m_planLabel, m_plan, "planFilter");
    addCombo(m_severityLabel, m_severity, "severityFilter");
    addCombo(m_agentLabel, m_agent, "agentFilter");
    // A chosen plan's or severity's name may be longer than the row allows: each box has a
    // tooltip with its choice (fillFilters() makes "All …" fit whole).
    for (QComboBox *combo : {m_plan, m_severity, m_agent}) {
        connect(combo, &QComboBox::currentTextChanged, combo,
                [combo](const QString &text) { combo->setToolTip(text.trimmed()); });
    }
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
    tiles->addWidget(m_openTitle, 0, 0, 1, 5);
    // The customer's SLA report, beside the figures it is made of (not in the filter row: it
    // makes its own choices).
    m_reportButton = new QToolButton(m_content);
    m_reportButton->setObjectName(QStringLiteral("customerReportButton"));
    m_reportButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_reportButton->setAutoRaise(true);
    m_reportButton->setIcon(QIcon::fromTheme(QStringLiteral("application-pdf")));
    connect(m_reportButton, &QToolButton::clicked, this, [this] { showCustomerReport(); });
    tiles->addWidget(m_reportButton, 0, 5, Qt::AlignRight);
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
        if (c == BreachesPerDayChart) {
            // Drawn by Dueline itself: every day of the period, thinned labels, month lines
            // and a legend that wraps (Qt Charts drops repeated category labels and elides
            // its legend).
            m_breachChart = new DayBarChartView(card);
            m_breachChart->setObjectName(QStringLiteral("chart%1").arg(c));
            m_breachChart->setMinimumHeight(340);
            connect(m_breachChart, &DayBarChartView::barClicked, this, [this](int, int series) {
                QueueFilter filter = baseQueueFilter();
                filter.view = QueueFilter::View::Breached;
                const QStringList &plans = m_model->dashboardData().breachPlans;
                if (series >= 0 && series < plans.size())
                    filter.planId = plans.at(series);
                emit openQueueView(filter);
            });
            cardLayout->addWidget(m_breachChart);
        } else {
            auto *chart = new QChart;
            chart->legend()->setAlignment(Qt::AlignBottom);
            chart->setMargins(QMargins(4, 4, 4, 4));
            chart->setBackgroundRoundness(0);
            chart->setLocalizeNumbers(true);
            m_charts[c] = new QChartView(chart, card);
            m_charts[c]->setObjectName(QStringLiteral("chart%1").arg(c));
            m_charts[c]->setRenderHint(QPainter::Antialiasing);
            m_charts[c]->setMinimumHeight(c == ResponseChart ? 240 : 300);
            m_charts[c]->installEventFilter(this);
            cardLayout->addWidget(m_charts[c]);
        }
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
    m_reportButton->setText(tr("Customer Report…"));
    m_reportButton->setToolTip(
            tr("Make the SLA report of a customer or a plan for a month, as PDF or CSV"));
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
    m_period->addItems({tr("Today"), tr("Last 7 days"), tr("Last 30 days"), tr("Last 90 days"),
                        tr("Last 365 days"), tr("Custom range…")});
    m_customFirst->setToolTip(tr("First day of the period"));
    m_customLast->setToolTip(tr("Last day of the period (included)"));
    // A date edit keeps the locale it was made with: the language's, for the dates and numbers.
    CommonUi::followDefaultLocale(this);
    for (QDateEdit *edit : {m_customFirst, m_customLast})
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_breachChart->setEmptyText(tr("No breaches in this period"));
    m_period->setCurrentIndex(period < 0 ? Last30DaysPeriod : period);
    m_period->setMinimumWidth(m_period->sizeHint().width()); // never squeezed by the row
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
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) &&
               m_hasData) {
        restyleTiles();
        updateCharts();
    }
    QWidget::changeEvent(event);
}

// Category names are elided to the room the charts have: when a chart changes size (the window,
// or the layout after a language switch), they are laid out again once the layout has settled.
bool DashboardWorkspace::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && m_hasData && !m_chartsPending) {
        m_chartsPending = true;
        QTimer::singleShot(0, this, [this] {
            m_chartsPending = false;
            updateCharts();
        });
    }
    return QWidget::eventFilter(watched, event);
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
    // Wide enough for "All …" in every language: Qt sizes the box in widths of an 'x'.
    for (QComboBox *combo : {m_plan, m_severity, m_agent}) {
        const QFontMetrics fm(combo->font());
        const int xs = int(std::ceil(double(fm.horizontalAdvance(combo->itemText(0))) /
                                     fm.horizontalAdvance(QLatin1Char('x'))));
        combo->setMinimumContentsLength(std::max(10, xs + 1));
    }
    m_filling = false;
}

void DashboardWorkspace::setDatabase(const DatabaseUrl &url, CatalogPtr catalog,
                                     const ClockSource &clock)
{
    m_catalog = catalog;
    m_clock = &clock;
    m_url = url;
    // A custom range starts as the last 30 days.
    const QDate today =
            QDateTime::fromSecsSinceEpoch(clock.nowUtc(), QTimeZone::systemTimeZone()).date();
    m_filling = true;
    m_customFirst->setDate(today.addDays(-29));
    m_customLast->setDate(today);
    m_filling = false;
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

void DashboardWorkspace::setCustomPeriod(QDate first, QDate last)
{
    m_filling = true;
    m_customFirst->setDate(first);
    m_customLast->setDate(last);
    m_filling = false;
    if (m_period->currentIndex() == CustomPeriod)
        applyFilter();
    else
        m_period->setCurrentIndex(CustomPeriod);
}

DashboardWorkspace::Period DashboardWorkspace::period() const
{
    return Period(std::max(0, m_period->currentIndex()));
}

// The days of the chosen period, in the reader's zone: today and the N - 1 days before it, or
// the custom range (its days in order, whichever edit holds the earlier one).
QVector<QDate> DashboardWorkspace::periodDays() const
{
    if (!m_clock)
        return {};
    const QDate today =
            QDateTime::fromSecsSinceEpoch(m_clock->nowUtc(), QTimeZone::systemTimeZone()).date();
    QDate first;
    QDate last = today;
    if (period() == CustomPeriod) {
        first = std::min(m_customFirst->date(), m_customLast->date());
        last = std::max(m_customFirst->date(), m_customLast->date());
    } else {
        static const int days[] = {1, 7, 30, 90, 365};
        first = today.addDays(1 - days[period()]);
    }
    QVector<QDate> result;
    for (QDate d = first; d <= last && result.size() < 366; d = d.addDays(1))
        result << d;
    return result;
}

QString DashboardWorkspace::periodDescription() const
{
    const QVector<QDate> days = periodDays();
    if (days.isEmpty())
        return m_period->currentText();
    QString range = DateFormat::dayRange(QLocale(), days.first(), days.last());
    if (period() == CustomPeriod)
        return range;
    return tr("%1, %2", "a period and its days: Last 7 days, 27 Nov – 3 Dec 2026")
            .arg(m_period->currentText(), range);
}

QString DashboardWorkspace::filterDescription() const
{
    QStringList parts;
    for (const QComboBox *combo : {m_plan, m_severity, m_agent})
        parts << combo->currentText().trimmed();
    return parts.join(tr(" · ", "between the filters of the dashboard"));
}

QString DashboardWorkspace::description() const
{
    return periodDescription() + tr(" · ", "between the filters of the dashboard") +
           filterDescription();
}

QString DashboardWorkspace::defaultExportPath(const QString &what, const QString &suffix) const
{
    const QVector<QDate> days = periodDays();
    QStringList parts{what};
    if (!days.isEmpty()) {
        parts << days.first().toString(Qt::ISODate);
        if (days.size() > 1)
            parts << days.last().toString(Qt::ISODate);
    }
    const QString plan = m_plan->currentData().toString();
    if (!plan.isEmpty())
        parts << QString(plan)
                         .replace(QLatin1Char('/'), QLatin1Char('-'))
                         .remove(QStringLiteral("provider:"));
    if (!m_severity->currentData().toString().isEmpty())
        parts << m_severity->currentData().toString();
    if (m_agent->currentIndex() > 0)
        parts << (m_agent->currentData().toLongLong() == 0
                          ? QStringLiteral("unassigned")
                          : QStringLiteral("agent-%1").arg(m_agent->currentData().toLongLong()));
    return CommonUi::defaultExportPath(parts.join(QLatin1Char('_')) + QLatin1Char('.') + suffix);
}

QWidget *DashboardWorkspace::chartWidget(Chart chart) const
{
    return chart == BreachesPerDayChart ? static_cast<QWidget *>(m_breachChart)
                                        : static_cast<QWidget *>(m_charts[chart]);
}

QString DashboardWorkspace::chartTitle(Chart chart) const
{
    return m_chartTitles[chart]->text();
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
    const QVector<QDate> days = periodDays();
    if (days.isEmpty())
        return;
    f.from = QDateTime(days.first(), QTime(0, 0), f.zone).toSecsSinceEpoch();
    f.to = QDateTime(days.last().addDays(1), QTime(0, 0), f.zone).toSecsSinceEpoch();
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
    filter.severity = m_service->filter().severity;
    filter.assigneeId = m_service->filter().agentId;
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
                i < TileCount - 1 ? locale.toString(numbers[i])
                                  : (figures.total.compliancePercent < 0
                                             ? QStringLiteral("—")
                                             : NumberFormat::percent(
                                                       locale, figures.total.compliancePercent));
        m_tiles[i]->setText(number + QLatin1Char('\n') + names[i]);
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 1.3);
        f.setBold(true);
        m_tiles[i]->setFont(f);
    }
    restyleTiles();
    QStringList lines;
    const QString lang = language();
    for (const HolidayForecast &h : figures.forecast.holidays) {
        if (h.tickets == 0)
            continue;
        const Provider *provider = m_catalog ? m_catalog->provider(h.providerId) : nullptr;
        lines << tr("<b>%n %1 ticket(s)</b> breach during %2 (%3) unless answered by %4", nullptr,
                    int(h.tickets))
                         .arg(provider ? provider->names.text(lang) : h.providerId,
                              h.holidayNames.text(lang).toHtmlEscaped(),
                              DateFormat::dayRange(locale, h.firstDay, h.lastDay),
                              DateFormat::inZonesText(locale, h.cutoff, QTimeZone(h.timeZone),
                                                      QTimeZone::systemTimeZone(), figures.now));
    }
    m_holidays->setText(lines.join(QStringLiteral("<br>")));
    m_holidays->setVisible(!lines.isEmpty());
    updateCharts();
    emit updated();
}

// The tiles' colours follow the palette: called on every palette or style change, so a switch
// to dark at run time recolours them like a start in dark.
void DashboardWorkspace::restyleTiles()
{
    const bool dark = isDark(this);
    for (int i = 0; i < TileCount; ++i) {
        const QString sheet =
                QStringLiteral("QToolButton { color: %1; }").arg(tileColor(i, dark).name());
        if (m_tiles[i]->styleSheet() != sheet)
            m_tiles[i]->setStyleSheet(sheet);
    }
}

void DashboardWorkspace::applyChartTheme()
{
    const bool dark = isDark(this);
    for (QChartView *view : m_charts) {
        if (!view)
            continue;
        QChart *chart = view->chart();
        chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart->setBackgroundBrush(palette().color(QPalette::Base));
        chart->setAnimationOptions(QChart::NoAnimation);
        chart->setLocale(QLocale());
        chart->setLocalizeNumbers(true);
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
        // With localized numbers Qt Charts formats the number with QLocale (which knows 'f',
        // not 'd') and keeps the text around it as it is.
        axis->setLabelFormat(NumberFormat::percentPattern(QLocale()).arg(QStringLiteral("%.0f")));
        axis->setTickCount(6);
        chart->addAxis(axis, alignment);
        series->attachAxis(axis);
    };
    auto countAxis = [](QChart *chart, Qt::Alignment alignment, QAbstractSeries *series,
                        qint64 max) {
        auto *axis = new QValueAxis;
        axis->setRange(0, std::max<qint64>(1, max));
        axis->setLabelFormat(QStringLiteral("%.0f")); // see the percent axis
        axis->applyNiceNumbers();
        chart->addAxis(axis, alignment);
        series->attachAxis(axis);
    };
    // Category labels elided on purpose to `width` (the bar's tooltip has the whole name); a
    // category axis needs distinct labels, so a clash after eliding gets zero-width spaces.
    auto categories = [](QChart *chart, Qt::Alignment alignment, QAbstractSeries *series,
                         const QStringList &names, qreal width) {
        auto *axis = new QBarCategoryAxis;
        axis->setTruncateLabels(false);
        const QFontMetricsF fm(axis->labelsFont());
        QStringList labels;
        for (const QString &name : names) {
            // A few pixels short of the room: Qt Charts rounds the axis's width down.
            QString label = fm.elidedText(name, Qt::ElideRight, width - fm.height() / 2);
            while (labels.contains(label))
                label += QChar(0x200b);
            labels << label;
        }
        axis->append(labels);
        chart->addAxis(axis, alignment);
        series->attachAxis(axis);
    };
    // Room for the names left of horizontal bars: two fifths of the chart.
    auto nameWidth = [this](Chart c) {
        return std::max<qreal>(120, m_charts[c]->width() * 0.38);
    };
    auto tooltips = [this](QAbstractBarSeries *series, const QStringList &names,
                           const QString &format) {
        connect(series, &QAbstractBarSeries::hovered, this,
                [names, format](bool status, int index, QBarSet *set) {
                    if (!status || index < 0 || index >= names.size()) {
                        QToolTip::hideText();
                        return;
                    }
                    const QString value = format.contains(QLatin1String("%"))
                                                  ? QLocale().toString(set->at(index), 'f', 1)
                                                  : QLocale().toString(qint64(set->at(index)));
                    QToolTip::showText(QCursor::pos(),
                                       tr("%1: %2", "a chart's category and its value")
                                               .arg(names.at(index), format.arg(value)));
                });
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
        series->setLabelsFormat(
                NumberFormat::percentPattern(QLocale()).arg(QStringLiteral("@value")));
        series->setLabelsPrecision(3);
        chart->addSeries(series);
        categories(chart, Qt::AlignLeft, series, names, nameWidth(c));
        tooltips(series, names, NumberFormat::percentPattern(QLocale()));
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
        QVector<DayBarChart::Series> series;
        for (int p = 0; p < d.breachPlans.size(); ++p)
            series.append({planName(d.breachPlans.at(p)), DayBarChart::seriesColor(p, isDark(this)),
                           d.breachesPerDay.at(p)});
        m_breachChart->setDays(d.days);
        m_breachChart->setSeries(series);
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
                              ? tr("≤ %1", "at most this share of the target")
                                        .arg(NumberFormat::percent(
                                                QLocale(), ResponseBucketUpperPercent[b], 0))
                              : tr("> %1", "more than this share of the target")
                                        .arg(NumberFormat::percent(
                                                QLocale(), ResponseBucketUpperPercent[b - 1], 0)));
            *set << double(d.responseBuckets[b]);
            max = std::max(max, d.responseBuckets[b]);
        }
        set->setColor(tileColor(OpenTile, isDark(this)));
        series->append(set);
        chart->addSeries(series);
        categories(chart, Qt::AlignBottom, series, names,
                   std::max<qreal>(40, m_charts[ResponseChart]->width() / 8.0));
        countAxis(chart, Qt::AlignLeft, series, max);
        chart->legend()->setVisible(false);
        tooltips(series, names, QStringLiteral("%1"));
    }

    // Agent workload: open and at risk per agent (the 12 busiest).
    {
        QChart *chart = m_charts[AgentChart]->chart();
        reset(chart);
        // Horizontal bars, so that every name has a line of its own.
        auto *series = new QHorizontalBarSeries;
        auto *open = new QBarSet(tr("Open"));
        auto *atRisk = new QBarSet(tr("At risk"));
        auto *breached = new QBarSet(tr("Breached"));
        open->setColor(tileColor(OpenTile, isDark(this)));
        atRisk->setColor(tileColor(AtRiskTile, isDark(this)));
        breached->setColor(tileColor(BreachedTile, isDark(this)));
        QStringList names;
        QVector<qint64> agentIds;
        qint64 max = 0;
        const int shown = std::min<int>(12, int(d.agents.size()));
        for (int i = shown - 1; i >= 0; --i) { // the busiest on top
            const AgentLoad &a = d.agents.at(i);
            names << (a.agentId ? a.name : tr("Unassigned"));
            agentIds << a.agentId;
            *open << double(a.open);
            *atRisk << double(a.atRisk);
            *breached << double(a.breached);
            max = std::max(max, a.open);
        }
        series->append(open);
        series->append(atRisk);
        series->append(breached);
        chart->addSeries(series);
        categories(chart, Qt::AlignLeft, series, names, nameWidth(AgentChart));
        countAxis(chart, Qt::AlignBottom, series, max);
        chart->legend()->setVisible(true);
        tooltips(series, names, QStringLiteral("%1"));
        connect(series, &QHorizontalBarSeries::clicked, this,
                [this, atRisk, breached, agentIds](int index, QBarSet *set) {
                    QueueFilter filter = baseQueueFilter();
                    filter.view = set == atRisk     ? QueueFilter::View::AtRisk
                                  : set == breached ? QueueFilter::View::Breached
                                                    : QueueFilter::View::AllOpen;
                    if (index >= 0 && index < agentIds.size()) {
                        if (agentIds.at(index) == 0 && filter.view == QueueFilter::View::AllOpen)
                            filter.view = QueueFilter::View::Unassigned;
                        else
                            filter.assigneeId = agentIds.at(index);
                    }
                    emit openQueueView(filter);
                });
    }
}

// A chart as a lead sends it: its title, the period and the filters above it, then the chart
// as on screen (at least 900 × 480 logical pixels, so that a small window still exports a
// readable chart), on one landscape A4 page or in a PNG at twice the resolution.
bool DashboardWorkspace::exportChart(Chart chart, const QString &fileName, QString *error)
{
    QWidget *view = chartWidget(chart);
    const QSize oldSize = view->size();
    const QSize size = oldSize.expandedTo(QSize(900, 480));
    if (size != oldSize)
        view->resize(size);
    const QStringList heading{m_chartTitles[chart]->text(), periodDescription(),
                              filterDescription()};
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(font().pointSizeF() * 1.25);
    const QFontMetrics titleMetrics(titleFont);
    const int headingHeight = titleMetrics.height() + 2 * fontMetrics().height() + 12;
    const QSize page(size.width(), size.height() + headingHeight);
    auto paint = [&](QPainter &painter) {
        painter.fillRect(QRect(QPoint(0, 0), page), palette().color(QPalette::Base));
        painter.setPen(palette().color(QPalette::Text));
        painter.setFont(titleFont);
        int y = 4;
        painter.drawText(QRect(8, y, page.width() - 16, titleMetrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, heading.at(0));
        y += titleMetrics.height();
        painter.setFont(font());
        for (int i = 1; i < heading.size(); ++i) {
            painter.drawText(QRect(8, y, page.width() - 16, fontMetrics().height()),
                             Qt::AlignLeft | Qt::AlignVCenter, heading.at(i));
            y += fontMetrics().height();
        }
        view->render(&painter, QPoint(0, headingHeight), QRegion(),
                     QWidget::DrawChildren | QWidget::DrawWindowBackground);
    };
    bool ok = true;
    if (QFileInfo(fileName).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0) {
        QPdfWriter writer(fileName);
        writer.setTitle(heading.join(QStringLiteral(" — ")));
        writer.setCreator(QStringLiteral("Dueline"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        writer.setResolution(150);
        QPainter painter;
        ok = painter.begin(&writer);
        if (ok) {
            const QRect target = painter.viewport();
            painter.setWindow(QRect(QPoint(0, 0), page));
            painter.setViewport(
                    QRect(target.topLeft(), page.scaled(target.size(), Qt::KeepAspectRatio)));
            paint(painter);
            ok = painter.end();
        }
    } else {
        QImage image(page * 2, QImage::Format_ARGB32);
        image.setDevicePixelRatio(2);
        QPainter painter(&image);
        paint(painter);
        painter.end();
        ok = image.save(fileName, "PNG");
    }
    if (size != oldSize)
        view->resize(oldSize);
    if (!ok)
        *error = tr("Cannot write %1").arg(fileName);
    return ok;
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

CustomerReportDialog *DashboardWorkspace::showCustomerReport(qint64 customerId)
{
    if (!m_catalog || !m_clock)
        return nullptr;
    if (!m_reportDialog) {
        m_reportDialog = new CustomerReportDialog(m_url, m_catalog, *m_clock, this);
        m_reportDialog->setAttribute(Qt::WA_DeleteOnClose);
        const QString plan = m_plan->currentData().toString();
        if (customerId <= 0 && m_catalog->plan(plan))
            m_reportDialog->selectPlan(plan);
    }
    if (customerId > 0)
        m_reportDialog->selectCustomer(customerId);
    m_reportDialog->show();
    m_reportDialog->raise();
    m_reportDialog->activateWindow();
    return m_reportDialog;
}

void DashboardWorkspace::chooseExport(Chart chart)
{
    QString selected;
    static const char *const names[ChartCount] = {"compliance-by-plan", "compliance-by-severity",
                                                  "breaches-per-day", "response-time",
                                                  "agent-workload"};
    const QString fileName = QFileDialog::getSaveFileName(
            this, tr("Export Chart"),
            defaultExportPath(QString::fromLatin1(names[chart]), QStringLiteral("png")),
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
            this, tr("Export Figures"),
            defaultExportPath(QStringLiteral("dashboard"), QStringLiteral("csv")),
            tr("CSV file (*.csv)"));
    if (fileName.isEmpty())
        return;
    QString error;
    if (!exportCsv(fileName, &error))
        m_holidays->setText(error.toHtmlEscaped());
}

} // namespace dueline
