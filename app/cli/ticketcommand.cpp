// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cliidentity.h"
#include "app/cli/commands.h"
#include "app/cli/slaoutput.h"
#include "app/cli/storeoutput.h"
#include "app/cli/textcolumns.h"
#include "app/cli/ticketoutput.h"
#include "models/sla/clocktext.h"
#include "models/store/ticketclocks.h"
#include "models/store/timeformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace dueline {

namespace {

constexpr TargetKind Kinds[] = {TargetKind::Response, TargetKind::Resolution};

// Everything `ticket show` prints, read once.
struct Shown
{
    Ticket ticket;
    QVector<Event> events;
    Customer customer;
    ticketoutput::Agents agents;
    Instant now = 0;
    ClockResult results[2];
    std::unique_ptr<TicketClocks> clocks; // for the explanations: calendars, targets, inputs
    bool slaApplies = true; // false: a service stage without SLA
    std::optional<Agent> me; // who the CLI acts as, when known

    const ClockResult &result(TargetKind kind) const { return results[int(kind)]; }
    QByteArray zone(TargetKind kind) const
    {
        const WorkCalendarPtr calendar = clocks->calendar(kind);
        return calendar ? calendar->spec().timeZone : QByteArrayLiteral("UTC");
    }
    // Whether the clock has a due to explain.
    bool explains(TargetKind kind) const
    {
        return clocks->applies(kind) && clocks->calendar(kind) &&
               result(kind).due != InvalidInstant;
    }
    Explanation explanation(TargetKind kind) const
    {
        return SlaClock::explain(*clocks->calendar(kind), clocks->input(kind), result(kind).due,
                                 now);
    }
};

// dueline-cli ticket show N [--db URL] [--now ISO8601] [--as LOGIN] [--lang LANG] [--json]
class TicketCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("ticket"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
                "cli", "Show one ticket whatever its status: its details, both SLA clocks with "
                       "why each deadline falls where it does, and its whole history.");
    }
    void setup(QCommandLineParser &parser) override
    {
        parser.addPositionalArgument(QStringLiteral("action"),
                                     QCoreApplication::translate("cli", "show N."));
        storeoutput::addDatabaseOption(parser);
        storeoutput::addNowOption(parser);
        cliidentity::addAsOption(parser);
        parser.addOption({QStringLiteral("json"),
                          QCoreApplication::translate("cli", "Print one JSON object.")});
        slaoutput::addLanguageOption(parser);
    }

    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 2 || args.first() != QLatin1String("show")) {
            context.fail(name(), QCoreApplication::translate("cli", "expected \"ticket show N\""));
            return ExitUsage;
        }
        bool isNumber = false;
        const qint64 id = args.at(1).toLongLong(&isNumber);
        if (!isNumber || id <= 0) {
            context.fail(name(), QCoreApplication::translate("cli", "\"%1\" is not a ticket number")
                                         .arg(args.at(1)));
            return ExitUsage;
        }
        std::optional<Instant> nowOption;
        if (!storeoutput::readNowOption(parser, context, name(), &nowOption))
            return ExitUsage;
        int code = ExitFailure;
        auto store = storeoutput::openStore(parser, context, name(), false, &code);
        if (!store)
            return code;
        Shown shown;
        shown.now = nowOption ? *nowOption : store->now();
        QString problem;
        StoreError error;
        if (!read(*store, parser, id, &shown, &problem, &error))
            return context.fail(name(), problem.isEmpty() ? error.message : problem);
        if (parser.isSet(QStringLiteral("json")))
            storeoutput::writeOut(
                    context,
                    QJsonDocument(json(shown, store->catalog())).toJson(QJsonDocument::Compact) +
                            '\n');
        else
            context.out() << text(shown, store->catalog(), parser.value(QStringLiteral("lang")));
        return ExitOk;
    }

