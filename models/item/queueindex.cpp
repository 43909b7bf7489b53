// SPDX-License-Identifier: GPL-3.0-or-later
// QueueModel's index (docs/architecture.md §6): ticket id -> row, the clock policy of each (plan,
// severity) pair, each row's live category and the pending queue of its next state change, the
// counts for the sidebar views, and the filtered, sorted order of the shown rows. The Qt model
// itself (changes, ticks, data and headers) is in queuemodel.cpp.

#include "models/item/queuemodel.h"

#include <algorithm>
#include <limits>

namespace dueline {

namespace {

constexpr int KindCount = 2;

TargetKind kindOf(int k)
{
    return k == 0 ? TargetKind::Response : TargetKind::Resolution;
}

} // namespace

void QueueModel::RowIndex::rebuild(const std::vector<QueueRow> &rows)
{
    m_dense.clear();
    m_sparse.clear();
    m_base = 0;
    m_count = rows.size();
    if (rows.empty())
        return;
    qint64 low = rows.front().id, high = low;
    for (const QueueRow &r : rows) {
        low = std::min(low, r.id);
        high = std::max(high, r.id);
    }
    // Dense when the ids are not spread much wider than the rows (ids of open tickets among
    // closed ones); a hash otherwise.
    if (quint64(high - low) < quint64(rows.size()) * 4 + 1024) {
        m_base = low;
        m_dense.assign(std::size_t(high - low + 1), -1);
        for (std::size_t i = 0; i < rows.size(); ++i)
            m_dense[std::size_t(rows[i].id - m_base)] = int(i);
    } else {
        m_sparse.reserve(qsizetype(rows.size()));
        for (std::size_t i = 0; i < rows.size(); ++i)
            m_sparse.insert(rows[i].id, int(i));
    }
}

int QueueModel::RowIndex::find(qint64 id) const
{
    if (id >= m_base && quint64(id - m_base) < m_dense.size())
        return m_dense[std::size_t(id - m_base)];
    if (m_sparse.isEmpty())
        return -1;
    return m_sparse.value(id, -1);
}

void QueueModel::RowIndex::insert(qint64 id, int row)
{
    if (m_dense.empty() && m_sparse.isEmpty()) {
        m_base = id;
        m_dense.assign(1, -1);
    }
    if (id >= m_base && quint64(id - m_base) < m_dense.size()) {
        m_count += m_dense[std::size_t(id - m_base)] < 0 ? 1 : 0;
        m_dense[std::size_t(id - m_base)] = row;
        return;
    }
    // New tickets get growing ids: extend the array while it stays dense.
    if (!m_dense.empty() && id >= m_base &&
        quint64(id - m_base) < quint64(m_count + 1) * 4 + 1024) {
        m_dense.resize(std::size_t(id - m_base + 1), -1);
        m_dense[std::size_t(id - m_base)] = row;
        ++m_count;
        return;
    }
    if (!m_sparse.contains(id))
        ++m_count;
    m_sparse.insert(id, row);
}

void QueueModel::RowIndex::remove(qint64 id)
{
    if (id >= m_base && quint64(id - m_base) < m_dense.size()) {
        if (m_dense[std::size_t(id - m_base)] >= 0)
            --m_count;
        m_dense[std::size_t(id - m_base)] = -1;
        return;
    }
    if (m_sparse.remove(id))
        --m_count;
}

int QueueModel::policyFor(const QString &planId, const QString &severity)
{
    // Rows from loadQueue share one string per distinct plan and severity: comparing data
    // pointers finds the pair without hashing or comparing text.
    const auto same = [](const QString &a, const QString &b) {
        return a.constData() == b.constData() && a.size() == b.size();
    };
    if (m_lastPolicyKey < m_policyKeys.size()) {
        const PolicyKey &k = m_policyKeys[m_lastPolicyKey];
        if (same(k.planId, planId) && same(k.severity, severity))
            return k.policy;
    }
    for (std::size_t i = 0; i < m_policyKeys.size(); ++i) {
        const PolicyKey &k = m_policyKeys[i];
        if (same(k.planId, planId) && same(k.severity, severity)) {
            m_lastPolicyKey = i;
            return k.policy;
        }
    }
    int found = -1;
    for (const PolicyKey &k : m_policyKeys) {
        if (k.planId == planId && k.severity == severity) {
            found = k.policy;
            break;
        }
    }
    // Remember these strings too (bounded: rows of live changes carry their own copies).
    constexpr std::size_t MaxKeys = 512;
    if (found >= 0) {
        if (m_policyKeys.size() < MaxKeys) {
            m_policyKeys.push_back({planId, severity, found});
            m_lastPolicyKey = m_policyKeys.size() - 1;
        }
        return found;
    }
    Policy policy;
    policy.planId = planId;
    policy.severity = severity;
    if (m_catalog) {
        policy.plan = m_catalog->plan(planId);
        if (policy.plan) {
            policy.providerId = policy.plan->providerId;
            if (const SeverityTargets *t = policy.plan->targetsFor(severity)) {
                for (int k = 0; k < KindCount; ++k) {
                    WorkCalendarPtr calendar =
                            m_catalog->calendarFor(*policy.plan, t->target(kindOf(k)));
                    if (!calendar)
                        calendar = m_catalog->calendar(policy.plan->calendarId);
                    policy.calendar[k] = calendar.get(); // the catalog keeps it alive
                    policy.unit[k] = t->target(kindOf(k)).unit;
                    policy.lead[k] = m_catalog->leadTime(planId, severity, kindOf(k));
                }
            }
            if (!policy.calendar[0]) {
                const WorkCalendarPtr calendar = m_catalog->calendar(policy.plan->calendarId);
                policy.calendar[0] = policy.calendar[1] = calendar.get();
            }
            for (int l = LevelCount; l >= 1; --l) {
                if (policy.plan->severityForLevel(l) == severity)
                    policy.level = l;
            }
        }
    }
    m_policies.push_back(policy);
    m_openByPolicy.push_back(0);
    const int index = int(m_policies.size()) - 1;
    m_policyKeys.push_back({planId, severity, index});
    m_lastPolicyKey = m_policyKeys.size() - 1;
    return index;
}

qint64 QueueModel::clockSortKey(const ClockSnapshot &clock, bool descending)
{
    // Dues lie in 2000-2100 (below 2^33): the group goes above them.
    constexpr int GroupShift = 40;
    constexpr qint64 NoDue = (qint64(1) << GroupShift) - 1;
    int group = 0;
    switch (clock.phase) {
    case ClockPhase::Running:
        break;
    case ClockPhase::Paused:
        // An overridden due keeps coming, and a clock paused after its breach stays breached.
        if (!clock.overridden && clock.remainingSeconds > 0)
            group = 1;
        break;
    case ClockPhase::Met:
    case ClockPhase::MetLate:
        group = 2;
        break;
    case ClockPhase::NotApplicable:
        group = 3;
        break;
    }
    const qint64 due = clock.due == InvalidInstant ? NoDue : std::min(clock.due, NoDue);
    return descending ? (qint64(3 - group) << GroupShift) | due
                      : (qint64(group) << GroupShift) | due;
}

ClockState QueueModel::clockState(const QueueRow &row, TargetKind kind, qint64 *remaining,
                                  Instant *resumesAt) const
{
    const int rowIndex = m_rowOfTicket.find(row.id);
    return clockState(row, rowIndex < 0 ? -1 : int(m_policyOf[std::size_t(rowIndex)]), kind,
                      remaining, resumesAt);
}

ClockState QueueModel::clockState(const QueueRow &row, int policy, TargetKind kind,
                                  qint64 *remaining, Instant *resumesAt) const
{
    const ClockSnapshot &clock = row.clock(kind);
    if (remaining)
        *remaining = clock.remainingSeconds;
    switch (clock.phase) {
    case ClockPhase::NotApplicable:
        return ClockState::NotApplicable;
    case ClockPhase::Met:
        return ClockState::Met;
    case ClockPhase::MetLate:
        return ClockState::MetLate;
    case ClockPhase::Paused:
        if (!clock.overridden) // breached before the pause (its due is the breach), or paused
            return clock.remainingSeconds <= 0 && clock.due != InvalidInstant ? ClockState::Breached
                                                                              : ClockState::Paused;
        break; // an overridden due is an absolute deadline: it keeps coming
    case ClockPhase::Running:
        break;
    }
    const WorkCalendar *calendar =
            policy < 0 ? nullptr
                       : m_policies[std::size_t(policy)]
                                 .calendar[kind == TargetKind::Response ? 0 : 1];
    if (!calendar || clock.due == InvalidInstant)
        return ClockState::Running;
    if (m_now >= clock.due) {
        if (remaining)
            *remaining = -calendar->workingTimeBetween(clock.due, m_now);
        return ClockState::Breached;
    }
    const qint64 left = calendar->workingTimeBetween(m_now, clock.due);
    if (remaining)
        *remaining = left;
    if (!calendar->isWorking(m_now)) {
        if (resumesAt)
            *resumesAt = calendar->nextWorkingStart(m_now);
        return ClockState::OutsideHours;
    }
    return left <= m_policies[std::size_t(policy)].lead[int(kind)].threshold(clock.requiredSeconds)
                   ? ClockState::AtRisk
                   : ClockState::Running;
}

QueueModel::Category QueueModel::categoryOf(int rowIndex, Instant *next) const
{
    const QueueRow &row = m_rows[std::size_t(rowIndex)];
    const Policy &policy = m_policies[m_policyOf[std::size_t(rowIndex)]];
    Category category = Fine;
    Instant soonest = InvalidInstant;
    for (int k = 0; k < KindCount; ++k) {
        const ClockSnapshot &clock = row.clock(kindOf(k));
        const bool running = clock.phase == ClockPhase::Running ||
                             (clock.phase == ClockPhase::Paused && clock.overridden);
        const WorkCalendar *calendar = policy.calendar[k];
        if (clock.phase == ClockPhase::Paused && !clock.overridden && clock.remainingSeconds <= 0 &&
            clock.due != InvalidInstant) {
            category = Breached; // paused after its breach: breached still (see clockState())
            continue;
        }
        if (!running || clock.due == InvalidInstant || !calendar)
            continue;
        if (m_now >= clock.due) {
            category = Breached;
            continue;
        }
        const qint64 threshold = policy.lead[k].threshold(clock.requiredSeconds);
        Instant change = clock.due; // the breach
        if (calendar->workingTimeBetween(m_now, clock.due) <= threshold) {
            category = std::max(category, AtRisk);
        } else {
            // The instant at which only `threshold` working seconds remain.
            const Instant atRisk =
                    calendar->instantAtCumulative(calendar->cumulative(clock.due) - threshold);
            if (atRisk != InvalidInstant)
                change = std::min(change, atRisk);
        }
        if (soonest == InvalidInstant || change < soonest)
            soonest = change;
    }
    if (next)
        *next = soonest;
    return category;
}

void QueueModel::schedule(int rowIndex)
{
    Instant next = InvalidInstant;
    m_category[std::size_t(rowIndex)] = categoryOf(rowIndex, &next);
    const quint32 generation = ++m_generation[std::size_t(rowIndex)];
    if (next != InvalidInstant)
        m_pending.push({next, rowIndex, generation});
}

void QueueModel::countRow(int rowIndex, int sign)
{
    const QueueRow &row = m_rows[std::size_t(rowIndex)];
    if (!isOpenStatus(row.status))
        return; // a resolved row held in place until it leaves counts nowhere
    m_counts.open += sign;
    if (m_me != 0 && row.assigneeId == m_me)
        m_counts.mine += sign;
    if (row.assigneeId == 0)
        m_counts.unassigned += sign;
    if (row.status == TicketStatus::WaitingCustomer)
        m_counts.waiting += sign;
    const Category category = m_category[std::size_t(rowIndex)];
    if (category == AtRisk)
        m_counts.atRisk += sign;
    else if (category == Breached)
        m_counts.breached += sign;
    m_openByPolicy[m_policyOf[std::size_t(rowIndex)]] += sign;
}

void QueueModel::announceCounts()
{
    // Per plan and provider from the counts per policy: a handful of sums, no hashing per row.
    m_counts.byPlan.clear();
    m_counts.byProvider.clear();
    for (std::size_t p = 0; p < m_policies.size(); ++p) {
        const int n = m_openByPolicy[p];
        if (n == 0)
            continue;
        const Policy &policy = m_policies[p];
        m_counts.byPlan[policy.planId] += n;
        m_counts.byProvider[policy.providerId] += n;
    }
    emit countsChanged();
}

bool QueueModel::accepts(int rowIndex) const
{
    const QueueRow &row = m_rows[std::size_t(rowIndex)];
    switch (m_filter.view) {
    case QueueFilter::View::AllOpen:
        break;
    case QueueFilter::View::Mine:
        if (m_me == 0 || row.assigneeId != m_me)
            return false;
        break;
    case QueueFilter::View::Unassigned:
        if (row.assigneeId != 0)
            return false;
        break;
    case QueueFilter::View::AtRisk:
        if (m_category[std::size_t(rowIndex)] != AtRisk)
            return false;
        break;
    case QueueFilter::View::Breached:
        if (m_category[std::size_t(rowIndex)] != Breached)
            return false;
        break;
    case QueueFilter::View::Waiting:
        if (row.status != TicketStatus::WaitingCustomer)
            return false;
        break;
    }
    if (!m_filter.planId.isEmpty() && row.planId != m_filter.planId)
        return false;
    if (!m_filter.providerId.isEmpty() &&
        m_policies[m_policyOf[std::size_t(rowIndex)]].providerId != m_filter.providerId)
        return false;
    if (!m_filter.severity.isEmpty() &&
        m_policies[m_policyOf[std::size_t(rowIndex)]].severity != m_filter.severity)
        return false;
    if (m_filter.assigneeId >= 0 && row.assigneeId != m_filter.assigneeId)
        return false;
    if (!m_filter.text.isEmpty()) {
        if (m_searchId != 0 && m_searchId == row.id)
            return true;
        if (!m_searchCaching)
            return row.subject.contains(m_filter.text, Qt::CaseInsensitive) ||
                   m_customers.value(row.customerId).contains(m_filter.text, Qt::CaseInsensitive);
        // While the whole order is rebuilt: subjects and customers repeat (loadQueue interns
        // strings), so each distinct one is searched once.
        const auto customer = m_customerMatch.constFind(row.customerId);
        const bool customerMatches =
                customer != m_customerMatch.constEnd()
                        ? *customer
                        : *m_customerMatch.insert(
                                  row.customerId,
                                  m_customers.value(row.customerId)
                                          .contains(m_filter.text, Qt::CaseInsensitive));
        if (customerMatches)
            return true;
        const void *key = row.subject.constData();
        const auto subject = m_subjectMatch.constFind(key);
        if (subject != m_subjectMatch.constEnd())
            return *subject;
        const bool matches = row.subject.contains(m_filter.text, Qt::CaseInsensitive);
        if (!row.subject.isDetached()) // shared text: other rows hold the same one
            m_subjectMatch.insert(key, matches);
        return matches;
    }
    return true;
}

bool QueueModel::lessThan(int a, int b) const
{
    const QueueRow &x = m_rows[std::size_t(a)];
    const QueueRow &y = m_rows[std::size_t(b)];
    auto byKey = [&](auto kx, auto ky) -> int {
        return kx < ky ? -1 : (ky < kx ? 1 : 0);
    };
    int c = 0;
    switch (m_sortColumn) {
    case IdColumn:
        break;
    case CustomerColumn:
        c = m_customers.value(x.customerId)
                    .compare(m_customers.value(y.customerId), Qt::CaseInsensitive);
        break;
    case PlanColumn:
        c = x.planId.compare(y.planId);
        break;
    case SeverityColumn:
        c = byKey(m_policies[m_policyOf[std::size_t(a)]].level,
                  m_policies[m_policyOf[std::size_t(b)]].level);
        break;
    case SubjectColumn:
        c = x.subject.compare(y.subject, Qt::CaseInsensitive);
        break;
    case StatusColumn:
        c = byKey(int(x.status), int(y.status));
        break;
    case AssigneeColumn:
        c = m_agents.value(x.assigneeId).compare(m_agents.value(y.assigneeId), Qt::CaseInsensitive);
        break;
    case ResponseColumn:
    case ResolutionColumn: {
        const TargetKind kind =
                m_sortColumn == ResponseColumn ? TargetKind::Response : TargetKind::Resolution;
        const bool descending = m_sortOrder == Qt::DescendingOrder;
        c = byKey(clockSortKey(x.clock(kind), descending), clockSortKey(y.clock(kind), descending));
        break;
    }
    case NextBreachColumn:
    default:
        c = byKey(sortableDue(x.nextBreach), sortableDue(y.nextBreach));
        break;
    }
    if (c == 0)
        c = byKey(x.id, y.id);
    return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
}

bool QueueModel::isWaiting(int rowIndex) const
{
    return !m_waiting.isEmpty() && m_waiting.contains(m_rows[std::size_t(rowIndex)].id);
}

int QueueModel::insertPosition(int rowIndex) const
{
    const auto less = [this](int a, int b) {
        return lessThan(a, b);
    };
    if (m_waiting.isEmpty())
        return int(std::lower_bound(m_order.begin(), m_order.end(), rowIndex, less) -
                   m_order.begin());
    // The rows that are not waiting are in order; a probe landing on a waiting one steps right
    // to the next row that is not (or narrows to the left half when there is none).
    std::size_t lo = 0;
    std::size_t hi = m_order.size();
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        std::size_t probe = mid;
        while (probe < hi && isWaiting(m_order[probe]))
            ++probe;
        if (probe < hi && lessThan(m_order[probe], rowIndex))
            lo = probe + 1;
        else
            hi = mid; // it goes before that row, or before the waiting rows ending the range
    }
    return int(lo);
}

