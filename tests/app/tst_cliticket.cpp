// SPDX-License-Identifier: GPL-3.0-or-later
// `dueline-cli ticket show N` as a user runs it (the real executable, a home of its own), on a
// SQLite file and on the throwaway PostgreSQL server: a resolved and a closed ticket with their
// whole history, a running, a breached and a paused clock at --now, names in the reader's
// language, a deactivated agent in the history, --as, and the errors.

#include "models/store/migrations.h"
#include "models/store/ticketstore.h"
#include "models/store/timeformat.h"
#include "tests/support/clihome.h"
#include "tests/support/fakeclock.h"
#include "tests/support/testdatabase.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>
#include <QtTest>

using namespace dueline;
using testsupport::CliHome;
using testsupport::CliRun;
using testsupport::TestDatabase;

namespace {

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 3600;

QJsonObject jsonOf(const CliRun &run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), run.out.constData());
    return doc.object();
}

// An instant as the CLI writes it in Moscow (vkcs/standard's calendar zone).
QString moscow(Instant t)
{
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone("Europe/Moscow")).toString(Qt::ISODate);
}

// Text with every run of spaces as one space: what a line says, whatever its columns' widths.
QString spaced(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral(" +"));
    return QString(text).replace(spaces, QStringLiteral(" "));
}

// Whether `text` says each of `expected` (runs of spaces as one); else a warning with both.
bool says(const QString &text, const QStringList &expected)
{
    for (const QString &e : expected) {
        if (!spaced(text).contains(spaced(e))) {
            qWarning("missing \"%s\" in:\n%s", qPrintable(e), qPrintable(text));
            return false;
        }
    }
    return true;
}

QStringList values(const QJsonArray &array, const QString &key)
{
    QStringList list;
    for (const auto &v : array)
        list << (v.toObject().value(key).isNull() ? QStringLiteral("-")
                                                  : v.toObject().value(key).toString());
    return list;
}

} // namespace

class TestCliTicket : public QObject
{
    Q_OBJECT
public:
    explicit TestCliTicket(Engine engine)
        : m_engine(engine)
    { }

private slots:
    void initTestCase();
    void resolvedWithItsHistory();
    void closedWithItsHistory();
    void clocksAtNow();
    void pausedClock();
    void businessDayClock();
    void namesInTheReadersLanguage();
    void deactivatedAgentInTheHistory();
    void asMarksTheAssignee();
    void errors();

private:
    CliRun show(qint64 ticket, const QStringList &extra = {}) const;
    Action action(qint64 ticket, qint64 actor) const;
    qint64 newTicket(const QString &severity);
    QVector<Event> events(qint64 ticket);
    // Lets a little time pass between actions: the fake clock on SQLite, a real second on the
    // server (which stamps every event itself).
    void pass(qint64 seconds);

    Engine m_engine;
    CatalogPtr m_catalog;
    FakeClock m_clock = FakeClock::at("2026-03-02T09:00:00Z"); // a Monday
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<TicketStore> m_store;
    std::unique_ptr<CliHome> m_home;
    qint64 m_anna = 0;
    qint64 m_lena = 0;
    qint64 m_customer = 0;
    qint64 m_resolved = 0;
    qint64 m_closed = 0;
};