private:
    // Reads the ticket, its events, customer and agents, who I am, and evaluates its clocks at
    // shown->now. False with *problem (a one-line refusal) or *error.
    static bool read(TicketStore &store, const QCommandLineParser &parser, qint64 id, Shown *shown,
                     QString *problem, StoreError *error)
    {
        // Who I am marks the assignee; only an explicit --as that cannot act is an error.
        cliidentity::Identity me;
        if (!cliidentity::resolve(parser, store, &me, error))
            return false;
        if (parser.isSet(QStringLiteral("as")) && !me.problem.isEmpty()) {
            *problem = me.problem;
            return false;
        }
        shown->me = me.agent;
        const auto ticket = store.ticket(id, error);
        if (!ticket) {
            if (!*error)
                *problem = QCoreApplication::translate("cli", "there is no ticket #%1").arg(id);
            return false;
        }
        shown->ticket = *ticket;
        shown->events = store.events(id, error);
        if (*error)
            return false;
        for (const Agent &a : store.agents(error))
            shown->agents.insert(a.id, a);
        shown->customer = store.customer(ticket->customerId, error).value_or(Customer());
        if (*error ||
            !store.evaluate(id, shown->now, &shown->results[0], &shown->results[1], error))
            return false;
        const TicketHistory history =
                TicketHistory::replay(nullptr, ticket->serviceStage, shown->events);
        shown->clocks = std::make_unique<TicketClocks>(store.catalog(), history);
        const Plan *plan = store.catalog().plan(ticket->planId);
        const Provider *provider = plan ? store.catalog().provider(plan->providerId) : nullptr;
        const ServiceStage *stage = provider && !ticket->serviceStage.isEmpty()
                                            ? provider->stage(ticket->serviceStage)
                                            : nullptr;
        shown->slaApplies = !stage || stage->sla;
        return true;
    }

    static QJsonValue orNull(bool has, const QJsonValue &value)
    {
        return has ? value : QJsonValue(QJsonValue::Null);
    }

    static QJsonObject json(const Shown &s, const Catalog &catalog)
    {
        const Ticket &t = s.ticket;
        const auto assignee = s.agents.constFind(t.assigneeId);
        const bool assigned = assignee != s.agents.constEnd();
        QJsonObject o{{QStringLiteral("id"), t.id},
                      {QStringLiteral("subject"), t.subject},
                      {QStringLiteral("customer_id"), t.customerId},
                      {QStringLiteral("customer"),
                       s.customer.company.isEmpty() ? s.customer.name : s.customer.company},
                      {QStringLiteral("customer_name"), s.customer.name},
                      {QStringLiteral("plan"), t.planId},
                      {QStringLiteral("severity"), t.severity},
                      {QStringLiteral("status"), ticketStatusKey(t.status)},
                      {QStringLiteral("channel"), t.channel},
                      {QStringLiteral("stage"), orNull(!t.serviceStage.isEmpty(), t.serviceStage)},
                      {QStringLiteral("assignee"),
                       orNull(assigned, assigned ? assignee->login : QString())},
                      {QStringLiteral("assignee_name"),
                       orNull(assigned, assigned ? assignee->displayName : QString())},
                      {QStringLiteral("assigned_to_me"),
                       orNull(s.me.has_value(), s.me && s.me->id == t.assigneeId)},
                      {QStringLiteral("created"), formatInstantUtc(t.createdAt)},
                      {QStringLiteral("now"), formatInstantUtc(s.now)},
                      {QStringLiteral("next_breach"),
                       storeoutput::isoOrNull(catalog, t.planId, t.nextBreach)}};
        for (TargetKind kind : Kinds) {
            const ClockResult &r = s.result(kind);
            const bool applies = r.state != ClockState::NotApplicable;
            const bool stopped = r.state == ClockState::Met || r.state == ClockState::MetLate;
            const Instant stoppedAt = s.clocks->input(kind).stoppedAt;
            const QByteArray zone = s.zone(kind);
            o.insert(targetKindKey(kind),
                     QJsonObject{{QStringLiteral("state"), clockStateKey(r.state)},
                                 {QStringLiteral("target"),
                                  slaoutput::targetJson(s.slaApplies ? s.clocks->target(kind)
                                                                     : Target::none())},
                                 {QStringLiteral("due"), orNull(applies && r.due != InvalidInstant,
                                                                slaoutput::iso(r.due, zone))},
                                 {QStringLiteral("due_is_projected"), r.dueIsProjected},
                                 {QStringLiteral("overridden"),
                                  s.clocks->overrideDue(kind) != InvalidInstant},
                                 {QStringLiteral("remaining_seconds"),
                                  orNull(applies, double(r.remainingSeconds))},
                                 {QStringLiteral("required_seconds"),
                                  orNull(applies, double(r.requiredSeconds))},
                                 {QStringLiteral("met_at"),
                                  orNull(stopped && stoppedAt != InvalidInstant,
                                         slaoutput::iso(stoppedAt, zone))},
                                 {QStringLiteral("explanation"),
                                  orNull(s.explains(kind),
                                         s.explains(kind) ? slaoutput::explanationJson(
                                                                    s.explanation(kind), zone)
                                                          : QJsonObject())}});
        }
        QJsonArray history;
        for (const Event &e : s.events)
            history.append(ticketoutput::eventJson(e, s.agents));
        o.insert(QStringLiteral("history"), history);
        return o;
    }

    static QString text(const Shown &s, const Catalog &catalog, const QString &language)
    {
        const Ticket &t = s.ticket;
        const Plan *plan = catalog.plan(t.planId);
        const Provider *provider = plan ? catalog.provider(plan->providerId) : nullptr;
        const Severity *severity = provider ? provider->severity(t.severity) : nullptr;
        const QString labels[] = {QCoreApplication::translate("cli", "Customer:"),
                                  QCoreApplication::translate("cli", "Plan:"),
                                  QCoreApplication::translate("cli", "Severity:"),
                                  QCoreApplication::translate("cli", "Status:"),
                                  QCoreApplication::translate("cli", "Assignee:"),
                                  QCoreApplication::translate("cli", "Channel:"),
                                  QCoreApplication::translate("cli", "Service stage:"),
                                  QCoreApplication::translate("cli", "Opened:"),
                                  QCoreApplication::translate("cli", "Now:"),
                                  QCoreApplication::translate("cli", "Response"),
                                  QCoreApplication::translate("cli", "Resolution")};
        int width = 10;
        for (const QString &label : labels)
            width = std::max(width, textcolumns::width(label));
        QString out =
                QCoreApplication::translate("cli", "Ticket #%1: %2").arg(t.id).arg(t.subject) +
                QLatin1Char('\n');
        const auto line = [&](const QString &label, const QString &value) {
            out += textcolumns::padRight(label, width) + QStringLiteral("  ") + value +
                   QLatin1Char('\n');
        };
        const auto named = [](const QString &code, const QString &localized) {
            return localized.isEmpty() ? code : code + QStringLiteral(" — ") + localized;
        };
        const QString company = s.customer.company;
        line(labels[0], company.isEmpty() || company == s.customer.name
                                ? s.customer.name
                                : company + QStringLiteral(" — ") + s.customer.name);
        line(labels[1], named(t.planId, plan ? plan->names.text(language) : QString()));
        line(labels[2], named(t.severity, severity ? severity->names.text(language) : QString()));
        line(labels[3], ticketoutput::statusText(t.status));
        QString assignee = t.assigneeId == 0 ? QCoreApplication::translate("cli", "nobody")
                                             : ticketoutput::agentText(s.agents, t.assigneeId);
        if (s.me && t.assigneeId == s.me->id)
            assignee += QStringLiteral(" — ") + QCoreApplication::translate("cli", "you");
        line(labels[4], assignee);
        line(labels[5], t.channel);
        if (!t.serviceStage.isEmpty())
            line(labels[6], t.serviceStage);
        // The ticket's times in its plan calendar's zone, every due in its target's calendar's.
        const QByteArray planZone = storeoutput::planZone(catalog, t.planId);
        line(labels[7], slaoutput::iso(t.createdAt, planZone));
        line(labels[8], slaoutput::iso(s.now, planZone));
        for (TargetKind kind : Kinds) {
            line(labels[kind == TargetKind::Response ? 9 : 10], clockText(s, kind));
            if (!s.explains(kind))
                continue;
            out += QStringLiteral("  ") +
                   QCoreApplication::translate("cli", "Why this deadline (times in %1):")
                           .arg(QString::fromUtf8(s.zone(kind))) +
                   QLatin1Char('\n') +
                   slaoutput::explanationText(s.explanation(kind), s.zone(kind), language);
        }
        out += QCoreApplication::translate("cli", "History:") + QLatin1Char('\n');
        int actorWidth = 0;
        for (const Event &e : s.events)
            actorWidth = std::max(actorWidth,
                                  textcolumns::width(ticketoutput::agentText(s.agents, e.actorId)));
        for (const Event &e : s.events) {
            out += QStringLiteral("  ") + slaoutput::iso(e.at, planZone) + QStringLiteral("  ") +
                   textcolumns::padRight(ticketoutput::agentText(s.agents, e.actorId), actorWidth) +
                   QStringLiteral("  ") + ticketoutput::eventText(e, s.agents, planZone) +
                   QLatin1Char('\n');
            if (e.body.isEmpty())
                continue;
            for (const QString &bodyLine : e.body.split(QLatin1Char('\n')))
                out += QStringLiteral("      ") + bodyLine + QLatin1Char('\n');
        }
        return out;
    }

    // "met; due …, met at … (1 h)", "running; due …, 45 min of working time left (2 h)",
    // "running; due …, 4 business days 5 h left, 41 h of working time (5 business days)",
    // "breached; due …, 2 days 3 h past due (1 h)" (wall-clock time), "no commitment".
    static QString clockText(const Shown &s, TargetKind kind)
    {
        const ClockResult &r = s.result(kind);
        if (r.state == ClockState::NotApplicable)
            return s.slaApplies
                           ? QCoreApplication::translate("cli", "no commitment")
                           : QCoreApplication::translate("cli", "no SLA for this service stage");
        const QByteArray zone = s.zone(kind);
        QStringList parts;
        if (r.due != InvalidInstant)
            parts << (r.dueIsProjected ? QCoreApplication::translate("cli", "due if resumed now %1")
                                       : QCoreApplication::translate("cli", "due %1"))
                             .arg(slaoutput::iso(r.due, zone));
        const Instant stoppedAt = s.clocks->input(kind).stoppedAt;
        if ((r.state == ClockState::Met || r.state == ClockState::MetLate) &&
            stoppedAt != InvalidInstant)
            parts << QCoreApplication::translate("cli", "met at %1")
                             .arg(slaoutput::iso(stoppedAt, zone));
        else if (r.state == ClockState::Breached && r.due != InvalidInstant)
            parts << QCoreApplication::translate("cli", "%1 past due")
                             .arg(ClockText::wallTime(s.now - r.due));
        else if (s.clocks->target(kind).unit == TargetUnit::BusinessDays)
            parts << QCoreApplication::translate("cli", "%1 left, %2 of working time")
                             .arg(ClockText::remaining(r.remainingSeconds, TargetUnit::BusinessDays,
                                                       s.clocks->calendar(kind).get(), s.now),
                                  ClockText::workingTime(r.remainingSeconds));
        else
            parts << QCoreApplication::translate("cli", "%1 of working time left")
                             .arg(ClockText::workingTime(r.remainingSeconds));
        QString text = ticketoutput::clockStateText(r.state) + QStringLiteral("; ") +
                       parts.join(QStringLiteral(", ")) + QStringLiteral(" (") +
                       slaoutput::targetText(s.clocks->target(kind));
        if (s.clocks->overrideDue(kind) != InvalidInstant)
            text += QStringLiteral("; ") + QCoreApplication::translate("cli", "set by a lead");
        return text + QLatin1Char(')');
    }
};

} // namespace

std::unique_ptr<Command> makeTicketCommand()
{
    return std::make_unique<TicketCommand>();
}

} // namespace dueline
