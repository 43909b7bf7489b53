// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile input (issue 9, bad input), on both engines: SQL in subjects and bodies is stored
// verbatim; invalid UTF-8, 10 MB fields, NUL and control characters, unknown time zones, plans
// and customers, dates in year 9999 and before 1970 in import files and store actions, and
// overlapping hours, unknown time zones and negative durations in catalog files are each refused
// with a one-line error naming the field — and change nothing (counts and a checksum of the
// exported database before and after).

#include "models/store/csv.h"
#include "models/store/exchange.h"
#include "models/store/inputlimits.h"
#include "models/store/teamcatalogstore.h"
#include "models/store/ticketstore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/testdatabase.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QtTest>

using namespace dueline;
using testsupport::TestDatabase;

namespace {

const QByteArray TenMegabytes(qsizetype(10) * 1024 * 1024, 'x');

// ---------------------------------------------------------------------------------------------
// Import files from a template: @NAME@ placeholders replaced by raw bytes (so that invalid UTF-8
// stays invalid), quoted for the format.

QByteArray csvQuote(const QByteArray &raw)
{
    QByteArray out = "\"";
    for (char c : raw) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

QByteArray jsonQuote(const QByteArray &raw)
{
    QByteArray out = "\"";
    for (char c : raw) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            out += "\\u00" + QByteArray::number(u, 16).rightJustified(2, '0');
        } else {
            out += c; // bytes >= 0x80 as they are, valid UTF-8 or not
        }
    }
    return out + '"';
}

using Fields = QMap<QByteArray, QByteArray>;

Fields defaultFields()
{
    return {{"SUBJECT", "Printer on fire"},      {"BODY", "Smoke everywhere"},
            {"AT", "2026-03-01T10:00:00+00:00"}, {"TZ", "Europe/Moscow"},
            {"PLAN", "vkcs/standard"},           {"CUSTOMER", "10"}};
}

QByteArray fill(QByteArray text, const Fields &fields, bool json)
{
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QByteArray value = it.key() == "CUSTOMER"
                                         ? it.value()
                                         : (json ? jsonQuote(it.value()) : csvQuote(it.value()));
        text.replace(QByteArray("@" + it.key() + "@"), value);
    }
    return text;
}

QByteArray csvFile(const Fields &overrides)
{
    Fields fields = defaultFields();
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        fields.insert(it.key(), it.value());
    const QByteArray text =
            "record,id,ticket,seq,at,kind,actor,login,name,role,company,customer,subject,channel,"
            "stage,plan,severity,status,assignee,target,due,time_zone,language,body,action_id\r\n"
            "agent,10,,,,,,zed,Zed,agent,,,,,,,,,,,,,,,\r\n"
            "customer,10,,,,,,,Hostile Co,,Hostile Ltd,,,,,@PLAN@,,,,,,@TZ@,en,,\r\n"
            "ticket,100,,,,,,,,,,@CUSTOMER@,@SUBJECT@,email,,,,,,,,,,,\r\n"
            "event,,100,1,@AT@,created,,,,,,,,,,vkcs/standard,high,,,,,,,@BODY@,\r\n";
    return fill(text, fields, false);
}

QByteArray jsonFile(const Fields &overrides)
{
    Fields fields = defaultFields();
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        fields.insert(it.key(), it.value());
    const QByteArray text = R"({"format": "dueline-tickets", "version": 1,
"agents": [{"id": 10, "login": "zed", "name": "Zed", "role": "agent"}],
"customers": [{"id": 10, "name": "Hostile Co", "company": "Hostile Ltd", "plan": @PLAN@,
  "time_zone": @TZ@, "language": "en"}],
"tickets": [{"id": 100, "customer": @CUSTOMER@, "subject": @SUBJECT@, "channel": "email",
  "events": [{"seq": 1, "at": @AT@, "kind": "created", "actor": null, "plan": "vkcs/standard",
    "severity": "high", "body": @BODY@}]}]}
)";
    return fill(text, fields, true);
}

