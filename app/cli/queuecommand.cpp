// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cliidentity.h"
#include "app/cli/commands.h"
#include "app/cli/slaoutput.h"
#include "app/cli/storeoutput.h"
#include "models/sla/clocktext.h"
#include "models/store/ticketclocks.h"
#include "models/store/timeformat.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dueline {

namespace {

// dueline-cli queue [--db URL] [--now ISO8601] [--mine [--as LOGIN]] [--json]
class QueueCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("queue"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
                "cli", "The open tickets by next breach, with each clock's due, remaining "
                       "working time and state.");
    }
    void setup(QCommandLineParser &parser) override
    {
        storeoutput::addDatabaseOption(parser);
        storeoutput::addNowOption(parser);
        parser.addOption({QStringLiteral("mine"),
                          QCoreApplication::translate(
                                  "cli", "Only the tickets assigned to me (see dueline-cli "
                                         "whoami).")});
        cliidentity::addAsOption(parser);
        parser.addOption({QStringLiteral("json"),
                          QCoreApplication::translate("cli", "Print one JSON object.")});
    }

    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        std::optional<Instant> nowOption;
        if (!storeoutput::readNowOption(parser, context, name(), &nowOption))
            return ExitUsage;
        int code = ExitFailure;
        auto store = storeoutput::openStore(parser, context, name(), false, &code);
        if (!store)
            return code;
        const Instant now = nowOption ? *nowOption : store->now();
        const Catalog &catalog = store->catalog();
        StoreError error;
        std::optional<Agent> me;
        if (parser.isSet(QStringLiteral("mine")) || parser.isSet(QStringLiteral("as"))) {
            cliidentity::Identity identity;
            if (!cliidentity::resolve(parser, *store, &identity, &error))
                return context.fail(name(), error.message);
            if (!identity.problem.isEmpty())
                return context.fail(name(), identity.problem);
            if (!identity.agent)
                return context.fail(name(), cliidentity::nobodyChosenText());
            if (parser.isSet(QStringLiteral("mine")))
                me = identity.agent;
        }
        std::vector<QueueRow> rows = store->loadQueue(&error);
        if (error)
            return context.fail(name(), error.message);
        if (me)
            rows.erase(std::remove_if(rows.begin(), rows.end(),
                                      [&](const QueueRow &r) { return r.assigneeId != me->id; }),
                       rows.end());
        QHash<qint64, QString> logins;
        for (const Agent &a : store->agents(&error))
            logins.insert(a.id, a.login);
        QHash<qint64, QString> customers;
        for (const Customer &c : store->customers(&error))
            customers.insert(c.id, c.company.isEmpty() ? c.name : c.company);
        if (error)
            return context.fail(name(), error.message);

        // Calendars and target units per plan and clock, looked up once.
        struct Policy
        {
            std::array<WorkCalendarPtr, 2> calendar;
            std::array<TargetUnit, 2> unit{TargetUnit::Hours, TargetUnit::Hours};
            std::array<LeadTime, 2> lead; // the team's lead times (at risk), else 25 %
        };
        QHash<QString, Policy> policies;
        auto calendarsOf = [&](const QString &planId, const QString &severity) {
            const QString key = planId + QLatin1Char('|') + severity;
            auto it = policies.find(key);
            if (it == policies.end()) {
                Policy policy;
                if (const Plan *plan = catalog.plan(planId)) {
                    const SeverityTargets *targets = plan->targetsFor(severity);
                    for (TargetKind kind : {TargetKind::Response, TargetKind::Resolution}) {
                        const Target target = targets ? targets->target(kind) : Target::none();
                        policy.calendar[int(kind)] = catalog.calendarFor(*plan, target);
                        policy.unit[int(kind)] = target.unit;
                        policy.lead[int(kind)] = catalog.leadTime(plan->id, severity, kind);
                    }
                }
                it = policies.insert(key, policy);
            }
            return *it;
        };

        const bool json = parser.isSet(QStringLiteral("json"));
        QByteArray output;
        if (json) {
            output += "{\"now\":\"" + formatInstantUtc(now).toUtf8() + '"';
            if (me)
                output += ",\"mine\":" + storeoutput::jsonString(me->login);
            output += ",\"tickets\":[";
        } else if (me) {
            output += QCoreApplication::translate("cli",
                                                  "%1 open tickets assigned to %3 at %2, by next "
                                                  "breach")
                              .arg(rows.size())
                              .arg(formatInstantUtc(now), me->login)
                              .toUtf8() +
                      '\n';
        } else {
            output += QCoreApplication::translate("cli", "%1 open tickets at %2, by next breach")
                              .arg(rows.size())
                              .arg(formatInstantUtc(now))
                              .toUtf8() +
                      '\n';
        }
        // "Customer: subject" with the language's punctuation (Chinese "："), split once around
        // its placeholders so that a million rows do not parse it a million times.
        const QString joined =
                QCoreApplication::translate("cli", "%1: %2", "a customer and a ticket's subject");
        const qsizetype first1 = joined.indexOf(QLatin1String("%1"));
        const qsizetype first2 = joined.indexOf(QLatin1String("%2"));
        const bool inOrder = first1 >= 0 && first2 > first1;
        const QString between =
                inOrder ? joined.mid(first1 + 2, first2 - first1 - 2) : QStringLiteral(": ");
        bool first = true;
        // What the queue's sidebar counts: a ticket is breached when a clock is, else at risk
        // when a clock's remaining working time is within its lead time.
        int breachedCount = 0;
        int atRiskCount = 0;
        for (const QueueRow &row : rows) {
            const Policy policy = calendarsOf(row.planId, row.severity);
            LiveClock clocks[2];
            for (TargetKind kind : {TargetKind::Response, TargetKind::Resolution})
                clocks[int(kind)] = liveClock(row.clock(kind), policy.calendar[int(kind)].get(),
                                              row.updatedAt, now, policy.lead[int(kind)]);
            if (clocks[0].state == ClockState::Breached || clocks[1].state == ClockState::Breached)
                ++breachedCount;
            else if (clocks[0].atRisk || clocks[1].atRisk)
                ++atRiskCount;
            const QString assignee = logins.value(row.assigneeId);
            if (json) {
                QJsonObject o{{QStringLiteral("id"), row.id},
                              {QStringLiteral("customer_id"), row.customerId},
                              {QStringLiteral("customer"), customers.value(row.customerId)},
                              {QStringLiteral("plan"), row.planId},
                              {QStringLiteral("severity"), row.severity},
                              {QStringLiteral("status"), ticketStatusKey(row.status)},
                              {QStringLiteral("assignee"), assignee.isEmpty()
                                                                   ? QJsonValue(QJsonValue::Null)
                                                                   : QJsonValue(assignee)},
                              {QStringLiteral("subject"), row.subject},
                              {QStringLiteral("next_breach"),
                               storeoutput::isoOrNull(catalog, row.planId, row.nextBreach)}};
                for (TargetKind kind : {TargetKind::Response, TargetKind::Resolution}) {
                    const LiveClock &c = clocks[int(kind)];
                    const bool applies = c.state != ClockState::NotApplicable;
                    o.insert(targetKindKey(kind),
                             QJsonObject{{QStringLiteral("state"), clockStateKey(c.state)},
                                         {QStringLiteral("due"),
                                          storeoutput::isoOrNull(catalog, row.planId,
                                                                 applies ? c.due : InvalidInstant)},
                                         {QStringLiteral("remaining_seconds"),
                                          applies ? QJsonValue(double(c.remainingSeconds))
                                                  : QJsonValue(QJsonValue::Null)},
                                         {QStringLiteral("required_seconds"),
                                          applies ? QJsonValue(double(c.requiredSeconds))
                                                  : QJsonValue(QJsonValue::Null)},
                                         {QStringLiteral("at_risk"), c.atRisk}});
                }
                if (!first)
                    output += ',';
                first = false;
                output += QJsonDocument(o).toJson(QJsonDocument::Compact);
            } else {
                QString line = QStringLiteral("#%1  %2 %3  %4  %5")
                                       .arg(row.id)
                                       .arg(row.planId, row.severity, ticketStatusKey(row.status),
                                            assignee.isEmpty() ? QStringLiteral("-") : assignee);
                for (TargetKind kind : {TargetKind::Response, TargetKind::Resolution}) {
                    const LiveClock &c = clocks[int(kind)];
                    line += QStringLiteral("  ") + targetKindKey(kind) + QLatin1Char(' ');
                    if (c.state == ClockState::NotApplicable) {
                        line += QStringLiteral("-");
                        continue;
                    }
                    line += clockStateKey(c.state);
                    if (c.state == ClockState::Met || c.state == ClockState::MetLate)
                        continue;
                    // docs/architecture.md §2: the target's own unit; a breach in wall-clock
                    // time.
                    const QString left =
                            c.state == ClockState::Breached
                                    ? ClockText::overdue(now - c.due)
                                    : ClockText::remaining(c.remainingSeconds,
                                                           policy.unit[int(kind)],
                                                           policy.calendar[int(kind)].get(), now);
                    line += QLatin1Char(' ') +
                            storeoutput::isoInPlanZone(catalog, row.planId, c.due) +
                            QStringLiteral(" (") + left + QLatin1Char(')');
                }
                line += QStringLiteral("  ") + customers.value(row.customerId) + between +
                        row.subject + QLatin1Char('\n');
                output += line.toUtf8();
            }
            if (output.size() > (1 << 20)) {
                write(context, json, output);
                output.clear();
            }
        }
        if (json)
            output += "],\"counts\":" +
                      QJsonDocument(QJsonObject{{QStringLiteral("open"), int(rows.size())},
                                                {QStringLiteral("at_risk"), atRiskCount},
                                                {QStringLiteral("breached"), breachedCount}})
                              .toJson(QJsonDocument::Compact) +
                      "}\n";
        write(context, json, output);
        return ExitOk;
    }

private:
    // JSON exactly; the text through the context, which escapes control characters in subjects
    // and names.
    static void write(CliContext &context, bool json, const QByteArray &output)
    {
        if (json)
            storeoutput::writeOut(context, output);
        else
            context.out() << QString::fromUtf8(output);
    }
};

} // namespace

std::unique_ptr<Command> makeQueueCommand()
{
    return std::make_unique<QueueCommand>();
}

} // namespace dueline
