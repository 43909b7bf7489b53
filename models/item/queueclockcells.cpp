// SPDX-License-Identifier: GPL-3.0-or-later
// QueueModel's clock cells (models/item/queuemodel.h): the live state of a painted clock, and
// what its cells say — the time left in the target's own unit, a breach in wall-clock time, the
// due in the calendar's zone and in the reader's (docs/architecture.md §2 "How a clock is
// shown"). The rest of the model is in queuemodel.cpp, its index in queueindex.cpp.

#include "models/item/queuemodel.h"

#include "models/item/dateformat.h"
#include "models/sla/clocktext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace dueline {

ClockState QueueModel::liveState(int rowIndex, TargetKind kind, qint64 *remaining,
                                 Instant *resumesAt) const
{
    // A painted clock cell asks for several roles; the state is computed once per cell and tick.
    // The entry is valid for this row's data (its generation) at this now.
    const int k = kind == TargetKind::Response ? 0 : 1;
    StateCacheEntry &entry = m_stateCache[std::size_t((rowIndex * 2 + k) & (StateCacheSize - 1))];
    const quint32 generation = m_generation[std::size_t(rowIndex)];
    if (entry.row != rowIndex || entry.kind != k || entry.now != m_now ||
        entry.generation != generation) {
        entry.row = rowIndex;
        entry.kind = k;
        entry.now = m_now;
        entry.generation = generation;
        entry.resumesAt = InvalidInstant;
        entry.state =
                clockState(m_rows[std::size_t(rowIndex)], int(m_policyOf[std::size_t(rowIndex)]),
                           kind, &entry.remaining, &entry.resumesAt);
    }
    *remaining = entry.remaining;
    *resumesAt = entry.resumesAt;
    return entry.state;
}

QVariant QueueModel::clockData(const QueueRow &row, int rowIndex, TargetKind kind, int role) const
{
    const ClockSnapshot &clock = row.clock(kind);
    const int k = kind == TargetKind::Response ? 0 : 1;
    const Policy &policy = m_policies[m_policyOf[std::size_t(rowIndex)]];
    qint64 remaining = 0;
    Instant resumesAt = InvalidInstant;
    switch (role) {
    case Qt::DisplayRole:
    case CompactTextRole: {
        // docs/architecture.md §2 "How a clock is shown": the target's own unit; a breach in
        // wall-clock time, counting on outside working hours.
        const ClockState state = liveState(rowIndex, kind, &remaining, &resumesAt);
        switch (state) {
        case ClockState::NotApplicable:
            return QStringLiteral("—");
        case ClockState::Met:
            return QCoreApplication::translate("QueueModel", "met", "SLA clock state");
        case ClockState::MetLate:
            return QCoreApplication::translate("QueueModel", "met late", "SLA clock state");
        case ClockState::Breached:
            return ClockText::overdue(m_now - clock.due);
        default:
            return ClockText::remaining(remaining, policy.unit[k], policy.calendar[k], m_now,
                                        role == CompactTextRole ? ClockText::Form::Compact
                                                                : ClockText::Form::Full);
        }
    }
    case SortRole:
        return qlonglong(clockSortKey(clock, false));
    case ClockStateRole:
        return int(liveState(rowIndex, kind, &remaining, &resumesAt));
    case RemainingRole:
        liveState(rowIndex, kind, &remaining, &resumesAt);
        return qlonglong(remaining);
    case DueRole:
        return clock.due == InvalidInstant ? QVariant() : QVariant(qlonglong(clock.due));
    case ProgressRole: {
        const ClockState state = liveState(rowIndex, kind, &remaining, &resumesAt);
        if (state == ClockState::NotApplicable || clock.requiredSeconds <= 0)
            return 0.0;
        return 1.0 - double(remaining) / double(clock.requiredSeconds);
    }
    case ResumesAtRole:
        liveState(rowIndex, kind, &remaining, &resumesAt);
        return resumesAt == InvalidInstant ? QVariant() : QVariant(qlonglong(resumesAt));
    case OverriddenRole:
        return clock.overridden;
    case Qt::ToolTipRole: {
        if (clock.due == InvalidInstant)
            return {};
        const ClockState state = liveState(rowIndex, kind, &remaining, &resumesAt);
        const WorkCalendar *calendar = policy.calendar[k];
        const QLocale locale;
        const QTimeZone zone = calendar ? QTimeZone(calendar->spec().timeZone) : m_zone;
        // A paused clock: when it would be due if it resumed now.
        const Instant shownDue =
                state == ClockState::Paused && calendar
                        ? calendar->addWorkingTime(calendar->nextWorkingStart(m_now), remaining)
                        : clock.due;
        const QStringList due = DateFormat::inZones(
                locale, shownDue == InvalidInstant ? clock.due : shownDue, zone, m_zone, m_now);
        // What is left in the target's unit and in working time, or how long ago it breached;
        // then the due in the calendar's zone and in the reader's.
        QStringList lines;
        const bool live = state != ClockState::Breached && state != ClockState::Met &&
                          state != ClockState::MetLate;
        if (live) {
            const QString left = ClockText::remaining(remaining, policy.unit[k], calendar, m_now);
            lines << (policy.unit[k] == TargetUnit::BusinessDays
                              ? QCoreApplication::translate("QueueModel",
                                                            "%1 left (%2 of working time)")
                                        .arg(left, ClockText::workingTime(remaining))
                              : QCoreApplication::translate("QueueModel", "%1 of working time left")
                                        .arg(ClockText::workingTime(remaining)));
        }
        switch (state) {
        case ClockState::Breached:
            lines << QCoreApplication::translate("QueueModel", "Breached %1 ago, %2",
                                                 "wall-clock time since the due instant, when")
                             .arg(ClockText::wallTime(m_now - clock.due), due.first());
            break;
        case ClockState::Paused:
            lines << QCoreApplication::translate("QueueModel", "Paused; due %1 if resumed now")
                             .arg(due.first());
            break;
        default:
            lines << QCoreApplication::translate("QueueModel", "Due %1").arg(due.first());
            break;
        }
        if (due.size() > 1)
            lines << QCoreApplication::translate("QueueModel", "%1 in your time zone")
                             .arg(due.at(1));
        if (resumesAt != InvalidInstant && state == ClockState::OutsideHours)
            lines << QCoreApplication::translate("QueueModel", "Outside working hours; resumes %1")
                             .arg(DateFormat::zonedDateTime(
                                     locale, QDateTime::fromSecsSinceEpoch(resumesAt, m_zone),
                                     QDateTime::fromSecsSinceEpoch(m_now, m_zone)));
        if (live && calendar)
            lines << QCoreApplication::translate("QueueModel", "Working hours: %1")
                             .arg(calendar->spec().names.text(m_language));
        if (clock.overridden)
            lines << QCoreApplication::translate("QueueModel", "Set by a lead");
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

} // namespace dueline