void TestCliTicket::initTestCase()
{
    qInfo("engine: %s", qPrintable(engineKey(m_engine)));
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    m_db = TestDatabase::create(m_engine, &error);
    QVERIFY2(m_db, qPrintable(error));
    m_home = std::make_unique<CliHome>(QStringLiteral(DUELINE_CLI_PATH));
    QVERIFY(m_home->isValid());
    StoreError storeError;
    m_store = TicketStore::open(m_db->url(), m_catalog, m_clock, Connection::Mode::CreateIfMissing,
                                &storeError);
    QVERIFY2(m_store, qPrintable(storeError.message));
    QCOMPARE(m_store->migrate(&storeError), Migrations::latestVersion());
    m_anna = m_store->addAgent(
            {0, QStringLiteral("anna"), QStringLiteral("Anna Smirnova"), Agent::Role::Agent},
            &storeError);
    m_lena = m_store->addAgent(
            {0, QStringLiteral("lena"), QStringLiteral("Лена"), Agent::Role::Lead}, &storeError);
    QVERIFY2(m_anna > 0 && m_lena > 0, qPrintable(storeError.message));
    Customer c;
    c.name = QStringLiteral("Ольга Петрова");
    c.company = QStringLiteral("ООО Ромашка");
    c.planId = QStringLiteral("vkcs/standard"); // 24×7 Moscow: response 1 h, resolution by severity
    c.timeZone = "Europe/Moscow";
    m_customer = m_store->addCustomer(c, &storeError);
    QVERIFY2(m_customer > 0, qPrintable(storeError.message));

    // Resolved: taken, a reply and waiting on the customer, the customer's answer, resolved.
    m_resolved = newTicket(QStringLiteral("high"));
    pass(Minute);
    QVERIFY(m_store->take(action(m_resolved, m_anna)).ok());
    pass(Minute);
    QVERIFY(m_store->replyAndWait(action(m_resolved, m_anna), QStringLiteral("Который VM?")).ok());
    pass(Minute);
    QVERIFY(m_store->resume(action(m_resolved, 0), QStringLiteral("vm-42")).ok());
    pass(Minute);
    QVERIFY(m_store->resolve(action(m_resolved, m_anna), QStringLiteral("Перезапустили.")).ok());
    // Closed: taken, a note, resolved, closed by the lead.
    m_closed = newTicket(QStringLiteral("critical"));
    pass(Minute);
    QVERIFY(m_store->take(action(m_closed, m_anna)).ok());
    QVERIFY(m_store->note(action(m_closed, m_anna), QStringLiteral("Key account.")).ok());
    pass(Minute);
    QVERIFY(m_store->resolve(action(m_closed, m_anna), QStringLiteral("Fixed")).ok());
    QVERIFY(m_store->close(action(m_closed, m_lena)).ok());
}

CliRun TestCliTicket::show(qint64 ticket, const QStringList &extra) const
{
    QStringList arguments{QStringLiteral("ticket"), QStringLiteral("show"), QString::number(ticket),
                          QStringLiteral("--db"), m_db->urlText()};
    arguments += extra;
    return m_home->run(arguments);
}

Action TestCliTicket::action(qint64 ticket, qint64 actor) const
{
    Action a;
    a.actionId = Action::newActionId();
    a.actorId = actor;
    a.ticketId = ticket;
    return a;
}

qint64 TestCliTicket::newTicket(const QString &severity)
{
    NewTicket nt;
    nt.customerId = m_customer;
    nt.subject = QStringLiteral("Виртуальная машина не запускается");
    nt.severity = severity;
    nt.channel = QStringLiteral("email");
    nt.body = QStringLiteral("Since this morning.\nAll of them.");
    const ActionResult r = m_store->createTicket(Action::newActionId(), 0, nt);
    if (!r.ok())
        qWarning("createTicket: %s", qPrintable(r.error.message));
    return r.ticket.id;
}

QVector<Event> TestCliTicket::events(qint64 ticket)
{
    StoreError error;
    return m_store->events(ticket, &error);
}

void TestCliTicket::pass(qint64 seconds)
{
    m_clock.advance(seconds);
    if (m_engine == Engine::PostgreSQL)
        QTest::qSleep(1000);
}

