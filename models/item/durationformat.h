#pragma once

#include "models/sla/slaclock.h"

#include <QString>

namespace dueline {

// Durations and targets as a person reads them, in the UI language (through the installed
// translators): "2 h 05 min" / "2 ч 05 мин" / "2小时05分钟".
class DurationFormat
{
public:
    // A span of time: "45 min", "2 h 05 min", "3 d 4 h" (minutes dropped past a day).
    static QString span(qint64 seconds);
    // A live countdown: "0:12:34" under a day, "2 d 4 h" beyond; negative with a minus sign.
    static QString countdown(qint64 seconds);
    // A target: "40 min", "3 h", "5 business days"; "—" without commitment.
    static QString target(const Target &target);
};

} // namespace dueline
