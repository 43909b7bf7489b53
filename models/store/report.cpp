// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/report.h"

#include "models/store/ticketclocks.h"
#include "models/store/ticketstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <limits>
#include <map>

namespace dueline {

const int ResponseBucketUpperPercent[ResponseBucketCount] = {25, 50, 75, 100, 150, 200, 0};

bool DashboardFilter::matches(const QString &provider, const QString &plan,
                              const QString &severityCode, qint64 assignee) const
{
    return (providerId.isEmpty() || provider == providerId) &&
           (planId.isEmpty() || plan == planId) &&
           (severity.isEmpty() || severityCode == severity) && (agentId < 0 || assignee == agentId);
}

SlaOutcome ticketOutcome(SlaOutcome response, SlaOutcome resolution)
{
    if (response == SlaOutcome::NoSla && resolution == SlaOutcome::NoSla)
        return SlaOutcome::NoSla;
    if (response == SlaOutcome::Breached || resolution == SlaOutcome::Breached)
        return SlaOutcome::Breached;
    if (response != SlaOutcome::Pending && resolution != SlaOutcome::Pending)
        return SlaOutcome::Met;
    return SlaOutcome::Pending;
}

qint64 medianOf(std::vector<qint64> values)
{
    const std::size_t n = values.size();
    if (n == 0)
        return -1;
    auto mid = values.begin() + std::ptrdiff_t(n / 2);
    std::nth_element(values.begin(), mid, values.end());
    const qint64 upper = *mid;
    if (n % 2 == 1)
        return upper;
    const qint64 lower = *std::max_element(values.begin(), mid);
    return (lower + upper) / 2;
}

namespace {

using Outcome = SlaOutcome;

constexpr int MaxDays = 366; // breaches per day: at most a year of bars

struct Accumulator
{
    ReportRow row;
    std::vector<qint64> responseTimes;

    void add(Outcome ticket, Outcome response, Outcome resolution, Instant created,
             Instant firstReply)
    {
        ++row.tickets;
        row.met += ticket == Outcome::Met;
        row.breached += ticket == Outcome::Breached;
        row.pending += ticket == Outcome::Pending;
        row.notApplicable += ticket == Outcome::NoSla;
        row.responseMet += response == Outcome::Met;
        row.responseBreached += response == Outcome::Breached;
        row.resolutionMet += resolution == Outcome::Met;
        row.resolutionBreached += resolution == Outcome::Breached;
        if (firstReply != InvalidInstant) {
            ++row.replied;
            responseTimes.push_back(firstReply - created);
        }
    }

