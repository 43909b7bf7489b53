// SPDX-License-Identifier: GPL-3.0-or-later
// Soak: 20 simulated agents, each on its own connection, act on one PostgreSQL database for
// DUELINE_SOAK_SECONDS (default 60) — take, assign, reply, note, wait and resume, severity
// changes, resolve and reopen, new tickets, a lead's due overrides — each action with the row
// version of the agent's last read, so that conflicts happen and are retried after a reload;
// some actions are deliberately sent twice with the same action id. Then: every action reported
// done has exactly one event with its action id (with its text: no lost update), no action id is
// used twice, nothing failed wrote anything, every row version moved by exactly the events its
// ticket gained, the counts add up, and the consistency check finds nothing. Prints the figures
// for docs/reliability.md (actions/s, outcomes, latency percentiles).

#include "models/store/consistency.h"
#include "models/store/demodata.h"
#include "models/store/migrations.h"
#include "models/store/roles.h"
#include "models/store/ticketstore.h"
#include "tests/support/testdatabase.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>
#include <QtTest>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <thread>

using namespace dueline;
using testsupport::TestDatabase;

namespace {

// The real clock (the server stamps events; the store only measures its offset).
class RealClock : public ClockSource
{
public:
    qint64 nowUtc() const override { return QDateTime::currentSecsSinceEpoch(); }
};

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

enum class Op {
    Create,
    Take,
    Assign,
    Reply,
    Note,
    Wait,
    Resume,
    Severity,
    Resolve,
    Reopen,
    Override
};
constexpr int OpCount = int(Op::Override) + 1;
const char *const opNames[OpCount] = {"create", "take",     "assign",  "reply",  "note",    "wait",
                                      "resume", "severity", "resolve", "reopen", "override"};

enum class Outcome { Ok, Replayed, Conflict, Busy, Refused, Failed };

// An action the store reported done (not replayed).
struct Done
{
    QString actionId;
    qint64 ticketId = 0;
    int seq = 0;
    EventKind kind = EventKind::Note;
    QString body;
    int events = 1; // 2 for a wait: the reply, then the pause ("<id>/wait")
};

// A deliberate second send of a done action.
struct Replay
{
    QString actionId;
    qint64 ticketId = 0;
    int seq = 0; // of the original event
};

// What one agent did; merged after the run.
struct AgentLog
{
    std::vector<qint64> latencyNs;
    std::vector<Done> done;
    std::vector<Replay> replays;
    QSet<QString> notApplied; // action ids whose last attempt did not apply
    qint64 outcomes[int(Outcome::Failed) + 1] = {};
    qint64 perOp[OpCount] = {};
    qint64 conflictRetries = 0;
    qint64 badReplays = 0; // a retry that was applied again or refused (must never happen)
    QHash<QString, qint64> refusals; // reason (ticket numbers left out) -> count
    QStringList failures; // first few unexpected error messages
};

// The tickets everyone works on: a hot set that most actions go to, and all the others.
class Pool
{
public:
    void add(qint64 id)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_ids.push_back(id);
    }
    void setHot(std::vector<qint64> hot) { m_hot = std::move(hot); }
    qint64 pick(QRandomGenerator &random)
    {
        if (!m_hot.empty() && random.bounded(100) < 45)
            return m_hot[random.bounded(int(m_hot.size()))];
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_ids[random.bounded(int(m_ids.size()))];
    }

private:
    std::mutex m_mutex;
    std::vector<qint64> m_ids;
    std::vector<qint64> m_hot; // fixed before the agents start
};

double percentile(const std::vector<qint64> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const std::size_t i = std::min(sorted.size() - 1, std::size_t(p * double(sorted.size())));
    return double(sorted[i]) / 1e6;
}

} // namespace

class SoakAgents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void soak();
    void cleanupTestCase();

