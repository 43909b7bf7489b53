// SPDX-License-Identifier: GPL-3.0-or-later
// The shared server stamps time, validates every event and bounds every input (issue 15),
// tried as a hostile agent and a hostile lead would: plain SQL through their own scram-sha-256
// logins on a throwaway PostgreSQL cluster, calling the write functions with any arguments.
// After every refused attack the ticket holds the same events and the ordinary client can still
// act on it (nothing bricked). Since schema 6 (issue 16) a write function takes the proposed event
// alone and the server derives the ticket's state: the faked-state attacks have no column left to
// fake, and a row after any raw call is what the engine derives from the log.

#include "models/store/consistency.h"
#include "models/store/migrations.h"
#include "models/store/roles.h"
#include "models/store/servercatalog.h"
#include "models/store/ticketstore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/testdatabase.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtTest>

using namespace dueline;
using testsupport::TestDatabase;

namespace {

// The parameters of dueline_append_event, in order, with the honest value of each for a note.
// An attack replaces some.
const char *const appendParameters[][2] = {
        {"p_ticket", "CASE WHEN s.at IS NOT NULL THEN t.id END"}, // after the stamp
        {"p_base_version", "t.row_version"},
        {"p_seq", "(SELECT max(seq) + 1 FROM events WHERE ticket_id = t.id)"},
        {"p_kind", "'note'"},
        {"p_actor", "NULL"},
        {"p_action", "ACTION"},
        {"p_status", "NULL"},
        {"p_severity", "NULL"},
        {"p_plan", "NULL"},
        {"p_assignee", "NULL"},
        {"p_target", "NULL"},
        {"p_due", "NULL"},
        {"p_body", "'a note'"},
};

using Overrides = QList<QPair<QString, QString>>;

// One statement: the server's stamp for the ticket, then the write function.
QString appendSql(qint64 ticket, const Overrides &overrides)
{
    QStringList arguments;
    for (const auto &p : appendParameters) {
        QString value = QString::fromLatin1(p[1]);
        for (const auto &o : overrides)
            if (o.first == QLatin1String(p[0]))
                value = o.second;
        value.replace(QLatin1String("ACTION"),
                      QLatin1Char('\'') + QUuid::createUuid().toString(QUuid::WithoutBraces) +
                              QLatin1Char('\''));
        arguments << QStringLiteral("%1 => %2").arg(QLatin1String(p[0]), value);
    }
    return QStringLiteral("WITH s AS (SELECT dueline_stamp(%1) AS at) SELECT f.* FROM tickets t, "
                          "s, LATERAL dueline_append_event(%2) f WHERE t.id = %1")
            .arg(ticket)
            .arg(arguments.join(QStringLiteral(", ")));
}

} // namespace

Q_DECLARE_METATYPE(Overrides)

class TestServerWrites : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void timeIsTheServers();
    void heldTransactionDoesNotBackdate();
    void staleStampIsRefused();
    void eventsAreValidated_data();
    void eventsAreValidated();
    void newTicketsAreValidated_data();
    void newTicketsAreValidated();
    void derivedStateCannotBeFaked_data();
    void derivedStateCannotBeFaked();
    void rawNotesChangeNothingButTime();
    void lockedTicketIsBusyAtOnce();
    void recomputeSkipsHeldTickets();
    void catalogOnlyFromTheOwnerOrALead();
    void repairOnlyByTheOwner();
    void storeStillWorksAndLogIsConsistent();

private:
    DatabaseUrl loginUrl(const QString &login) const; // with the login's password
    std::unique_ptr<Connection> loginAs(const QString &login);
    // The SQLSTATE of `sql` run as `login` ("" when it succeeded); the message in *message.
    QString stateOf(const QString &login, const QString &sql, QString *message = nullptr);
    qint64 newTicket(const QString &planId, const QString &severity);
    int eventCount(qint64 ticket);
    // Whether the ticket's row is what the engine derives from its log (db check); else false
    // and the first difference (or the read error) in *error.
    bool matchesItsLog(qint64 ticket, StoreError *error);

    FakeClock m_clock = FakeClock::at("2026-03-02T09:00:00Z");
    CatalogPtr m_catalog;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Connection> m_admin;
    std::unique_ptr<TicketStore> m_alice; // the honest client of the agent
    qint64 m_aliceId = 0;
    qint64 m_lenaId = 0;
    qint64 m_customer = 0;
    qint64 m_ticket = 0; // vkcs/standard, critical: response 1 h, resolution 2 h
};

DatabaseUrl TestServerWrites::loginUrl(const QString &login) const
{
    DatabaseUrl url = m_db->url();
    url.user = login;
    url.password = login == QLatin1String("alice") ? QStringLiteral("correct horse")
                                                   : QStringLiteral("battery staple");
    return url;
}

