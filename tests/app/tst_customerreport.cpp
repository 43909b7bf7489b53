// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 22: a customer's monthly SLA report, made as a lead makes it — `dueline-cli report
// --customer ID --from --to --csv/--pdf` — from a month of tickets whose every figure is worked
// out by hand below: a reply late, a resolution late after a pause, a ticket with no SLA (a VK CS
// Preview service), a ticket moved to Stormbpmn's business-day plan whose 15 business days run
// across Russia's Unity Day, a due set by a lead, a ticket still running, tickets outside the
// period or of another customer. The CSV's every number and listed breach, on SQLite and on the
// throwaway PostgreSQL server (the same month imported there); the PDF's text (pdftotext) in
// English, Russian and Chinese; a table that breaks across pages repeats its header; bad
// arguments get one line and write nothing.

#include "models/store/csv.h"
#include "models/store/exchange.h"
#include "models/store/migrations.h"
#include "models/store/ticketstore.h"
#include "tests/support/clihome.h"
#include "tests/support/fakeclock.h"
#include "tests/support/testdatabase.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTimeZone>
#include <QtTest>

using namespace dueline;
using testsupport::CliHome;
using testsupport::CliRun;
using testsupport::TestDatabase;

namespace {

// An instant given in Moscow time ("2026-11-02T10:00").
Instant mskAt(const char *local)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(local), Qt::ISODate);
    t.setTimeZone(QTimeZone("Europe/Moscow"));
    return t.toSecsSinceEpoch();
}

using Section = QVector<QStringList>;

// The CSV's sections (separated by an empty record), each a list of records.
QVector<Section> sections(const QByteArray &bytes)
{
    QVector<Section> result;
    const QList<QByteArray> blocks = QByteArray(bytes).replace("\r\n\r\n", "\x1e").split('\x1e');
    for (const QByteArray &block : blocks) {
        QByteArray data = block;
        if (!data.endsWith("\r\n"))
            data += "\r\n";
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        csv::Reader reader(&buffer);
        Section section;
        QStringList fields;
        int line = 0;
        while (reader.next(&fields, &line))
            section.append(fields);
        if (!reader.error().isEmpty())
            qWarning("bad CSV: %s", qPrintable(reader.error()));
        result.append(section);
    }
    return result;
}

// Text with every run of white space as one space.
QString flat(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return QString(text).replace(spaces, QStringLiteral(" "));
}

