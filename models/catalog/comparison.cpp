// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/comparison.h"

#include <algorithm>

namespace dueline {

namespace {

ComparisonRow::Clock computeClock(const Catalog &catalog, const Plan &plan, const Target &target,
                                  Instant opened, QVector<CalendarWarning> *warnings)
{
    ComparisonRow::Clock clock;
    clock.target = target;
    if (!target.committed)
        return clock;
    clock.calendar = catalog.calendarFor(plan, target);
    if (!clock.calendar)
        return clock;
    ClockInput input;
    input.start = opened;
    const Instant start = clock.calendar->nextWorkingStart(opened);
    if (start == InvalidInstant)
        return clock;
    clock.workingSeconds = SlaClock::requiredSeconds(*clock.calendar, target, start);
    clock.due = SlaClock::due(*clock.calendar, target, input);
    if (clock.due != InvalidInstant) {
        clock.explanation = SlaClock::explain(*clock.calendar, input, clock.due);
        for (const CalendarWarning &w : clock.calendar->warningsFor(opened, clock.due)) {
            if (!warnings->contains(w))
                warnings->append(w);
        }
    }
    return clock;
}

bool earlier(Instant a, Instant b)
{
    if (a == b)
        return false;
    if (a == InvalidInstant)
        return false;
    if (b == InvalidInstant)
        return true;
    return a < b;
}

} // namespace

ComparisonRow Comparison::computeOne(const Catalog &catalog, const Plan &plan,
                                     const QString &severity, Instant opened)
{
    ComparisonRow row;
    row.plan = &plan;
    row.severity = severity;
    const SeverityTargets *targets = plan.targetsFor(severity);
    if (!targets)
        return row;
    row.response = computeClock(catalog, plan, targets->response, opened, &row.warnings);
    row.resolution = computeClock(catalog, plan, targets->resolution, opened, &row.warnings);
    return row;
}

QVector<ComparisonRow> Comparison::compute(const Catalog &catalog, int level, Instant opened,
                                           const QStringList &planIds)
{
    QVector<ComparisonRow> rows;
    for (const Plan &plan : catalog.plans()) {
        if (!planIds.isEmpty() && !planIds.contains(plan.id))
            continue;
        const QString severity = plan.severityForLevel(level);
        if (severity.isEmpty())
            continue;
        rows.append(computeOne(catalog, plan, severity, opened));
    }
    sort(rows);
    return rows;
}

void Comparison::sort(QVector<ComparisonRow> &rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const ComparisonRow &a, const ComparisonRow &b) {
        if (a.response.due != b.response.due)
            return earlier(a.response.due, b.response.due);
        if (a.resolution.due != b.resolution.due)
            return earlier(a.resolution.due, b.resolution.due);
        return a.plan->id < b.plan->id;
    });
}

QVector<qint64> Comparison::weeklyEffectiveWait(const Catalog &catalog, const Plan &plan,
                                                const QString &severity, TargetKind kind,
                                                Instant weekStart)
{
    QVector<qint64> waits(qsizetype(7) * 24, -1);
    const SeverityTargets *targets = plan.targetsFor(severity);
    if (!targets || !targets->target(kind).committed)
        return waits;
    const Target &target = targets->target(kind);
    const WorkCalendarPtr calendar = catalog.calendarFor(plan, target);
    if (!calendar)
        return waits;
    for (int hour = 0; hour < waits.size(); ++hour) {
        ClockInput input;
        input.start = weekStart + Instant(hour) * 3600;
        const Instant due = SlaClock::due(*calendar, target, input);
        if (due != InvalidInstant)
            waits[hour] = due - input.start;
    }
    return waits;
}

qint64 Comparison::meanEffectiveWait(const Catalog &catalog, const Plan &plan,
                                     const QString &severity, TargetKind kind, Instant weekStart)
{
    const QVector<qint64> waits = weeklyEffectiveWait(catalog, plan, severity, kind, weekStart);
    qint64 total = 0;
    int count = 0;
    for (qint64 w : waits) {
        if (w >= 0) {
            total += w;
            ++count;
        }
    }
    return count ? total / count : -1;
}

} // namespace dueline