private:
    // How agent `i` connects (-1: the checker that runs beside the agents): as its own
    // PostgreSQL role m_logins[i], a member of dueline_agent or, for agent 0, dueline_lead, so
    // every write goes through the server's write functions with the role's privileges.
    std::unique_ptr<TicketStore> openAgentStore(int i, StoreError *error);
    void runAgent(int i, qint64 deadlineMs, const QElapsedTimer &clock, AgentLog *log);

    CatalogPtr m_catalog;
    RealClock m_clock;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<TicketStore> m_admin;
    QVector<QString> m_logins; // agent i's login
    QVector<qint64> m_agentIds; // agent i's id; agent 0 is a lead
    QVector<Customer> m_customers;
    Pool m_pool;
    QHash<qint64, QPair<qint64, qint64>> m_before; // ticket -> (row version, events) at start
    qint64 m_eventsBefore = 0;
    qint64 m_ticketsBefore = 0;
};

void SoakAgents::initTestCase()
{
    QString text;
    m_catalog = Catalog::loadBuiltIn(&text);
    QVERIFY2(m_catalog, qPrintable(text));
    m_db = TestDatabase::create(Engine::PostgreSQL, &text);
    QVERIFY2(m_db, qPrintable(text));
    StoreError error;
    m_admin = TicketStore::open(m_db->url(), m_catalog, m_clock, Connection::Mode::OpenExisting,
                                &error);
    QVERIFY2(m_admin, qPrintable(error.message));
    QCOMPARE(DatabaseRoles::initAdmin(m_admin->connection(), m_admin->now(), &error),
             Migrations::latestVersion());
    DemoOptions options;
    options.tickets = envInt("DUELINE_SOAK_TICKETS", 400);
    options.seed = 20;
    options.openPercent = 60;
    DemoSummary summary;
    QVERIFY2(DemoData::generate(m_admin->connection(), *m_catalog, m_admin->now(), options,
                                &summary, &error),
             qPrintable(error.message));

    const int agents = envInt("DUELINE_SOAK_AGENTS", 20);
    for (int i = 0; i < agents; ++i) {
        const QString login = QStringLiteral("soak%1").arg(i, 2, 10, QLatin1Char('0'));
        QVERIFY2(DatabaseRoles::addUser(m_admin->connection(), login,
                                        i == 0 ? Agent::Role::Lead : Agent::Role::Agent,
                                        QStringLiteral("Soak agent %1").arg(i),
                                        QStringLiteral("pw-") + login, &error),
                 qPrintable(error.message));
        const qint64 id = m_admin->agentByLogin(login, &error).value_or(Agent()).id;
        QVERIFY2(id > 0, qPrintable(error.message));
        m_logins.append(login);
        m_agentIds.append(id);
    }
    m_customers = m_admin->customers(&error);
    QVERIFY(!m_customers.isEmpty());

    QSqlQuery q = m_admin->connection().query();
    QVERIFY(q.exec(QStringLiteral("SELECT t.id, t.row_version, t.status, (SELECT count(*) FROM "
                                  "events e WHERE e.ticket_id = t.id) FROM tickets t ORDER BY "
                                  "t.id")));
    std::vector<qint64> open;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        m_before.insert(id, {q.value(1).toLongLong(), q.value(3).toLongLong()});
        m_eventsBefore += q.value(3).toLongLong();
        m_pool.add(id);
        if (isOpenStatus(ticketStatusFromKey(q.value(2).toString()).value_or(TicketStatus::Closed)))
            open.push_back(id);
    }
    m_ticketsBefore = m_before.size();
    QCOMPARE(m_ticketsBefore, summary.tickets);
    QCOMPARE(m_eventsBefore, summary.events);
    // A hot set about as large as the team: agents often reach for the same tickets.
    open.resize(std::min<std::size_t>(open.size(), std::size_t(agents)));
    QVERIFY(!open.empty());
    m_pool.setHot(open);
    const ConsistencyReport start = [&] {
        ConsistencyReport r;
        ConsistencyCheck::run(m_admin->connection(), *m_catalog, {}, &r, &error);
        return r;
    }();
    QVERIFY2(start.consistent() && !error, qPrintable(error.message));
}

void SoakAgents::cleanupTestCase()
{
    m_admin.reset();
    m_db.reset();
}

