// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/customerreport.h"

#include "models/store/ticketclocks.h"
#include "models/store/ticketstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace dueline {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("store", text);
}

struct Accumulator
{
    CustomerReportRow row;
    std::vector<qint64> responseTimes;
    std::vector<qint64> resolutionTimes;

    void add(SlaOutcome ticket, SlaOutcome response, SlaOutcome resolution, const Ticket &t)
    {
        ++row.tickets;
        row.met += ticket == SlaOutcome::Met;
        row.breached += ticket == SlaOutcome::Breached;
        row.pending += ticket == SlaOutcome::Pending;
        row.noSla += ticket == SlaOutcome::NoSla;
        row.responseMet += response == SlaOutcome::Met;
        row.responseBreached += response == SlaOutcome::Breached;
        row.resolutionMet += resolution == SlaOutcome::Met;
        row.resolutionBreached += resolution == SlaOutcome::Breached;
        if (t.firstReplyAt != InvalidInstant) {
            ++row.replied;
            responseTimes.push_back(t.firstReplyAt - t.createdAt);
        }
        if (t.resolvedAt != InvalidInstant) {
            ++row.resolved;
            resolutionTimes.push_back(t.resolvedAt - t.createdAt);
        }
    }

    CustomerReportRow finish()
    {
        if (row.met + row.breached > 0)
            row.compliancePercent = 100.0 * double(row.met) / double(row.met + row.breached);
        row.medianResponseSeconds = medianOf(responseTimes);
        row.p90ResponseSeconds = CustomerReport::percentile90(responseTimes);
        row.medianResolutionSeconds = medianOf(resolutionTimes);
        row.p90ResolutionSeconds = CustomerReport::percentile90(std::move(resolutionTimes));
        return row;
    }
};

// Monday of the week holding `date`.
QDate weekStart(QDate date)
{
    return date.addDays(1 - date.dayOfWeek());
}

} // namespace

const CustomerReportRow *CustomerReportData::row(const QString &plan, const QString &severity) const
{
    for (const CustomerReportRow &r : rows) {
        if (r.planId == plan && r.severity == severity)
            return &r;
    }
    return nullptr;
}

SlaOutcome CustomerReport::outcome(const ClockResult &clock)
{
    switch (clock.state) {
    case ClockState::NotApplicable:
        return SlaOutcome::NoSla;
    case ClockState::Met:
        return SlaOutcome::Met;
    case ClockState::MetLate:
    case ClockState::Breached:
        return SlaOutcome::Breached;
    case ClockState::Running:
    case ClockState::Paused:
    case ClockState::OutsideHours:
    case ClockState::AtRisk:
        break;
    }
    return SlaOutcome::Pending;
}

qint64 CustomerReport::percentile90(std::vector<qint64> values)
{
    const std::size_t n = values.size();
    if (n == 0)
        return -1;
    // Nearest rank: the ceil(0.9 n)-th smallest value.
    const std::size_t rank = (9 * n + 9) / 10; // ceil(9n / 10), 1-based
    auto it = values.begin() + std::ptrdiff_t(rank - 1);
    std::nth_element(values.begin(), it, values.end());
    return *it;
}

