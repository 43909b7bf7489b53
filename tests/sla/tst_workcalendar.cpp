// SPDX-License-Identifier: GPL-3.0-or-later
// Hand-worked cases for WorkCalendar: boundaries, breaks, the business-day rule, DST days in
// Europe/Berlin and America/New_York, exceptions, range and data warnings.

#include "models/sla/slaclock.h"
#include "models/sla/workcalendar.h"

#include <QTimeZone>
#include <QtTest>

using namespace dueline;

namespace {

constexpr qint64 Hour = 3600;

Instant at(const char *local, const char *zone)
{
    const QDateTime dt = QDateTime::fromString(QString::fromLatin1(local), Qt::ISODate);
    return QDateTime(dt.date(), dt.time(), QTimeZone(zone)).toSecsSinceEpoch();
}

QString show(Instant t, const char *zone)
{
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone(zone)).toString(Qt::ISODate);
}

CalendarSpec weekdays(const char *zone, const QVector<TimeRange> &hours)
{
    CalendarSpec spec;
    spec.id = QStringLiteral("test");
    spec.timeZone = zone;
    for (int d = 0; d < 5; ++d)
        spec.weekly[std::size_t(d)] = hours;
    return spec;
}

WorkCalendarPtr compile(const CalendarSpec &spec)
{
    QString error;
    auto calendar = WorkCalendar::compile(spec, &error);
    if (!calendar)
        qFatal("compile: %s", qPrintable(error));
    return calendar;
}

constexpr int H = 60; // minutes per hour, for TimeRange literals

} // namespace

class TestWorkCalendar : public QObject
{
    Q_OBJECT
private slots:
    void boundariesAndBreaks();
    void businessDayRule_data();
    void businessDayRule();
    void businessDaysAcrossYearEnd();
    void berlinTransitions();
    void newYorkTransitions();
    void exceptions();
    void rangeAndWarnings();
    void validation();
    void parseRanges();
};

void TestWorkCalendar::boundariesAndBreaks()
{
    const char *zone = "Europe/Moscow";
    const auto cal = compile(weekdays(zone, {{9 * H, 13 * H}, {14 * H, 18 * H}}));
    // Inside, at and around the lunch break.
    QVERIFY(cal->isWorking(at("2026-01-12T09:00:00", zone)));
    QVERIFY(cal->isWorking(at("2026-01-12T12:59:59", zone)));
    QVERIFY(!cal->isWorking(at("2026-01-12T13:00:00", zone)));
    QVERIFY(!cal->isWorking(at("2026-01-12T08:59:59", zone)));
    QCOMPARE(show(cal->nextWorkingStart(at("2026-01-12T13:00:00", zone)), zone),
             QStringLiteral("2026-01-12T14:00:00+03:00"));
    QCOMPARE(show(cal->nextWorkingStart(at("2026-01-12T10:30:00", zone)), zone),
             QStringLiteral("2026-01-12T10:30:00+03:00"));
    // The earliest instant: 4 h from 09:00 ends at 13:00, not after lunch.
    QCOMPARE(show(cal->addWorkingTime(at("2026-01-12T09:00:00", zone), 4 * Hour), zone),
             QStringLiteral("2026-01-12T13:00:00+03:00"));
    QCOMPARE(show(cal->addWorkingTime(at("2026-01-12T10:00:00", zone), 5 * Hour), zone),
             QStringLiteral("2026-01-12T16:00:00+03:00"));
    // Friday 17:00 + 2 h: one hour on Friday, one on Monday.
    QCOMPARE(show(cal->addWorkingTime(at("2026-01-16T17:00:00", zone), 2 * Hour), zone),
             QStringLiteral("2026-01-19T10:00:00+03:00"));
    QCOMPARE(cal->workingTimeBetween(at("2026-01-12T00:00:00", zone),
                                     at("2026-01-19T00:00:00", zone)),
             qint64(5 * 8 * 3600));
    QCOMPARE(cal->workingTimeBetween(at("2026-01-12T12:00:00", zone),
                                     at("2026-01-12T15:00:00", zone)),
             qint64(2 * 3600));
    QCOMPARE(cal->workingTimeBetween(at("2026-01-12T15:00:00", zone),
                                     at("2026-01-12T12:00:00", zone)),
             qint64(0));
    QCOMPARE(cal->addWorkingTime(at("2026-01-17T12:00:00", zone), 0),
             at("2026-01-17T12:00:00", zone));
}

