// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// NotificationGate: which crossings into at risk or breached become a notification of their own,
// which join a summary, and which were notified before (issue 20, "no storms").

#include "models/sla/slaclock.h"

#include <QHash>
#include <QVector>

#include <deque>
#include <set>
#include <tuple>

namespace dueline {

// The rule for the notifications of one person (one queue):
//
// - Once per threshold. A ticket's clock crossing into a state (at risk, breached) against a
//   given due instant is let through once; the same crossing again (the queue loaded again, the
//   ticket gone and back) is dropped. A new due instant (a pause, a severity or plan change, a
//   lead's override) is a new threshold.
// - No storms. At most `limit` (3) notifications of their own within any `window` (30 s) of the
//   queue's clock. A further crossing within that window opens a summary instead, which counts
//   the tickets of those notifications and of every later crossing until `window` passes without
//   one ("4 tickets at risk"; the summary is one notification, replaced in place as it grows).
//   After such a quiet spell, crossings are notified one by one again.
//
// Time is the `now` given (the queue's clock, never the system's), so tests drive it.
class NotificationGate
{
public:
    struct Crossing
    {
        qint64 ticketId = 0;
        TargetKind clock = TargetKind::Response;
        ClockState state = ClockState::AtRisk; // AtRisk or Breached
        Instant due = InvalidInstant;
    };
    enum class Verdict {
        Drop, // notified before
        Notify, // a notification of its own
        Summarize, // the summary (summary()) covers it
    };
    // The tickets the open summary covers, in the order they came, and how many of them are at
    // risk and breached (each ticket counted once, in its latest state).
    struct Summary
    {
        QVector<qint64> tickets;
        int atRisk = 0;
        int breached = 0;
    };

    static constexpr int limit = 3;
    static constexpr qint64 window = 30; // seconds

    Verdict admit(const Crossing &crossing, Instant now);
    // Records a crossing that is not shown (the person is outside their hours or has do not
    // disturb on: it goes to the missed list) without counting it towards a storm. False when
    // it was seen before.
    bool remember(const Crossing &crossing);
    // The summary of the storm under way (empty when there is none).
    const Summary &summary() const { return m_summary; }
    bool isSummaryOpen() const { return m_summaryOpen; }

private:
    void addToSummary(qint64 ticketId, ClockState state);

    std::set<std::tuple<qint64, int, int, Instant>> m_seen; // ticket, clock, state, due
    struct Notified
    {
        Instant at;
        qint64 ticketId;
        ClockState state;
    };
    std::deque<Notified> m_recent; // the notifications of their own within the window
    bool m_summaryOpen = false;
    Instant m_summaryLast = 0; // the summary's latest crossing
    Summary m_summary;
    QHash<qint64, ClockState> m_summaryState;
};

} // namespace dueline
