#pragma once

#include "models/catalog/catalog.h"
#include "models/store/connection.h"

namespace dueline {

// SLA compliance per plan and severity for the tickets created in [from, to), as of `now`.
//
// Each committed clock of a ticket is met (stopped in time), breached (stopped late, or still
// running past its due, or paused after running out), or pending (running, not yet due). A
// ticket is breached when one of its clocks is, met when all its committed clocks are met,
// not applicable when it has no commitment (or a service stage without SLA), else pending.
// Compliance = met / (met + breached) × 100 (none when both are 0). The median response time
// is the median wall-clock time from creation to the first public reply over the tickets with a
// reply (the mean of the two middle values for an even count, rounded down).
struct ReportRow
{
    QString planId; // empty in the total row
    QString severity;
    qint64 tickets = 0;
    qint64 met = 0;
    qint64 breached = 0;
    qint64 pending = 0;
    qint64 notApplicable = 0;
    qint64 responseMet = 0;
    qint64 responseBreached = 0;
    qint64 resolutionMet = 0;
    qint64 resolutionBreached = 0;
    qint64 replied = 0; // tickets with a first reply
    double compliancePercent = -1; // -1: none
    qint64 medianResponseSeconds = -1; // -1: no replies
};

class Report
{
public:
    // Rows sorted by plan (catalog order, unknown plans last) and severity (most severe first),
    // then the total row (planId empty). Empty on error.
    static QVector<ReportRow> compute(Connection &connection, const Catalog &catalog, qint64 from,
                                      qint64 to, qint64 now, StoreError *error);
};

} // namespace dueline
