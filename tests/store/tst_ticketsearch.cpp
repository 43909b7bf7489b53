// SPDX-License-Identifier: GPL-3.0-or-later
// TicketStore::findTickets on both engines (issue 18): finished tickets most recently changed
// first, a bound with "more", a number found whatever its status (or not, outside the statuses
// asked for), and text matched case-insensitively in any script, in the subject or the customer.

#include "models/store/migrations.h"
#include "models/store/ticketstore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/testdatabase.h"

#include <QtTest>

using namespace dueline;
using testsupport::TestDatabase;

class TestTicketSearch : public QObject
{
    Q_OBJECT
public:
    explicit TestTicketSearch(Engine engine)
        : m_engine(engine)
    { }

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void finishedMostRecentFirst();
    void limitSaysThereIsMore();
    void numberWhateverItsStatus();
    void textInAnyScriptAndCase();

private:
    qint64 create(const char *subject, qint64 customer);
    void finish(qint64 id, bool close);
    static QVector<qint64> ids(const TicketQueryResult &r);

    Engine m_engine;
    CatalogPtr m_catalog;
    FakeClock m_clock = FakeClock::at("2026-03-02T09:00:00Z");
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<TicketStore> m_store;
    qint64 m_agent = 0;
    qint64 m_romashka = 0;
    qint64 m_vector = 0;
};