// A team catalog file: a calendar and a provider with one plan, from a template.
QByteArray catalogFile(const Fields &overrides)
{
    Fields fields{{"TZ", "\"Europe/Berlin\""},
                  {"MON", R"(["09:00-13:00", "14:00-18:00"])"},
                  {"AMOUNT", "4"}};
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        fields.insert(it.key(), it.value());
    QByteArray text = R"({"format": "dueline-catalog/1",
"calendars": [{"id": "acme-hours", "names": {"en": "Acme", "ru": "Acme", "zh_CN": "Acme"},
  "time_zone": @TZ@,
  "weekly": {"mon": @MON@, "tue": ["09:00-18:00"], "wed": ["09:00-18:00"],
             "thu": ["09:00-18:00"], "fri": ["09:00-18:00"], "sat": [], "sun": []}}],
"providers": [{"id": "acme", "names": {"en": "Acme", "ru": "Acme", "zh_CN": "Acme"},
  "severities": [{"code": "high", "names": {"en": "High", "ru": "High", "zh_CN": "High"}}],
  "plans": [{"id": "acme/basic", "names": {"en": "Basic", "ru": "Basic", "zh_CN": "Basic"},
    "calendar": "acme-hours", "severities": ["high"],
    "levels": {"P1": "high", "P2": "high", "P3": "high", "P4": "high"},
    "targets": [{"severity": "high", "response": {"amount": @AMOUNT@, "unit": "hours"},
                 "resolution": null}]}]}]}
)";
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        text.replace(QByteArray("@" + it.key() + "@"), it.value());
    return text;
}

QString text(const QByteArray &utf8)
{
    return QString::fromUtf8(utf8.constData(), utf8.size()); // keeps NUL characters
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT
public:
    explicit TestHostileInput(Engine engine)
        : m_engine(engine)
    { }

private slots:
    void initTestCase();
    void limitsHelpers();
    void templatesAreValid();
    void sqlStoredVerbatim_data();
    void sqlStoredVerbatim();
    void hostile_data();
    void hostile();

private:
    struct Db
    {
        std::unique_ptr<TestDatabase> database;
        std::unique_ptr<TicketStore> store;
        qint64 lead = 0;
        qint64 agent = 0;
        qint64 customer = 0;
        qint64 ticket = 0;
    };
    std::unique_ptr<Db> freshDb();
    // Counts of every table and a SHA-256 of the JSON export: what "nothing changed" compares.
    QByteArray snapshot(TicketStore &store);
    bool importBytes(TicketStore &store, const QByteArray &bytes, const QString &fileName,
                     StoreError *error);
    QStringList tables(TicketStore &store);

    Engine m_engine;
    CatalogPtr m_catalog;
    FakeClock m_clock = FakeClock::at("2026-03-02T09:00:00Z");
    std::unique_ptr<Db> m_db; // shared by the rows of hostile(): none may change it
};

void TestHostileInput::initTestCase()
{
    qInfo("engine: %s", qPrintable(engineKey(m_engine)));
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

std::unique_ptr<TestHostileInput::Db> TestHostileInput::freshDb()
{
    auto db = std::make_unique<Db>();
    QString text;
    db->database = TestDatabase::create(m_engine, &text);
    if (!db->database) {
        qWarning("%s", qPrintable(text));
        return nullptr;
    }
    StoreError error;
    db->store = TicketStore::open(db->database->url(), m_catalog, m_clock,
                                  Connection::Mode::CreateIfMissing, &error);
    if (!db->store || db->store->migrate(&error) < 0) {
        qWarning("%s", qPrintable(error.message));
        return nullptr;
    }
    Agent lead;
    lead.login = QStringLiteral("lena");
    lead.displayName = QStringLiteral("Lena Lead");
    lead.role = Agent::Role::Lead;
    db->lead = db->store->addAgent(lead, &error);
    Agent agent;
    agent.login = QStringLiteral("ann");
    agent.displayName = QStringLiteral("Ann Agent");
    db->agent = db->store->addAgent(agent, &error);
    Customer customer;
    customer.name = QStringLiteral("Ivan Petrov");
    customer.company = QStringLiteral("Romashka");
    customer.planId = QStringLiteral("vkcs/standard");
    customer.timeZone = "Europe/Moscow";
    customer.language = QStringLiteral("ru");
    db->customer = db->store->addCustomer(customer, &error);
    if (db->lead == 0 || db->agent == 0 || db->customer == 0) {
        qWarning("%s", qPrintable(error.message));
        return nullptr;
    }
    NewTicket nt;
    nt.customerId = db->customer;
    nt.subject = QStringLiteral("Database is slow");
    nt.severity = QStringLiteral("high");
    nt.channel = QStringLiteral("email");
    nt.body = QStringLiteral("Since this morning.");
    const ActionResult created = db->store->createTicket(Action::newActionId(), 0, nt);
    if (!created.ok()) {
        qWarning("%s", qPrintable(created.error.message));
        return nullptr;
    }
    db->ticket = created.ticket.id;
    return db;
}

QByteArray TestHostileInput::snapshot(TicketStore &store)
{
    QByteArray result;
    for (const char *table : {"agents", "customers", "tickets", "events", "team_catalog_files"}) {
        QSqlQuery q = store.connection().query();
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) ||
            !q.next())
            return "cannot count " + QByteArray(table);
        result += QByteArray(table) + ' ' + q.value(0).toByteArray() + ", ";
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    StoreError error;
    if (!Exchange::exportTo(store.connection(), ExchangeFormat::Json, &buffer, nullptr, &error))
        return "export failed: " + error.message.toUtf8();
    return result + "export sha256 " +
           QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

bool TestHostileInput::importBytes(TicketStore &store, const QByteArray &bytes,
                                   const QString &fileName, StoreError *error)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return Exchange::importFrom(store.connection(), store.catalog(), &buffer, fileName,
                                *exchangeFormatForFile(fileName), nullptr, error);
}