std::unique_ptr<Connection> TestServerWrites::loginAs(const QString &login)
{
    StoreError error;
    auto connection = Connection::open(loginUrl(login), Connection::Mode::OpenExisting, &error);
    if (!connection)
        qWarning("%s", qPrintable(error.message));
    return connection;
}

QString TestServerWrites::stateOf(const QString &login, const QString &sql, QString *message)
{
    return testsupport::sqlStateOf(loginUrl(login), sql, message);
}

qint64 TestServerWrites::newTicket(const QString &planId, const QString &severity)
{
    NewTicket nt;
    nt.customerId = m_customer;
    nt.planId = planId;
    nt.subject = QStringLiteral("Backups fail every night");
    nt.severity = severity;
    nt.channel = m_catalog->plan(planId)->firstOfferedChannel();
    const ActionResult r = m_alice->createTicket(Action::newActionId(), m_aliceId, nt);
    if (!r.ok())
        qWarning("%s", qPrintable(r.error.message));
    return r.ok() ? r.ticket.id : 0;
}

int TestServerWrites::eventCount(qint64 ticket)
{
    StoreError error;
    return int(m_alice->events(ticket, &error).size());
}

bool TestServerWrites::matchesItsLog(qint64 ticket, StoreError *error)
{
    ConsistencyReport report;
    ConsistencyOptions options;
    options.ticketId = ticket;
    if (!ConsistencyCheck::run(*m_admin, *m_catalog, options, &report, error))
        return false;
    if (report.consistent())
        return true;
    const ConsistencyMismatch &m = report.mismatches.first();
    *error = StoreError(StoreError::Kind::Invalid, QStringLiteral("#%1 %2: stored %3, derived %4")
                                                           .arg(m.ticketId)
                                                           .arg(m.field, m.stored, m.derived));
    return false;
}

void TestServerWrites::initTestCase()
{
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    m_db = TestDatabase::create(Engine::PostgreSQL, &error);
    QVERIFY2(m_db, qPrintable(error));
    StoreError storeError;
    m_admin = Connection::open(m_db->url(), Connection::Mode::OpenExisting, &storeError);
    QVERIFY2(m_admin, qPrintable(storeError.message));
    QVERIFY2(testsupport::makeSharedTeam(*m_admin, m_clock.nowUtc(), &error), qPrintable(error));
    // scram-sha-256 for these logins from here on (the superuser keeps trust); this process's
    // throwaway cluster is its own.
    QVERIFY2(testsupport::requirePasswords(
                     *m_admin, {QStringLiteral("alice"), QStringLiteral("lena")}, &error),
             qPrintable(error));
    auto owner = TicketStore::open(m_db->url(), m_catalog, m_clock, Connection::Mode::OpenExisting,
                                   &storeError);
    QVERIFY(owner);
    Customer c;
    c.name = QStringLiteral("Northwind");
    c.planId = QStringLiteral("vkcs/standard");
    c.timeZone = "Europe/Moscow";
    c.language = QStringLiteral("ru");
    m_customer = owner->addCustomer(c, &storeError);
    QVERIFY2(m_customer > 0, qPrintable(storeError.message));
    m_aliceId = owner->agentByLogin(QStringLiteral("alice"), &storeError).value_or(Agent()).id;
    m_lenaId = owner->agentByLogin(QStringLiteral("lena"), &storeError).value_or(Agent()).id;
    QVERIFY(m_aliceId > 0 && m_lenaId > 0);
    DatabaseUrl aliceUrl = m_db->url();
    aliceUrl.user = QStringLiteral("alice");
    aliceUrl.password = QStringLiteral("correct horse");
    m_alice = TicketStore::open(aliceUrl, m_catalog, m_clock, Connection::Mode::OpenExisting,
                                &storeError);
    QVERIFY2(m_alice, qPrintable(storeError.message));
    m_ticket = newTicket(QStringLiteral("vkcs/standard"), QStringLiteral("critical"));
    QVERIFY(m_ticket > 0);
    // The server knows the built-in catalog (written by the schema update).
    QSqlQuery q = m_admin->query();
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM catalog_plans WHERE builtin = 1")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), int(m_catalog->plans().size()));
}

