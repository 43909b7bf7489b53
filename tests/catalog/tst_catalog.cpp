// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in catalog against the seeds (docs/architecture.md §3), hand-worked deadlines across
// Russian and Chinese holidays, and the loader's errors for bad files.

#include "models/catalog/catalog.h"
#include "models/catalog/comparison.h"

#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace dueline;

namespace {

Instant at(const char *local, const char *zone)
{
    const QDateTime dt = QDateTime::fromString(QString::fromLatin1(local), Qt::ISODate);
    return QDateTime(dt.date(), dt.time(), QTimeZone(zone)).toSecsSinceEpoch();
}

QString show(Instant t, const char *zone)
{
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone(zone)).toString(Qt::ISODate);
}

// "40min", "3h", "5bd", "-" (no commitment)
QString targetCode(const Target &t)
{
    if (!t.committed)
        return QStringLiteral("-");
    switch (t.unit) {
    case TargetUnit::BusinessDays:
        return QStringLiteral("%1bd").arg(t.amount);
    case TargetUnit::Hours:
    case TargetUnit::Minutes:
        return t.fixedSeconds() % 3600 == 0 ? QStringLiteral("%1h").arg(t.fixedSeconds() / 3600)
                                            : QStringLiteral("%1min").arg(t.fixedSeconds() / 60);
    }
    return {};
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write(content);
    return path;
}

const QByteArray TeamCatalog = R"({
  "format": "dueline-catalog/1",
  "calendars": [
    {"id": "acme-moscow", "names": {"en": "ACME office hours"}, "time_zone": "Europe/Moscow",
     "weekly": {"mon": ["09:00-13:00", "14:00-18:00"], "tue": ["09:00-13:00", "14:00-18:00"],
                "wed": ["09:00-13:00", "14:00-18:00"], "thu": ["09:00-13:00", "14:00-18:00"],
                "fri": ["09:00-13:00", "14:00-17:00"]},
     "holidays": "ru"}
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
  }]
})";

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void plansAndAliases();
    void targetsMatchSeeds_data();
    void targetsMatchSeeds();
    void levels();
    void everythingIsTranslated();
    void channelsAndFeatures();
    void holidayData();
    void handWorked_data();
    void handWorked();
    void explanationNamesHolidays();
    void pastTheData();
    void comparisonSortedByDue();
    void teamCatalogAccepted();
    void badFilesRejected_data();
    void badFilesRejected();

private:
    CatalogPtr m_catalog;
};