QStringList TestHostileInput::tables(TicketStore &store)
{
    QSqlQuery q = store.connection().query();
    q.exec(m_engine == Engine::SQLite
                   ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                    "name NOT LIKE 'sqlite_%' ORDER BY name")
                   : QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                    "table_schema = current_schema() ORDER BY table_name"));
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

// ---------------------------------------------------------------------------------------------

void TestHostileInput::limitsHelpers()
{
    using namespace inputlimits;
    QVERIFY(lineProblem(QStringLiteral("Принтер 打印机 🔥"), SubjectChars).isEmpty());
    QVERIFY(lineProblem(QString(SubjectChars, QLatin1Char('a')), SubjectChars).isEmpty());
    QVERIFY(lineProblem(QString(SubjectChars + 1, QLatin1Char('a')), SubjectChars)
                    .contains(QLatin1String("at most 1000")));
    QVERIFY(lineProblem(QStringLiteral("a\nb"), SubjectChars).contains(QLatin1String("line")));
    QVERIFY(subjectProblem(QStringLiteral("folded\r\n\tsubject")).isEmpty());
    QVERIFY(subjectProblem(QString(SubjectChars + 1, QLatin1Char('b')))
                    .contains(QLatin1String("at most 1000")));
    QVERIFY(lineProblem(QString(QChar(0xD800)), SubjectChars).contains(QLatin1String("surrogate")));
    QVERIFY(textProblem(QStringLiteral("line 1\r\n\tline 2")).isEmpty());
    QVERIFY(textProblem(QString(TextBytes, QLatin1Char('a'))).isEmpty());
    // The limit counts UTF-8 bytes: 400 k CJK characters are 1.2 MB.
    QVERIFY(textProblem(QString(qsizetype(400) * 1024, QChar(0x6253)))
                    .contains(QLatin1String("bytes")));
    QCOMPARE(utf8Length(QStringLiteral("aя打🔥")), qsizetype(1 + 2 + 3 + 4));
    QVERIFY(textProblem(QStringLiteral("bell\a, form feed\f")).isEmpty());
    QVERIFY(textProblem(QString::fromUtf8("a\0b", 3)).contains(QLatin1String("NUL")));
    QVERIFY(subjectProblem(QStringLiteral("bell\a")).contains(QLatin1String("U+0007")));
    QVERIFY(instantProblem(0).isEmpty());
    QVERIFY(instantProblem(EndInstant - 1).isEmpty());
    QVERIFY(instantProblem(-1).contains(QLatin1String("1969-12-31T23:59:59")));
    QVERIFY(instantProblem(EndInstant).contains(QLatin1String("2200-01-01")));
    QVERIFY(!instantProblem(std::numeric_limits<qint64>::max()).isEmpty());
}

