#include "models/store/report.h"

#include "models/store/ticket.h"
#include "models/store/ticketstore.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <map>

namespace dueline {

namespace {

enum class Outcome { NotApplicable, Met, Breached, Pending };

Outcome clockOutcome(const QString &state, const QVariant &due, const QVariant &remaining,
                     bool overridden, qint64 now)
{
    const auto phase = clockPhaseFromKey(state).value_or(ClockPhase::NotApplicable);
    switch (phase) {
    case ClockPhase::NotApplicable:
        return Outcome::NotApplicable;
    case ClockPhase::Met:
        return Outcome::Met;
    case ClockPhase::MetLate:
        return Outcome::Breached;
    case ClockPhase::Paused:
        if (!overridden)
            return remaining.toLongLong() <= 0 ? Outcome::Breached : Outcome::Pending;
        break;
    case ClockPhase::Running:
        break;
    }
    return !due.isNull() && due.toLongLong() <= now ? Outcome::Breached : Outcome::Pending;
}

struct Accumulator
{
    ReportRow row;
    std::vector<qint64> responseTimes;

    void finish()
    {
        if (row.met + row.breached > 0)
            row.compliancePercent = 100.0 * double(row.met) / double(row.met + row.breached);
        if (!responseTimes.empty()) {
            std::sort(responseTimes.begin(), responseTimes.end());
            const std::size_t n = responseTimes.size();
            row.medianResponseSeconds =
                    n % 2 == 1 ? responseTimes[n / 2]
                               : (responseTimes[n / 2 - 1] + responseTimes[n / 2]) / 2;
        }
    }
};

} // namespace

QVector<ReportRow> Report::compute(Connection &connection, const Catalog &catalog, qint64 from,
                                   qint64 to, qint64 now, StoreError *error)
{
    QSqlQuery q = connection.query();
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
            "SELECT plan_id, severity, created_at, first_reply_at, response_state, response_due, "
            "response_remaining, resolution_state, resolution_due, resolution_remaining, "
            "overrides FROM tickets WHERE created_at >= ? AND created_at < ?"));
    q.addBindValue(from);
    q.addBindValue(to);
    if (!q.exec()) {
        storeFail(error, StoreError::Kind::Database,
                  QCoreApplication::translate("store", "database error on %1: %2")
                          .arg(connection.describe(), sqlErrorText(q)));
        return {};
    }
    std::map<std::pair<QString, QString>, Accumulator> groups;
    Accumulator total;
    while (q.next()) {
        const QString plan = q.value(0).toString();
        const QString severity = q.value(1).toString();
        Accumulator &group = groups[{plan, severity}];
        const int overrides = q.value(10).toInt();
        const Outcome response =
                clockOutcome(q.value(4).toString(), q.value(5), q.value(6), overrides & 1, now);
        const Outcome resolution =
                clockOutcome(q.value(7).toString(), q.value(8), q.value(9), overrides & 2, now);
        Outcome ticket;
        if (response == Outcome::NotApplicable && resolution == Outcome::NotApplicable)
            ticket = Outcome::NotApplicable;
        else if (response == Outcome::Breached || resolution == Outcome::Breached)
            ticket = Outcome::Breached;
        else if (response != Outcome::Pending && resolution != Outcome::Pending)
            ticket = Outcome::Met;
        else
            ticket = Outcome::Pending;
        for (Accumulator *a : {&group, &total}) {
            ReportRow &r = a->row;
            ++r.tickets;
            r.met += ticket == Outcome::Met;
            r.breached += ticket == Outcome::Breached;
            r.pending += ticket == Outcome::Pending;
            r.notApplicable += ticket == Outcome::NotApplicable;
            r.responseMet += response == Outcome::Met;
            r.responseBreached += response == Outcome::Breached;
            r.resolutionMet += resolution == Outcome::Met;
            r.resolutionBreached += resolution == Outcome::Breached;
            if (!q.value(3).isNull()) {
                ++r.replied;
                a->responseTimes.push_back(q.value(3).toLongLong() - q.value(2).toLongLong());
            }
        }
    }

    // Catalog order: plans as listed, severities most severe first.
    auto rank = [&catalog](const QString &planId, const QString &severity) {
        int planRank = int(catalog.plans().size());
        int severityRank = 1000;
        for (int i = 0; i < catalog.plans().size(); ++i) {
            const Plan &p = catalog.plans().at(i);
            if (p.id == planId) {
                planRank = i;
                const int s = int(p.severities.indexOf(severity));
                if (s >= 0)
                    severityRank = s;
            }
        }
        return std::make_tuple(planRank, severityRank, planId, severity);
    };
    QVector<ReportRow> rows;
    for (auto &entry : groups) {
        entry.second.row.planId = entry.first.first;
        entry.second.row.severity = entry.first.second;
        entry.second.finish();
        rows.append(entry.second.row);
    }
    std::sort(rows.begin(), rows.end(), [&rank](const ReportRow &a, const ReportRow &b) {
        return rank(a.planId, a.severity) < rank(b.planId, b.severity);
    });
    total.finish();
    rows.append(total.row);
    return rows;
}

} // namespace dueline
