// SPDX-License-Identifier: GPL-3.0-or-later
// Lead times (issue 20, docs/catalog-format.md "Lead times"): LeadTime's thresholds and text,
// the at-risk instant of a clock under a lead time, the loader's "lead_times" (lookups, every
// error message) and their round trip through TeamCatalog and CatalogWriter.
#include "models/catalog/catalog.h"
#include "models/catalog/catalogwriter.h"
#include "models/sla/leadtime.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace dueline;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
    return path;
}

// A team plan on a calendar whose shortest working weekday (Friday) has 7 hours; "LEADS" is
// replaced by each case's lead_times.
const QByteArray TeamFile = R"({
  "format": "dueline-catalog/1",
  "calendars": [
    {"id": "acme-moscow", "names": {"en": "ACME office hours"}, "time_zone": "Europe/Moscow",
     "weekly": {"mon": ["09:00-13:00", "14:00-18:00"], "tue": ["09:00-13:00", "14:00-18:00"],
                "wed": ["09:00-13:00", "14:00-18:00"], "thu": ["09:00-13:00", "14:00-18:00"],
                "fri": ["09:00-13:00", "14:00-17:00"]}}
  ],
  "providers": [{
    "id": "acme", "names": {"en": "ACME Hosting"},
    "severities": [{"code": "urgent", "names": {"en": "Urgent"}}, {"code": "normal", "names": {"en": "Normal"}}],
    "plans": [{
      "id": "acme/gold", "aliases": ["AG"], "names": {"en": "Gold"}, "calendar": "acme-moscow",
      "severities": ["urgent", "normal"],
      "levels": {"P1": "urgent", "P2": "urgent", "P3": "normal", "P4": "normal"},
      "targets": [
        {"severity": "urgent", "response": {"amount": 2, "unit": "hours"}, "resolution": {"amount": 2, "unit": "business_days"}},
        {"severity": "normal", "response": {"amount": 8, "unit": "hours"}, "resolution": null}
      ]
    }]
  }],
  "lead_times": LEADS
})";

QByteArray teamFile(const QByteArray &leads)
{
    QByteArray file = TeamFile;
    return file.replace("LEADS", leads);
}

} // namespace

class TestLeadTimes : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void thresholds();
    void atRiskExactlyAtTheLeadTime();
    void businessDayLeadTimeIsWorkingTime();
    void loaderLooksUp();
    void loaderErrors_data();
    void loaderErrors();
    void sameEntryInTwoFiles();
    void roundTrip();
};

void TestLeadTimes::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("share");
    QTest::addColumn<qint64>("value"); // basis points or seconds
    QTest::addColumn<QString>("shown");
    QTest::newRow("10%") << "10%" << true << qint64(1000) << "10%";
    QTest::newRow("12.5 %") << "12.5 %" << true << qint64(1250) << "12.5%";
    QTest::newRow("99.99%") << "99.99%" << true << qint64(9999) << "99.99%";
    QTest::newRow("5m") << "5m" << false << qint64(300) << "5m";
    QTest::newRow("30min") << "30min" << false << qint64(1800) << "30m";
    QTest::newRow("4h") << "4h" << false << qint64(4 * 3600) << "4h";
    QTest::newRow("1h30m") << "1h30m" << false << qint64(5400) << "1h30m";
    QTest::newRow("1h 30m spaced, capital") << " 1H 30m " << false << qint64(5400) << "1h30m";
    QTest::newRow("90m") << "90m" << false << qint64(5400) << "1h30m";
}

void TestLeadTimes::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, share);
    QFETCH(qint64, value);
    QFETCH(QString, shown);
    QString error;
    const std::optional<LeadTime> lead = LeadTime::parse(text, &error);
    QVERIFY2(lead, qPrintable(error));
    QCOMPARE(lead->isShare(), share);
    QCOMPARE(share ? qint64(lead->shareBasisPoints()) : lead->seconds(), value);
    QCOMPARE(lead->toString(), shown);
    QCOMPARE(*LeadTime::parse(lead->toString()), *lead);
}

