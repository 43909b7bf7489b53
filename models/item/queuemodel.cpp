// SPDX-License-Identifier: GPL-3.0-or-later
// The live SLA queue as a Qt table model (models/item/queuemodel.h): loads and live changes,
// the ticker, lookups, and the data and headers the views show. The index it keeps (row
// lookup, policies, categories, counts, filter and sort order) is in queueindex.cpp, what the
// clock cells say in queueclockcells.cpp.

#include "models/item/queuemodel.h"

#include "models/item/dateformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace dueline {

QueueModel::QueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QueueRow QueueModel::rowFromTicket(const Ticket &ticket)
{
    QueueRow row;
    row.id = ticket.id;
    row.customerId = ticket.customerId;
    row.assigneeId = ticket.assigneeId;
    row.planId = ticket.planId;
    row.severity = ticket.severity;
    row.status = ticket.status;
    row.subject = ticket.subject;
    row.createdAt = ticket.createdAt;
    row.updatedAt = ticket.updatedAt;
    row.nextBreach = ticket.nextBreach;
    row.response = ticket.response;
    row.resolution = ticket.resolution;
    row.paused = ticket.paused;
    return row;
}

void QueueModel::setCatalog(CatalogPtr catalog)
{
    m_catalog = std::move(catalog);
    m_policies.clear();
    m_policyKeys.clear();
    m_openByPolicy.clear();
    resetIndex(m_now);
}

void QueueModel::setLanguage(const QString &language)
{
    m_language = language;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_order.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void QueueModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (!m_order.empty())
        emit dataChanged(index(0, ResponseColumn), index(rowCount() - 1, NextBreachColumn));
}

void QueueModel::setCurrentAgent(qint64 agentId)
{
    m_me = agentId;
    resetIndex(m_now);
}

void QueueModel::setCustomers(const QHash<qint64, QString> &names)
{
    m_customers = names;
    m_orderSorted = false; // a re-sort by customer may order differently now
    if (!m_order.empty())
        emit dataChanged(index(0, CustomerColumn), index(rowCount() - 1, CustomerColumn));
}

void QueueModel::setAgents(const QHash<qint64, QString> &names)
{
    m_agents = names;
    m_orderSorted = false;
    if (!m_order.empty())
        emit dataChanged(index(0, AssigneeColumn), index(rowCount() - 1, AssigneeColumn));
}
void QueueModel::setRows(std::vector<QueueRow> rows, Instant now)
{
    m_waiting.clear(); // a fresh load: nothing waits
    m_rows = std::move(rows);
    resetIndex(now);
}

void QueueModel::applyChanges(const std::vector<QueueRow> &changed,
                              const QVector<qint64> &closedIds, Instant now)
{
    m_now = now;
    m_stateCache.fill({}); // rows may move between indices
    const bool pinnedShown = rowForTicket(m_pinned) >= 0;
    const auto waits = [&](qint64 id) {
        return m_orderHeld || (pinnedShown && id == m_pinned);
    };
    // Held: every change waits; otherwise only the pinned ticket's, when its row is shown. A row
    // of a ticket no longer open leaves as a closed id does, or, held, stays with that data.
    std::vector<QueueRow> rowsNow, rowsHeld, finishedHeld;
    QVector<qint64> closedNow, closedHeld;
    for (const QueueRow &row : changed) {
        if (isOpenStatus(row.status))
            (waits(row.id) ? rowsHeld : rowsNow).push_back(row);
        else if (waits(row.id) && rowForTicket(row.id) >= 0)
            finishedHeld.push_back(row);
        else if (m_rowOfTicket.find(row.id) >= 0)
            (waits(row.id) ? closedHeld : closedNow).append(row.id);
    }
    for (const qint64 id : closedIds)
        (waits(id) ? closedHeld : closedNow).append(id);
    if (!rowsHeld.empty() || !closedHeld.isEmpty() || !finishedHeld.empty())
        holdChanges(rowsHeld, closedHeld, finishedHeld);
    if (!rowsNow.empty() || !closedNow.isEmpty())
        applyNow(rowsNow, closedNow);
    if (m_orderHeld || m_pinned != 0 || m_waitingCount != 0)
        updateWaitingCount();
}

