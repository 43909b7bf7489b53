// SPDX-License-Identifier: GPL-3.0-or-later
// Storage figures for docs/benchmarks.md (printed, never asserted):
//   bench_store [--tickets N] [--open PERCENT] [--db SQLITE_FILE] [--skip-exchange] [--skip-notify]
// demo generation into a temporary SQLite file, loadQueue on it, CSV/JSON export and import
// throughput, and the PostgreSQL change-feed latency from client A to client B (p50/p95) on a
// throwaway server (tests/support).

#include "models/store/changefeed.h"
#include "models/store/demodata.h"
#include "models/store/exchange.h"
#include "models/store/ticketstore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/testdatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <utility>

using namespace dueline;

namespace {

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_store: %s\n", qPrintable(message));
    std::exit(1);
}

std::unique_ptr<TicketStore> openStore(const DatabaseUrl &url, CatalogPtr catalog,
                                       const ClockSource &clock)
{
    StoreError error;
    auto store = TicketStore::open(url, std::move(catalog), clock,
                                   Connection::Mode::CreateIfMissing, &error);
    if (!store || store->migrate(&error) < 0)
        die(error.message);
    return store;
}

void notifyLatency(CatalogPtr catalog, const FakeClock &clock, int samples)
{
    QString dbError;
    auto database = testsupport::TestDatabase::create(Engine::PostgreSQL, &dbError);
    if (!database)
        die(dbError);
    auto a = openStore(database->url(), std::move(catalog), clock);
    StoreError error;
    const qint64 agent =
            a->addAgent({0, QStringLiteral("a"), QStringLiteral("A"), Agent::Role::Agent}, &error);
    Customer c;
    c.name = QStringLiteral("C");
    c.planId = QStringLiteral("vkcs/standard");
    const qint64 customer = a->addCustomer(c, &error);
    if (!agent || !customer)
        die(error.message);
    auto feed = ChangeFeed::create(database->url());
    if (!feed->start(&error))
        die(error.message);
    QVector<double> latencies;
    QElapsedTimer timer;
    qint64 awaited = 0;
    bool measuring = false;
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(feed.get(), &ChangeFeed::ticketsChanged, &loop,
                     [&](const QVector<qint64> &ids) {
                         if (awaited == 0 || !ids.contains(awaited))
                             return;
                         if (measuring)
                             latencies.append(double(timer.nsecsElapsed()) / 1e6);
                         awaited = 0;
                         loop.quit();
                     });
    auto await = [&](qint64 id) {
        timeout.start(5000);
        if (awaited == id)
            loop.exec();
        timeout.stop();
    };
    for (int i = 0; i < samples; ++i) {
        NewTicket nt;
        nt.customerId = customer;
        nt.subject = QStringLiteral("latency");
        nt.severity = QStringLiteral("low");
        nt.channel = QStringLiteral("email");
        measuring = false;
        const ActionResult created = a->createTicket(Action::newActionId(), agent, nt);
        if (!created.ok())
            die(created.error.message);
        awaited = created.ticket.id;
        await(created.ticket.id); // the creation's own notification first
        Action action;
        action.actionId = Action::newActionId();
        action.actorId = agent;
        action.ticketId = created.ticket.id;
        measuring = true;
        awaited = created.ticket.id;
        timer.start(); // from the start of A's write to B's signal
        const ActionResult taken = a->take(action);
        if (!taken.ok())
            die(taken.error.message);
        await(created.ticket.id);
    }
    std::sort(latencies.begin(), latencies.end());
    if (latencies.size() != samples)
        die(QStringLiteral("only %1 of %2 changes arrived").arg(latencies.size()).arg(samples));
    std::printf("postgresql change feed A->B (take, commit, NOTIFY, LISTEN signal), %d samples: "
                "p50 %.2f ms, p95 %.2f ms, max %.2f ms\n",
                samples, latencies.at(samples / 2), latencies.at(samples * 95 / 100),
                latencies.last());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 tickets = 1000000;
    int openPercent = 15;
    bool notify = true;
    bool exchange = true;
    QString existing; // --db PATH: an existing SQLite file instead of a new demo
    const QStringList args = QCoreApplication::arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--tickets") && i + 1 < args.size())
            tickets = args[++i].toLongLong();
        else if (args[i] == QLatin1String("--open") && i + 1 < args.size())
            openPercent = args[++i].toInt();
        else if (args[i] == QLatin1String("--skip-notify"))
            notify = false;
        else if (args[i] == QLatin1String("--db") && i + 1 < args.size())
            existing = args[++i];
        else if (args[i] == QLatin1String("--skip-exchange"))
            exchange = false;
        else
            die(QStringLiteral(
                    "usage: bench_store [--tickets N] [--open PERCENT] [--db SQLITE_FILE] "
                    "[--skip-exchange] [--skip-notify]"));
    }
    QString error;
    const CatalogPtr catalog = Catalog::loadBuiltIn(&error);
    if (!catalog)
        die(error);
    const FakeClock clock = FakeClock::at("2026-03-02T09:00:00Z");
    QTemporaryDir dir;

    // Demo generation.
    const DatabaseUrl sourceUrl = DatabaseUrl::sqlite(
            existing.isEmpty() ? dir.filePath(QStringLiteral("demo.sqlite")) : existing);
    DemoSummary summary;
    if (existing.isEmpty()) {
        auto store = openStore(sourceUrl, catalog, clock);
        DemoOptions options;
        options.tickets = tickets;
        options.openPercent = openPercent;
        StoreError storeError;
        QElapsedTimer timer;
        timer.start();
        if (!DemoData::generate(store->connection(), *catalog, clock.nowUtc(), options, &summary,
                                &storeError))
            die(storeError.message);
        const double s = seconds(timer);
        std::printf("demo: %lld tickets (%lld open), %lld events into SQLite in %.2f s: %.0f "
                    "tickets/s, %.0f events/s; file %.0f MB\n",
                    summary.tickets, summary.openTickets, summary.events, s,
                    double(summary.tickets) / s, double(summary.events) / s,
                    double(QFileInfo(sourceUrl.path).size()) / 1e6);
    }

    // loadQueue on a fresh connection (cold process cache, warm OS cache), three runs.
    for (int run = 1; run <= 3; ++run) {
        StoreError storeError;
        QElapsedTimer timer;
        timer.start();
        auto store = TicketStore::open(sourceUrl, catalog, clock, Connection::Mode::OpenExisting,
                                       &storeError);
        if (!store)
            die(storeError.message);
        const double opened = seconds(timer);
        timer.restart();
        const std::vector<QueueRow> rows = store->loadQueue(&storeError);
        if (storeError)
            die(storeError.message);
        std::printf("loadQueue run %d: %zu open tickets in %.3f s (opening the file with its "
                    "integrity check before: %.3f s)\n",
                    run, rows.size(), seconds(timer), opened);
    }

    // Export and import.
    for (ExchangeFormat format : {ExchangeFormat::Csv, ExchangeFormat::Json}) {
        if (!exchange)
            break;
        const QString key = exchangeFormatKey(format);
        const QString file = dir.filePath(QStringLiteral("export.") + key);
        StoreError storeError;
        {
            auto store = openStore(sourceUrl, catalog, clock);
            QFile out(file);
            if (!out.open(QIODevice::WriteOnly))
                die(out.errorString());
            QElapsedTimer timer;
            timer.start();
            ExchangeSummary exported;
            if (!Exchange::exportTo(store->connection(), format, &out, &exported, &storeError))
                die(storeError.message);
            out.close();
            const double s = seconds(timer);
            std::printf("export %s: %lld tickets, %lld events, %.0f MB in %.2f s: %.0f "
                        "tickets/s, %.0f MB/s\n",
                        qPrintable(key), exported.tickets, exported.events,
                        double(out.size()) / 1e6, s, double(exported.tickets) / s,
                        double(out.size()) / 1e6 / s);
        }
        {
            const DatabaseUrl targetUrl = DatabaseUrl::sqlite(
                    dir.filePath(QStringLiteral("import-") + key + QStringLiteral(".sqlite")));
            auto store = openStore(targetUrl, catalog, clock);
            QElapsedTimer timer;
            timer.start();
            ExchangeSummary imported;
            if (!Exchange::importFile(store->connection(), *catalog, file, &imported, &storeError))
                die(storeError.message);
            const double s = seconds(timer);
            std::printf("import %s into SQLite: %lld tickets, %lld events in %.2f s: %.0f "
                        "tickets/s, %.0f events/s\n",
                        qPrintable(key), imported.tickets, imported.events, s,
                        double(imported.tickets) / s, double(imported.events) / s);
        }
        QFile::remove(file);
    }

    if (notify)
        notifyLatency(catalog, clock, 200);
    return 0;
}
