// SPDX-License-Identifier: GPL-3.0-or-later
// The consistency check (cached ticket columns against the event log) on both engines: every
// test function runs once against a temporary SQLite file and once against a throwaway
// PostgreSQL server (tests/support/testdatabase.h).

#include "models/store/consistency.h"
#include "models/store/demodata.h"
#include "models/store/migrations.h"
#include "models/store/ticketstore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/testdatabase.h"

#include <QSet>
#include <QtTest>

using namespace dueline;
using testsupport::TestDatabase;

class TestConsistency : public QObject
{
    Q_OBJECT
public:
    explicit TestConsistency(Engine engine)
        : m_engine(engine)
    { }

private slots:
    void initTestCase();
    void cleanupTestCase();

    void demoIsConsistent();
    void batchesAgree();
    void actionsStayConsistent();
    void corruptedColumn_data();
    void corruptedColumn();
    void committedCorruptionFound();
    void rowVersionRule();
    void logDamage();
    void duplicateActionIds();
    void unknownTicket();
    void repairRewritesFromTheLog();

private:
    // Runs the check (every ticket, or one); fails the test on a database error.
    ConsistencyReport check(qint64 ticketId = 0, int batchSize = 500);
    qint64 pick(const QString &where); // a ticket id matching the condition, 0 if none
    bool exec(const QString &sql);
    QString describe(const ConsistencyReport &report) const;
    Action action(qint64 ticketId, qint64 actor) const;

    Engine m_engine;
    CatalogPtr m_catalog;
    FakeClock m_clock = FakeClock::at("2026-03-02T09:00:00Z");
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<TicketStore> m_store;
    DemoSummary m_demo;
    qint64 m_agent = 0;
    qint64 m_lead = 0;
};

void TestConsistency::initTestCase()
{
    qInfo("engine: %s", qPrintable(engineKey(m_engine)));
    QString text;
    m_catalog = Catalog::loadBuiltIn(&text);
    QVERIFY2(m_catalog, qPrintable(text));
    m_db = TestDatabase::create(m_engine, &text);
    QVERIFY2(m_db, qPrintable(text));
    StoreError error;
    m_store = TicketStore::open(m_db->url(), m_catalog, m_clock, Connection::Mode::CreateIfMissing,
                                &error);
    QVERIFY2(m_store, qPrintable(error.message));
    QCOMPARE(m_store->migrate(&error), Migrations::latestVersion());
    DemoOptions options;
    options.tickets = 300;
    options.seed = 5;
    options.openPercent = 30;
    QVERIFY2(DemoData::generate(m_store->connection(), *m_catalog, m_clock.nowUtc(), options,
                                &m_demo, &error),
             qPrintable(error.message));
    for (const Agent &a : m_store->agents(&error)) {
        if (a.role == Agent::Role::Lead && !m_lead)
            m_lead = a.id;
        if (a.role == Agent::Role::Agent && !m_agent)
            m_agent = a.id;
    }
    QVERIFY(m_agent > 0 && m_lead > 0);
}

void TestConsistency::cleanupTestCase()
{
    m_store.reset();
    m_db.reset();
}

ConsistencyReport TestConsistency::check(qint64 ticketId, int batchSize)
{
    ConsistencyOptions options;
    options.ticketId = ticketId;
    options.batchSize = batchSize;
    ConsistencyReport report;
    StoreError error;
    if (!ConsistencyCheck::run(m_store->connection(), *m_catalog, options, &report, &error))
        qWarning("consistency check: %s", qPrintable(error.message));
    return report;
}

