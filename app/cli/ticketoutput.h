// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/ticket.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

// How dueline-cli shows one ticket's parts to people (translated, "cli" context) and in JSON
// (stable English keys): statuses, clock states, agents and the events of its history.
namespace dueline::ticketoutput {

QString statusText(dueline::TicketStatus status); // "waiting on the customer", …
QString clockStateText(dueline::ClockState state); // "at risk", …

// The agents of a database by id, to name the actors of a history.
using Agents = QHash<qint64, dueline::Agent>;

// "Anna (anna)", "Anna (anna, deactivated)"; for id 0 "customer or system"; an unknown id as
// "#id".
QString agentText(const Agents &agents, qint64 id);
// What an event did, one line: "assigned to Anna (anna)", "severity changed to high", … Times in
// `zone`.
QString eventText(const dueline::Event &event, const Agents &agents, const QByteArray &zone);
// The event as the export writes it (README, "Storage, import and export"): seq, at (UTC), kind,
// actor (login or null), actor_name, the fields of its kind, body.
QJsonObject eventJson(const dueline::Event &event, const Agents &agents);

} // namespace dueline::ticketoutput