void TestWorkCalendar::businessDayRule_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("due");
    // docs/architecture.md §2: Mon 11:00 + 5 business days = Fri 20:00 in an 11:00–20:00 calendar.
    QTest::newRow("monday opening, 5") << "2026-01-12T11:00:00" << 5 << "2026-01-16T20:00:00+03:00";
    QTest::newRow("monday opening, 1") << "2026-01-12T11:00:00" << 1 << "2026-01-12T20:00:00+03:00";
    // Offset 3 h into Monday: 3 h into the 5th following working day.
    QTest::newRow("monday 14:00, 5") << "2026-01-12T14:00:00" << 5 << "2026-01-19T14:00:00+03:00";
    QTest::newRow("monday 14:00, 1") << "2026-01-12T14:00:00" << 1 << "2026-01-13T14:00:00+03:00";
    // Before opening, at closing and on the weekend the clock starts at the next opening.
    QTest::newRow("monday 08:00") << "2026-01-12T08:00:00" << 5 << "2026-01-16T20:00:00+03:00";
    QTest::newRow("friday 20:00") << "2026-01-16T20:00:00" << 1 << "2026-01-19T20:00:00+03:00";
    QTest::newRow("saturday") << "2026-01-17T15:00:00" << 2 << "2026-01-20T20:00:00+03:00";
    QTest::newRow("friday 19:59") << "2026-01-16T19:59:00" << 1 << "2026-01-19T19:59:00+03:00";
}

void TestWorkCalendar::businessDayRule()
{
    QFETCH(QString, start);
    QFETCH(int, days);
    QFETCH(QString, due);
    const char *zone = "Europe/Moscow";
    const auto cal = compile(weekdays(zone, {{11 * H, 20 * H}}));
    ClockInput input;
    input.start = at(start.toLatin1().constData(), zone);
    QCOMPARE(show(SlaClock::due(*cal, Target::of(days, TargetUnit::BusinessDays), input), zone),
             due);
}

void TestWorkCalendar::businessDaysAcrossYearEnd()
{
    const char *zone = "Europe/Moscow";
    const auto cal = compile(weekdays(zone, {{11 * H, 20 * H}}));
    ClockInput input;
    input.start = at("2026-12-21T11:00:00", zone);
    // Weekly hours only: 30 working days counted from Mon 21 Dec end on Fri 29 Jan.
    QCOMPARE(show(SlaClock::due(*cal, Target::of(30, TargetUnit::BusinessDays), input), zone),
             QStringLiteral("2027-01-29T20:00:00+03:00"));
    QCOMPARE(cal->businessDaysRequirement(input.start, 30), qint64(30 * 9 * 3600));
}

void TestWorkCalendar::berlinTransitions()
{
    const char *zone = "Europe/Berlin";
    CalendarSpec always;
    always.id = QStringLiteral("berlin-24x7");
    always.timeZone = zone;
    always.always = true;
    const auto cal = compile(always);
    // 29 March 2026 has 23 hours, 25 October 2026 has 25.
    QCOMPARE(cal->workingTimeBetween(at("2026-03-29T00:00:00", zone),
                                     at("2026-03-30T00:00:00", zone)),
             qint64(23 * 3600));
    QCOMPARE(cal->workingTimeBetween(at("2026-10-25T00:00:00", zone),
                                     at("2026-10-26T00:00:00", zone)),
             qint64(25 * 3600));
    // One business day from midnight is the local day, whatever its length.
    ClockInput input;
    input.start = at("2026-03-29T00:00:00", zone);
    QCOMPARE(show(SlaClock::due(*cal, Target::of(1, TargetUnit::BusinessDays), input), zone),
             QStringLiteral("2026-03-30T00:00:00+02:00"));
    // The offset into the day is working time: 10 h into 25 October (which repeats 02:00-03:00)
    // is 09:00 on the wall clock.
    input.start = at("2026-10-24T10:00:00", zone);
    QCOMPARE(show(SlaClock::due(*cal, Target::of(1, TargetUnit::BusinessDays), input), zone),
             QStringLiteral("2026-10-25T09:00:00+01:00"));

    // Night hours across the transitions: the gap loses an hour, the overlap counts twice.
    CalendarSpec nights;
    nights.id = QStringLiteral("berlin-nights");
    nights.timeZone = zone;
    nights.weekly[6] = {{1 * H, 4 * H}};
    const auto night = compile(nights);
    QCOMPARE(night->workingTimeBetween(at("2026-03-29T00:00:00", zone),
                                       at("2026-03-29T12:00:00", zone)),
             qint64(2 * 3600));
    const Instant fallbackMidnight = at("2026-10-25T00:00:00", zone);
    QCOMPARE(night->workingTimeBetween(fallbackMidnight, fallbackMidnight + 12 * Hour),
             qint64(4 * 3600));
    // 2 h from 01:00 on the spring day ends at 04:00 (02:00–03:00 does not exist).
    QCOMPARE(show(night->addWorkingTime(at("2026-03-29T01:00:00", zone), 2 * Hour), zone),
             QStringLiteral("2026-03-29T04:00:00+02:00"));
    // An interval starting inside the gap starts at the transition.
    CalendarSpec gap;
    gap.id = QStringLiteral("berlin-gap");
    gap.timeZone = zone;
    gap.weekly[6] = {{2 * H + 30, 5 * H}};
    const auto inGap = compile(gap);
    QCOMPARE(show(inGap->nextWorkingStart(at("2026-03-29T00:00:00", zone)), zone),
             QStringLiteral("2026-03-29T03:00:00+02:00"));
    QCOMPARE(inGap->workingTimeBetween(at("2026-03-29T00:00:00", zone),
                                       at("2026-03-29T12:00:00", zone)),
             qint64(2 * 3600));
}

