// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/catalog.h"
#include "models/item/queuemodel.h"
#include "models/store/ticketstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>

#include <vector>

namespace dueline {

// Finished tickets as a table (the Resolved and Closed views): the rows of a
// TicketStore::findTickets() result, most recently changed first. The columns and roles are
// QueueModel's, so the queue's table and delegates show them alike; their clocks are stopped
// (met, met late, or no SLA), so nothing ticks. The last column is when the ticket last changed
// (resolved or closed) instead of the next breach.
class TicketListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using Column = QueueModel::Column;
    using Role = QueueModel::Role;

    explicit TicketListModel(QObject *parent = nullptr);

    void setCatalog(CatalogPtr catalog);
    void setLanguage(const QString &language);
    void setCustomers(const QHash<qint64, QString> &names);
    void setAgents(const QHash<qint64, QString> &names);
    // Now, for the dates (the year is shown when it is not the current one), and the reader's
    // time zone (the system's by default).
    void setNow(Instant now);
    void setTimeZone(const QTimeZone &zone);

    // Replaces every row (a fresh query). `more`: the store had more than it returned.
    void setRows(std::vector<QueueRow> rows, bool more);
    // A ticket changed (an action, another client): updated in place, added first when it is
    // new here, or removed when `keep` is false (it left this list's statuses).
    void updateRow(const QueueRow &row, bool keep);
    bool hasMore() const { return m_more; }

    int rowForTicket(qint64 ticketId) const; // -1 when not listed
    qint64 ticketAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    int levelOf(const QueueRow &row) const;
    QVariant cell(const QueueRow &row, int column, int role) const;
    QVariant clockData(const QueueRow &row, TargetKind kind, int role) const;
    QVariant sortValue(const QueueRow &row, int column) const;

    CatalogPtr m_catalog;
    QString m_language = QStringLiteral("en");
    Instant m_now = 0;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QHash<qint64, QString> m_customers;
    QHash<qint64, QString> m_agents;
    std::vector<QueueRow> m_rows;
    bool m_more = false;
    int m_sortColumn = QueueModel::NextBreachColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace dueline
