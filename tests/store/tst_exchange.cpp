// SPDX-License-Identifier: GPL-3.0-or-later
// Import, export and demo data on both engines (SQLite file and throwaway PostgreSQL server).

#include "models/catalog/catalogwriter.h"
#include "models/store/consistency.h"
#include "models/store/csv.h"
#include "models/store/demodata.h"
#include "models/store/exchange.h"
#include "models/store/migrations.h"
#include "models/store/teamcatalogstore.h"
#include "models/store/ticketstore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/testdatabase.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace dueline;
using testsupport::TestDatabase;

Q_DECLARE_METATYPE(dueline::ExchangeFormat)

namespace {

struct Db
{
    std::unique_ptr<TestDatabase> database;
    std::unique_ptr<TicketStore> store;
};

struct Record
{
    int line = 0;
    QStringList fields;
};

QVector<Record> parseCsv(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    csv::Reader reader(&buffer);
    QVector<Record> records;
    Record r;
    while (reader.next(&r.fields, &r.line))
        records.append(r);
    return records;
}

QByteArray writeCsv(const QVector<Record> &records)
{
    QByteArray out;
    for (const Record &r : records)
        csv::appendRecord(out, r.fields);
    return out;
}

} // namespace

class TestExchange : public QObject
{
    Q_OBJECT
public:
    explicit TestExchange(Engine engine)
        : m_engine(engine)
    { }

private slots:
    void initTestCase();
    void formatKeys();
    void roundTrip_data();
    void roundTrip();
    void formulaCells();
    void badCsv_data();
    void badCsv();
    void badJson_data();
    void badJson();
    void existingTicketRefused();
    void retiredChannelStillImports();
    void teamCatalogTravels_data();
    void teamCatalogTravels();
    void demoProperties();
    void demoDeterministic();

private:
    Db freshDb(Engine engine);
    Db freshDb() { return freshDb(m_engine); }
    QByteArray exportBytes(TicketStore &store, ExchangeFormat format,
                           ExchangeSummary *summary = nullptr);
    bool importBytes(TicketStore &store, const QByteArray &bytes, const QString &fileName,
                     ExchangeFormat format, StoreError *error, ExchangeSummary *summary = nullptr);
    // The demo database the import tests start from (generated once per engine).
    const QByteArray &goodExport(ExchangeFormat format);
    QVector<qint64> counts(TicketStore &store);

    Engine m_engine;
    CatalogPtr m_catalog;
    FakeClock m_clock = FakeClock::at("2026-03-02T09:00:00Z");
    QByteArray m_good[2];
};

void TestExchange::initTestCase()
{
    qInfo("engine: %s", qPrintable(engineKey(m_engine)));
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

Db TestExchange::freshDb(Engine engine)
{
    Db db;
    QString error;
    db.database = TestDatabase::create(engine, &error);
    if (!db.database) {
        qWarning("%s", qPrintable(error));
        return db;
    }
    StoreError storeError;
    db.store = TicketStore::open(db.database->url(), m_catalog, m_clock,
                                 Connection::Mode::CreateIfMissing, &storeError);
    if (!db.store || db.store->migrate(&storeError) < 0) {
        qWarning("%s", qPrintable(storeError.message));
        db.store.reset();
    }
    return db;
}

QByteArray TestExchange::exportBytes(TicketStore &store, ExchangeFormat format,
                                     ExchangeSummary *summary)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    StoreError error;
    if (!Exchange::exportTo(store.connection(), format, &buffer, summary, &error))
        qWarning("export: %s", qPrintable(error.message));
    return bytes;
}

bool TestExchange::importBytes(TicketStore &store, const QByteArray &bytes, const QString &fileName,
                               ExchangeFormat format, StoreError *error, ExchangeSummary *summary)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return Exchange::importFrom(store.connection(), store.catalog(), &buffer, fileName, format,
                                summary, error);
}

QVector<qint64> TestExchange::counts(TicketStore &store)
{
    QVector<qint64> result;
    for (const char *table : {"agents", "customers", "tickets", "events"}) {
        QSqlQuery q = store.connection().query();
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) ||
            !q.next())
            return {};
        result.append(q.value(0).toLongLong());
    }
    return result;
}

const QByteArray &TestExchange::goodExport(ExchangeFormat format)
{
    QByteArray &good = m_good[int(format)];
    if (good.isEmpty()) {
        Db db = freshDb();
        if (!db.store)
            return good;
        DemoOptions options;
        options.tickets = 200;
        options.seed = 7;
        StoreError error;
        if (!DemoData::generate(db.store->connection(), *m_catalog, m_clock.nowUtc(), options,
                                nullptr, &error))
            qWarning("demo: %s", qPrintable(error.message));
        good = exportBytes(*db.store, format);
    }
    return good;
}

// ---------------------------------------------------------------------------------------------

void TestExchange::formatKeys()
{
    QCOMPARE(exchangeFormatKey(ExchangeFormat::Csv), QStringLiteral("csv"));
    QCOMPARE(exchangeFormatFromKey(QStringLiteral("json")), ExchangeFormat::Json);
    QVERIFY(!exchangeFormatFromKey(QStringLiteral("xml")));
    QCOMPARE(exchangeFormatForFile(QStringLiteral("/a/b.CSV")), ExchangeFormat::Csv);
    QCOMPARE(exchangeFormatForFile(QStringLiteral("b.json")), ExchangeFormat::Json);
    QVERIFY(!exchangeFormatForFile(QStringLiteral("b.txt")));
    const QStringList columns = Exchange::csvColumns();
    QCOMPARE(columns.first(), QStringLiteral("record"));
    QCOMPARE(columns.size(), QSet<QString>(columns.begin(), columns.end()).size());
}

