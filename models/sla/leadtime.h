// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sla/workcalendar.h"

#include <QString>

#include <optional>

namespace dueline {

struct Target;

// How long before its breach a running clock counts as at risk (docs/architecture.md §2): once
// the clock's remaining working time is at or below the lead time. A lead time is a share of the
// target ("10%") or a duration of working time on the clock's calendar ("5m", "4h", "1h30m"), so
// "4h" on a business-day target means four working hours. A team sets it per plan and severity
// in its catalog (docs/catalog-format.md, "lead_times"); the default is 25 % of the target.
class LeadTime
{
public:
    static constexpr int DefaultShareBasisPoints = 2500; // 25 %

    // The default: 25 % of the target.
    LeadTime() = default;
    // A share of the target in hundredths of a percent (1000 = 10 %).
    static LeadTime share(int basisPoints);
    // A duration of working time.
    static LeadTime duration(qint64 seconds);

    bool isShare() const { return m_isShare; }
    int shareBasisPoints() const { return m_isShare ? m_value : 0; }
    qint64 seconds() const { return m_isShare ? 0 : m_value; }
    bool isDefault() const { return *this == LeadTime(); }

    // The remaining working seconds at or below which a clock of `requiredSeconds` is at risk.
    qint64 threshold(qint64 requiredSeconds) const;

    // "10%", "12.5%", "5m", "4h", "1h30m": what parse() reads back.
    QString toString() const;
    // Reads a lead time as the catalog and the editor take it: a duration of hours and minutes
    // ("30m", "4h", "1h30m", "1h 30m") or a share of the target above 0 and below 100 % ("10%",
    // "12.5%"). On failure *error says why: in English, or in the UI language when `translated`
    // (the same message through the installed translators).
    static std::optional<LeadTime> parse(const QString &text, QString *error = nullptr,
                                         bool translated = false);
    // The least working time `target` can require on `calendar` (its shortest working weekday
    // for each business day; shortened days not counted), or 0 when not known.
    static qint64 shortestRequiredSeconds(const Target &target, const CalendarSpec *calendar);
    // Why this lead time cannot warn before `target` on `calendar` (empty: it can): the target
    // is no commitment, or a duration not below the least time the target requires would put
    // every ticket at risk from the start.
    QString problemWith(const Target &target, const CalendarSpec *calendar,
                        bool translated = false) const;

    bool operator==(const LeadTime &o) const
    {
        return m_isShare == o.m_isShare && m_value == o.m_value;
    }
    bool operator!=(const LeadTime &o) const { return !(*this == o); }

private:
    bool m_isShare = true;
    qint64 m_value = DefaultShareBasisPoints; // basis points or seconds
};

} // namespace dueline