void QueueModel::sortOrder()
{
    // One key per row first (a rank for text columns), then a plain sort of integers: hash
    // lookups and string comparisons once per row or distinct value, not once per comparison
    // (1 M rows: ~20 M comparisons). The order is the one lessThan() defines.
    std::vector<qint64> key(m_rows.size(), 0);
    const auto rankTexts = [&](const auto &textOf) {
        QHash<QString, int> rank;
        std::vector<QString> distinct;
        for (int i : m_order) {
            const QString text = textOf(m_rows[std::size_t(i)]);
            if (!rank.contains(text)) {
                rank.insert(text, 0);
                distinct.push_back(text);
            }
        }
        std::sort(distinct.begin(), distinct.end(), [](const QString &a, const QString &b) {
            return a.compare(b, Qt::CaseInsensitive) < 0;
        });
        // Texts equal but for case share a rank, as in lessThan().
        int r = 0;
        for (std::size_t j = 0; j < distinct.size(); ++j) {
            if (j > 0 && distinct[j].compare(distinct[j - 1], Qt::CaseInsensitive) != 0)
                ++r;
            rank[distinct[j]] = r;
        }
        for (int i : m_order)
            key[std::size_t(i)] = rank.value(textOf(m_rows[std::size_t(i)]));
    };
    // Names looked up by id (customers, agents): rank the few names once, then one integer lookup
    // per row. Unknown ids (and no assignee) show an empty name.
    const auto rankIds = [&](const QHash<qint64, QString> &names, const auto &idOf) {
        std::vector<std::pair<QString, qint64>> sorted;
        sorted.reserve(std::size_t(names.size()));
        for (auto it = names.cbegin(); it != names.cend(); ++it)
            sorted.emplace_back(it.value(), it.key());
        std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
            return a.first.compare(b.first, Qt::CaseInsensitive) < 0;
        });
        QHash<qint64, int> rank;
        rank.reserve(qsizetype(sorted.size()));
        int emptyRank = -1; // the empty name sorts before every other one
        int r = 0;
        for (std::size_t j = 0; j < sorted.size(); ++j) {
            if (j > 0 && sorted[j].first.compare(sorted[j - 1].first, Qt::CaseInsensitive) != 0)
                ++r;
            rank.insert(sorted[j].second, r);
            if (emptyRank < 0 && sorted[j].first.isEmpty())
                emptyRank = r;
        }
        qint64 lastId = std::numeric_limits<qint64>::min();
        int lastRank = 0;
        for (int i : m_order) {
            const qint64 id = idOf(m_rows[std::size_t(i)]);
            if (id != lastId) {
                lastId = id;
                const auto it = rank.constFind(id);
                lastRank = it == rank.constEnd() ? emptyRank : *it;
            }
            key[std::size_t(i)] = lastRank;
        }
    };
    switch (m_sortColumn) {
    case IdColumn:
        break;
    case CustomerColumn:
        rankIds(m_customers, [](const QueueRow &r) { return r.customerId; });
        break;
    case PlanColumn: {
        QHash<QString, int> rank;
        QStringList ids;
        for (int i : m_order) {
            if (!rank.contains(m_rows[std::size_t(i)].planId)) {
                rank.insert(m_rows[std::size_t(i)].planId, 0);
                ids.append(m_rows[std::size_t(i)].planId);
            }
        }
        std::sort(ids.begin(), ids.end());
        for (int j = 0; j < ids.size(); ++j)
            rank[ids[j]] = j;
        for (int i : m_order)
            key[std::size_t(i)] = rank.value(m_rows[std::size_t(i)].planId);
        break;
    }
    case SeverityColumn:
        for (int i : m_order)
            key[std::size_t(i)] = m_policies[m_policyOf[std::size_t(i)]].level;
        break;
    case SubjectColumn:
        rankTexts([](const QueueRow &r) { return r.subject; });
        break;
    case StatusColumn:
        for (int i : m_order)
            key[std::size_t(i)] = int(m_rows[std::size_t(i)].status);
        break;
    case AssigneeColumn:
        rankIds(m_agents, [](const QueueRow &r) { return r.assigneeId; });
        break;
    case ResponseColumn:
    case ResolutionColumn: {
        const TargetKind kind =
                m_sortColumn == ResponseColumn ? TargetKind::Response : TargetKind::Resolution;
        const bool descending = m_sortOrder == Qt::DescendingOrder;
        for (int i : m_order)
            key[std::size_t(i)] = clockSortKey(m_rows[std::size_t(i)].clock(kind), descending);
        break;
    }
    case NextBreachColumn:
    default:
        for (int i : m_order)
            key[std::size_t(i)] = sortableDue(m_rows[std::size_t(i)].nextBreach);
        break;
    }
    // Sort (key, id, row) triples held together: no indirection while sorting.
    struct Entry
    {
        qint64 key;
        qint64 id;
        int row;
    };
    std::vector<Entry> entries;
    entries.reserve(m_order.size());
    for (int i : m_order)
        entries.push_back({key[std::size_t(i)], m_rows[std::size_t(i)].id, i});
    if (m_sortOrder == Qt::AscendingOrder)
        std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
            return a.key != b.key ? a.key < b.key : a.id < b.id;
        });
    else
        std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
            return a.key != b.key ? a.key > b.key : a.id > b.id;
        });
    for (std::size_t i = 0; i < entries.size(); ++i)
        m_order[i] = entries[i].row;
    m_positionOf.assign(m_rows.size(), -1);
    for (std::size_t i = 0; i < m_order.size(); ++i)
        m_positionOf[std::size_t(m_order[i])] = int(i);
    m_orderSorted = true;
}

