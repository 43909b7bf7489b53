// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sla/slaclock.h"

#include <algorithm>

namespace dueline {

QString unitKey(TargetUnit unit)
{
    switch (unit) {
    case TargetUnit::Minutes:
        return QStringLiteral("minutes");
    case TargetUnit::Hours:
        return QStringLiteral("hours");
    case TargetUnit::BusinessDays:
        return QStringLiteral("business_days");
    }
    return {};
}

std::optional<TargetUnit> unitFromKey(const QString &key)
{
    if (key == QLatin1String("minutes"))
        return TargetUnit::Minutes;
    if (key == QLatin1String("hours"))
        return TargetUnit::Hours;
    if (key == QLatin1String("business_days"))
        return TargetUnit::BusinessDays;
    return std::nullopt;
}

QString targetKindKey(TargetKind kind)
{
    return kind == TargetKind::Response ? QStringLiteral("response") : QStringLiteral("resolution");
}

QString clockStateKey(ClockState state)
{
    switch (state) {
    case ClockState::NotApplicable:
        return QStringLiteral("not_applicable");
    case ClockState::Running:
        return QStringLiteral("running");
    case ClockState::Paused:
        return QStringLiteral("paused");
    case ClockState::OutsideHours:
        return QStringLiteral("outside_hours");
    case ClockState::AtRisk:
        return QStringLiteral("at_risk");
    case ClockState::Breached:
        return QStringLiteral("breached");
    case ClockState::Met:
        return QStringLiteral("met");
    case ClockState::MetLate:
        return QStringLiteral("met_late");
    }
    return {};
}

QString explanationKindKey(ExplanationPiece::Kind kind)
{
    switch (kind) {
    case ExplanationPiece::Kind::Counted:
        return QStringLiteral("counted");
    case ExplanationPiece::Kind::OutsideHours:
        return QStringLiteral("outside_hours");
    case ExplanationPiece::Kind::Weekend:
        return QStringLiteral("weekend");
    case ExplanationPiece::Kind::DayOff:
        return QStringLiteral("day_off");
    case ExplanationPiece::Kind::Shortened:
        return QStringLiteral("shortened");
    case ExplanationPiece::Kind::Paused:
        return QStringLiteral("paused");
    }
    return {};
}

qint64 Explanation::countedSeconds() const
{
    qint64 total = 0;
    for (const ExplanationPiece &p : pieces) {
        if (p.kind == ExplanationPiece::Kind::Counted)
            total += p.workingSeconds;
    }
    return total;
}

QVector<Interval> normalizeIntervals(QVector<Interval> intervals)
{
    intervals.erase(std::remove_if(intervals.begin(), intervals.end(),
                                   [](const Interval &i) { return i.to <= i.from; }),
                    intervals.end());
    std::sort(intervals.begin(), intervals.end(),
              [](const Interval &a, const Interval &b) { return a.from < b.from; });
    QVector<Interval> merged;
    merged.reserve(intervals.size());
    for (const Interval &i : intervals) {
        if (!merged.isEmpty() && i.from <= merged.last().to)
            merged.last().to = std::max(merged.last().to, i.to);
        else
            merged.append(i);
    }
    return merged;
}

namespace {

// Pauses as they stand at `horizon`: later ones dropped, open or later ends cut at `horizon`.
QVector<Interval> pausesAt(const QVector<Interval> &pauses, Instant horizon)
{
    QVector<Interval> clipped;
    clipped.reserve(pauses.size());
    for (Interval p : pauses) {
        if (p.from >= horizon)
            continue;
        p.to = std::min(p.to, horizon);
        clipped.append(p);
    }
    return normalizeIntervals(clipped);
}

Instant dueFrom(const WorkCalendar &calendar, Instant clockStart, qint64 required,
                const QVector<Interval> &pauses)
{
    Instant cursor = clockStart;
    qint64 remaining = required;
    if (remaining <= 0)
        return clockStart;
    for (const Interval &p : pauses) {
        if (p.to <= cursor)
            continue;
        if (p.from > cursor) {
            const qint64 available = calendar.workingTimeBetween(cursor, p.from);
            if (available >= remaining)
                return calendar.addWorkingTime(cursor, remaining);
            remaining -= available;
        }
        if (p.isOpen())
            return InvalidInstant;
        cursor = std::max(cursor, p.to);
        if (!calendar.inRange(cursor))
            return InvalidInstant;
    }
    return calendar.addWorkingTime(cursor, remaining);
}

} // namespace

qint64 SlaClock::unpausedWorkingTime(const WorkCalendar &calendar, const QVector<Interval> &pauses,
                                     Instant a, Instant b)
{
    if (b <= a)
        return 0;
    qint64 total = calendar.workingTimeBetween(a, b);
    for (const Interval &p : pauses) {
        const Instant from = std::max(a, p.from);
        const Instant to = std::min(b, p.to);
        if (to > from)
            total -= calendar.workingTimeBetween(from, to);
    }
    return total;
}

qint64 SlaClock::requiredSeconds(const WorkCalendar &calendar, const Target &target,
                                 Instant clockStart)
{
    if (!target.committed)
        return 0;
    if (target.unit == TargetUnit::BusinessDays)
        return calendar.businessDaysRequirement(clockStart, int(target.amount));
    return target.fixedSeconds();
}

Instant SlaClock::due(const WorkCalendar &calendar, const Target &target, const ClockInput &input,
                      Instant openPauseEnd)
{
    if (!target.committed)
        return InvalidInstant;
    const Instant clockStart = calendar.nextWorkingStart(input.start);
    if (clockStart == InvalidInstant)
        return InvalidInstant;
    const qint64 required = requiredSeconds(calendar, target, clockStart);
    if (required < 0)
        return InvalidInstant;
    if (input.pauses.isEmpty()) // the common case, kept free of allocations
        return dueFrom(calendar, clockStart, required, input.pauses);
    QVector<Interval> pauses = input.pauses;
    if (openPauseEnd != InvalidInstant) {
        for (Interval &p : pauses) {
            if (p.isOpen())
                p.to = std::max(p.from, openPauseEnd);
        }
    }
    return dueFrom(calendar, clockStart, required, normalizeIntervals(pauses));
}

ClockResult SlaClock::evaluate(const WorkCalendar &calendar, const Target &target,
                               const ClockInput &input, Instant now, const LeadTime &lead)
{
    ClockResult r;
    if (!target.committed) {
        r.state = ClockState::NotApplicable;
        return r;
    }
    r.clockStart = calendar.nextWorkingStart(input.start);
    if (r.clockStart == InvalidInstant) {
        r.error = QStringLiteral("the ticket's start lies outside the years %1-%2")
                          .arg(WorkCalendar::FirstYear)
                          .arg(WorkCalendar::LastYear);
        return r;
    }
    r.requiredSeconds = requiredSeconds(calendar, target, r.clockStart);
    if (r.requiredSeconds < 0) {
        r.error = QStringLiteral("the target ends after the year %1").arg(WorkCalendar::LastYear);
        return r;
    }

    const bool stopped = input.stoppedAt != InvalidInstant;
    const Instant horizon = stopped ? input.stoppedAt : now;
    const QVector<Interval> all = normalizeIntervals(input.pauses);
    const QVector<Interval> pauses = pausesAt(all, horizon);
    bool paused = false;
    if (!stopped) {
        for (const Interval &p : all) {
            if (p.from <= now && now < p.to)
                paused = true;
        }
    }

    r.due = dueFrom(calendar, r.clockStart, r.requiredSeconds, pauses);
    r.dueIsProjected = paused;
    if (r.due == InvalidInstant) {
        r.error =
                QStringLiteral("the due time falls after the year %1").arg(WorkCalendar::LastYear);
        return r;
    }
    if (horizon > r.clockStart) {
        r.elapsedSeconds = unpausedWorkingTime(calendar, pauses, r.clockStart, horizon);
        r.pausedWorkingSeconds =
                calendar.workingTimeBetween(r.clockStart, horizon) - r.elapsedSeconds;
    }
    r.remainingSeconds = r.requiredSeconds - r.elapsedSeconds;
    const qint64 threshold = lead.threshold(r.requiredSeconds);
    r.warnings = calendar.warningsFor(input.start, std::max(r.due, horizon));

    if (stopped) {
        r.state = input.stoppedAt <= r.due ? ClockState::Met : ClockState::MetLate;
        return r;
    }
    if (now >= r.due && !(paused && r.remainingSeconds > 0)) {
        r.state = ClockState::Breached;
        return r;
    }
    if (paused) {
        r.state = ClockState::Paused;
        return r;
    }
    setLiveState(calendar, now, threshold, &r);
    return r;
}

void SlaClock::setLiveState(const WorkCalendar &calendar, Instant now, qint64 threshold,
                            ClockResult *result)
{
    ClockResult &r = *result;
    r.atRisk = r.remainingSeconds <= threshold;
    const Instant atRiskAt = r.atRisk
                                     ? InvalidInstant
                                     : calendar.addWorkingTime(now, r.remainingSeconds - threshold);
    if (!calendar.isWorking(now)) {
        r.state = ClockState::OutsideHours;
        r.resumesAt = calendar.nextWorkingStart(now);
        r.nextChange = std::min(r.resumesAt, r.due);
    } else {
        r.state = r.atRisk ? ClockState::AtRisk : ClockState::Running;
        Instant next = std::min(r.due, calendar.currentSpanEnd(now));
        if (atRiskAt != InvalidInstant)
            next = std::min(next, atRiskAt);
        r.nextChange = next;
    }
}

Explanation SlaClock::explain(const WorkCalendar &calendar, const ClockInput &input, Instant due,
                              Instant now)
{
    Explanation ex;
    ex.start = input.start;
    ex.due = due;
    if (due == InvalidInstant || !calendar.inRange(input.start) || due <= input.start)
        return ex;
    const Instant horizon = input.stoppedAt != InvalidInstant ? input.stoppedAt : now;
    const QVector<Interval> pauses = horizon != InvalidInstant
                                             ? pausesAt(normalizeIntervals(input.pauses), horizon)
                                             : normalizeIntervals(input.pauses);

    // Every instant where the classification may change.
    std::vector<Instant> cuts{input.start, due};
    for (Instant t = input.start; t < due;) {
        const Instant next = calendar.nextWorkingStart(t);
        if (next == InvalidInstant || next >= due)
            break;
        const Instant end = calendar.currentSpanEnd(next);
        cuts.push_back(next);
        cuts.push_back(end);
        t = end;
    }
    const QDate first = calendar.localDate(input.start);
    const QDate last = calendar.localDate(due);
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        cuts.push_back(calendar.fromLocal(d.addDays(1), 0));
        for (const TimeRange &cut : calendar.shortenedCutOn(d)) {
            cuts.push_back(calendar.fromLocal(d, cut.startMinute));
            cuts.push_back(calendar.fromLocal(d, cut.endMinute));
        }
    }
    for (const Interval &p : pauses) {
        cuts.push_back(p.from);
        if (!p.isOpen())
            cuts.push_back(p.to);
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    auto classify = [&](Instant t, LocalizedText *name) {
        for (const Interval &p : pauses) {
            if (p.from <= t && t < p.to)
                return ExplanationPiece::Kind::Paused;
        }
        if (calendar.isWorking(t))
            return ExplanationPiece::Kind::Counted;
        const QDate date = calendar.localDate(t);
        if (const DayException *e = calendar.exceptionOn(date)) {
            if (e->type == DayException::Type::DayOff) {
                *name = e->names;
                return ExplanationPiece::Kind::DayOff;
            }
        }
        const int minute = calendar.localMinuteOfDay(t);
        for (const TimeRange &cut : calendar.shortenedCutOn(date)) {
            if (minute >= cut.startMinute && minute < cut.endMinute)
                return ExplanationPiece::Kind::Shortened;
        }
        return calendar.hoursOn(date).isEmpty() ? ExplanationPiece::Kind::Weekend
                                                : ExplanationPiece::Kind::OutsideHours;
    };

    for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
        const Instant a = cuts[i];
        const Instant b = cuts[i + 1];
        if (a < input.start || b > due || b <= a)
            continue;
        ExplanationPiece piece;
        piece.kind = classify(a + (b - a) / 2, &piece.name);
        piece.from = a;
        piece.to = b;
        if (piece.kind == ExplanationPiece::Kind::Counted ||
            piece.kind == ExplanationPiece::Kind::Paused)
            piece.workingSeconds = calendar.workingTimeBetween(a, b);
        if (!ex.pieces.isEmpty() && ex.pieces.last().kind == piece.kind &&
            ex.pieces.last().name == piece.name && ex.pieces.last().to == a) {
            ex.pieces.last().to = b;
            ex.pieces.last().workingSeconds += piece.workingSeconds;
        } else {
            ex.pieces.append(piece);
        }
    }
    return ex;
}

} // namespace dueline
