// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sla/slaclock.h"

#include <QString>

namespace dueline {

// How a clock is shown (docs/architecture.md §2 "How a clock is shown"), in the UI language
// through the installed translators (context "ClockText"). Every place that shows a clock — the
// queue's cells and tooltips, the ticket panel and its "Why this deadline?", the plans'
// explanation, the command line — writes it with these, so they all follow one rule:
//
// - working time is hours and minutes, never days: a business-hours calendar has no day of 24
//   working hours;
// - a business-day target's remaining time is whole business days of its calendar and the
//   working time beyond them ("4 business days 5 h");
// - how long ago a clock breached is wall-clock time, and may use days: those are real days.
class ClockText
{
public:
    // Full words, or the shorter form a narrow table cell falls back to ("4 workdays 5 h",
    // "4 раб. дня 5 ч"; the rest in whole hours only): the same unit, never more than is left.
    enum class Form { Full, Compact };

    // Working time: "45 min", "2 h 05 min", "38 h", "38 h 20 min" (Chinese does not pad the
    // minutes); negative with a minus sign.
    static QString workingTime(qint64 seconds);
    // A live countdown of working time: "0:12:34" under 24 working hours, "38 h 20 min" from
    // there on; negative with a minus sign.
    static QString workingCountdown(qint64 seconds);
    // Whole business days and the working time beyond them: "5 business days", "4 business days
    // 5 h", "4 business days 40 min" (the hours alone from one hour on); with no whole day, the
    // working countdown of the rest ("4:59:59").
    static QString businessDays(int days, qint64 restSeconds, Form form = Form::Full);
    // The remaining working time of a running or paused clock, in its target's unit: the working
    // countdown for minute and hour targets; for business-day targets the business days of
    // `calendar` that `seconds` hold from `now` (or from the next working instant after it),
    // WorkCalendar::businessDaysWithin(). Without a calendar, the working countdown.
    static QString remaining(qint64 seconds, TargetUnit unit, const WorkCalendar *calendar,
                             Instant now, Form form = Form::Full);
    // How long ago a clock breached, in wall-clock time, as the negative countdown of a cell:
    // "−0:12:34" under a day, "−4 d 3 h" from there on.
    static QString overdue(qint64 wallSeconds);
    // Wall-clock time in words: "12 min", "3 h 20 min", "1 day", "4 days 3 h".
    static QString wallTime(qint64 seconds);
};

} // namespace dueline
