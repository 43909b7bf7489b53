// SPDX-License-Identifier: GPL-3.0-or-later
// A person's notification hours (issue 20): weekly intervals that cross midnight, weekends,
// always, do not disturb, a zone other than the system's, DST days in Europe/Berlin, the next
// change, and the JSON form with every error it names. The system zone is UTC here (CMake sets
// TZ, and so does initTestCase).

#include "models/sla/notificationsettings.h"

#include <QTimeZone>
#include <QtTest>

using namespace dueline;

namespace {

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 3600;

Instant at(const char *local, const char *zone)
{
    const QDateTime dt = QDateTime::fromString(QString::fromLatin1(local), Qt::ISODate);
    return QDateTime(dt.date(), dt.time(), QTimeZone(zone)).toSecsSinceEpoch();
}

Instant utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}

QString show(Instant t, const char *zone)
{
    if (t == InvalidInstant)
        return QStringLiteral("never");
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone(zone)).toString(Qt::ISODate);
}

quint8 days(std::initializer_list<int> list)
{
    quint8 mask = 0;
    for (int d : list)
        mask |= quint8(1u << d);
    return mask;
}

enum Day { Mon, Tue, Wed, Thu, Fri, Sat, Sun };

NotificationSettings hours(const char *zone, QVector<WeeklyHours> intervals)
{
    NotificationSettings s;
    s.always = false;
    s.timeZone = QString::fromLatin1(zone);
    s.hours = std::move(intervals);
    return s;
}

} // namespace

class TestNotificationSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newPersonIsAlwaysOn();
    void crossingMidnight();
    void weekendDays();
    void doNotDisturb();
    void zoneOtherThanSystem();
    void springForward();
    void fallBack();
    void nextChange();
    void effectiveScope();
    void jsonExample();
    void jsonRoundTrip();
    void jsonDefaults();
    void jsonErrors_data();
    void jsonErrors();
};

void TestNotificationSettings::initTestCase()
{
    qputenv("TZ", "UTC");
    QCOMPARE(QTimeZone::systemTimeZone().offsetFromUtc(QDateTime::currentDateTimeUtc()), 0);
}

void TestNotificationSettings::newPersonIsAlwaysOn()
{
    const NotificationSettings s;
    QVERIFY(s.always);
    QVERIFY(!s.doNotDisturb);
    QVERIFY(s.timeZone.isEmpty());
    QCOMPARE(s.scope, NotificationSettings::Scope::Default);
    QVERIFY(!s.escalateOutsideHours);
    for (const char *when :
         {"2026-03-07T03:00:00Z", "2026-03-08T23:59:59Z", "2026-03-02T12:00:00Z"})
        QVERIFY(s.isOn(utc(when)));
    QCOMPARE(s.nextChange(utc("2026-03-07T03:00:00Z")), InvalidInstant);
}

