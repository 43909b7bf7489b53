// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sla/workcalendar.h" // Instant

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QVector>

#include <optional>

namespace dueline {

// One weekly interval of a person's notification hours.
struct WeeklyHours
{
    quint8 days = 0; // the days the interval starts on: bit 0 Monday … bit 6 Sunday
    int from = 0; // minutes after midnight, 0..1439
    int to = 0; // minutes after midnight, 1..1440; to <= from: it ends on the next day
    bool operator==(const WeeklyHours &o) const;
    bool operator!=(const WeeklyHours &o) const { return !(*this == o); }

    static constexpr quint8 Weekdays = 0x1f; // Monday to Friday
    static constexpr quint8 EveryDay = 0x7f;
    // Whether it ends on the day after it starts (20:00–06:00).
    bool crossesMidnight() const { return to <= from; }
    // Whether it starts on `day` (0 Monday … 6 Sunday).
    bool startsOn(int day) const { return day >= 0 && day < 7 && (days >> day) & 1; }
};

// When and about what one person is notified (issue 20). Stored per person in the database
// (schema 10, table notification_settings; docs/architecture.md §4). Pure data: no clock, no
// widgets; "now" is always an argument.
struct NotificationSettings
{
    enum class Scope {
        Default, // agents MineAndUnassigned, leads All
        Mine,
        MineAndUnassigned,
        All
    };
    bool always = true; // notify whenever Dueline runs (a new person's default)
    bool doNotDisturb = false; // nothing until turned off
    QString timeZone; // IANA id the hours are in; empty: the system's zone
    QVector<WeeklyHours> hours; // used when !always
    Scope scope = Scope::Default;
    // Leads: also notify when an assigned agent is outside their hours while their ticket is
    // at risk.
    bool escalateOutsideHours = false;

    static constexpr int MaxIntervals = 50;
    static constexpr int MaxJsonBytes = 16384; // the server refuses more (schema 10)

    // Whether notifications are on at `at` (not DND, and always or within an interval, in
    // timeZone). Intervals are wall-clock local time: on a day that skips an hour (DST) an
    // interval starting in the skipped hour starts when the clock jumps; an hour that is lived
    // twice counts twice.
    bool isOn(Instant at) const;
    // Whether `at` is within the hours, whatever DND says (`always` counts as within).
    bool isWithinHours(Instant at) const;
    // The next instant after `at` at which isOn changes (InvalidInstant when never) — for tests
    // and for "back at 20:00".
    Instant nextChange(Instant at) const;
    Scope effectiveScope(bool lead) const;
    // The zone the hours are read in: timeZone, or the system's when it is empty or unknown
    // on this computer.
    QByteArray effectiveTimeZone() const;

    // {"always":…,"dnd":…,"time_zone":…,"hours":[{"days":["mon",…],"from":"20:00",
    // "to":"06:00"}],"scope":"default|mine|mine_and_unassigned|all","escalate_outside_hours":…}
    QByteArray toJson() const; // compact, stable key order
    // Unknown keys, wrong types, bad day names or times, unknown zones, empty day sets, more
    // than MaxIntervals intervals are errors; a missing key takes its default. *error names the
    // JSON path ("$.hours[0].days[1]: …").
    static std::optional<NotificationSettings> fromJson(const QByteArray &json, QString *error);
    bool operator==(const NotificationSettings &o) const;
    bool operator!=(const NotificationSettings &o) const { return !(*this == o); }

    // "mon" … "sun" for 0 … 6; -1 for anything else.
    static QString dayKey(int day);
    static int dayFromKey(const QString &key);
    static QString scopeKey(Scope scope);
    static std::optional<Scope> scopeFromKey(const QString &key);
    // "HH:MM" (to: "24:00" for the end of the day) and back; -1 when malformed.
    static QString timeText(int minutes);
    static int minutesFromText(const QString &text, bool end);
};

} // namespace dueline

Q_DECLARE_METATYPE(dueline::NotificationSettings)