// The event time is the server's stamp: the client passes none, and no time of its own choosing
// reaches the ticket's state.
void TestServerWrites::timeIsTheServers()
{
    QString message;
    // No stamp asked for: refused.
    QString sql = appendSql(m_ticket, {});
    sql.replace(QStringLiteral("WITH s AS (SELECT dueline_stamp(%1) AS at) ").arg(m_ticket),
                QStringLiteral("WITH s AS (SELECT 0 AS at) "));
    QCOMPARE(stateOf(QStringLiteral("alice"), sql, &message), QStringLiteral("DL004"));
    QVERIFY2(message.contains(QLatin1String("dueline_stamp")), qPrintable(message));
    // A stamp for another ticket does not do.
    const qint64 other = newTicket(QStringLiteral("vkcs/standard"), QStringLiteral("low"));
    QVERIFY(other > 0);
    sql = appendSql(m_ticket, {});
    sql.replace(QStringLiteral("dueline_stamp(%1)").arg(m_ticket),
                QStringLiteral("dueline_stamp(%1)").arg(other));
    QCOMPARE(stateOf(QStringLiteral("alice"), sql), QStringLiteral("DL004"));
    // Creating a ticket without the server's stamp.
    QCOMPARE(stateOf(QStringLiteral("alice"),
                     QStringLiteral(
                             "SELECT * FROM dueline_create_ticket(%1, 'x', %2, 's', 'email', '', "
                             "'critical', 'vkcs/standard', '')")
                             .arg(m_aliceId)
                             .arg(m_customer)),
             QStringLiteral("DL004"));
    QCOMPARE(eventCount(m_ticket), 1);
    // Honest: works, and the event carries the server's time.
    QCOMPARE(stateOf(QStringLiteral("alice"), appendSql(m_ticket, {})), QString());
    StoreError error;
    const QVector<Event> events = m_alice->events(m_ticket, &error);
    QCOMPARE(events.size(), 2);
    QVERIFY(qAbs(events.last().at - QDateTime::currentSecsSinceEpoch()) <= 2);
}

// The attack of the issue: BEGIN, wait for the response target to breach, then write the reply
// "at the ticket's arrival". Here: a transaction held for 3 s; the event still gets the time it
// was written, not the transaction's start.
void TestServerWrites::heldTransactionDoesNotBackdate()
{
    auto alice = loginAs(QStringLiteral("alice"));
    QVERIFY(alice);
    QSqlQuery q = alice->query();
    QVERIFY(q.exec(QStringLiteral("BEGIN")));
    QVERIFY(q.exec(QStringLiteral("SELECT CAST(floor(EXTRACT(EPOCH FROM transaction_timestamp())) "
                                  "AS BIGINT)")) &&
            q.next());
    const qint64 begun = q.value(0).toLongLong();
    QVERIFY(q.exec(QStringLiteral("SELECT pg_sleep(3)")));
    QVERIFY2(q.exec(appendSql(m_ticket, {{QStringLiteral("p_kind"), QStringLiteral("'replied'")},
                                         {QStringLiteral("p_body"), QStringLiteral("'late'")}})),
             qPrintable(q.lastError().databaseText()));
    QVERIFY(q.exec(QStringLiteral("COMMIT")));
    StoreError error;
    const QVector<Event> events = m_alice->events(m_ticket, &error);
    QCOMPARE(events.last().kind, EventKind::Replied);
    QVERIFY2(events.last().at >= begun + 3,
             qPrintable(QStringLiteral("reply stamped %1, transaction began %2")
                                .arg(events.last().at)
                                .arg(begun)));
    QCOMPARE(m_alice->ticket(m_ticket, &error)->firstReplyAt, events.last().at);
}

// A stamp is good for 5 seconds: a client that takes the stamp and writes much later is refused.
void TestServerWrites::staleStampIsRefused()
{
    auto alice = loginAs(QStringLiteral("alice"));
    QVERIFY(alice);
    const int before = eventCount(m_ticket);
    QSqlQuery q = alice->query();
    QVERIFY(q.exec(QStringLiteral("BEGIN")));
    QVERIFY(q.exec(QStringLiteral("CREATE TEMP TABLE held AS SELECT dueline_stamp(%1) AS at")
                           .arg(m_ticket)));
    QVERIFY(q.exec(QStringLiteral("SELECT pg_sleep(5.5)")));
    QString sql = appendSql(m_ticket, {});
    sql.replace(QStringLiteral("WITH s AS (SELECT dueline_stamp(%1) AS at) ").arg(m_ticket),
                QStringLiteral("WITH s AS (SELECT at FROM held) "));
    QVERIFY(!q.exec(sql));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("DL004"));
    QVERIFY2(q.lastError().databaseText().contains(QLatin1String("more than 5 seconds")),
             qPrintable(q.lastError().databaseText()));
    q.exec(QStringLiteral("ROLLBACK"));
    QCOMPARE(eventCount(m_ticket), before);
}

