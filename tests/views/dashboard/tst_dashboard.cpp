// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard widget and the wallboard, offscreen: a helpful empty state on an empty
// database, figures and charts from a small database, a click on a number asking for the
// matching queue view, exports (PNG, PDF, CSV) and the wallboard's pages. Over a demo database
// (issue 21): a switch of language and theme at run time gives what a fresh start in the same
// settings shows, no chart text is wider than its room in any language at 1280×800, numbers and
// dates are written one way per language, and exports say what they hold.

#include "app/bootstrap/i18n.h"
#include "models/item/numberformat.h"
#include "models/store/demodata.h"
#include "models/store/ticketstore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/testdatabase.h"
#include "views/common/emptystatewidget.h"
#include "views/common/theme.h"
#include "views/dashboard/dashboardworkspace.h"
#include "views/dashboard/daybarchartview.h"
#include "views/dashboard/wallboardwidget.h"

#include <QAbstractButton>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QProcess>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTemporaryDir>
#include <QToolButton>
#include <QValueAxis>
#include <QtTest>

using namespace dueline;

class TestDashboard : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void emptyDatabaseShowsEmptyState();
    void showsFiguresAndCharts();
    void wallboardRotates();
    void runTimeSwitchesMatchAFreshStart();
    void labelsFitTheirRoom_data();
    void labelsFitTheirRoom();
    void oneFormatPerLanguage();
    void exportsSayWhatTheyHold();
    void wallboardSaysWhatItShows();
    void cleanupTestCase();

private:
    // A dashboard over the demo database, 1280×800, its figures shown.
    std::unique_ptr<DashboardWorkspace> openDemo();
    // Every text and colour a person sees on `widget`, in a stable order.
    static QStringList rendering(DashboardWorkspace &widget);

    FakeClock m_clock = FakeClock::at("2026-12-28T07:00:00Z");
    CatalogPtr m_catalog;
    std::unique_ptr<testsupport::TestDatabase> m_demo;
};

void TestDashboard::initTestCase()
{
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    m_demo = testsupport::TestDatabase::create(Engine::SQLite, &error);
    QVERIFY2(m_demo, qPrintable(error));
    StoreError storeError;
    auto store = TicketStore::open(m_demo->url(), m_catalog, m_clock,
                                   Connection::Mode::CreateIfMissing, &storeError);
    QVERIFY(store && store->migrate(&storeError) >= 0);
    DemoOptions options;
    options.tickets = 2500;
    options.seed = 5;
    DemoSummary summary;
    QVERIFY2(DemoData::generate(store->connection(), *m_catalog, m_clock.nowUtc(), options,
                                &summary, &storeError),
             qPrintable(storeError.message));
    QVERIFY(i18n::installTranslators(QStringLiteral("en")));
}

void TestDashboard::init()
{
    QVERIFY(i18n::installTranslators(QStringLiteral("en")));
    Theme::apply(Theme::Mode::Light);
}

void TestDashboard::cleanupTestCase()
{
    i18n::installTranslators(QStringLiteral("en"));
    Theme::apply(Theme::Mode::Light);
}

std::unique_ptr<DashboardWorkspace> TestDashboard::openDemo()
{
    auto widget = std::make_unique<DashboardWorkspace>();
    widget->resize(1280, 800);
    widget->show();
    widget->setDatabase(m_demo->url(), m_catalog, m_clock);
    widget->setPeriod(DashboardWorkspace::Last90DaysPeriod);
    if (!QTest::qWaitFor(
                [&] {
                    return !widget->isShowingEmptyState() && !widget->service()->isBusy() &&
                           widget->model()->dashboardData().days.size() == 90;
                },
                20000))
        return nullptr;
    QTest::qWait(50); // the charts' labels are elided once the layout has settled
    return widget;
}