void TestLeadTimes::thresholds()
{
    // The default: 25 % of the target, whole seconds rounded down (DESIGN §2).
    QVERIFY(LeadTime().isShare());
    QCOMPARE(LeadTime().toString(), QStringLiteral("25%"));
    QCOMPARE(LeadTime().threshold(600), qint64(150));
    QCOMPARE(LeadTime().threshold(601), qint64(150));
    QCOMPARE(LeadTime().threshold(qint64(45) * 3600), qint64(11 * 3600 + 15 * 60));
    QCOMPARE(LeadTime::share(1000).threshold(600), qint64(60));
    // A duration is the same whatever the target.
    QCOMPARE(LeadTime::duration(300).threshold(600), qint64(300));
    QCOMPARE(LeadTime::duration(qint64(4) * 3600).threshold(qint64(45) * 3600), qint64(4) * 3600);

    const auto problem = [](const QString &text) {
        QString error;
        return LeadTime::parse(text, &error) ? QStringLiteral("(accepted)") : error;
    };
    const QString notALeadTime = QStringLiteral(
            "is not a lead time: write a working duration such as 30m, 4h or 1h30m, or a share "
            "of the target such as 10%");
    QCOMPARE(problem(QStringLiteral("5d")), QStringLiteral("\"5d\" ") + notALeadTime);
    QCOMPARE(problem(QStringLiteral("")), QStringLiteral("\"\" ") + notALeadTime);
    QCOMPARE(problem(QStringLiteral("-5m")), QStringLiteral("\"-5m\" ") + notALeadTime);
    QCOMPARE(problem(QStringLiteral("0%")), QStringLiteral("a lead time must be above zero"));
    QCOMPARE(problem(QStringLiteral("0h0m")), QStringLiteral("a lead time must be above zero"));
    QCOMPARE(problem(QStringLiteral("100%")),
             QStringLiteral("100% is not below 100% of the target: a ticket would be at risk from "
                            "the start"));
}