int QueueModel::storeRow(const QueueRow &row)
{
    int rowIndex;
    const int found = m_rowOfTicket.find(row.id);
    if (found < 0) {
        rowIndex = int(m_rows.size());
        m_rows.push_back(row);
        m_policyOf.push_back(0);
        m_category.push_back(Fine);
        m_generation.push_back(0);
        m_positionOf.push_back(-1);
        m_rowOfTicket.insert(row.id, rowIndex);
    } else {
        rowIndex = found;
        countRow(rowIndex, -1);
        m_rows[std::size_t(rowIndex)] = row;
    }
    m_policyOf[std::size_t(rowIndex)] = quint16(policyFor(row.planId, row.severity));
    schedule(rowIndex);
    countRow(rowIndex, +1);
    return rowIndex;
}

void QueueModel::holdChanges(const std::vector<QueueRow> &changed, const QVector<qint64> &closedIds,
                             const std::vector<QueueRow> &finished)
{
    // A shown row stays where it is (a closed one with its last data); a hidden one leaves at
    // once, as nobody sees it go.
    QVector<qint64> hiddenClosed;
    for (const qint64 id : closedIds) {
        const int rowIndex = m_rowOfTicket.find(id);
        if (rowIndex < 0)
            continue;
        if (m_positionOf[std::size_t(rowIndex)] >= 0) {
            m_waiting.insert(id, true);
        } else {
            m_waiting.remove(id);
            hiddenClosed.append(id);
        }
    }
    if (!hiddenClosed.isEmpty())
        applyNow({}, hiddenClosed);
    for (const QueueRow &row : finished) { // shown: it stays with its final state until released
        const int rowIndex = storeRow(row);
        const int position = m_positionOf[std::size_t(rowIndex)];
        m_waiting.insert(row.id, true);
        emit dataChanged(index(position, 0), index(position, ColumnCount - 1));
    }
    for (const QueueRow &row : changed) {
        const int rowIndex = storeRow(row);
        const int position = m_positionOf[std::size_t(rowIndex)];
        if (position >= 0) {
            m_waiting.insert(row.id, false);
            emit dataChanged(index(position, 0), index(position, ColumnCount - 1));
        } else if (accepts(rowIndex)) {
            m_waiting.insert(row.id, false); // appears when released
        } else {
            m_waiting.remove(row.id);
        }
    }
    announceCounts();
}

