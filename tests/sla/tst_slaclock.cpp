// SPDX-License-Identifier: GPL-3.0-or-later
// SlaClock: states, pauses, reopen, severity change with kept pauses, next state change and
// "why this deadline?".

#include "models/sla/slaclock.h"
#include "tests/support/fakeclock.h"

#include <QTimeZone>
#include <QtTest>

using namespace dueline;

namespace {

const char *const Zone = "Europe/Moscow";

Instant at(const char *local)
{
    const QDateTime dt = QDateTime::fromString(QString::fromLatin1(local), Qt::ISODate);
    return QDateTime(dt.date(), dt.time(), QTimeZone(Zone)).toSecsSinceEpoch();
}

QString show(Instant t)
{
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone(Zone)).toString(Qt::ISODate);
}

// Mon–Fri 11:00–20:00 Moscow with 13 January 2026 as a named day off and 15 January shortened.
WorkCalendarPtr businessCalendar()
{
    CalendarSpec spec;
    spec.id = QStringLiteral("moscow-test");
    spec.timeZone = Zone;
    for (int d = 0; d < 5; ++d)
        spec.weekly[std::size_t(d)] = {{11 * 60, 20 * 60}};
    DayException off;
    off.date = QDate(2026, 1, 13);
    off.type = DayException::Type::DayOff;
    off.names.set(QStringLiteral("en"), QStringLiteral("Test holiday"));
    off.names.set(QStringLiteral("ru"), QStringLiteral("Тестовый праздник"));
    DayException shortened;
    shortened.date = QDate(2026, 1, 15);
    shortened.type = DayException::Type::Shortened;
    spec.exceptions = {off, shortened};
    return WorkCalendar::compile(spec);
}

} // namespace

class TestSlaClock : public QObject
{
    Q_OBJECT
private slots:
    void states();
    void pausePushesDue();
    void reopenResumesResolution();
    void severityChangeKeepsPausedTime();
    void nextChangeForTicker();
    void explanation();
    void noCommitment();
};

void TestSlaClock::states()
{
    const auto cal = businessCalendar();
    const Target fourHours = Target::of(4, TargetUnit::Hours);
    ClockInput input;
    input.start = at("2026-01-12T12:00:00"); // Monday; due 16:00
    FakeClock clock(at("2026-01-12T13:00:00"));

    ClockResult r = SlaClock::evaluate(*cal, fourHours, input, clock.nowUtc());
    QCOMPARE(r.state, ClockState::Running);
    QCOMPARE(show(r.due), QStringLiteral("2026-01-12T16:00:00+03:00"));
    QCOMPARE(r.remainingSeconds, qint64(3 * 3600));
    QVERIFY(!r.atRisk);

    clock.set(at("2026-01-12T15:00:00")); // 1 h left of 4: 25 %
    r = SlaClock::evaluate(*cal, fourHours, input, clock.nowUtc());
    QCOMPARE(r.state, ClockState::AtRisk);
    QVERIFY(r.atRisk);
    // A stricter threshold: 1 h left is not within 10 %.
    QCOMPARE(
            SlaClock::evaluate(*cal, fourHours, input, clock.nowUtc(), LeadTime::share(1000)).state,
            ClockState::Running);

    clock.set(at("2026-01-12T17:30:00"));
    r = SlaClock::evaluate(*cal, fourHours, input, clock.nowUtc());
    QCOMPARE(r.state, ClockState::Breached);
    QCOMPARE(r.remainingSeconds, qint64(-90 * 60));

    // Outside hours: opened on Friday evening, seen on Saturday.
    ClockInput friday;
    friday.start = at("2026-01-16T19:00:00");
    r = SlaClock::evaluate(*cal, fourHours, friday, at("2026-01-17T10:00:00"));
    QCOMPARE(r.state, ClockState::OutsideHours);
    QCOMPARE(show(r.resumesAt), QStringLiteral("2026-01-19T11:00:00+03:00"));
    QCOMPARE(r.remainingSeconds, qint64(3 * 3600));

    // Paused: waiting on the customer since 13:00, the due is a projection.
    ClockInput waiting = input;
    waiting.pauses = {{at("2026-01-12T13:00:00"), Interval::OpenEnd}};
    r = SlaClock::evaluate(*cal, fourHours, waiting, at("2026-01-12T18:00:00"));
    QCOMPARE(r.state, ClockState::Paused);
    QVERIFY(r.dueIsProjected);
    QCOMPARE(r.remainingSeconds, qint64(3 * 3600));
    QCOMPARE(show(r.due), QStringLiteral("2026-01-14T12:00:00+03:00"));

    // Met and met late.
    ClockInput replied = input;
    replied.stoppedAt = at("2026-01-12T15:59:00");
    QCOMPARE(SlaClock::evaluate(*cal, fourHours, replied, at("2026-01-20T00:00:00")).state,
             ClockState::Met);
    replied.stoppedAt = at("2026-01-12T16:00:00");
    QCOMPARE(SlaClock::evaluate(*cal, fourHours, replied, at("2026-01-20T00:00:00")).state,
             ClockState::Met);
    replied.stoppedAt = at("2026-01-12T16:01:00");
    QCOMPARE(SlaClock::evaluate(*cal, fourHours, replied, at("2026-01-20T00:00:00")).state,
             ClockState::MetLate);
}