void TestServerWrites::eventsAreValidated_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<Overrides>("attack");
    QTest::addColumn<QString>("state");
    const QString alice = QStringLiteral("alice");
    const QString lena = QStringLiteral("lena");
    auto kind = [](const char *k) {
        return qMakePair(QStringLiteral("p_kind"), QStringLiteral("'%1'").arg(QLatin1String(k)));
    };
    auto set = [](const char *name, const char *value) {
        return qMakePair(QString::fromLatin1(name), QString::fromUtf8(value));
    };
    const QString dl4 = QStringLiteral("DL004");
    // Bodies that are blank as the client sees them (QString::trimmed).
    QTest::newRow("reply, empty") << alice << Overrides{kind("replied"), set("p_body", "''")}
                                  << dl4;
    QTest::newRow("reply, white space")
            << alice << Overrides{kind("replied"), set("p_body", "E' \\n\\t\\r\\f\\x0b'")} << dl4;
    QTest::newRow("reply, ideographic space")
            << alice << Overrides{kind("replied"), set("p_body", "U&'\\3000\\00A0\\2028'")} << dl4;
    QTest::newRow("note, no-break space")
            << alice << Overrides{set("p_body", "U&'\\00A0\\0085'")} << dl4;
    QTest::newRow("note, NULL body") << alice << Overrides{set("p_body", "NULL")} << dl4;
    // Transitions the ticket's status does not allow.
    QTest::newRow("close an open ticket")
            << alice << Overrides{kind("status"), set("p_status", "'closed'")} << dl4;
    QTest::newRow("resume a running ticket")
            << alice << Overrides{kind("status"), set("p_status", "'open'")} << dl4;
    QTest::newRow("status bogus") << alice << Overrides{kind("status"), set("p_status", "'bogus'")}
                                  << dl4;
    QTest::newRow("status NULL") << alice << Overrides{kind("status")} << dl4;
    QTest::newRow("reopen an open ticket") << alice << Overrides{kind("reopened")} << dl4;
    QTest::newRow("created again") << alice << Overrides{kind("created")} << dl4;
    QTest::newRow("kind bogus") << alice << Overrides{kind("bogus")} << dl4;
    QTest::newRow("kind NULL") << alice << Overrides{set("p_kind", "NULL")} << dl4;
    // Catalog: severities and plans the server knows.
    QTest::newRow("severity bogus")
            << alice << Overrides{kind("severity"), set("p_severity", "'bogus'")} << dl4;
    QTest::newRow("severity unchanged")
            << alice << Overrides{kind("severity"), set("p_severity", "t.severity")} << dl4;
    QTest::newRow("severity with escapes")
            << alice << Overrides{kind("severity"), set("p_severity", "E'\\x1b[2Jhigh'")} << dl4;
    QTest::newRow("plan unknown") << alice
                                  << Overrides{kind("plan"), set("p_plan", "'nope/none'"),
                                               set("p_severity", "'high'")}
                                  << dl4;
    QTest::newRow("plan without that severity")
            << alice
            << Overrides{kind("plan"), set("p_plan", "'alibaba/basic'"),
                         set("p_severity", "'critical'")}
            << dl4;
    // Assignments.
    QTest::newRow("assign nobody to an unassigned ticket")
            << alice << Overrides{kind("assigned")} << dl4;
    QTest::newRow("assign a missing agent")
            << alice << Overrides{kind("assigned"), set("p_assignee", "999999")}
            << QStringLiteral("DL002");
    // Fields of another kind.
    QTest::newRow("note with a status") << alice << Overrides{set("p_status", "'closed'")} << dl4;
    QTest::newRow("note with a due") << alice << Overrides{set("p_due", "0")} << dl4;
    // Due overrides (a lead).
    QTest::newRow("override, reason a line break")
            << lena
            << Overrides{kind("due_override"), set("p_target", "'response'"),
                         set("p_due", "t.response_due + 86400"), set("p_body", "E'\\n'")}
            << dl4;
    QTest::newRow("override, no due")
            << lena
            << Overrides{kind("due_override"), set("p_target", "'response'"),
                         set("p_body", "'agreed'")}
            << dl4;
    QTest::newRow("override, target bogus")
            << lena
            << Overrides{kind("due_override"), set("p_target", "'bogus'"),
                         set("p_due", "t.response_due + 86400"), set("p_body", "'agreed'")}
            << dl4;
    QTest::newRow("override, year 5138")
            << lena
            << Overrides{kind("due_override"), set("p_target", "'response'"),
                         set("p_due", "99999999999"), set("p_body", "'agreed'")}
            << dl4;
    QTest::newRow("override, 1969")
            << lena
            << Overrides{kind("due_override"), set("p_target", "'response'"),
                         set("p_due", "-86400"), set("p_body", "'agreed'")}
            << dl4;
    // Bounds: ids, codes and sizes.
    QTest::newRow("action id of 200 KB")
            << alice << Overrides{set("p_action", "repeat('a', 200000)")} << dl4;
    QTest::newRow("action id with a line break")
            << alice << Overrides{set("p_action", "E'abc\\ndef'")} << dl4;
    QTest::newRow("action id empty") << alice << Overrides{set("p_action", "''")} << dl4;
    QTest::newRow("19 MB plan on a note")
            << alice << Overrides{set("p_plan", "repeat('p', 19000000)")} << dl4;
    QTest::newRow("19 MB severity")
            << alice << Overrides{kind("severity"), set("p_severity", "repeat('s', 19000000)")}
            << dl4;
}

