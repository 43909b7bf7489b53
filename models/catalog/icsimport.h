// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sla/workcalendar.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <optional>

namespace dueline {

// Days off from an iCalendar (.ics) file, read with libical: every all-day event becomes a day
// off for each date it covers (DTSTART to the exclusive DTEND), named by its SUMMARY; yearly and
// other recurring events are expanded over [fromYear, toYear]. Timed events are not days off and
// are counted as skipped.
struct IcsImport
{
    QVector<DayException> days; // sorted by date, one entry per date
    int skippedTimedEvents = 0;

    // Parses `data` (the contents of `fileName`). On a file libical cannot read, or an event
    // without a usable start, returns nullopt and a one-line reason naming the file and event.
    static std::optional<IcsImport> parse(const QByteArray &data, const QString &fileName,
                                          int fromYear, int toYear, QString *error);
};

} // namespace dueline