void QueueModel::applyNow(const std::vector<QueueRow> &changed, const QVector<qint64> &closedIds)
{
    const Instant now = m_now;
    // Many changes at once (an import, a reconnect): one reset is cheaper than many moves.
    if (changed.size() + std::size_t(closedIds.size()) > 256) {
        for (const QueueRow &row : changed) {
            const int at = m_rowOfTicket.find(row.id);
            if (at >= 0)
                m_rows[std::size_t(at)] = row;
            else
                m_rows.push_back(row);
        }
        if (!closedIds.isEmpty()) {
            const QSet<qint64> gone(closedIds.cbegin(), closedIds.cend());
            m_rows.erase(std::remove_if(m_rows.begin(), m_rows.end(),
                                        [&](const QueueRow &r) { return gone.contains(r.id); }),
                         m_rows.end());
        }
        resetIndex(now);
        return;
    }

    auto hide = [this](int rowIndex) {
        const int position = m_positionOf[std::size_t(rowIndex)];
        if (position < 0)
            return;
        beginRemoveRows({}, position, position);
        m_order.erase(m_order.begin() + position);
        m_positionOf[std::size_t(rowIndex)] = -1;
        for (std::size_t i = std::size_t(position); i < m_order.size(); ++i)
            m_positionOf[std::size_t(m_order[i])] = int(i);
        endRemoveRows();
    };

    for (const qint64 id : closedIds) {
        const int rowIndex = m_rowOfTicket.find(id);
        if (rowIndex < 0)
            continue;
        m_waiting.remove(id);
        hide(rowIndex);
        countRow(rowIndex, -1);
        // Move the last row into the freed slot to keep the index compact.
        const int last = int(m_rows.size()) - 1;
        m_rowOfTicket.remove(id);
        if (rowIndex != last) {
            m_rows[std::size_t(rowIndex)] = std::move(m_rows[std::size_t(last)]);
            m_policyOf[std::size_t(rowIndex)] = m_policyOf[std::size_t(last)];
            m_category[std::size_t(rowIndex)] = m_category[std::size_t(last)];
            m_generation[std::size_t(rowIndex)] = m_generation[std::size_t(last)] + 1;
            const int position = m_positionOf[std::size_t(last)];
            m_positionOf[std::size_t(rowIndex)] = position;
            if (position >= 0)
                m_order[std::size_t(position)] = rowIndex;
            m_rowOfTicket.insert(m_rows[std::size_t(rowIndex)].id, rowIndex);
            // Its pending entries pointed at the old slot.
            countRow(rowIndex, -1);
            schedule(rowIndex);
            countRow(rowIndex, +1);
        }
        m_rows.pop_back();
        m_policyOf.pop_back();
        m_category.pop_back();
        m_generation.pop_back();
        m_positionOf.pop_back();
    }

    for (const QueueRow &row : changed) {
        const int rowIndex = storeRow(row);
        const int position = m_positionOf[std::size_t(rowIndex)];
        if (!accepts(rowIndex)) {
            hide(rowIndex);
            continue;
        }
        // Where the row belongs among the others.
        if (position >= 0) {
            // Search with the row taken out, then move it there (selection follows the row).
            m_order.erase(m_order.begin() + position);
            const int newPosition = insertPosition(rowIndex);
            m_order.insert(m_order.begin() + newPosition, rowIndex);
            if (newPosition == position) {
                emit dataChanged(index(position, 0), index(position, ColumnCount - 1));
                continue;
            }
            // Undo, announce, redo: the views must see the old order in beginMoveRows.
            m_order.erase(m_order.begin() + newPosition);
            m_order.insert(m_order.begin() + position, rowIndex);
            const int destination = newPosition > position ? newPosition + 1 : newPosition;
            beginMoveRows({}, position, position, {}, destination);
            m_order.erase(m_order.begin() + position);
            m_order.insert(m_order.begin() + newPosition, rowIndex);
            const int from = std::min(position, newPosition), to = std::max(position, newPosition);
            for (int i = from; i <= to; ++i)
                m_positionOf[std::size_t(m_order[std::size_t(i)])] = i;
            endMoveRows();
            emit dataChanged(index(newPosition, 0), index(newPosition, ColumnCount - 1));
        } else {
            const int newPosition = insertPosition(rowIndex);
            beginInsertRows({}, newPosition, newPosition);
            m_order.insert(m_order.begin() + newPosition, rowIndex);
            for (std::size_t i = std::size_t(newPosition); i < m_order.size(); ++i)
                m_positionOf[std::size_t(m_order[i])] = int(i);
            endInsertRows();
        }
    }
    announceCounts();
}

void QueueModel::setOrderHeld(bool held)
{
    if (held == m_orderHeld)
        return;
    m_orderHeld = held;
    if (!held)
        releaseWaiting(true);
    updateWaitingCount();
}

void QueueModel::setPinnedTicket(qint64 ticketId)
{
    if (ticketId == m_pinned)
        return;
    const qint64 before = m_pinned;
    m_pinned = ticketId;
    // The ticket pinned before goes where it belongs, unless the whole order is held.
    if (!m_orderHeld && m_waiting.contains(before))
        releaseWaiting(true);
    updateWaitingCount();
}

void QueueModel::applyWaiting()
{
    releaseWaiting(true);
    updateWaitingCount();
}