QStringList TestDashboard::rendering(DashboardWorkspace &widget)
{
    QStringList out;
    const QPalette &p = widget.palette();
    out << QStringLiteral("palette %1 %2 %3")
                    .arg(p.color(QPalette::Window).name(), p.color(QPalette::Base).name(),
                         p.color(QPalette::Text).name());
    for (QWidget *child : widget.findChildren<QWidget *>()) {
        if (!child->isVisibleTo(&widget))
            continue;
        const QString id = child->objectName() + QLatin1Char('/') +
                           QString::fromLatin1(child->metaObject()->className()) +
                           QStringLiteral(": ");
        if (auto *label = qobject_cast<QLabel *>(child)) {
            out << id + label->text();
        } else if (auto *button = qobject_cast<QAbstractButton *>(child)) {
            out << id + button->text() + QLatin1Char('|') + button->toolTip() + QLatin1Char('|') +
                            button->styleSheet();
        } else if (auto *combo = qobject_cast<QComboBox *>(child)) {
            for (int i = 0; i < combo->count(); ++i)
                out << id + combo->itemText(i);
        } else if (auto *view = qobject_cast<QChartView *>(child)) {
            QChart *chart = view->chart();
            out << id + QStringLiteral("theme %1 locale %2 background %3")
                                    .arg(int(chart->theme()))
                                    .arg(chart->locale().name(),
                                         chart->backgroundBrush().color().name());
            for (QAbstractAxis *axis : chart->axes()) {
                if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
                    out << id + categories->categories().join(QLatin1Char('|'));
                else if (auto *values = qobject_cast<QValueAxis *>(axis))
                    out << id + values->labelFormat();
                out << id + axis->labelsBrush().color().name();
            }
            for (QAbstractSeries *series : chart->series()) {
                if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
                    out << id + bars->labelsFormat();
                    for (QBarSet *set : bars->barSets())
                        out << id + set->label() + QLatin1Char(' ') + set->color().name();
                }
            }
        } else if (auto *bars = qobject_cast<DayBarChartView *>(child)) {
            bars->layoutFor(bars->size());
            for (const DayBarChart::Text &t : bars->chart().dayLabels())
                out << id + t.text;
            for (const DayBarChart::LegendEntry &e : bars->chart().legend())
                out << id + e.text.text + QLatin1Char(' ') + e.color.name();
            out << id + bars->palette().color(QPalette::Text).name();
        }
    }
    return out;
}

// Switched at run time — English to Russian to Chinese, light to dark — every text, format and
// colour is what a dashboard created in those settings shows.
void TestDashboard::runTimeSwitchesMatchAFreshStart()
{
    Theme::apply(Theme::Mode::Light);
    QVERIFY(i18n::installTranslators(QStringLiteral("en")));
    auto running = openDemo();
    QVERIFY(running);
    const QStringList english = rendering(*running);
    for (const QString &language : {QStringLiteral("ru"), QStringLiteral("zh_CN")}) {
        for (Theme::Mode mode : {Theme::Mode::Light, Theme::Mode::Dark}) {
            QVERIFY(i18n::installTranslators(language));
            Theme::apply(mode);
            QTRY_VERIFY_WITH_TIMEOUT(!running->service()->isBusy(), 10000);
            QTest::qWait(50);
            auto fresh = openDemo();
            QVERIFY(fresh);
            const QStringList switched = rendering(*running);
            const QStringList started = rendering(*fresh);
            QCOMPARE(switched.size(), started.size());
            for (int i = 0; i < started.size(); ++i)
                QVERIFY2(switched.at(i) == started.at(i),
                         qPrintable(QStringLiteral("%1 %2:\n%3\n%4")
                                            .arg(language)
                                            .arg(int(mode))
                                            .arg(switched.at(i), started.at(i))));
            QVERIFY(switched != english);
        }
    }
    i18n::installTranslators(QStringLiteral("en"));
    Theme::apply(Theme::Mode::Light);
}

void TestDashboard::labelsFitTheirRoom_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "ru", "zh_CN"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