    ReportRow finish()
    {
        if (row.met + row.breached > 0)
            row.compliancePercent = 100.0 * double(row.met) / double(row.met + row.breached);
        row.medianResponseSeconds = medianOf(std::move(responseTimes));
        responseTimes = {};
        return row;
    }
};

// A run of consecutive days off of a calendar that holds at least one named day off.
struct DaysOff
{
    QDate first;
    QDate last;
    LocalizedText names;
    Instant cutoff = InvalidInstant;
};

// The first run of days off beginning within `horizonDays` whose last working instant before it
// is still ahead of `now`.
std::optional<DaysOff> comingDaysOff(const WorkCalendar &calendar, Instant now, int horizonDays)
{
    if (calendar.spec().always || calendar.spec().exceptions.isEmpty())
        return std::nullopt;
    const QDate today = calendar.localDate(now);
    for (QDate d = today; d <= today.addDays(horizonDays); d = d.addDays(1)) {
        const DayException *ex = calendar.exceptionOn(d);
        if (!ex || ex->type != DayException::Type::DayOff)
            continue;
        DaysOff run;
        run.first = d;
        run.last = d;
        run.names = ex->names;
        while (run.first > today && calendar.hoursOn(run.first.addDays(-1)).isEmpty())
            run.first = run.first.addDays(-1);
        while (calendar.hoursOn(run.last.addDays(1)).isEmpty() && run.last < d.addDays(60))
            run.last = run.last.addDays(1);
        // The name most days of the run carry (New Year holidays, not the transferred day).
        QVector<QPair<LocalizedText, int>> names;
        for (QDate day = run.first; day <= run.last; day = day.addDays(1)) {
            const DayException *e = calendar.exceptionOn(day);
            if (!e || e->type != DayException::Type::DayOff)
                continue;
            auto it = std::find_if(names.begin(), names.end(),
                                   [e](const auto &n) { return n.first == e->names; });
            if (it == names.end())
                names.append({e->names, 1});
            else
                ++it->second;
        }
        int best = 0;
        for (const auto &n : names) {
            if (n.second > best) {
                best = n.second;
                run.names = n.first;
            }
        }
        run.cutoff =
                calendar.instantAtCumulative(calendar.cumulative(calendar.fromLocal(run.first, 0)));
        if (run.cutoff != InvalidInstant && run.cutoff > now)
            return run;
        d = run.last; // already under way: look for the next run
    }
    return std::nullopt;
}

QString translate(const char *text)
{
    return QCoreApplication::translate("store", text);
}

} // namespace

DashboardIndex::DashboardIndex(CatalogPtr catalog)
    : m_catalog(std::move(catalog))
{ }

quint16 DashboardIndex::planIndex(const QString &planId)
{
    auto it = m_planIndex.constFind(planId);
    if (it != m_planIndex.constEnd())
        return it.value();
    PlanInfo info;
    info.id = planId;
    info.catalogRank = int(m_catalog->plans().size());
    for (int i = 0; i < m_catalog->plans().size(); ++i) {
        const Plan &p = m_catalog->plans().at(i);
        if (p.id != planId)
            continue;
        info.plan = &p;
        info.providerId = p.providerId;
        info.catalogRank = i;
        info.severityOrder = p.severities;
        for (TargetKind kind : {TargetKind::Response, TargetKind::Resolution}) {
            WorkCalendarPtr calendar;
            for (const SeverityTargets &t : p.targets) {
                calendar = m_catalog->calendarFor(p, t.target(kind));
                if (calendar)
                    break;
            }
            if (!calendar)
                calendar = m_catalog->calendar(p.calendarId);
            info.calendar[int(kind)] = calendar.get(); // the catalog keeps it alive
        }
        break;
    }
    if (info.providerId.isEmpty())
        info.providerId = planId.section(QLatin1Char('/'), 0, 0);
    const quint16 index = quint16(m_plans.size());
    m_plans.append(info);
    m_planIndex.insert(planId, index);
    return index;
}

quint16 DashboardIndex::severityIndex(const QString &severity)
{
    auto it = m_severityIndex.constFind(severity);
    if (it != m_severityIndex.constEnd())
        return it.value();
    const quint16 index = quint16(m_severities.size());
    m_severities.append(severity);
    m_severityIndex.insert(severity, index);
    return index;
}

qint32 DashboardIndex::agentIndex(qint64 agentId)
{
    if (agentId <= 0)
        return 0;
    auto it = m_agentIndex.constFind(agentId);
    if (it != m_agentIndex.constEnd())
        return it.value();
    const qint32 index = qint32(m_agentIds.size());
    m_agentIds.append(agentId);
    m_agentIndex.insert(agentId, index);
    return index;
}

bool DashboardIndex::loadAgents(Connection &connection, StoreError *error)
{
    QSqlQuery q = connection.query();
    if (!q.exec(QStringLiteral("SELECT id, display_name FROM agents"))) {
        storeFail(
                error, StoreError::Kind::Database,
                translate("database error on %1: %2").arg(connection.describe(), sqlErrorText(q)));
        return false;
    }
    m_agentNames.clear();
    while (q.next())
        m_agentNames.insert(q.value(0).toLongLong(), q.value(1).toString());
    return true;
}

const char DashboardIndex::RowsSql[] =
        "SELECT id, status, severity, plan_id, assignee_id, created_at, updated_at, "
        "first_reply_at, response_state, response_due, response_required, response_remaining, "
        "resolution_state, resolution_due, resolution_required, resolution_remaining, paused, "
        "overrides FROM tickets";

bool DashboardIndex::load(Connection &connection, StoreError *error)
{
    m_tickets.clear();
    m_rowOf.clear();
    if (!loadAgents(connection, error))
        return false;
    return readRows(connection, nullptr, error);
}

bool DashboardIndex::update(Connection &connection, const QVector<qint64> &ids, StoreError *error)
{
    if (!loadAgents(connection, error))
        return false;
    constexpr int Chunk = 500;
    for (int i = 0; i < ids.size(); i += Chunk) {
        const QVector<qint64> part = ids.mid(i, Chunk);
        if (!readRows(connection, &part, error))
            return false;
    }
    return true;
}

bool DashboardIndex::readRows(Connection &connection, const QVector<qint64> *ids, StoreError *error)
{
    if (m_reader == Reader::Auto && connection.engine() == Engine::SQLite) {
        if (const std::optional<bool> ok = readRowsSqlite(connection, ids, error))
            return *ok;
    }
    return readRowsQtSql(connection, ids, error);
}

void DashboardIndex::RowPositions::clear()
{
    m_dense = {};
    m_sparse.clear();
    m_count = 0;
}

void DashboardIndex::RowPositions::reserve(std::size_t rows)
{
    m_dense.reserve(rows + 1);
}

qint64 DashboardIndex::RowPositions::find(qint64 id) const
{
    if (id >= 0 && std::size_t(id) < m_dense.size() && m_dense[std::size_t(id)] >= 0)
        return m_dense[std::size_t(id)];
    // An id the dense range had not reached yet when it was inserted.
    return m_sparse.isEmpty() ? -1 : m_sparse.value(id, -1);
}

void DashboardIndex::RowPositions::insert(qint64 id, std::size_t row)
{
    Q_ASSERT(row <= std::size_t(std::numeric_limits<qint32>::max()));
    ++m_count;
    // The dense range reaches twice the row count (and a little more for small indexes).
    const std::size_t limit = 2 * m_count + 4096;
    if (id < 0 || std::size_t(id) >= limit) {
        m_sparse.insert(id, qint64(row));
        return;
    }
    if (std::size_t(id) >= m_dense.size())
        m_dense.resize(std::min(limit, std::max(std::size_t(id) + 1, 2 * m_dense.size())), -1);
    m_dense[std::size_t(id)] = qint32(row);
}

void DashboardIndex::put(const Row &row)
{
    const qint64 at = m_rowOf.find(row.id);
    if (at >= 0) {
        m_tickets[std::size_t(at)] = row;
    } else {
        m_rowOf.insert(row.id, m_tickets.size());
        m_tickets.push_back(row);
    }
}

bool DashboardIndex::readRowsQtSql(Connection &connection, const QVector<qint64> *ids,
                                   StoreError *error)
{
    QString sql = QString::fromLatin1(RowsSql);
    if (ids) {
        QStringList marks;
        for (int k = 0; k < ids->size(); ++k)
            marks << QStringLiteral("?");
        sql += QStringLiteral(" WHERE id IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    }
    QSqlQuery q = connection.query();
    q.setForwardOnly(true);
    q.prepare(sql);
    if (ids) {
        for (qint64 id : *ids)
            q.addBindValue(id);
    }
    if (!q.exec()) {
        storeFail(
                error, StoreError::Kind::Database,
                translate("database error on %1: %2").arg(connection.describe(), sqlErrorText(q)));
        return false;
    }
    QString lastPlan, lastSeverity;
    quint16 lastPlanIndex = 0, lastSeverityIndex = 0;
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.status = quint8(ticketStatusFromKey(q.value(1).toString()).value_or(TicketStatus::Open));
        const QString severity = q.value(2).toString();
        if (severity != lastSeverity || m_severities.isEmpty()) {
            lastSeverity = severity;
            lastSeverityIndex = severityIndex(severity);
        }
        r.severity = lastSeverityIndex;
        const QString plan = q.value(3).toString();
        if (plan != lastPlan || m_plans.isEmpty()) {
            lastPlan = plan;
            lastPlanIndex = planIndex(plan);
        }
        r.plan = lastPlanIndex;
        r.assignee = agentIndex(q.value(4).isNull() ? 0 : q.value(4).toLongLong());
        r.createdAt = q.value(5).toLongLong();
        r.updatedAt = q.value(6).toLongLong();
        r.firstReplyAt = instantFrom(q.value(7));
        const int overrides = q.value(17).toInt();
        for (int k = 0; k < 2; ++k) {
            const int f = 8 + 4 * k;
            Clock &c = r.clock[k];
            c.phase = quint8(
                    clockPhaseFromKey(q.value(f).toString()).value_or(ClockPhase::NotApplicable));
            c.due = instantFrom(q.value(f + 1));
            c.required = qint32(q.value(f + 2).toLongLong());
            c.remaining = qint32(std::clamp<qint64>(q.value(f + 3).toLongLong(),
                                                    std::numeric_limits<qint32>::min(),
                                                    std::numeric_limits<qint32>::max()));
            c.overridden = overrides & (1 << k);
        }
        r.paused = q.value(16).toInt() != 0;
        put(r);
    }
    return true;
}

DashboardData DashboardIndex::aggregate(const DashboardFilter &filter, Instant now) const
{
    DashboardData d;
    d.filter = filter;
    d.now = now;
    d.totalTickets = qint64(m_tickets.size());

    // Which plans, severities and agents the filter lets through.
    std::vector<char> planOk(std::size_t(m_plans.size()));
    for (int i = 0; i < m_plans.size(); ++i) {
        const PlanInfo &p = m_plans.at(i);
        planOk[std::size_t(i)] =
                (filter.providerId.isEmpty() || p.providerId == filter.providerId) &&
                (filter.planId.isEmpty() || p.id == filter.planId);
    }
    std::vector<char> severityOk(std::size_t(m_severities.size()));
    for (int i = 0; i < m_severities.size(); ++i)
        severityOk[std::size_t(i)] =
                filter.severity.isEmpty() || m_severities.at(i) == filter.severity;
    // The lead times (at risk) per plan and severity: the catalog's rule, looked up once.
    const std::size_t severityCount = std::size_t(m_severities.size());
    std::vector<std::array<LeadTime, 2>> leadTimes(std::size_t(m_plans.size()) * severityCount);
    if (!m_catalog->leadTimeRules().isEmpty()) {
        for (std::size_t p = 0; p < std::size_t(m_plans.size()); ++p) {
            for (std::size_t s = 0; s < severityCount; ++s) {
                for (TargetKind kind : {TargetKind::Response, TargetKind::Resolution})
                    leadTimes[p * severityCount + s][std::size_t(kind)] = m_catalog->leadTime(
                            m_plans.at(int(p)).id, m_severities.at(int(s)), kind);
            }
        }
    }
    const qint32 agentFilter =
            filter.agentId < 0 ? -1
                               : (filter.agentId == 0 ? 0 : m_agentIndex.value(filter.agentId, -2));

    // Days of the period.
    const Instant breachEnd = std::min(filter.to, now);
    const QDate firstDay = QDateTime::fromSecsSinceEpoch(filter.from, filter.zone).date();
    const QDate lastDay =
            QDateTime::fromSecsSinceEpoch(std::max(filter.from, filter.to - 1), filter.zone).date();
    const int dayCount = filter.to > filter.from
                                 ? int(std::min<qint64>(firstDay.daysTo(lastDay) + 1, MaxDays))
                                 : 0;
    for (int i = 0; i < dayCount; ++i)
        d.days.append(firstDay.addDays(i));
    std::vector<std::vector<qint64>> breaches(std::size_t(m_plans.size()),
                                              std::vector<qint64>(std::size_t(dayCount)));
    // Day boundaries, for a binary search instead of a time zone conversion per ticket.
    std::vector<Instant> dayStart;
    for (int i = 0; i <= dayCount; ++i)
        dayStart.push_back(
                QDateTime(firstDay.addDays(i), QTime(0, 0), filter.zone).toSecsSinceEpoch());

    // Forecast limits and the coming days off of each plan's calendars.
    const Instant hour = now + 3600;
    const Instant fourHours = now + Instant(4) * 3600;
    const QDate today = QDateTime::fromSecsSinceEpoch(now, filter.zone).date();
    d.forecast.endOfTodayAt =
            QDateTime(today.addDays(1), QTime(0, 0), filter.zone).toSecsSinceEpoch();
    struct PlanDaysOff
    {
        std::optional<DaysOff> run[2];
        int slot[2] = {-1, -1}; // index into holidays
    };
    std::vector<PlanDaysOff> planDaysOff(std::size_t(m_plans.size()));
    std::map<std::pair<const WorkCalendar *, QString>, int> holidaySlot;
    for (int i = 0; i < m_plans.size(); ++i) {
        if (!planOk[std::size_t(i)])
            continue;
        for (int k = 0; k < 2; ++k) {
            const WorkCalendar *calendar = m_plans.at(i).calendar[k];
            if (!calendar)
                continue;
            auto run = comingDaysOff(*calendar, now, filter.holidayHorizonDays);
            if (!run)
                continue;
            const auto key = std::make_pair(calendar, m_plans.at(i).providerId);
            auto it = holidaySlot.find(key);
            if (it == holidaySlot.end()) {
                HolidayForecast h;
                h.calendarId = calendar->id();
                h.providerId = m_plans.at(i).providerId;
                h.holidayNames = run->names;
                h.firstDay = run->first;
                h.lastDay = run->last;
                h.cutoff = run->cutoff;
                h.timeZone = calendar->spec().timeZone;
                it = holidaySlot.emplace(key, d.forecast.holidays.size()).first;
                d.forecast.holidays.append(h);
            }
            planDaysOff[std::size_t(i)].run[k] = run;
            planDaysOff[std::size_t(i)].slot[k] = it->second;
        }
    }

    std::map<std::pair<int, int>, Accumulator> groups; // (plan, severity)
    std::vector<Accumulator> planGroups(std::size_t(m_plans.size()));
    std::vector<Accumulator> severityGroups(std::size_t(m_severities.size()));
    Accumulator total;
    QHash<qint32, AgentLoad> agents;

    auto outcome = [now](const Clock &c) {
        switch (ClockPhase(c.phase)) {
        case ClockPhase::NotApplicable:
            return Outcome::NoSla;
        case ClockPhase::Met:
            return Outcome::Met;
        case ClockPhase::MetLate:
            return Outcome::Breached;
        case ClockPhase::Paused:
            if (!c.overridden)
                return c.remaining <= 0 ? Outcome::Breached : Outcome::Pending;
            break;
        case ClockPhase::Running:
            break;
        }
        return c.due != InvalidInstant && c.due <= now ? Outcome::Breached : Outcome::Pending;
    };

    for (const Row &r : m_tickets) {
        if (!planOk[r.plan] || !severityOk[r.severity] ||
            (agentFilter >= 0 && r.assignee != agentFilter) || agentFilter == -2)
            continue;
        const Outcome response = outcome(r.clock[0]);
        const Outcome resolution = outcome(r.clock[1]);

        // Breaches per day: the first breach of the ticket.
        if (dayCount > 0 && (response == Outcome::Breached || resolution == Outcome::Breached)) {
            Instant at = InvalidInstant;
            for (int k = 0; k < 2; ++k) {
                if ((k == 0 ? response : resolution) != Outcome::Breached)
                    continue;
                const Instant t = r.clock[k].due != InvalidInstant ? r.clock[k].due : r.updatedAt;
                if (at == InvalidInstant || t < at)
                    at = t;
            }
            if (at >= filter.from && at < breachEnd && at < dayStart.back()) {
                const auto it = std::upper_bound(dayStart.begin(), dayStart.end(), at);
                const std::ptrdiff_t day = (it - dayStart.begin()) - 1;
                if (day >= 0 && day < dayCount)
                    ++breaches[r.plan][std::size_t(day)];
            }
        }

        // Compliance and response times of the tickets created in the period.
        if (r.createdAt >= filter.from && r.createdAt < filter.to) {
            const Outcome ticket = ticketOutcome(response, resolution);
            for (Accumulator *a : {&groups[{r.plan, r.severity}], &planGroups[r.plan],
                                   &severityGroups[r.severity], &total})
                a->add(ticket, response, resolution, r.createdAt, r.firstReplyAt);
            const Clock &c = r.clock[0];
            const auto phase = ClockPhase(c.phase);
            if ((phase == ClockPhase::Met || phase == ClockPhase::MetLate) && c.required > 0) {
                const qint64 used = qint64(c.required) - c.remaining;
                int bucket = ResponseBucketCount - 1;
                for (int b = 0; b + 1 < ResponseBucketCount; ++b) {
                    if (used * 100 <= qint64(c.required) * ResponseBucketUpperPercent[b]) {
                        bucket = b;
                        break;
                    }
                }
                ++d.responseBuckets[bucket];
            }
        }

        // Open tickets now.
        if (!isOpenStatus(TicketStatus(r.status)))
            continue;
        const PlanInfo &plan = m_plans.at(r.plan);
        bool breached = false, paused = r.paused, atRisk = false, running = false;
        Instant nextDue = InvalidInstant;
        for (int k = 0; k < 2; ++k) {
            const Clock &c = r.clock[k];
            if (ClockPhase(c.phase) == ClockPhase::NotApplicable)
                continue;
            ClockSnapshot s;
            s.phase = ClockPhase(c.phase);
            s.due = c.due;
            s.requiredSeconds = c.required;
            s.remainingSeconds = c.remaining;
            s.overridden = c.overridden;
            const LiveClock live = liveClock(
                    s, plan.calendar[k], r.updatedAt, now,
                    leadTimes[std::size_t(r.plan) * severityCount + r.severity][std::size_t(k)]);
            switch (live.state) {
            case ClockState::Breached:
                breached = true;
                break;
            case ClockState::Paused:
                paused = true;
                break;
            case ClockState::AtRisk:
            case ClockState::OutsideHours:
            case ClockState::Running:
                running = true;
                atRisk = atRisk || live.atRisk;
                if (s.phase == ClockPhase::Running &&
                    (nextDue == InvalidInstant || c.due < nextDue))
                    nextDue = c.due;
                break;
            default:
                break;
            }
        }
        ++d.openNow.open;
        AgentLoad &load = agents[r.assignee];
        ++load.open;
        if (breached) {
            ++d.openNow.breached;
            ++load.breached;
            continue;
        }
        if (paused) {
            ++d.openNow.paused;
            continue;
        }
        if (atRisk) {
            ++d.openNow.atRisk;
            ++load.atRisk;
        } else if (running) {
            ++d.openNow.running;
        } else {
            ++d.openNow.noSla;
        }
        if (nextDue == InvalidInstant)
            continue;
        d.forecast.nextHour += nextDue <= hour;
        d.forecast.next4Hours += nextDue <= fourHours;
        d.forecast.endOfToday += nextDue <= d.forecast.endOfTodayAt;
        const PlanDaysOff &off = planDaysOff[r.plan];
        int counted = -1;
        for (int k = 0; k < 2; ++k) {
            const Clock &c = r.clock[k];
            if (!off.run[k] || off.slot[k] == counted ||
                ClockPhase(c.phase) != ClockPhase::Running || c.due <= now ||
                c.due > off.run[k]->cutoff)
                continue;
            HolidayForecast &h = d.forecast.holidays[off.slot[k]];
            ++h.tickets;
            if (h.earliestDue == InvalidInstant || c.due < h.earliestDue)
                h.earliestDue = c.due;
            counted = off.slot[k];
        }
    }

    // Compliance rows in catalog order.
    QVector<int> planOrder;
    for (int i = 0; i < m_plans.size(); ++i)
        planOrder.append(i);
    std::sort(planOrder.begin(), planOrder.end(), [this](int a, int b) {
        return std::make_pair(m_plans.at(a).catalogRank, m_plans.at(a).id) <
               std::make_pair(m_plans.at(b).catalogRank, m_plans.at(b).id);
    });
    auto severityRank = [](const PlanInfo &p, const QString &s) {
        const int i = int(p.severityOrder.indexOf(s));
        return i < 0 ? 1000 : i;
    };
    for (int p : planOrder) {
        QVector<std::pair<int, int>> keys;
        for (auto &g : groups) {
            if (g.first.first == p)
                keys.append(g.first);
        }
        std::sort(keys.begin(), keys.end(), [&](auto a, auto b) {
            return std::make_pair(severityRank(m_plans.at(p), m_severities.at(a.second)),
                                  m_severities.at(a.second)) <
                   std::make_pair(severityRank(m_plans.at(p), m_severities.at(b.second)),
                                  m_severities.at(b.second));
        });
        for (const auto &key : keys) {
            ReportRow row = groups[key].finish();
            row.planId = m_plans.at(p).id;
            row.severity = m_severities.at(key.second);
            d.rows.append(row);
        }
        if (planGroups[std::size_t(p)].row.tickets > 0) {
            ReportRow row = planGroups[std::size_t(p)].finish();
            row.planId = m_plans.at(p).id;
            d.byPlan.append(row);
        }
    }
    // Severities: ordered by the first plan (catalog order) that offers them.
    QVector<int> severityOrder;
    for (int s = 0; s < m_severities.size(); ++s) {
        if (severityGroups[std::size_t(s)].row.tickets > 0)
            severityOrder.append(s);
    }
    auto severityKey = [&](int s) {
        for (int p : planOrder) {
            const int rank = int(m_plans.at(p).severityOrder.indexOf(m_severities.at(s)));
            if (rank >= 0)
                return std::make_tuple(m_plans.at(p).catalogRank, rank, m_severities.at(s));
        }
        return std::make_tuple(int(m_catalog->plans().size()) + 1, 0, m_severities.at(s));
    };
    std::sort(severityOrder.begin(), severityOrder.end(),
              [&](int a, int b) { return severityKey(a) < severityKey(b); });
    for (int s : severityOrder) {
        ReportRow row = severityGroups[std::size_t(s)].finish();
        row.severity = m_severities.at(s);
        d.bySeverity.append(row);
    }
    d.total = total.finish();

    // Breach stacks: the plans with at least one breach in the period.
    for (int p : planOrder) {
        const auto &perDay = breaches[std::size_t(p)];
        if (std::any_of(perDay.begin(), perDay.end(), [](qint64 n) { return n > 0; })) {
            d.breachPlans.append(m_plans.at(p).id);
            d.breachesPerDay.append(QVector<qint64>(perDay.begin(), perDay.end()));
        }
    }

    // Agents by open tickets.
    for (auto it = agents.constBegin(); it != agents.constEnd(); ++it) {
        AgentLoad load = it.value();
        load.agentId = m_agentIds.value(it.key());
        load.name = m_agentNames.value(load.agentId);
        d.agents.append(load);
    }
    std::sort(d.agents.begin(), d.agents.end(), [](const AgentLoad &a, const AgentLoad &b) {
        if (a.open != b.open)
            return a.open > b.open;
        if ((a.agentId == 0) != (b.agentId == 0))
            return b.agentId == 0;
        return a.name < b.name;
    });

    std::sort(d.forecast.holidays.begin(), d.forecast.holidays.end(),
              [](const HolidayForecast &a, const HolidayForecast &b) {
                  return std::make_tuple(a.firstDay, a.providerId, a.calendarId) <
                         std::make_tuple(b.firstDay, b.providerId, b.calendarId);
              });
    return d;
}

std::optional<DashboardData> Report::dashboard(Connection &connection, CatalogPtr catalog,
                                               const DashboardFilter &filter, Instant now,
                                               StoreError *error)
{
    DashboardIndex index(std::move(catalog));
    if (!index.load(connection, error))
        return std::nullopt;
    return index.aggregate(filter, now);
}

QVector<ReportRow> Report::compute(Connection &connection, const Catalog &catalog, qint64 from,
                                   qint64 to, qint64 now, StoreError *error)
{
    DashboardFilter filter;
    filter.from = from;
    filter.to = to;
    // A non-owning pointer: the caller keeps the catalog alive for the call.
    const auto data = dashboard(connection, CatalogPtr(CatalogPtr(), &catalog), filter, now, error);
    if (!data)
        return {};
    QVector<ReportRow> rows = data->rows;
    rows.append(data->total);
    return rows;
}

} // namespace dueline
