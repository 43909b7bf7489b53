// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands.h"
#include "app/cli/slaoutput.h"
#include "app/cli/textcolumns.h"
#include "models/sla/clocktext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace dueline {

namespace {

// dueline-cli due --plan ID --severity CODE --opened T [--pause FROM/TO]... [--explain] [--json]
class DueCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("due"); }
    QString summary() const override
    {
        return QCoreApplication::translate("cli",
                                           "Compute the due instants of a ticket under a plan.");
    }
    void setup(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("plan"),
                          QCoreApplication::translate(
                                  "cli", "Plan id or alias (e.g. stormbpmn/enterprise, L3)."),
                          QStringLiteral("ID")});
        parser.addOption({QStringLiteral("severity"),
                          QCoreApplication::translate(
                                  "cli", "Severity code of the plan's provider (e.g. critical)."),
                          QStringLiteral("CODE")});
        parser.addOption({QStringLiteral("opened"),
                          QCoreApplication::translate(
                                  "cli", "When the ticket was opened, ISO 8601; without an offset "
                                         "it is read in the plan calendar's time zone."),
                          QStringLiteral("ISO8601")});
        parser.addOption(
                {QStringLiteral("pause"),
                 QCoreApplication::translate(
                         "cli",
                         "A pause (waiting on the customer), FROM/TO in ISO 8601; repeatable."),
                 QStringLiteral("FROM/TO")});
        parser.addOption(
                {QStringLiteral("stage"),
                 QCoreApplication::translate(
                         "cli", "Service stage of the ticket's service (e.g. preview: no SLA)."),
                 QStringLiteral("CODE")});
        parser.addOption({QStringLiteral("explain"),
                          QCoreApplication::translate(
                                  "cli", "Show why each deadline falls where it does.")});
        parser.addOption({QStringLiteral("json"),
                          QCoreApplication::translate("cli", "Print one JSON object.")});
        slaoutput::addLanguageOption(parser);
    }

    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        for (const QString &required :
             {QStringLiteral("plan"), QStringLiteral("severity"), QStringLiteral("opened")}) {
            if (!parser.isSet(required))
                return context.fail(
                        name(),
                        QCoreApplication::translate("cli", "--%1 is required").arg(required));
        }
        const CatalogPtr catalog = context.catalog();
        if (!catalog)
            return ExitFailure;
        const QString planId = parser.value(QStringLiteral("plan"));
        const Plan *plan = catalog->plan(planId);
        if (!plan)
            return context.fail(name(),
                                QCoreApplication::translate(
                                        "cli", "unknown plan \"%1\" (see dueline-cli plans)")
                                        .arg(planId));
        const Provider *provider = catalog->provider(plan->providerId);
        const QString severity = parser.value(QStringLiteral("severity"));
        const SeverityTargets *targets = plan->targetsFor(severity);
        if (!targets)
            return context.fail(
                    name(),
                    QCoreApplication::translate("cli",
                                                "plan %1 has no severity \"%2\" (it has: %3)")
                            .arg(plan->id, severity, plan->severities.join(QStringLiteral(", "))));
        bool slaApplies = true;
        if (parser.isSet(QStringLiteral("stage"))) {
            const ServiceStage *stage = provider->stage(parser.value(QStringLiteral("stage")));
            if (!stage)
                return context.fail(
                        name(), QCoreApplication::translate(
                                        "cli", "provider %1 has no service stage \"%2\"")
                                        .arg(provider->id, parser.value(QStringLiteral("stage"))));
            slaApplies = stage->sla;
        }
        const WorkCalendarPtr planCalendar = catalog->calendar(plan->calendarId);
        QString error;
        const auto opened = slaoutput::parseInstant(parser.value(QStringLiteral("opened")),
                                                    planCalendar->spec().timeZone, &error);
        if (!opened)
            return context.fail(name(), QStringLiteral("--opened: ") + error);
        ClockInput input;
        input.start = *opened;
        for (const QString &pause : parser.values(QStringLiteral("pause"))) {
            const QStringList ends = pause.split(QLatin1Char('/'));
            if (ends.size() != 2)
                return context.fail(
                        name(), QCoreApplication::translate("cli", "--pause %1: expected FROM/TO")
                                        .arg(pause));
            const auto from =
                    slaoutput::parseInstant(ends.at(0), planCalendar->spec().timeZone, &error);
            const auto to = from ? slaoutput::parseInstant(ends.at(1),
                                                           planCalendar->spec().timeZone, &error)
                                 : std::nullopt;
            if (!from || !to)
                return context.fail(name(), QStringLiteral("--pause %1: ").arg(pause) + error);
            if (*to <= *from)
                return context.fail(name(), QCoreApplication::translate(
                                                    "cli", "--pause %1: ends before it starts")
                                                    .arg(pause));
            input.pauses.append({*from, *to});
        }

        const bool json = parser.isSet(QStringLiteral("json"));
        const bool explain = parser.isSet(QStringLiteral("explain"));
        const QString language = parser.value(QStringLiteral("lang"));
        QJsonArray jsonTargets;
        QString text;
        QVector<CalendarWarning> warnings;
        // The labels' column: as wide as the widest label in this language.
        int labelWidth = 10;
        for (const QString &label : {QCoreApplication::translate("cli", "Plan:"),
                                     QCoreApplication::translate("cli", "Severity:"),
                                     QCoreApplication::translate("cli", "Opened:"),
                                     QCoreApplication::translate("cli", "Response"),
                                     QCoreApplication::translate("cli", "Resolution")})
            labelWidth = std::max(labelWidth, textcolumns::width(label));
        text += QStringLiteral("%1  %2 — %3\n")
                        .arg(textcolumns::padRight(QCoreApplication::translate("cli", "Plan:"),
                                                   labelWidth),
                             plan->id, plan->names.text(language));
        text += QStringLiteral("%1  %2 — %3\n")
                        .arg(textcolumns::padRight(QCoreApplication::translate("cli", "Severity:"),
                                                   labelWidth),
                             severity, provider->severity(severity)->names.text(language));
        text += QStringLiteral("%1  %2\n")
                        .arg(textcolumns::padRight(QCoreApplication::translate("cli", "Opened:"),
                                                   labelWidth),
                             slaoutput::iso(input.start, planCalendar->spec().timeZone));
        for (TargetKind kind : {TargetKind::Response, TargetKind::Resolution}) {
            const Target target = slaApplies ? targets->target(kind) : Target::none();
            const WorkCalendarPtr calendar = catalog->calendarFor(*plan, target);
            const QByteArray zone = calendar->spec().timeZone;
            QJsonObject o{{QStringLiteral("target"), targetKindKey(kind)}};
            const QString label = kind == TargetKind::Response
                                          ? QCoreApplication::translate("cli", "Response")
                                          : QCoreApplication::translate("cli", "Resolution");
            if (!target.committed) {
                o.insert(QStringLiteral("due"), QJsonValue::Null);
                o.insert(QStringLiteral("working_seconds"), QJsonValue::Null);
                text += QStringLiteral("%1  %2\n")
                                .arg(textcolumns::padRight(label, labelWidth),
                                     slaApplies
                                             ? QCoreApplication::translate("cli", "no commitment")
                                             : QCoreApplication::translate(
                                                       "cli", "no SLA for this service stage"));
                jsonTargets.append(o);
                continue;
            }
            const Instant clockStart = calendar->nextWorkingStart(input.start);
            const qint64 required =
                    clockStart == InvalidInstant
                            ? -1
                            : SlaClock::requiredSeconds(*calendar, target, clockStart);
            const Instant due = SlaClock::due(*calendar, target, input);
            if (due == InvalidInstant || required < 0)
                return context.fail(
                        name(),
                        (kind == TargetKind::Response
                                 ? QCoreApplication::translate(
                                           "cli", "the response due time falls outside the "
                                                  "supported years %1-%2")
                                 : QCoreApplication::translate(
                                           "cli", "the resolution due time falls outside the "
                                                  "supported years %1-%2"))
                                .arg(WorkCalendar::FirstYear)
                                .arg(WorkCalendar::LastYear));
            for (const CalendarWarning &w : calendar->warningsFor(input.start, due)) {
                if (!warnings.contains(w))
                    warnings.append(w);
            }
            o.insert(QStringLiteral("due"), slaoutput::iso(due, zone));
            o.insert(QStringLiteral("working_seconds"), double(required));
            o.insert(QStringLiteral("amount"), double(target.amount));
            o.insert(QStringLiteral("unit"), unitKey(target.unit));
            o.insert(QStringLiteral("calendar"), calendar->id());
            text += QStringLiteral("%1  %2  (%3; %4 %5)\n")
                            .arg(textcolumns::padRight(label, labelWidth),
                                 slaoutput::iso(due, zone), slaoutput::targetText(target),
                                 ClockText::workingTime(required),
                                 QCoreApplication::translate("cli", "of working time on %1")
                                         .arg(calendar->id()));
            if (explain) {
                const Explanation ex = SlaClock::explain(*calendar, input, due);
                o.insert(QStringLiteral("explanation"), slaoutput::explanationJson(ex, zone));
                text += QStringLiteral("  ") +
                        QCoreApplication::translate("cli", "Why this deadline:") +
                        QLatin1Char('\n') + slaoutput::explanationText(ex, zone, language);
            }
            jsonTargets.append(o);
        }
        for (const CalendarWarning &w : warnings)
            context.err() << QStringLiteral("dueline-cli due: warning: ") << w.message()
                          << Qt::endl;
        if (json) {
            QJsonObject root{{QStringLiteral("plan"), plan->id},
                             {QStringLiteral("severity"), severity},
                             {QStringLiteral("opened"),
                              slaoutput::iso(input.start, planCalendar->spec().timeZone)},
                             {QStringLiteral("targets"), jsonTargets}};
            if (!warnings.isEmpty()) {
                QJsonArray w;
                for (const CalendarWarning &warning : warnings)
                    w.append(warning.message());
                root.insert(QStringLiteral("warnings"), w);
            }
            context.data() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact))
                           << Qt::endl;
        } else {
            context.out() << text;
        }
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeDueCommand()
{
    return std::make_unique<DueCommand>();
}

} // namespace dueline