void QueueModel::rebuildOrder()
{
    m_customerMatch.clear();
    m_subjectMatch.clear();
    m_searchId = 0;
    if (!m_filter.text.isEmpty()) {
        QString digits = m_filter.text;
        if (digits.startsWith(QLatin1Char('#')))
            digits.remove(0, 1);
        bool isNumber = false;
        const qint64 id = digits.toLongLong(&isNumber);
        m_searchId = isNumber ? id : 0;
    }
    m_order.clear();
    m_order.reserve(m_rows.size());
    m_searchCaching = true;
    for (int i = 0; i < int(m_rows.size()); ++i) {
        if (accepts(i))
            m_order.push_back(i);
    }
    m_searchCaching = false;
    m_customerMatch.clear();
    m_subjectMatch.clear();
    sortOrder();
}

void QueueModel::resetIndex(Instant now)
{
    beginResetModel();
    dropClosedWaiting(); // the rebuilt order is in place: nothing waits
    m_stateCache.fill({});
    m_now = now;
    m_rowOfTicket.rebuild(m_rows);
    m_policyOf.resize(m_rows.size());
    m_category.assign(m_rows.size(), Fine);
    m_generation.assign(m_rows.size(), 0);
    m_counts = {};
    std::fill(m_openByPolicy.begin(), m_openByPolicy.end(), 0);
    // The pending queue is built in one go (a heap made of a filled vector) rather than pushed
    // row by row.
    std::vector<Pending> pending;
    pending.reserve(m_rows.size());
    for (int i = 0; i < int(m_rows.size()); ++i) {
        const QueueRow &row = m_rows[std::size_t(i)];
        const int policy = policyFor(row.planId, row.severity);
        m_policyOf[std::size_t(i)] = quint16(policy);
        Instant next = InvalidInstant;
        const Category category = categoryOf(i, &next);
        m_category[std::size_t(i)] = category;
        m_generation[std::size_t(i)] = 1;
        if (next != InvalidInstant)
            pending.push_back({next, i, 1});
        ++m_counts.open;
        if (m_me != 0 && row.assigneeId == m_me)
            ++m_counts.mine;
        if (row.assigneeId == 0)
            ++m_counts.unassigned;
        if (row.status == TicketStatus::WaitingCustomer)
            ++m_counts.waiting;
        if (category == AtRisk)
            ++m_counts.atRisk;
        else if (category == Breached)
            ++m_counts.breached;
        ++m_openByPolicy[std::size_t(policy)];
    }
    m_pending = decltype(m_pending)(std::greater<Pending>(), std::move(pending));
    rebuildOrder();
    endResetModel();
    announceCounts();
    updateWaitingCount();
}
} // namespace dueline