// Fri 20:00–06:00 (Moscow, no DST): on Friday night until Saturday 05:59, off at 06:00; Saturday
// night is not a start day.
void TestNotificationSettings::crossingMidnight()
{
    const char *zone = "Europe/Moscow";
    const NotificationSettings s = hours(zone, {{days({Fri}), 20 * 60, 6 * 60}});
    QVERIFY(s.hours.first().crossesMidnight());
    QVERIFY(!s.isOn(at("2026-03-06T19:59:59", zone))); // Friday
    QVERIFY(s.isOn(at("2026-03-06T20:00:00", zone)));
    QVERIFY(s.isOn(at("2026-03-06T23:59:59", zone)));
    QVERIFY(s.isOn(at("2026-03-07T00:00:00", zone))); // Saturday
    QVERIFY(s.isOn(at("2026-03-07T05:59:00", zone)));
    QVERIFY(s.isOn(at("2026-03-07T05:59:59", zone)));
    QVERIFY(!s.isOn(at("2026-03-07T06:00:00", zone)));
    QVERIFY(!s.isOn(at("2026-03-07T20:00:00", zone))); // Saturday evening: not a start day
    QVERIFY(!s.isOn(at("2026-03-06T05:00:00", zone))); // Friday morning: Thursday did not start
    // The night shift Monday to Friday: Saturday morning is the end of Friday's night.
    const NotificationSettings nights = hours(zone, {{WeeklyHours::Weekdays, 20 * 60, 6 * 60}});
    QVERIFY(nights.isOn(at("2026-03-02T05:00:00", zone)) == false); // Monday: Sunday did not start
    QVERIFY(nights.isOn(at("2026-03-03T05:00:00", zone))); // Tuesday: Monday's night
    QVERIFY(nights.isOn(at("2026-03-07T05:59:00", zone)));
    QVERIFY(!nights.isOn(at("2026-03-07T21:00:00", zone)));
    QVERIFY(!nights.isOn(at("2026-03-04T12:00:00", zone)));
    // 24 hours from 10:00 (to == from) and a whole day (00:00–24:00).
    const NotificationSettings day = hours(zone, {{days({Wed}), 10 * 60, 10 * 60}});
    QVERIFY(!day.isOn(at("2026-03-04T09:59:00", zone)));
    QVERIFY(day.isOn(at("2026-03-04T10:00:00", zone)));
    QVERIFY(day.isOn(at("2026-03-05T09:59:00", zone)));
    QVERIFY(!day.isOn(at("2026-03-05T10:00:00", zone)));
    const NotificationSettings whole = hours(zone, {{days({Sun}), 0, 24 * 60}});
    QVERIFY(!whole.hours.first().crossesMidnight());
    QVERIFY(whole.isOn(at("2026-03-08T00:00:00", zone)));
    QVERIFY(whole.isOn(at("2026-03-08T23:59:59", zone)));
    QVERIFY(!whole.isOn(at("2026-03-09T00:00:00", zone)));
}

void TestNotificationSettings::weekendDays()
{
    const char *zone = "Asia/Shanghai";
    const NotificationSettings s =
            hours(zone, {{days({Sat, Sun}), 10 * 60, 14 * 60}, {days({Sun}), 22 * 60, 2 * 60}});
    QVERIFY(s.isOn(at("2026-03-07T10:00:00", zone))); // Saturday
    QVERIFY(s.isOn(at("2026-03-08T13:59:00", zone))); // Sunday
    QVERIFY(!s.isOn(at("2026-03-08T14:00:00", zone)));
    QVERIFY(!s.isOn(at("2026-03-09T10:00:00", zone))); // Monday
    QVERIFY(s.isOn(at("2026-03-08T22:30:00", zone))); // Sunday night …
    QVERIFY(s.isOn(at("2026-03-09T01:59:00", zone))); // … into Monday
    QVERIFY(!s.isOn(at("2026-03-09T02:00:00", zone)));
    QVERIFY(!s.isOn(at("2026-03-07T22:30:00", zone))); // Saturday night is not in it
}

void TestNotificationSettings::doNotDisturb()
{
    NotificationSettings s;
    s.doNotDisturb = true;
    QVERIFY(!s.isOn(utc("2026-03-02T12:00:00Z")));
    QVERIFY(s.isWithinHours(utc("2026-03-02T12:00:00Z")));
    QCOMPARE(s.nextChange(utc("2026-03-02T12:00:00Z")), InvalidInstant);
    NotificationSettings night = hours("Europe/Moscow", {{WeeklyHours::EveryDay, 20 * 60, 6 * 60}});
    const Instant inside = at("2026-03-02T23:00:00", "Europe/Moscow");
    QVERIFY(night.isOn(inside));
    night.doNotDisturb = true;
    QVERIFY(!night.isOn(inside));
    QVERIFY(night.isWithinHours(inside)); // an escalation still knows they are on shift
    QCOMPARE(night.nextChange(inside), InvalidInstant); // nothing until turned off
}