void QueueModel::releaseWaiting(bool keepPinned)
{
    if (m_waiting.isEmpty())
        return;
    std::vector<QueueRow> rows;
    QVector<qint64> closed;
    std::vector<int> shown; // rows in the list that may be out of place
    for (auto it = m_waiting.cbegin(); it != m_waiting.cend(); ++it) {
        if (keepPinned && it.key() == m_pinned)
            continue;
        const int rowIndex = m_rowOfTicket.find(it.key());
        if (rowIndex < 0)
            continue;
        if (it.value()) {
            closed.append(it.key());
        } else {
            rows.push_back(m_rows[std::size_t(rowIndex)]);
            if (m_positionOf[std::size_t(rowIndex)] >= 0)
                shown.push_back(rowIndex);
        }
    }
    // What still waits: the pinned ticket, and until they leave the closed rows (out of place,
    // they must not guide a search).
    for (const int rowIndex : shown)
        m_waiting.remove(m_rows[std::size_t(rowIndex)].id);
    for (const QueueRow &row : rows)
        m_waiting.remove(row.id);
    m_stateCache.fill({});

    // First the rows already shown go to their places in one layout change (selection follows
    // them); then the usual path adds, removes and hides. Many at once: that path resets.
    if (!shown.empty() && rows.size() + std::size_t(closed.size()) <= 256) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList persistent = persistentIndexList();
        std::vector<int> rowsBefore;
        rowsBefore.reserve(std::size_t(persistent.size()));
        for (const QModelIndex &i : persistent)
            rowsBefore.push_back(m_order[std::size_t(i.row())]);
        for (const int rowIndex : shown)
            m_positionOf[std::size_t(rowIndex)] = -1;
        m_order.erase(std::remove_if(m_order.begin(), m_order.end(),
                                     [this](int r) { return m_positionOf[std::size_t(r)] < 0; }),
                      m_order.end());
        for (const int rowIndex : shown)
            m_order.insert(m_order.begin() + insertPosition(rowIndex), rowIndex);
        for (std::size_t i = 0; i < m_order.size(); ++i)
            m_positionOf[std::size_t(m_order[i])] = int(i);
        QModelIndexList after;
        after.reserve(persistent.size());
        for (int i = 0; i < persistent.size(); ++i)
            after.append(index(m_positionOf[std::size_t(rowsBefore[std::size_t(i)])],
                               persistent.at(i).column()));
        changePersistentIndexList(persistent, after);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    for (const qint64 id : std::as_const(closed))
        m_waiting.remove(id);
    applyNow(rows, closed);
}

void QueueModel::dropClosedWaiting()
{
    if (std::any_of(m_waiting.cbegin(), m_waiting.cend(), [](bool closed) { return closed; })) {
        m_rows.erase(std::remove_if(m_rows.begin(), m_rows.end(),
                                    [this](const QueueRow &r) { return m_waiting.value(r.id); }),
                     m_rows.end());
    }
    m_waiting.clear();
}

void QueueModel::updateWaitingCount()
{
    int count = 0;
    for (auto it = m_waiting.cbegin(); it != m_waiting.cend(); ++it) {
        if (it.key() == m_pinned)
            continue;
        const int rowIndex = m_rowOfTicket.find(it.key());
        if (rowIndex < 0)
            continue;
        const int position = m_positionOf[std::size_t(rowIndex)];
        if (position < 0) {
            count += it.value() ? 0 : int(accepts(rowIndex));
            continue;
        }
        // Shown: it leaves, or it is out of place beside its neighbours.
        const auto at = std::size_t(position);
        const bool outOfPlace = (at > 0 && lessThan(rowIndex, m_order[at - 1])) ||
                                (at + 1 < m_order.size() && lessThan(m_order[at + 1], rowIndex));
        count += int(it.value() || !accepts(rowIndex) || outOfPlace);
    }
    if (count != m_waitingCount) {
        m_waitingCount = count;
        emit waitingChangesChanged(count);
    }
}

QVector<qint64> QueueModel::ticketsAtRisk() const
{
    QVector<qint64> ids;
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        if (m_category[i] == AtRisk && isOpenStatus(m_rows[i].status))
            ids.append(m_rows[i].id);
    }
    return ids;
}

QHash<qint64, int> QueueModel::openTicketsByAssignee() const
{
    QHash<qint64, int> load;
    for (const QueueRow &row : m_rows) {
        if (isOpenStatus(row.status))
            ++load[row.assigneeId];
    }
    return load;
}