void TestExchange::roundTrip_data()
{
    QTest::addColumn<ExchangeFormat>("format");
    QTest::newRow("csv") << ExchangeFormat::Csv;
    QTest::newRow("json") << ExchangeFormat::Json;
}

void TestExchange::roundTrip()
{
    QFETCH(ExchangeFormat, format);
    Db source = freshDb();
    QVERIFY(source.store);
    DemoOptions options;
    options.tickets = 300;
    options.seed = 3;
    StoreError error;
    QVERIFY2(DemoData::generate(source.store->connection(), *m_catalog, m_clock.nowUtc(), options,
                                nullptr, &error),
             qPrintable(error.message));
    // A hand-made ticket with awkward text, a due override and a pause.
    TicketStore &s = *source.store;
    const auto lead = s.addAgent(
            {0, QStringLiteral("zz-lead"), QStringLiteral("Zoë \"Z\", lead"), Agent::Role::Lead},
            &error);
    QVERIFY2(lead > 0, qPrintable(error.message));
    NewTicket nt;
    Customer customer;
    for (const Customer &c : s.customers(&error)) {
        if (c.planId == QLatin1String("vkcs/standard")) // 24×7, response and resolution
            customer = c;
    }
    QVERIFY(customer.id > 0);
    nt.customerId = customer.id;
    nt.subject = QStringLiteral("Quotes \"here\", commas, and\nnew lines; 中文; ёжик");
    nt.severity = m_catalog->plan(customer.planId)->severities.first();
    nt.channel = m_catalog->plan(customer.planId)->channels.isEmpty()
                         ? QString()
                         : m_catalog->plan(customer.planId)->firstOfferedChannel();
    nt.body = QStringLiteral("line 1\r\nline 2\ttab \\ backslash \u0001 control");
    ActionResult r = s.createTicket(Action::newActionId(), lead, nt);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    Action a;
    a.actorId = lead;
    a.ticketId = r.ticket.id;
    a.actionId = Action::newActionId();
    QVERIFY(s.take(a).ok());
    a.actionId = Action::newActionId();
    QVERIFY(s.replyAndWait(a, QStringLiteral("Waiting, \"really\"")).ok());
    m_clock.advance(600);
    a.actionId = Action::newActionId();
    QVERIFY(s.resume(a).ok());
    a.actionId = Action::newActionId();
    const ActionResult o = s.overrideDue(a, TargetKind::Response, r.ticket.createdAt + 86400,
                                         QStringLiteral("Agreed by phone"));
    QVERIFY2(o.ok(), qPrintable(o.error.message));
    m_clock.set(FakeClock::at("2026-03-02T09:00:00Z").nowUtc());

    ExchangeSummary first;
    const QByteArray once = exportBytes(s, format, &first);
    QVERIFY(!once.isEmpty());
    QCOMPARE(first.tickets, 301);
    QVERIFY(first.events > first.tickets);
    QCOMPARE(first.customers, qint64(counts(s).at(1)));

    // Into an empty database of the same engine and of the other one.
    for (Engine target :
         {m_engine, m_engine == Engine::SQLite ? Engine::PostgreSQL : Engine::SQLite}) {
        Db copy = freshDb(target);
        QVERIFY(copy.store);
        ExchangeSummary imported;
        QVERIFY2(importBytes(*copy.store, once, QStringLiteral("once"), format, &error, &imported),
                 qPrintable(error.message));
        QCOMPARE(imported.tickets, first.tickets);
        QCOMPARE(imported.events, first.events);
        QCOMPARE(counts(*copy.store), counts(s));
        const QByteArray twice = exportBytes(*copy.store, format);
        if (twice != once) {
            // Show the first difference.
            int i = 0;
            while (i < once.size() && i < twice.size() && once[i] == twice[i])
                ++i;
            qWarning("first difference at byte %d:\n%s\n----\n%s", i,
                     once.mid(std::max(0, i - 200), 400).constData(),
                     twice.mid(std::max(0, i - 200), 400).constData());
        }
        QVERIFY(twice == once);
        // The cached clocks were recomputed the same way.
        const auto original = s.ticket(r.ticket.id, &error);
        const auto again = copy.store->ticket(r.ticket.id, &error);
        QVERIFY(original && again);
        QCOMPARE(again->response, original->response);
        QCOMPARE(again->resolution, original->resolution);
        QCOMPARE(again->status, original->status);
        QCOMPARE(again->subject, nt.subject);
        // New tickets after an import get fresh ids.
        NewTicket more = nt;
        more.subject = QStringLiteral("after import");
        const ActionResult after = copy.store->createTicket(Action::newActionId(), 0, more);
        QVERIFY2(after.ok(), qPrintable(after.error.message));
        QVERIFY(after.ticket.id > r.ticket.id);
    }
    if (format == ExchangeFormat::Csv) {
        QVERIFY(once.startsWith(
                QByteArray(Exchange::csvColumns().join(QLatin1Char(',')).toUtf8() + "\r\n")));
    } else {
        const QJsonObject root = QJsonDocument::fromJson(once).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(),
                 QStringLiteral("dueline-tickets"));
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), Exchange::JsonVersion);
        QCOMPARE(root.value(QStringLiteral("tickets")).toArray().size(), 301);
        QVERIFY(root.value(QStringLiteral("tickets"))
                        .toArray()
                        .first()
                        .toObject()
                        .value(QStringLiteral("events"))
                        .isArray());
    }
    // An empty database exports and imports too.
    Db empty = freshDb();
    const QByteArray nothing = exportBytes(*empty.store, format);
    QVERIFY(!nothing.isEmpty());
    Db empty2 = freshDb();
    QVERIFY2(importBytes(*empty2.store, nothing, QStringLiteral("empty"), format, &error),
             qPrintable(error.message));
    QCOMPARE(exportBytes(*empty2.store, format), nothing);
}

