// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sla/clocksource.h"
#include "models/sla/notificationsettings.h"
#include "models/store/connection.h"

#include <QHash>
#include <QStringList>

namespace dueline {

// Each person's notification settings in the database (schema 10, table notification_settings;
// issue 20), so that they follow the person to another computer. Everybody reads everybody's (a
// lead's escalation needs the agents' hours); a person saves their own. On a shared PostgreSQL
// server a login writes only through dueline_set_notification_settings, which finds the caller's
// agent by the login and refuses anyone else's row (SQLSTATE DL009, docs/reliability.md). Works
// on the caller's connection (one thread); a save is one statement.
class NotificationSettingsStore
{
public:
    NotificationSettingsStore(Connection &connection, const ClockSource &clock);

    // One person's settings: the defaults (always on) when they never saved theirs or when the
    // stored row does not read (*problem, when given, then says why). nullopt and *error when
    // the database cannot be read.
    std::optional<NotificationSettings> read(qint64 agentId, StoreError *error,
                                             QString *problem = nullptr);
    // The settings of everybody who saved theirs, by agent id (an agent missing here has the
    // defaults). A row that does not read is left out and named in *problems. An empty hash and
    // *error when the database cannot be read.
    QHash<qint64, NotificationSettings> readAll(StoreError *error, QStringList *problems = nullptr);
    // Saves `settings` as agent `agentId`'s: on a shared server only the logged-in agent's own
    // (the schema owner or a superuser may name anyone). Invalid settings are refused before
    // the database is asked. Kind NotFound: no such agent; Forbidden: another person's row, or a
    // login that is no Dueline agent; Invalid: settings the server refuses.
    bool save(qint64 agentId, const NotificationSettings &settings, StoreError *error);

private:
    StoreError refusal(const QSqlQuery &query) const;

    Connection &m_connection;
    const ClockSource &m_clock;
};

} // namespace dueline