std::optional<CustomerReportData>
CustomerReport::compute(TicketStore &store, const CustomerReportRequest &request, StoreError *error)
{
    const Catalog &catalog = store.catalog();
    CustomerReportData data;
    data.request = request;
    if (request.to <= request.from) {
        storeFail(error, StoreError::Kind::Invalid,
                  translate("The report's period ends before it begins."));
        return std::nullopt;
    }
    QSqlQuery q = store.connection().query();
    q.setForwardOnly(true);
    QString where;
    if (request.customerId > 0) {
        data.customer = store.customer(request.customerId, error);
        if (error && error->isError())
            return std::nullopt;
        if (!data.customer) {
            storeFail(error, StoreError::Kind::NotFound,
                      translate("There is no customer %1.").arg(request.customerId));
            return std::nullopt;
        }
        data.planId = data.customer->planId;
        data.zone = QTimeZone(data.customer->timeZone);
        where = QStringLiteral("customer_id = ?");
    } else {
        const Plan *plan = catalog.plan(request.planId);
        if (!plan) {
            storeFail(error, StoreError::Kind::NotFound,
                      translate("There is no plan \"%1\" in the catalog.").arg(request.planId));
            return std::nullopt;
        }
        data.planId = plan->id;
        data.zone = QTimeZone::utc();
        where = QStringLiteral("plan_id = ?");
    }
    if (request.zone.isValid())
        data.zone = request.zone;
    if (!data.zone.isValid())
        data.zone = QTimeZone::utc();

    // The tickets, then their events in one pass (both ordered by ticket).
    const QString scope = QStringLiteral(" FROM tickets WHERE ") + where +
                          QStringLiteral(" AND created_at >= ? AND created_at < ?");
    auto bindScope = [&](QSqlQuery &query) {
        if (request.customerId > 0)
            query.addBindValue(request.customerId);
        else
            query.addBindValue(data.planId);
        query.addBindValue(request.from);
        query.addBindValue(request.to);
    };
    q.prepare(QStringLiteral("SELECT ") + TicketStore::ticketColumns() + scope +
              QStringLiteral(" ORDER BY id"));
    bindScope(q);
    if (!q.exec()) {
        store.connection().fail(q, error);
        return std::nullopt;
    }
    QVector<Ticket> tickets;
    while (q.next())
        tickets.append(TicketStore::readTicket(q));
    QSqlQuery e = store.connection().query();
    e.setForwardOnly(true);
    e.prepare(QStringLiteral("SELECT ") + TicketStore::eventColumns() +
              QStringLiteral(" FROM events WHERE ticket_id IN (SELECT id") + scope +
              QStringLiteral(") ORDER BY ticket_id, seq"));
    bindScope(e);
    if (!e.exec()) {
        store.connection().fail(e, error);
        return std::nullopt;
    }
    QHash<qint64, QVector<Event>> events;
    while (e.next()) {
        Event event = TicketStore::readEvent(e);
        events[event.ticketId].append(std::move(event));
    }
    QHash<qint64, QString> agentNames;
    const QVector<Agent> agents = store.agents(error);
    if (error && error->isError())
        return std::nullopt;
    for (const Agent &a : agents)
        agentNames.insert(a.id, a.displayName);

    // The plans: the report's first, then the others the tickets are on, in catalog order.
    QStringList seen;
    for (const Ticket &t : tickets) {
        if (!seen.contains(t.planId))
            seen.append(t.planId);
    }
    data.planIds.append(data.planId);
    for (const Plan &p : catalog.plans()) {
        if (p.id != data.planId && seen.contains(p.id))
            data.planIds.append(p.id);
    }
    for (const QString &id : seen) {
        if (!data.planIds.contains(id))
            data.planIds.append(id); // a plan the catalog no longer has
    }

    std::map<std::pair<QString, QString>, Accumulator> groups;
    Accumulator total;
    QVector<Instant> firstBreach; // one per breached ticket
    for (const Ticket &t : tickets) {
        const QVector<Event> log = events.value(t.id);
        QString replayError;
        const TicketHistory history =
                TicketHistory::replay(nullptr, t.serviceStage, log, nullptr, &replayError);
        if (!replayError.isEmpty() || history.isEmpty()) {
            storeFail(
                    error, StoreError::Kind::Corrupt,
                    translate("Ticket %1's history cannot be read: %2").arg(t.id).arg(replayError));
            return std::nullopt;
        }
        const TicketClocks clocks(catalog, history);
        SlaOutcome outcomes[2];
        Instant breachedAt = InvalidInstant;
        for (TargetKind kind : {TargetKind::Response, TargetKind::Resolution}) {
            const ClockResult r = clocks.evaluate(kind, request.now);
            const SlaOutcome o = outcome(r);
            outcomes[int(kind)] = o;
            if (o != SlaOutcome::Breached)
                continue;
            CustomerReportBreach b;
            b.ticketId = t.id;
            b.subject = t.subject;
            b.planId = history.planId();
            b.severity = history.severity();
            b.kind = kind;
            b.target = clocks.target(kind);
            b.calendarId = clocks.calendar(kind) ? clocks.calendar(kind)->spec().id : QString();
            b.createdAt = t.createdAt;
            b.due = r.due;
            b.stoppedAt = clocks.input(kind).stoppedAt;
            b.paused = clocks.paused() && b.stoppedAt == InvalidInstant;
            const Instant end = b.stoppedAt != InvalidInstant ? b.stoppedAt : request.now;
            b.lateSeconds = std::max<qint64>(0, end - r.due);
            b.overridden = clocks.overrideDue(kind) != InvalidInstant;
            if (b.overridden) {
                for (auto it = log.crbegin(); it != log.crend(); ++it) {
                    if (it->kind == EventKind::DueOverride && it->target == kind) {
                        b.overrideReason = it->body;
                        break;
                    }
                }
            } else if (clocks.calendar(kind)) {
                b.explanation = SlaClock::explain(*clocks.calendar(kind), clocks.input(kind), r.due,
                                                  request.now);
            }
            if (breachedAt == InvalidInstant || r.due < breachedAt)
                breachedAt = r.due;
            data.breaches.append(b);
        }
        const SlaOutcome response = outcomes[0];
        const SlaOutcome resolution = outcomes[1];
        const SlaOutcome ticket = ticketOutcome(response, resolution);
        Accumulator &group = groups[{history.planId(), history.severity()}];
        group.add(ticket, response, resolution, t);
        total.add(ticket, response, resolution, t);
        if (breachedAt != InvalidInstant)
            firstBreach.append(breachedAt);

        for (const Event &ev : log) {
            if (ev.kind != EventKind::DueOverride)
                continue;
            CustomerReportOverride o;
            o.ticketId = t.id;
            o.subject = t.subject;
            o.kind = ev.target;
            o.at = ev.at;
            o.due = ev.due;
            o.actor = agentNames.value(ev.actorId);
            o.reason = ev.body;
            data.overrides.append(o);
        }
    }

    // Rows: every severity the report's plan offers (most severe first), then those of the
    // other plans that tickets were moved to, and severities a plan no longer offers that
    // tickets still carry.
    for (const QString &planId : data.planIds) {
        QStringList severities;
        if (const Plan *plan = catalog.plan(planId)) {
            for (const QString &severity : plan->severities) {
                if (planId == data.planId || groups.count({planId, severity}))
                    severities.append(severity);
            }
        }
        for (const auto &g : groups) {
            if (g.first.first == planId && !severities.contains(g.first.second))
                severities.append(g.first.second);
        }
        for (const QString &severity : severities) {
            auto it = groups.find({planId, severity});
            CustomerReportRow row =
                    it != groups.end() ? it->second.finish() : Accumulator().finish();
            row.planId = planId;
            row.severity = severity;
            data.rows.append(row);
        }
    }
    data.total = total.finish();

    std::sort(data.breaches.begin(), data.breaches.end(),
              [](const CustomerReportBreach &a, const CustomerReportBreach &b) {
                  if (a.due != b.due)
                      return a.due < b.due;
                  if (a.ticketId != b.ticketId)
                      return a.ticketId < b.ticketId;
                  return int(a.kind) < int(b.kind);
              });
    std::stable_sort(data.overrides.begin(), data.overrides.end(),
                     [](const CustomerReportOverride &a, const CustomerReportOverride &b) {
                         return a.at < b.at;
                     });

    // Weeks.
    auto dateOf = [&](Instant t) {
        return QDateTime::fromSecsSinceEpoch(t, data.zone).date();
    };
    const QDate first = weekStart(dateOf(request.from));
    QDate last = dateOf(request.to - 1);
    for (Instant t : std::as_const(firstBreach))
        last = std::max(last, dateOf(t));
    last = weekStart(last);
    for (QDate w = first; w <= last; w = w.addDays(7)) {
        data.weeks.append(w);
        data.breachesPerWeek.append(0);
    }
    for (Instant t : std::as_const(firstBreach)) {
        const qint64 index = first.daysTo(weekStart(dateOf(t))) / 7;
        if (index >= 0 && index < data.breachesPerWeek.size())
            ++data.breachesPerWeek[index];
    }
    return data;
}

} // namespace dueline