void TestCatalog::initTestCase()
{
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestCatalog::plansAndAliases()
{
    QStringList ids;
    for (const Plan &p : m_catalog->plans())
        ids << p.id;
    ids.sort();
    QCOMPARE(ids,
             (QStringList{QStringLiteral("alibaba/basic"), QStringLiteral("alibaba/business"),
                          QStringLiteral("alibaba/enterprise-premium"),
                          QStringLiteral("alibaba/enterprise-standard"),
                          QStringLiteral("stormbpmn/enterprise"), QStringLiteral("stormbpmn/team"),
                          QStringLiteral("tencent/basic"), QStringLiteral("tencent/business"),
                          QStringLiteral("tencent/enterprise"), QStringLiteral("tencent/flagship"),
                          QStringLiteral("vkcs/standard"), QStringLiteral("volcengine/standard")}));
    const QList<QPair<const char *, const char *>> aliases{{"L1", "alibaba/basic"},
                                                           {"L2", "alibaba/business"},
                                                           {"L3", "alibaba/enterprise-standard"},
                                                           {"L4", "alibaba/enterprise-premium"},
                                                           {"S1", "tencent/flagship"},
                                                           {"S2", "tencent/enterprise"},
                                                           {"S3", "tencent/business"},
                                                           {"S4", "tencent/basic"},
                                                           {"l3", "alibaba/enterprise-standard"}};
    for (const auto &a : aliases) {
        const Plan *plan = m_catalog->plan(QString::fromLatin1(a.first));
        QVERIFY2(plan, a.first);
        QCOMPARE(plan->id, QString::fromLatin1(a.second));
    }
    QVERIFY(!m_catalog->plan(QStringLiteral("L5")));
    QCOMPARE(m_catalog->plan(QStringLiteral("vkcs/standard"))->calendarId,
             QStringLiteral("moscow-24x7"));
    QCOMPARE(m_catalog->plan(QStringLiteral("stormbpmn/team"))->calendarId,
             QStringLiteral("moscow-business"));
    for (const char *id : {"alibaba/business", "tencent/flagship", "volcengine/standard"})
        QCOMPARE(m_catalog->calendar(m_catalog->plan(QString::fromLatin1(id))->calendarId)
                         ->spec()
                         .timeZone,
                 QByteArray("Asia/Shanghai"));
}

void TestCatalog::targetsMatchSeeds_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("response");
    QTest::addColumn<QString>("resolution");
    auto row = [](const char *plan, const char *severity, const char *response,
                  const char *resolution) {
        QTest::addRow("%s %s", plan, severity)
                << QString::fromLatin1(plan) << QString::fromLatin1(severity)
                << QString::fromLatin1(response) << QString::fromLatin1(resolution);
    };
    // Seed 000: VK CS, 1 h response, resolution by priority.
    row("vkcs/standard", "critical", "1h", "2h");
    row("vkcs/standard", "high", "1h", "8h");
    row("vkcs/standard", "medium", "1h", "12h");
    row("vkcs/standard", "low", "1h", "48h");
    // Seed 001: Stormbpmn, business days and hours on 11:00-20:00 MSK.
    row("stormbpmn/team", "critical", "5bd", "30bd");
    row("stormbpmn/team", "other", "5bd", "-");
    row("stormbpmn/enterprise", "critical", "16h", "15bd");
    row("stormbpmn/enterprise", "other", "16h", "-");
    // Seed 002: Alibaba Cloud.
    for (const char *s : {"down", "impaired", "abnormal", "consult"})
        row("alibaba/basic", s, "-", "-");
    row("alibaba/business", "down", "40min", "-");
    row("alibaba/business", "impaired", "3h", "-");
    row("alibaba/business", "abnormal", "8h", "-");
    row("alibaba/business", "consult", "16h", "-");
    for (const char *plan : {"alibaba/enterprise-standard", "alibaba/enterprise-premium"}) {
        row(plan, "core-down", "12min", "-");
        row(plan, "down", "40min", "-");
        row(plan, "impaired", "3h", "-");
        row(plan, "abnormal", "8h", "-");
        row(plan, "consult", "16h", "-");
    }
    // Seed 003: Tencent Cloud.
    for (const char *s : {"down", "abnormal", "consult"})
        row("tencent/basic", s, "2h", "-");
    row("tencent/business", "down", "30min", "-");
    row("tencent/business", "abnormal", "1h", "-");
    row("tencent/business", "consult", "2h", "-");
    for (const char *plan : {"tencent/enterprise", "tencent/flagship"}) {
        row(plan, "down", "15min", "-");
        row(plan, "abnormal", "30min", "-");
        row(plan, "consult", "1h", "-");
    }
    // Seed 004: Volcano Engine.
    row("volcengine/standard", "standard", "10min", "-");
}

void TestCatalog::targetsMatchSeeds()
{
    QFETCH(QString, plan);
    QFETCH(QString, severity);
    QFETCH(QString, response);
    QFETCH(QString, resolution);
    const Plan *p = m_catalog->plan(plan);
    QVERIFY(p);
    const SeverityTargets *t = p->targetsFor(severity);
    QVERIFY2(t, qPrintable(plan + QLatin1Char(' ') + severity));
    QCOMPARE(targetCode(t->response), response);
    QCOMPARE(targetCode(t->resolution), resolution);
}

