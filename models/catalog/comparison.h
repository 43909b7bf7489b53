// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/catalog.h"

namespace dueline {

// The real deadline each plan gives for the same incident (docs/architecture.md §3 levels). Shared
// by `dueline-cli compare` and the Plans workspace so both show the same numbers.
struct ComparisonRow
{
    const Plan *plan = nullptr;
    QString severity;
    struct Clock
    {
        Target target;
        WorkCalendarPtr calendar;
        Instant due = InvalidInstant; // InvalidInstant: no commitment
        qint64 workingSeconds = 0;
        Explanation explanation;
    };
    Clock response;
    Clock resolution;
    QVector<CalendarWarning> warnings;
};

class Comparison
{
public:
    // Every plan (or only `planIds` when given) for incident level 1..4 opened at `opened`,
    // sorted by response due, then resolution due (no commitment last), then plan id.
    static QVector<ComparisonRow> compute(const Catalog &catalog, int level, Instant opened,
                                          const QStringList &planIds = {});
    // Sorts rows by response due, then resolution due (no commitment last), then plan id.
    static void sort(QVector<ComparisonRow> &rows);
    // One plan and one of its severities.
    static ComparisonRow computeOne(const Catalog &catalog, const Plan &plan,
                                    const QString &severity, Instant opened);

    // The effective wait (due − opened, wall-clock seconds) for a ticket opened at each hour of
    // the week that starts at `weekStart`: 168 values, -1 where there is no commitment. Shows
    // the cost of business-hours plans at a glance.
    static QVector<qint64> weeklyEffectiveWait(const Catalog &catalog, const Plan &plan,
                                               const QString &severity, TargetKind kind,
                                               Instant weekStart);
    // The mean of weeklyEffectiveWait over the hours with a commitment; -1 when there is none.
    static qint64 meanEffectiveWait(const Catalog &catalog, const Plan &plan,
                                    const QString &severity, TargetKind kind, Instant weekStart);
};

} // namespace dueline