QString pdfText(const QString &path, int page = 0)
{
    QProcess p;
    QStringList args;
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << path << QStringLiteral("-");
    p.start(QStringLiteral("pdftotext"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning("pdftotext failed: %s", p.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    if (!p.waitForFinished(60000))
        return -1;
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    const auto m = pages.match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

bool says(const QString &text, const QStringList &expected)
{
    const QString haystack = flat(text);
    for (const QString &e : expected) {
        if (!haystack.contains(flat(e))) {
            qWarning("missing \"%s\" in:\n%s", qPrintable(e), qPrintable(text));
            return false;
        }
    }
    return true;
}

} // namespace

class TestCustomerReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void csvFigures_data();
    void csvFigures();
    void sameFiguresInEveryLanguage();
    void pdfInEachLanguage_data();
    void pdfInEachLanguage();
    void longTablesRepeatTheirHeader();
    void planReport();
    void badArguments();

private:
    Action action(qint64 ticket, qint64 actor) const;
    qint64 newTicket(qint64 customer, const QString &severity, const char *createdMsk,
                     const QString &stage = {});
    void at(const char *localMsk) { m_clock.set(mskAt(localMsk)); }
    CliRun report(const QString &url, const QStringList &extra) const;
    QByteArray csvOf(const QString &url, const QString &language);

    CatalogPtr m_catalog;
    FakeClock m_clock = FakeClock::at("2026-10-01T09:00:00Z");
    std::unique_ptr<TestDatabase> m_sqlite;
    std::unique_ptr<TestDatabase> m_postgres;
    std::unique_ptr<TicketStore> m_store;
    std::unique_ptr<CliHome> m_home;
    qint64 m_agent = 0;
    qint64 m_lead = 0;
    qint64 m_customer = 0;
    qint64 m_busy = 0; // a customer with many breaches (a long table)
    QHash<QString, qint64> m_ticket; // "T1" … by name
};

Action TestCustomerReport::action(qint64 ticket, qint64 actor) const
{
    Action a;
    a.actionId = Action::newActionId();
    a.actorId = actor;
    a.ticketId = ticket;
    return a;
}

qint64 TestCustomerReport::newTicket(qint64 customer, const QString &severity,
                                     const char *createdMsk, const QString &stage)
{
    at(createdMsk);
    NewTicket nt;
    nt.customerId = customer;
    nt.subject = QStringLiteral("Диск не монтируется (%1)").arg(severity);
    nt.severity = severity;
    nt.channel = QStringLiteral("email");
    nt.serviceStage = stage;
    nt.body = QStringLiteral("Since this morning.");
    const ActionResult r = m_store->createTicket(Action::newActionId(), 0, nt);
    if (!r.ok())
        qWarning("createTicket: %s", qPrintable(r.error.message));
    return r.ticket.id;
}

CliRun TestCustomerReport::report(const QString &url, const QStringList &extra) const
{
    QStringList arguments{QStringLiteral("report"), QStringLiteral("--db"), url};
    return m_home->run(arguments + extra);
}

void TestCustomerReport::initTestCase()
{
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    m_sqlite = TestDatabase::create(Engine::SQLite, &error);
    QVERIFY2(m_sqlite, qPrintable(error));
    m_home = std::make_unique<CliHome>(QStringLiteral(DUELINE_CLI_PATH));
    QVERIFY(m_home->isValid());
    StoreError se;
    m_store = TicketStore::open(m_sqlite->url(), m_catalog, m_clock,
                                Connection::Mode::CreateIfMissing, &se);
    QVERIFY2(m_store, qPrintable(se.message));
    QCOMPARE(m_store->migrate(&se), Migrations::latestVersion());
    m_agent = m_store->addAgent(
            {0, QStringLiteral("anna"), QStringLiteral("Anna Smirnova"), Agent::Role::Agent}, &se);
    m_lead = m_store->addAgent(
            {0, QStringLiteral("lena"), QStringLiteral("Лена"), Agent::Role::Lead}, &se);
    QVERIFY2(m_agent > 0 && m_lead > 0, qPrintable(se.message));
    Customer c;
    c.name = QStringLiteral("Ольга Петрова");
    c.company = QStringLiteral("ООО Ромашка");
    c.planId = QStringLiteral("vkcs/standard"); // 24×7 Moscow: response 1 h, resolution by severity
    c.timeZone = "Europe/Moscow";
    c.language = QStringLiteral("ru");
    m_customer = m_store->addCustomer(c, &se);
    Customer other = c;
    other.name = QStringLiteral("Other");
    other.company = QStringLiteral("Other Ltd");
    const qint64 otherCustomer = m_store->addCustomer(other, &se);
    Customer busy = c;
    busy.name = QStringLiteral("Busy");
    busy.company = QStringLiteral("Busy Ltd");
    busy.language = QStringLiteral("en");
    m_busy = m_store->addCustomer(busy, &se);
    QVERIFY2(m_customer > 0 && otherCustomer > 0 && m_busy > 0, qPrintable(se.message));

    auto ok = [](const ActionResult &r) {
        if (!r.ok())
            qWarning("%s", qPrintable(r.error.message));
        return r.ok();
    };
    // T1 critical: answered in 30 min, resolved in 1 h 30 min (targets 1 h and 2 h): met.
    const qint64 t1 = m_ticket[QStringLiteral("T1")] =
            newTicket(m_customer, QStringLiteral("critical"), "2026-11-02T10:00");
    at("2026-11-02T10:30");
    QVERIFY(ok(m_store->reply(action(t1, m_agent), QStringLiteral("Looking."))));
    at("2026-11-02T11:30");
    QVERIFY(ok(m_store->resolve(action(t1, m_agent), QStringLiteral("Fixed."))));
    // T5 critical, moved to Stormbpmn Enterprise: response 16 working hours (met at 12:10);
    // resolution 15 business days on Mon–Fri 11:00–20:00 with Wed 4 Nov off (Unity Day) and
    // Tue 3 Nov shortened: offset 1 h into Mon 2 Nov, so due 1 h into the 15th working day
    // after it, Tue 24 Nov 12:00 (Mon 23 Nov without the holiday). Resolved Wed 25 Nov 15:00:
    // 27 h late. Counted: 8 + 8 (shortened) + 13 × 9 + 1 = 134 working hours; weekends 7/8,
    // 14/15, 21/22 Nov.
    const qint64 t5 = m_ticket[QStringLiteral("T5")] =
            newTicket(m_customer, QStringLiteral("critical"), "2026-11-02T12:00");
    at("2026-11-02T12:05");
    QVERIFY(ok(m_store->changePlan(action(t5, m_agent), QStringLiteral("stormbpmn/enterprise"),
                                   QStringLiteral("critical"),
                                   QStringLiteral("Moved to the Enterprise contract"))));
    at("2026-11-02T12:10");
    QVERIFY(ok(m_store->reply(action(t5, m_agent), QStringLiteral("On it."))));
    // T2 high: answered 1 h 20 min after creation (due 10:00): the response breached by 20 min;
    // resolved at 12:00, within 8 h.
    const qint64 t2 = m_ticket[QStringLiteral("T2")] =
            newTicket(m_customer, QStringLiteral("high"), "2026-11-03T09:00");
    at("2026-11-03T10:20");
    QVERIFY(ok(m_store->reply(action(t2, m_agent), QStringLiteral("Sorry for the wait."))));
    at("2026-11-03T12:00");
    QVERIFY(ok(m_store->resolve(action(t2, m_agent), QStringLiteral("Done."))));
    // T3 medium: a reply and wait at 12:30, the customer back at 16:30 (4 h paused); 12 h of
    // resolution: 30 min before the pause, 11 h 30 min after it, due Fri 6 Nov 04:00; resolved
    // 05:00: 1 h late.
    const qint64 t3 = m_ticket[QStringLiteral("T3")] =
            newTicket(m_customer, QStringLiteral("medium"), "2026-11-05T12:00");
    at("2026-11-05T12:30");
    QVERIFY(ok(m_store->replyAndWait(action(t3, m_agent), QStringLiteral("Which disk?"))));
    at("2026-11-05T16:30");
    QVERIFY(ok(m_store->resume(action(t3, 0), QStringLiteral("vol-7"))));
    at("2026-11-06T05:00");
    QVERIFY(ok(m_store->resolve(action(t3, m_agent), QStringLiteral("Remounted."))));
    // T4 low, about a Preview service: no SLA; answered in 1 h, resolved in 6 h.
    const qint64 t4 = m_ticket[QStringLiteral("T4")] = newTicket(
            m_customer, QStringLiteral("low"), "2026-11-09T10:00", QStringLiteral("preview"));
    at("2026-11-09T11:00");
    QVERIFY(ok(m_store->reply(action(t4, m_agent), QStringLiteral("Preview has no SLA."))));
    at("2026-11-09T16:00");
    QVERIFY(ok(m_store->resolve(action(t4, m_agent), QStringLiteral("Done."))));
    // T6 high: a lead sets the resolution due to 14:00 the same day; answered in 30 min, never
    // resolved: breached since Mon 16 Nov 14:00, 14 days 19 h before the report's now.
    const qint64 t6 = m_ticket[QStringLiteral("T6")] =
            newTicket(m_customer, QStringLiteral("high"), "2026-11-16T10:00");
    at("2026-11-16T10:10");
    QVERIFY(ok(m_store->overrideDue(action(t6, m_lead), TargetKind::Resolution,
                                    mskAt("2026-11-16T14:00"),
                                    QStringLiteral("Fix promised before the customer's release"))));
    at("2026-11-16T10:30");
    QVERIFY(ok(m_store->reply(action(t6, m_agent), QStringLiteral("We will fix it by 14:00."))));
    // T10 low: answered in 30 min, resolved after 19 h (48 h allowed): met.
    const qint64 t10 = m_ticket[QStringLiteral("T10")] =
            newTicket(m_customer, QStringLiteral("low"), "2026-11-18T15:00");
    at("2026-11-18T15:30");
    QVERIFY(ok(m_store->reply(action(t10, m_agent), QStringLiteral("Noted."))));
    at("2026-11-19T10:00");
    QVERIFY(ok(m_store->resolve(action(t10, m_agent), QStringLiteral("Done."))));
    at("2026-11-25T15:00");
    QVERIFY(ok(m_store->resolve(action(t5, m_agent), QStringLiteral("Migrated."))));
    // T7 medium: opened Mon 30 Nov 22:00, answered 22:30, resolution due Tue 1 Dec 10:00: still
    // running at the report's now (Tue 1 Dec 09:00).
    const qint64 t7 = m_ticket[QStringLiteral("T7")] =
            newTicket(m_customer, QStringLiteral("medium"), "2026-11-30T22:00");
    at("2026-11-30T22:30");
    QVERIFY(ok(m_store->reply(action(t7, m_agent), QStringLiteral("Looking."))));
    // Outside the report: opened the day before the period, the day after it, another
    // customer's.
    newTicket(m_customer, QStringLiteral("high"), "2026-10-31T20:00");
    newTicket(m_customer, QStringLiteral("critical"), "2026-12-01T08:00");
    newTicket(otherCustomer, QStringLiteral("critical"), "2026-11-10T10:00");
    // The busy customer: 40 tickets never answered, each breaching both clocks.
    for (int i = 0; i < 40; ++i) {
        const QByteArray when = QDateTime(QDate(2026, 11, 10), QTime(10, 0))
                                        .addSecs(qint64(i) * 600)
                                        .toString(Qt::ISODate)
                                        .toLatin1();
        QVERIFY(newTicket(m_busy, QStringLiteral("high"), when.constData()) > 0);
    }

    // The same data on the shared server: exported from SQLite, imported as a team would.
    m_postgres = TestDatabase::create(Engine::PostgreSQL, &error);
    QVERIFY2(m_postgres, qPrintable(error));
    QBuffer exported;
    exported.open(QIODevice::ReadWrite);
    ExchangeSummary summary;
    QVERIFY2(Exchange::exportTo(m_store->connection(), ExchangeFormat::Json, &exported, &summary,
                                &se),
             qPrintable(se.message));
    exported.seek(0);
    auto server = TicketStore::open(m_postgres->url(), m_catalog, m_clock,
                                    Connection::Mode::CreateIfMissing, &se);
    QVERIFY2(server, qPrintable(se.message));
    QCOMPARE(server->migrate(&se), Migrations::latestVersion());
    QVERIFY2(Exchange::importFrom(server->connection(), *m_catalog, &exported,
                                  QStringLiteral("month.json"), ExchangeFormat::Json, &summary,
                                  &se),
             qPrintable(se.message));
    QCOMPARE(summary.tickets, qint64(51));
}

QByteArray TestCustomerReport::csvOf(const QString &url, const QString &language)
{
    const QString path = m_home->path(QStringLiteral("report-%1.csv").arg(language));
    QFile::remove(path);
    const CliRun r =
            report(url, {QStringLiteral("--customer"), QString::number(m_customer),
                         QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                         QStringLiteral("--to"), QStringLiteral("2026-11-30"),
                         QStringLiteral("--now"), QStringLiteral("2026-12-01T09:00:00+03:00"),
                         QStringLiteral("--lang"), language, QStringLiteral("--csv"), path});
    if (r.code != 0) {
        qWarning("report failed (%d): %s", r.code, qPrintable(r.err));
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TestCustomerReport::csvFigures_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

void TestCustomerReport::csvFigures()
{
    QFETCH(bool, postgres);
    const QByteArray bytes =
            csvOf(postgres ? m_postgres->urlText() : m_sqlite->urlText(), QStringLiteral("en"));
    QVERIFY(!bytes.isEmpty());
    const QVector<Section> s = sections(bytes);
    QCOMPARE(s.size(), 5);

    // What it covers.
    const Section &about = s.at(0);
    auto fact = [&](const QString &key) {
        for (const QStringList &r : about) {
            if (r.value(0) == key)
                return r.value(1);
        }
        return QStringLiteral("(none)");
    };
    QCOMPARE(fact(QStringLiteral("Customer")), QStringLiteral("Ольга Петрова"));
    QCOMPARE(fact(QStringLiteral("Company")), QStringLiteral("ООО Ромашка"));
    QCOMPARE(fact(QStringLiteral("Plan")), QStringLiteral("vkcs/standard"));
    QCOMPARE(fact(QStringLiteral("First day")), QStringLiteral("2026-11-01"));
    QCOMPARE(fact(QStringLiteral("Last day")), QStringLiteral("2026-11-30"));
    QCOMPARE(fact(QStringLiteral("Time zone")), QStringLiteral("Europe/Moscow"));
    QCOMPARE(fact(QStringLiteral("As of")), QStringLiteral("2026-12-01T09:00:00+03:00"));

    // Per plan and severity: tickets, met, breached, running, no SLA, compliance, responses
    // met/breached, resolutions met/breached, answered, median and 90th percentile response
    // (s), resolved, median and 90th percentile resolution (s).
    const Section &rows = s.at(1);
    QCOMPARE(rows.size(), 1 + 5 + 1);
    const std::vector<std::vector<const char *>> expected{
            {"vkcs/standard", "critical", "1", "1", "0", "0", "0", "100.0", "1", "0", "1", "0", "1",
             "1800", "1800", "1", "5400", "5400"},
            {"vkcs/standard", "high", "2", "0", "2", "0", "0", "0.0", "1", "1", "1", "1", "2",
             "3300", "4800", "1", "10800", "10800"},
            {"vkcs/standard", "medium", "2", "0", "1", "1", "0", "0.0", "2", "0", "0", "1", "2",
             "1800", "1800", "1", "61200", "61200"},
            {"vkcs/standard", "low", "2", "1", "0", "0", "1", "100.0", "1", "0", "1", "0", "2",
             "2700", "3600", "2", "45000", "68400"},
            {"stormbpmn/enterprise", "critical", "1", "0", "1", "0", "0", "0.0", "1", "0", "0", "1",
             "1", "600", "600", "1", "1998000", "1998000"},
            {"", "Total", "8", "2", "4", "1", "1", "33.3", "6", "1", "3", "3", "8", "1800", "4800",
             "6", "41400", "1998000"},
    };
    for (std::size_t i = 0; i < expected.size(); ++i) {
        QStringList want;
        for (const char *v : expected.at(i))
            want << QString::fromUtf8(v);
        QVERIFY2(rows.at(int(i) + 1) == want,
                 qPrintable(rows.at(int(i) + 1).join(QLatin1Char(',')) + QStringLiteral(" != ") +
                            want.join(QLatin1Char(','))));
    }

    // Every breach, by due: ticket, plan, severity, target, due, stopped, late (s), by hand.
    const Section &breaches = s.at(2);
    QCOMPARE(breaches.size(), 1 + 4);
    struct Breach
    {
        QString ticket;
        const char *plan;
        const char *severity;
        const char *target;
        const char *due;
        const char *stopped;
        const char *late;
        const char *byHand;
    };
    const QVector<Breach> wanted{
            {QStringLiteral("T2"), "vkcs/standard", "high", "First response",
             "2026-11-03T10:00:00+03:00", "2026-11-03T10:20:00+03:00", "1200", "no"},
            {QStringLiteral("T3"), "vkcs/standard", "medium", "Resolution",
             "2026-11-06T04:00:00+03:00", "2026-11-06T05:00:00+03:00", "3600", "no"},
            {QStringLiteral("T6"), "vkcs/standard", "high", "Resolution",
             "2026-11-16T14:00:00+03:00", "", "1278000", "yes"},
            {QStringLiteral("T5"), "stormbpmn/enterprise", "critical", "Resolution",
             "2026-11-24T12:00:00+03:00", "2026-11-25T15:00:00+03:00", "97200", "no"},
    };
    for (int i = 0; i < wanted.size(); ++i) {
        const QStringList &r = breaches.at(i + 1);
        const Breach &w = wanted.at(i);
        QCOMPARE(r.value(0), QString::number(m_ticket.value(w.ticket)));
        QCOMPARE(r.value(2), QString::fromUtf8(w.plan));
        QCOMPARE(r.value(3), QString::fromUtf8(w.severity));
        QCOMPARE(r.value(4), QString::fromUtf8(w.target));
        QCOMPARE(r.value(6), QString::fromUtf8(w.due));
        QCOMPARE(r.value(7), QString::fromUtf8(w.stopped));
        QCOMPARE(r.value(8), QString::fromUtf8(w.late));
        QCOMPARE(r.value(9), QString::fromUtf8(w.byHand));
    }
    // Why those deadlines, in short.
    QVERIFY(says(breaches.at(1).value(10), {QStringLiteral("1 h of working time counted from "
                                                           "Tue 3 Nov 09:00")}));
    QVERIFY(says(breaches.at(2).value(10),
                 {QStringLiteral("12 h of working time counted from Thu 5 Nov 12:00"),
                  QStringLiteral("waiting on the customer: 4 h of working time not counted "
                                 "(1 pause)")}));
    QVERIFY(says(breaches.at(3).value(10),
                 {QStringLiteral("A lead set this due by hand: Fix promised before the "
                                 "customer's release")}));
    QVERIFY(says(breaches.at(4).value(10),
                 {QStringLiteral("134 h of working time counted from Mon 2 Nov 12:00"),
                  QStringLiteral("days off skipped: 4 Nov (National Unity Day)"),
                  QStringLiteral("6 weekend days skipped"),
                  QStringLiteral("shortened day: 3 Nov")}));
    QCOMPARE(breaches.at(4).value(5), QStringLiteral("15 business days"));

    // The due set by hand.
    const Section &overrides = s.at(3);
    QCOMPARE(overrides.size(), 2);
    QCOMPARE(overrides.at(1),
             (QStringList{QString::number(m_ticket.value(QStringLiteral("T6"))),
                          QStringLiteral("Диск не монтируется (high)"),
                          QStringLiteral("Resolution"), QStringLiteral("2026-11-16T10:10:00+03:00"),
                          QStringLiteral("2026-11-16T14:00:00+03:00"), QStringLiteral("Лена"),
                          QStringLiteral("Fix promised before the customer's release")}));

    // Breached tickets per week (Monday to Sunday, Moscow): each once, in its first breach's.
    const Section &weeks = s.at(4);
    QCOMPARE(weeks.size(), 1 + 6);
    const QStringList days = strings(
            {"2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23", "2026-11-30"});
    const QStringList counts = strings({"0", "2", "0", "1", "1", "0"});
    for (int i = 0; i < days.size(); ++i)
        QCOMPARE(weeks.at(i + 1), (QStringList{days.at(i), counts.at(i)}));
}

void TestCustomerReport::sameFiguresInEveryLanguage()
{
    const QVector<Section> en = sections(csvOf(m_sqlite->urlText(), QStringLiteral("en")));
    QCOMPARE(en.size(), 5);
    for (const QString &language : {QStringLiteral("ru"), QStringLiteral("zh_CN")}) {
        const QVector<Section> other = sections(csvOf(m_sqlite->urlText(), language));
        QCOMPARE(other.size(), en.size());
        // The headers are in the language; every number, id, code and instant is the same.
        QVERIFY(other.at(1).at(0) != en.at(1).at(0));
        for (int s = 1; s < en.size(); ++s) {
            QCOMPARE(other.at(s).size(), en.at(s).size());
            for (int r = 1; r < en.at(s).size(); ++r) {
                for (int c = 0; c < en.at(s).at(r).size(); ++c) {
                    const QString &v = en.at(s).at(r).at(c);
                    // Numbers, instants, plan ids and severity codes (not the words).
                    static const QRegularExpression machine(
                            QStringLiteral("^([0-9:+.T-]+|[a-z]+/[a-z-]+|[a-z][a-z_-]*)$"));
                    if (machine.match(v).hasMatch() && v != QLatin1String("no") &&
                        v != QLatin1String("yes"))
                        QCOMPARE(other.at(s).at(r).value(c), v);
                }
            }
        }
    }
}

void TestCustomerReport::pdfInEachLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("en") << QStringLiteral("en")
                        << strings({"SLA report", "Ольга Петрова, ООО Ромашка", "Compliance: 33.3%",
                                    "Page 1 of", "Tue 3 Nov 10:00", "Tue 24 Nov 12:00",
                                    "National Unity Day", "134 h of working time counted",
                                    "Fix promised before the customer's release",
                                    "Breaches per week", "15 business days"});
    QTest::newRow("ru") << QStringLiteral("ru")
                        << strings({"Отчёт об SLA", "Ольга Петрова, ООО Ромашка",
                                    "Соблюдение SLA: 33,3 %", "Стр. 1 из", "вт 3 нояб. 10:00",
                                    "вт 24 нояб. 12:00", "День народного единства",
                                    "134 ч рабочего времени",
                                    "Fix promised before the customer's release",
                                    "Нарушения по неделям", "15 рабочих дней"});
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN")
                           << strings({"SLA 报告", "Ольга Петрова，ООО Ромашка",
                                       "SLA 达标率：33.3%", "第 1 页", "11月3日 周二 10:00",
                                       "11月24日 周二 12:00", "民族统一日", "134 小时",
                                       "Fix promised before the customer's release", "每周超时",
                                       "15 个工作日"});
}

void TestCustomerReport::pdfInEachLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    const QString path = m_home->path(QStringLiteral("report-%1.pdf").arg(language));
    const CliRun r = report(m_sqlite->urlText(),
                            {QStringLiteral("--customer"), QString::number(m_customer),
                             QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                             QStringLiteral("--to"), QStringLiteral("2026-11-30"),
                             QStringLiteral("--now"), QStringLiteral("2026-12-01T09:00:00+03:00"),
                             QStringLiteral("--lang"), language, QStringLiteral("--pdf"), path});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const int pages = pdfPages(path);
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
    const QString text = pdfText(path);
    QVERIFY(says(text, expected));
    // Every breached ticket is listed, and no ticket outside the report.
    for (const char *name : {"T2", "T3", "T5", "T6"})
        QVERIFY2(text.contains(
                         QStringLiteral("#%1 ").arg(m_ticket.value(QString::fromLatin1(name)))),
                 name);
    for (const char *name : {"T1", "T4", "T7", "T10"})
        QVERIFY2(!text.contains(
                         QStringLiteral("#%1 ").arg(m_ticket.value(QString::fromLatin1(name)))),
                 name);
    // Each page says which page it is, of how many.
    for (int page = 1; page <= pages; ++page) {
        const QString pageText = flat(pdfText(path, page));
        const QString number = language == QLatin1String("en") ? QStringLiteral("Page %1 of %2")
                               : language == QLatin1String("ru")
                                       ? QStringLiteral("Стр. %1 из %2")
                                       : QStringLiteral("第 %1 页，共 %2 页");
        QVERIFY2(pageText.contains(number.arg(page).arg(pages)), qPrintable(pageText));
    }
    // Chinese keeps its punctuation: no ASCII colon or parenthesis next to a Chinese character.
    // And it reads back as it was written: no Kangxi radical for an ideograph drawn with the
    // same glyph ("11⽉3⽇" for "11月3日": Qt's PDF writer's text map, pdftextrepair.h).
    if (language == QLatin1String("zh_CN")) {
        for (const QChar c : text)
            QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF, qPrintable(QString(c)));
        static const QRegularExpression mixed(QStringLiteral("\\p{Han}[:(]|[:)]\\p{Han}"),
                                              QRegularExpression::UseUnicodePropertiesOption);
        const auto m = mixed.match(text);
        QVERIFY2(!m.hasMatch(), qPrintable(m.captured()));
    }
}

void TestCustomerReport::longTablesRepeatTheirHeader()
{
    const QString path = m_home->path(QStringLiteral("busy.pdf"));
    const CliRun r =
            report(m_sqlite->urlText(),
                   {QStringLiteral("--customer"), QString::number(m_busy), QStringLiteral("--from"),
                    QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                    QStringLiteral("2026-11-30"), QStringLiteral("--now"),
                    QStringLiteral("2026-12-01T09:00:00+03:00"), QStringLiteral("--pdf"), path});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.text().contains(QStringLiteral("Wrote ")), qPrintable(r.text()));
    const int pages = pdfPages(path);
    QVERIFY2(pages >= 4, qPrintable(QString::number(pages))); // 80 breaches
    // Every page that lists breaches starts the table with its header again.
    int listing = 0;
    for (int page = 1; page <= pages; ++page) {
        const QString text = flat(pdfText(path, page));
        if (!text.contains(QStringLiteral("Why this deadline")))
            continue;
        ++listing;
        QVERIFY2(text.contains(QStringLiteral("Answered or resolved")), qPrintable(text));
        QVERIFY2(text.indexOf(QStringLiteral("Answered or resolved")) <
                         text.indexOf(QStringLiteral("Why this deadline")),
                 qPrintable(text));
    }
    QVERIFY2(listing >= 3, qPrintable(QString::number(listing)));
    QVERIFY(says(pdfText(path), {QStringLiteral("Breaches (80)")}));
}

