// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace dueline {

// What went wrong in the store. Messages are complete sentences for the user (translated in the
// "store" context) and never contain a password.
struct StoreError
{
    enum class Kind {
        None,
        Url, // the database URL cannot be read
        Connection, // the database cannot be reached or opened
        Corrupt, // the SQLite file is not a database or fails its integrity check
        Schema, // not initialised, or made by a newer Dueline
        Migration, // a migration failed (nothing was changed)
        NotFound, // no such ticket, customer or agent
        Conflict, // someone else changed the ticket first (row version)
        Busy, // SQLite: another process held the write lock for longer than the busy timeout
        Forbidden, // the actor may not do this (e.g. a due override by an agent)
        Invalid, // the action does not fit the ticket (e.g. resolving a closed ticket)
        Import, // a bad import file: "FILE:LINE: field NAME: reason"
        Database, // any other database error
    };
    Kind kind = Kind::None;
    QString message;

    StoreError() = default;
    StoreError(Kind k, const QString &m)
        : kind(k)
        , message(m)
    { }
    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }
};

// Sets *error (when given) and returns false, for one-line error returns.
inline bool storeFail(StoreError *error, StoreError::Kind kind, const QString &message)
{
    if (error)
        *error = StoreError(kind, message);
    return false;
}

QString storeErrorKindKey(StoreError::Kind kind); // "conflict", "not_found", …

} // namespace dueline