std::unique_ptr<TicketStore> SoakAgents::openAgentStore(int i, StoreError *error)
{
    // Agent i logs in as its own role (README: a shared PostgreSQL server); the checker (-1) as
    // the administrator. The test cluster trusts local logins, so the password is not checked
    // here; tst_roles checks the stored verifier.
    DatabaseUrl url = m_db->url();
    if (i >= 0) {
        url.user = m_logins[i];
        url.password = QStringLiteral("pw-") + m_logins[i];
    }
    auto store = TicketStore::open(url, m_catalog, m_clock, Connection::Mode::OpenExisting, error);
    if (store && i >= 0) {
        const auto bound = DatabaseRoles::boundLogin(store->connection(), error);
        if (!bound || *bound != m_logins[i]) {
            *error = StoreError(StoreError::Kind::Forbidden,
                                QStringLiteral("%1 is not bound to its own agent (%2)")
                                        .arg(m_logins[i], bound.value_or(QStringLiteral("-"))));
            return nullptr;
        }
    }
    return store;
}

namespace {

// What an action carries besides the Action itself.
struct Params
{
    QString body;
    qint64 assignee = 0;
    QString severity;
    TargetKind target = TargetKind::Response;
    Instant due = InvalidInstant;
    NewTicket ticket;
};

ActionResult send(TicketStore &store, Op op, const Action &a, const Params &p)
{
    switch (op) {
    case Op::Create:
        return store.createTicket(a.actionId, a.actorId, p.ticket);
    case Op::Take:
        return store.take(a);
    case Op::Assign:
        return store.assign(a, p.assignee);
    case Op::Reply:
        return store.reply(a, p.body);
    case Op::Note:
        return store.note(a, p.body);
    case Op::Wait:
        return store.replyAndWait(a, p.body);
    case Op::Resume:
        return store.resume(a, p.body);
    case Op::Severity:
        return store.changeSeverity(a, p.severity, p.body);
    case Op::Resolve:
        return store.resolve(a, p.body);
    case Op::Reopen:
        return store.reopen(a, p.body);
    case Op::Override:
        return store.overrideDue(a, p.target, p.due, p.body);
    }
    return {};
}

// What an agent does with a ticket it just read.
Op chooseOp(const Ticket &t, int roll)
{
    switch (t.status) {
    case TicketStatus::New:
        return roll < 40   ? Op::Take
               : roll < 60 ? Op::Reply
               : roll < 70 ? Op::Note
               : roll < 85 ? Op::Assign
               : roll < 92 ? Op::Severity
                           : Op::Resolve;
    case TicketStatus::Open:
        return roll < 30   ? Op::Reply
               : roll < 48 ? Op::Note
               : roll < 60 ? Op::Wait
               : roll < 68 ? Op::Severity
               : roll < 82 ? Op::Resolve
               : roll < 90 ? Op::Assign
                           : Op::Take;
    case TicketStatus::WaitingCustomer:
        return roll < 40 ? Op::Resume : roll < 60 ? Op::Note : roll < 80 ? Op::Reply : Op::Resolve;
    case TicketStatus::Resolved:
        return roll < 45 ? Op::Reopen : Op::Note;
    case TicketStatus::Closed:
        break;
    }
    return Op::Note;
}

} // namespace