void TestSlaClock::pausePushesDue()
{
    const auto cal = businessCalendar();
    ClockInput input;
    input.start = at("2026-01-12T12:00:00");
    input.pauses = {{at("2026-01-12T14:00:00"), at("2026-01-12T15:30:00")}};
    QCOMPARE(show(SlaClock::due(*cal, Target::of(4, TargetUnit::Hours), input)),
             QStringLiteral("2026-01-12T17:30:00+03:00"));
    // A pause outside working hours changes nothing.
    input.pauses = {{at("2026-01-12T20:30:00"), at("2026-01-12T22:00:00")}};
    QCOMPARE(show(SlaClock::due(*cal, Target::of(4, TargetUnit::Hours), input)),
             QStringLiteral("2026-01-12T16:00:00+03:00"));
    // Business days are fixed at the start; the pause then pushes the due by its working time.
    input.start = at("2026-01-12T11:00:00");
    input.pauses = {{at("2026-01-14T12:00:00"), at("2026-01-14T14:00:00")}};
    // 2 business days from Monday's opening: Monday and Wednesday (Tuesday off) → Wed 20:00,
    // pushed by 2 h → Thursday 13:00.
    QCOMPARE(show(SlaClock::due(*cal, Target::of(2, TargetUnit::BusinessDays), input)),
             QStringLiteral("2026-01-15T13:00:00+03:00"));
}

void TestSlaClock::reopenResumesResolution()
{
    const auto cal = businessCalendar();
    const Target eightHours = Target::of(8, TargetUnit::Hours);
    ClockInput input;
    input.start = at("2026-01-12T11:00:00");
    // Resolved at 15:00 (4 h used), reopened Wednesday 12:00: the resolved time does not count.
    input.pauses = {{at("2026-01-12T15:00:00"), at("2026-01-14T12:00:00")}};
    const ClockResult r = SlaClock::evaluate(*cal, eightHours, input, at("2026-01-14T13:00:00"));
    QCOMPARE(r.state, ClockState::Running);
    QCOMPARE(r.elapsedSeconds, qint64(5 * 3600));
    QCOMPARE(show(r.due), QStringLiteral("2026-01-14T16:00:00+03:00"));
    // Resolved again at 15:30: met.
    input.stoppedAt = at("2026-01-14T15:30:00");
    QCOMPARE(SlaClock::evaluate(*cal, eightHours, input, at("2026-01-20T00:00:00")).state,
             ClockState::Met);
}