void TestTicketSearch::initTestCase()
{
    qInfo("engine: %s", qPrintable(engineKey(m_engine)));
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestTicketSearch::init()
{
    QString error;
    m_db = TestDatabase::create(m_engine, &error);
    QVERIFY2(m_db, qPrintable(error));
    StoreError storeError;
    m_store = TicketStore::open(m_db->url(), m_catalog, m_clock, Connection::Mode::CreateIfMissing,
                                &storeError);
    QVERIFY2(m_store, qPrintable(storeError.message));
    QCOMPARE(m_store->migrate(&storeError), Migrations::latestVersion());
    m_agent = m_store->addAgent(
            {0, QStringLiteral("anna"), QStringLiteral("Anna"), Agent::Role::Agent}, &storeError);
    Customer c;
    c.name = QStringLiteral("Ольга Петрова");
    c.company = QStringLiteral("ООО Ромашка");
    c.planId = QStringLiteral("vkcs/standard");
    c.timeZone = "Europe/Moscow";
    c.language = QStringLiteral("ru");
    m_romashka = m_store->addCustomer(c, &storeError);
    c.name = QStringLiteral("王芳");
    c.company = QStringLiteral("Vector Labs");
    m_vector = m_store->addCustomer(c, &storeError);
    QVERIFY2(m_agent && m_romashka && m_vector, qPrintable(storeError.message));
}

void TestTicketSearch::cleanup()
{
    m_store.reset();
    m_db.reset();
}

qint64 TestTicketSearch::create(const char *subject, qint64 customer)
{
    NewTicket t;
    t.customerId = customer;
    t.subject = QString::fromUtf8(subject);
    t.severity = QStringLiteral("low");
    t.channel = QStringLiteral("email");
    const ActionResult r = m_store->createTicket(Action::newActionId(), m_agent, t);
    if (!r.ok())
        qWarning("%s", qPrintable(r.error.message));
    return r.ticket.id;
}

void TestTicketSearch::finish(qint64 id, bool close)
{
    // PostgreSQL stamps with its own clock: a real second between finishes orders them.
    if (m_engine == Engine::PostgreSQL)
        QTest::qSleep(1100);
    m_clock.advance(600);
    Action a;
    a.actionId = Action::newActionId();
    a.actorId = m_agent;
    a.ticketId = id;
    QVERIFY(m_store->resolve(a, QStringLiteral("done")).ok());
    if (close) {
        a.actionId = Action::newActionId();
        QVERIFY(m_store->close(a).ok());
    }
}

QVector<qint64> TestTicketSearch::ids(const TicketQueryResult &r)
{
    QVector<qint64> out;
    for (const QueueRow &row : r.rows)
        out << row.id;
    return out;
}

void TestTicketSearch::finishedMostRecentFirst()
{
    const qint64 a = create("first", m_romashka);
    const qint64 b = create("second", m_romashka);
    const qint64 c = create("third", m_vector);
    const qint64 open = create("still open", m_vector);
    finish(b, false);
    finish(a, false);
    finish(c, true);
    StoreError error;
    TicketQuery q;
    q.statuses = {TicketStatus::Resolved};
    TicketQueryResult r = m_store->findTickets(q, &error);
    QVERIFY2(!error, qPrintable(error.message));
    QCOMPARE(ids(r), (QVector<qint64>{a, b}));
    QVERIFY(!r.more);
    QCOMPARE(r.rows.front().status, TicketStatus::Resolved);
    QCOMPARE(r.rows.front().resolution.phase, ClockPhase::Met);
    q.statuses = {TicketStatus::Closed};
    QCOMPARE(ids(m_store->findTickets(q, &error)), QVector<qint64>{c});
    q.statuses = {TicketStatus::Resolved, TicketStatus::Closed};
    QCOMPARE(ids(m_store->findTickets(q, &error)), (QVector<qint64>{c, a, b}));
    q.statuses.clear(); // every status
    QVERIFY(ids(m_store->findTickets(q, &error)).contains(open));
}

void TestTicketSearch::limitSaysThereIsMore()
{
    QVector<qint64> made;
    for (int i = 0; i < 5; ++i)
        made << create("bulk", m_romashka);
    StoreError error;
    TicketQuery q;
    q.limit = 3;
    TicketQueryResult r = m_store->findTickets(q, &error);
    QCOMPARE(int(r.rows.size()), 3);
    QVERIFY(r.more);
    q.text = QStringLiteral("BULK");
    r = m_store->findTickets(q, &error);
    QCOMPARE(int(r.rows.size()), 3);
    QVERIFY(r.more);
    q.limit = 5;
    r = m_store->findTickets(q, &error);
    QCOMPARE(int(r.rows.size()), 5);
    QVERIFY(!r.more);
}

void TestTicketSearch::numberWhateverItsStatus()
{
    const qint64 closed = create("closed one", m_romashka);
    create("other", m_romashka);
    finish(closed, true);
    StoreError error;
    TicketQuery q;
    for (const QString &text : {QString::number(closed), QStringLiteral("#%1").arg(closed),
                                QStringLiteral(" # %1 ").arg(closed)}) {
        q.text = text;
        QCOMPARE(ids(m_store->findTickets(q, &error)), QVector<qint64>{closed});
    }
    // Outside the statuses asked for: not listed.
    q.statuses = {TicketStatus::Resolved};
    QVERIFY(m_store->findTickets(q, &error).rows.empty());
    // A number no ticket has, and one too long to be a number.
    q.statuses.clear();
    q.text = QStringLiteral("999999");
    QVERIFY(m_store->findTickets(q, &error).rows.empty());
    q.text = QStringLiteral("1234567890123456789012");
    QVERIFY(m_store->findTickets(q, &error).rows.empty());
    QVERIFY2(!error, qPrintable(error.message));
}

void TestTicketSearch::textInAnyScriptAndCase()
{
    const qint64 quota = create("Вопрос о КВОТАХ", m_romashka);
    const qint64 disk = create("Disk is full", m_vector);
    const qint64 net = create("网络中断", m_vector);
    for (qint64 id : {quota, disk, net})
        finish(id, false);
    StoreError error;
    TicketQuery q;
    q.statuses = {TicketStatus::Resolved};
    const auto find = [&](const QString &text) {
        q.text = text;
        return ids(m_store->findTickets(q, &error));
    };
    QCOMPARE(find(QStringLiteral("квотах")), QVector<qint64>{quota});
    QCOMPARE(find(QStringLiteral("DISK")), QVector<qint64>{disk});
    QCOMPARE(find(QStringLiteral("中断")), QVector<qint64>{net});
    // The customer's name or company.
    QCOMPARE(find(QStringLiteral("ромашка")), QVector<qint64>{quota});
    QCOMPARE(find(QStringLiteral("王芳")), (QVector<qint64>{net, disk}));
    // Characters that mean something to LIKE or SQL are plain text.
    QVERIFY(find(QStringLiteral("%")).isEmpty());
    QVERIFY(find(QStringLiteral("' OR 1=1 --")).isEmpty());
    QVERIFY2(!error, qPrintable(error.message));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    for (Engine engine : {Engine::SQLite, Engine::PostgreSQL}) {
        TestTicketSearch test(engine);
        failures += QTest::qExec(&test, argc, argv);
    }
    return failures == 0 ? 0 : 1;
}

#include "tst_ticketsearch.moc"