void TestCatalog::levels()
{
    // docs/architecture.md §3: the severity each plan files a P1..P4 incident under.
    const std::vector<std::pair<const char *, std::vector<const char *>>> expected{
            {"vkcs/standard", {"critical", "high", "medium", "low"}},
            {"stormbpmn/team", {"critical", "other", "other", "other"}},
            {"stormbpmn/enterprise", {"critical", "other", "other", "other"}},
            {"alibaba/basic", {"down", "down", "impaired", "consult"}},
            {"alibaba/business", {"down", "down", "impaired", "consult"}},
            {"alibaba/enterprise-standard", {"core-down", "down", "impaired", "consult"}},
            {"alibaba/enterprise-premium", {"core-down", "down", "impaired", "consult"}},
            {"tencent/basic", {"down", "down", "abnormal", "consult"}},
            {"tencent/business", {"down", "down", "abnormal", "consult"}},
            {"tencent/enterprise", {"down", "down", "abnormal", "consult"}},
            {"tencent/flagship", {"down", "down", "abnormal", "consult"}},
            {"volcengine/standard", {"standard", "standard", "standard", "standard"}}};
    for (const auto &e : expected) {
        const Plan *plan = m_catalog->plan(QString::fromLatin1(e.first));
        QVERIFY(plan);
        QStringList levels, wanted;
        for (int l = 1; l <= LevelCount; ++l)
            levels << plan->severityForLevel(l);
        for (const char *code : e.second)
            wanted << QString::fromLatin1(code);
        QCOMPARE(levels, wanted);
    }
    QVERIFY(!m_catalog->plan(QStringLiteral("alibaba/business"))
                     ->offers(QStringLiteral("core-down")));
}