// Spreadsheet formula injection (issue 15): text cells that a spreadsheet would run as a formula
// get one more leading ', import takes exactly one away, and the round trip stays byte-exact.
void TestExchange::formulaCells()
{
    Db source = freshDb();
    QVERIFY(source.store);
    TicketStore &s = *source.store;
    StoreError error;
    const QStringList hostile{QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
                              QStringLiteral("+cmd|' /C calc'!A0"),
                              QStringLiteral("@SUM(A1)"),
                              QStringLiteral("-2+3"),
                              QStringLiteral("'quoted"),
                              QStringLiteral("''twice"),
                              QStringLiteral("\tTab"),
                              QStringLiteral("\rCR")};
    // One-line fields take no TAB or CR: the first six.
    const QStringList oneLine = hostile.mid(0, 6);
    const auto lead =
            s.addAgent({0, QStringLiteral("-lead"), oneLine.at(0), Agent::Role::Lead}, &error);
    QVERIFY2(lead > 0, qPrintable(error.message));
    const auto agent =
            s.addAgent({0, QStringLiteral("@agent"), oneLine.at(4), Agent::Role::Agent}, &error);
    QVERIFY2(agent > 0, qPrintable(error.message));
    Customer customer;
    customer.name = oneLine.at(2);
    customer.company = oneLine.at(1);
    customer.planId = QStringLiteral("vkcs/standard");
    customer.timeZone = "Europe/Moscow";
    customer.language = QStringLiteral("ru");
    customer.id = s.addCustomer(customer, &error);
    QVERIFY2(customer.id > 0, qPrintable(error.message));
    const Plan *plan = m_catalog->plan(customer.planId);
    QVERIFY(plan);
    QVector<qint64> ids;
    for (int i = 0; i < hostile.size(); ++i) {
        NewTicket nt;
        nt.customerId = customer.id;
        nt.subject = hostile.at(i);
        nt.severity = plan->severities.first();
        nt.channel = plan->firstOfferedChannel();
        nt.body = hostile.at((i + 1) % hostile.size());
        const ActionResult r = s.createTicket(Action::newActionId(), 0, nt);
        QVERIFY2(r.ok(), qPrintable(r.error.message));
        ids.append(r.ticket.id);
        Action a;
        a.actorId = lead;
        a.ticketId = r.ticket.id;
        a.actionId = Action::newActionId();
        QVERIFY(s.take(a).ok());
        a.actionId = Action::newActionId();
        const ActionResult n = s.note(a, hostile.at((i + 2) % hostile.size()));
        QVERIFY2(n.ok(), qPrintable(n.error.message));
    }

    const QByteArray once = exportBytes(s, ExchangeFormat::Csv);
    QVERIFY(!once.isEmpty());
    // The escaped forms, as a spreadsheet sees them: text, not formulas.
    for (const char *escaped : {",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",",
                                ",'+cmd|' /C calc'!A0,", ",'@SUM(A1),", ",'-2+3,", ",''quoted,",
                                ",'''twice,", ",'\tTab,", ",\"'\rCR\",", ",'-lead,", ",'@agent,"})
        QVERIFY2(once.contains(escaped), escaped);
    // No cell starts with a formula character unescaped.
    for (const Record &r : parseCsv(once)) {
        for (const QString &field : r.fields) {
            QVERIFY2(field.isEmpty() || !QStringLiteral("=+-@\t\r").contains(field.front()),
                     qPrintable(QStringLiteral("line %1: %2").arg(r.line).arg(field)));
        }
    }
    // JSON is exact: no escape.
    const QByteArray json = exportBytes(s, ExchangeFormat::Json);
    QVERIFY(json.contains("\"subject\":\"=HYPERLINK(\\\"http://x\\\",\\\"y\\\")\""));
    QVERIFY(json.contains("\"subject\":\"'quoted\""));
    QVERIFY(json.contains("\"login\":\"-lead\""));

    for (Engine target :
         {m_engine, m_engine == Engine::SQLite ? Engine::PostgreSQL : Engine::SQLite}) {
        Db copy = freshDb(target);
        QVERIFY(copy.store);
        QVERIFY2(importBytes(*copy.store, once, QStringLiteral("formulas.csv"), ExchangeFormat::Csv,
                             &error),
                 qPrintable(error.message));
        // Exactly one ' was taken away: the stored text is the original.
        for (int i = 0; i < ids.size(); ++i) {
            const auto t = copy.store->ticket(ids.at(i), &error);
            QVERIFY2(t, qPrintable(error.message));
            QCOMPARE(t->subject, hostile.at(i));
            const QVector<Event> events = copy.store->events(ids.at(i), &error);
            QCOMPARE(events.size(), 3);
            QCOMPARE(events.at(0).body, hostile.at((i + 1) % hostile.size()));
            QCOMPARE(events.at(2).body, hostile.at((i + 2) % hostile.size()));
        }
        const auto imported = copy.store->customer(customer.id, &error);
        QVERIFY(imported);
        QCOMPARE(imported->name, customer.name);
        QCOMPARE(imported->company, customer.company);
        const auto importedLead = copy.store->agentByLogin(QStringLiteral("-lead"), &error);
        QVERIFY(importedLead);
        QCOMPARE(importedLead->displayName, oneLine.at(0));
        const auto importedAgent = copy.store->agentByLogin(QStringLiteral("@agent"), &error);
        QVERIFY(importedAgent);
        QCOMPARE(importedAgent->displayName, oneLine.at(4));
        const QByteArray twice = exportBytes(*copy.store, ExchangeFormat::Csv);
        QVERIFY(twice == once);
        QVERIFY(exportBytes(*copy.store, ExchangeFormat::Json) == json);
    }
}