// No chart text wider than its room at 1280×800: the names beside horizontal bars fit left of
// the plot, the labels under vertical bars fit their column, the legends' texts are whole, and
// the breaches chart's labels fit their boxes (tst_daybarchart checks they never touch).
void TestDashboard::labelsFitTheirRoom()
{
    QFETCH(QString, language);
    QVERIFY(i18n::installTranslators(language));
    auto widget = openDemo();
    QVERIFY(widget);
    int checked = 0;
    for (int c = 0; c < DashboardWorkspace::ChartCount; ++c) {
        const auto chartId = DashboardWorkspace::Chart(c);
        if (chartId == DashboardWorkspace::BreachesPerDayChart) {
            DayBarChartView *view = widget->breachChart();
            view->layoutFor(view->size());
            const QFontMetricsF fm(view->font());
            const QRectF inside(QPointF(0, 0), QSizeF(view->size()));
            for (const DayBarChart::Text &t : view->chart().dayLabels()) {
                QVERIFY2(fm.horizontalAdvance(t.text) <= t.rect.width() && inside.contains(t.rect),
                         qPrintable(t.text));
                ++checked;
            }
            for (const DayBarChart::LegendEntry &e : view->chart().legend()) {
                QCOMPARE(e.text.text, view->chart().series().at(e.text.index).name);
                QVERIFY2(fm.horizontalAdvance(e.text.text) <= e.text.rect.width() &&
                                 inside.contains(e.text.rect),
                         qPrintable(e.text.text));
                ++checked;
            }
            QVERIFY(view->chart().legend().size() >= 5); // the demo breaches on many plans
            continue;
        }
        QChart *chart = widget->chartView(chartId)->chart();
        const QRectF plot = chart->plotArea();
        // The value axis has its numbers: ink below the plot (horizontal bars) or left of it.
        {
            const QImage image = widget->chartView(chartId)->grab().toImage();
            const qreal ratio = image.devicePixelRatio();
            const bool horizontal = qobject_cast<QHorizontalBarSeries *>(chart->series().first());
            const QRectF area = horizontal ? QRectF(plot.left(), plot.bottom() + 2, plot.width(),
                                                    image.height() / ratio - plot.bottom() - 2)
                                           : QRectF(0, plot.top(), plot.left() - 2, plot.height());
            const QColor background = image.pixelColor(QPoint(1, 1));
            int ink = 0;
            for (int y = int(area.top() * ratio); y < int(area.bottom() * ratio); ++y) {
                for (int x = int(area.left() * ratio); x < int(area.right() * ratio); ++x) {
                    const QColor pixel = image.pixelColor(x, y);
                    ink += qAbs(pixel.lightness() - background.lightness()) > 80;
                }
            }
            QVERIFY2(ink > 20, qPrintable(widget->chartTitle(chartId)));
        }
        for (QAbstractAxis *axis : chart->axes()) {
            auto *categories = qobject_cast<QBarCategoryAxis *>(axis);
            if (!categories)
                continue;
            const QFontMetricsF fm(categories->labelsFont());
            const QStringList names = categories->categories();
            QVERIFY(!names.isEmpty());
            for (const QString &name : names) {
                const qreal width = fm.horizontalAdvance(name);
                const qreal room = axis->alignment() == Qt::AlignLeft
                                           ? plot.left() - chart->margins().left()
                                           : plot.width() / names.size();
                QVERIFY2(width <= room, qPrintable(QStringLiteral("%1: \"%2\" %3 > %4")
                                                           .arg(widget->chartTitle(chartId), name)
                                                           .arg(width)
                                                           .arg(room)));
                ++checked;
            }
        }
        if (chart->legend()->isVisible()) {
            const QFontMetricsF fm(chart->legend()->font());
            qreal needed = 0;
            for (QLegendMarker *marker : chart->legend()->markers())
                needed += fm.horizontalAdvance(marker->label()) + fm.height() * 2;
            QVERIFY2(needed <= chart->legend()->geometry().width(),
                     qPrintable(widget->chartTitle(chartId)));
        }
    }
    QVERIFY(checked > 30);
    i18n::installTranslators(QStringLiteral("en"));
}