// A resolved ticket: its details, both clocks met, and every event with who did it.
void TestCliTicket::resolvedWithItsHistory()
{
    const QVector<Event> log = events(m_resolved);
    QCOMPARE(log.size(), 6);
    const Instant now = log.last().at + 3600;
    CliRun r = show(m_resolved,
                    {QStringLiteral("--now"), formatInstantUtc(now), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.err, QString());
    QCOMPARE(r.out.count('\n'), 1);
    const QJsonObject o = jsonOf(r);
    QCOMPARE(o.value(QStringLiteral("id")).toInteger(), m_resolved);
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
    QCOMPARE(o.value(QStringLiteral("plan")).toString(), QStringLiteral("vkcs/standard"));
    QCOMPARE(o.value(QStringLiteral("severity")).toString(), QStringLiteral("high"));
    QCOMPARE(o.value(QStringLiteral("subject")).toString(),
             QStringLiteral("Виртуальная машина не запускается"));
    QCOMPARE(o.value(QStringLiteral("customer")).toString(), QStringLiteral("ООО Ромашка"));
    QCOMPARE(o.value(QStringLiteral("customer_name")).toString(), QStringLiteral("Ольга Петрова"));
    QCOMPARE(o.value(QStringLiteral("assignee")).toString(), QStringLiteral("anna"));
    QCOMPARE(o.value(QStringLiteral("assignee_name")).toString(), QStringLiteral("Anna Smirnova"));
    QCOMPARE(o.value(QStringLiteral("created")).toString(), formatInstantUtc(log.first().at));
    QCOMPARE(o.value(QStringLiteral("now")).toString(), formatInstantUtc(now));
    QVERIFY(o.value(QStringLiteral("assigned_to_me")).isNull()); // nobody chosen
    const QJsonObject response = o.value(QStringLiteral("response")).toObject();
    QCOMPARE(response.value(QStringLiteral("state")).toString(), QStringLiteral("met"));
    QCOMPARE(response.value(QStringLiteral("met_at")).toString(), moscow(log[2].at)); // the reply
    QCOMPARE(response.value(QStringLiteral("due")).toString(), moscow(log.first().at + 3600));
    QCOMPARE(response.value(QStringLiteral("target")).toObject().value(QStringLiteral("unit")),
             QStringLiteral("hours"));
    const QJsonObject explanation = response.value(QStringLiteral("explanation")).toObject();
    QCOMPARE(explanation.value(QStringLiteral("counted_seconds")).toInt(), 3600);
    const QJsonObject resolution = o.value(QStringLiteral("resolution")).toObject();
    QCOMPARE(resolution.value(QStringLiteral("state")).toString(), QStringLiteral("met"));
    QCOMPARE(resolution.value(QStringLiteral("met_at")).toString(), moscow(log.last().at));
    QCOMPARE(resolution.value(QStringLiteral("required_seconds")).toInt(), 8 * Hour);
    // 8 h of working time, less the minute spent waiting: the due moves by the pause.
    QCOMPARE(resolution.value(QStringLiteral("due")).toString(),
             moscow(log.first().at + 8 * Hour + (log[4].at - log[3].at)));
    const QJsonArray history = o.value(QStringLiteral("history")).toArray();
    QCOMPARE(values(history, QStringLiteral("kind")),
             QStringList({QStringLiteral("created"), QStringLiteral("assigned"),
                          QStringLiteral("replied"), QStringLiteral("status"),
                          QStringLiteral("status"), QStringLiteral("resolved")}));
    QCOMPARE(values(history, QStringLiteral("actor")),
             QStringList({QStringLiteral("-"), QStringLiteral("anna"), QStringLiteral("anna"),
                          QStringLiteral("anna"), QStringLiteral("-"), QStringLiteral("anna")}));
    QCOMPARE(values(history, QStringLiteral("at")).last(), formatInstantUtc(log.last().at));
    QCOMPARE(history[1].toObject().value(QStringLiteral("assignee")).toString(),
             QStringLiteral("anna"));
    QCOMPARE(history[3].toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("waiting_customer"));
    QCOMPARE(history[2].toObject().value(QStringLiteral("body")).toString(),
             QStringLiteral("Который VM?"));
    QCOMPARE(history[0].toObject().value(QStringLiteral("plan")).toString(),
             QStringLiteral("vkcs/standard"));

    r = show(m_resolved, {QStringLiteral("--now"), formatInstantUtc(now)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString text = r.text();
    const Plan *plan = m_catalog->plan(QStringLiteral("vkcs/standard"));
    const QString severityName = m_catalog->provider(plan->providerId)
                                         ->severity(QStringLiteral("high"))
                                         ->names.text(QStringLiteral("en"));
    QVERIFY(says(
            text,
            {QStringLiteral("Ticket #%1: Виртуальная машина не запускается").arg(m_resolved),
             QStringLiteral("ООО Ромашка — Ольга Петрова"),
             QStringLiteral("vkcs/standard — ") + plan->names.text(QStringLiteral("en")),
             QStringLiteral("high — ") + severityName, QStringLiteral("Status:         resolved"),
             QStringLiteral("Anna Smirnova (anna)"),
             QStringLiteral("met; due %1, met at %2 (1 h)")
                     .arg(moscow(log.first().at + 3600), moscow(log[2].at)),
             QStringLiteral("Why this deadline (times in Europe/Moscow):"),
             QStringLiteral("Now:            ") + moscow(now), QStringLiteral("History:"),
             moscow(log.first().at) + QStringLiteral("  customer or system     created "
                                                     "(vkcs/standard, high)"),
             QStringLiteral("      Since this morning.\n      All of them.\n"),
             QStringLiteral("Anna Smirnova (anna)  assigned to Anna Smirnova (anna)"),
             QStringLiteral("Anna Smirnova (anna)  replied to the customer\n      Который VM?\n"),
             QStringLiteral("Anna Smirnova (anna)  waiting on the customer\n"),
             QStringLiteral("customer or system     resumed\n      vm-42\n"),
             moscow(log.last().at) + QStringLiteral("  Anna Smirnova (anna)  resolved\n")}));
}

// A closed ticket shows the whole way there, the lead's close included.
void TestCliTicket::closedWithItsHistory()
{
    const QVector<Event> log = events(m_closed);
    QCOMPARE(log.size(), 5);
    CliRun r = show(m_closed, {QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = jsonOf(r);
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
    const QJsonArray history = o.value(QStringLiteral("history")).toArray();
    QCOMPARE(values(history, QStringLiteral("kind")),
             QStringList({QStringLiteral("created"), QStringLiteral("assigned"),
                          QStringLiteral("note"), QStringLiteral("resolved"),
                          QStringLiteral("status")}));
    QCOMPARE(values(history, QStringLiteral("actor")).last(), QStringLiteral("lena"));
    QCOMPARE(values(history, QStringLiteral("actor_name")).last(), QStringLiteral("Лена"));
    QCOMPARE(history.last().toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("closed"));
    // Without --now: the database's clock, which is after the last event.
    QVERIFY(o.value(QStringLiteral("now")).toString() >= formatInstantUtc(log.last().at));
    QCOMPARE(o.value(QStringLiteral("resolution")).toObject().value(QStringLiteral("state")),
             QStringLiteral("met"));
    // No reply: the resolution met the response too.
    QCOMPARE(o.value(QStringLiteral("response")).toObject().value(QStringLiteral("met_at")),
             moscow(log[3].at));

    r = show(m_closed);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(says(r.text(),
                 {QStringLiteral("Status:         closed"),
                  QStringLiteral("Anna Smirnova (anna)  internal note\n      Key account.\n"),
                  QStringLiteral("Anna Smirnova (anna)  resolved\n      Fixed\n"),
                  moscow(log.last().at) + QStringLiteral("  Лена (lena)           closed\n")}));
}

// An open ticket's clocks at any --now: running with the working time left, then breached
// (wall-clock time past due).
void TestCliTicket::clocksAtNow()
{
    const qint64 ticket = newTicket(QStringLiteral("low")); // response 1 h, resolution 48 h
    const Instant created = events(ticket).first().at;
    CliRun r = show(ticket, {QStringLiteral("--now"), formatInstantUtc(created + 30 * Minute),
                             QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QJsonObject o = jsonOf(r);
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("new"));
    QVERIFY(o.value(QStringLiteral("assignee")).isNull());
    QJsonObject response = o.value(QStringLiteral("response")).toObject();
    QCOMPARE(response.value(QStringLiteral("state")).toString(), QStringLiteral("running"));
    QCOMPARE(response.value(QStringLiteral("remaining_seconds")).toInt(), 30 * 60);
    QCOMPARE(response.value(QStringLiteral("due")).toString(), moscow(created + 3600));
    QVERIFY(response.value(QStringLiteral("met_at")).isNull());
    QCOMPARE(o.value(QStringLiteral("next_breach")).toString(), moscow(created + 3600));
    QCOMPARE(o.value(QStringLiteral("history")).toArray().size(), 1);

    r = show(ticket, {QStringLiteral("--now"), formatInstantUtc(created + 50 * Minute)});
    QVERIFY2(r.text().contains(QStringLiteral("at risk; due %1, 10 min of working time left (1 h)")
                                       .arg(moscow(created + 3600))),
             qPrintable(r.text()));
    QVERIFY2(r.text().contains(QStringLiteral("Assignee:       nobody")), qPrintable(r.text()));
    r = show(ticket, {QStringLiteral("--now"), formatInstantUtc(created + 3 * Hour + 5 * Minute)});
    QVERIFY2(r.text().contains(QStringLiteral("breached; due %1, 2 h 05 min past due (1 h)")
                                       .arg(moscow(created + 3600))),
             qPrintable(r.text()));
    // A --now without an offset is refused like queue's.
    r = show(ticket, {QStringLiteral("--now"), QStringLiteral("2026-03-02T12:00")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.isOneLineError(QStringLiteral("ticket")), qPrintable(r.err));
}

// docs/architecture.md §2 "How a clock is shown": a business-day target's time left in business
// days (never days of 24 working hours), a breach in wall-clock time; in ticket show and queue.
void TestCliTicket::businessDayClock()
{
    StoreError storeError;
    Customer c;
    c.name = QStringLiteral("Pavel Orlov");
    c.planId = QStringLiteral("stormbpmn/team"); // 11:00–20:00 Moscow: response 5 business days
    c.timeZone = "Europe/Moscow";
    const qint64 customer = m_store->addCustomer(c, &storeError);
    QVERIFY2(customer > 0, qPrintable(storeError.message));
    NewTicket nt;
    nt.customerId = customer;
    nt.subject = QStringLiteral("Diagram export fails");
    nt.severity = QStringLiteral("other");
    nt.channel = QStringLiteral("portal");
    const ActionResult created = m_store->createTicket(Action::newActionId(), 0, nt);
    QVERIFY2(created.ok(), qPrintable(created.error.message));
    const qint64 ticket = created.ticket.id;
    const Instant opened = events(ticket).first().at;

    CliRun r = show(ticket, {QStringLiteral("--now"), formatInstantUtc(opened)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // On a shared server the ticket opens at the server's own time, which may fall outside the
    // plan's hours (Stormbpmn works 11:00–20:00 Moscow time): running or waiting for them, the
    // time left reads the same.
    static const QRegularExpression left(
            QStringLiteral("(running|outside working hours); due [^,]+, 5 business days left, "
                           "\\d+ h of working time \\(5 business days\\)"));
    QVERIFY2(r.text().contains(left), qPrintable(r.text()));
    static const QRegularExpression days(QStringLiteral("\\d d\\b"));
    QVERIFY2(!r.text().contains(days), qPrintable(r.text()));
    r = show(ticket, {QStringLiteral("--now"), formatInstantUtc(opened), QStringLiteral("--json")});
    const Instant due = QDateTime::fromString(jsonOf(r)
                                                      .value(QStringLiteral("response"))
                                                      .toObject()
                                                      .value(QStringLiteral("due"))
                                                      .toString(),
                                              Qt::ISODate)
                                .toSecsSinceEpoch();
    QVERIFY(due > opened);
    const QString later = formatInstantUtc(due + (4 * 24 + 3) * Hour);
    r = show(ticket, {QStringLiteral("--now"), later});
    QVERIFY2(r.text().contains(QStringLiteral("breached; due %1, 4 days 3 h past due (5 business "
                                              "days)")
                                       .arg(moscow(due))),
             qPrintable(r.text()));

    // The queue says the same.
    r = m_home->run({QStringLiteral("queue"), QStringLiteral("--db"), m_db->urlText(),
                     QStringLiteral("--now"), formatInstantUtc(opened)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.text().contains(QRegularExpression(
                     QStringLiteral("response (running|outside_hours) %1 \\(5 business days\\)")
                             .arg(QRegularExpression::escape(moscow(due))))),
             qPrintable(r.text()));
    r = m_home->run({QStringLiteral("queue"), QStringLiteral("--db"), m_db->urlText(),
                     QStringLiteral("--now"), later});
    QVERIFY2(r.text().contains(QStringLiteral("response breached %1 (−4 d 3 h)").arg(moscow(due))),
             qPrintable(r.text()));
}

// Waiting on the customer: the resolution clock is paused and its due is the one if it resumed
// at --now.
void TestCliTicket::pausedClock()
{
    const qint64 ticket = newTicket(QStringLiteral("medium")); // resolution 12 h
    QVERIFY(m_store->take(action(ticket, m_anna)).ok());
    QVERIFY(m_store->replyAndWait(action(ticket, m_anna), QStringLiteral("Logs?")).ok());
    const QVector<Event> log = events(ticket);
    const Instant now = log.last().at + 3600;
    const CliRun r = show(
            ticket, {QStringLiteral("--now"), formatInstantUtc(now), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = jsonOf(r);
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("waiting_customer"));
    const QJsonObject resolution = o.value(QStringLiteral("resolution")).toObject();
    QCOMPARE(resolution.value(QStringLiteral("state")).toString(), QStringLiteral("paused"));
    QVERIFY(resolution.value(QStringLiteral("due_is_projected")).toBool());
    const qint64 worked = log.last().at - log.first().at;
    QCOMPARE(resolution.value(QStringLiteral("remaining_seconds")).toInteger(), 12 * Hour - worked);
    QCOMPARE(resolution.value(QStringLiteral("due")).toString(), moscow(now + 12 * Hour - worked));
    const CliRun text = show(ticket, {QStringLiteral("--now"), formatInstantUtc(now)});
    QVERIFY2(text.text().contains(QStringLiteral("paused; due if resumed now %1")
                                          .arg(moscow(now + 12 * Hour - worked))),
             qPrintable(text.text()));
}

// Plan and severity by the catalog's names in the reader's language; messages translated.
void TestCliTicket::namesInTheReadersLanguage()
{
    const Plan *plan = m_catalog->plan(QStringLiteral("vkcs/standard"));
    const Severity *high = m_catalog->provider(plan->providerId)->severity(QStringLiteral("high"));
    CliHome russian(QStringLiteral(DUELINE_CLI_PATH));
    russian.setEnvironment(QStringLiteral("DUELINE_LANG"), QStringLiteral("ru"));
    const QStringList arguments{QStringLiteral("ticket"), QStringLiteral("show"),
                                QString::number(m_resolved), QStringLiteral("--db"),
                                m_db->urlText()};
    CliRun r = russian.run(arguments);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(says(r.text(),
                 {plan->names.text(QStringLiteral("ru")), high->names.text(QStringLiteral("ru")),
                  QStringLiteral("Заявка №%1").arg(m_resolved), QStringLiteral("решена"),
                  QStringLiteral("История:")}));
    // --lang picks the names' language only.
    r = m_home->run(QStringList(arguments) << QStringLiteral("--lang") << QStringLiteral("zh_CN"));
    QVERIFY2(r.text().contains(plan->names.text(QStringLiteral("zh_CN"))), qPrintable(r.text()));
    QVERIFY2(r.text().contains(QStringLiteral("History:")), qPrintable(r.text()));
    // JSON keys and values stay English.
    r = russian.run(QStringList(arguments) << QStringLiteral("--json"));
    QCOMPARE(jsonOf(r).value(QStringLiteral("status")).toString(), QStringLiteral("resolved"));
}

// A deactivated agent keeps their name in a ticket's history, marked so.
void TestCliTicket::deactivatedAgentInTheHistory()
{
    StoreError error;
    Agent anna = *m_store->agent(m_anna, &error);
    anna.active = false;
    QVERIFY2(m_store->updateAgent(anna, &error), qPrintable(error.message));
    CliRun r = show(m_closed);
    anna.active = true;
    QVERIFY2(m_store->updateAgent(anna, &error), qPrintable(error.message));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.text().contains(QStringLiteral("Anna Smirnova (anna, deactivated)  internal note")),
             qPrintable(r.text()));
    QVERIFY2(r.text().contains(QStringLiteral("Assignee:       Anna Smirnova (anna, deactivated)")),
             qPrintable(r.text()));
}

// --as marks the assignee when it is me; it must name an active agent.
void TestCliTicket::asMarksTheAssignee()
{
    CliRun r = show(m_resolved, {QStringLiteral("--as"), QStringLiteral("anna")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.text().contains(QStringLiteral("Anna Smirnova (anna) — you")), qPrintable(r.text()));
    r = show(m_resolved,
             {QStringLiteral("--as"), QStringLiteral("lena"), QStringLiteral("--json")});
    QCOMPARE(jsonOf(r).value(QStringLiteral("assigned_to_me")), QJsonValue(false));
    r = show(m_resolved,
             {QStringLiteral("--as"), QStringLiteral("anna"), QStringLiteral("--json")});
    QCOMPARE(jsonOf(r).value(QStringLiteral("assigned_to_me")), QJsonValue(true));
    r = show(m_resolved, {QStringLiteral("--as"), QStringLiteral("ghost")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.isOneLineError(QStringLiteral("ticket")) && r.err.contains(QLatin1String("ghost")),
             qPrintable(r.err));
    QCOMPARE(r.out, QByteArray());
}

// A missing ticket is one line naming its number (exit 1); a malformed command is a usage error
// (exit 2).
void TestCliTicket::errors()
{
    CliRun r = show(987654);
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err, QStringLiteral("dueline-cli ticket: there is no ticket #987654\n"));
    QCOMPARE(r.out, QByteArray());
    r = show(987654, {QStringLiteral("--json")});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.out, QByteArray());
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("ticket")},
          QStringList{QStringLiteral("ticket"), QStringLiteral("show")},
          QStringList{QStringLiteral("ticket"), QStringLiteral("show"), QStringLiteral("abc")},
          QStringList{QStringLiteral("ticket"), QStringLiteral("show"), QStringLiteral("-3")},
          QStringList{QStringLiteral("ticket"), QStringLiteral("list")},
          QStringList{QStringLiteral("ticket"), QStringLiteral("show"), QStringLiteral("1"),
                      QStringLiteral("2")}}) {
        r = m_home->run(QStringList(arguments) << QStringLiteral("--db") << m_db->urlText());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.isOneLineError(QStringLiteral("ticket")), qPrintable(r.err));
    }
    // A database without the schema.
    r = m_home->run({QStringLiteral("ticket"), QStringLiteral("show"), QStringLiteral("1"),
                     QStringLiteral("--db"),
                     QStringLiteral("sqlite:") + m_home->path(QStringLiteral("none.sqlite"))});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.isOneLineError(QStringLiteral("ticket")), qPrintable(r.err));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    for (Engine engine : {Engine::SQLite, Engine::PostgreSQL}) {
        TestCliTicket test(engine);
        failures += QTest::qExec(&test, argc, argv);
    }
    return failures == 0 ? 0 : 1;
}

#include "tst_cliticket.moc"