qint64 TestConsistency::pick(const QString &where)
{
    QSqlQuery q = m_store->connection().query();
    if (!q.exec(QStringLiteral("SELECT id FROM tickets WHERE ") + where +
                QStringLiteral(" ORDER BY id LIMIT 1")) ||
        !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool TestConsistency::exec(const QString &sql)
{
    StoreError error;
    if (!m_store->connection().exec(sql, &error)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(error.message));
        return false;
    }
    return true;
}

QString TestConsistency::describe(const ConsistencyReport &report) const
{
    QStringList lines;
    for (const ConsistencyMismatch &m : report.mismatches)
        lines.append(QStringLiteral("#%1 %2: stored %3, derived %4")
                             .arg(m.ticketId)
                             .arg(m.field, m.stored, m.derived));
    return lines.join(QLatin1Char('\n'));
}

Action TestConsistency::action(qint64 ticketId, qint64 actor) const
{
    Action a;
    a.actionId = Action::newActionId();
    a.actorId = actor;
    a.ticketId = ticketId;
    return a;
}

void TestConsistency::demoIsConsistent()
{
    const ConsistencyReport report = check();
    QVERIFY2(report.consistent(), qPrintable(describe(report)));
    QCOMPARE(report.tickets, m_demo.tickets);
    QCOMPARE(report.events, m_demo.events);
    QVERIFY(report.mismatches.isEmpty());
}

void TestConsistency::batchesAgree()
{
    // Batch boundaries anywhere: every ticket and event is seen exactly once.
    const ConsistencyReport whole = check(0, 100000);
    qint64 calls = 0, last = 0;
    ConsistencyOptions options;
    options.batchSize = 7;
    ConsistencyReport small;
    StoreError error;
    QVERIFY(ConsistencyCheck::run(m_store->connection(), *m_catalog, options, &small, &error,
                                  [&](qint64 checked) {
                                      ++calls;
                                      QVERIFY(checked > last);
                                      last = checked;
                                  }));
    QCOMPARE(small.tickets, whole.tickets);
    QCOMPARE(small.events, whole.events);
    QCOMPARE(last, whole.tickets);
    QCOMPARE(calls, (whole.tickets + 6) / 7);
    QVERIFY(small.consistent());

    // One ticket alone.
    const qint64 id = pick(QStringLiteral("row_version = 1"));
    QVERIFY(id > 0);
    const ConsistencyReport one = check(id);
    QCOMPARE(one.tickets, 1);
    QCOMPARE(one.events, qint64(m_store->events(id, &error).size()));
    QVERIFY(one.consistent());
}

void TestConsistency::actionsStayConsistent()
{
    // A ticket made and worked through the store's actions, a due override included.
    const auto customers = m_store->customers(nullptr);
    QVERIFY(!customers.isEmpty());
    qint64 customer = 0;
    for (const Customer &c : customers) {
        if (c.planId == QLatin1String("vkcs/standard"))
            customer = c.id;
    }
    QVERIFY(customer > 0);
    NewTicket nt;
    nt.customerId = customer;
    nt.subject = QStringLiteral("Диск не монтируется");
    nt.severity = QStringLiteral("high");
    nt.channel = QStringLiteral("email");
    nt.body = QStringLiteral("Since the update.");
    const ActionResult created = m_store->createTicket(Action::newActionId(), 0, nt);
    QVERIFY2(created.ok(), qPrintable(created.error.message));
    const qint64 id = created.ticket.id;
    QVERIFY(m_store->take(action(id, m_agent)).ok());
    QVERIFY(m_store->reply(action(id, m_agent), QStringLiteral("Looking.")).ok());
    QVERIFY(m_store->replyAndWait(action(id, m_agent), QStringLiteral("Logs?")).ok());
    QVERIFY(m_store->resume(action(id, m_agent)).ok());
    QVERIFY(m_store->changeSeverity(action(id, m_agent), QStringLiteral("critical")).ok());
    const ActionResult overridden =
            m_store->overrideDue(action(id, m_lead), TargetKind::Resolution, m_store->now() + 86400,
                                 QStringLiteral("customer agreed"));
    QVERIFY2(overridden.ok(), qPrintable(overridden.error.message));
    QVERIFY(m_store->resolve(action(id, m_agent)).ok());
    QVERIFY(m_store->reopen(action(id, m_agent)).ok());
    StoreError error;
    const auto t = m_store->ticket(id, &error);
    QVERIFY(t);
    // A ticket made by actions: one version per event.
    QCOMPARE(t->rowVersion, qint64(m_store->events(id, &error).size()));
    QVERIFY(t->resolution.overridden);
    const ConsistencyReport one = check(id);
    QVERIFY2(one.consistent(), qPrintable(describe(one)));
    const ConsistencyReport all = check();
    QVERIFY2(all.consistent(), qPrintable(describe(all)));
}

void TestConsistency::corruptedColumn_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<QString>("where");
    auto row = [](const char *field, const char *assignment, const char *where) {
        QTest::newRow(field) << QString::fromLatin1(field) << QString::fromLatin1(assignment)
                             << QString::fromLatin1(where);
    };
    row("status", "status = CASE WHEN status = 'closed' THEN 'open' ELSE 'closed' END", "1 = 1");
    row("severity", "severity = 'nonexistent'", "1 = 1");
    row("plan_id", "plan_id = 'vkcs/standard'", "plan_id <> 'vkcs/standard'");
    row("assignee_id", "assignee_id = NULL", "assignee_id IS NOT NULL");
    row("created_at", "created_at = created_at - 1", "1 = 1");
    row("updated_at", "updated_at = updated_at + 1", "1 = 1");
    row("first_reply_at", "first_reply_at = NULL", "first_reply_at IS NOT NULL");
    row("resolved_at", "resolved_at = resolved_at + 3600", "resolved_at IS NOT NULL");
    row("response_state", "response_state = 'met_late'", "response_state = 'met'");
    row("response_due", "response_due = response_due + 60", "response_due IS NOT NULL");
    row("response_required", "response_required = response_required + 1",
        "response_state <> 'not_applicable'");
    row("resolution_remaining", "resolution_remaining = resolution_remaining - 1",
        "resolution_state = 'running'");
    row("resolution_state", "resolution_state = 'running'", "resolution_state = 'paused'");
    row("next_breach", "next_breach = next_breach - 60", "next_breach IS NOT NULL");
    row("paused", "paused = 1 - paused", "1 = 1");
    row("overrides", "overrides = 2", "overrides = 0");
    row("row_version", "row_version = row_version + 100", "1 = 1");
}

