// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/catalog.h"
#include "models/store/connection.h"
#include "models/store/ticket.h"

#include <QDate>
#include <QHash>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace dueline {

// The outcome of one committed clock, and of a ticket: a clock is breached when it stopped late,
// runs past its due, or was paused after running out; met when it stopped in time; pending while
// it runs; no SLA without a commitment. The dashboard and the customer's report
// (customerreport.h) count by these.
enum class SlaOutcome { NoSla, Met, Breached, Pending };

// A ticket is breached when one of its clocks is, met when all its committed clocks are met, no
// SLA when it has none, else pending.
SlaOutcome ticketOutcome(SlaOutcome response, SlaOutcome resolution);

// The median of `values` (the mean of the two middle values for an even count, rounded down);
// -1 when empty.
qint64 medianOf(std::vector<qint64> values);

// SLA compliance per plan and severity for the tickets created in [from, to), as of `now`.
//
// Each committed clock of a ticket is met (stopped in time), breached (stopped late, or still
// running past its due, or paused after running out), or pending (running, not yet due). A
// ticket is breached when one of its clocks is, met when all its committed clocks are met,
// not applicable when it has no commitment (or a service stage without SLA), else pending.
// Compliance = met / (met + breached) × 100 (none when both are 0). The median response time
// is the median wall-clock time from creation to the first public reply over the tickets with a
// reply (the mean of the two middle values for an even count, rounded down).
struct ReportRow
{
    QString planId; // empty in the total row and in the per-severity rows
    QString severity; // empty in the total row and in the per-plan rows
    qint64 tickets = 0;
    qint64 met = 0;
    qint64 breached = 0;
    qint64 pending = 0;
    qint64 notApplicable = 0;
    qint64 responseMet = 0;
    qint64 responseBreached = 0;
    qint64 resolutionMet = 0;
    qint64 resolutionBreached = 0;
    qint64 replied = 0; // tickets with a first reply
    double compliancePercent = -1; // -1: none
    qint64 medianResponseSeconds = -1; // -1: no replies
};

// What the dashboard and `dueline-cli report` look at. Empty strings and agentId -1 mean "all".
struct DashboardFilter
{
    Instant from = 0; // the period: tickets created in [from, to), breaches in [from, to)
    Instant to = 0;
    QString providerId;
    QString planId;
    QString severity;
    qint64 agentId = -1; // -1: every agent; 0: unassigned tickets
    QTimeZone zone = QTimeZone::utc(); // days (breaches per day, "end of today") are in this zone
    int holidayHorizonDays = 42; // days off that begin within this many days are forecast

    bool matches(const QString &provider, const QString &plan, const QString &severityCode,
                 qint64 assignee) const;
};

// Response time against the target: the working time a met response clock used, as a share of
// its target. Buckets: ≤ 25 %, ≤ 50 %, ≤ 75 %, ≤ 100 % (met), ≤ 150 %, ≤ 200 %, > 200 % (late).
constexpr int ResponseBucketCount = 7;
extern const int ResponseBucketUpperPercent[ResponseBucketCount]; // the last is 0: open-ended

struct AgentLoad
{
    qint64 agentId = 0; // 0: unassigned
    QString name; // the display name (empty for unassigned)
    qint64 open = 0;
    qint64 atRisk = 0;
    qint64 breached = 0;
};

// Tickets whose due falls before a calendar's coming days off: unless answered by `cutoff` (the
// last working instant before the days off), they are breached all through them.
struct HolidayForecast
{
    QString calendarId;
    QString providerId;
    LocalizedText holidayNames; // the first named day off of the run
    QDate firstDay; // the run of consecutive days off, in the calendar's zone
    QDate lastDay;
    Instant cutoff = InvalidInstant;
    QByteArray timeZone; // the calendar's
    qint64 tickets = 0;
    Instant earliestDue = InvalidInstant;
};

struct OpenNow
{
    qint64 open = 0; // every open ticket the filter matches
    qint64 running = 0; // running (including outside working hours), not at risk
    qint64 atRisk = 0;
    qint64 breached = 0;
    qint64 paused = 0;
    qint64 noSla = 0;
};

struct BreachForecast
{
    qint64 nextHour = 0; // open, running, not breached yet, due in (now, now + 1 h]
    qint64 next4Hours = 0; // due in (now, now + 4 h]
    qint64 endOfToday = 0; // due in (now, the end of today in the filter's zone]
    Instant endOfTodayAt = InvalidInstant;
    QVector<HolidayForecast> holidays; // by first day, then provider
};

// Every figure of the dashboard, for one filter at one instant.
struct DashboardData
{
    DashboardFilter filter;
    Instant now = 0;
    qint64 totalTickets = 0; // in the database, whatever the filter
    // Compliance of the tickets created in the period.
    QVector<ReportRow> rows; // per plan and severity, catalog order
    QVector<ReportRow> byPlan; // severity empty
    QVector<ReportRow> bySeverity; // plan empty; most severe first within each provider
    ReportRow total;
    // Breaches per day in the period (a ticket counts once, on the day of its first breach).
    QVector<QDate> days;
    QStringList breachPlans; // the stacks, catalog order
    QVector<QVector<qint64>> breachesPerDay; // [plan][day]
    // Met and late response clocks of the tickets created in the period.
    qint64 responseBuckets[ResponseBucketCount] = {};
    OpenNow openNow;
    QVector<AgentLoad> agents; // by open tickets, descending; unassigned included when it has any
    BreachForecast forecast;
};