void TestCatalog::everythingIsTranslated()
{
    const QStringList languages{QStringLiteral("en"), QStringLiteral("ru"),
                                QStringLiteral("zh_CN")};
    QStringList missing;
    auto check = [&](const LocalizedText &text, const QString &what) {
        for (const QString &l : languages) {
            if (!text.has(l))
                missing << what + QLatin1Char('/') + l;
        }
    };
    for (const Provider &p : m_catalog->providers()) {
        check(p.names, p.id);
        for (const Severity &s : p.severities)
            check(s.names, p.id + QLatin1Char('.') + s.code);
    }
    for (const Plan &p : m_catalog->plans()) {
        check(p.names, p.id);
        for (const Channel &c : p.channels)
            check(c.names, p.id + QLatin1Char('.') + c.id);
        for (auto it = p.features.constBegin(); it != p.features.constEnd(); ++it) {
            if (!it->detail.isEmpty())
                check(it->detail, p.id + QStringLiteral(".features.") + it.key());
        }
    }
    for (const Feature &f : m_catalog->features())
        check(f.names, f.id);
    for (const CalendarSpec &c : m_catalog->calendarSpecs())
        check(c.names, c.id);
    for (const HolidaySet &h : m_catalog->holidaySets()) {
        for (const DayException &d : h.days)
            check(d.names, h.id + QLatin1Char('.') + d.date.toString(Qt::ISODate));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

void TestCatalog::channelsAndFeatures()
{
    const Plan *volc = m_catalog->plan(QStringLiteral("volcengine/standard"));
    QVERIFY(volc);
    bool sevenByTwelve = false;
    for (const Channel &c : volc->channels) {
        if (c.hours == QLatin1String("beijing-7x12"))
            sevenByTwelve = true;
    }
    QVERIFY2(sevenByTwelve, "Volcano Engine IM and phone run 09:00-21:00 Beijing time");
    const WorkCalendarPtr im = m_catalog->calendar(QStringLiteral("beijing-7x12"));
    QVERIFY(im);
    QVERIFY(im->isWorking(at("2026-02-17T20:59:00", "Asia/Shanghai")));
    QVERIFY(!im->isWorking(at("2026-02-17T21:00:00", "Asia/Shanghai")));
    QVERIFY(m_catalog->feature(QStringLiteral("im_group")));
    const Plan *l1 = m_catalog->plan(QStringLiteral("L1"));
    const Plan *l4 = m_catalog->plan(QStringLiteral("L4"));
    QVERIFY(l4->features.contains(QStringLiteral("architecture_consulting")));
    QVERIFY(l4->features.value(QStringLiteral("architecture_consulting")).available);
    QVERIFY(!l1->features.value(QStringLiteral("architecture_consulting")).available);
    const Provider *vkcs = m_catalog->provider(QStringLiteral("vkcs"));
    QVERIFY(vkcs->stage(QStringLiteral("preview")));
    QVERIFY(!vkcs->stage(QStringLiteral("preview"))->sla);
}

void TestCatalog::holidayData()
{
    const HolidaySet *ru = m_catalog->holidaySet(QStringLiteral("ru"));
    const HolidaySet *cn = m_catalog->holidaySet(QStringLiteral("cn"));
    QVERIFY(ru && cn);
    QMap<int, DataStatus> ruStatus, cnStatus;
    for (const HolidayYear &y : ru->years)
        ruStatus.insert(y.year, y.status);
    for (const HolidayYear &y : cn->years)
        cnStatus.insert(y.year, y.status);
    QCOMPARE(ruStatus.value(2026), DataStatus::Official);
    QCOMPARE(ruStatus.value(2027), DataStatus::Provisional);
    QCOMPARE(cnStatus.value(2026), DataStatus::Official);
    QCOMPARE(cnStatus.value(2027), DataStatus::NotPublished);
    // Russia 2026: 247 working days, 1976 hours at 40 h a week (Labour Code art. 95 shortened
    // days).
    const WorkCalendarPtr ruCal = m_catalog->calendar(QStringLiteral("russia-business"));
    QVERIFY(ruCal);
    int workingDays = 0;
    for (QDate d(2026, 1, 1); d.year() == 2026; d = d.addDays(1))
        workingDays += ruCal->hoursOn(d).isEmpty() ? 0 : 1;
    QCOMPARE(workingDays, 247);
    // China 2025: 248 working days (State Council notice, make-up Saturdays included).
    const WorkCalendarPtr cnCal = m_catalog->calendar(QStringLiteral("china-business"));
    QVERIFY(cnCal);
    workingDays = 0;
    for (QDate d(2025, 1, 1); d.year() == 2025; d = d.addDays(1))
        workingDays += cnCal->hoursOn(d).isEmpty() ? 0 : 1;
    QCOMPARE(workingDays, 248);
}

void TestCatalog::handWorked_data()
{
    QTest::addColumn<QString>("plan");
    QTest::addColumn<QString>("calendar"); // for a calendar-only case, with a target below
    QTest::addColumn<QString>("severity");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("opened");
    QTest::addColumn<QString>("target"); // "16h", "5bd" for calendar cases
    QTest::addColumn<QString>("due");
    const int response = int(TargetKind::Response), resolution = int(TargetKind::Resolution);
    // docs/architecture.md §5's example: 9 h on Monday + 7 h on Tuesday.
    QTest::newRow("enterprise response, DESIGN example")
            << "stormbpmn/enterprise"
            << ""
            << "critical" << response << "2026-01-12T11:00:00"
            << ""
            << "2026-01-13T18:00:00+03:00";
    QTest::newRow("team response, Mon 11:00 + 5 bd = Fri 20:00")
            << "stormbpmn/team"
            << ""
            << "other" << response << "2026-01-12T11:00:00"
            << ""
            << "2026-01-16T20:00:00+03:00";
    // Russian New Year: 5 h on 30 Dec, 31 Dec and 1-11 Jan off, 9 h on 12 Jan, 2 h on 13 Jan.
    QTest::newRow("enterprise response over the New Year holidays")
            << "stormbpmn/enterprise"
            << ""
            << "critical" << response << "2025-12-30T15:00:00"
            << ""
            << "2026-01-13T13:00:00+03:00";
    // 4 h into 30 Dec, so 4 h into the 15th following working day (30 Jan).
    QTest::newRow("enterprise resolution 15 bd over the New Year holidays")
            << "stormbpmn/enterprise"
            << ""
            << "critical" << resolution << "2025-12-30T15:00:00"
            << ""
            << "2026-01-30T15:00:00+03:00";
    // 30 business days across the year end: 12 in December, the rest from 12 January.
    QTest::newRow("team resolution 30 bd across the year end")
            << "stormbpmn/team"
            << ""
            << "critical" << resolution << "2025-12-15T11:00:00"
            << ""
            << "2026-02-04T20:00:00+03:00";
    // Working Saturday 1 Nov 2025 (shortened, 11:00-19:00), then 3-4 Nov off.
    QTest::newRow("enterprise response over a working Saturday")
            << "stormbpmn/enterprise"
            << ""
            << "critical" << response << "2025-10-31T18:00:00"
            << ""
            << "2025-11-05T17:00:00+03:00";
    // Shortened 3 Nov 2026 (11:00-19:00), 4 Nov holiday.
    QTest::newRow("enterprise response from a shortened day")
            << "stormbpmn/enterprise"
            << ""
            << "critical" << response << "2026-11-03T12:00:00"
            << ""
            << "2026-11-05T20:00:00+03:00";
    // China 2026 Spring Festival: 14 Feb (Sat) is a make-up working day, 15-23 Feb off.
    QTest::newRow("china-business 16 h over the Spring Festival")
            << ""
            << "china-business"
            << "" << response << "2026-02-13T17:00:00"
            << "16h"
            << "2026-02-24T17:00:00+08:00";
    QTest::newRow("china-business 5 bd over the Spring Festival")
            << ""
            << "china-business"
            << "" << response << "2026-02-13T09:00:00"
            << "5bd"
            << "2026-02-26T18:00:00+08:00";
    // … and 28 Feb (Sat) works too.
    QTest::newRow("china-business 10 bd with both make-up Saturdays")
            << ""
            << "china-business"
            << "" << response << "2026-02-13T09:00:00"
            << "10bd"
            << "2026-03-04T18:00:00+08:00";
    // 24x7 plans ignore holidays.
    QTest::newRow("alibaba L3 core-down on Spring Festival eve")
            << "alibaba/enterprise-standard"
            << ""
            << "core-down" << response << "2026-02-16T23:55:00"
            << ""
            << "2026-02-17T00:07:00+08:00";
    QTest::newRow("vkcs low resolution 48 h") << "vkcs/standard"
                                              << ""
                                              << "low" << resolution << "2025-12-31T22:00:00"
                                              << ""
                                              << "2026-01-02T22:00:00+03:00";
}

void TestCatalog::handWorked()
{
    QFETCH(QString, plan);
    QFETCH(QString, calendar);
    QFETCH(QString, severity);
    QFETCH(int, kind);
    QFETCH(QString, opened);
    QFETCH(QString, target);
    QFETCH(QString, due);
    WorkCalendarPtr cal;
    Target t;
    if (!plan.isEmpty()) {
        const Plan *p = m_catalog->plan(plan);
        QVERIFY(p);
        t = p->targetsFor(severity)->target(TargetKind(kind));
        cal = m_catalog->calendarFor(*p, t);
    } else {
        cal = m_catalog->calendar(calendar);
        const qint64 amount =
                target.left(target.size() - (target.endsWith(QLatin1String("bd")) ? 2 : 1))
                        .toLongLong();
        t = Target::of(amount, target.endsWith(QLatin1String("bd")) ? TargetUnit::BusinessDays
                                                                    : TargetUnit::Hours);
    }
    QVERIFY(cal);
    const QByteArray zone = cal->spec().timeZone;
    ClockInput input;
    input.start = at(opened.toLatin1().constData(), zone.constData());
    QCOMPARE(show(SlaClock::due(*cal, t, input), zone.constData()), due);
}

void TestCatalog::explanationNamesHolidays()
{
    const Plan *p = m_catalog->plan(QStringLiteral("stormbpmn/enterprise"));
    const WorkCalendarPtr cal = m_catalog->calendar(p->calendarId);
    ClockInput input;
    input.start = at("2025-10-31T18:00:00", "Europe/Moscow");
    const Instant due =
            SlaClock::due(*cal, p->targetsFor(QStringLiteral("critical"))->response, input);
    const Explanation ex = SlaClock::explain(*cal, input, due);
    QStringList kinds;
    QStringList names;
    for (const ExplanationPiece &piece : ex.pieces) {
        kinds << explanationKindKey(piece.kind);
        if (piece.kind == ExplanationPiece::Kind::DayOff)
            names << piece.name.text(QStringLiteral("ru"));
    }
    QCOMPARE(kinds, (QStringList{QStringLiteral("counted"), QStringLiteral("outside_hours"),
                                 QStringLiteral("counted"), QStringLiteral("shortened"),
                                 QStringLiteral("outside_hours"), QStringLiteral("weekend"),
                                 QStringLiteral("day_off"), QStringLiteral("day_off"),
                                 QStringLiteral("outside_hours"), QStringLiteral("counted")}));
    QCOMPARE(names.size(), 2);
    QVERIFY2(names.at(1).contains(QStringLiteral("единства")), qPrintable(names.at(1)));
    QCOMPARE(ex.countedSeconds(), qint64(16 * 3600));
}

void TestCatalog::pastTheData()
{
    const Plan *p = m_catalog->plan(QStringLiteral("stormbpmn/team"));
    const WorkCalendarPtr cal = m_catalog->calendar(p->calendarId);
    ClockInput input;
    input.start = at("2027-12-20T11:00:00", "Europe/Moscow");
    const Target t = p->targetsFor(QStringLiteral("critical"))->resolution;
    const ClockResult r = SlaClock::evaluate(*cal, t, input, input.start);
    QVERIFY(r.error.isEmpty());
    QVERIFY(r.due != InvalidInstant);
    QCOMPARE(r.warnings.size(), 2);
    QCOMPARE(r.warnings.at(0).kind, CalendarWarning::Kind::DataProvisional);
    QCOMPARE(r.warnings.at(1).kind, CalendarWarning::Kind::DataMissing);
    QCOMPARE(r.warnings.at(1).message(),
             QStringLiteral("calendar data missing for 2028 (moscow-business): weekly hours only"));
    // China 2027 is not published yet.
    const WorkCalendarPtr cn = m_catalog->calendar(QStringLiteral("china-business"));
    const auto w = cn->warningsFor(at("2027-02-01T10:00:00", "Asia/Shanghai"),
                                   at("2027-02-02T10:00:00", "Asia/Shanghai"));
    QCOMPARE(w.size(), 1);
    QCOMPARE(w.first().kind, CalendarWarning::Kind::DataMissing);
}

void TestCatalog::comparisonSortedByDue()
{
    // Friday 19:30 Moscow, P1: 24x7 plans first (10 min Volcano, 12 min Alibaba L3/L4 …),
    // Stormbpmn last (business hours), Alibaba L1 (no commitment) at the very end.
    const Instant opened = at("2026-01-16T19:30:00", "Europe/Moscow");
    const QVector<ComparisonRow> rows = Comparison::compute(*m_catalog, 1, opened);
    QCOMPARE(rows.size(), 12);
    QCOMPARE(rows.first().plan->id, QStringLiteral("volcengine/standard"));
    QCOMPARE(rows.first().response.due, opened + 600);
    QCOMPARE(rows.last().plan->id, QStringLiteral("alibaba/basic"));
    QCOMPARE(rows.last().response.due, InvalidInstant);
    for (int i = 1; i < rows.size(); ++i) {
        const Instant a = rows.at(i - 1).response.due, b = rows.at(i).response.due;
        QVERIFY(b == InvalidInstant || (a != InvalidInstant && a <= b));
    }
    QCOMPARE(rows.at(rows.size() - 2).plan->id, QStringLiteral("stormbpmn/team"));
    // Only two plans.
    const auto two = Comparison::compute(
            *m_catalog, 2, opened,
            {QStringLiteral("vkcs/standard"), QStringLiteral("tencent/business")});
    QCOMPARE(two.size(), 2);
    // P2 is "business unavailable" (down) at Tencent: S3 answers within 30 min, VK CS (high)
    // within 1 h.
    QCOMPARE(two.at(0).plan->id, QStringLiteral("tencent/business"));
    QCOMPARE(two.at(0).severity, QStringLiteral("down"));
    QCOMPARE(two.at(0).response.due, opened + qint64(30) * 60);
    QCOMPARE(two.at(1).plan->id, QStringLiteral("vkcs/standard"));
    QCOMPARE(two.at(1).severity, QStringLiteral("high"));
}

void TestCatalog::teamCatalogAccepted()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("acme.json"), TeamCatalog);
    QString error;
    const CatalogPtr catalog = Catalog::load({path}, &error);
    QVERIFY2(catalog, qPrintable(error));
    QCOMPARE(catalog->plans().size(), m_catalog->plans().size() + 1);
    const Plan *gold = catalog->plan(QStringLiteral("ag"));
    QVERIFY(gold);
    QVERIFY(!gold->builtIn);
    QCOMPARE(gold->id, QStringLiteral("acme/gold"));
    const WorkCalendarPtr cal =
            catalog->calendarFor(*gold, gold->targetsFor(QStringLiteral("urgent"))->response);
    ClockInput input;
    input.start = at("2026-01-08T10:00:00", "Europe/Moscow"); // Russian holidays until 11 January
    // 2 h from the opening on Monday 12 January, with the Russian holidays of the "ru" set.
    QCOMPARE(show(SlaClock::due(*cal, gold->targetsFor(QStringLiteral("urgent"))->response, input),
                  "Europe/Moscow"),
             QStringLiteral("2026-01-12T11:00:00+03:00"));
}