// Each event that does not fit the ticket's history or the catalog is refused with a precise
// SQLSTATE; the ticket keeps its events and stays usable for the honest client.
void TestServerWrites::eventsAreValidated()
{
    QFETCH(QString, login);
    QFETCH(Overrides, attack);
    QFETCH(QString, state);
    const qint64 id = newTicket(QStringLiteral("vkcs/standard"), QStringLiteral("high"));
    QVERIFY(id > 0);
    QElapsedTimer timer;
    timer.start();
    QString message;
    QCOMPARE(stateOf(login, appendSql(id, attack), &message), state);
    qInfo("%s (%lld ms)", qPrintable(message.section(QStringLiteral(" CONTEXT:"), 0, 0)),
          timer.elapsed());
    QCOMPARE(eventCount(id), 1);
    // Not bricked: the ordinary client acts on it.
    const ActionResult r =
            m_alice->note({Action::newActionId(), m_aliceId, id, 0}, QStringLiteral("still fine"));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(eventCount(id), 2);
}

void TestServerWrites::newTicketsAreValidated_data()
{
    QTest::addColumn<QString>("arguments"); // after the actor and the action id
    QTest::addColumn<QString>("state");
    // customer, subject, channel, stage, severity, plan, body.
    auto row = [&](const char *name, const QString &arguments, const char *state) {
        QTest::newRow(name) << arguments << QString::fromLatin1(state);
    };
    const QString c = QStringLiteral("CUSTOMER");
    row("unknown plan", c + QStringLiteral(", 's', 'email', '', 'critical', 'nope/x', ''"),
        "DL004");
    row("severity the plan lacks",
        c + QStringLiteral(", 's', 'email', '', 'core-down', 'vkcs/standard', ''"), "DL004");
    row("channel of 100 KB",
        c + QStringLiteral(", 's', repeat('c', 100000), '', 'critical', 'vkcs/standard', ''"),
        "DL004");
    row("channel the plan lacks",
        c + QStringLiteral(", 's', 'carrier pigeon', '', 'critical', 'vkcs/standard', ''"),
        "DL004");
    row("unknown stage",
        c + QStringLiteral(", 's', 'email', 'beta', 'critical', 'vkcs/standard', ''"), "DL004");
    row("blank subject",
        c + QStringLiteral(", U&'\\3000', 'email', '', 'critical', 'vkcs/standard', ''"), "DL004");
    row("subject with escapes",
        c + QStringLiteral(", E'\\x1b]0;owned\\x07', 'email', '', 'critical', 'vkcs/standard', "
                           "''"),
        "DL004");
    row("missing customer",
        QStringLiteral("999999, 's', 'email', '', 'critical', 'vkcs/standard', ''"), "DL002");
}

void TestServerWrites::newTicketsAreValidated()
{
    QFETCH(QString, arguments);
    QFETCH(QString, state);
    QSqlQuery count = m_admin->query();
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM tickets")) && count.next());
    const qint64 before = count.value(0).toLongLong();
    arguments.replace(QLatin1String("CUSTOMER"), QString::number(m_customer));
    QString message;
    QCOMPARE(stateOf(QStringLiteral("alice"),
                     QStringLiteral("WITH s AS (SELECT dueline_stamp(0) AS at) SELECT f.* FROM s, "
                                    "LATERAL dueline_create_ticket(%1, '%2', %3) f")
                             .arg(m_aliceId)
                             .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), arguments),
                     &message),
             state);
    qInfo("%s", qPrintable(message.section(QStringLiteral(" CONTEXT:"), 0, 0)));
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM tickets")) && count.next());
    QCOMPARE(count.value(0).toLongLong(), before);
}