void TestSlaClock::severityChangeKeepsPausedTime()
{
    const auto cal = businessCalendar();
    ClockInput input;
    input.start = at("2026-01-12T11:00:00");
    input.pauses = {{at("2026-01-12T12:00:00"), at("2026-01-12T14:00:00")}};
    // Raised from 8 h to 2 h at 14:30: the new target counts from the start, the pause is kept.
    const Instant before = SlaClock::due(*cal, Target::of(8, TargetUnit::Hours), input);
    const Instant after = SlaClock::due(*cal, Target::of(2, TargetUnit::Hours), input);
    QCOMPARE(show(before), QStringLiteral("2026-01-14T12:00:00+03:00"));
    QCOMPARE(show(after), QStringLiteral("2026-01-12T15:00:00+03:00"));
    const ClockResult r = SlaClock::evaluate(*cal, Target::of(2, TargetUnit::Hours), input,
                                             at("2026-01-12T14:30:00"));
    QCOMPARE(r.state, ClockState::AtRisk);
    QCOMPARE(r.pausedWorkingSeconds, qint64(2 * 3600));
    QCOMPARE(r.remainingSeconds, qint64(30 * 60));
}

void TestSlaClock::nextChangeForTicker()
{
    const auto cal = businessCalendar();
    ClockInput input;
    input.start = at("2026-01-12T12:00:00");
    // Running with 4 h: the next change is when 25 % remain (15:00).
    ClockResult r = SlaClock::evaluate(*cal, Target::of(4, TargetUnit::Hours), input,
                                       at("2026-01-12T12:30:00"));
    QCOMPARE(show(r.nextChange), QStringLiteral("2026-01-12T15:00:00+03:00"));
    // At risk: the next change is the breach.
    r = SlaClock::evaluate(*cal, Target::of(4, TargetUnit::Hours), input,
                           at("2026-01-12T15:30:00"));
    QCOMPARE(show(r.nextChange), QStringLiteral("2026-01-12T16:00:00+03:00"));
    // 16 h: the working day ends first (20:00).
    r = SlaClock::evaluate(*cal, Target::of(16, TargetUnit::Hours), input,
                           at("2026-01-12T12:30:00"));
    QCOMPARE(show(r.nextChange), QStringLiteral("2026-01-12T20:00:00+03:00"));
    // Outside hours: the next change is the opening.
    r = SlaClock::evaluate(*cal, Target::of(16, TargetUnit::Hours), input,
                           at("2026-01-12T21:00:00"));
    QCOMPARE(show(r.nextChange), QStringLiteral("2026-01-14T11:00:00+03:00"));
}