void SoakAgents::runAgent(int i, qint64 deadlineMs, const QElapsedTimer &clock, AgentLog *log)
{
    StoreError error;
    const std::unique_ptr<TicketStore> store = openAgentStore(i, &error);
    auto fail = [log](const QString &message) {
        if (log->failures.size() < 10)
            log->failures.append(message);
    };
    if (!store) {
        fail(error.message);
        ++log->outcomes[int(Outcome::Failed)];
        return;
    }
    QRandomGenerator random(quint32(1000 + i));
    const qint64 me = m_agentIds[i];
    const bool lead = i == 0;
    qint64 serial = 0;

    while (clock.elapsed() < deadlineMs) {
        const QString tag = QStringLiteral("%1-%2").arg(m_logins[i]).arg(++serial);
        Op op = Op::Create;
        Action action;
        action.actionId = Action::newActionId();
        action.actorId = me;
        Params p;
        if (random.bounded(100) < 4) {
            const Customer &customer = m_customers[random.bounded(int(m_customers.size()))];
            const Plan *plan = m_catalog->plan(customer.planId);
            p.ticket.customerId = customer.id;
            p.ticket.subject = QStringLiteral("Soak ticket %1").arg(tag);
            p.ticket.severity =
                    plan ? plan->severities.value(random.bounded(int(plan->severities.size())))
                         : QString();
            p.ticket.channel =
                    plan && !plan->channels.isEmpty()
                            ? plan->channels[random.bounded(int(plan->channels.size()))].id
                            : QStringLiteral("email");
            p.ticket.body = QStringLiteral("Customer report %1").arg(tag);
            p.body = p.ticket.body;
        } else {
            action.ticketId = m_pool.pick(random);
            const auto t = store->ticket(action.ticketId, &error);
            if (!t) {
                fail(QStringLiteral("read #%1: %2").arg(action.ticketId).arg(error.message));
                ++log->outcomes[int(Outcome::Failed)];
                continue;
            }
            action.expectedVersion = t->rowVersion; // the version this agent saw
            op = chooseOp(*t, random.bounded(100));
            if (lead && isOpenStatus(t->status) && random.bounded(100) < 10)
                op = Op::Override;
            const Plan *plan = m_catalog->plan(t->planId);
            if (op == Op::Severity && (!plan || plan->severities.size() < 2))
                op = Op::Note;
            switch (op) {
            case Op::Assign:
                p.assignee = m_agentIds[random.bounded(int(m_agentIds.size()))];
                break;
            case Op::Severity: {
                QStringList others = plan->severities;
                others.removeAll(t->severity);
                p.severity = others.value(random.bounded(int(others.size())));
                p.body = QStringLiteral("Severity %1").arg(tag);
                break;
            }
            case Op::Override:
                p.target = random.bounded(2) ? TargetKind::Resolution : TargetKind::Response;
                p.due = store->now() + qint64(3600) * (1 + random.bounded(48));
                p.body = QStringLiteral("Override %1").arg(tag);
                break;
            case Op::Take:
            case Op::Create:
                break;
            default:
                p.body = QStringLiteral("%1 %2").arg(QLatin1String(opNames[int(op)]), tag);
                break;
            }
        }
        ++log->perOp[int(op)];

        // Send; on a conflict reload and send the same action again (same id: nothing was
        // applied) with the version just read, up to three times.
        ActionResult r;
        for (int attempt = 0;; ++attempt) {
            QElapsedTimer timer;
            timer.start();
            r = send(*store, op, action, p);
            log->latencyNs.push_back(timer.nsecsElapsed());
            if (r.ok()) {
                ++log->outcomes[int(r.replayed ? Outcome::Replayed : Outcome::Ok)];
                break;
            }
            // Another agent holds the ticket right now: the server says so at once (it never
            // waits); try the same action again a moment later, as a person would.
            if (r.error.kind == StoreError::Kind::Busy) {
                ++log->outcomes[int(Outcome::Busy)];
                if (attempt >= 10)
                    break;
                QThread::msleep(5 + QRandomGenerator::global()->bounded(20));
                continue;
            }
            if (r.error.kind == StoreError::Kind::Conflict) {
                ++log->outcomes[int(Outcome::Conflict)];
                if (attempt >= 3 || op == Op::Create)
                    break;
                const auto t = store->ticket(action.ticketId, &error);
                if (!t)
                    break;
                action.expectedVersion = t->rowVersion;
                ++log->conflictRetries;
                continue;
            }
            // Refused: the action no longer fits the ticket (another agent got there first).
            // Forbidden is a failure: agents never try what their role may not do.
            if (r.error.kind == StoreError::Kind::Invalid) {
                ++log->outcomes[int(Outcome::Refused)];
                static const QRegularExpression number(QStringLiteral("#\\d+"));
                ++log->refusals[QString(r.error.message).replace(number, QStringLiteral("#N"))];
            } else {
                ++log->outcomes[int(Outcome::Failed)];
                fail(QStringLiteral("%1 #%2: %3")
                             .arg(QLatin1String(opNames[int(op)]))
                             .arg(action.ticketId)
                             .arg(r.error.message));
            }
            break;
        }
        if (!r.ok()) {
            log->notApplied.insert(action.actionId);
            continue;
        }
        if (r.replayed) { // a first send is never a replay
            ++log->badReplays;
            fail(QStringLiteral("first send of %1 came back replayed").arg(action.actionId));
            continue;
        }
        log->done.push_back({action.actionId, r.event.ticketId, r.event.seq, r.event.kind, p.body,
                             op == Op::Wait ? 2 : 1});
        if (op == Op::Create)
            m_pool.add(r.ticket.id);

        // Now and then the same action again (a retry after a lost answer): it must come back
        // replayed with the original event, and write nothing.
        if (random.bounded(100) < 5) {
            QElapsedTimer timer;
            timer.start();
            const ActionResult again = send(*store, op, action, p);
            log->latencyNs.push_back(timer.nsecsElapsed());
            if (again.ok() && again.replayed && again.event.seq == r.event.seq &&
                again.event.ticketId == r.event.ticketId) {
                ++log->outcomes[int(Outcome::Replayed)];
                log->replays.push_back({action.actionId, r.event.ticketId, r.event.seq});
            } else {
                ++log->badReplays;
                ++log->outcomes[int(again.ok() ? Outcome::Ok : Outcome::Failed)];
                fail(QStringLiteral("retry of %1: %2")
                             .arg(action.actionId)
                             .arg(again.ok() ? QStringLiteral("applied twice")
                                             : again.error.message));
            }
        }
    }
}