void TestWorkCalendar::newYorkTransitions()
{
    const char *zone = "America/New_York";
    const auto cal = compile(weekdays(zone, {{9 * H, 17 * H}}));
    // Friday before the spring transition + 2 h: Monday 10:00 EDT.
    QCOMPARE(show(cal->addWorkingTime(at("2026-03-06T16:00:00", zone), 2 * Hour), zone),
             QStringLiteral("2026-03-09T10:00:00-04:00"));
    QCOMPARE(cal->addWorkingTime(at("2026-03-06T16:00:00", zone), 2 * Hour),
             QDateTime(QDate(2026, 3, 9), QTime(14, 0), Qt::UTC).toSecsSinceEpoch());
    // Friday before the autumn transition + 2 h: Monday 10:00 EST.
    QCOMPARE(show(cal->addWorkingTime(at("2026-10-30T16:00:00", zone), 2 * Hour), zone),
             QStringLiteral("2026-11-02T10:00:00-05:00"));
    CalendarSpec nights;
    nights.id = QStringLiteral("ny-nights");
    nights.timeZone = zone;
    nights.weekly[6] = {{0, 3 * H}};
    const auto night = compile(nights);
    const Instant day = at("2026-11-01T00:00:00", zone);
    QCOMPARE(night->workingTimeBetween(day, day + 86400), qint64(4 * 3600));
    QCOMPARE(night->workingTimeBetween(at("2026-03-08T00:00:00", zone),
                                       at("2026-03-08T12:00:00", zone)),
             qint64(2 * 3600));
}

void TestWorkCalendar::exceptions()
{
    const char *zone = "Europe/Moscow";
    CalendarSpec spec = weekdays(zone, {{11 * H, 20 * H}});
    DayException off;
    off.date = QDate(2026, 1, 13); // Tuesday off
    off.type = DayException::Type::DayOff;
    off.names.set(QStringLiteral("en"), QStringLiteral("Test holiday"));
    DayException saturday;
    saturday.date = QDate(2026, 1, 17); // a working Saturday with Monday's hours
    saturday.type = DayException::Type::WorkingDay;
    DayException shortened;
    shortened.date = QDate(2026, 1, 15); // Thursday, one hour shorter
    shortened.type = DayException::Type::Shortened;
    DayException own;
    own.date = QDate(2026, 1, 18); // a working Sunday with its own hours, also shortened
    own.type = DayException::Type::WorkingDay;
    own.hours = QVector<TimeRange>{{10 * H, 12 * H}, {13 * H, 13 * H + 30}};
    own.shortened = true;
    spec.exceptions = {off, saturday, shortened, own};
    const auto cal = compile(spec);

    QVERIFY(cal->hoursOn(QDate(2026, 1, 13)).isEmpty());
    QCOMPARE(cal->hoursOn(QDate(2026, 1, 17)), (QVector<TimeRange>{{11 * H, 20 * H}}));
    QCOMPARE(cal->hoursOn(QDate(2026, 1, 15)), (QVector<TimeRange>{{11 * H, 19 * H}}));
    QCOMPARE(cal->shortenedCutOn(QDate(2026, 1, 15)), (QVector<TimeRange>{{19 * H, 20 * H}}));
    // The cut hour crosses the break: 30 min from the afternoon, 30 from the morning.
    QCOMPARE(cal->hoursOn(QDate(2026, 1, 18)), (QVector<TimeRange>{{10 * H, 11 * H + 30}}));
    // Monday 12 Jan 19:00 + 2 h: 1 h Monday, Tuesday off, 1 h Wednesday.
    QCOMPARE(show(cal->addWorkingTime(at("2026-01-12T19:00:00", zone), 2 * Hour), zone),
             QStringLiteral("2026-01-14T12:00:00+03:00"));
    // Thursday 18:30 + 1 h: the shortened day ends at 19:00, then Friday 11:30.
    QCOMPARE(show(cal->addWorkingTime(at("2026-01-15T18:30:00", zone), 3600), zone),
             QStringLiteral("2026-01-16T11:30:00+03:00"));
    // Friday 19:00 + 2 h: Saturday works from 11:00.
    QCOMPARE(show(cal->addWorkingTime(at("2026-01-16T19:00:00", zone), 2 * Hour), zone),
             QStringLiteral("2026-01-17T12:00:00+03:00"));
    QVERIFY(cal->exceptionOn(QDate(2026, 1, 13)));
    QCOMPARE(cal->exceptionOn(QDate(2026, 1, 13))->names.english(), QStringLiteral("Test holiday"));
    QVERIFY(!cal->exceptionOn(QDate(2026, 1, 14)));
}

