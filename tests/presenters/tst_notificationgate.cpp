// SPDX-License-Identifier: GPL-3.0-or-later
// NotificationGate, the rule behind "no storms" (issue 20): once per ticket, clock, threshold and
// due instant; at most 3 notifications of their own within 30 s of the queue's clock, then one
// summary that grows while crossings keep coming within 30 s of each other.
#include "models/presenters/notificationgate.h"

#include <QTest>

using namespace dueline;

namespace {

using Verdict = NotificationGate::Verdict;

NotificationGate::Crossing crossing(qint64 ticketId, ClockState state = ClockState::AtRisk,
                                    TargetKind clock = TargetKind::Response, Instant due = 1000)
{
    NotificationGate::Crossing c;
    c.ticketId = ticketId;
    c.state = state;
    c.clock = clock;
    c.due = due;
    return c;
}

} // namespace

class TestNotificationGate : public QObject
{
    Q_OBJECT

private slots:
    void oncePerThreshold();
    void fourInThirtySecondsAreThreeAndASummary();
    void theSummaryGrowsUntilThirtyQuietSeconds();
    void theWindowSlides();
    void theSummaryCountsEachTicketOnceInItsLatestState();
    void aSingleTickOfManyCrossings();
    void rememberedCrossingsAreOnceAndNoStorm();
};

void TestNotificationGate::oncePerThreshold()
{
    NotificationGate gate;
    QCOMPARE(gate.admit(crossing(1), 0), Verdict::Notify);
    // The same crossing again, however much later: dropped.
    QCOMPARE(gate.admit(crossing(1), 5), Verdict::Drop);
    QCOMPARE(gate.admit(crossing(1), 5000), Verdict::Drop);
    // The next threshold, the other clock, or a new due instant: notified.
    QCOMPARE(gate.admit(crossing(1, ClockState::Breached), 6000), Verdict::Notify);
    QCOMPARE(gate.admit(crossing(1, ClockState::AtRisk, TargetKind::Resolution), 7000),
             Verdict::Notify);
    QCOMPARE(gate.admit(crossing(1, ClockState::AtRisk, TargetKind::Response, 9000), 8000),
             Verdict::Notify);
    // A dropped crossing does not count towards a storm.
    NotificationGate quiet;
    QCOMPARE(quiet.admit(crossing(1), 0), Verdict::Notify);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(quiet.admit(crossing(1), i), Verdict::Drop);
    QCOMPARE(quiet.admit(crossing(2), 10), Verdict::Notify);
    QCOMPARE(quiet.admit(crossing(3), 11), Verdict::Notify);
    QVERIFY(!quiet.isSummaryOpen());
}

void TestNotificationGate::fourInThirtySecondsAreThreeAndASummary()
{
    NotificationGate gate;
    QCOMPARE(gate.admit(crossing(1), 100), Verdict::Notify);
    QCOMPARE(gate.admit(crossing(2), 110), Verdict::Notify);
    QCOMPARE(gate.admit(crossing(3, ClockState::Breached), 120), Verdict::Notify);
    QVERIFY(!gate.isSummaryOpen());
    // The fourth within 30 s of the first: the summary, which counts all four.
    QCOMPARE(gate.admit(crossing(4), 129), Verdict::Summarize);
    QVERIFY(gate.isSummaryOpen());
    QCOMPARE(gate.summary().tickets, (QVector<qint64>{1, 2, 3, 4}));
    QCOMPARE(gate.summary().atRisk, 3);
    QCOMPARE(gate.summary().breached, 1);
}

void TestNotificationGate::theSummaryGrowsUntilThirtyQuietSeconds()
{
    NotificationGate gate;
    for (qint64 t = 1; t <= 3; ++t)
        QCOMPARE(gate.admit(crossing(t), 0), Verdict::Notify);
    QCOMPARE(gate.admit(crossing(4), 1), Verdict::Summarize);
    // Each further crossing within 30 s of the one before joins it, however long it goes on.
    Instant now = 1;
    for (qint64 t = 5; t <= 12; ++t) {
        now += 29;
        QCOMPARE(gate.admit(crossing(t), now), Verdict::Summarize);
    }
    QCOMPARE(gate.summary().tickets.size(), 12);
    QCOMPARE(gate.summary().atRisk, 12);
    // 30 s without one: the storm is over, one by one again, and the next storm is a new
    // summary.
    now += 30;
    QCOMPARE(gate.admit(crossing(13), now), Verdict::Notify);
    QVERIFY(!gate.isSummaryOpen());
    QVERIFY(gate.summary().tickets.isEmpty());
    QCOMPARE(gate.admit(crossing(14), now), Verdict::Notify);
    QCOMPARE(gate.admit(crossing(15), now), Verdict::Notify);
    QCOMPARE(gate.admit(crossing(16), now), Verdict::Summarize);
    QCOMPARE(gate.summary().tickets, (QVector<qint64>{13, 14, 15, 16}));
}

