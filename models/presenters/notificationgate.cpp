// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/presenters/notificationgate.h"

namespace dueline {

NotificationGate::Verdict NotificationGate::admit(const Crossing &crossing, Instant now)
{
    if (!m_seen.emplace(crossing.ticketId, int(crossing.clock), int(crossing.state), crossing.due)
                 .second)
        return Verdict::Drop;
    // A storm under way goes on while crossings keep coming within the window of each other.
    if (m_summaryOpen && now - m_summaryLast < window) {
        m_summaryLast = now;
        addToSummary(crossing.ticketId, crossing.state);
        return Verdict::Summarize;
    }
    m_summaryOpen = false;
    m_summary = {};
    m_summaryState.clear();
    while (!m_recent.empty() && now - m_recent.front().at >= window)
        m_recent.pop_front();
    if (int(m_recent.size()) < limit) {
        m_recent.push_back({now, crossing.ticketId, crossing.state});
        return Verdict::Notify;
    }
    // One too many: a summary of these and what follows.
    m_summaryOpen = true;
    m_summaryLast = now;
    for (const Notified &n : m_recent)
        addToSummary(n.ticketId, n.state);
    m_recent.clear();
    addToSummary(crossing.ticketId, crossing.state);
    return Verdict::Summarize;
}

bool NotificationGate::remember(const Crossing &crossing)
{
    return m_seen.emplace(crossing.ticketId, int(crossing.clock), int(crossing.state), crossing.due)
            .second;
}

void NotificationGate::addToSummary(qint64 ticketId, ClockState state)
{
    const auto known = m_summaryState.constFind(ticketId);
    if (known == m_summaryState.cend()) {
        m_summary.tickets.append(ticketId);
        m_summaryState.insert(ticketId, state);
        (state == ClockState::Breached ? m_summary.breached : m_summary.atRisk) += 1;
        return;
    }
    if (*known == ClockState::AtRisk && state == ClockState::Breached) {
        m_summaryState.insert(ticketId, state);
        --m_summary.atRisk;
        ++m_summary.breached;
    }
}

} // namespace dueline