void TestCustomerReport::planReport()
{
    // A plan's report: every customer's tickets on it, in UTC unless --tz says otherwise.
    const QString path = m_home->path(QStringLiteral("plan.csv"));
    const CliRun r =
            report(m_sqlite->urlText(),
                   {QStringLiteral("--plan"), QStringLiteral("stormbpmn/enterprise"),
                    QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                    QStringLiteral("2026-11-30"), QStringLiteral("--tz"),
                    QStringLiteral("Europe/Moscow"), QStringLiteral("--now"),
                    QStringLiteral("2026-12-01T09:00:00+03:00"), QStringLiteral("--csv"), path});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QVector<Section> s = sections(file.readAll());
    QCOMPARE(s.size(), 5);
    // Only T5 is on that plan.
    QCOMPARE(s.at(1).last().value(2), QStringLiteral("1"));
    QCOMPARE(s.at(1).last().value(4), QStringLiteral("1"));
    QCOMPARE(s.at(2).size(), 2);
    QCOMPARE(s.at(2).at(1).value(0), QString::number(m_ticket.value(QStringLiteral("T5"))));
}

void TestCustomerReport::badArguments()
{
    const QString url = m_sqlite->urlText();
    const QString path = m_home->path(QStringLiteral("never.pdf"));
    const QStringList period{QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                             QStringLiteral("--to"), QStringLiteral("2026-11-30")};
    struct Case
    {
        QStringList args;
        int code;
        QString says;
    };
    const QVector<Case> cases{
            {QStringList{QStringLiteral("--customer"), QStringLiteral("999"),
                         QStringLiteral("--pdf"), path} +
                     period,
             1, QStringLiteral("there is no customer 999")},
            {QStringList{QStringLiteral("--customer"), QStringLiteral("abc"),
                         QStringLiteral("--csv"), path} +
                     period,
             2, QStringLiteral("\"abc\" is not a customer id")},
            {QStringList{QStringLiteral("--pdf"), path} + period, 2,
             QStringLiteral("need either --customer or --plan")},
            {QStringList{QStringLiteral("--customer"), QString::number(m_customer)} + period, 2,
             QStringLiteral("need --pdf FILE or --csv FILE")},
            {QStringList{QStringLiteral("--customer"), QString::number(m_customer),
                         QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--pdf"),
                         path} +
                     period,
             2, QStringLiteral("\"de\" is not one of en, ru, zh_CN")},
            {QStringList{QStringLiteral("--customer"), QString::number(m_customer),
                         QStringLiteral("--severity"), QStringLiteral("high"),
                         QStringLiteral("--pdf"), path} +
                     period,
             2, QStringLiteral("--severity cannot be used with --pdf or --csv")},
            {QStringList{QStringLiteral("--customer"), QString::number(m_customer),
                         QStringLiteral("--pdf"), path, QStringLiteral("--from"),
                         QStringLiteral("2026-11-30"), QStringLiteral("--to"),
                         QStringLiteral("2026-11-01")},
             2, QStringLiteral("--to is before --from")},
            {QStringList{QStringLiteral("--customer"), QString::number(m_customer),
                         QStringLiteral("--pdf"),
                         m_home->path(QStringLiteral("no/such/folder/report.pdf"))} +
                     period,
             1, QStringLiteral("Cannot write")},
    };
    for (const Case &c : cases) {
        const CliRun r = report(url, c.args);
        QVERIFY2(r.code == c.code, qPrintable(c.args.join(QLatin1Char(' ')) + QStringLiteral(": ") +
                                              QString::number(r.code) + r.err));
        QVERIFY2(r.isOneLineError(QStringLiteral("report")), qPrintable(r.err));
        QVERIFY2(r.err.contains(c.says), qPrintable(r.err));
        QVERIFY(!QFile::exists(path));
    }
    // A file that exists stays as it was when the new one cannot be made.
    const QString existing = m_home->path(QStringLiteral("kept.csv"));
    {
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("previous\r\n");
    }
    const CliRun r = report(url, QStringList{QStringLiteral("--customer"), QStringLiteral("999"),
                                             QStringLiteral("--csv"), existing} +
                                         period);
    QCOMPARE(r.code, 1);
    QFile f(existing);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("previous\r\n"));
}

QTEST_GUILESS_MAIN(TestCustomerReport)
#include "tst_customerreport.moc"
