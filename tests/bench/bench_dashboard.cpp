// SPDX-License-Identifier: GPL-3.0-or-later
// Dashboard aggregation benchmark: loads the in-memory index of a ticket database once, then
// times aggregations (what every live refresh costs) and an incremental update, and last a
// second load through QSqlQuery (the generic reader PostgreSQL uses; on SQLite the index reads
// through SQLite's own API). Prints figures; asserts nothing.
//
//   dueline-cli demo --db sqlite:/tmp/dash1m.db --tickets 1000000 --seed 1
//   bench_dashboard sqlite:/tmp/dash1m.db

#include "models/store/report.h"
#include "models/store/ticketstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace dueline;

namespace {

class SystemClock : public ClockSource
{
public:
    qint64 nowUtc() const override { return QDateTime::currentSecsSinceEpoch(); }
};

long rssMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong() / 1024;
    }
    return -1;
}

// The CPU time of this process so far (the wall-clock figures depend on what else runs).
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

template<typename F>
double medianMs(int runs, F &&f)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_dashboard DATABASE_URL\n");
        return 2;
    }
    QString error;
    const auto url = DatabaseUrl::parse(QString::fromLocal8Bit(argv[1]), &error);
    CatalogPtr catalog = Catalog::loadBuiltIn(&error);
    if (!url || !catalog) {
        std::fprintf(stderr, "bench_dashboard: %s\n", qPrintable(error));
        return 1;
    }
    SystemClock clock;
    StoreError storeError;
    auto store =
            TicketStore::open(*url, catalog, clock, Connection::Mode::OpenExisting, &storeError);
    if (!store) {
        std::fprintf(stderr, "bench_dashboard: %s\n", qPrintable(storeError.message));
        return 1;
    }
    const long rssBefore = rssMegabytes();
    DashboardIndex index(catalog);
    QElapsedTimer load;
    load.start();
    const double loadCpuStart = cpuMs();
    if (!index.load(store->connection(), &storeError)) {
        std::fprintf(stderr, "bench_dashboard: %s\n", qPrintable(storeError.message));
        return 1;
    }
    const double loadMs = double(load.nsecsElapsed()) / 1e6;
    const double loadCpuMs = cpuMs() - loadCpuStart;
    const long rssAfter = rssMegabytes();
    const Instant now = store->now();

    DashboardFilter filter;
    filter.zone = QTimeZone("Europe/Moscow");
    const QDate today = QDateTime::fromSecsSinceEpoch(now, filter.zone).date();
    filter.from = QDateTime(today.addDays(-29), QTime(0, 0), filter.zone).toSecsSinceEpoch();
    filter.to = QDateTime(today.addDays(1), QTime(0, 0), filter.zone).toSecsSinceEpoch();
    DashboardData data;
    const double aggregateMs = medianMs(5, [&] { data = index.aggregate(filter, now); });
    DashboardFilter year = filter;
    year.from = QDateTime(today.addDays(-364), QTime(0, 0), filter.zone).toSecsSinceEpoch();
    const double yearMs = medianMs(5, [&] { index.aggregate(year, now); });
    DashboardFilter plan = filter;
    plan.planId = QStringLiteral("stormbpmn/team");
    const double planMs = medianMs(5, [&] { index.aggregate(plan, now); });

    // An incremental update: re-read 1000 tickets by id.
    QVector<qint64> ids;
    QSqlQuery q = store->connection().query();
    q.exec(QStringLiteral("SELECT id FROM tickets ORDER BY id DESC LIMIT 1000"));
    while (q.next())
        ids.append(q.value(0).toLongLong());
    const double updateMs =
            medianMs(5, [&] { index.update(store->connection(), ids, &storeError); });

    std::printf("tickets in index:             %lld (%lld open)\n", index.size(),
                data.openNow.open);
    std::printf("index load (once, worker):    %.0f ms (%.0f ms CPU), RSS +%ld MB\n", loadMs,
                loadCpuMs, rssAfter - rssBefore);
    std::printf("aggregate, 30 days:           %.1f ms (median of 5)\n", aggregateMs);
    std::printf("aggregate, 365 days:          %.1f ms\n", yearMs);
    std::printf("aggregate, one plan:          %.1f ms\n", planMs);
    std::printf("update 1000 changed tickets:  %.1f ms\n", updateMs);
    std::fflush(stdout);

    // The generic reader, for comparison (the same index through QSqlQuery).
    DashboardIndex generic(catalog);
    generic.setReader(DashboardIndex::Reader::QtSql);
    QElapsedTimer genericLoad;
    genericLoad.start();
    const double genericCpuStart = cpuMs();
    if (!generic.load(store->connection(), &storeError)) {
        std::fprintf(stderr, "bench_dashboard: %s\n", qPrintable(storeError.message));
        return 1;
    }
    const double genericMs = double(genericLoad.nsecsElapsed()) / 1e6;
    const double genericCpuMs = cpuMs() - genericCpuStart;
    const DashboardData same = generic.aggregate(filter, now);
    const bool sameTotals = same.totalTickets == data.totalTickets &&
                            same.total.met == data.total.met &&
                            same.total.breached == data.total.breached &&
                            same.openNow.atRisk == data.openNow.atRisk;
    std::printf("index load through QSqlQuery: %.0f ms (%.0f ms CPU); totals %s\n", genericMs,
                genericCpuMs, sameTotals ? "the same" : "DIFFERENT");
    return 0;
}