// Russian writes "83,6 %" on the tiles, in the chart labels and in the table alike; every date
// of the dashboard is "d MMM", and the time to answer by names its zone.
void TestDashboard::oneFormatPerLanguage()
{
    QVERIFY(i18n::installTranslators(QStringLiteral("ru")));
    auto widget = openDemo();
    QVERIFY(widget);
    const QLocale ru(QLocale::Russian);
    const double compliance = widget->model()->dashboardData().total.compliancePercent;
    QVERIFY(compliance > 0 && compliance < 100);
    const QString percent = NumberFormat::percent(ru, compliance);
    QVERIFY(percent.contains(QLatin1Char(',')) && percent.endsWith(QStringLiteral("\u00a0%")));
    auto *tile = widget->findChild<QToolButton *>(QStringLiteral("tile8"));
    QVERIFY(tile);
    QVERIFY2(tile->text().startsWith(percent), qPrintable(tile->text()));
    const int row = widget->model()->rowOfKey(QStringLiteral("compliance.total"));
    QCOMPARE(widget->model()->index(row, DashboardModel::ValueColumn).data().toString(), percent);
    QChart *byPlan = widget->chartView(DashboardWorkspace::ComplianceByPlanChart)->chart();
    auto *series = qobject_cast<QAbstractBarSeries *>(byPlan->series().first());
    QCOMPARE(series->labelsFormat(), QStringLiteral("@value\u00a0%"));
    QCOMPARE(byPlan->locale().language(), QLocale::Russian);
    QVERIFY(byPlan->localizeNumbers());
    // Days in Russian, no US dates, a zone beside every time.
    const QString period = widget->periodDescription();
    QVERIFY2(period.contains(ru.toString(QDate(2026, 12, 28), QStringLiteral("d MMM yyyy"))),
             qPrintable(period));
    auto *holidays = widget->findChild<QLabel *>(QStringLiteral("holidayForecast"));
    QVERIFY(holidays);
    QVERIFY2(!holidays->text().contains(QRegularExpression(QStringLiteral("\\d/\\d"))),
             qPrintable(holidays->text()));
    if (!holidays->text().isEmpty())
        QVERIFY2(holidays->text().contains(QRegularExpression(QStringLiteral("\\d:\\d\\d [A-Z]"))),
                 qPrintable(holidays->text()));
    i18n::installTranslators(QStringLiteral("en"));
}