void TestNotificationGate::theWindowSlides()
{
    // Three in 30 s, then one every 11 s: never more than 3 within any 30 s, never a summary.
    NotificationGate gate;
    Instant now = 0;
    for (qint64 t = 1; t <= 20; ++t) {
        QCOMPARE(gate.admit(crossing(t), now), Verdict::Notify);
        now += 11;
    }
    // Four within 30 s after a pause: the fourth is the summary, of the four.
    now += 100;
    QCOMPARE(gate.admit(crossing(21), now), Verdict::Notify);
    QCOMPARE(gate.admit(crossing(22), now + 10), Verdict::Notify);
    QCOMPARE(gate.admit(crossing(23), now + 20), Verdict::Notify);
    QCOMPARE(gate.admit(crossing(24), now + 30), Verdict::Notify); // 21 left the window
    QCOMPARE(gate.admit(crossing(25), now + 31), Verdict::Summarize);
    QCOMPARE(gate.summary().tickets, (QVector<qint64>{22, 23, 24, 25}));
}

void TestNotificationGate::theSummaryCountsEachTicketOnceInItsLatestState()
{
    NotificationGate gate;
    for (qint64 t = 1; t <= 4; ++t)
        gate.admit(crossing(t), 0);
    QCOMPARE(gate.summary().atRisk, 4);
    QCOMPARE(gate.admit(crossing(2, ClockState::Breached), 5), Verdict::Summarize);
    QCOMPARE(gate.admit(crossing(2, ClockState::AtRisk, TargetKind::Resolution), 6),
             Verdict::Summarize);
    QCOMPARE(gate.summary().tickets, (QVector<qint64>{1, 2, 3, 4}));
    QCOMPARE(gate.summary().atRisk, 3);
    QCOMPARE(gate.summary().breached, 1);
}

void TestNotificationGate::aSingleTickOfManyCrossings()
{
    // A queue loaded late, or a calendar opening at 09:00: a hundred crossings at one instant.
    NotificationGate gate;
    int own = 0;
    int summarized = 0;
    for (qint64 t = 1; t <= 100; ++t) {
        const Verdict v = gate.admit(crossing(t), 32400);
        own += int(v == Verdict::Notify);
        summarized += int(v == Verdict::Summarize);
    }
    QCOMPARE(own, 3);
    QCOMPARE(summarized, 97);
    QCOMPARE(gate.summary().tickets.size(), 100);
}

// A crossing kept only for the missed list (outside the person's hours) counts once per threshold
// like the others, but not towards a storm.
void TestNotificationGate::rememberedCrossingsAreOnceAndNoStorm()
{
    NotificationGate gate;
    for (qint64 id = 1; id <= 10; ++id)
        QVERIFY(gate.remember(crossing(id)));
    QVERIFY(!gate.remember(crossing(3)));
    QCOMPARE(gate.admit(crossing(3), 0), Verdict::Drop);
    QVERIFY(!gate.isSummaryOpen());
    QCOMPARE(gate.admit(crossing(11), 1), Verdict::Notify);
    QCOMPARE(gate.admit(crossing(12), 2), Verdict::Notify);
    QCOMPARE(gate.admit(crossing(13), 3), Verdict::Notify);
    QCOMPARE(gate.admit(crossing(14), 4), Verdict::Summarize);
    QCOMPARE(gate.summary().tickets, (QVector<qint64>{11, 12, 13, 14}));
    // Breaching later is a new threshold.
    QVERIFY(gate.remember(crossing(1, ClockState::Breached)));
}

QTEST_GUILESS_MAIN(TestNotificationGate)
#include "tst_notificationgate.moc"
