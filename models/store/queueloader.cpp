// SPDX-License-Identifier: GPL-3.0-or-later
// The queue loader (TicketStore::loadQueue): the open tickets as compact rows, straight from
// SQLite's API on SQLite (docs/architecture.md §6: a million rows in seconds), through QSqlQuery
// elsewhere, and sorted by next breach without moving the rows more than once.

#include "models/store/ticketstore.h"

#include "models/store/ticketstore_p.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDriver>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <sys/mman.h>
#endif

#include <algorithm>
#include <limits>

namespace dueline {

namespace {

#define DUELINE_QUEUE_COLUMNS "SELECT " DUELINE_QUEUE_ROW_COLUMNS " FROM tickets "
#define DUELINE_QUEUE_FILTER "WHERE status IN ('new', 'open', 'waiting_customer')"
const char queueSql[] = DUELINE_QUEUE_COLUMNS DUELINE_QUEUE_FILTER;
// SQLite would walk the partial queue index and look every row up in the table, in next-breach
// order: 7 s for a million open tickets against 0.8 s for a plain scan of the table.
const char queueSqlSqlite[] = DUELINE_QUEUE_COLUMNS "NOT INDEXED " DUELINE_QUEUE_FILTER;
#undef DUELINE_QUEUE_COLUMNS
#undef DUELINE_QUEUE_FILTER

void sortQueue(std::vector<QueueRow> &rows)
{
    // Sort small (due, id, index) keys, then move each row once: sorting the rows themselves
    // moves ~200-byte objects with three strings ~20 M times for a million rows.
    struct Key
    {
        Instant due;
        qint64 id;
        std::size_t index;
    };
    std::vector<Key> keys;
    keys.reserve(rows.size());
    bool sorted = true;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const QueueRow &r = rows[i];
        keys.push_back({r.nextBreach == InvalidInstant ? std::numeric_limits<Instant>::max()
                                                       : r.nextBreach,
                        r.id, i});
        if (i > 0) {
            const Key &a = keys[i - 1], &b = keys[i];
            if (b.due < a.due || (b.due == a.due && b.id < a.id))
                sorted = false;
        }
    }
    if (sorted)
        return;
    std::sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        return a.due != b.due ? a.due < b.due : a.id < b.id;
    });
    // Permute in place, cycle by cycle (no second vector of a million rows to fault in):
    // position i receives the row that was at keys[i].index.
    for (std::size_t start = 0; start < keys.size(); ++start) {
        if (keys[start].index == start)
            continue;
        QueueRow held = std::move(rows[start]);
        std::size_t at = start;
        for (;;) {
            const std::size_t from = keys[at].index;
            keys[at].index = at; // placed
            if (from == start) {
                rows[at] = std::move(held);
                break;
            }
            rows[at] = std::move(rows[from]);
            at = from;
        }
    }
}

// A million queue rows take ~200 MB: with transparent huge pages the kernel maps them in 2 MB
// pages instead of 4 KB ones (fewer page faults while filling, fewer TLB misses while sorting).
void adviseHugePages(void *data, std::size_t bytes)
{
#ifdef MADV_HUGEPAGE
    // The whole huge pages inside [data, data + bytes): skip up to the first boundary.
    constexpr std::size_t Huge = std::size_t(2) * 1024 * 1024;
    const std::size_t skip = (Huge - reinterpret_cast<std::uintptr_t>(data) % Huge) % Huge;
    if (bytes >= skip + Huge)
        madvise(static_cast<char *>(data) + skip, (bytes - skip) & ~(Huge - 1), MADV_HUGEPAGE);
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}

