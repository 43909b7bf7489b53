// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sla/slaclock.h"

#include <QString>

namespace dueline {

// Durations and targets as a person reads them, in the UI language (through the installed
// translators): "2 h 05 min" / "2 ч 05 мин" / "2 小时 5 分钟". A clock's remaining, overdue and
// working time are written by ClockText (models/sla/clocktext.h), which never writes working
// time as days.
class DurationFormat
{
public:
    // A span of wall-clock time: "45 min", "2 h 05 min", "3 d 4 h" (minutes dropped past a day,
    // a day being 24 hours). Never for working time: ClockText::workingTime().
    static QString span(qint64 seconds);
    // A target: "40 min", "3 h", "5 business days"; "—" without commitment.
    static QString target(const Target &target);
};

} // namespace dueline