// The templates the hostile rows change are good files: every refusal below is the hostile
// field's.
void TestHostileInput::templatesAreValid()
{
    for (const QString &name : {QStringLiteral("good.csv"), QStringLiteral("good.json")}) {
        auto db = freshDb();
        QVERIFY(db);
        StoreError error;
        const QByteArray bytes = name.endsWith(QLatin1String(".csv")) ? csvFile({}) : jsonFile({});
        QVERIFY2(importBytes(*db->store, bytes, name, &error), qPrintable(error.message));
        QCOMPARE(db->store->ticketCount(&error), qint64(2));
    }
    QString error;
    QVERIFY2(Catalog::loadData({{QStringLiteral("team.json"), catalogFile({})}}, true, &error),
             qPrintable(error));
}

void TestHostileInput::sqlStoredVerbatim_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("drop table") << QStringLiteral("'); DROP TABLE tickets; --");
    QTest::newRow("bobby") << QStringLiteral("Robert'); DROP TABLE events;--");
    QTest::newRow("or 1=1") << QStringLiteral("\" OR 1=1 -- ' OR '1'='1");
    QTest::newRow("dollar quote") << QStringLiteral("$$; DROP TABLE agents; $$ E'\\x00' \\");
    QTest::newRow("printf") << QStringLiteral("%s%n%1%2 ${HOME} $(rm -rf /) `id`");
    QTest::newRow("semicolons") << QStringLiteral("; DELETE FROM customers; COMMIT; BEGIN;");
}

void TestHostileInput::sqlStoredVerbatim()
{
    QFETCH(QString, text);
    auto db = freshDb();
    QVERIFY(db);
    TicketStore &store = *db->store;
    const QStringList tablesBefore = tables(store);
    QVERIFY(tablesBefore.contains(QLatin1String("tickets")));
    StoreError error;

    // Store actions: subject, description, reply, note, customer and agent names.
    Customer customer;
    customer.name = text;
    customer.company = text;
    customer.planId = QStringLiteral("vkcs/standard");
    customer.timeZone = "UTC";
    customer.language = QStringLiteral("en");
    const qint64 customerId = store.addCustomer(customer, &error);
    QVERIFY2(customerId > 0, qPrintable(error.message));
    Agent agent;
    agent.login = QStringLiteral("mallory");
    agent.displayName = text;
    const qint64 agentId = store.addAgent(agent, &error);
    QVERIFY2(agentId > 0, qPrintable(error.message));
    NewTicket nt;
    nt.customerId = customerId;
    nt.subject = text;
    nt.severity = QStringLiteral("high");
    nt.channel = QStringLiteral("email");
    nt.body = text;
    const ActionResult created = store.createTicket(Action::newActionId(), 0, nt);
    QVERIFY2(created.ok(), qPrintable(created.error.message));
    Action action;
    action.actionId = Action::newActionId();
    action.actorId = agentId;
    action.ticketId = created.ticket.id;
    const ActionResult replied = store.reply(action, text);
    QVERIFY2(replied.ok(), qPrintable(replied.error.message));
    action.actionId = Action::newActionId();
    const ActionResult noted = store.note(action, text);
    QVERIFY2(noted.ok(), qPrintable(noted.error.message));

    // Import files: subject, body and customer name. CSV text cells carry the formula escape
    // as export writes it (a leading ' doubled).
    const QByteArray csvText = csv::escapeFormula(text).toUtf8();
    const Fields csvFields{{"SUBJECT", csvText}, {"BODY", csvText}};
    QVERIFY2(importBytes(store, csvFile(csvFields), QStringLiteral("sql.csv"), &error),
             qPrintable(error.message));
    const Fields fields{{"SUBJECT", text.toUtf8()}, {"BODY", text.toUtf8()}};
    QByteArray json = jsonFile(fields);
    json.replace("\"id\": 100", "\"id\": 101");
    QVERIFY2(importBytes(store, json, QStringLiteral("sql.json"), &error),
             qPrintable(error.message));

    // Verbatim, and the tables intact.
    const auto ticket = store.ticket(created.ticket.id, &error);
    QVERIFY(ticket);
    QCOMPARE(ticket->subject, text);
    const QVector<Event> events = store.events(created.ticket.id, &error);
    QCOMPARE(events.size(), 3);
    for (const Event &e : events)
        QCOMPARE(e.body, text);
    QCOMPARE(store.customer(customerId, &error)->name, text);
    QCOMPARE(store.customer(customerId, &error)->company, text);
    QCOMPARE(store.agent(agentId, &error)->displayName, text);
    for (qint64 id : {qint64(100), qint64(101)}) {
        const auto imported = store.ticket(id, &error);
        QVERIFY2(imported, qPrintable(error.message));
        QCOMPARE(imported->subject, text);
        QCOMPARE(store.events(id, &error).value(0).body, text);
    }
    QCOMPARE(tables(store), tablesBefore);
    QCOMPARE(store.ticketCount(&error), qint64(4));
    QCOMPARE(store.agents(&error).size(), 4);
    QCOMPARE(store.customers(&error).size(), 3);
}