// A compact in-memory copy of the ticket rows the dashboard aggregates (about 100 bytes a
// ticket): loaded once, then kept current from the change feed by re-reading changed rows, so
// an aggregation never queries a million rows. Not thread-safe: one owner thread.
class DashboardIndex
{
public:
    // How load() and update() read the ticket rows. Auto: SQLite's own API on a SQLite
    // connection (docs/benchmarks.md, Dashboard: a QVariant per column made the first load of a
    // million tickets take seconds), QSqlQuery on PostgreSQL. QtSql: QSqlQuery on every engine
    // (the generic path; tests check that both build the same index).
    enum class Reader { Auto, QtSql };

    explicit DashboardIndex(CatalogPtr catalog);

    const Catalog &catalog() const { return *m_catalog; }
    void setReader(Reader reader) { m_reader = reader; }
    // Reads every ticket and the agents' names.
    bool load(Connection &connection, StoreError *error);
    // Reads these tickets again (new ones are added).
    bool update(Connection &connection, const QVector<qint64> &ids, StoreError *error);
    qint64 size() const { return qint64(m_tickets.size()); }

    DashboardData aggregate(const DashboardFilter &filter, Instant now) const;

private:
    struct Clock
    {
        Instant due = InvalidInstant;
        qint32 required = 0;
        qint32 remaining = 0;
        quint8 phase = 0; // ClockPhase
        bool overridden = false;
    };
    struct Row
    {
        qint64 id = 0;
        Instant createdAt = 0;
        Instant updatedAt = 0;
        Instant firstReplyAt = InvalidInstant;
        Clock clock[2]; // response, resolution
        qint32 assignee = 0; // index into m_agentIds (0: unassigned)
        quint16 plan = 0; // index into m_planIds
        quint16 severity = 0; // index into m_severities
        quint8 status = 0; // TicketStatus
        bool paused = false;
    };
    // Row positions by ticket id. Ids count up from 1, so nearly all live in a vector indexed by
    // id (4 bytes a ticket, and no hashing on a load of a million rows); ids far past the row
    // count go to a hash.
    class RowPositions
    {
    public:
        void clear();
        void reserve(std::size_t rows);
        // The row of ticket `id`, or -1.
        qint64 find(qint64 id) const;
        // `id` must not be there yet.
        void insert(qint64 id, std::size_t row);

    private:
        std::vector<qint32> m_dense; // by id: the row, or -1
        QHash<qint64, qint64> m_sparse;
        std::size_t m_count = 0;
    };
    struct PlanInfo
    {
        QString id;
        QString providerId;
        int catalogRank = 0;
        const Plan *plan = nullptr;
        const WorkCalendar *calendar[2] = {nullptr, nullptr};
        QStringList severityOrder;
    };

    // The columns both readers read, in this order; `ids` null: every ticket.
    static const char RowsSql[];
    bool readRows(Connection &connection, const QVector<qint64> *ids, StoreError *error);
    bool readRowsQtSql(Connection &connection, const QVector<qint64> *ids, StoreError *error);
    // dashboardloader.cpp: nullopt when the connection has no SQLite handle to read through.
    std::optional<bool> readRowsSqlite(Connection &connection, const QVector<qint64> *ids,
                                       StoreError *error);
    // Adds a row, or replaces the row of the same ticket.
    void put(const Row &row);
    bool loadAgents(Connection &connection, StoreError *error);
    quint16 planIndex(const QString &planId);
    quint16 severityIndex(const QString &severity);
    qint32 agentIndex(qint64 agentId);

    CatalogPtr m_catalog;
    Reader m_reader = Reader::Auto;
    std::vector<Row> m_tickets;
    RowPositions m_rowOf;
    QVector<PlanInfo> m_plans;
    QHash<QString, quint16> m_planIndex;
    QStringList m_severities;
    QHash<QString, quint16> m_severityIndex;
    QVector<qint64> m_agentIds{0};
    QHash<qint64, qint32> m_agentIndex;
    QHash<qint64, QString> m_agentNames;
};

class Report
{
public:
    // Rows sorted by plan (catalog order, unknown plans last) and severity (most severe first),
    // then the total row (planId empty). Empty on error.
    static QVector<ReportRow> compute(Connection &connection, const Catalog &catalog, qint64 from,
                                      qint64 to, qint64 now, StoreError *error);
    // The whole dashboard (loads an index and aggregates it: what `dueline-cli report` prints).
    static std::optional<DashboardData> dashboard(Connection &connection, CatalogPtr catalog,
                                                  const DashboardFilter &filter, Instant now,
                                                  StoreError *error);
};

} // namespace dueline
