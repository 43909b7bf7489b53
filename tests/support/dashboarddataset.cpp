// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/dashboarddataset.h"

#include <QDateTime>

using namespace dueline;

namespace testsupport {

namespace {

Instant utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toSecsSinceEpoch();
}

void check(const ActionResult &r)
{
    if (!r.ok())
        qFatal("action: %s", qPrintable(r.error.message));
}

} // namespace

Instant DashboardDataset::periodFrom()
{
    return utc("2026-12-21T00:00:00Z");
}

Instant DashboardDataset::periodTo()
{
    return utc("2026-12-28T00:00:00Z");
}

Instant DashboardDataset::now()
{
    return utc("2026-12-28T07:00:00Z");
}

Action DashboardDataset::action(qint64 ticket, qint64 actor) const
{
    Action a;
    a.actionId = Action::newActionId();
    a.actorId = actor ? actor : lead;
    a.ticketId = ticket;
    return a;
}

bool DashboardDataset::build(QString *error)
{
    database = TestDatabase::create(Engine::SQLite, error);
    if (!database)
        return false;
    catalog = Catalog::loadBuiltIn(error);
    if (!catalog)
        return false;
    StoreError storeError;
    store = TicketStore::open(database->url(), catalog, clock, Connection::Mode::CreateIfMissing,
                              &storeError);
    if (!store || store->migrate(&storeError) < 0) {
        *error = storeError.message;
        return false;
    }

    Agent leadAgent;
    leadAgent.login = QStringLiteral("lead");
    leadAgent.displayName = QStringLiteral("Lead");
    leadAgent.role = Agent::Role::Lead;
    lead = store->addAgent(leadAgent, &storeError);
    Agent aliceAgent{0, QStringLiteral("alice"), QStringLiteral("Alice"), Agent::Role::Agent};
    alice = store->addAgent(aliceAgent, &storeError);
    Agent bobAgent{0, QStringLiteral("bob"), QStringLiteral("Bob"), Agent::Role::Agent};
    bob = store->addAgent(bobAgent, &storeError);
    if (!lead || !alice || !bob) {
        *error = storeError.message;
        return false;
    }
    auto customer = [&](const char *plan, const char *zone) {
        Customer c;
        c.name = QString::fromLatin1(plan);
        c.planId = QString::fromLatin1(plan);
        c.timeZone = zone;
        c.language = QStringLiteral("en");
        return store->addCustomer(c, &storeError);
    };
    const qint64 vk = customer("vkcs/standard", "Europe/Moscow");
    const qint64 tencent = customer("tencent/enterprise", "Asia/Shanghai");
    const qint64 storm = customer("stormbpmn/team", "Europe/Moscow");
    if (!vk || !tencent || !storm) {
        *error = storeError.message;
        return false;
    }
    auto create = [&](const char *at, qint64 customerId, const char *plan, const char *severity) {
        clock.set(utc(at));
        NewTicket t;
        t.customerId = customerId;
        t.subject = QStringLiteral("Ticket at %1").arg(QString::fromLatin1(at));
        t.planId = QString::fromLatin1(plan);
        t.severity = QString::fromLatin1(severity);
        t.channel = catalog->plan(t.planId)->firstOfferedChannel();
        const ActionResult r = store->createTicket(Action::newActionId(), lead, t);
        check(r);
        return r.ticket.id;
    };

    const qint64 t1 = create("2026-12-21T00:00:00Z", vk, "vkcs/standard", "critical");
    clock.set(utc("2026-12-21T00:30:00Z"));
    check(store->reply(action(t1), QStringLiteral("On it")));
    clock.set(utc("2026-12-21T01:30:00Z"));
    check(store->resolve(action(t1)));

    const qint64 t2 = create("2026-12-21T10:00:00Z", vk, "vkcs/standard", "critical");
    clock.set(utc("2026-12-21T11:30:00Z"));
    check(store->reply(action(t2), QStringLiteral("Late")));
    clock.set(utc("2026-12-21T11:45:00Z"));
    check(store->resolve(action(t2)));

    const qint64 t3 = create("2026-12-22T00:00:00Z", vk, "vkcs/standard", "high");
    clock.set(utc("2026-12-22T00:10:00Z"));
    check(store->reply(action(t3), QStringLiteral("Looking")));
    clock.set(utc("2026-12-22T09:00:00Z"));
    check(store->resolve(action(t3)));

    const qint64 t4 = create("2026-12-23T00:00:00Z", tencent, "tencent/enterprise", "down");
    clock.set(utc("2026-12-23T00:05:00Z"));
    check(store->assign(action(t4), bob));
    check(store->reply(action(t4), QStringLiteral("Accepted")));

    const qint64 t5 = create("2026-12-24T00:00:00Z", tencent, "tencent/enterprise", "consult");
    check(store->assign(action(t5), alice));

    const qint64 t9 = create("2026-12-22T09:00:00Z", storm, "stormbpmn/team", "critical");
    check(store->assign(action(t9), alice));

    const qint64 t8 = create("2026-12-28T04:00:00Z", vk, "vkcs/standard", "high");
    check(store->assign(action(t8), bob));
    clock.set(utc("2026-12-28T04:20:00Z"));
    check(store->reply(action(t8), QStringLiteral("Need logs")));
    clock.set(utc("2026-12-28T05:00:00Z"));
    check(store->replyAndWait(action(t8), QStringLiteral("Please send the logs.")));

    ticket7 = create("2026-12-28T06:10:00Z", vk, "vkcs/standard", "medium");

    const qint64 t6 = create("2026-12-28T06:30:00Z", vk, "vkcs/standard", "low");
    check(store->assign(action(t6), alice));
    clock.set(utc("2026-12-28T06:35:00Z"));
    check(store->reply(action(t6), QStringLiteral("Hello")));

    create("2026-12-28T07:00:00Z", storm, "stormbpmn/team", "critical");
    clock.set(now());
    return true;
}

} // namespace testsupport