void TestConsistency::corruptedColumn()
{
    QFETCH(QString, field);
    QFETCH(QString, assignment);
    QFETCH(QString, where);
    const qint64 id = pick(where);
    QVERIFY2(id > 0, qPrintable(QStringLiteral("no demo ticket with ") + where));
    StoreError error;
    const auto before = m_store->ticket(id, &error);
    QVERIFY(before);

    // Inside a transaction that is rolled back: the check reads the caller's transaction.
    Connection &c = m_store->connection();
    QVERIFY(c.begin(&error));
    QVERIFY(exec(QStringLiteral("UPDATE tickets SET %1 WHERE id = %2").arg(assignment).arg(id)));
    const ConsistencyReport one = check(id);
    const ConsistencyReport all = check(0, 64);
    c.rollback();

    QCOMPARE(one.tickets, 1);
    QVERIFY2(one.mismatchCount == 1, qPrintable(describe(one)));
    const ConsistencyMismatch &m = one.mismatches.first();
    QCOMPARE(m.ticketId, id);
    QCOMPARE(m.field, field);
    QVERIFY(m.stored != m.derived);
    QVERIFY2(all.mismatchCount == 1, qPrintable(describe(all)));
    QCOMPARE(all.mismatches.first().ticketId, id);
    QCOMPARE(all.mismatches.first().field, field);
    QCOMPARE(all.tickets, m_demo.tickets + 1); // the ticket of actionsStayConsistent
    if (field == QLatin1String("row_version")) {
        QCOMPARE(m.stored, QString::number(before->rowVersion + 100));
    }
    if (field == QLatin1String("status")) {
        QCOMPARE(m.derived, ticketStatusKey(before->status));
    }
    if (field == QLatin1String("updated_at")) {
        QCOMPARE(m.derived,
                 QDateTime::fromSecsSinceEpoch(before->updatedAt, Qt::UTC).toString(Qt::ISODate));
    }
    // Rolled back: consistent again.
    QVERIFY(check(id).consistent());
}

void TestConsistency::committedCorruptionFound()
{
    // A corruption committed by another writer, found by a check in its own snapshot.
    const qint64 id = pick(QStringLiteral("next_breach IS NOT NULL"));
    QVERIFY(id > 0);
    QVERIFY(exec(QStringLiteral("UPDATE tickets SET next_breach = next_breach + 7 WHERE id = %1")
                         .arg(id)));
    const ConsistencyReport all = check();
    QVERIFY2(all.mismatchCount == 1, qPrintable(describe(all)));
    QCOMPARE(all.mismatches.first().ticketId, id);
    QCOMPARE(all.mismatches.first().field, QStringLiteral("next_breach"));
    QVERIFY(!m_store->connection().inTransaction());
    QVERIFY(exec(QStringLiteral("UPDATE tickets SET next_breach = next_breach - 7 WHERE id = %1")
                         .arg(id)));
    QVERIFY(check().consistent());
}

