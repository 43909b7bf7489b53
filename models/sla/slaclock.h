// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sla/leadtime.h"
#include "models/sla/workcalendar.h"

#include <QString>
#include <QVector>

namespace dueline {

enum class TargetKind { Response, Resolution };
enum class TargetUnit { Minutes, Hours, BusinessDays };

// One SLA target (docs/architecture.md §2): an amount of working time on a calendar, or no
// commitment.
struct Target
{
    bool committed = false;
    qint64 amount = 0;
    TargetUnit unit = TargetUnit::Hours;
    QString calendarId; // empty: the plan's calendar
    LocalizedText notes;

    static Target none() { return {}; }
    static Target of(qint64 amount, TargetUnit unit)
    {
        Target t;
        t.committed = true;
        t.amount = amount;
        t.unit = unit;
        return t;
    }
    // Fixed working seconds for minute and hour targets (0 for business days: they depend on
    // the clock start).
    qint64 fixedSeconds() const
    {
        switch (unit) {
        case TargetUnit::Minutes:
            return amount * 60;
        case TargetUnit::Hours:
            return amount * 3600;
        case TargetUnit::BusinessDays:
            return 0;
        }
        return 0;
    }
    bool operator==(const Target &o) const
    {
        return committed == o.committed && amount == o.amount && unit == o.unit &&
               calendarId == o.calendarId;
    }
};

QString unitKey(TargetUnit unit); // "minutes" | "hours" | "business_days"
std::optional<TargetUnit> unitFromKey(const QString &key);
QString targetKindKey(TargetKind kind); // "response" | "resolution"

// A half-open UTC interval; `to` may be OpenEnd (still going on).
struct Interval
{
    static constexpr Instant OpenEnd = std::numeric_limits<qint64>::max();
    Instant from = 0;
    Instant to = OpenEnd;
    bool isOpen() const { return to == OpenEnd; }
    bool operator==(const Interval &o) const { return from == o.from && to == o.to; }
};

// Sorts, drops empty intervals and merges overlapping or touching ones.
QVector<Interval> normalizeIntervals(QVector<Interval> intervals);

enum class ClockState {
    NotApplicable, // no commitment (or a service without SLA)
    Running,
    Paused,
    OutsideHours, // not working time now; the clock resumes at the next working instant
    AtRisk,
    Breached,
    Met,
    MetLate,
};

QString clockStateKey(ClockState state); // "running", "at_risk", …

// What a clock knows about its ticket.
struct ClockInput
{
    Instant start = 0; // ticket creation
    QVector<Interval> pauses; // waiting on customer, time spent resolved (open pause allowed)
    Instant stoppedAt = InvalidInstant; // the reply (response) or final resolution
};

struct ClockResult
{
    ClockState state = ClockState::NotApplicable;
    bool atRisk = false; // remaining <= the lead time's threshold, whatever the state (e.g. outside
                         // hours)
    Instant clockStart = InvalidInstant; // the first working instant at or after the start
    qint64 requiredSeconds = 0; // working time the target requires
    // Due instant. While paused: the due if the clock resumed now (dueIsProjected).
    Instant due = InvalidInstant;
    bool dueIsProjected = false;
    qint64 elapsedSeconds = 0; // working, unpaused, up to now or the stop
    qint64 remainingSeconds = 0; // required - elapsed; negative when breached
    qint64 pausedWorkingSeconds = 0; // working time that pauses took out
    Instant resumesAt = InvalidInstant; // outside hours: the next working instant
    // Next instant at which the state may change without any event (at risk, breach, a
    // working-hours edge); InvalidInstant when none.
    Instant nextChange = InvalidInstant;
    QVector<CalendarWarning> warnings;
    QString error; // non-empty when the clock cannot be computed (e.g. out of range)
};

// One piece of "why this deadline?".
struct ExplanationPiece
{
    enum class Kind { Counted, OutsideHours, Weekend, DayOff, Shortened, Paused };
    Kind kind = Kind::Counted;
    Instant from = 0;
    Instant to = 0;
    qint64 workingSeconds = 0; // working time inside (counted for Counted, skipped for Paused)
    LocalizedText name; // the holiday's name for DayOff
};

QString explanationKindKey(ExplanationPiece::Kind kind); // "counted", "day_off", …

struct Explanation
{
    Instant start = InvalidInstant;
    Instant due = InvalidInstant;
    QVector<ExplanationPiece> pieces;
    qint64 countedSeconds() const;
};

// The SLA clock: pure functions over a compiled calendar. No system clock: `now` is a parameter.
class SlaClock
{
public:
    // Working seconds the target requires for a clock starting at `clockStart` (a working
    // instant); -1 when it cannot be computed within the calendar's range.
    static qint64 requiredSeconds(const WorkCalendar &calendar, const Target &target,
                                  Instant clockStart);

    // The due instant of a target, given pauses (an open pause is treated as ending at
    // `openPauseEnd`). InvalidInstant when not committed or out of range.
    static Instant due(const WorkCalendar &calendar, const Target &target, const ClockInput &input,
                       Instant openPauseEnd = InvalidInstant);

    // The full state of the clock at `now`; at risk once the remaining working time is at or
    // below `lead` (25 % of the target by default).
    static ClockResult evaluate(const WorkCalendar &calendar, const Target &target,
                                const ClockInput &input, Instant now, const LeadTime &lead = {});

    // The state of a clock that is neither stopped, breached nor paused at `now`: running, at
    // risk (remaining working time at or below `threshold`) or outside working hours, with the
    // instant its state changes next. Needs result's due and remaining seconds set; shared by
    // evaluate() and clocks whose due a lead set by hand.
    static void setLiveState(const WorkCalendar &calendar, Instant now, qint64 threshold,
                             ClockResult *result);

    // "Why this deadline?": the span from the ticket's start to its due, in pieces. Pauses count
    // as they stand when the clock stopped (input.stoppedAt) or, for a running or paused clock,
    // at `now` when given (an open pause ends there), as evaluate() takes them: a reply's due is
    // not explained by a pause that came after the reply, and a due projected while paused
    // shows the time from `now` on as counted.
    static Explanation explain(const WorkCalendar &calendar, const ClockInput &input, Instant due,
                               Instant now = InvalidInstant);

    // Working time in [a, b) that is not covered by `pauses` (normalized).
    static qint64 unpausedWorkingTime(const WorkCalendar &calendar, const QVector<Interval> &pauses,
                                      Instant a, Instant b);
};

} // namespace dueline