// The faked-state attacks of the issue, by the cheapest way in: a note whose cached columns said
// "closed" (the ticket vanished from every queue) or "met" (six such notes lifted an agent's
// compliance). The write functions of schema 4 with their cached columns are gone; the row is
// the server's derivation and no function an agent may call writes it otherwise.
void TestServerWrites::derivedStateCannotBeFaked_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("state");
    const QString alice = QStringLiteral("alice");
    const QString lena = QStringLiteral("lena");
    const QString missing = QStringLiteral("42883"); // no such function
    const QString denied = QStringLiteral("42501");
    // A note of schema 4 that closes the ticket and marks both clocks met.
    const QString oldNote = QStringLiteral(
            "WITH s AS (SELECT dueline_stamp(ID) AS at) SELECT f.* FROM tickets t, s, LATERAL "
            "dueline_append_event(t.id, t.row_version, 2, 'note', NULL, 'A', NULL, NULL, NULL, "
            "NULL, NULL, NULL, 'x', 'closed', t.severity, t.plan_id, t.assignee_id, s.at, "
            "t.first_reply_at, s.at, 'met', t.response_due, t.response_required, "
            "t.response_remaining, 'met', t.resolution_due, t.resolution_required, "
            "t.resolution_remaining, NULL, CAST(0 AS SMALLINT), CAST(0 AS SMALLINT)) f WHERE "
            "t.id = ID");
    QTest::newRow("schema 4 note, agent") << alice << oldNote << missing;
    QTest::newRow("schema 4 note, lead") << lena << oldNote << missing;
    QTest::newRow("schema 4 create, born closed")
            << alice
            << QStringLiteral("SELECT * FROM dueline_create_ticket(NULL, 'B', CUSTOMER, 's', "
                              "'email', '', 'critical', 'vkcs/standard', '', 'closed', "
                              "'critical', 'vkcs/standard', NULL, 0, NULL, NULL, 'met', 3600, "
                              "3600, 3600, 'met', 7200, 7200, 7200, NULL, CAST(0 AS SMALLINT), "
                              "CAST(0 AS SMALLINT))")
            << missing;
    QTest::newRow("UPDATE the row")
            << alice << QStringLiteral("UPDATE tickets SET status = 'closed' WHERE id = ID")
            << denied;
    QTest::newRow("UPDATE the row, lead")
            << lena << QStringLiteral("UPDATE tickets SET response_state = 'met' WHERE id = ID")
            << denied;
    QTest::newRow("store a derivation at another time")
            << alice << QStringLiteral("SELECT * FROM dueline_store_derived(ID, 0, false)")
            << denied;
    QTest::newRow("rederive") << lena << QStringLiteral("SELECT dueline_rederive(ID)") << denied;
    QTest::newRow("queue every ticket")
            << lena << QStringLiteral("SELECT dueline_queue_all()") << denied;
    QTest::newRow("fill the recompute queue")
            << alice << QStringLiteral("INSERT INTO dueline_recompute VALUES (ID, 1)") << denied;
    QTest::newRow("a catalog whose plan has no targets")
            << alice
            << QStringLiteral("SELECT dueline_publish_catalog_rows(false, '{\"plans\": []}')")
            << denied;
}

void TestServerWrites::derivedStateCannotBeFaked()
{
    QFETCH(QString, login);
    QFETCH(QString, sql);
    QFETCH(QString, state);
    const qint64 id = newTicket(QStringLiteral("vkcs/standard"), QStringLiteral("critical"));
    QVERIFY(id > 0);
    sql.replace(QLatin1String("CUSTOMER"), QString::number(m_customer));
    sql.replace(QLatin1String("ID"), QString::number(id));
    StoreError error;
    const Ticket before = *m_alice->ticket(id, &error);
    QString message;
    QCOMPARE(stateOf(login, sql, &message), state);
    qInfo("%s", qPrintable(message.section(QStringLiteral(" CONTEXT:"), 0, 0)));
    const Ticket after = *m_alice->ticket(id, &error);
    QCOMPARE(after.rowVersion, before.rowVersion);
    QCOMPARE(after.changeSeq, before.changeSeq);
    QCOMPARE(after.status, before.status);
    QCOMPARE(after.response.phase, before.response.phase);
    QCOMPARE(after.resolution.due, before.resolution.due);
    QCOMPARE(eventCount(id), 1);
}

// What a raw call can still do is propose honest events: six raw notes leave the status, the
// assignee and both clocks where the log has them, and the row is what the engine derives.
void TestServerWrites::rawNotesChangeNothingButTime()
{
    const qint64 id = newTicket(QStringLiteral("vkcs/standard"), QStringLiteral("critical"));
    QVERIFY(id > 0);
    StoreError error;
    const Ticket before = *m_alice->ticket(id, &error);
    for (int i = 0; i < 6; ++i)
        QCOMPARE(stateOf(QStringLiteral("alice"),
                         appendSql(id, {{QStringLiteral("p_body"),
                                         QStringLiteral("'met, trust me'")}})),
                 QString());
    // Anyone may help the server through its recompute queue: it changes nothing here.
    QCOMPARE(stateOf(QStringLiteral("alice"),
                     QStringLiteral("SELECT dueline_recompute_pending(5000)")),
             QString());
    const Ticket after = *m_alice->ticket(id, &error);
    QCOMPARE(eventCount(id), 7);
    QCOMPARE(after.rowVersion, before.rowVersion + 6);
    QCOMPARE(after.status, before.status);
    QCOMPARE(after.assigneeId, before.assigneeId);
    QCOMPARE(after.firstReplyAt, before.firstReplyAt);
    QCOMPARE(after.response.phase, ClockPhase::Running);
    QCOMPARE(after.response.due, before.response.due);
    QCOMPARE(after.resolution.phase, ClockPhase::Running);
    QCOMPARE(after.resolution.due, before.resolution.due);
    QCOMPARE(after.nextBreach, before.nextBreach);
    QVERIFY(after.updatedAt >= before.updatedAt);
    QVERIFY2(matchesItsLog(id, &error), qPrintable(error.message));
}