void TestConsistency::rowVersionRule()
{
    // A bulk-written ticket starts at version 1; each action adds one version and one event
    // with an action id. A version that claims more actions than the log holds is reported.
    const qint64 id = pick(QStringLiteral("row_version = 1 AND status IN ('new', 'open') AND "
                                          "(SELECT count(*) FROM events e WHERE e.ticket_id = "
                                          "tickets.id) > 2"));
    QVERIFY(id > 0);
    QVERIFY(m_store->note(action(id, m_agent), QStringLiteral("checked")).ok());
    StoreError error;
    QCOMPARE(m_store->ticket(id, &error)->rowVersion, 2);
    QVERIFY(check(id).consistent());

    Connection &c = m_store->connection();
    QVERIFY(c.begin(&error));
    QVERIFY(exec(QStringLiteral("UPDATE tickets SET row_version = 3 WHERE id = %1").arg(id)));
    const ConsistencyReport report = check(id);
    c.rollback();
    QVERIFY2(report.mismatchCount == 1, qPrintable(describe(report)));
    QCOMPARE(report.mismatches.first().field, QStringLiteral("row_version"));
    QCOMPARE(report.mismatches.first().stored, QStringLiteral("3"));
    QVERIFY2(report.mismatches.first().derived.startsWith(QLatin1String("at most 2")),
             qPrintable(report.mismatches.first().derived));
}

void TestConsistency::logDamage()
{
    // An event appended past a gap in the numbering (the log is append-only; a direct INSERT
    // still gets through).
    const qint64 id = pick(QStringLiteral("status = 'open'"));
    QVERIFY(id > 0);
    StoreError error;
    const QVector<Event> list = m_store->events(id, &error);
    QVERIFY(!list.isEmpty());
    Connection &c = m_store->connection();
    QVERIFY(c.begin(&error));
    QVERIFY(exec(QStringLiteral("INSERT INTO events (ticket_id, seq, at, kind, body) VALUES (%1, "
                                "%2, %3, 'note', 'gap')")
                         .arg(id)
                         .arg(list.size() + 2)
                         .arg(list.last().at)));
    const ConsistencyReport gap = check(id);
    c.rollback();
    QVERIFY2(gap.mismatchCount == 1, qPrintable(describe(gap)));
    QCOMPARE(gap.mismatches.first().field, QStringLiteral("seq"));
    QCOMPARE(gap.mismatches.first().stored, QString::number(list.size() + 2));
    QCOMPARE(gap.mismatches.first().derived, QString::number(list.size() + 1));

    // An event that does not fit the history (a reply without text): the history is damaged.
    QVERIFY(c.begin(&error));
    QVERIFY(exec(QStringLiteral("INSERT INTO events (ticket_id, seq, at, kind, body) VALUES (%1, "
                                "%2, %3, 'replied', '')")
                         .arg(id)
                         .arg(list.size() + 1)
                         .arg(list.last().at)));
    const ConsistencyReport damaged = check(id);
    c.rollback();
    QVERIFY2(damaged.mismatchCount == 1, qPrintable(describe(damaged)));
    QCOMPARE(damaged.mismatches.first().field, QStringLiteral("history"));

    // A note appended behind the store's back moves the last update: updated_at is stale.
    QVERIFY(c.begin(&error));
    QVERIFY(exec(QStringLiteral("INSERT INTO events (ticket_id, seq, at, kind, body) VALUES (%1, "
                                "%2, %3, 'note', 'late')")
                         .arg(id)
                         .arg(list.size() + 1)
                         .arg(list.last().at + 60)));
    const ConsistencyReport stale = check(id);
    c.rollback();
    QStringList fields;
    for (const ConsistencyMismatch &m : stale.mismatches)
        fields.append(m.field);
    QVERIFY2(fields.contains(QStringLiteral("updated_at")), qPrintable(describe(stale)));
}

void TestConsistency::duplicateActionIds()
{
    // The unique index makes a second use of an action id impossible; without it the check
    // still finds one, within a ticket and across tickets.
    const qint64 a = pick(QStringLiteral("status = 'open'"));
    const qint64 b = pick(QStringLiteral("status = 'open' AND id > %1").arg(a));
    QVERIFY(a > 0 && b > 0);
    const ActionResult noted = m_store->note(action(a, m_agent), QStringLiteral("first"));
    QVERIFY(noted.ok());
    StoreError error;
    const QVector<Event> la = m_store->events(a, &error);
    const QVector<Event> lb = m_store->events(b, &error);
    Connection &c = m_store->connection();
    QVERIFY(c.begin(&error));
    QVERIFY(exec(QStringLiteral("DROP INDEX events_action_id")));
    const QString insert = QStringLiteral("INSERT INTO events (ticket_id, seq, at, kind, "
                                          "action_id, body) VALUES (%1, %2, %3, 'note', '%4', "
                                          "'again')");
    QVERIFY(exec(insert.arg(b).arg(lb.size() + 1).arg(lb.last().at).arg(noted.event.actionId)));
    const ConsistencyReport across = check();
    QVERIFY(exec(insert.arg(a).arg(la.size() + 1).arg(la.last().at).arg(noted.event.actionId)));
    const ConsistencyReport within = check(a);
    c.rollback();

    QVERIFY2(across.mismatchCount == 1, qPrintable(describe(across)));
    QCOMPARE(across.mismatches.first().field, QStringLiteral("action_id"));
    QVERIFY(across.mismatches.first().stored.contains(noted.event.actionId));
    QVERIFY2(within.mismatchCount == 1, qPrintable(describe(within)));
    QCOMPARE(within.mismatches.first().field, QStringLiteral("action_id"));
    QCOMPARE(within.mismatches.first().ticketId, a);
    QVERIFY(check().consistent());
}