void TestLeadTimes::atRiskExactlyAtTheLeadTime()
{
    // Volcano Engine's 10-minute response, round the clock: "5m" is at risk 5 minutes before the
    // due, to the second; the default would wait until 2.5 minutes before it.
    CalendarSpec spec;
    spec.id = QStringLiteral("always");
    spec.always = true;
    QString error;
    const WorkCalendarPtr cal = WorkCalendar::compile(spec, &error);
    QVERIFY2(cal, qPrintable(error));
    const Target tenMinutes = Target::of(10, TargetUnit::Minutes);
    ClockInput input;
    input.start = QDateTime(QDate(2026, 3, 2), QTime(10, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const Instant due = input.start + 600;
    const LeadTime fiveMinutes = LeadTime::duration(300);

    const ClockResult before = SlaClock::evaluate(*cal, tenMinutes, input, due - 301, fiveMinutes);
    QCOMPARE(before.state, ClockState::Running);
    QCOMPARE(before.nextChange, due - 300); // the at-risk instant: due − lead time
    const ClockResult at = SlaClock::evaluate(*cal, tenMinutes, input, due - 300, fiveMinutes);
    QCOMPARE(at.state, ClockState::AtRisk);
    QCOMPARE(at.remainingSeconds, qint64(300));
    QCOMPARE(at.nextChange, due);
    // The default lead time at the same instant: still running, at risk at due − 150 s.
    const ClockResult byDefault = SlaClock::evaluate(*cal, tenMinutes, input, due - 300);
    QCOMPARE(byDefault.state, ClockState::Running);
    QCOMPARE(byDefault.nextChange, due - 150);
    QCOMPARE(SlaClock::evaluate(*cal, tenMinutes, input, due - 150).state, ClockState::AtRisk);
}

void TestLeadTimes::businessDayLeadTimeIsWorkingTime()
{
    // Stormbpmn Team: 5 business days on Moscow 11:00–20:00, from Monday 16 March 2026 11:00
    // (no holiday that week): due Friday 20:00. "4h" is four working hours: at risk from Friday
    // 16:00; the default (25 % of 45 h = 11 h 15 min: Friday's 9 h and 2 h 15 min of Thursday)
    // from Thursday 17:45.
    QString error;
    const CatalogPtr catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(catalog, qPrintable(error));
    const Plan *plan = catalog->plan(QStringLiteral("stormbpmn/team"));
    QVERIFY(plan);
    const Target &target = plan->targetsFor(QStringLiteral("critical"))->response;
    const WorkCalendarPtr cal = catalog->calendarFor(*plan, target);
    const QTimeZone moscow("Europe/Moscow");
    const auto at = [&](int day, int hour, int minute) {
        return QDateTime(QDate(2026, 3, day), QTime(hour, minute), moscow).toSecsSinceEpoch();
    };
    ClockInput input;
    input.start = at(16, 11, 0);
    const LeadTime fourHours = *LeadTime::parse(QStringLiteral("4h"));
    const ClockResult early = SlaClock::evaluate(*cal, target, input, at(19, 12, 0), fourHours);
    QCOMPARE(early.due, at(20, 20, 0));
    QCOMPARE(early.state, ClockState::Running);
    QCOMPARE(early.nextChange, at(19, 20, 0)); // the working span ends first
    QCOMPARE(SlaClock::evaluate(*cal, target, input, at(20, 15, 59), fourHours).state,
             ClockState::Running);
    QCOMPARE(SlaClock::evaluate(*cal, target, input, at(20, 16, 0), fourHours).state,
             ClockState::AtRisk);
    QCOMPARE(SlaClock::evaluate(*cal, target, input, at(19, 17, 44)).state, ClockState::Running);
    QCOMPARE(SlaClock::evaluate(*cal, target, input, at(19, 17, 45)).state, ClockState::AtRisk);
}

void TestLeadTimes::loaderLooksUp()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("team.json"), teamFile(R"([
      {"plan": "acme/gold", "response": "30m", "resolution": "20%"},
      {"plan": "AG", "severity": "normal", "response": "2h"},
      {"plan": "volcengine/standard", "severity": "standard", "response": "5m"},
      {"plan": "tencent/enterprise", "response": "50%"},
      {"plan": "tencent/enterprise", "severity": "down", "response": "10m"},
      {"plan": "stormbpmn/team", "response": "4h"}
    ])"));
    QString error;
    const CatalogPtr catalog = Catalog::load({path}, &error);
    QVERIFY2(catalog, qPrintable(error));
    const auto lead = [&](const char *plan, const char *severity, TargetKind kind) {
        return catalog->leadTime(QString::fromLatin1(plan), QString::fromLatin1(severity), kind)
                .toString();
    };
    QCOMPARE(lead("acme/gold", "urgent", TargetKind::Response), QStringLiteral("30m"));
    QCOMPARE(lead("acme/gold", "urgent", TargetKind::Resolution), QStringLiteral("20%"));
    // A severity's entry wins over the plan-wide one, clock by clock.
    QCOMPARE(lead("acme/gold", "normal", TargetKind::Response), QStringLiteral("2h"));
    QCOMPARE(lead("acme/gold", "normal", TargetKind::Resolution), QStringLiteral("20%"));
    QCOMPARE(lead("AG", "normal", TargetKind::Response), QStringLiteral("2h"));
    QCOMPARE(lead("volcengine/standard", "standard", TargetKind::Response), QStringLiteral("5m"));
    QCOMPARE(lead("tencent/enterprise", "down", TargetKind::Response), QStringLiteral("10m"));
    QCOMPARE(lead("tencent/enterprise", "abnormal", TargetKind::Response), QStringLiteral("50%"));
    QCOMPARE(lead("stormbpmn/team", "other", TargetKind::Response), QStringLiteral("4h"));
    // Nothing set: 25 %.
    QCOMPARE(lead("vkcs/standard", "critical", TargetKind::Response), QStringLiteral("25%"));
    QCOMPARE(lead("nope/nope", "x", TargetKind::Response), QStringLiteral("25%"));
    QCOMPARE(catalog->leadTimeRules().size(), 6);
    QVERIFY(!catalog->leadTimeRules().first().builtIn);
    QCOMPARE(catalog->leadTimeRules().at(1).planId, QStringLiteral("acme/gold")); // the alias
    QVERIFY(Catalog::loadBuiltIn()->leadTimeRules().isEmpty());
}