void TestCatalog::badFilesRejected_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("error"); // expected after "FILE: "
    QByteArray unit = TeamCatalog;
    unit.replace(R"("amount": 8, "unit": "hours")", R"("amount": 8, "unit": "weeks")");
    QTest::newRow("unknown unit") << unit
                                  << "$.providers[0].plans[0].targets[1].response.unit: unknown "
                                     "unit \"weeks\" (expected minutes, hours or business_days)";
    QByteArray calendar = TeamCatalog;
    calendar.replace(R"("calendar": "acme-moscow")", R"("calendar": "acme-berlin")");
    QTest::newRow("unknown calendar")
            << calendar << "$.providers[0].plans[0].calendar: unknown calendar \"acme-berlin\"";
    QByteArray zone = TeamCatalog;
    zone.replace("Europe/Moscow", "Europe/Atlantis");
    QTest::newRow("unknown time zone")
            << zone << "$.calendars[0].time_zone: unknown time zone \"Europe/Atlantis\"";
    QByteArray overlap = TeamCatalog;
    overlap.replace(R"("tue": ["09:00-13:00", "14:00-18:00"])",
                    R"("tue": ["09:00-13:00", "12:00-18:00"])");
    QTest::newRow("overlapping hours") << overlap
                                       << "$.calendars[0].weekly.tue[1]: 12:00-18:00 overlaps the "
                                          "previous interval or is out of order";
    QByteArray level = TeamCatalog;
    level.replace(R"("P4": "normal")", R"("P4": "low")");
    QTest::newRow("level to an unknown severity")
            << level
            << "$.providers[0].plans[0].levels.P4: expected one of the plan's severities (urgent, "
               "normal)";
    QByteArray missingTarget = TeamCatalog;
    missingTarget.replace(R"(, "resolution": null)", "");
    QTest::newRow("missing resolution") << missingTarget
                                        << "$.providers[0].plans[0].targets[1].resolution: missing "
                                           "(use null for no commitment)";
    QByteArray duplicate = TeamCatalog;
    duplicate.replace(R"("id": "acme/gold")", R"("id": "acme/gold", "aliasez": [])");
    QTest::newRow("unknown key") << duplicate
                                 << "$.providers[0].plans[0].aliasez: unknown key (expected one "
                                    "of: id, aliases, names, descriptions, calendar, severities, "
                                    "levels, pausing_statuses, targets, channels, features)";
    QByteArray alias = TeamCatalog;
    alias.replace(R"(["AG"])", R"(["L3"])");
    QTest::newRow("alias taken") << alias
                                 << "$.providers[0].plans[0].aliases[0]: alias \"L3\" is already "
                                    "used by alibaba/enterprise-standard";
    QByteArray builtIn = TeamCatalog;
    builtIn.replace(R"("id": "acme", )", R"("id": "vkcs", )").replace("acme/gold", "vkcs/gold");
    QTest::newRow("provider defined twice")
            << builtIn << "$.providers[0].id: provider \"vkcs\" is defined twice";
    QTest::newRow("invalid JSON")
            << QByteArray("{\n  \"format\": \"dueline-catalog/1\",\n  \"providers\": [,]\n}")
            << "3:17: invalid JSON: illegal value";
    QTest::newRow("wrong format")
            << QByteArray(R"({"format": "something/2"})")
            << "$.format: expected \"dueline-catalog/1\" or \"dueline-holidays/1\"";
}

void TestCatalog::badFilesRejected()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, error);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("team.json"), content);
    QString message;
    const CatalogPtr catalog = Catalog::load({path}, &message);
    QVERIFY(!catalog);
    const QString expected =
            path + (error.front().isDigit() ? QStringLiteral(":") : QStringLiteral(": ")) + error;
    QCOMPARE(message, expected);
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
