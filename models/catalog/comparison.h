#pragma once

#include "models/catalog/catalog.h"

namespace dueline {

// The real deadline each plan gives for the same incident (DESIGN §3 levels). Shared by
// `dueline-cli compare` and the Plans workspace so both show the same numbers.
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
    // One plan and one of its severities.
    static ComparisonRow computeOne(const Catalog &catalog, const Plan &plan,
                                    const QString &severity, Instant opened);
};

} // namespace dueline
