// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands.h"
#include "app/cli/slaoutput.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace dueline {

namespace {

QJsonObject localizedJson(const LocalizedText &text)
{
    QJsonObject o;
    for (auto it = text.all().constBegin(); it != text.all().constEnd(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

// dueline-cli plans [--json]
class PlansCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("plans"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
                "cli", "List the support plans of the catalog with their SLA targets.");
    }
    void setup(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("json"),
                          QCoreApplication::translate("cli", "Print one JSON object.")});
        slaoutput::addLanguageOption(parser);
    }
    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        const CatalogPtr catalog = context.catalog();
        if (!catalog)
            return ExitFailure;
        const QString language = parser.value(QStringLiteral("lang"));
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray plans;
            for (const Plan &plan : catalog->plans()) {
                QJsonArray targets;
                for (const SeverityTargets &t : plan.targets) {
                    targets.append(QJsonObject{
                            {QStringLiteral("severity"), t.severity},
                            {QStringLiteral("response"), slaoutput::targetJson(t.response)},
                            {QStringLiteral("resolution"), slaoutput::targetJson(t.resolution)}});
                }
                QJsonObject levels;
                for (int l = 1; l <= LevelCount; ++l)
                    levels.insert(QStringLiteral("P%1").arg(l), plan.severityForLevel(l));
                plans.append(QJsonObject{
                        {QStringLiteral("id"), plan.id},
                        {QStringLiteral("provider"), plan.providerId},
                        {QStringLiteral("aliases"), QJsonArray::fromStringList(plan.aliases)},
                        {QStringLiteral("names"), localizedJson(plan.names)},
                        {QStringLiteral("calendar"), plan.calendarId},
                        {QStringLiteral("time_zone"),
                         QString::fromUtf8(catalog->calendar(plan.calendarId)->spec().timeZone)},
                        {QStringLiteral("severities"), QJsonArray::fromStringList(plan.severities)},
                        {QStringLiteral("levels"), levels},
                        {QStringLiteral("targets"), targets},
                        {QStringLiteral("built_in"), plan.builtIn}});
            }
            context.data() << QString::fromUtf8(
                                      QJsonDocument(QJsonObject{{QStringLiteral("plans"), plans}})
                                              .toJson(QJsonDocument::Compact))
                           << Qt::endl;
            return ExitOk;
        }
        for (const Provider &provider : catalog->providers()) {
            context.out() << provider.names.text(language) << QLatin1Char('\n');
            for (const QString &planId : provider.planIds) {
                const Plan *plan = catalog->plan(planId);
                QString aliases = plan->aliases.isEmpty()
                                          ? QString()
                                          : QStringLiteral(" (") +
                                                    plan->aliases.join(QStringLiteral(", ")) +
                                                    QLatin1Char(')');
                context.out() << QStringLiteral("  ") << plan->id << aliases
                              << QStringLiteral(" — ") << plan->names.text(language)
                              << QStringLiteral("  [") << plan->calendarId << QStringLiteral("]\n");
                for (const SeverityTargets &t : plan->targets) {
                    const Severity *s = provider.severity(t.severity);
                    context.out() << QStringLiteral("      ") << t.severity.leftJustified(10)
                                  << QLatin1Char(' ')
                                  << (s ? s->names.text(language) : QString()).leftJustified(32)
                                  << QCoreApplication::translate("cli", "response")
                                  << QLatin1Char(' ')
                                  << slaoutput::targetText(t.response).leftJustified(18)
                                  << QCoreApplication::translate("cli", "resolution")
                                  << QLatin1Char(' ') << slaoutput::targetText(t.resolution)
                                  << QLatin1Char('\n');
                }
            }
        }
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makePlansCommand()
{
    return std::make_unique<PlansCommand>();
}

} // namespace dueline