void TestConsistency::unknownTicket()
{
    ConsistencyOptions options;
    options.ticketId = 999999;
    ConsistencyReport report;
    StoreError error;
    QVERIFY(!ConsistencyCheck::run(m_store->connection(), *m_catalog, options, &report, &error));
    QCOMPARE(error.kind, StoreError::Kind::NotFound);
    QVERIFY(error.message.contains(QLatin1String("999999")));
}

// "db repair": tickets whose cached columns were changed behind the store's back (committed)
// get the columns their logs lead to, each change named, the row version untouched; a second
// repair finds nothing.
void TestConsistency::repairRewritesFromTheLog()
{
    const QVector<QPair<QString, QString>> corruptions = {
            {QStringLiteral("status = 'open'"), QStringLiteral("status = 'closed'")},
            {QStringLiteral("response_due IS NOT NULL AND response_state = 'running'"),
             QStringLiteral("response_due = response_due + 3600")},
            {QStringLiteral("next_breach IS NOT NULL"),
             QStringLiteral("next_breach = next_breach - 60")},
            {QStringLiteral("assignee_id IS NOT NULL"), QStringLiteral("assignee_id = NULL")},
            {QStringLiteral("resolution_state = 'running'"),
             QStringLiteral("resolution_state = 'met'")},
    };
    QVERIFY2(check().consistent(), qPrintable(describe(check())));
    QHash<qint64, Ticket> before;
    QStringList used{QStringLiteral("0")};
    StoreError error;
    for (const auto &c : corruptions) {
        const qint64 id = pick(
                c.first + QStringLiteral(" AND id NOT IN (%1)").arg(used.join(QLatin1Char(','))));
        QVERIFY2(id > 0, qPrintable(c.first));
        used.append(QString::number(id));
        before.insert(id, *m_store->ticket(id, &error));
        QVERIFY(exec(QStringLiteral("UPDATE tickets SET %1 WHERE id = %2").arg(c.second).arg(id)));
    }
    const ConsistencyReport damaged = check();
    QVERIFY(damaged.mismatchCount >= corruptions.size());

    QVector<ConsistencyMismatch> changes;
    qint64 repaired = 0;
    QStringList unrepairable;
    QVERIFY2(ConsistencyCheck::repair(m_store->connection(), *m_catalog, &changes, &repaired,
                                      &unrepairable, &error),
             qPrintable(error.message));
    QCOMPARE(repaired, qint64(corruptions.size()));
    QVERIFY2(unrepairable.isEmpty(), qPrintable(unrepairable.join(QLatin1Char('\n'))));
    QSet<qint64> changed;
    for (const ConsistencyMismatch &m : std::as_const(changes))
        changed.insert(m.ticketId);
    QCOMPARE(changed.size(), corruptions.size());
    QVERIFY2(check().consistent(), qPrintable(describe(check())));
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const Ticket after = *m_store->ticket(it.key(), &error);
        QCOMPARE(after.status, it->status);
        QCOMPARE(after.assigneeId, it->assigneeId);
        QCOMPARE(after.response.due, it->response.due);
        QCOMPARE(after.resolution.phase, it->resolution.phase);
        QCOMPARE(after.nextBreach, it->nextBreach);
        QCOMPARE(after.rowVersion, it->rowVersion);
        QVERIFY(after.changeSeq > it->changeSeq); // every client reloads it
    }
    // Nothing left to do.
    QVERIFY(ConsistencyCheck::repair(m_store->connection(), *m_catalog, &changes, &repaired,
                                     &unrepairable, &error));
    QCOMPARE(repaired, qint64(0));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    for (Engine engine : {Engine::SQLite, Engine::PostgreSQL}) {
        TestConsistency test(engine);
        failures += QTest::qExec(&test, argc, argv);
    }
    return failures == 0 ? 0 : 1;
}

#include "tst_consistency.moc"
