// SPDX-License-Identifier: GPL-3.0-or-later
// NotificationAudience: who hears about a crossing (notificationaudience.h has the rules).
#include "models/presenters/notificationaudience.h"

namespace dueline {

NotificationReason NotificationAudience::reason(qint64 assigneeId, ClockState state,
                                                const NotificationSettings *assignee,
                                                Instant now) const
{
    if (state != ClockState::AtRisk && state != ClockState::Breached)
        return NotificationReason::None;
    if (readerId != 0 && assigneeId == readerId)
        return NotificationReason::MyTicket;
    using Scope = NotificationSettings::Scope;
    const Scope scope = settings.effectiveScope(lead);
    if (scope == Scope::Mine)
        return NotificationReason::None;
    if (assigneeId == 0)
        return NotificationReason::Unassigned;
    if (scope == Scope::MineAndUnassigned)
        return NotificationReason::None;
    if (!lead)
        return NotificationReason::AnyTicket;
    if (state == ClockState::Breached)
        return NotificationReason::Breach;
    if (settings.escalateOutsideHours && assignee && !assignee->isOn(now))
        return NotificationReason::AgentOutsideHours;
    return NotificationReason::None;
}

} // namespace dueline