bool isBusyCode(int code)
{
    return (code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED;
}

// The queue straight from SQLite's API: a million rows through QSqlQuery's QVariants take
// seconds (docs/architecture.md §6: 1 M open tickets load in ≤ 3 s). False when the handle is
// unusable.
bool loadQueueNative(const QSqlDatabase &database, std::vector<QueueRow> *rows, QString *error,
                     bool *busy)
{
    const QVariant handle = database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
    if (!db)
        return false;
    sqlite3_stmt *statement = nullptr;
    // The count comes from the partial queue index alone.
    if (sqlite3_prepare_v2(db,
                           "SELECT count(*) FROM tickets WHERE status IN ('new', 'open', "
                           "'waiting_customer')",
                           -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        rows->reserve(std::size_t(sqlite3_column_int64(statement, 0)));
    sqlite3_finalize(statement);
    adviseHugePages(rows->data(), rows->capacity() * sizeof(QueueRow));
    statement = nullptr;
    if (sqlite3_prepare_v2(db, queueSqlSqlite, -1, &statement, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        *busy = isBusyCode(sqlite3_errcode(db));
        return true;
    }
    // Interned strings and keys: a handful of distinct plans, severities, states and (in most
    // queues) subjects over a million rows. Subjects are interned up to a bound so that a queue
    // of all-different subjects does not hold a second copy of each in the table.
    constexpr qsizetype MaxInternedSubjects = 1 << 16;
    QHash<QByteArray, QString> interned, subjects;
    auto text = [statement](int column) {
        return QByteArray::fromRawData(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                sqlite3_column_bytes(statement, column));
    };
    auto intern = [](QHash<QByteArray, QString> &table, const QByteArray &raw,
                     qsizetype bound) -> QString {
        const auto it = table.constFind(raw);
        if (it != table.constEnd())
            return *it;
        QString value = QString::fromUtf8(raw);
        if (table.size() < bound)
            table.insert(QByteArray(raw.constData(), raw.size()), value);
        return value;
    };
    auto instant = [statement](int column) {
        return sqlite3_column_type(statement, column) == SQLITE_NULL
                       ? InvalidInstant
                       : Instant(sqlite3_column_int64(statement, column));
    };
    // Keys of states and statuses: a few short words, looked up linearly without hashing.
    struct Key
    {
        QByteArray raw;
        int value;
    };
    auto lookup = [](std::vector<Key> &keys, const QByteArray &raw, auto decode) {
        for (const Key &k : keys) {
            if (k.raw == raw)
                return k.value;
        }
        keys.push_back({QByteArray(raw.constData(), raw.size()), decode(QString::fromUtf8(raw))});
        return keys.back().value;
    };
    std::vector<Key> phases, statuses;
    const auto decodePhase = [](const QString &key) {
        return int(clockPhaseFromKey(key).value_or(ClockPhase::NotApplicable));
    };
    const auto decodeStatus = [](const QString &key) {
        return int(ticketStatusFromKey(key).value_or(TicketStatus::Open));
    };
    auto snapshot = [&](ClockSnapshot &c, int first, bool overridden) {
        c.phase = ClockPhase(lookup(phases, text(first), decodePhase));
        c.due = instant(first + 1);
        c.requiredSeconds = sqlite3_column_int64(statement, first + 2);
        c.remainingSeconds = sqlite3_column_int64(statement, first + 3);
        c.overridden = overridden;
    };
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        QueueRow &r = rows->emplace_back();
        r.id = sqlite3_column_int64(statement, 0);
        r.customerId = sqlite3_column_int64(statement, 1);
        r.assigneeId = sqlite3_column_int64(statement, 2);
        r.planId = intern(interned, text(3), std::numeric_limits<qsizetype>::max());
        r.severity = intern(interned, text(4), std::numeric_limits<qsizetype>::max());
        r.status = TicketStatus(lookup(statuses, text(5), decodeStatus));
        r.subject = intern(subjects, text(6), MaxInternedSubjects);
        r.createdAt = sqlite3_column_int64(statement, 7);
        r.updatedAt = sqlite3_column_int64(statement, 8);
        r.nextBreach = instant(9);
        const int overrides = sqlite3_column_int(statement, 19);
        snapshot(r.response, 10, overrides & 1);
        snapshot(r.resolution, 14, overrides & 2);
        r.paused = sqlite3_column_int(statement, 18) != 0;
    }
    if (rc != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        *busy = isBusyCode(rc);
    }
    *busy = isBusyCode(sqlite3_errcode(db));
    sqlite3_finalize(statement);
    return true;
}

} // namespace

QueueRow readQueueRow(const QSqlQuery &q)
{
    QueueRow r;
    r.id = q.value(0).toLongLong();
    r.customerId = q.value(1).toLongLong();
    r.assigneeId = q.value(2).toLongLong();
    r.planId = q.value(3).toString();
    r.severity = q.value(4).toString();
    r.status = ticketStatusFromKey(q.value(5).toString()).value_or(TicketStatus::Open);
    r.subject = q.value(6).toString();
    r.createdAt = q.value(7).toLongLong();
    r.updatedAt = q.value(8).toLongLong();
    r.nextBreach = instantFrom(q.value(9));
    const int overrides = q.value(19).toInt();
    r.response = readSnapshot(q, 10, overrides & 1);
    r.resolution = readSnapshot(q, 14, overrides & 2);
    r.paused = q.value(18).toInt() != 0;
    return r;
}

std::vector<QueueRow> TicketStore::loadQueue(StoreError *error, QueueOrder order)
{
    if (engine() == Engine::SQLite) {
        std::vector<QueueRow> rows;
        QString nativeError;
        bool busy = false;
        if (loadQueueNative(m_connection->database(), &rows, &nativeError, &busy)) {
            if (busy) {
                storeFail(error, StoreError::Kind::Busy, m_connection->busyMessage());
                return {};
            }
            if (!nativeError.isEmpty()) {
                storeFail(error, StoreError::Kind::Database,
                          QCoreApplication::translate("store", "database error on %1: %2")
                                  .arg(m_connection->describe(), nativeError));
                return {};
            }
            if (order == QueueOrder::NextBreach)
                sortQueue(rows);
            return rows;
        }
    }
    std::vector<QueueRow> rows;
    QSqlQuery count = m_connection->query();
    if (count.exec(QStringLiteral("SELECT count(*) FROM tickets WHERE status IN ('new', 'open', "
                                  "'waiting_customer')")) &&
        count.next())
        rows.reserve(std::size_t(count.value(0).toLongLong()));
    count.finish();

    QSqlQuery q = m_connection->query();
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(queueSql))) {
        m_connection->fail(q, error);
        return {};
    }
    QHash<QString, QString> interned;
    auto intern = [&interned](const QString &s) -> QString {
        auto it = interned.constFind(s);
        if (it != interned.constEnd())
            return *it;
        interned.insert(s, s);
        return s;
    };
    while (q.next()) {
        QueueRow r = readQueueRow(q);
        r.planId = intern(r.planId);
        r.severity = intern(r.severity);
        rows.push_back(std::move(r));
    }
    if (order == QueueOrder::NextBreach)
        sortQueue(rows);
    return rows;
}

} // namespace dueline