// A ticket another session holds is refused at once ("busy"), never waited for: an agent who
// locks every ticket and sits on the locks does not freeze the others.
void TestServerWrites::lockedTicketIsBusyAtOnce()
{
    const qint64 id = newTicket(QStringLiteral("vkcs/standard"), QStringLiteral("medium"));
    QVERIFY(id > 0);
    auto hostile = loginAs(QStringLiteral("alice"));
    QVERIFY(hostile);
    QSqlQuery hold = hostile->query();
    QVERIFY(hold.exec(QStringLiteral("BEGIN")));
    QVERIFY2(hold.exec(QStringLiteral("SELECT count(*) FROM dueline_lock_ticket(%1)").arg(id)),
             qPrintable(hold.lastError().databaseText()));
    // The lead's client.
    DatabaseUrl url = m_db->url();
    url.user = QStringLiteral("lena");
    url.password = QStringLiteral("battery staple");
    StoreError error;
    auto lena = TicketStore::open(url, m_catalog, m_clock, Connection::Mode::OpenExisting, &error);
    QVERIFY2(lena, qPrintable(error.message));
    QElapsedTimer timer;
    timer.start();
    ActionResult r = lena->note({Action::newActionId(), m_lenaId, id, 0}, QStringLiteral("hello"));
    const qint64 ms = timer.elapsed();
    QCOMPARE(r.error.kind, StoreError::Kind::Busy);
    QVERIFY2(r.error.message.contains(QStringLiteral("ticket #%1 is busy").arg(id)),
             qPrintable(r.error.message));
    // One sentence for a person: no "ERROR:", no CONTEXT of which function and line refused.
    QVERIFY2(!r.error.message.contains(QLatin1String("CONTEXT")) &&
                     !r.error.message.contains(QLatin1String("PL/pgSQL")) &&
                     !r.error.message.contains(QLatin1String("ERROR:")),
             qPrintable(r.error.message));
    QVERIFY2(ms < 3000, qPrintable(QStringLiteral("waited %1 ms").arg(ms))); // lock_timeout is 5 s
    QVERIFY(!lena->isConnectionLost(r.error));
    // The raw function, too.
    QCOMPARE(stateOf(QStringLiteral("lena"), appendSql(id, {})), QStringLiteral("DL005"));
    QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
    r = lena->note({Action::newActionId(), m_lenaId, id, 0}, QStringLiteral("hello again"));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
}

// Recomputation after a catalog change never waits for a ticket another session holds (every
// client's heartbeat helps with it): the held ticket is skipped, stays queued and is taken once
// it is free.
void TestServerWrites::recomputeSkipsHeldTickets()
{
    const qint64 id = newTicket(QStringLiteral("vkcs/standard"), QStringLiteral("medium"));
    QVERIFY(id > 0);
    auto hostile = loginAs(QStringLiteral("alice"));
    QVERIFY(hostile);
    QSqlQuery hold = hostile->query();
    QVERIFY(hold.exec(QStringLiteral("BEGIN")));
    QVERIFY(hold.exec(QStringLiteral("SELECT count(*) FROM dueline_lock_ticket(%1)").arg(id)));
    QSqlQuery q = m_admin->query();
    QVERIFY(q.exec(QStringLiteral("SELECT dueline_queue_all()")) && q.next());
    const qint64 queued = q.value(0).toLongLong();
    QVERIFY(queued > 1);
    auto lena = loginAs(QStringLiteral("lena"));
    QVERIFY(lena);
    QSqlQuery drain = lena->query();
    QElapsedTimer timer;
    timer.start();
    qint64 taken = 0;
    for (;;) {
        QVERIFY2(drain.exec(QStringLiteral("SELECT dueline_recompute_pending(7)")) && drain.next(),
                 qPrintable(drain.lastError().text()));
        const int batch = drain.value(0).toInt();
        if (batch == 0)
            break;
        taken += batch;
    }
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(taken, queued - 1);
    QVERIFY(q.exec(QStringLiteral("SELECT ticket_id FROM dueline_recompute")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), id);
    QVERIFY(!q.next());
    QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
    QVERIFY(drain.exec(QStringLiteral("SELECT dueline_recompute_pending(7)")) && drain.next());
    QCOMPARE(drain.value(0).toInt(), 1);
    StoreError error;
    QCOMPARE(ServerCatalog::recomputeBacklog(*m_admin, &error), qint64(0));
}

