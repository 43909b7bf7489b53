// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/consistency.h"

#include "models/store/servercatalog.h"

#include "models/store/ticketclocks.h"
#include "models/store/ticketstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <limits>
#include <utility>

namespace dueline {

namespace {

QString instantText(Instant t)
{
    return t == InvalidInstant ? QStringLiteral("null")
                               : QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate);
}

QString idText(qint64 id)
{
    return id == 0 ? QStringLiteral("null") : QString::number(id);
}

QString boolText(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}

// Collects the differences of one ticket.
class Comparer
{
public:
    Comparer(qint64 ticketId, QVector<ConsistencyMismatch> *out)
        : m_ticketId(ticketId)
        , m_out(out)
    { }
    void add(const QString &field, const QString &stored, const QString &derived)
    {
        m_out->append({m_ticketId, field, stored, derived});
    }
    template<typename T, typename Format>
    void check(const char *field, const T &stored, const T &derived, Format format)
    {
        if (!(stored == derived))
            add(QString::fromLatin1(field), format(stored), format(derived));
    }
    void text(const char *field, const QString &stored, const QString &derived)
    {
        check(field, stored, derived, [](const QString &s) { return s; });
    }
    void instant(const char *field, Instant stored, Instant derived)
    {
        check(field, stored, derived, instantText);
    }
    void number(const char *field, qint64 stored, qint64 derived)
    {
        check(field, stored, derived, [](qint64 n) { return QString::number(n); });
    }

private:
    qint64 m_ticketId;
    QVector<ConsistencyMismatch> *m_out;
};

// The snapshot as the row stores it: no working seconds when the clock does not apply.
ClockSnapshot asStored(ClockSnapshot s)
{
    if (s.phase == ClockPhase::NotApplicable)
        s.requiredSeconds = s.remainingSeconds = 0;
    return s;
}

} // namespace

void ConsistencyCheck::compare(const Catalog &catalog, const Ticket &stored,
                               const QVector<Event> &events,
                               QVector<ConsistencyMismatch> *mismatches)
{
    Comparer c(stored.id, mismatches);
    if (events.isEmpty()) {
        c.add(QStringLiteral("events"), QStringLiteral("0"),
              QCoreApplication::translate("store", "at least a \"created\" event"));
        return;
    }
    // The log: numbered 1..n, each action id once.
    for (int i = 0; i < events.size(); ++i) {
        if (events[i].seq != i + 1) {
            c.add(QStringLiteral("seq"), QString::number(events[i].seq), QString::number(i + 1));
            return; // the history cannot be replayed past a gap
        }
    }
    QSet<QString> actionIds;
    for (const Event &e : events) {
        if (e.actionId.isEmpty())
            continue;
        if (actionIds.contains(e.actionId))
            c.add(QStringLiteral("action_id"),
                  QCoreApplication::translate("store", "%1 again in event %2")
                          .arg(e.actionId)
                          .arg(e.seq),
                  QCoreApplication::translate("store", "each action id once"));
        actionIds.insert(e.actionId);
    }

    // Row version: one per action since the row was written (bulk writes start at 1).
    const qint64 n = events.size();
    if (stored.rowVersion < 1 || stored.rowVersion > n) {
        c.add(QStringLiteral("row_version"), QString::number(stored.rowVersion),
              QStringLiteral("1..%1").arg(n));
    } else {
        for (qint64 i = n - stored.rowVersion + 1; i < n; ++i) {
            if (events[int(i)].actionId.isEmpty()) {
                c.add(QStringLiteral("row_version"), QString::number(stored.rowVersion),
                      QCoreApplication::translate("store", "at most %1 (event %2 has no action id)")
                              .arg(n - i)
                              .arg(events[int(i)].seq));
                break;
            }
        }
    }

    // The cached columns, as the store fills them after the last event.
    int bad = -1;
    QString reason, field;
    const TicketHistory history =
            TicketHistory::replay(nullptr, stored.serviceStage, events, &bad, &reason, &field);
    if (bad >= 0) {
        c.add(QStringLiteral("history"),
              QCoreApplication::translate("store", "event %1 (%2)").arg(events[bad].seq).arg(field),
              reason);
        return;
    }
    Ticket derived = stored;
    TicketClocks::fillTicket(catalog, history, history.lastAt(), &derived);
    c.text("status", ticketStatusKey(stored.status), ticketStatusKey(derived.status));
    c.text("severity", stored.severity, derived.severity);
    c.text("plan_id", stored.planId, derived.planId);
    c.check("assignee_id", stored.assigneeId, derived.assigneeId, idText);
    c.instant("created_at", stored.createdAt, derived.createdAt);
    c.instant("updated_at", stored.updatedAt, derived.updatedAt);
    c.instant("first_reply_at", stored.firstReplyAt, derived.firstReplyAt);
    c.instant("resolved_at", stored.resolvedAt, derived.resolvedAt);
    struct Clock
    {
        const char *state, *due, *required, *remaining;
        ClockSnapshot stored, derived;
    };
    const Clock clocks[] = {
            {"response_state", "response_due", "response_required", "response_remaining",
             stored.response, asStored(derived.response)},
            {"resolution_state", "resolution_due", "resolution_required", "resolution_remaining",
             stored.resolution, asStored(derived.resolution)},
    };
    for (const Clock &k : clocks) {
        c.check(k.state, k.stored.phase, k.derived.phase, clockPhaseKey);
        c.instant(k.due, k.stored.due, k.derived.due);
        c.number(k.required, k.stored.requiredSeconds, k.derived.requiredSeconds);
        c.number(k.remaining, k.stored.remainingSeconds, k.derived.remainingSeconds);
    }
    c.instant("next_breach", stored.nextBreach, derived.nextBreach);
    c.check("paused", stored.paused, derived.paused, boolText);
    const auto overrides = [](const Ticket &t) {
        return qint64((t.response.overridden ? 1 : 0) | (t.resolution.overridden ? 2 : 0));
    };
    c.number("overrides", overrides(stored), overrides(derived));
}