// The CSV starts with its period and filters, a chart's PDF prints them above the chart on one
// page, and the default file name says it all in a folder that exists.
void TestDashboard::exportsSayWhatTheyHold()
{
    auto widget = openDemo();
    QVERIFY(widget);
    widget->setSeverityFilter(QStringLiteral("critical"));
    QTRY_VERIFY_WITH_TIMEOUT(!widget->service()->isBusy() &&
                                     widget->model()->dashboardData().filter.severity ==
                                             QStringLiteral("critical"),
                             20000);
    QString error;
    const QString csv = m_demo->tempPath(QStringLiteral("figures.csv"));
    QVERIFY2(widget->exportCsv(csv, &error), qPrintable(error));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csvFile.readAll().split('\n');
    QCOMPARE(lines.at(0), QByteArray("key,section,name,value"));
    QCOMPARE(lines.at(1), QByteArray("period.first_day,Period,First day,2026-09-30"));
    QCOMPARE(lines.at(2), QByteArray("period.last_day,Period,Last day,2026-12-28"));
    QVERIFY(lines.at(3).startsWith("period.time_zone,Period,Time zone,"));
    QVERIFY(lines.contains("filter.severity,Filters,Severity,critical"));
    QVERIFY(lines.contains("filter.plan,Filters,Plan,all"));

    const QString pdf = m_demo->tempPath(QStringLiteral("breaches.pdf"));
    QVERIFY2(widget->exportChart(DashboardWorkspace::BreachesPerDayChart, pdf, &error),
             qPrintable(error));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY2(text.waitForFinished(30000) && text.exitCode() == 0,
             "pdftotext (poppler-utils) is needed: scripts/setup.sh installs it");
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(printed.contains(widget->chartTitle(DashboardWorkspace::BreachesPerDayChart)),
             qPrintable(printed));
    QVERIFY2(printed.contains(QStringLiteral("30 Sep – 28 Dec 2026")), qPrintable(printed));
    QVERIFY2(printed.count(QLatin1Char('\f')) <= 1, "one page"); // pdftotext ends pages with \f
    const QString png = m_demo->tempPath(QStringLiteral("agents.png"));
    QVERIFY2(widget->exportChart(DashboardWorkspace::AgentChart, png, &error), qPrintable(error));
    QVERIFY(QImage(png).width() >= 1800);

    // The default path: in the home folder when it has no Documents folder.
    QTemporaryDir home;
    const QByteArray oldHome = qgetenv("HOME");
    const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("HOME", home.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    const QString path =
            widget->defaultExportPath(QStringLiteral("dashboard"), QStringLiteral("csv"));
    QVERIFY(QDir(home.path()).mkdir(QStringLiteral("Documents")));
    const QString withDocuments =
            widget->defaultExportPath(QStringLiteral("dashboard"), QStringLiteral("csv"));
    qputenv("HOME", oldHome);
    if (oldConfig.isEmpty())
        qunsetenv("XDG_CONFIG_HOME");
    else
        qputenv("XDG_CONFIG_HOME", oldConfig);
    QCOMPARE(QFileInfo(path).absolutePath(), home.path());
    QCOMPARE(QFileInfo(path).fileName(),
             QStringLiteral("dashboard_2026-09-30_2026-12-28_critical.csv"));
    QCOMPARE(QFileInfo(withDocuments).absolutePath(), home.filePath(QStringLiteral("Documents")));
}

// The wallboard names the period and the filters it shows.
void TestDashboard::wallboardSaysWhatItShows()
{
    auto widget = openDemo();
    QVERIFY(widget);
    WallboardWidget wallboard(m_catalog);
    wallboard.resize(1600, 900);
    wallboard.setDashboardData(widget->model()->dashboardData());
    wallboard.setFilterText(widget->description());
    wallboard.show();
    QVERIFY(wallboard.filterText().contains(QStringLiteral("Last 90 days")));
    QVERIFY(wallboard.filterText().contains(QStringLiteral("All plans")));
    auto *label = wallboard.findChild<QLabel *>(QStringLiteral("wallboardFilter"));
    QVERIFY(label && label->isVisible());
    auto *chart = wallboard.findChild<DayBarChartView *>(QStringLiteral("wallboardChart"));
    QVERIFY(chart);
    QCOMPARE(chart->chart().days().size(), 90);
}

void TestDashboard::emptyDatabaseShowsEmptyState()
{
    QString error;
    auto db = testsupport::TestDatabase::create(Engine::SQLite, &error);
    QVERIFY2(db, qPrintable(error));
    StoreError storeError;
    auto store = TicketStore::open(db->url(), m_catalog, m_clock, Connection::Mode::CreateIfMissing,
                                   &storeError);
    QVERIFY(store && store->migrate(&storeError) >= 0);

    DashboardWorkspace widget;
    widget.resize(1200, 800);
    widget.show();
    QVERIFY(widget.isShowingEmptyState());
    QSignalSpy updated(&widget, &DashboardWorkspace::updated);
    widget.setDatabase(db->url(), m_catalog, m_clock);
    QVERIFY(updated.wait(10000));
    QVERIFY(widget.isShowingEmptyState());
    auto *empty = widget.findChild<EmptyStateWidget *>(QStringLiteral("dashboardDataEmptyState"));
    QVERIFY(empty && empty->isVisible());
    QVERIFY(empty->hint().contains(QStringLiteral("no tickets")));
    QVERIFY(empty->command().contains(QStringLiteral("dueline-cli demo")));
    QVERIFY(!widget.grab().isNull());
}

void TestDashboard::showsFiguresAndCharts()
{
    QString error;
    auto db = testsupport::TestDatabase::create(Engine::SQLite, &error);
    QVERIFY2(db, qPrintable(error));
    StoreError storeError;
    auto store = TicketStore::open(db->url(), m_catalog, m_clock, Connection::Mode::CreateIfMissing,
                                   &storeError);
    QVERIFY(store && store->migrate(&storeError) >= 0);
    Agent lead{0, QStringLiteral("lead"), QStringLiteral("Lead"), Agent::Role::Lead};
    const qint64 leadId = store->addAgent(lead, &storeError);
    Customer c;
    c.name = QStringLiteral("Customer");
    c.planId = QStringLiteral("vkcs/standard");
    c.timeZone = "Europe/Moscow";
    c.language = QStringLiteral("en");
    const qint64 customer = store->addCustomer(c, &storeError);
    // Two tickets: one created an hour and a half ago without a reply (breached), one created
    // 50 minutes ago (at risk: 10 minutes of the hour left).
    for (qint64 ago : {90 * 60, 50 * 60}) {
        m_clock.set(FakeClock::at("2026-12-28T07:00:00Z").nowUtc() - ago);
        NewTicket t;
        t.customerId = customer;
        t.subject = QStringLiteral("Down");
        t.severity = QStringLiteral("high");
        t.channel = m_catalog->plan(c.planId)->firstOfferedChannel();
        QVERIFY(store->createTicket(Action::newActionId(), leadId, t).ok());
    }
    m_clock.set(FakeClock::at("2026-12-28T07:00:00Z").nowUtc());

    DashboardWorkspace widget;
    widget.resize(1200, 900);
    widget.show();
    QSignalSpy updated(&widget, &DashboardWorkspace::updated);
    widget.setDatabase(db->url(), m_catalog, m_clock);
    QTRY_VERIFY_WITH_TIMEOUT(!widget.isShowingEmptyState(), 10000);
    const DashboardData &d = widget.model()->dashboardData();
    QCOMPARE(d.openNow.open, 2);
    QCOMPARE(d.openNow.breached, 1);
    QCOMPARE(d.openNow.atRisk, 1);
    QCOMPARE(d.forecast.nextHour, 1);

    auto *breached = widget.findChild<QToolButton *>(QStringLiteral("tile3"));
    QVERIFY(breached);
    QVERIFY(breached->text().startsWith(QStringLiteral("1\n")));
    QSignalSpy open(&widget, &DashboardWorkspace::openQueueView);
    breached->click();
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().value<QueueFilter>().view, QueueFilter::View::Breached);

    // The breaches chart has the VK CS stack with today's breach, and a click on it opens the
    // plan's breached tickets.
    DayBarChartView *breaches = widget.breachChart();
    QVERIFY(breaches);
    QCOMPARE(breaches->chart().series().size(), 1);
    QCOMPARE(breaches->chart().series().first().values.last(), qint64(1));
    QCOMPARE(breaches->chart().days().size(), 30);
    breaches->layoutFor(breaches->size());
    const QRectF bar = breaches->chart().barRect(29);
    open.clear();
    QTest::mouseClick(breaches, Qt::LeftButton, {},
                      QPointF(bar.center().x(), bar.bottom() - 1).toPoint());
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.first().first().value<QueueFilter>().view, QueueFilter::View::Breached);
    QCOMPARE(open.first().first().value<QueueFilter>().planId, QStringLiteral("vkcs/standard"));

    // A filter that matches nothing gives zeros, not the empty state.
    updated.clear();
    widget.setPlanFilter(QStringLiteral("tencent"), {});
    QVERIFY(updated.wait(10000));
    QCOMPARE(widget.model()->dashboardData().openNow.open, 0);
    QVERIFY(!widget.isShowingEmptyState());
    updated.clear();
    widget.setPlanFilter({}, {});
    QVERIFY(updated.wait(10000));

    // Exports.
    QString exportError;
    const QString png = db->tempPath(QStringLiteral("chart.png"));
    QVERIFY2(widget.exportChart(DashboardWorkspace::BreachesPerDayChart, png, &exportError),
             qPrintable(exportError));
    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 200);
    const QString pdf = db->tempPath(QStringLiteral("chart.pdf"));
    QVERIFY(widget.exportChart(DashboardWorkspace::ComplianceByPlanChart, pdf, &exportError));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
    const QString csv = db->tempPath(QStringLiteral("figures.csv"));
    QVERIFY(widget.exportCsv(csv, &exportError));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray text = csvFile.readAll();
    QVERIFY(text.startsWith("key,section,name,value\n"));
    QVERIFY(text.contains("open.breached,Open now,Breached,1\n"));
    QVERIFY(!widget.exportCsv(QStringLiteral("/nonexistent/dir/x.csv"), &exportError));
    QVERIFY(exportError.contains(QStringLiteral("/nonexistent/dir/x.csv")));
}

void TestDashboard::wallboardRotates()
{
    WallboardWidget wallboard(m_catalog);
    wallboard.resize(1600, 900);
    wallboard.setRotationSeconds(1);
    wallboard.show();
    QVERIFY(wallboard.palette().color(QPalette::Window).lightness() < 64); // dark by default
    DashboardData d;
    d.openNow.open = 42;
    d.openNow.breached = 3;
    d.forecast.nextHour = 5;
    wallboard.setDashboardData(d);
    QVERIFY(wallboard.findChildren<QLabel *>().size() > 10);
    bool shown42 = false;
    for (QLabel *label : wallboard.findChildren<QLabel *>())
        shown42 = shown42 || label->text() == QStringLiteral("42");
    QVERIFY(shown42);
    QCOMPARE(wallboard.currentPage(), WallboardWidget::OpenPage);
    QTRY_COMPARE_WITH_TIMEOUT(wallboard.currentPage(), WallboardWidget::ForecastPage, 3000);
    QVERIFY(!wallboard.grab().isNull());
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