void TestSlaClock::explanation()
{
    const auto cal = businessCalendar();
    ClockInput input;
    input.start = at("2026-01-12T18:00:00"); // Monday
    input.pauses = {{at("2026-01-14T12:00:00"), at("2026-01-14T13:00:00")}};
    const Target target = Target::of(12, TargetUnit::Hours);
    const Instant due = SlaClock::due(*cal, target, input);
    // 2 h Monday, Tuesday off, Wednesday 9 h minus 1 h paused = 8 h, Thursday 2 h → 13:00.
    QCOMPARE(show(due), QStringLiteral("2026-01-15T13:00:00+03:00"));
    const Explanation ex = SlaClock::explain(*cal, input, due);
    QStringList kinds;
    for (const ExplanationPiece &p : ex.pieces)
        kinds << explanationKindKey(p.kind);
    QCOMPARE(kinds, (QStringList{QStringLiteral("counted"), QStringLiteral("outside_hours"),
                                 QStringLiteral("day_off"), QStringLiteral("outside_hours"),
                                 QStringLiteral("counted"), QStringLiteral("paused"),
                                 QStringLiteral("counted"), QStringLiteral("outside_hours"),
                                 QStringLiteral("counted")}));
    QCOMPARE(ex.pieces.at(2).name.text(QStringLiteral("ru")), QStringLiteral("Тестовый праздник"));
    QCOMPARE(show(ex.pieces.at(2).from), QStringLiteral("2026-01-13T00:00:00+03:00"));
    QCOMPARE(show(ex.pieces.at(2).to), QStringLiteral("2026-01-14T00:00:00+03:00"));
    QCOMPARE(ex.pieces.at(5).workingSeconds, qint64(3600));
    QCOMPARE(ex.countedSeconds(), qint64(12 * 3600));

    // A shortened day shows its missing hour; a weekend shows as a weekend.
    ClockInput thursday;
    thursday.start = at("2026-01-15T18:00:00");
    const Instant due2 = SlaClock::due(*cal, Target::of(2, TargetUnit::Hours), thursday);
    QCOMPARE(show(due2), QStringLiteral("2026-01-16T12:00:00+03:00"));
    const Explanation ex2 = SlaClock::explain(*cal, thursday, due2);
    QCOMPARE(explanationKindKey(ex2.pieces.at(1).kind), QStringLiteral("shortened"));
    QCOMPARE(show(ex2.pieces.at(1).from), QStringLiteral("2026-01-15T19:00:00+03:00"));
    QCOMPARE(show(ex2.pieces.at(1).to), QStringLiteral("2026-01-15T20:00:00+03:00"));
    ClockInput friday;
    friday.start = at("2026-01-16T19:00:00");
    const Explanation ex3 = SlaClock::explain(
            *cal, friday, SlaClock::due(*cal, Target::of(2, TargetUnit::Hours), friday));
    QStringList kinds3;
    for (const ExplanationPiece &p : ex3.pieces)
        kinds3 << explanationKindKey(p.kind);
    QCOMPARE(kinds3, (QStringList{QStringLiteral("counted"), QStringLiteral("outside_hours"),
                                  QStringLiteral("weekend"), QStringLiteral("outside_hours"),
                                  QStringLiteral("counted")}));

    // Pauses as evaluate() takes them. A clock stopped before a pause (a reply, then waiting on
    // the customer) is explained without it: the counted time is the target.
    ClockInput replied = input;
    replied.stoppedAt = at("2026-01-14T11:30:00");
    const ClockResult met = SlaClock::evaluate(*cal, target, replied, at("2026-01-20T12:00:00"));
    QCOMPARE(met.state, ClockState::Met);
    QCOMPARE(show(met.due), QStringLiteral("2026-01-15T12:00:00+03:00"));
    const Explanation exMet = SlaClock::explain(*cal, replied, met.due);
    QCOMPARE(exMet.countedSeconds(), qint64(12 * 3600));
    for (const ExplanationPiece &p : exMet.pieces)
        QVERIFY(p.kind != ExplanationPiece::Kind::Paused);
    // Paused now, with the pause still open: the due if it resumed now, and the time from now
    // on counted up to it.
    ClockInput waiting;
    waiting.start = input.start;
    waiting.pauses = {{at("2026-01-14T12:00:00"), Interval::OpenEnd}};
    const Instant now = at("2026-01-14T15:00:00");
    const ClockResult paused = SlaClock::evaluate(*cal, target, waiting, now);
    QCOMPARE(paused.state, ClockState::Paused);
    QVERIFY(paused.dueIsProjected);
    const Explanation exPaused = SlaClock::explain(*cal, waiting, paused.due, now);
    QCOMPARE(exPaused.countedSeconds(), qint64(12 * 3600));
    QCOMPARE(show(exPaused.pieces.at(5).to), QStringLiteral("2026-01-14T15:00:00+03:00"));
    QCOMPARE(explanationKindKey(exPaused.pieces.at(5).kind), QStringLiteral("paused"));
}

void TestSlaClock::noCommitment()
{
    const auto cal = businessCalendar();
    ClockInput input;
    input.start = at("2026-01-12T12:00:00");
    const ClockResult r =
            SlaClock::evaluate(*cal, Target::none(), input, at("2026-01-30T12:00:00"));
    QCOMPARE(r.state, ClockState::NotApplicable);
    QCOMPARE(SlaClock::due(*cal, Target::none(), input), InvalidInstant);
    QCOMPARE(clockStateKey(r.state), QStringLiteral("not_applicable"));
}

QTEST_GUILESS_MAIN(TestSlaClock)
#include "tst_slaclock.moc"
