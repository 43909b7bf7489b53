// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// NotificationAudience: whether a ticket's crossing into at risk or breached is one person's
// notification, and why (issue 20: an agent hears about their own tickets and unassigned ones, a
// lead also gets the escalations).

#include "models/sla/notificationsettings.h"
#include "models/sla/slaclock.h"

namespace dueline {

// Why a crossing reaches a person; None when it does not.
enum class NotificationReason {
    None,
    MyTicket, // assigned to the reader
    Unassigned, // assigned to nobody
    AnyTicket, // an agent who asked for every ticket
    Breach, // a lead: another agent's ticket breached
    AgentOutsideHours, // a lead who asked for it: at risk while its agent is outside their hours
};

struct NotificationAudience
{
    // The person reading: their agent id, whether they are a lead, and their settings.
    qint64 readerId = 0;
    bool lead = false;
    NotificationSettings settings;

    // Why the crossing of a ticket assigned to `assigneeId` (0: nobody) into `state` (AtRisk or
    // Breached) at `now` reaches the reader; `assignee` is the assignee's settings (null when
    // unknown: taken as always on). Whether the reader is in their own hours is not asked here
    // (isOn()): a crossing outside them goes to the missed list instead of the desktop.
    //
    // - Everyone: their own tickets.
    // - Scope Mine: nothing else. Scope MineAndUnassigned (an agent's default): also unassigned
    //   tickets.
    // - Scope All: an agent, every ticket. A lead (the default for leads): unassigned tickets,
    //   every breach, and — with escalateOutsideHours, off by default — another agent's ticket
    //   that is at risk while that agent is outside their hours (or has do not disturb on).
    NotificationReason reason(qint64 assigneeId, ClockState state,
                              const NotificationSettings *assignee, Instant now) const;
    // Whether notifications reach the desktop at `now` (settings.isOn(now)).
    bool isOn(Instant now) const { return settings.isOn(now); }
};

} // namespace dueline
