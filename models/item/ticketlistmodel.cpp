// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/item/ticketlistmodel.h"

#include "models/item/dateformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace dueline {

namespace {

// A finished ticket's clock: what its cached phase says, never a countdown.
ClockState stoppedState(ClockPhase phase)
{
    switch (phase) {
    case ClockPhase::Met:
        return ClockState::Met;
    case ClockPhase::MetLate:
        return ClockState::MetLate;
    default:
        return ClockState::NotApplicable;
    }
}

} // namespace

TicketListModel::TicketListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void TicketListModel::setCatalog(CatalogPtr catalog)
{
    m_catalog = std::move(catalog);
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, QueueModel::ColumnCount - 1));
}

void TicketListModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, QueueModel::ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, QueueModel::ColumnCount - 1);
}

void TicketListModel::setCustomers(const QHash<qint64, QString> &names)
{
    m_customers = names;
    if (!m_rows.empty())
        emit dataChanged(index(0, QueueModel::CustomerColumn),
                         index(rowCount() - 1, QueueModel::CustomerColumn));
}

void TicketListModel::setAgents(const QHash<qint64, QString> &names)
{
    m_agents = names;
    if (!m_rows.empty())
        emit dataChanged(index(0, QueueModel::AssigneeColumn),
                         index(rowCount() - 1, QueueModel::AssigneeColumn));
}

void TicketListModel::setNow(Instant now)
{
    m_now = now;
}

void TicketListModel::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
    if (!m_rows.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, QueueModel::ColumnCount - 1));
}

void TicketListModel::setRows(std::vector<QueueRow> rows, bool more)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_more = more;
    endResetModel();
    if (m_sortColumn != QueueModel::NextBreachColumn || m_sortOrder != Qt::DescendingOrder)
        sort(m_sortColumn, m_sortOrder);
}

void TicketListModel::updateRow(const QueueRow &row, bool keep)
{
    const int at = rowForTicket(row.id);
    if (at < 0) {
        if (keep) { // it just became one of these: the most recent change, so first
            beginInsertRows({}, 0, 0);
            m_rows.insert(m_rows.begin(), row);
            endInsertRows();
        }
        return;
    }
    if (!keep) {
        beginRemoveRows({}, at, at);
        m_rows.erase(m_rows.begin() + at);
        endRemoveRows();
        return;
    }
    m_rows[std::size_t(at)] = row;
    emit dataChanged(index(at, 0), index(at, QueueModel::ColumnCount - 1));
}

int TicketListModel::rowForTicket(qint64 ticketId) const
{
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                 [ticketId](const QueueRow &r) { return r.id == ticketId; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

qint64 TicketListModel::ticketAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[std::size_t(row)].id : 0;
}

int TicketListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TicketListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : QueueModel::ColumnCount;
}

int TicketListModel::levelOf(const QueueRow &row) const
{
    const Plan *plan = m_catalog ? m_catalog->plan(row.planId) : nullptr;
    if (!plan)
        return 4;
    for (int level = 1; level <= 4; ++level) {
        if (plan->severityForLevel(level) == row.severity)
            return level;
    }
    return 4;
}

QVariant TicketListModel::clockData(const QueueRow &row, TargetKind kind, int role) const
{
    const ClockSnapshot &clock = row.clock(kind);
    const ClockState state = stoppedState(clock.phase);
    switch (role) {
    case Qt::DisplayRole:
        switch (state) {
        case ClockState::Met:
            return QCoreApplication::translate("QueueModel", "met", "SLA clock state");
        case ClockState::MetLate:
            return QCoreApplication::translate("QueueModel", "met late", "SLA clock state");
        default:
            return QStringLiteral("—");
        }
    case QueueModel::SortRole: // by state: met, met late, none
    case QueueModel::ClockStateRole:
        return int(state);
    case QueueModel::RemainingRole:
        return qlonglong(clock.remainingSeconds);
    case QueueModel::DueRole:
        return clock.due == InvalidInstant ? QVariant() : QVariant(qlonglong(clock.due));
    case QueueModel::ProgressRole:
        return clock.requiredSeconds > 0
                       ? 1.0 - double(clock.remainingSeconds) / double(clock.requiredSeconds)
                       : 0.0;
    case QueueModel::OverriddenRole:
        return clock.overridden;
    case Qt::ToolTipRole: {
        if (clock.due == InvalidInstant)
            return {};
        // The due in the calendar's zone and in the reader's (docs/architecture.md §2).
        const Plan *plan = m_catalog ? m_catalog->plan(row.planId) : nullptr;
        const SeverityTargets *targets = plan ? plan->targetsFor(row.severity) : nullptr;
        const WorkCalendarPtr calendar =
                targets ? m_catalog->calendarFor(*plan, targets->target(kind)) : nullptr;
        const QStringList due = DateFormat::inZones(
                QLocale(), clock.due, calendar ? QTimeZone(calendar->spec().timeZone) : m_zone,
                m_zone, m_now);
        QString tip = QCoreApplication::translate("QueueModel", "Due %1").arg(due.first());
        if (due.size() > 1)
            tip += QLatin1Char('\n') +
                   QCoreApplication::translate("QueueModel", "%1 in your time zone").arg(due.at(1));
        return tip;
    }
    default:
        return {};
    }
}