// Hours in Shanghai (UTC+8) while the system is in UTC; an empty zone is the system's.
void TestNotificationSettings::zoneOtherThanSystem()
{
    NotificationSettings s = hours("Asia/Shanghai", {{WeeklyHours::Weekdays, 9 * 60, 18 * 60}});
    QCOMPARE(s.effectiveTimeZone(), QByteArray("Asia/Shanghai"));
    QVERIFY(!s.isOn(utc("2026-03-02T00:59:00Z"))); // 08:59 in Shanghai
    QVERIFY(s.isOn(utc("2026-03-02T01:00:00Z"))); // 09:00 in Shanghai
    QVERIFY(s.isOn(utc("2026-03-02T09:59:00Z")));
    QVERIFY(!s.isOn(utc("2026-03-02T10:00:00Z"))); // 18:00 in Shanghai
    QVERIFY(s.isOn(utc("2026-03-06T09:00:00Z"))); // Friday 17:00 in Shanghai
    QVERIFY(!s.isOn(utc("2026-03-06T17:00:00Z"))); // Saturday 01:00 in Shanghai
    s.timeZone.clear();
    QCOMPARE(s.effectiveTimeZone(), QTimeZone::systemTimeZoneId());
    QVERIFY(!s.isOn(utc("2026-03-02T01:00:00Z")));
    QVERIFY(s.isOn(utc("2026-03-02T09:00:00Z")));
    QCOMPARE(show(s.nextChange(utc("2026-03-02T01:00:00Z")), "UTC"),
             QStringLiteral("2026-03-02T09:00:00+00:00"));
    // A zone this computer does not know reads the hours in the system's zone.
    s.timeZone = QStringLiteral("Mars/Olympus_Mons");
    QCOMPARE(s.effectiveTimeZone(), QTimeZone::systemTimeZoneId());
}

// Europe/Berlin, Sunday 2026-03-29: 02:00 CET becomes 03:00 CEST. Hours are wall-clock time:
// 02:30–04:00 begins when the clock jumps to 03:00; 09:00–17:00 is 09:00 CEST.
void TestNotificationSettings::springForward()
{
    const char *zone = "Europe/Berlin";
    const NotificationSettings s = hours(zone, {{WeeklyHours::EveryDay, 2 * 60 + 30, 4 * 60}});
    QVERIFY(!s.isOn(utc("2026-03-29T00:59:59Z"))); // 01:59:59 CET
    QVERIFY(s.isOn(utc("2026-03-29T01:00:00Z"))); // 03:00 CEST
    QVERIFY(s.isOn(utc("2026-03-29T01:59:00Z"))); // 03:59 CEST
    QVERIFY(!s.isOn(utc("2026-03-29T02:00:00Z"))); // 04:00 CEST
    QCOMPARE(show(s.nextChange(utc("2026-03-29T00:30:00Z")), zone),
             QStringLiteral("2026-03-29T03:00:00+02:00"));
    QCOMPARE(show(s.nextChange(utc("2026-03-29T01:00:00Z")), zone),
             QStringLiteral("2026-03-29T04:00:00+02:00"));
    // The day before: 02:30 CET is 01:30 UTC; the day after: 02:30 CEST is 00:30 UTC.
    QCOMPARE(show(s.nextChange(utc("2026-03-28T00:00:00Z")), "UTC"),
             QStringLiteral("2026-03-28T01:30:00+00:00"));
    QCOMPARE(show(s.nextChange(utc("2026-03-29T12:00:00Z")), "UTC"),
             QStringLiteral("2026-03-30T00:30:00+00:00"));
    const NotificationSettings office = hours(zone, {{WeeklyHours::Weekdays, 9 * 60, 17 * 60}});
    QVERIFY(office.isOn(utc("2026-03-27T08:00:00Z"))); // Friday 09:00 CET
    QVERIFY(!office.isOn(utc("2026-03-30T06:59:00Z"))); // Monday 08:59 CEST
    QVERIFY(office.isOn(utc("2026-03-30T07:00:00Z"))); // Monday 09:00 CEST
    QCOMPARE(show(office.nextChange(utc("2026-03-27T16:00:00Z")), zone),
             QStringLiteral("2026-03-30T09:00:00+02:00"));
}