void TestHostileInput::hostile_data()
{
    // action: import (file name by suffix) | create | reply | note | override | customer |
    //         catalog
    // part:   which field the row sets (store actions)
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("part");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("field"); // the field the error names
    QTest::addColumn<QString>("reason"); // and part of its reason

    const QByteArray badUtf8 = "Printer \xff\xfe on \xc3 fire";
    const QByteArray nul("Printer\0 on fire", 16);
    const struct
    {
        const char *tag;
        Fields fields;
        const char *field;
        const char *reason;
    } files[] = {
            {"invalid UTF-8 in subject", {{"SUBJECT", badUtf8}}, "subject", "not valid UTF-8"},
            {"invalid UTF-8 in body", {{"BODY", badUtf8}}, "body", "not valid UTF-8"},
            {"invalid UTF-8 in time zone",
             {{"TZ", "Europe/\xe0\x80"}},
             "time_zone",
             "not valid UTF-8"},
            {"10 MB subject", {{"SUBJECT", TenMegabytes}}, "subject", "at most 1000"},
            {"10 MB body", {{"BODY", TenMegabytes}}, "body", "at most 1048576"},
            {"NUL in subject", {{"SUBJECT", nul}}, "subject", "NUL"},
            {"escape character in subject", {{"SUBJECT", "\x1b[2Jcleared"}}, "subject", "U+001b"},
            {"NUL in body", {{"BODY", nul}}, "body", "NUL"},
            {"year 9999", {{"AT", "9999-12-31T23:59:59+00:00"}}, "at", "outside the years"},
            {"before 1970", {{"AT", "1969-07-20T20:17:00+00:00"}}, "at", "outside the years"},
            {"unknown time zone", {{"TZ", "Mars/Olympus_Mons"}}, "time_zone", "unknown time zone"},
            {"unknown plan", {{"PLAN", "acme/gold"}}, "plan", "unknown plan"},
            {"unknown customer", {{"CUSTOMER", "999"}}, "customer", "unknown customer"},
    };
    for (const auto &f : files) {
        QTest::addRow("csv: %s", f.tag)
                << QStringLiteral("hostile.csv") << QString() << csvFile(f.fields)
                << QString::fromLatin1(f.field) << QString::fromLatin1(f.reason);
        QTest::addRow("json: %s", f.tag)
                << QStringLiteral("hostile.json") << QString() << jsonFile(f.fields)
                << QString::fromLatin1(f.field) << QString::fromLatin1(f.reason);
    }
    // JSON can carry what UTF-8 cannot: a lone surrogate.
    QTest::newRow("json: lone surrogate in subject")
            << QStringLiteral("hostile.json") << QString()
            << jsonFile({}).replace("\"Printer on fire\"", "\"Printer \\ud800 on fire\"")
            << QStringLiteral("subject") << QStringLiteral("surrogate");

    // Store actions.
    QTest::newRow("create: 10 MB subject")
            << QStringLiteral("create") << QStringLiteral("subject") << TenMegabytes
            << QStringLiteral("subject") << QStringLiteral("at most 1000");
    QTest::newRow("create: NUL in subject")
            << QStringLiteral("create") << QStringLiteral("subject") << nul
            << QStringLiteral("subject") << QStringLiteral("NUL");
    QTest::newRow("create: 10 MB body")
            << QStringLiteral("create") << QStringLiteral("body") << TenMegabytes
            << QStringLiteral("body") << QStringLiteral("at most 1048576");
    QTest::newRow("create: unknown customer")
            << QStringLiteral("create") << QStringLiteral("customer") << QByteArray("999")
            << QStringLiteral("customer") << QStringLiteral("#999");
    QTest::newRow("create: unknown plan")
            << QStringLiteral("create") << QStringLiteral("plan") << QByteArray("acme/gold")
            << QStringLiteral("plan") << QStringLiteral("acme/gold");
    QTest::newRow("reply: 10 MB") << QStringLiteral("reply") << QString() << TenMegabytes
                                  << QStringLiteral("body") << QStringLiteral("at most 1048576");
    QTest::newRow("reply: NUL") << QStringLiteral("reply") << QString() << nul
                                << QStringLiteral("body") << QStringLiteral("NUL");
    QTest::newRow("note: 10 MB") << QStringLiteral("note") << QString() << TenMegabytes
                                 << QStringLiteral("body") << QStringLiteral("at most 1048576");
    QTest::newRow("note: NUL at the end")
            << QStringLiteral("note") << QString() << QByteArray("ding", 5)
            << QStringLiteral("body") << QStringLiteral("NUL");
    QTest::newRow("override: year 9999")
            << QStringLiteral("override") << QString() << QByteArray("9999-06-01T00:00:00Z")
            << QStringLiteral("due") << QStringLiteral("outside the years");
    QTest::newRow("override: before 1970")
            << QStringLiteral("override") << QString() << QByteArray("1960-06-01T00:00:00Z")
            << QStringLiteral("due") << QStringLiteral("outside the years");
    QTest::newRow("customer: unknown time zone")
            << QStringLiteral("customer") << QStringLiteral("time_zone")
            << QByteArray("Mars/Olympus_Mons") << QStringLiteral("time_zone")
            << QStringLiteral("unknown time zone");
    QTest::newRow("customer: unknown plan")
            << QStringLiteral("customer") << QStringLiteral("plan") << QByteArray("acme/gold")
            << QStringLiteral("plan") << QStringLiteral("acme/gold");
    QTest::newRow("customer: 10 MB name")
            << QStringLiteral("customer") << QStringLiteral("name") << TenMegabytes
            << QStringLiteral("name") << QStringLiteral("at most 200");

    // Catalog files: loaded from a file and saved into the shared database by a lead.
    QTest::newRow("catalog: unknown time zone")
            << QStringLiteral("catalog") << QString()
            << catalogFile({{"TZ", "\"Mars/Olympus_Mons\""}}) << QStringLiteral("time_zone")
            << QStringLiteral("unknown time zone");
    QTest::newRow("catalog: overlapping hours")
            << QStringLiteral("catalog") << QString()
            << catalogFile({{"MON", R"(["09:00-13:00", "12:00-18:00"])"}})
            << QStringLiteral("weekly.mon") << QStringLiteral("overlaps");
    QTest::newRow("catalog: negative duration")
            << QStringLiteral("catalog") << QString() << catalogFile({{"AMOUNT", "-4"}})
            << QStringLiteral("response.amount") << QStringLiteral("positive");
    QTest::newRow("catalog: zero duration")
            << QStringLiteral("catalog") << QString() << catalogFile({{"AMOUNT", "0"}})
            << QStringLiteral("response.amount") << QStringLiteral("positive");
}