void TestExchange::badCsv_data()
{
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<QString>("expectedField"); // empty: no field (header or syntax errors)
    QTest::addColumn<QString>("expectedText");

    QTest::newRow("unknown column") << "header"
                                    << ""
                                    << "unknown column \"sevrity\"";
    QTest::newRow("record type") << "record"
                                 << "record"
                                 << "bogus";
    QTest::newRow("event time") << "at"
                                << "at"
                                << "yesterday";
    QTest::newRow("event seq gap") << "seq"
                                   << "seq"
                                   << "";
    QTest::newRow("unknown plan") << "plan"
                                  << "plan"
                                  << "acme/gold";
    QTest::newRow("bad severity") << "severity"
                                  << "severity"
                                  << "blocker";
    QTest::newRow("unknown customer") << "customer"
                                      << "customer"
                                      << "";
    QTest::newRow("agent role") << "role"
                                << "role"
                                << "boss";
    QTest::newRow("field count") << "count"
                                 << ""
                                 << "fields";
    QTest::newRow("unused field") << "unused"
                                  << "subject"
                                  << "not used";
    QTest::newRow("last line bad") << "last"
                                   << "at"
                                   << "";
    QTest::newRow("unterminated quote") << "quote"
                                        << ""
                                        << "";
}

void TestExchange::badCsv()
{
    QFETCH(QString, mutation);
    QFETCH(QString, expectedField);
    QFETCH(QString, expectedText);
    const QByteArray good = goodExport(ExchangeFormat::Csv);
    QVERIFY(!good.isEmpty());
    QVector<Record> records = parseCsv(good);
    QVERIFY(records.size() > 10);
    const QStringList header = records.first().fields;
    auto col = [&](const char *name) {
        return header.indexOf(QLatin1String(name));
    };
    auto find = [&](const char *type, int skip = 0) {
        for (int i = 1; i < records.size(); ++i) {
            if (records[i].fields.at(col("record")) == QLatin1String(type) && skip-- == 0)
                return i;
        }
        return -1;
    };
    int line = 0;
    QByteArray bytes;
    if (mutation == QLatin1String("header")) {
        records[0].fields[col("severity")] = QStringLiteral("sevrity");
        line = 1;
    } else if (mutation == QLatin1String("record")) {
        const int i = find("ticket", 3);
        records[i].fields[col("record")] = QStringLiteral("bogus");
        line = records[i].line;
    } else if (mutation == QLatin1String("at")) {
        const int i = find("event", 5);
        records[i].fields[col("at")] = QStringLiteral("yesterday");
        line = records[i].line;
    } else if (mutation == QLatin1String("seq")) {
        int i = find("event", 7);
        while (records[i].fields.at(col("seq")) == QLatin1String("1"))
            ++i;
        records[i].fields[col("seq")] = QStringLiteral("9");
        line = records[i].line;
    } else if (mutation == QLatin1String("plan")) {
        const int i = find("customer", 2);
        records[i].fields[col("plan")] = QStringLiteral("acme/gold");
        line = records[i].line;
    } else if (mutation == QLatin1String("severity")) {
        int i = find("event", 0);
        records[i].fields[col("severity")] = QStringLiteral("blocker");
        line = records[i].line;
    } else if (mutation == QLatin1String("customer")) {
        const int i = find("ticket", 10);
        records[i].fields[col("customer")] = QStringLiteral("999999");
        line = records[i].line;
    } else if (mutation == QLatin1String("role")) {
        const int i = find("agent", 1);
        records[i].fields[col("role")] = QStringLiteral("boss");
        line = records[i].line;
    } else if (mutation == QLatin1String("count")) {
        const int i = find("ticket", 4);
        records[i].fields.removeLast();
        line = records[i].line;
    } else if (mutation == QLatin1String("unused")) {
        const int i = find("agent", 0);
        records[i].fields[col("subject")] = QStringLiteral("hello");
        line = records[i].line;
    } else if (mutation == QLatin1String("last")) {
        // Everything before it is fine: nothing of it may stay.
        const int i = records.size() - 1;
        QCOMPARE(records[i].fields.at(col("record")), QStringLiteral("event"));
        records[i].fields[col("at")] = QStringLiteral("2026-13-45T99:00:00+00:00");
        line = records[i].line;
    }
    bytes = writeCsv(records);
    if (mutation == QLatin1String("quote")) {
        bytes = good + "event,\"never closed\r\n";
        line = records.last().line + 1;
    }
    QVERIFY(line > 0);

    Db db = freshDb();
    QVERIFY(db.store);
    const QVector<qint64> before = counts(*db.store);
    StoreError error;
    QVERIFY(!importBytes(*db.store, bytes, QStringLiteral("bad.csv"), ExchangeFormat::Csv, &error));
    QCOMPARE(error.kind, StoreError::Kind::Import);
    QVERIFY2(!error.message.contains(QLatin1Char('\n')), qPrintable(error.message));
    const QString where =
            expectedField.isEmpty()
                    ? QStringLiteral("bad.csv:%1: ").arg(line)
                    : QStringLiteral("bad.csv:%1: field %2: ").arg(line).arg(expectedField);
    QVERIFY2(error.message.startsWith(where),
             qPrintable(error.message + QStringLiteral(" / expected ") + where));
    QVERIFY2(error.message.contains(expectedText), qPrintable(error.message));
    QCOMPARE(counts(*db.store), before);
    QCOMPARE(before, (QVector<qint64>{0, 0, 0, 0}));
    // The store is still usable afterwards, and the good file goes in.
    QVERIFY2(importBytes(*db.store, good, QStringLiteral("good.csv"), ExchangeFormat::Csv, &error),
             qPrintable(error.message));
}