// Europe/Berlin, Sunday 2026-10-25: 03:00 CEST becomes 02:00 CET, so 02:15–02:45 is lived twice.
void TestNotificationSettings::fallBack()
{
    const char *zone = "Europe/Berlin";
    const NotificationSettings s = hours(zone, {{days({Sun}), 2 * 60 + 15, 2 * 60 + 45}});
    QVERIFY(!s.isOn(utc("2026-10-25T00:14:00Z"))); // 02:14 CEST
    QVERIFY(s.isOn(utc("2026-10-25T00:15:00Z"))); // 02:15 CEST
    QVERIFY(!s.isOn(utc("2026-10-25T00:45:00Z"))); // 02:45 CEST
    QVERIFY(!s.isOn(utc("2026-10-25T01:00:00Z"))); // 02:00 CET
    QVERIFY(s.isOn(utc("2026-10-25T01:15:00Z"))); // 02:15 CET
    QVERIFY(!s.isOn(utc("2026-10-25T01:45:00Z"))); // 02:45 CET
    QCOMPARE(show(s.nextChange(utc("2026-10-25T00:00:00Z")), "UTC"),
             QStringLiteral("2026-10-25T00:15:00+00:00"));
    QCOMPARE(show(s.nextChange(utc("2026-10-25T00:15:00Z")), "UTC"),
             QStringLiteral("2026-10-25T00:45:00+00:00"));
    QCOMPARE(show(s.nextChange(utc("2026-10-25T00:45:00Z")), "UTC"),
             QStringLiteral("2026-10-25T01:15:00+00:00"));
    QCOMPARE(show(s.nextChange(utc("2026-10-25T01:15:00Z")), "UTC"),
             QStringLiteral("2026-10-25T01:45:00+00:00"));
    // The next Sunday is in CET: 02:15 CET.
    QCOMPARE(show(s.nextChange(utc("2026-10-25T01:45:00Z")), zone),
             QStringLiteral("2026-11-01T02:15:00+01:00"));
    // An interval that ends in the repeated hour: on until the second 02:30 is not reached, as
    // the wall clock goes from 02:59 CEST back to 02:00 CET (still before 02:30).
    const NotificationSettings night = hours(zone, {{days({Sat}), 22 * 60, 2 * 60 + 30}});
    QVERIFY(night.isOn(utc("2026-10-25T00:20:00Z"))); // 02:20 CEST
    QVERIFY(!night.isOn(utc("2026-10-25T00:30:00Z"))); // 02:30 CEST
    QVERIFY(night.isOn(utc("2026-10-25T01:00:00Z"))); // 02:00 CET: the clock went back
    QCOMPARE(show(night.nextChange(utc("2026-10-25T00:30:00Z")), "UTC"),
             QStringLiteral("2026-10-25T01:00:00+00:00"));
    QCOMPARE(show(night.nextChange(utc("2026-10-25T01:00:00Z")), "UTC"),
             QStringLiteral("2026-10-25T01:30:00+00:00"));
}