// The catalog the server checks against: the built-in part only from the owner, the team part
// from a lead, never from an agent; a team plan cannot replace a built-in one.
void TestServerWrites::catalogOnlyFromTheOwnerOrALead()
{
    const QString teamPlan = QStringLiteral(
            "'{\"plans\": [{\"id\": \"acme/gold\", \"provider\": \"acme\", \"severities\": "
            "[{\"code\": \"p1\", \"response\": true, \"resolution\": false}], \"channels\": "
            "[\"email\"]}], \"stages\": []}'");
    QCOMPARE(stateOf(QStringLiteral("alice"),
                     QStringLiteral("SELECT dueline_publish_catalog(false, %1)").arg(teamPlan)),
             QStringLiteral("DL003"));
    QCOMPARE(stateOf(QStringLiteral("lena"),
                     QStringLiteral("SELECT dueline_publish_catalog(true, '{\"plans\": []}')")),
             QStringLiteral("DL003"));
    QCOMPARE(stateOf(QStringLiteral("lena"),
                     QStringLiteral("SELECT dueline_publish_catalog(false, '{\"plans\": [{\"id\": "
                                    "\"vkcs/standard\", \"provider\": \"x\"}]}')")),
             QStringLiteral("DL004"));
    QCOMPARE(stateOf(QStringLiteral("alice"), QStringLiteral("DELETE FROM catalog_plans")),
             QStringLiteral("42501"));
    QCOMPARE(stateOf(QStringLiteral("lena"),
                     QStringLiteral("INSERT INTO catalog_plans VALUES ('x/y', 'x', 1)")),
             QStringLiteral("42501"));
    QCOMPARE(stateOf(QStringLiteral("lena"),
                     QStringLiteral("SELECT dueline_publish_catalog(false, %1)").arg(teamPlan)),
             QString());
    QSqlQuery q = m_admin->query();
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM catalog_plans")) && q.next());
    QCOMPARE(q.value(0).toInt(), int(m_catalog->plans().size()) + 1);
    // Back to no team plans.
    QCOMPARE(stateOf(QStringLiteral("lena"),
                     QStringLiteral("SELECT dueline_publish_catalog(false, '{}')")),
             QString());
}

// "db repair" rewrites ticket rows: only the schema owner (or a superuser) may, never an agent
// or a lead (they have no UPDATE on tickets, and the repair says so first).
void TestServerWrites::repairOnlyByTheOwner()
{
    for (const QString &login : {QStringLiteral("alice"), QStringLiteral("lena")}) {
        auto connection = loginAs(login);
        QVERIFY(connection);
        QVector<ConsistencyMismatch> changes;
        qint64 repaired = -1;
        QStringList unrepairable;
        StoreError error;
        QVERIFY(!ConsistencyCheck::repair(*connection, *m_catalog, &changes, &repaired,
                                          &unrepairable, &error));
        QCOMPARE(error.kind, StoreError::Kind::Forbidden);
        QCOMPARE(repaired, qint64(0));
    }
    QVector<ConsistencyMismatch> changes;
    qint64 repaired = -1;
    QStringList unrepairable;
    StoreError error;
    QVERIFY2(ConsistencyCheck::repair(*m_admin, *m_catalog, &changes, &repaired, &unrepairable,
                                      &error),
             qPrintable(error.message));
}

// After all the attacks: the honest client works through a ticket's whole life, and the ticket
// matches its log.
void TestServerWrites::storeStillWorksAndLogIsConsistent()
{
    const qint64 id = newTicket(QStringLiteral("vkcs/standard"), QStringLiteral("critical"));
    QVERIFY(id > 0);
    ActionResult r = m_alice->take({Action::newActionId(), m_aliceId, id, 0});
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    r = m_alice->reply({Action::newActionId(), m_aliceId, id, 0}, QStringLiteral("On it"));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.ticket.response.phase, ClockPhase::Met);
    r = m_alice->replyAndWait({Action::newActionId(), m_aliceId, id, 0}, QStringLiteral("Logs?"));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    r = m_alice->note({Action::newActionId(), m_aliceId, id, 0}, QStringLiteral("waiting"));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    r = m_alice->resume({Action::newActionId(), m_aliceId, id, 0}, QStringLiteral("Got them"));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    r = m_alice->resolve({Action::newActionId(), m_aliceId, id, 0}, QStringLiteral("Fixed"));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    r = m_alice->reopen({Action::newActionId(), m_aliceId, id, 0}, QStringLiteral("Again"));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    r = m_alice->changeSeverity({Action::newActionId(), m_aliceId, id, 0}, QStringLiteral("low"));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    r = m_alice->resolve({Action::newActionId(), m_aliceId, id, 0}, QStringLiteral("Fixed"));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    r = m_alice->close({Action::newActionId(), m_aliceId, id, 0});
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    StoreError error;
    QVERIFY2(matchesItsLog(id, &error), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestServerWrites)
#include "tst_serverwrites.moc"