void SoakAgents::soak()
{
    const int seconds = envInt("DUELINE_SOAK_SECONDS", 60);
    const int agents = m_agentIds.size();
    std::vector<AgentLog> logs(static_cast<std::size_t>(agents));
    std::vector<std::thread> threads;
    threads.reserve(std::size_t(agents));
    QElapsedTimer clock;
    clock.start();
    const qint64 deadline = qint64(seconds) * 1000;
    for (int i = 0; i < agents; ++i)
        threads.emplace_back([this, i, deadline, &clock, &logs] {
            runAgent(i, deadline, clock, &logs[std::size_t(i)]);
        });
    // A checker on its own connection verifies the whole database every few seconds while the
    // agents work: each committed snapshot is consistent, not only the final state.
    std::atomic<int> onlineChecks{0};
    std::atomic<qint64> onlineMismatches{0};
    QStringList onlineErrors;
    std::thread checker([&] {
        StoreError error;
        const auto store = openAgentStore(-1, &error);
        if (!store) {
            onlineErrors.append(error.message);
            return;
        }
        while (clock.elapsed() < deadline) {
            const qint64 next = clock.elapsed() + 5000;
            while (clock.elapsed() < std::min(next, deadline))
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            if (clock.elapsed() >= deadline)
                break;
            ConsistencyReport report;
            if (!ConsistencyCheck::run(store->connection(), *m_catalog, {}, &report, &error)) {
                onlineErrors.append(error.message);
                break;
            }
            ++onlineChecks;
            onlineMismatches += report.mismatchCount;
            for (const ConsistencyMismatch &m : std::as_const(report.mismatches).mid(0, 5))
                onlineErrors.append(QStringLiteral("#%1 %2: stored %3, derived %4")
                                            .arg(m.ticketId)
                                            .arg(m.field, m.stored, m.derived));
        }
    });
    for (std::thread &t : threads)
        t.join();
    checker.join();
    const double elapsed = double(clock.nsecsElapsed()) / 1e9;

    // Merge.
    AgentLog all;
    for (AgentLog &log : logs) {
        all.latencyNs.insert(all.latencyNs.end(), log.latencyNs.begin(), log.latencyNs.end());
        all.done.insert(all.done.end(), log.done.begin(), log.done.end());
        all.replays.insert(all.replays.end(), log.replays.begin(), log.replays.end());
        all.notApplied.unite(log.notApplied);
        for (int k = 0; k < 5; ++k)
            all.outcomes[k] += log.outcomes[k];
        for (int k = 0; k < OpCount; ++k)
            all.perOp[k] += log.perOp[k];
        all.conflictRetries += log.conflictRetries;
        all.badReplays += log.badReplays;
        all.failures.append(log.failures);
        for (auto it = log.refusals.cbegin(); it != log.refusals.cend(); ++it)
            all.refusals[it.key()] += it.value();
    }
    std::sort(all.latencyNs.begin(), all.latencyNs.end());
    const qint64 attempts = qint64(all.latencyNs.size());
    qint64 creates = 0;
    QHash<qint64, qint64> doneOn; // ticket -> actions applied
    qint64 eventsDone = 0;
    for (const Done &d : all.done) {
        doneOn[d.ticketId] += d.events;
        eventsDone += d.events;
        creates += d.kind == EventKind::Created ? 1 : 0;
    }

    std::printf("soak: %d agents on PostgreSQL for %.1f s, %lld tickets at start\n", agents,
                elapsed, m_ticketsBefore);
    std::printf("soak: %lld requests, %.0f requests/s; %lld applied (%.0f/s), %lld replayed, %lld "
                "conflicts (%lld retried after reload), %lld busy (tried again), %lld refused, "
                "%lld failed\n",
                attempts, double(attempts) / elapsed, all.outcomes[int(Outcome::Ok)],
                double(all.outcomes[int(Outcome::Ok)]) / elapsed,
                all.outcomes[int(Outcome::Replayed)], all.outcomes[int(Outcome::Conflict)],
                all.conflictRetries, all.outcomes[int(Outcome::Busy)],
                all.outcomes[int(Outcome::Refused)], all.outcomes[int(Outcome::Failed)]);
    std::printf("soak: latency per request p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms\n",
                percentile(all.latencyNs, 0.50), percentile(all.latencyNs, 0.95),
                percentile(all.latencyNs, 0.99), percentile(all.latencyNs, 1.0));
    QStringList mix;
    for (int k = 0; k < OpCount; ++k)
        mix.append(QStringLiteral("%1 %2").arg(QLatin1String(opNames[k])).arg(all.perOp[k]));
    std::printf("soak: actions chosen: %s\n", qPrintable(mix.join(QStringLiteral(", "))));
    for (auto it = all.refusals.cbegin(); it != all.refusals.cend(); ++it)
        std::printf("soak: refused %lld×: %s\n", it.value(), qPrintable(it.key()));
    std::printf("soak: %d consistency checks while the agents worked (own connection, one "
                "snapshot each): %lld mismatches\n",
                onlineChecks.load(), onlineMismatches.load());
    std::fflush(stdout);

    // The log as written.
    struct Logged
    {
        qint64 ticketId;
        int seq;
        QString kind;
        QString body;
    };
    QHash<QString, QVector<Logged>> byAction;
    QSqlQuery q = m_admin->connection().query();
    q.setForwardOnly(true);
    QVERIFY(q.exec(QStringLiteral("SELECT action_id, ticket_id, seq, kind, body FROM events WHERE "
                                  "action_id IS NOT NULL")));
    while (q.next())
        byAction[q.value(0).toString()].append({q.value(1).toLongLong(), q.value(2).toInt(),
                                                q.value(3).toString(), q.value(4).toString()});
    q.finish();
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), (SELECT count(*) FROM tickets) FROM events")) &&
            q.next());
    const qint64 eventsAfter = q.value(0).toLongLong();
    const qint64 ticketsAfter = q.value(1).toLongLong();
    q.finish();

    // No action id twice.
    qint64 duplicated = 0;
    for (auto it = byAction.cbegin(); it != byAction.cend(); ++it)
        duplicated += it->size() > 1 ? 1 : 0;
    QCOMPARE(duplicated, 0);
    // Every applied action: exactly its event, with its text.
    for (const Done &d : all.done) {
        const QVector<Logged> found = byAction.value(d.actionId);
        QVERIFY2(found.size() == 1, qPrintable(d.actionId));
        QCOMPARE(found[0].ticketId, d.ticketId);
        QCOMPARE(found[0].seq, d.seq);
        QCOMPARE(found[0].kind, eventKindKey(d.kind));
        QCOMPARE(found[0].body, d.body);
        // A wait: its reply (above), then the pause right after it.
        const QVector<Logged> pause = byAction.value(Action::waitActionId(d.actionId));
        QCOMPARE(pause.size(), d.events - 1);
        if (!pause.isEmpty()) {
            QCOMPARE(pause[0].seq, d.seq + 1);
            QCOMPARE(pause[0].kind, QStringLiteral("status"));
        }
    }
    // Every deliberate retry got the original event back, and wrote nothing.
    for (const Replay &r : all.replays) {
        const QVector<Logged> found = byAction.value(r.actionId);
        QVERIFY(found.size() == 1);
        QCOMPARE(found[0].seq, r.seq);
        QCOMPARE(found[0].ticketId, r.ticketId);
    }
    // Nothing that was refused or lost a conflict wrote an event.
    for (const QString &id : std::as_const(all.notApplied))
        QVERIFY2(!byAction.contains(id) && !byAction.contains(Action::waitActionId(id)),
                 qPrintable(id));

    // Counts add up: one event and one row version per applied action (two for a wait: the reply
    // and the pause), per ticket too.
    QCOMPARE(eventsAfter - m_eventsBefore, eventsDone);
    QCOMPARE(ticketsAfter - m_ticketsBefore, creates);
    QVERIFY(q.exec(QStringLiteral("SELECT t.id, t.row_version, (SELECT count(*) FROM events e "
                                  "WHERE e.ticket_id = t.id) FROM tickets t")));
    qint64 checked = 0;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QPair<qint64, qint64> before = m_before.value(id, {0, 0});
        const qint64 versions = q.value(1).toLongLong() - before.first;
        const qint64 events = q.value(2).toLongLong() - before.second;
        QVERIFY2(events == doneOn.value(id),
                 qPrintable(QStringLiteral("ticket #%1 gained %2 events for %3 applied actions")
                                    .arg(id)
                                    .arg(events)
                                    .arg(doneOn.value(id))));
        QVERIFY2(versions == events,
                 qPrintable(QStringLiteral("ticket #%1: row version +%2, events +%3")
                                    .arg(id)
                                    .arg(versions)
                                    .arg(events)));
        ++checked;
    }
    q.finish();
    QCOMPARE(checked, ticketsAfter);

    // Every ticket's cached state is what its event log leads to.
    QElapsedTimer checkTimer;
    checkTimer.start();
    ConsistencyReport report;
    StoreError error;
    QVERIFY2(ConsistencyCheck::run(m_admin->connection(), *m_catalog, {}, &report, &error),
             qPrintable(error.message));
    std::printf("soak: consistency check of %lld tickets, %lld events in %.2f s: %lld "
                "mismatches\n",
                report.tickets, report.events, double(checkTimer.nsecsElapsed()) / 1e9,
                report.mismatchCount);
    std::fflush(stdout);
    QStringList mismatches;
    for (const ConsistencyMismatch &m : std::as_const(report.mismatches).mid(0, 20))
        mismatches.append(QStringLiteral("#%1 %2: stored %3, derived %4")
                                  .arg(m.ticketId)
                                  .arg(m.field, m.stored, m.derived));
    QVERIFY2(report.consistent(), qPrintable(mismatches.join(QLatin1Char('\n'))));
    QCOMPARE(report.tickets, ticketsAfter);
    QCOMPARE(report.events, eventsAfter);

    // The requests themselves (last, so that a failed request still shows the checks above).
    QVERIFY2(all.failures.isEmpty(), qPrintable(all.failures.join(QLatin1Char('\n'))));
    QVERIFY2(onlineErrors.isEmpty(), qPrintable(onlineErrors.join(QLatin1Char('\n'))));
    QCOMPARE(onlineMismatches.load(), 0);
    QCOMPARE(all.outcomes[int(Outcome::Failed)], 0);
    QCOMPARE(all.badReplays, 0);
    QCOMPARE(attempts, all.outcomes[0] + all.outcomes[1] + all.outcomes[2] + all.outcomes[3] +
                               all.outcomes[4]);
    QCOMPARE(qint64(all.done.size()), all.outcomes[int(Outcome::Ok)]);
    QCOMPARE(qint64(all.replays.size()), all.outcomes[int(Outcome::Replayed)]);
    QVERIFY(all.outcomes[int(Outcome::Ok)] > 0);
    QVERIFY(all.outcomes[int(Outcome::Conflict)] > 0); // the hot set makes them happen
    QVERIFY(!all.replays.empty());
}

QTEST_GUILESS_MAIN(SoakAgents)

#include "soak_agents.moc"
