// SPDX-License-Identifier: GPL-3.0-or-later
// TicketStore::findTickets: tickets of any status, most recently changed first, by number or by
// text in the subject and the customer (the Resolved and Closed views, search by number).

#include "models/store/ticketstore.h"

#include "models/store/ticketstore_p.h"

#include <QRegularExpression>
#include <QSet>

namespace dueline {

namespace {

QString statusFilter(const QVector<TicketStatus> &statuses)
{
    if (statuses.isEmpty())
        return {};
    QStringList keys;
    for (TicketStatus s : statuses)
        keys << QLatin1Char('\'') + ticketStatusKey(s) + QLatin1Char('\'');
    return QStringLiteral("status IN (%1)").arg(keys.join(QStringLiteral(", ")));
}

} // namespace

TicketQueryResult TicketStore::findTickets(const TicketQuery &query, StoreError *error)
{
    TicketQueryResult result;
    const int limit = std::max(1, query.limit);
    const QString text = query.text.trimmed();
    const QString where = statusFilter(query.statuses);

    // A number: that ticket, whatever else the text could match.
    static const QRegularExpression number(QStringLiteral("^#?\\s*(\\d{1,18})$"));
    if (const QRegularExpressionMatch m = number.match(text); m.hasMatch()) {
        QSqlQuery q = m_connection->query();
        q.prepare(QStringLiteral("SELECT %1 FROM tickets WHERE id = ?%2")
                          .arg(QLatin1String(DUELINE_QUEUE_ROW_COLUMNS),
                               where.isEmpty() ? QString() : QStringLiteral(" AND ") + where));
        q.addBindValue(m.captured(1).toLongLong());
        if (!q.exec()) {
            m_connection->fail(q, error);
            return result;
        }
        if (q.next())
            result.rows.push_back(readQueueRow(q));
        return result;
    }

    const QString order = QStringLiteral(" ORDER BY updated_at DESC, id DESC");
    const QString filter = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
    if (text.isEmpty()) {
        QSqlQuery q = m_connection->query();
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT %1 FROM tickets%2%3 LIMIT %4")
                            .arg(QLatin1String(DUELINE_QUEUE_ROW_COLUMNS), filter, order)
                            .arg(limit + 1))) {
            m_connection->fail(q, error);
            return result;
        }
        while (q.next())
            result.rows.push_back(readQueueRow(q));
        result.more = int(result.rows.size()) > limit;
        if (result.more)
            result.rows.pop_back();
        return result;
    }

    // Text: matched here rather than with LIKE, which folds the case of ASCII letters only
    // (SQLite) or depends on the server's locale (PostgreSQL). The customers that match first;
    // then the tickets' subjects, newest first, until enough match.
    QSet<qint64> customers;
    for (const Customer &c : this->customers(error)) {
        if (c.name.contains(text, Qt::CaseInsensitive) ||
            c.company.contains(text, Qt::CaseInsensitive))
            customers.insert(c.id);
    }
    if (error && *error)
        return result;
    QVector<qint64> ids;
    {
        QSqlQuery q = m_connection->query();
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, customer_id, subject FROM tickets%1%2")
                            .arg(filter, order))) {
            m_connection->fail(q, error);
            return result;
        }
        while (q.next()) {
            if (customers.contains(q.value(1).toLongLong()) ||
                q.value(2).toString().contains(text, Qt::CaseInsensitive)) {
                if (ids.size() == limit) {
                    result.more = true;
                    break;
                }
                ids << q.value(0).toLongLong();
            }
        }
    }
    QSqlQuery q = m_connection->query();
    q.prepare(QStringLiteral("SELECT %1 FROM tickets WHERE id = ?")
                      .arg(QLatin1String(DUELINE_QUEUE_ROW_COLUMNS)));
    for (qint64 id : std::as_const(ids)) {
        q.addBindValue(id);
        if (!q.exec()) {
            m_connection->fail(q, error);
            result.rows.clear();
            return result;
        }
        if (q.next())
            result.rows.push_back(readQueueRow(q));
        q.finish();
    }
    return result;
}

} // namespace dueline