void TestExchange::badJson_data()
{
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<QString>("expectedStart");
    QTest::addColumn<QString>("expectedText");

    QTest::newRow("not json") << "syntax"
                              << "bad.json:"
                              << "not valid JSON";
    QTest::newRow("format") << "format"
                            << "bad.json:"
                            << "dueline-tickets";
    QTest::newRow("version") << "version"
                             << "bad.json:"
                             << "";
    QTest::newRow("event time") << "at"
                                << "bad.json: $.tickets[2].events[1].at: "
                                << "";
    QTest::newRow("customer type") << "customer"
                                   << "bad.json: $.tickets[4].customer: "
                                   << "number";
    QTest::newRow("unknown field") << "field"
                                   << "bad.json: $.tickets[0].colour: "
                                   << "unknown field";
    QTest::newRow("last event") << "last"
                                << "bad.json: $.tickets["
                                << "";
}

void TestExchange::badJson()
{
    QFETCH(QString, mutation);
    QFETCH(QString, expectedStart);
    QFETCH(QString, expectedText);
    const QByteArray good = goodExport(ExchangeFormat::Json);
    QVERIFY(!good.isEmpty());
    QJsonObject root = QJsonDocument::fromJson(good).object();
    QJsonArray tickets = root.value(QStringLiteral("tickets")).toArray();
    QVERIFY(tickets.size() > 10);
    auto setInTicket = [&](int t, const std::function<void(QJsonObject &)> &change) {
        QJsonObject o = tickets[t].toObject();
        change(o);
        tickets[t] = o;
    };
    QByteArray bytes;
    if (mutation == QLatin1String("syntax")) {
        bytes = good;
        bytes.insert(bytes.indexOf("\"tickets\""), "{{");
    } else {
        if (mutation == QLatin1String("format")) {
            root.insert(QStringLiteral("format"), QStringLiteral("tickets"));
        } else if (mutation == QLatin1String("version")) {
            root.insert(QStringLiteral("version"), 99);
        } else if (mutation == QLatin1String("at")) {
            setInTicket(2, [](QJsonObject &o) {
                QJsonArray events = o.value(QStringLiteral("events")).toArray();
                QJsonObject e = events[1].toObject();
                e.insert(QStringLiteral("at"), QStringLiteral("soon"));
                events[1] = e;
                o.insert(QStringLiteral("events"), events);
            });
        } else if (mutation == QLatin1String("customer")) {
            setInTicket(4, [](QJsonObject &o) { o.insert(QStringLiteral("customer"), true); });
        } else if (mutation == QLatin1String("field")) {
            setInTicket(0, [](QJsonObject &o) { o.insert(QStringLiteral("colour"), 1); });
        } else if (mutation == QLatin1String("last")) {
            setInTicket(tickets.size() - 1, [](QJsonObject &o) {
                QJsonArray events = o.value(QStringLiteral("events")).toArray();
                const int last = int(events.size()) - 1;
                QJsonObject e = events[last].toObject();
                e.insert(QStringLiteral("seq"), 1000);
                events[last] = e;
                o.insert(QStringLiteral("events"), events);
            });
            expectedStart += QString::number(tickets.size() - 1) + QStringLiteral("].events[");
        }
        root.insert(QStringLiteral("tickets"), tickets);
        bytes = QJsonDocument(root).toJson();
    }
    Db db = freshDb();
    QVERIFY(db.store);
    StoreError error;
    QVERIFY(!importBytes(*db.store, bytes, QStringLiteral("bad.json"), ExchangeFormat::Json,
                         &error));
    QCOMPARE(error.kind, StoreError::Kind::Import);
    QVERIFY2(!error.message.contains(QLatin1Char('\n')), qPrintable(error.message));
    QVERIFY2(error.message.startsWith(expectedStart),
             qPrintable(error.message + QStringLiteral(" / expected ") + expectedStart));
    QVERIFY2(error.message.contains(expectedText), qPrintable(error.message));
    QCOMPARE(counts(*db.store), (QVector<qint64>{0, 0, 0, 0}));
}