namespace {

// What repair() rewrites: the columns fillTicket derives. The log's own rules (numbering, action
// ids, history, orphan events) and the row version are not the row's cache.
bool isCachedColumn(const QString &field)
{
    static const QStringList logRules{QStringLiteral("seq"),         QStringLiteral("action_id"),
                                      QStringLiteral("row_version"), QStringLiteral("history"),
                                      QStringLiteral("events"),      QStringLiteral("created_at")};
    return !logRules.contains(field);
}

} // namespace

bool ConsistencyCheck::repair(Connection &connection, const Catalog &catalog,
                              QVector<ConsistencyMismatch> *changes, qint64 *repaired,
                              QStringList *unrepairable, StoreError *error)
{
    *repaired = 0;
    changes->clear();
    unrepairable->clear();
    if (connection.engine() == Engine::PostgreSQL) {
        QSqlQuery q = connection.query();
        if (!q.exec(QStringLiteral("SELECT dueline_trusted()")) || !q.next())
            return connection.fail(q, error);
        if (!q.value(0).toBool())
            return storeFail(error, StoreError::Kind::Forbidden,
                             QCoreApplication::translate(
                                     "store", "%1: only the schema owner (or a superuser) repairs "
                                              "the tickets of a shared database")
                                     .arg(connection.describe()));
    }
    ConsistencyOptions options;
    options.maxMismatches = std::numeric_limits<int>::max();
    ConsistencyReport report;
    // The tickets to rewrite, and those whose log cannot be replayed.
    QMap<qint64, QVector<ConsistencyMismatch>> byTicket;
    QSet<qint64> broken;
    auto sort = [&] {
        byTicket.clear();
        for (const ConsistencyMismatch &m : std::as_const(report.mismatches)) {
            if (m.ticketId == 0)
                continue;
            if (m.field == QLatin1String("seq") || m.field == QLatin1String("history") ||
                m.field == QLatin1String("events")) {
                if (!broken.contains(m.ticketId))
                    unrepairable->append(
                            QCoreApplication::translate("store", "ticket #%1: %2: %3 (%4)")
                                    .arg(m.ticketId)
                                    .arg(m.field, m.stored, m.derived));
                broken.insert(m.ticketId);
            } else if (isCachedColumn(m.field)) {
                byTicket[m.ticketId].append(m);
            }
        }
    };
    if (connection.engine() == Engine::PostgreSQL) {
        // The server derives: it recomputes every ticket from its log (in batches, each its own
        // transaction); the engine's check before names what changed and after confirms that
        // the server's rows are what the engine derives.
        if (!run(connection, catalog, options, &report, error))
            return false;
        sort();
        QSqlQuery q = connection.query();
        if (!q.exec(QStringLiteral("SELECT dueline_queue_all()")))
            return connection.fail(q, error);
        q.finish();
        if (!ServerCatalog::recomputePending(connection, -1, nullptr, error))
            return false;
        // What the first pass found; sort() rebuilds byTicket from the second.
        const QMap<qint64, QVector<ConsistencyMismatch>> before = std::exchange(byTicket, {});
        if (!run(connection, catalog, options, &report, error))
            return false;
        sort();
        for (auto it = byTicket.cbegin(); it != byTicket.cend(); ++it) {
            const ConsistencyMismatch &m = it.value().first();
            if (!broken.contains(it.key()))
                unrepairable->append(QCoreApplication::translate(
                                             "store", "ticket #%1: the server derives %2 %3, the "
                                                      "engine %4")
                                             .arg(m.ticketId)
                                             .arg(m.field, m.stored, m.derived));
        }
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (broken.contains(it.key()) || byTicket.contains(it.key()))
                continue;
            changes->append(it.value());
            ++*repaired;
        }
        return true;
    }
    Transaction transaction(connection);
    if (!transaction.begin(error))
        return false;
    if (!run(connection, catalog, options, &report, error))
        return false;
    sort();
    QSqlQuery ticket = connection.query();
    QSqlQuery events = connection.query();
    for (auto it = byTicket.cbegin(); it != byTicket.cend(); ++it) {
        if (broken.contains(it.key()))
            continue;
        if (!connection.prepare(ticket,
                                QStringLiteral("SELECT ") + TicketStore::ticketColumns() +
                                        QStringLiteral(" FROM tickets WHERE id = ?"),
                                error))
            return false;
        ticket.addBindValue(it.key());
        if (!connection.execPrepared(ticket, error) || !ticket.next())
            return error && *error ? false
                                   : storeFail(error, StoreError::Kind::NotFound,
                                               QCoreApplication::translate("store",
                                                                           "there is no ticket #%1")
                                                       .arg(it.key()));
        Ticket derived = TicketStore::readTicket(ticket);
        ticket.finish();
        if (!connection.prepare(events,
                                QStringLiteral("SELECT ") + TicketStore::eventColumns() +
                                        QStringLiteral(" FROM events WHERE ticket_id = ? ORDER "
                                                       "BY seq"),
                                error))
            return false;
        events.addBindValue(it.key());
        if (!connection.execPrepared(events, error))
            return false;
        QVector<Event> log;
        while (events.next())
            log.append(TicketStore::readEvent(events));
        events.finish();
        int bad = -1;
        QString reason;
        const TicketHistory history =
                TicketHistory::replay(nullptr, derived.serviceStage, log, &bad, &reason);
        if (bad >= 0 || log.isEmpty())
            continue; // reported as unrepairable above
        TicketClocks::fillTicket(catalog, history, history.lastAt(), &derived);
        if (!TicketStore::rewriteCachedColumns(connection, derived, error))
            return false;
        changes->append(it.value());
        ++*repaired;
    }
    return transaction.commit(error);
}