void TestHostileInput::hostile()
{
    QFETCH(QString, action);
    QFETCH(QString, part);
    QFETCH(QByteArray, data);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    if (!m_db)
        m_db = freshDb();
    QVERIFY(m_db);
    TicketStore &store = *m_db->store;
    const QByteArray before = snapshot(store);
    QVERIFY2(!before.startsWith("export failed") && !before.startsWith("cannot"), before);

    QString message;
    QString where; // what the message must also name: the file
    if (action.startsWith(QLatin1String("hostile."))) {
        StoreError error;
        QVERIFY(!importBytes(store, data, action, &error));
        QCOMPARE(error.kind, StoreError::Kind::Import);
        message = error.message;
        where = action;
        if (action.endsWith(QLatin1String(".csv")) || reason == QLatin1String("not valid UTF-8"))
            QVERIFY2(QRegularExpression(QStringLiteral("^hostile\\.(csv|json):\\d+: field "))
                             .match(message)
                             .hasMatch(),
                     qPrintable(message)); // FILE:LINE: field NAME: reason
    } else if (action == QLatin1String("create")) {
        NewTicket nt;
        nt.customerId = m_db->customer;
        nt.subject = QStringLiteral("Fine subject");
        nt.severity = QStringLiteral("high");
        nt.channel = QStringLiteral("email");
        if (part == QLatin1String("subject"))
            nt.subject = text(data);
        else if (part == QLatin1String("body"))
            nt.body = text(data);
        else if (part == QLatin1String("customer"))
            nt.customerId = data.toLongLong();
        else if (part == QLatin1String("plan"))
            nt.planId = text(data);
        const ActionResult r = store.createTicket(Action::newActionId(), m_db->agent, nt);
        QVERIFY(!r.ok());
        message = r.error.message;
    } else if (action == QLatin1String("reply") || action == QLatin1String("note") ||
               action == QLatin1String("override")) {
        Action a;
        a.actionId = Action::newActionId();
        a.actorId = action == QLatin1String("override") ? m_db->lead : m_db->agent;
        a.ticketId = m_db->ticket;
        ActionResult r;
        if (action == QLatin1String("reply")) {
            r = store.reply(a, text(data));
        } else if (action == QLatin1String("note")) {
            r = store.note(a, text(data));
        } else {
            const QDateTime due = QDateTime::fromString(text(data), Qt::ISODate);
            QVERIFY(due.isValid());
            r = store.overrideDue(a, TargetKind::Resolution, due.toSecsSinceEpoch(),
                                  QStringLiteral("customer asked"));
        }
        QVERIFY(!r.ok());
        message = r.error.message;
    } else if (action == QLatin1String("customer")) {
        Customer c;
        c.name = QStringLiteral("Eve");
        c.planId = QStringLiteral("vkcs/standard");
        c.timeZone = "Europe/Moscow";
        c.language = QStringLiteral("en");
        if (part == QLatin1String("time_zone"))
            c.timeZone = data;
        else if (part == QLatin1String("plan"))
            c.planId = text(data);
        else if (part == QLatin1String("name"))
            c.name = text(data);
        StoreError error;
        QCOMPARE(store.addCustomer(c, &error), qint64(0));
        message = error.message;
    } else if (action == QLatin1String("catalog")) {
        // From a file: the error names the file and the JSON path of the field.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("team.json"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(data);
        }
        QString loadError;
        QVERIFY(!Catalog::load({path}, &loadError));
        QVERIFY2(loadError.startsWith(path + QStringLiteral(": $.")), qPrintable(loadError));
        QVERIFY2(loadError.contains(field) && loadError.contains(reason), qPrintable(loadError));
        // Into the shared database: refused, nothing saved.
        TeamCatalogStore catalogs(store.connection(), m_clock);
        StoreError error;
        QCOMPARE(catalogs.save(m_db->lead, QStringLiteral("team.json"), data, 0, &error),
                 qint64(0));
        QCOMPARE(error.kind, StoreError::Kind::Invalid);
        message = error.message;
        where = TeamCatalogStore::displayName(QStringLiteral("team.json"));
    } else {
        QFAIL("unknown action");
    }
    QVERIFY2(!message.isEmpty(), "no error message");
    qInfo("%s", qPrintable(message.left(300)));
    QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message.left(300)));
    QVERIFY2(message.size() < 600, qPrintable(message.left(300))); // never the 10 MB value
    QVERIFY2(message.contains(field), qPrintable(message));
    QVERIFY2(message.contains(reason), qPrintable(message));
    if (!where.isEmpty())
        QVERIFY2(message.contains(where), qPrintable(message));
    // Nothing changed.
    QCOMPARE(snapshot(store), before);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int failures = 0;
    for (Engine engine : {Engine::SQLite, Engine::PostgreSQL}) {
        TestHostileInput test(engine);
        failures += QTest::qExec(&test, argc, argv);
    }
    return failures == 0 ? 0 : 1;
}

#include "tst_hostileinput.moc"