void TestNotificationSettings::nextChange()
{
    const char *zone = "Europe/Moscow";
    const NotificationSettings s = hours(zone, {{days({Fri}), 20 * 60, 6 * 60}});
    QCOMPARE(show(s.nextChange(at("2026-03-06T12:00:00", zone)), zone),
             QStringLiteral("2026-03-06T20:00:00+03:00"));
    QCOMPARE(show(s.nextChange(at("2026-03-06T20:00:00", zone)), zone),
             QStringLiteral("2026-03-07T06:00:00+03:00"));
    QCOMPARE(show(s.nextChange(at("2026-03-07T05:59:59", zone)), zone),
             QStringLiteral("2026-03-07T06:00:00+03:00"));
    QCOMPARE(show(s.nextChange(at("2026-03-07T06:00:00", zone)), zone),
             QStringLiteral("2026-03-13T20:00:00+03:00"));
    // The instant itself is not "after": a change exactly at `at` is the next one's.
    QCOMPARE(s.nextChange(at("2026-03-06T19:59:00", zone)) - at("2026-03-06T19:59:00", zone),
             1 * Minute);
    // Adjacent intervals are one stretch: no change at 12:00.
    const NotificationSettings adjacent =
            hours(zone, {{days({Mon}), 8 * 60, 12 * 60}, {days({Mon}), 12 * 60, 16 * 60}});
    QCOMPARE(show(adjacent.nextChange(at("2026-03-02T09:00:00", zone)), zone),
             QStringLiteral("2026-03-02T16:00:00+03:00"));
    // Overlapping intervals: the union.
    const NotificationSettings overlap =
            hours(zone, {{days({Tue}), 8 * 60, 12 * 60}, {days({Tue}), 10 * 60, 14 * 60}});
    QCOMPARE(show(overlap.nextChange(at("2026-03-03T07:00:00", zone)), zone),
             QStringLiteral("2026-03-03T08:00:00+03:00"));
    QCOMPARE(show(overlap.nextChange(at("2026-03-03T08:00:00", zone)), zone),
             QStringLiteral("2026-03-03T14:00:00+03:00"));
    // Never: every hour of the week, no hours at all, always, do not disturb.
    const NotificationSettings everyHour = hours(zone, {{WeeklyHours::EveryDay, 0, 24 * 60}});
    QVERIFY(everyHour.isOn(at("2026-03-04T03:00:00", zone)));
    QCOMPARE(everyHour.nextChange(at("2026-03-04T03:00:00", zone)), InvalidInstant);
    const NotificationSettings none = hours(zone, {});
    QVERIFY(!none.isOn(at("2026-03-04T03:00:00", zone)));
    QCOMPARE(none.nextChange(at("2026-03-04T03:00:00", zone)), InvalidInstant);
    // A week's walk: every change found is a change, and nothing changes between two of them.
    const NotificationSettings shift = hours(
            zone, {{WeeklyHours::Weekdays, 20 * 60, 6 * 60}, {days({Sat}), 10 * 60, 14 * 60}});
    Instant t = at("2026-03-02T00:00:00", zone);
    const Instant end = t + qint64(7) * 24 * Hour;
    int changes = 0;
    for (;;) {
        const Instant next = shift.nextChange(t);
        QVERIFY(next != InvalidInstant);
        if (next >= end)
            break;
        for (Instant probe = t + 30 * Minute; probe < next; probe += 30 * Minute)
            QCOMPARE(shift.isOn(probe), shift.isOn(t));
        QVERIFY(shift.isOn(next) != shift.isOn(t));
        t = next;
        ++changes;
    }
    QCOMPARE(changes, 12); // five nights and Saturday's hours, each on and off
}

void TestNotificationSettings::effectiveScope()
{
    NotificationSettings s;
    QCOMPARE(s.effectiveScope(false), NotificationSettings::Scope::MineAndUnassigned);
    QCOMPARE(s.effectiveScope(true), NotificationSettings::Scope::All);
    s.scope = NotificationSettings::Scope::Mine;
    QCOMPARE(s.effectiveScope(false), NotificationSettings::Scope::Mine);
    QCOMPARE(s.effectiveScope(true), NotificationSettings::Scope::Mine);
    s.scope = NotificationSettings::Scope::All;
    QCOMPARE(s.effectiveScope(false), NotificationSettings::Scope::All);
}

void TestNotificationSettings::jsonExample()
{
    const QByteArray json = R"({"always":false,"dnd":false,"time_zone":"Europe/Moscow","hours":)"
                            R"([{"days":["mon","tue","wed","thu","fri"],"from":"20:00","to":)"
                            R"("06:00"}],"scope":"default","escalate_outside_hours":false})";
    QString error;
    const auto s = NotificationSettings::fromJson(json, &error);
    QVERIFY2(s, qPrintable(error));
    QVERIFY(!s->always);
    QCOMPARE(s->timeZone, QStringLiteral("Europe/Moscow"));
    QCOMPARE(s->hours.size(), 1);
    QCOMPARE(s->hours.first(), (WeeklyHours{WeeklyHours::Weekdays, 20 * 60, 6 * 60}));
    QCOMPARE(s->toJson(), json); // the stored form is stable
}