bool ConsistencyCheck::run(Connection &connection, const Catalog &catalog,
                           const ConsistencyOptions &options, ConsistencyReport *report,
                           StoreError *error, const std::function<void(qint64)> &progress)
{
    *report = ConsistencyReport();
    const int batchSize = std::max(1, options.batchSize);
    QVector<ConsistencyMismatch> found;
    auto keep = [&] {
        report->mismatchCount += found.size();
        for (const ConsistencyMismatch &m : std::as_const(found)) {
            if (report->mismatches.size() < options.maxMismatches)
                report->mismatches.append(m);
        }
        found.clear();
    };
    auto fail = [&](const QSqlQuery &q) {
        return connection.fail(q, error);
    };

    // One snapshot for the whole check, unless the caller holds a transaction already.
    Transaction transaction(connection);
    if (!connection.inTransaction() && !transaction.beginRead(error))
        return false;

    QSqlQuery tickets = connection.query();
    tickets.setForwardOnly(true);
    const QString ticketSql =
            QStringLiteral("SELECT ") + TicketStore::ticketColumns() +
            (options.ticketId > 0 ? QStringLiteral(" FROM tickets WHERE id = ?")
                                  : QStringLiteral(" FROM tickets WHERE id > ? ORDER BY id "
                                                   "LIMIT %1")
                                            .arg(batchSize));
    QSqlQuery events = connection.query();
    events.setForwardOnly(true);
    const QString eventSql =
            QStringLiteral("SELECT ") + TicketStore::eventColumns() +
            QStringLiteral(" FROM events WHERE ticket_id > ? AND ticket_id <= ? ORDER BY "
                           "ticket_id, seq");

    qint64 after = options.ticketId > 0 ? options.ticketId - 1 : 0;
    for (;;) {
        QVector<Ticket> batch;
        if (!tickets.prepare(ticketSql))
            return fail(tickets);
        tickets.addBindValue(options.ticketId > 0 ? options.ticketId : after);
        if (!tickets.exec())
            return fail(tickets);
        while (tickets.next())
            batch.append(TicketStore::readTicket(tickets));
        tickets.finish();
        if (batch.isEmpty())
            break;
        const qint64 last = batch.last().id;

        QHash<qint64, QVector<Event>> logs;
        logs.reserve(batch.size());
        if (!events.prepare(eventSql))
            return fail(events);
        events.addBindValue(after);
        events.addBindValue(last);
        if (!events.exec())
            return fail(events);
        while (events.next()) {
            Event e = TicketStore::readEvent(events);
            logs[e.ticketId].append(std::move(e));
            ++report->events;
        }
        events.finish();

        for (const Ticket &t : std::as_const(batch)) {
            compare(catalog, t, logs.take(t.id), &found);
            ++report->tickets;
        }
        // Events left over belong to no ticket (the range covers every id up to `last`).
        QList<qint64> orphans = logs.keys();
        std::sort(orphans.begin(), orphans.end());
        for (qint64 id : std::as_const(orphans))
            found.append(
                    {id, QStringLiteral("events"),
                     QCoreApplication::translate("store", "%1 events").arg(logs.value(id).size()),
                     QCoreApplication::translate("store", "no ticket #%1").arg(id)});
        keep();
        after = last;
        if (progress)
            progress(report->tickets);
        if (options.ticketId > 0 || batch.size() < batchSize)
            break;
    }
    if (options.ticketId > 0) {
        if (report->tickets == 0)
            return storeFail(error, StoreError::Kind::NotFound,
                             QCoreApplication::translate("store", "there is no ticket #%1")
                                     .arg(options.ticketId));
        return true;
    }

    // Events past the last ticket, and action ids used on more than one ticket.
    QSqlQuery q = connection.query();
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ticket_id, count(*) FROM events WHERE ticket_id > ? GROUP BY "
                             "ticket_id ORDER BY ticket_id"));
    q.addBindValue(after);
    if (!q.exec())
        return fail(q);
    while (q.next())
        found.append(
                {q.value(0).toLongLong(), QStringLiteral("events"),
                 QCoreApplication::translate("store", "%1 events").arg(q.value(1).toLongLong()),
                 QCoreApplication::translate("store", "no ticket #%1")
                         .arg(q.value(0).toLongLong())});
    q.finish();
    if (!q.exec(QStringLiteral("SELECT action_id, count(*), min(ticket_id), max(ticket_id) FROM "
                               "events WHERE action_id IS NOT NULL GROUP BY action_id HAVING "
                               "count(DISTINCT ticket_id) > 1 ORDER BY action_id")))
        return fail(q);
    while (q.next())
        found.append({q.value(2).toLongLong(), QStringLiteral("action_id"),
                      QCoreApplication::translate("store", "%1 in %2 events (tickets #%3 … #%4)")
                              .arg(q.value(0).toString())
                              .arg(q.value(1).toLongLong())
                              .arg(q.value(2).toLongLong())
                              .arg(q.value(3).toLongLong()),
                      QCoreApplication::translate("store", "each action id once")});
    q.finish();
    keep();
    return true;
}

} // namespace dueline