QVector<qint64> QueueModel::tick(Instant now)
{
    m_now = now;
    QVector<qint64> crossed;
    bool countsMoved = false;
    const bool viewByCategory = m_filter.view == QueueFilter::View::AtRisk ||
                                m_filter.view == QueueFilter::View::Breached;
    std::vector<QueueRow> membership; // rows entering or leaving a category view
    while (!m_pending.empty() && m_pending.top().at <= now) {
        const Pending p = m_pending.top();
        m_pending.pop();
        if (p.row >= int(m_rows.size()) || m_generation[std::size_t(p.row)] != p.generation)
            continue; // stale
        const Category before = m_category[std::size_t(p.row)];
        countRow(p.row, -1);
        schedule(p.row);
        countRow(p.row, +1);
        const Category after = m_category[std::size_t(p.row)];
        if (after != before) {
            countsMoved = true;
            if (after > before) {
                crossed.append(m_rows[std::size_t(p.row)].id);
                emit ticketStateChanged(
                        m_rows[std::size_t(p.row)].id,
                        int(after == Breached ? ClockState::Breached : ClockState::AtRisk));
            }
            if (viewByCategory)
                membership.push_back(m_rows[std::size_t(p.row)]);
        }
    }
    if (!membership.empty())
        applyChanges(membership, {}, now);
    if (m_lastVisible >= m_firstVisible && m_firstVisible < rowCount()) {
        const int last = std::min(m_lastVisible, rowCount() - 1);
        emit dataChanged(index(m_firstVisible, ResponseColumn), index(last, ResolutionColumn),
                         {Qt::DisplayRole, Qt::ToolTipRole, ClockStateRole, RemainingRole,
                          ProgressRole, ResumesAtRole});
    }
    if (countsMoved)
        announceCounts();
    return crossed;
}

void QueueModel::setVisibleRows(int first, int last)
{
    m_firstVisible = std::max(0, first);
    m_lastVisible = last;
}

void QueueModel::setFilter(const QueueFilter &filter)
{
    if (filter == m_filter)
        return;
    releaseWaiting(false); // another view: what waited in this one goes now
    beginResetModel();
    m_filter = filter;
    rebuildOrder();
    endResetModel();
    updateWaitingCount();
}

int QueueModel::rowForTicket(qint64 ticketId) const
{
    const int rowIndex = m_rowOfTicket.find(ticketId);
    return rowIndex < 0 ? -1 : m_positionOf[std::size_t(rowIndex)];
}

qint64 QueueModel::ticketAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[std::size_t(m_order[std::size_t(row)])].id : 0;
}

const QueueRow *QueueModel::ticket(qint64 ticketId) const
{
    const int rowIndex = m_rowOfTicket.find(ticketId);
    return rowIndex < 0 ? nullptr : &m_rows[std::size_t(rowIndex)];
}

int QueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int QueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}
QString QueueModel::statusText(TicketStatus status)
{
    switch (status) {
    case TicketStatus::New:
        return QCoreApplication::translate("QueueModel", "New", "ticket status");
    case TicketStatus::Open:
        return QCoreApplication::translate("QueueModel", "Open", "ticket status");
    case TicketStatus::WaitingCustomer:
        return QCoreApplication::translate("QueueModel", "Waiting on customer", "ticket status");
    case TicketStatus::Resolved:
        return QCoreApplication::translate("QueueModel", "Resolved", "ticket status");
    case TicketStatus::Closed:
        return QCoreApplication::translate("QueueModel", "Closed", "ticket status");
    }
    return {};
}