void TestExchange::existingTicketRefused()
{
    const QByteArray good = goodExport(ExchangeFormat::Csv);
    Db db = freshDb();
    QVERIFY(db.store);
    StoreError error;
    QVERIFY2(importBytes(*db.store, good, QStringLiteral("a.csv"), ExchangeFormat::Csv, &error),
             qPrintable(error.message));
    const QVector<qint64> before = counts(*db.store);
    // The same file again: its tickets exist already.
    QVERIFY(!importBytes(*db.store, good, QStringLiteral("a.csv"), ExchangeFormat::Csv, &error));
    QCOMPARE(error.kind, StoreError::Kind::Import);
    QVERIFY2(error.message.startsWith(QLatin1String("a.csv:")), qPrintable(error.message));
    QCOMPARE(counts(*db.store), before);
    // importFile picks the format by suffix and names missing files.
    QVERIFY(!Exchange::importFile(db.store->connection(), *m_catalog,
                                  QStringLiteral("/nonexistent/x.csv"), nullptr, &error));
    QVERIFY2(error.message.contains(QLatin1String("/nonexistent/x.csv")),
             qPrintable(error.message));
    QVERIFY(!Exchange::importFile(db.store->connection(), *m_catalog, QStringLiteral("x.txt"),
                                  nullptr, &error));
    QVERIFY2(error.message.contains(QLatin1String("x.txt")), qPrintable(error.message));
}

// Issue 23: Stormbpmn Enterprise no longer offers the in-app chat (the cloud version alone has
// it). An export made before the change, with a ticket that came in through the chat, still
// imports on both engines and passes the consistency check; a new ticket cannot take the
// retired channel.
void TestExchange::retiredChannelStillImports()
{
    const Plan *plan = m_catalog->plan(QStringLiteral("stormbpmn/enterprise"));
    QVERIFY(plan);
    const Channel *chat = nullptr;
    for (const Channel &c : plan->channels) {
        if (c.id == QLatin1String("in-app-chat"))
            chat = &c;
    }
    QVERIFY(chat && chat->retired);
    // The export as an older Dueline wrote it: a Stormbpmn Enterprise ticket on the chat.
    QByteArray older;
    int moved = 0;
    const QRegularExpression channel(QStringLiteral("\"channel\":\"[^\"]*\""));
    for (const QByteArray &line : goodExport(ExchangeFormat::Json).split('\n')) {
        QString text = QString::fromUtf8(line);
        if (moved < 2 && text.startsWith(QLatin1String("{\"id\":")) &&
            text.contains(QLatin1String("\"plan\":\"stormbpmn/enterprise\"")) &&
            text.contains(channel)) {
            text.replace(channel, QStringLiteral("\"channel\":\"in-app-chat\""));
            ++moved;
        }
        older += text.toUtf8() + '\n';
    }
    older.chop(1);
    QCOMPARE(moved, 2);
    Db db = freshDb();
    QVERIFY(db.store);
    StoreError error;
    QVERIFY2(importBytes(*db.store, older, QStringLiteral("older.json"), ExchangeFormat::Json,
                         &error),
             qPrintable(error.message));
    ConsistencyReport report;
    QVERIFY2(ConsistencyCheck::run(db.store->connection(), *m_catalog, {}, &report, &error),
             qPrintable(error.message));
    QVERIFY(report.consistent());
    QVERIFY(report.tickets > 0);
    // A new ticket: not on the retired channel, on an offered one yes.
    const QVector<Customer> customers = db.store->customers(&error);
    const QVector<Agent> agents = db.store->agents(&error);
    qint64 customer = 0;
    for (const Customer &c : customers) {
        if (c.planId == plan->id)
            customer = c.id;
    }
    QVERIFY(customer && !agents.isEmpty());
    NewTicket t;
    t.customerId = customer;
    t.subject = QStringLiteral("Chat from the cloud habit");
    t.severity = QStringLiteral("other");
    t.channel = QStringLiteral("in-app-chat");
    const ActionResult refused =
            db.store->createTicket(Action::newActionId(), agents.first().id, t);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.message.contains(QLatin1String("no longer offers channel")),
             qPrintable(refused.error.message));
    t.channel = QStringLiteral("email");
    QVERIFY(db.store->createTicket(Action::newActionId(), agents.first().id, t).ok());
}

void TestExchange::teamCatalogTravels_data()
{
    roundTrip_data();
}

