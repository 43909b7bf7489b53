// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/catalog.h"
#include "models/store/report.h"
#include "models/store/storeerror.h"
#include "models/store/ticket.h"

#include <QDate>
#include <QTimeZone>

#include <optional>

namespace dueline {

class TicketStore;

// What one customer's (or one plan's) SLA report covers: the tickets created in [from, to), as
// they stand at `now`.
struct CustomerReportRequest
{
    qint64 customerId = 0; // 0: every customer's tickets on `planId`
    QString planId; // with customerId 0: the plan (id or alias); ignored for a customer
    Instant from = 0;
    Instant to = 0;
    Instant now = 0;
    // Dates, weeks and dues are read in this zone; invalid: the customer's (UTC for a plan).
    QTimeZone zone;
};

struct CustomerReportRow
{
    QString planId;
    QString severity; // empty in the total row
    qint64 tickets = 0;
    qint64 met = 0;
    qint64 breached = 0;
    qint64 pending = 0;
    qint64 noSla = 0;
    qint64 responseMet = 0;
    qint64 responseBreached = 0;
    qint64 resolutionMet = 0;
    qint64 resolutionBreached = 0;
    qint64 replied = 0; // tickets with a first reply
    qint64 resolved = 0; // tickets resolved or closed at `now`
    double compliancePercent = -1; // met / (met + breached) × 100; -1: none
    // Wall-clock time from creation to the first reply, and to the (last) resolution, over the
    // tickets that have one: the median (the mean of the two middle values for an even count,
    // rounded down) and the 90th percentile (nearest rank: the smallest time that at least 90 %
    // of them do not exceed). -1: none.
    qint64 medianResponseSeconds = -1;
    qint64 p90ResponseSeconds = -1;
    qint64 medianResolutionSeconds = -1;
    qint64 p90ResolutionSeconds = -1;
};

// One breached clock.
struct CustomerReportBreach
{
    qint64 ticketId = 0;
    QString subject;
    QString planId;
    QString severity;
    TargetKind kind = TargetKind::Response;
    Target target;
    QString calendarId; // the calendar the clock runs on
    Instant createdAt = 0;
    Instant due = InvalidInstant;
    // When the clock stopped (the reply, the resolution); InvalidInstant: still open at `now`.
    Instant stoppedAt = InvalidInstant;
    bool paused = false; // still open and waiting on the customer
    qint64 lateSeconds = 0; // wall-clock time past the due, to the stop or to `now`
    // The due was set by a lead (an absolute deadline): no working-time explanation.
    bool overridden = false;
    QString overrideReason;
    Explanation explanation; // the span from the ticket's start to its due
};

// A due a lead set by hand.
struct CustomerReportOverride
{
    qint64 ticketId = 0;
    QString subject;
    TargetKind kind = TargetKind::Response;
    Instant at = 0; // when it was set
    Instant due = InvalidInstant; // the new due
    QString actor; // the lead's display name
    QString reason;
};

struct CustomerReportData
{
    CustomerReportRequest request;
    std::optional<Customer> customer; // none for a plan's report
    QString planId; // the customer's plan, or the plan asked for
    QTimeZone zone; // the zone everything is read in
    QStringList planIds; // the plans the tickets are on: planId first, then catalog order
    QVector<CustomerReportRow> rows; // per plan and severity (most severe first), seen or offered
    CustomerReportRow total;
    QVector<CustomerReportBreach> breaches; // by due, then ticket
    QVector<CustomerReportOverride> overrides; // by time set
    // Breached tickets per week (Monday to Sunday in `zone`), each counted once in the week of
    // its first breached due; the weeks run from the one holding `from` to the one holding the
    // later of the period's last day and the last breach.
    QVector<QDate> weeks;
    QVector<qint64> breachesPerWeek;

    const CustomerReportRow *row(const QString &plan, const QString &severity) const;
};

// Builds the report from the tickets and their events: every figure is derived from the event
// logs (TicketClocks), as the ticket panel shows them.
class CustomerReport
{
public:
    // Empty on error (*error says why: an unknown customer or plan, a bad period, the database).
    static std::optional<CustomerReportData>
    compute(TicketStore &store, const CustomerReportRequest &request, StoreError *error);
    // The outcome of a clock evaluated at the report's `now` (TicketClocks::evaluate(): a clock
    // paused after running out, or past a due a lead set, is breached).
    static SlaOutcome outcome(const ClockResult &clock);
    // The 90th percentile of `values` (nearest rank, see CustomerReportRow); -1 when empty.
    static qint64 percentile90(std::vector<qint64> values);
};

} // namespace dueline