QVariant QueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int rowIndex = m_order[std::size_t(index.row())];
    const QueueRow &row = m_rows[std::size_t(rowIndex)];
    if (role == TicketIdRole)
        return row.id;
    const Policy &policy = m_policies[m_policyOf[std::size_t(rowIndex)]];
    if (role == LevelRole)
        return policy.level;
    switch (index.column()) {
    case IdColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return row.id;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case CustomerColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return m_customers.value(row.customerId);
        return {};
    case PlanColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return policy.plan ? policy.plan->names.text(m_language) : row.planId;
        if (role == Qt::ToolTipRole)
            return row.planId;
        return {};
    case SeverityColumn:
        if (role == Qt::DisplayRole) {
            const Provider *provider = m_catalog ? m_catalog->provider(policy.providerId) : nullptr;
            const Severity *severity = provider ? provider->severity(row.severity) : nullptr;
            return severity ? severity->names.text(m_language) : row.severity;
        }
        if (role == SortRole)
            return policy.level;
        if (role == Qt::ToolTipRole)
            return QStringLiteral("P%1").arg(policy.level);
        return {};
    case SubjectColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return row.subject;
        return {};
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return statusText(row.status);
        if (role == SortRole)
            return int(row.status);
        return {};
    case AssigneeColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return row.assigneeId == 0 ? QString() : m_agents.value(row.assigneeId);
        return {};
    case ResponseColumn:
        return clockData(row, rowIndex, TargetKind::Response, role);
    case ResolutionColumn:
        return clockData(row, rowIndex, TargetKind::Resolution, role);
    case NextBreachColumn:
        if (role == Qt::DisplayRole)
            return row.nextBreach == InvalidInstant
                           ? QVariant(QStringLiteral("—"))
                           : QVariant(DateFormat::dateTime(
                                     QLocale(),
                                     QDateTime::fromSecsSinceEpoch(row.nextBreach, m_zone),
                                     QDateTime::fromSecsSinceEpoch(m_now, m_zone)));
        if (role == Qt::ToolTipRole && row.nextBreach != InvalidInstant) {
            // The clock that breaches next, in its calendar's zone and in the reader's.
            const int k =
                    row.response.phase == ClockPhase::Running && row.response.due == row.nextBreach
                            ? 0
                            : 1;
            const WorkCalendar *calendar = policy.calendar[k];
            const QStringList due = DateFormat::inZones(
                    QLocale(), row.nextBreach,
                    calendar ? QTimeZone(calendar->spec().timeZone) : m_zone, m_zone, m_now);
            return due.size() > 1 ? due.first() + QLatin1Char('\n') +
                                            QCoreApplication::translate("QueueModel",
                                                                        "%1 in your time zone")
                                                    .arg(due.at(1))
                                  : due.first();
        }
        if (role == SortRole || role == DueRole)
            return row.nextBreach == InvalidInstant ? QVariant()
                                                    : QVariant(qlonglong(row.nextBreach));
        return {};
    default:
        return {};
    }
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return columnTitle(section);
}

QString QueueModel::columnTitle(int section)
{
    switch (section) {
    case IdColumn:
        return QCoreApplication::translate("QueueModel", "#", "ticket number column");
    case CustomerColumn:
        return QCoreApplication::translate("QueueModel", "Customer");
    case PlanColumn:
        return QCoreApplication::translate("QueueModel", "Plan");
    case SeverityColumn:
        return QCoreApplication::translate("QueueModel", "Severity");
    case SubjectColumn:
        return QCoreApplication::translate("QueueModel", "Subject");
    case StatusColumn:
        return QCoreApplication::translate("QueueModel", "Status");
    case AssigneeColumn:
        return QCoreApplication::translate("QueueModel", "Assignee");
    case ResponseColumn:
        return QCoreApplication::translate("QueueModel", "Response");
    case ResolutionColumn:
        return QCoreApplication::translate("QueueModel", "Resolution");
    case NextBreachColumn:
        return QCoreApplication::translate("QueueModel", "Next breach");
    }
    return {};
}

void QueueModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder && m_orderSorted)
        return; // already in that order (rows arriving live are inserted in place)
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList persistent = persistentIndexList();
    std::vector<int> rowsBefore;
    rowsBefore.reserve(std::size_t(persistent.size()));
    for (const QModelIndex &i : persistent)
        rowsBefore.push_back(m_order[std::size_t(i.row())]);
    m_sortColumn = column;
    m_sortOrder = order;
    sortOrder(); // waiting rows too: they are in place now, though some may still leave
    QModelIndexList after;
    after.reserve(persistent.size());
    for (int i = 0; i < persistent.size(); ++i)
        after.append(index(m_positionOf[std::size_t(rowsBefore[std::size_t(i)])],
                           persistent.at(i).column()));
    changePersistentIndexList(persistent, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    updateWaitingCount();
}

} // namespace dueline