// The team's catalog files kept in the database travel with the export (first, before the
// tickets that name their plans) and come back on import: a backup with a team plan restores
// into an empty database, byte for byte. A file that clashes with the database's, comes after
// the tickets or does not load is refused with its place named, and nothing is written.
void TestExchange::teamCatalogTravels()
{
    QFETCH(ExchangeFormat, format);
    Db source = freshDb();
    QVERIFY(source.store);
    StoreError error;
    const qint64 lead = source.store->addAgent(
            {0, QStringLiteral("lead"), QStringLiteral("Lead"), Agent::Role::Lead}, &error);
    QVERIFY2(lead > 0, qPrintable(error.message));
    TeamCatalog team;
    QString message;
    const QString planId =
            team.duplicatePlan(*m_catalog, QStringLiteral("L3"), QStringLiteral("acme"),
                               QStringLiteral("gold"), &message);
    QVERIFY2(!planId.isEmpty(), qPrintable(message));
    const QByteArray json = CatalogWriter::toJson(team);
    TeamCatalogStore files(source.store->connection(), m_clock);
    QVERIFY2(files.save(lead, QStringLiteral("acme.json"), json, 0, &error) > 0,
             qPrintable(error.message));
    QStringList skipped;
    const CatalogPtr combined =
            TeamCatalogStore::loadCombined({}, files.files(&error), &message, &skipped);
    QVERIFY(combined && combined->plan(planId));
    auto store = TicketStore::open(source.database->url(), combined, m_clock,
                                   Connection::Mode::OpenExisting, &error);
    QVERIFY2(store, qPrintable(error.message));
    Customer customer;
    customer.name = QStringLiteral("Acme");
    customer.planId = planId;
    customer.timeZone = "Asia/Shanghai";
    customer.language = QStringLiteral("zh_CN");
    customer.id = store->addCustomer(customer, &error);
    QVERIFY2(customer.id > 0, qPrintable(error.message));
    NewTicket nt;
    nt.customerId = customer.id;
    nt.subject = QStringLiteral("Gold plan ticket");
    nt.severity = combined->plan(planId)->severities.first();
    nt.channel = combined->plan(planId)->firstOfferedChannel();
    const ActionResult r = store->createTicket(Action::newActionId(), lead, nt);
    QVERIFY2(r.ok(), qPrintable(r.error.message));

    ExchangeSummary summary;
    const QByteArray once = exportBytes(*store, format, &summary);
    QCOMPARE(summary.catalogFiles, qint64(1));
    QVERIFY(once.contains("acme.json"));
    QVERIFY(once.indexOf("acme.json") < once.indexOf("Gold plan ticket"));

    // Into an empty database that knows only the built-in plans: restored whole.
    Db target = freshDb();
    QVERIFY(target.store);
    ExchangeSummary imported;
    QVERIFY2(importBytes(*target.store, once, QStringLiteral("backup"), format, &error, &imported),
             qPrintable(error.message));
    QCOMPARE(imported.catalogFiles, qint64(1));
    QCOMPARE(imported.tickets, qint64(1));
    TeamCatalogStore restored(target.store->connection(), m_clock);
    const QVector<TeamCatalogFile> back = restored.files(&error);
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.first().name, QStringLiteral("acme.json"));
    QCOMPARE(back.first().content, json);
    QCOMPARE(exportBytes(*target.store, format), once);
    if (m_engine == Engine::PostgreSQL) { // the server checks events against the team plan
        QSqlQuery q = target.store->connection().query();
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM catalog_plans WHERE plan_id = '%1' "
                                      "AND builtin = 0")
                               .arg(planId)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    // Refused, nothing written: the same name with other content in the database …
    Db clash = freshDb();
    QVERIFY(clash.store);
    const qint64 clashLead = clash.store->addAgent(
            {0, QStringLiteral("lead"), QStringLiteral("Lead"), Agent::Role::Lead}, &error);
    TeamCatalog other;
    other.duplicatePlan(*m_catalog, QStringLiteral("L4"), QStringLiteral("acme"),
                        QStringLiteral("platinum"), &message);
    TeamCatalogStore clashFiles(clash.store->connection(), m_clock);
    QVERIFY2(clashFiles.save(clashLead, QStringLiteral("acme.json"), CatalogWriter::toJson(other),
                             0, &error) > 0,
             qPrintable(error.message));
    const QVector<qint64> before = counts(*clash.store);
    QVERIFY(!importBytes(*clash.store, once, QStringLiteral("backup"), format, &error));
    QCOMPARE(error.kind, StoreError::Kind::Import);
    QVERIFY2(error.message.startsWith(QLatin1String("backup")) &&
                     error.message.contains(QLatin1String("acme.json is in the database with "
                                                          "other content")),
             qPrintable(error.message));
    QCOMPARE(counts(*clash.store), before);

    // … a catalog file that does not load (its plan names an unknown calendar) …
    const QByteArray calendar = combined->plan(planId)->calendarId.toUtf8();
    const qsizetype at = once.indexOf(QByteArray(QByteArray("\"") + calendar));
    QVERIFY(at > 0 && at < once.indexOf("Gold plan ticket"));
    QByteArray badCalendar = once;
    badCalendar.replace(at + 1, calendar.size(), "no-such-calendar");
    Db empty = freshDb();
    QVERIFY(empty.store);
    QVERIFY(!importBytes(*empty.store, badCalendar, QStringLiteral("backup"), format, &error));
    QVERIFY2(error.message.contains(QLatin1String("no-such-calendar")), qPrintable(error.message));
    QCOMPARE(counts(*empty.store), (QVector<qint64>{0, 0, 0, 0}));

    // … and, in CSV, a catalog record after the agents.
    if (format == ExchangeFormat::Csv) {
        QVector<Record> records = parseCsv(once);
        const Record catalogLine = records.takeAt(1);
        QCOMPARE(catalogLine.fields.first(), QStringLiteral("catalog"));
        int agentLine = 1;
        while (records.at(agentLine).fields.first() != QLatin1String("agent"))
            ++agentLine;
        records.insert(agentLine + 1, catalogLine);
        QVERIFY(!importBytes(*empty.store, writeCsv(records), QStringLiteral("late.csv"), format,
                             &error));
        QVERIFY2(error.message.contains(QLatin1String("catalog records come before")),
                 qPrintable(error.message));
        QCOMPARE(counts(*empty.store), (QVector<qint64>{0, 0, 0, 0}));
    }
}

