// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard index's rows straight from SQLite's API (DashboardIndex::load and update on
// SQLite): through QSqlQuery each of the 18 columns of a million rows becomes a QVariant, and each
// text a QString (docs/benchmarks.md, Dashboard: a first load within 2 s). The same statement as
// the QSqlQuery reader, the same values: text keys are matched by their bytes against the few
// distinct ones seen so far and decoded once each.

#include "models/store/report.h"

#include "models/store/ticketstore.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <string>

namespace dueline {

namespace {

sqlite3 *sqliteHandle(const QSqlDatabase &database)
{
    if (!database.driver())
        return nullptr;
    const QVariant handle = database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool isBusyCode(int code)
{
    return (code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED;
}

// A prepared statement, finalized with the object.
class Statement
{
public:
    Statement() = default;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement() { sqlite3_finalize(m_statement); }

    bool prepare(sqlite3 *db, const QByteArray &sql)
    {
        return sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_statement, nullptr) ==
               SQLITE_OK;
    }
    sqlite3_stmt *get() const { return m_statement; }

private:
    sqlite3_stmt *m_statement = nullptr;
};

// The values of a text column's few distinct keys (statuses, clock states, plans, severities),
// looked up by their bytes: the last hit first, then linearly. `decode` makes the value of a
// key not seen before.
template<typename T>
class KeyTable
{
public:
    template<typename Decode>
    T value(sqlite3_stmt *statement, int column, Decode &&decode)
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        const auto size = std::size_t(sqlite3_column_bytes(statement, column));
        if (m_last < m_keys.size() && matches(m_keys[m_last], text, size))
            return m_values[m_last];
        for (std::size_t i = 0; i < m_keys.size(); ++i) {
            if (matches(m_keys[i], text, size)) {
                m_last = i;
                return m_values[i];
            }
        }
        m_keys.emplace_back(text ? text : "", size);
        m_values.push_back(decode(QString::fromUtf8(text, qsizetype(size))));
        m_last = m_keys.size() - 1;
        return m_values.back();
    }

private:
    static bool matches(const std::string &key, const char *text, std::size_t size)
    {
        return key.size() == size && (size == 0 || std::memcmp(key.data(), text, size) == 0);
    }

    std::vector<std::string> m_keys;
    std::vector<T> m_values;
    std::size_t m_last = 0;
};

} // namespace

std::optional<bool> DashboardIndex::readRowsSqlite(Connection &connection,
                                                   const QVector<qint64> *ids, StoreError *error)
{
    sqlite3 *db = sqliteHandle(connection.database());
    if (!db)
        return std::nullopt;
    const auto fail = [&](int code) {
        if (isBusyCode(code))
            return storeFail(error, StoreError::Kind::Busy, connection.busyMessage());
        return storeFail(
                error, StoreError::Kind::Database,
                QCoreApplication::translate("store", "database error on %1: %2")
                        .arg(connection.describe(), QString::fromUtf8(sqlite3_errmsg(db))));
    };

    QByteArray sql(RowsSql);
    if (ids) {
        sql += " WHERE id IN (";
        for (int k = 0; k < ids->size(); ++k)
            sql += k == 0 ? "?" : ",?";
        sql += ')';
    } else {
        // The whole table: room for every row at once (the count comes from an index).
        Statement count;
        if (!count.prepare(db, "SELECT count(*) FROM tickets"))
            return fail(sqlite3_errcode(db));
        const int rc = sqlite3_step(count.get());
        if (rc != SQLITE_ROW)
            return fail(rc);
        const auto rows = std::size_t(sqlite3_column_int64(count.get(), 0));
        m_tickets.reserve(m_tickets.size() + rows);
        m_rowOf.reserve(m_tickets.size() + rows);
    }
    Statement select;
    if (!select.prepare(db, sql))
        return fail(sqlite3_errcode(db));
    sqlite3_stmt *statement = select.get();
    if (ids) {
        for (int k = 0; k < ids->size(); ++k)
            sqlite3_bind_int64(statement, k + 1, ids->at(k));
    }

    KeyTable<quint8> statuses, phases;
    KeyTable<quint16> severities, plans;
    const auto decodeStatus = [](const QString &key) {
        return quint8(ticketStatusFromKey(key).value_or(TicketStatus::Open));
    };
    const auto decodePhase = [](const QString &key) {
        return quint8(clockPhaseFromKey(key).value_or(ClockPhase::NotApplicable));
    };
    const auto decodeSeverity = [this](const QString &key) {
        return severityIndex(key);
    };
    const auto decodePlan = [this](const QString &key) {
        return planIndex(key);
    };
    const auto instant = [statement](int column) {
        return sqlite3_column_type(statement, column) == SQLITE_NULL
                       ? InvalidInstant
                       : Instant(sqlite3_column_int64(statement, column));
    };
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        Row r;
        r.id = sqlite3_column_int64(statement, 0);
        r.status = statuses.value(statement, 1, decodeStatus);
        r.severity = severities.value(statement, 2, decodeSeverity);
        r.plan = plans.value(statement, 3, decodePlan);
        r.assignee = agentIndex(sqlite3_column_int64(statement, 4)); // NULL reads as 0
        r.createdAt = sqlite3_column_int64(statement, 5);
        r.updatedAt = sqlite3_column_int64(statement, 6);
        r.firstReplyAt = instant(7);
        const int overrides = sqlite3_column_int(statement, 17);
        for (int k = 0; k < 2; ++k) {
            const int f = 8 + 4 * k;
            Clock &c = r.clock[k];
            c.phase = phases.value(statement, f, decodePhase);
            c.due = instant(f + 1);
            c.required = qint32(sqlite3_column_int64(statement, f + 2));
            c.remaining = qint32(std::clamp<qint64>(sqlite3_column_int64(statement, f + 3),
                                                    std::numeric_limits<qint32>::min(),
                                                    std::numeric_limits<qint32>::max()));
            c.overridden = overrides & (1 << k);
        }
        r.paused = sqlite3_column_int(statement, 16) != 0;
        put(r);
    }
    if (rc != SQLITE_DONE)
        return fail(rc);
    return true;
}

} // namespace dueline