void TestLeadTimes::loaderErrors_data()
{
    QTest::addColumn<QByteArray>("leads");
    QTest::addColumn<QString>("error"); // after "FILE: "; a trailing "…" compares the start only
    QTest::newRow("unknown key") << QByteArray(R"([{"plan": "acme/gold", "warn": "5m"}])")
                                 << "$.lead_times[0].warn: unknown key (expected one of: plan, "
                                    "severity, response, resolution)";
    QTest::newRow("not an array") << QByteArray(R"({"plan": "acme/gold"})")
                                  << "$.lead_times: expected an array";
    QTest::newRow("no plan") << QByteArray(R"([{"response": "5m"}])")
                             << "$.lead_times[0].plan: expected a non-empty string";
    QTest::newRow("unknown plan")
            << QByteArray(R"([{"plan": "acme/silver", "response": "5m"}])")
            << "$.lead_times[0].plan: unknown plan \"acme/silver\" (expected one of: "
               "alibaba/basic, …";
    QTest::newRow("unknown severity")
            << QByteArray(R"([{"plan": "acme/gold", "severity": "low", "response": "5m"}])")
            << "$.lead_times[0].severity: \"low\" is not a severity of acme/gold (expected one "
               "of: urgent, normal)";
    QTest::newRow("empty severity")
            << QByteArray(R"([{"plan": "acme/gold", "severity": "", "response": "5m"}])")
            << "$.lead_times[0].severity: expected a non-empty string (leave \"severity\" out "
               "for every severity of the plan)";
    QTest::newRow("neither clock") << QByteArray(R"([{"plan": "acme/gold"}])")
                                   << "$.lead_times[0]: give \"response\", \"resolution\" or both";
    QTest::newRow("a number") << QByteArray(R"([{"plan": "acme/gold", "response": 30}])")
                              << "$.lead_times[0].response: expected a string such as \"30m\", "
                                 "\"4h\" or \"10%\"";
    QTest::newRow("bad duration")
            << QByteArray(R"([{"plan": "acme/gold", "response": "5 days"}])")
            << "$.lead_times[0].response: \"5 days\" is not a lead time: write a working "
               "duration such as 30m, 4h or 1h30m, or a share of the target such as 10%";
    QTest::newRow("zero") << QByteArray(R"([{"plan": "acme/gold", "resolution": "0m"}])")
                          << "$.lead_times[0].resolution: a lead time must be above zero";
    QTest::newRow("whole target as a share")
            << QByteArray(R"([{"plan": "acme/gold", "response": "100%"}])")
            << "$.lead_times[0].response: 100% is not below 100% of the target: a ticket would "
               "be at risk from the start";
    QTest::newRow("not below the target")
            << QByteArray(R"([{"plan": "acme/gold", "severity": "urgent", "response": "2h"}])")
            << "$.lead_times[0].response: 2h is not below the target (2h of working time): a "
               "ticket would be at risk from the start";
    QTest::newRow("not below one severity's target")
            << QByteArray(R"([{"plan": "volcengine/standard", "response": "10m"}])")
            << "$.lead_times[0].response: severity standard: 10m is not below the target (10m "
               "of working time): a ticket would be at risk from the start";
    // 2 business days on a calendar whose shortest day (Friday) has 7 working hours.
    QTest::newRow("not below business days")
            << QByteArray(R"([{"plan": "acme/gold", "severity": "urgent", "resolution": "14h"}])")
            << "$.lead_times[0].resolution: 14h is not below the target (14h of working time): "
               "a ticket would be at risk from the start";
    QTest::newRow("no target")
            << QByteArray(R"([{"plan": "acme/gold", "severity": "normal", "resolution": "1h"}])")
            << "$.lead_times[0].resolution: this clock has no target, so there is no breach to "
               "warn before";
    QTest::newRow("twice in one file")
            << QByteArray(R"([{"plan": "acme/gold", "response": "5m"},
                              {"plan": "AG", "resolution": "5m"}])")
            << "$.lead_times[1]: lead times for acme/gold (every severity) are given twice; the "
               "first are at FILE: $.lead_times[0]";
}