void TestWorkCalendar::rangeAndWarnings()
{
    const char *zone = "Europe/Moscow";
    CalendarSpec spec = weekdays(zone, {{11 * H, 20 * H}});
    spec.dataYears = {{2025, DataStatus::Official},
                      {2026, DataStatus::Official},
                      {2027, DataStatus::Provisional}};
    const auto cal = compile(spec);
    QVERIFY(cal->warningsFor(at("2026-03-01T12:00:00", zone), at("2026-12-01T12:00:00", zone))
                    .isEmpty());
    const auto provisional =
            cal->warningsFor(at("2026-12-20T12:00:00", zone), at("2027-01-20T12:00:00", zone));
    QCOMPARE(provisional.size(), 1);
    QCOMPARE(provisional.first().kind, CalendarWarning::Kind::DataProvisional);
    QCOMPARE(provisional.first().year, 2027);
    const auto missing =
            cal->warningsFor(at("2028-01-10T12:00:00", zone), at("2028-01-20T12:00:00", zone));
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing.first().kind, CalendarWarning::Kind::DataMissing);
    QCOMPARE(missing.first().message(),
             QStringLiteral("calendar data missing for 2028 (test): weekly hours only"));
    // Still answers past the data, with weekly hours.
    QCOMPARE(show(cal->addWorkingTime(at("2028-01-10T11:00:00", zone), 9 * Hour), zone),
             QStringLiteral("2028-01-10T20:00:00+03:00"));
    // Outside the compiled years there is no answer rather than a wrong one.
    QCOMPARE(cal->nextWorkingStart(at("1999-06-01T12:00:00", zone)), InvalidInstant);
    QCOMPARE(cal->addWorkingTime(at("2100-12-31T19:00:00", zone), 2 * Hour), InvalidInstant);
    // A calendar without holiday data never warns.
    const auto plain = compile(weekdays(zone, {{11 * H, 20 * H}}));
    QVERIFY(plain->warningsFor(at("2040-01-01T00:00:00", zone), at("2041-01-01T00:00:00", zone))
                    .isEmpty());
}

void TestWorkCalendar::validation()
{
    QString error;
    CalendarSpec overlap = weekdays("Europe/Moscow", {{9 * H, 13 * H}, {12 * H, 18 * H}});
    QVERIFY(!WorkCalendar::compile(overlap, &error));
    QVERIFY2(error.startsWith(QStringLiteral("weekly.mon[1]:")), qPrintable(error));
    CalendarSpec zone = weekdays("Mars/Olympus_Mons", {{9 * H, 18 * H}});
    QVERIFY(!WorkCalendar::compile(zone, &error));
    QVERIFY2(error.contains(QStringLiteral("unknown time zone")), qPrintable(error));
    CalendarSpec inverted = weekdays("UTC", {{18 * H, 9 * H}});
    QVERIFY(!WorkCalendar::compile(inverted, &error));
    QVERIFY2(error.contains(QStringLiteral("ends before it starts")), qPrintable(error));
    CalendarSpec farFuture = weekdays("UTC", {{9 * H, 18 * H}});
    DayException e;
    e.date = QDate(9999, 1, 1);
    farFuture.exceptions = {e};
    QVERIFY(!WorkCalendar::compile(farFuture, &error));
    QVERIFY2(error.contains(QStringLiteral("outside the supported years")), qPrintable(error));
}

void TestWorkCalendar::parseRanges()
{
    QCOMPARE(parseTimeRange(QStringLiteral("11:00-20:00"))->startMinute, 11 * H);
    QCOMPARE(parseTimeRange(QStringLiteral("00:00-24:00"))->endMinute, 24 * H);
    QVERIFY(!parseTimeRange(QStringLiteral("20:00-11:00")));
    QVERIFY(!parseTimeRange(QStringLiteral("25:00-26:00")));
    QVERIFY(!parseTimeRange(QStringLiteral("9-18")));
    QCOMPARE(formatTimeRange({9 * H + 5, 18 * H}), QStringLiteral("09:05-18:00"));
}

QTEST_GUILESS_MAIN(TestWorkCalendar)
#include "tst_workcalendar.moc"
