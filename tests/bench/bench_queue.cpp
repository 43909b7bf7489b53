// SPDX-License-Identifier: GPL-3.0-or-later
// bench_queue: the Queue workspace at scale (docs/architecture.md §6, issue 5). Builds the real
// QueueModel, the QueueWorkspace (sidebar, table, delegates, ticket panel) offscreen over a SQLite
// demo database and prints what it measured; nothing is asserted.
//
//   bench_queue [--tickets N] [--db FILE] [--json]
//
// --db reuses a demo database (created with all tickets open when missing or smaller than N).
// Figures: load_seconds (open + loadQueue + model build), first_paint_ms (start to the first
// painted queue, through QueueWorkspace::open), tick_ms (one tick of the shared ticker with a
// visible page, dataChanged + repaint, median of --ticks, default 30), sort_ms (re-sort by
// customer), search_ms (quick search, then cleared), rss_mb (resident memory at the end).
#include "models/item/queuemodel.h"
#include "models/item/ticker.h"
#include "models/store/demodata.h"
#include "models/store/ticketstore.h"
#include "views/queue/queueworkspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace dueline;

namespace {

class BenchClock : public ClockSource
{
public:
    qint64 nowUtc() const override { return m_now; }
    qint64 m_now = QDateTime::currentSecsSinceEpoch();
};

double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// CPU time of the calling (GUI) thread in ms: what a tick costs the GUI thread, not counting the
// time other processes on a shared machine hold the core.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_queue: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // settings never touch the user's own
    QCoreApplication::setOrganizationName(QStringLiteral("Dueline"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_queue"));
    QSettings().clear();

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("tickets"), QStringLiteral("Open tickets."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("SQLite file to reuse."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object.")});
    parser.addOption(
            {QStringLiteral("ticks"),
             QStringLiteral("Ticks measured (the median is reported; more for profiling)."),
             QStringLiteral("N"), QStringLiteral("30")});
    parser.process(app);
    bool ok = false;
    const qint64 tickets = parser.value(QStringLiteral("tickets")).toLongLong(&ok);
    if (!ok || tickets <= 0)
        return fail(QStringLiteral("--tickets: expected a positive number"));
    const int tickCount = parser.value(QStringLiteral("ticks")).toInt(&ok);
    if (!ok || tickCount <= 0)
        return fail(QStringLiteral("--ticks: expected a positive number"));

    QString error;
    CatalogPtr catalog = Catalog::loadBuiltIn(&error);
    if (!catalog)
        return fail(error);
    QTemporaryDir dir;
    const QString file = parser.isSet(QStringLiteral("db"))
                                 ? parser.value(QStringLiteral("db"))
                                 : dir.filePath(QStringLiteral("bench.sqlite"));
    const DatabaseUrl url = DatabaseUrl::sqlite(file);
    BenchClock clock;

    // The database: all N tickets open.
    {
        StoreError e;
        auto store = TicketStore::open(url, catalog, clock, Connection::Mode::CreateIfMissing, &e);
        if (!store || store->migrate(&e) < 0)
            return fail(e.message);
        const qint64 have = store->ticketCount(&e);
        if (have == 0) {
            DemoOptions options;
            options.tickets = tickets;
            options.openPercent = 100;
            options.seed = 7;
            DemoSummary summary;
            QElapsedTimer t;
            t.start();
            if (!DemoData::generate(store->connection(), *catalog, store->now(), options, &summary,
                                    &e))
                return fail(e.message);
            std::fprintf(stderr, "bench_queue: generated %lld tickets in %.1f s\n", summary.tickets,
                         double(t.nsecsElapsed()) / 1e9);
        } else if (have < tickets) {
            return fail(QStringLiteral("%1 holds %2 tickets, fewer than --tickets")
                                .arg(file)
                                .arg(have));
        }
    }

    // load_seconds: open + loadQueue + the model's index.
    QElapsedTimer timer;
    timer.start();
    qint64 rows = 0;
    double loadQueueSeconds = 0;
    {
        StoreError e;
        auto store = TicketStore::open(url, catalog, clock, Connection::Mode::OpenExisting, &e);
        if (!store)
            return fail(e.message);
        std::vector<QueueRow> queue = store->loadQueue(&e, TicketStore::QueueOrder::Unordered);
        if (e)
            return fail(e.message);
        loadQueueSeconds = ms(timer) / 1000.0;
        QueueModel model;
        model.setCatalog(catalog);
        model.setRows(std::move(queue), store->now());
        rows = model.rowCount();
    }
    const double loadSeconds = ms(timer) / 1000.0;

    // first_paint_ms: the real workspace, from opening the store to a painted table.
    Ticker ticker(clock);
    QueueWorkspace workspace;
    workspace.resize(1280, 800);
    timer.restart();
    {
        StoreError e;
        auto store = TicketStore::open(url, catalog, clock, Connection::Mode::OpenExisting, &e);
        if (!store)
            return fail(e.message);
        StoreError agentError;
        const QVector<Agent> agents = store->agents(&agentError);
        const Agent me = agents.isEmpty() ? Agent() : agents.first();
        QueueSource source;
        source.url = url;
        source.catalog = catalog;
        source.clock = &clock;
        source.live = false;
        // The queue's worker opens its own connection and loads; the window waits for it.
        QEventLoop loop;
        QObject::connect(&workspace, &QueueWorkspace::opened, &loop, &QEventLoop::quit);
        QObject::connect(&workspace, &QueueWorkspace::openFailed, &loop,
                         [&loop, &error](const QString &message) {
                             error = message;
                             loop.quit();
                         });
        workspace.open(source, me, &ticker);
        loop.exec();
        if (!error.isEmpty())
            return fail(error);
        // The panel shows the top ticket once the worker has read it.
        while (!workspace.controller()->isIdle())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    workspace.show();
    if (!QTest::qWaitForWindowExposed(&workspace))
        return fail(QStringLiteral("the window was not shown"));
    workspace.view()->viewport()->repaint();
    const double firstPaintMs = ms(timer);

    // tick_ms: one tick with a visible page (the model's dataChanged and the repaint it causes).
    QVector<double> ticks, tickCpu;
    for (int i = 0; i < tickCount; ++i) {
        clock.m_now += 1;
        const double cpuBefore = threadCpuMs();
        timer.restart();
        ticker.tickNow();
        // The repaint the tick asked for: the dirty countdown cells, as the event loop does it.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        ticks.append(ms(timer));
        tickCpu.append(threadCpuMs() - cpuBefore);
    }
    std::sort(tickCpu.begin(), tickCpu.end());
    const double tickCpuMs = tickCpu[tickCpu.size() / 2];
    std::sort(ticks.begin(), ticks.end());
    const double tickMs = ticks[ticks.size() / 2];
    const double tickMaxMs = ticks.last();

    // sort_ms: by customer (strings), then back to next breach.
    timer.restart();
    workspace.model()->sort(QueueModel::CustomerColumn, Qt::AscendingOrder);
    const double sortMs = ms(timer);
    timer.restart();
    workspace.model()->sort(QueueModel::NextBreachColumn, Qt::AscendingOrder);
    const double sortDueMs = ms(timer);

    // search_ms: a quick search, then clearing it.
    QueueFilter filter = workspace.model()->filter();
    filter.text = QStringLiteral("disk");
    timer.restart();
    workspace.setFilter(filter);
    const double searchMs = ms(timer);
    const int found = workspace.model()->rowCount();
    filter.text.clear();
    timer.restart();
    workspace.setFilter(filter);
    const double clearMs = ms(timer);
    const double rss = rssMb();

    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject o{{QStringLiteral("benchmark"), QStringLiteral("queue")},
                            {QStringLiteral("tickets"), rows},
                            {QStringLiteral("load_seconds"), loadSeconds},
                            {QStringLiteral("load_query_seconds"), loadQueueSeconds},
                            {QStringLiteral("first_paint_ms"), firstPaintMs},
                            {QStringLiteral("tick_ms"), tickMs},
                            {QStringLiteral("tick_max_ms"), tickMaxMs},
                            {QStringLiteral("tick_cpu_ms"), tickCpuMs},
                            {QStringLiteral("sort_ms"), sortMs},
                            {QStringLiteral("sort_due_ms"), sortDueMs},
                            {QStringLiteral("search_ms"), searchMs},
                            {QStringLiteral("search_clear_ms"), clearMs},
                            {QStringLiteral("rss_mb"), rss}};
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    } else {
        std::printf("queue of %lld open tickets\n", rows);
        std::printf("  load (open + loadQueue + model)   %8.2f s (open + loadQueue %.2f s)\n",
                    loadSeconds, loadQueueSeconds);
        std::printf("  start to first painted queue      %8.1f ms\n", firstPaintMs);
        std::printf(
                "  one tick, visible page (median)   %8.3f ms (max %.3f; GUI-thread CPU %.3f)\n",
                tickMs, tickMaxMs, tickCpuMs);
        std::printf("  re-sort by customer               %8.1f ms\n", sortMs);
        std::printf("  re-sort by next breach            %8.1f ms\n", sortDueMs);
        std::printf("  search \"disk\" (%d found)         %8.1f ms\n", found, searchMs);
        std::printf("  clear the search                  %8.1f ms\n", clearMs);
        std::printf("  resident memory                   %8.0f MB\n", rss);
    }
    return 0;
}