void TestLeadTimes::loaderErrors()
{
    QFETCH(QByteArray, leads);
    QFETCH(QString, error);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("team.json"), teamFile(leads));
    QString message;
    QVERIFY(!Catalog::load({path}, &message));
    error.replace(QStringLiteral("FILE"), path);
    const QString expected = path + QStringLiteral(": ") + error;
    if (expected.endsWith(QStringLiteral("…")))
        QVERIFY2(message.startsWith(expected.chopped(1)), qPrintable(message));
    else
        QCOMPARE(message, expected);
}

void TestLeadTimes::sameEntryInTwoFiles()
{
    QTemporaryDir dir;
    const QString first = writeFile(dir, QStringLiteral("a.json"), teamFile("[]"));
    const QString second = writeFile(dir, QStringLiteral("b.json"),
                                     R"({"format": "dueline-catalog/1", "lead_times": [
                {"plan": "vkcs/standard", "severity": "high", "response": "10m"}]})");
    const QString third = writeFile(dir, QStringLiteral("c.json"),
                                    R"({"format": "dueline-catalog/1", "lead_times": [
                {"plan": "vkcs/standard", "resolution": "1h"},
                {"plan": "vkcs/standard", "severity": "high", "resolution": "2h"}]})");
    QString message;
    QVERIFY(!Catalog::load({first, second, third}, &message));
    QCOMPARE(message, third +
                              QStringLiteral(": $.lead_times[1]: lead times for vkcs/standard "
                                             "(severity high) are given twice; the first are at ") +
                              second + QStringLiteral(": $.lead_times[0]"));
    // Different severities of one plan across files are fine.
    QVERIFY2(Catalog::load({first, second}, &message), qPrintable(message));
}

void TestLeadTimes::roundTrip()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("team.json"), teamFile(R"([
      {"plan": "acme/gold", "severity": "urgent", "response": "1h30m", "resolution": "12.5%"},
      {"plan": "volcengine/standard", "response": "5m"}
    ])"));
    QString error;
    const CatalogPtr catalog = Catalog::load({path}, &error);
    QVERIFY2(catalog, qPrintable(error));
    const TeamCatalog team = TeamCatalog::fromCatalog(*catalog);
    QCOMPARE(team.leadTimes.size(), 2);
    const QByteArray json = CatalogWriter::toJson(team);
    QVERIFY(json.contains("\"lead_times\""));
    const CatalogPtr again =
            Catalog::loadData({{QStringLiteral("again.json"), json}}, true, &error);
    QVERIFY2(again, qPrintable(error));
    QCOMPARE(again->leadTime(QStringLiteral("acme/gold"), QStringLiteral("urgent"),
                             TargetKind::Response),
             LeadTime::duration(5400));
    QCOMPARE(again->leadTime(QStringLiteral("acme/gold"), QStringLiteral("urgent"),
                             TargetKind::Resolution),
             LeadTime::share(1250));
    QCOMPARE(again->leadTime(QStringLiteral("volcengine/standard"), QStringLiteral("standard"),
                             TargetKind::Response),
             LeadTime::duration(300));
    QCOMPARE(TeamCatalog::fromCatalog(*again).leadTimes.size(), 2);
    // A file of lead times only (for built-in plans) round-trips as such.
    TeamCatalog leadsOnly;
    leadsOnly.leadTimes = {team.leadTimes.at(1)};
    const QByteArray small = CatalogWriter::toJson(leadsOnly);
    const CatalogPtr third =
            Catalog::loadData({{QStringLiteral("small.json"), small}}, true, &error);
    QVERIFY2(third, qPrintable(error));
    QCOMPARE(third->leadTimeRules().size(), 1);
}

QTEST_GUILESS_MAIN(TestLeadTimes)
#include "tst_leadtimes.moc"