QVariant TicketListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cell(m_rows[std::size_t(index.row())], index.column(), role);
}

QVariant TicketListModel::cell(const QueueRow &row, int column, int role) const
{
    if (role == QueueModel::TicketIdRole)
        return row.id;
    if (role == QueueModel::LevelRole)
        return levelOf(row);
    if (role == QueueModel::SortRole && column != QueueModel::ResponseColumn &&
        column != QueueModel::ResolutionColumn)
        return sortValue(row, column);
    switch (column) {
    case QueueModel::IdColumn:
        if (role == Qt::DisplayRole)
            return row.id;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case QueueModel::CustomerColumn:
        return role == Qt::DisplayRole ? QVariant(m_customers.value(row.customerId)) : QVariant();
    case QueueModel::PlanColumn: {
        if (role == Qt::ToolTipRole)
            return row.planId;
        if (role != Qt::DisplayRole)
            return {};
        const Plan *plan = m_catalog ? m_catalog->plan(row.planId) : nullptr;
        return plan ? plan->names.text(m_language) : row.planId;
    }
    case QueueModel::SeverityColumn: {
        if (role == Qt::ToolTipRole)
            return QStringLiteral("P%1").arg(levelOf(row));
        if (role != Qt::DisplayRole)
            return {};
        const Plan *plan = m_catalog ? m_catalog->plan(row.planId) : nullptr;
        const Provider *provider = plan ? m_catalog->provider(plan->providerId) : nullptr;
        const Severity *severity = provider ? provider->severity(row.severity) : nullptr;
        return severity ? severity->names.text(m_language) : row.severity;
    }
    case QueueModel::SubjectColumn:
        return role == Qt::DisplayRole || role == Qt::ToolTipRole ? QVariant(row.subject)
                                                                  : QVariant();
    case QueueModel::StatusColumn:
        return role == Qt::DisplayRole ? QVariant(QueueModel::statusText(row.status)) : QVariant();
    case QueueModel::AssigneeColumn:
        return role == Qt::DisplayRole && row.assigneeId != 0
                       ? QVariant(m_agents.value(row.assigneeId))
                       : QVariant();
    case QueueModel::ResponseColumn:
        return clockData(row, TargetKind::Response, role);
    case QueueModel::ResolutionColumn:
        return clockData(row, TargetKind::Resolution, role);
    case QueueModel::NextBreachColumn:
        if (role == Qt::DisplayRole)
            return DateFormat::dateTime(QLocale(),
                                        QDateTime::fromSecsSinceEpoch(row.updatedAt, m_zone),
                                        QDateTime::fromSecsSinceEpoch(m_now, m_zone));
        return {};
    default:
        return {};
    }
}

QVariant TicketListModel::sortValue(const QueueRow &row, int column) const
{
    switch (column) {
    case QueueModel::IdColumn:
        return row.id;
    case QueueModel::SeverityColumn:
        return levelOf(row);
    case QueueModel::StatusColumn:
        return int(row.status);
    case QueueModel::NextBreachColumn:
        return qlonglong(row.updatedAt);
    default:
        return cell(row, column, Qt::DisplayRole);
    }
}

QVariant TicketListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == QueueModel::NextBreachColumn)
        return QCoreApplication::translate("TicketListModel", "Last change",
                                           "when a finished ticket was resolved or closed");
    return QueueModel::columnTitle(section);
}

void TicketListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= QueueModel::ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<qint64> ids;
    ids.reserve(std::size_t(before.size()));
    for (const QModelIndex &i : before)
        ids.push_back(ticketAt(i.row()));
    std::vector<std::pair<QVariant, std::size_t>> keys;
    keys.reserve(m_rows.size());
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        keys.emplace_back(cell(m_rows[i], column, QueueModel::SortRole), i);
    }
    std::stable_sort(keys.begin(), keys.end(), [order](const auto &a, const auto &b) {
        const QPartialOrdering c = QVariant::compare(a.first, b.first);
        return order == Qt::AscendingOrder ? c == QPartialOrdering::Less
                                           : c == QPartialOrdering::Greater;
    });
    std::vector<QueueRow> sorted;
    sorted.reserve(m_rows.size());
    for (const auto &k : keys)
        sorted.push_back(std::move(m_rows[k.second]));
    m_rows = std::move(sorted);
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i)
        after << index(rowForTicket(ids[std::size_t(i)]), before[i].column());
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace dueline