void TestExchange::demoProperties()
{
    Db db = freshDb();
    QVERIFY(db.store);
    DemoOptions options;
    options.tickets = 3000;
    options.seed = 11;
    DemoSummary summary;
    StoreError error;
    const Instant now = m_clock.nowUtc();
    QVERIFY2(DemoData::generate(db.store->connection(), *m_catalog, now, options, &summary, &error),
             qPrintable(error.message));
    QCOMPARE(summary.tickets, 3000);
    QCOMPARE(db.store->ticketCount(&error), 3000);
    QVERIFY(summary.events > 3 * summary.tickets);
    QVERIFY(summary.customers >= 12);
    QVERIFY(summary.agents >= 2);
    const QVector<qint64> c = counts(*db.store);
    QCOMPARE(c,
             (QVector<qint64>{summary.agents, summary.customers, summary.tickets, summary.events}));

    // All twelve plans, for customers and for tickets.
    QSet<QString> allPlans;
    for (const Plan &p : m_catalog->plans())
        allPlans.insert(p.id);
    QCOMPARE(allPlans.size(), 12);
    QSet<QString> customerPlans, ticketPlans, languages;
    bool cyrillic = false, han = false, latin = false;
    for (const Customer &customer : db.store->customers(&error)) {
        customerPlans.insert(customer.planId);
        languages.insert(customer.language);
        for (const QChar ch : customer.name) {
            cyrillic = cyrillic || (ch.unicode() >= 0x0400 && ch.unicode() <= 0x04FF);
            han = han || (ch.unicode() >= 0x4E00 && ch.unicode() <= 0x9FFF);
            latin = latin || (ch.unicode() >= 'A' && ch.unicode() <= 'z');
        }
    }
    QCOMPARE(customerPlans, allPlans);
    QVERIFY(cyrillic && han && latin);
    QCOMPARE(languages,
             (QSet<QString>{QStringLiteral("ru"), QStringLiteral("zh_CN"), QStringLiteral("en")}));
    QSqlQuery q = db.store->connection().query();
    QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT plan_id FROM tickets")));
    while (q.next())
        ticketPlans.insert(q.value(0).toString());
    QCOMPARE(ticketPlans, allPlans);
    // Histories: replies, pauses, reopenings, resolutions, closings.
    QSet<QString> kinds;
    QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT kind FROM events")));
    while (q.next())
        kinds.insert(q.value(0).toString());
    for (const char *kind :
         {"created", "assigned", "replied", "note", "status", "resolved", "reopened", "severity"})
        QVERIFY2(kinds.contains(QLatin1String(kind)), kind);

    // Relative to now: most open tickets fine, some at risk, some breached.
    const std::vector<QueueRow> queue = db.store->loadQueue(&error);
    QVERIFY(!queue.empty());
    QCOMPARE(qint64(queue.size()), summary.openTickets);
    int fine = 0, atRisk = 0, breached = 0;
    for (const QueueRow &row : queue) {
        ClockResult response, resolution;
        QVERIFY2(db.store->evaluate(row.id, now, &response, &resolution, &error),
                 qPrintable(error.message));
        const bool isBreached =
                response.state == ClockState::Breached || resolution.state == ClockState::Breached;
        const bool isAtRisk =
                !isBreached && ((response.atRisk && response.state != ClockState::Met &&
                                 response.state != ClockState::MetLate &&
                                 response.state != ClockState::NotApplicable) ||
                                (resolution.atRisk && resolution.state != ClockState::Met &&
                                 resolution.state != ClockState::MetLate &&
                                 resolution.state != ClockState::NotApplicable));
        if (isBreached)
            ++breached;
        else if (isAtRisk)
            ++atRisk;
        else
            ++fine;
    }
    qInfo("open %zu: fine %d, at risk %d, breached %d", queue.size(), fine, atRisk, breached);
    QVERIFY(atRisk > 0);
    QVERIFY(breached > 0);
    QVERIFY(fine > atRisk + breached);
    // Nothing is dated after now.
    QVERIFY(q.exec(QStringLiteral("SELECT max(at) FROM events")) && q.next());
    QVERIFY(q.value(0).toLongLong() <= now);
}

void TestExchange::demoDeterministic()
{
    auto generate = [&](quint64 seed) {
        Db db = freshDb();
        if (!db.store)
            return QByteArray();
        DemoOptions options;
        options.tickets = 500;
        options.seed = seed;
        StoreError error;
        if (!DemoData::generate(db.store->connection(), *m_catalog, m_clock.nowUtc(), options,
                                nullptr, &error))
            qWarning("%s", qPrintable(error.message));
        return exportBytes(*db.store, ExchangeFormat::Csv);
    };
    const QByteArray a = generate(5);
    const QByteArray b = generate(5);
    const QByteArray c = generate(6);
    QVERIFY(!a.isEmpty());
    QVERIFY(a == b);
    QVERIFY(a != c);
    // A database that is not empty is refused.
    Db db = freshDb();
    DemoOptions options;
    options.tickets = 10;
    StoreError error;
    QVERIFY(DemoData::generate(db.store->connection(), *m_catalog, m_clock.nowUtc(), options,
                               nullptr, &error));
    const QVector<qint64> before = counts(*db.store);
    const bool again = DemoData::generate(db.store->connection(), *m_catalog, m_clock.nowUtc(),
                                          options, nullptr, &error);
    QVERIFY(!again);
    QCOMPARE(error.kind, StoreError::Kind::Invalid);
    QVERIFY2(error.message.contains(QLatin1String("empty database")), qPrintable(error.message));
    QCOMPARE(counts(*db.store), before);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    for (Engine engine : {Engine::SQLite, Engine::PostgreSQL}) {
        TestExchange test(engine);
        failures += QTest::qExec(&test, argc, argv);
    }
    return failures == 0 ? 0 : 1;
}

#include "tst_exchange.moc"
