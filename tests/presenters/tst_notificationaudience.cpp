// SPDX-License-Identifier: GPL-3.0-or-later
// NotificationAudience: who hears about a crossing (issue 20). Every combination of reader
// (agent, lead), scope, assignee (the reader, nobody, another agent in or out of their hours)
// and state, against the rules written in notificationaudience.h.
#include "models/presenters/notificationaudience.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace dueline;

Q_DECLARE_METATYPE(dueline::NotificationReason)
Q_DECLARE_METATYPE(dueline::NotificationSettings::Scope)

class TestNotificationAudience : public QObject
{
    Q_OBJECT

private slots:
    void reason_data();
    void reason();
    void noReasonForOtherStates();
};

namespace {

constexpr qint64 reader = 7;
constexpr qint64 colleague = 8;

// Tuesday 2026-03-03 03:00 in Moscow: a day agent is away, a night agent at work.
Instant night()
{
    return QDateTime(QDate(2026, 3, 3), QTime(3, 0), QTimeZone("Europe/Moscow")).toSecsSinceEpoch();
}

NotificationSettings dayShift()
{
    NotificationSettings s;
    s.always = false;
    s.timeZone = QStringLiteral("Europe/Moscow");
    WeeklyHours h;
    h.days = 0x1f; // Monday to Friday
    h.from = 9 * 60;
    h.to = 18 * 60;
    s.hours = {h};
    return s;
}

} // namespace

void TestNotificationAudience::reason_data()
{
    using S = NotificationSettings::Scope;
    using R = NotificationReason;
    QTest::addColumn<bool>("lead");
    QTest::addColumn<S>("scope");
    QTest::addColumn<bool>("escalate");
    QTest::addColumn<qint64>("assignee");
    QTest::addColumn<bool>("assigneeAway"); // the colleague's hours are over (or unknown: false)
    QTest::addColumn<int>("state");
    QTest::addColumn<R>("expected");

    const int risk = int(ClockState::AtRisk);
    const int breach = int(ClockState::Breached);
    // An agent, by default: their own tickets and unassigned ones.
    QTest::newRow("agent, own, at risk")
            << false << S::Default << false << reader << false << risk << R::MyTicket;
    QTest::newRow("agent, unassigned")
            << false << S::Default << false << qint64(0) << false << risk << R::Unassigned;
    QTest::newRow("agent, colleague's breach")
            << false << S::Default << false << colleague << false << breach << R::None;
    QTest::newRow("agent, only mine, unassigned")
            << false << S::Mine << false << qint64(0) << false << risk << R::None;
    QTest::newRow("agent, only mine, own breach")
            << false << S::Mine << false << reader << false << breach << R::MyTicket;
    QTest::newRow("agent, all, colleague's")
            << false << S::All << false << colleague << false << risk << R::AnyTicket;
    // A lead, by default: escalations about everyone.
    QTest::newRow("lead, unassigned at risk")
            << true << S::Default << false << qint64(0) << false << risk << R::Unassigned;
    QTest::newRow("lead, colleague's breach")
            << true << S::Default << false << colleague << false << breach << R::Breach;
    QTest::newRow("lead, colleague's at risk, in hours")
            << true << S::Default << true << colleague << false << risk << R::None;
    QTest::newRow("lead, colleague away, escalation off")
            << true << S::Default << false << colleague << true << risk << R::None;
    QTest::newRow("lead, colleague away, escalation on")
            << true << S::Default << true << colleague << true << risk << R::AgentOutsideHours;
    QTest::newRow("lead, own at risk")
            << true << S::Default << false << reader << false << risk << R::MyTicket;
    QTest::newRow("lead narrowed to mine and unassigned, breach")
            << true << S::MineAndUnassigned << true << colleague << true << breach << R::None;
    QTest::newRow("lead narrowed to mine, unassigned")
            << true << S::Mine << true << qint64(0) << false << breach << R::None;
}

void TestNotificationAudience::reason()
{
    QFETCH(bool, lead);
    QFETCH(NotificationSettings::Scope, scope);
    QFETCH(bool, escalate);
    QFETCH(qint64, assignee);
    QFETCH(bool, assigneeAway);
    QFETCH(int, state);
    QFETCH(NotificationReason, expected);

    NotificationAudience audience;
    audience.readerId = reader;
    audience.lead = lead;
    audience.settings.scope = scope;
    audience.settings.escalateOutsideHours = escalate;
    const NotificationSettings away = dayShift(); // off at 03:00
    const NotificationSettings present; // always on
    QVERIFY(!away.isOn(night()));
    QCOMPARE(audience.reason(assignee, ClockState(state), assigneeAway ? &away : &present, night()),
             expected);
    // Unknown settings count as present: no escalation for being away.
    if (expected == NotificationReason::AgentOutsideHours)
        QCOMPARE(audience.reason(assignee, ClockState(state), nullptr, night()),
                 NotificationReason::None);
}

void TestNotificationAudience::noReasonForOtherStates()
{
    NotificationAudience audience;
    audience.readerId = reader;
    for (const ClockState s :
         {ClockState::Running, ClockState::OutsideHours, ClockState::Paused, ClockState::Met})
        QCOMPARE(audience.reason(reader, s, nullptr, night()), NotificationReason::None);
}

QTEST_GUILESS_MAIN(TestNotificationAudience)
#include "tst_notificationaudience.moc"