void TestNotificationSettings::jsonRoundTrip()
{
    QVector<NotificationSettings> cases;
    cases << NotificationSettings();
    NotificationSettings s = hours("Asia/Shanghai", {{days({Sat, Sun}), 0, 24 * 60},
                                                     {days({Mon, Wed}), 23 * 60 + 59, 1},
                                                     {WeeklyHours::EveryDay, 7 * 60, 7 * 60}});
    s.doNotDisturb = true;
    s.scope = NotificationSettings::Scope::MineAndUnassigned;
    s.escalateOutsideHours = true;
    cases << s;
    s.timeZone = QStringLiteral("America/Argentina/Buenos_Aires");
    s.scope = NotificationSettings::Scope::Mine;
    cases << s;
    s.scope = NotificationSettings::Scope::All;
    s.always = true;
    cases << s;
    NotificationSettings many = hours("UTC", {});
    for (int i = 0; i < NotificationSettings::MaxIntervals; ++i)
        many.hours.append({quint8(1u << (i % 7)), i * 20, i * 20 + 15});
    cases << many;
    for (const NotificationSettings &c : std::as_const(cases)) {
        QString error;
        const auto back = NotificationSettings::fromJson(c.toJson(), &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY2(*back == c, c.toJson().constData());
        QCOMPARE(back->toJson(), c.toJson());
    }
    QCOMPARE(NotificationSettings().toJson(),
             QByteArray(R"({"always":true,"dnd":false,"time_zone":"","hours":[],)"
                        R"("scope":"default","escalate_outside_hours":false})"));
}

// Keys left out take their defaults (a file written by an older Dueline).
void TestNotificationSettings::jsonDefaults()
{
    QString error;
    const auto empty = NotificationSettings::fromJson("{}", &error);
    QVERIFY2(empty, qPrintable(error));
    QVERIFY(*empty == NotificationSettings());
    const auto dnd = NotificationSettings::fromJson(R"({"dnd":true})", &error);
    QVERIFY2(dnd, qPrintable(error));
    QVERIFY(dnd->doNotDisturb && dnd->always);
}

void TestNotificationSettings::jsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    const auto hoursWith = [](const char *item) -> QByteArray {
        return QByteArray(
                       R"({"always":false,"hours":[{"days":["mon"],"from":"09:00","to":"18:00"},)") +
               item + "]}";
    };
    QTest::newRow("not JSON") << QByteArray("{\"always\":") << QStringLiteral("$: not JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("$: expected an object");
    QTest::newRow("string") << QByteArray("\"always\"") << QStringLiteral("$: ");
    QTest::newRow("unknown key") << QByteArray(R"({"always":true,"volume":11})")
                                 << QStringLiteral("$.volume: unknown key");
    QTest::newRow("always") << QByteArray(R"({"always":"yes"})")
                            << QStringLiteral("$.always: expected true or false");
    QTest::newRow("dnd") << QByteArray(R"({"dnd":1})")
                         << QStringLiteral("$.dnd: expected true or false");
    QTest::newRow("escalate") << QByteArray(R"({"escalate_outside_hours":null})")
                              << QStringLiteral("$.escalate_outside_hours: expected true or false");
    QTest::newRow("zone type") << QByteArray(R"({"time_zone":3})")
                               << QStringLiteral("$.time_zone: expected a time zone id");
    QTest::newRow("zone unknown")
            << QByteArray(R"({"time_zone":"Mars/Olympus_Mons"})")
            << QStringLiteral("$.time_zone: unknown time zone \"Mars/Olympus_Mons\"");
    QTest::newRow("zone characters") << QByteArray(R"({"time_zone":"Europe/Moscow; DROP"})")
                                     << QStringLiteral("$.time_zone: unknown time zone");
    QTest::newRow("hours type") << QByteArray(R"({"hours":{}})")
                                << QStringLiteral("$.hours: expected a list of intervals");
    QByteArray tooMany = R"({"hours":[)";
    for (int i = 0; i <= NotificationSettings::MaxIntervals; ++i)
        tooMany += QByteArray(i ? "," : "") + R"({"days":["mon"],"from":"09:00","to":"10:00"})";
    tooMany += "]}";
    QTest::newRow("51 intervals") << tooMany << QStringLiteral("$.hours: more than 50 intervals");
    QTest::newRow("interval type")
            << hoursWith("7") << QStringLiteral("$.hours[1]: expected an object");
    QTest::newRow("interval key")
            << hoursWith(R"({"days":["mon"],"from":"09:00","to":"10:00","tz":""})")
            << QStringLiteral("$.hours[1].tz: unknown key");
    QTest::newRow("days missing") << hoursWith(R"({"from":"09:00","to":"10:00"})")
                                  << QStringLiteral("$.hours[1].days: missing");
    QTest::newRow("from missing") << hoursWith(R"({"days":["mon"],"to":"10:00"})")
                                  << QStringLiteral("$.hours[1].from: missing");
    QTest::newRow("to missing") << hoursWith(R"({"days":["mon"],"from":"10:00"})")
                                << QStringLiteral("$.hours[1].to: missing");
    QTest::newRow("days type") << hoursWith(R"({"days":"mon","from":"09:00","to":"10:00"})")
                               << QStringLiteral("$.hours[1].days: expected a list of days");
    QTest::newRow("no days") << hoursWith(R"({"days":[],"from":"09:00","to":"10:00"})")
                             << QStringLiteral("$.hours[1].days: expected at least one day");
    QTest::newRow("eight days")
            << hoursWith(
                       R"({"days":["mon","tue","wed","thu","fri","sat","sun","mon"],"from":"09:00","to":"10:00"})")
            << QStringLiteral("$.hours[1].days: more than seven days");
    QTest::newRow("bad day") << hoursWith(R"({"days":["mon","fri2"],"from":"09:00","to":"10:00"})")
                             << QStringLiteral("$.hours[1].days[1]: unknown day \"fri2\"");
    QTest::newRow("capital day") << hoursWith(R"({"days":["Mon"],"from":"09:00","to":"10:00"})")
                                 << QStringLiteral("$.hours[1].days[0]: unknown day \"Mon\"");
    QTest::newRow("day number") << hoursWith(R"({"days":[1],"from":"09:00","to":"10:00"})")
                                << QStringLiteral("$.hours[1].days[0]: unknown day value");
    QTest::newRow("day twice")
            << hoursWith(R"({"days":["sat","sun","sat"],"from":"09:00","to":"10:00"})")
            << QStringLiteral("$.hours[1].days[2]: \"sat\" is listed twice");
    for (const char *from : {"24:00", "9:00", "09:60", "09:00:00", "-1:00", "", "noon"}) {
        QTest::newRow(qPrintable(QStringLiteral("from %1").arg(QLatin1String(from))))
                << hoursWith(QStringLiteral(R"({"days":["mon"],"from":"%1","to":"10:00"})")
                                     .arg(QLatin1String(from))
                                     .toUtf8()
                                     .constData())
                << QStringLiteral("$.hours[1].from: expected a time \"HH:MM\" from \"00:00\"");
    }
    for (const char *to : {"00:00", "24:01", "25:00", "7:00"}) {
        QTest::newRow(qPrintable(QStringLiteral("to %1").arg(QLatin1String(to))))
                << hoursWith(QStringLiteral(R"({"days":["mon"],"from":"09:00","to":"%1"})")
                                     .arg(QLatin1String(to))
                                     .toUtf8()
                                     .constData())
                << QStringLiteral("$.hours[1].to: expected a time \"HH:MM\" from \"00:01\"");
    }
    QTest::newRow("from number") << hoursWith(R"({"days":["mon"],"from":540,"to":"10:00"})")
                                 << QStringLiteral("$.hours[1].from: expected a time");
    QTest::newRow("scope") << QByteArray(R"({"scope":"everyone"})")
                           << QStringLiteral("$.scope: expected \"default\"");
    QTest::newRow("scope type") << QByteArray(R"({"scope":null})")
                                << QStringLiteral("$.scope: expected \"default\"");
    QTest::newRow("huge") << QByteArray(QByteArray(R"({"time_zone":")") + QByteArray(20000, 'a') +
                                        "\"}")
                          << QStringLiteral("$: longer than 16384 bytes");
}

void TestNotificationSettings::jsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!NotificationSettings::fromJson(json, &message));
    QVERIFY2(message.startsWith(error), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestNotificationSettings)
#include "tst_notificationsettings.moc"
