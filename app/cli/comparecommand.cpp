// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands.h"
#include "app/cli/slaoutput.h"
#include "app/cli/textcolumns.h"

#include "models/catalog/comparison.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace dueline {

namespace {

// dueline-cli compare --level P1|P2|P3|P4 --opened T [--json]
class CompareCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("compare"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
                "cli", "Compare the real deadlines every plan gives for one incident.");
    }
    void setup(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("level"),
                          QCoreApplication::translate(
                                  "cli", "Incident level: P1 business down, P2 important function "
                                         "unavailable, P3 function impaired, P4 question."),
                          QStringLiteral("P1-P4")});
        parser.addOption(
                {QStringLiteral("opened"),
                 QCoreApplication::translate(
                         "cli",
                         "When the incident is opened, ISO 8601 with a UTC offset (or give --tz)."),
                 QStringLiteral("ISO8601")});
        parser.addOption(
                {QStringLiteral("tz"),
                 QCoreApplication::translate(
                         "cli", "Time zone for an --opened without offset (e.g. Europe/Moscow)."),
                 QStringLiteral("ZONE")});
        parser.addOption({QStringLiteral("plan"),
                          QCoreApplication::translate("cli", "Only these plans (repeatable)."),
                          QStringLiteral("ID")});
        parser.addOption({QStringLiteral("explain"),
                          QCoreApplication::translate(
                                  "cli", "Show why each deadline falls where it does.")});
        parser.addOption({QStringLiteral("json"),
                          QCoreApplication::translate("cli", "Print one JSON object.")});
        slaoutput::addLanguageOption(parser);
    }

    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        if (!parser.isSet(QStringLiteral("level")) || !parser.isSet(QStringLiteral("opened")))
            return context.fail(name(), QCoreApplication::translate(
                                                "cli", "--level and --opened are required"));
        const QString levelText = parser.value(QStringLiteral("level")).toUpper();
        const int level = levelText.size() == 2 && levelText.startsWith(QLatin1Char('P'))
                                  ? levelText.mid(1).toInt()
                                  : 0;
        if (level < 1 || level > LevelCount)
            return context.fail(name(),
                                QCoreApplication::translate(
                                        "cli", "--level: expected P1, P2, P3 or P4, got \"%1\"")
                                        .arg(parser.value(QStringLiteral("level"))));
        const QByteArray tz = parser.value(QStringLiteral("tz")).toUtf8();
        if (!tz.isEmpty() && !QTimeZone(tz).isValid())
            return context.fail(name(),
                                QCoreApplication::translate("cli", "--tz: unknown time zone \"%1\"")
                                        .arg(QString::fromUtf8(tz)));
        QString error;
        std::optional<int> givenOffset;
        const auto opened = slaoutput::parseInstant(parser.value(QStringLiteral("opened")), tz,
                                                    &error, &givenOffset);
        if (!opened)
            return context.fail(name(), QStringLiteral("--opened: ") + error);
        const CatalogPtr catalog = context.catalog();
        if (!catalog)
            return ExitFailure;
        QStringList planIds;
        for (const QString &id : parser.values(QStringLiteral("plan"))) {
            const Plan *plan = catalog->plan(id);
            if (!plan)
                return context.fail(name(),
                                    QCoreApplication::translate(
                                            "cli", "unknown plan \"%1\" (see dueline-cli plans)")
                                            .arg(id));
            planIds.append(plan->id);
        }
        const QVector<ComparisonRow> rows = Comparison::compute(*catalog, level, *opened, planIds);
        // "opened" is echoed in the zone it was given in.
        const QTimeZone shownZone = givenOffset ? QTimeZone(*givenOffset) : QTimeZone(tz);
        const QString language = parser.value(QStringLiteral("lang"));
        const bool explain = parser.isSet(QStringLiteral("explain"));

        QVector<CalendarWarning> warnings;
        QJsonArray plans;
        QString text = QCoreApplication::translate("cli", "Level P%1, opened %2")
                               .arg(level)
                               .arg(slaoutput::iso(*opened, shownZone)) +
                       QStringLiteral("\n\n");
        text += QStringLiteral("%1 %2 %3 %4\n")
                        .arg(textcolumns::padRight(QCoreApplication::translate("cli", "PLAN"), 29),
                             textcolumns::padRight(QCoreApplication::translate("cli", "SEVERITY"),
                                                   10),
                             textcolumns::padRight(
                                     QCoreApplication::translate("cli", "RESPONSE DUE"), 34),
                             QCoreApplication::translate("cli", "RESOLUTION DUE"));
        auto clockJson = [](const ComparisonRow::Clock &c) {
            QJsonObject o{{QStringLiteral("due"), QJsonValue::Null},
                          {QStringLiteral("working_seconds"), QJsonValue::Null}};
            if (c.due != InvalidInstant) {
                o.insert(QStringLiteral("due"), slaoutput::iso(c.due, c.calendar->spec().timeZone));
                o.insert(QStringLiteral("working_seconds"), double(c.workingSeconds));
                o.insert(QStringLiteral("amount"), double(c.target.amount));
                o.insert(QStringLiteral("unit"), unitKey(c.target.unit));
                o.insert(QStringLiteral("calendar"), c.calendar->id());
            }
            return o;
        };
        auto clockText = [](const ComparisonRow::Clock &c) -> QString {
            if (c.due == InvalidInstant)
                return QStringLiteral("—");
            return slaoutput::iso(c.due, c.calendar->spec().timeZone) + QStringLiteral(" (") +
                   slaoutput::targetText(c.target) + QLatin1Char(')');
        };
        for (const ComparisonRow &row : rows) {
            for (const CalendarWarning &w : row.warnings) {
                if (!warnings.contains(w))
                    warnings.append(w);
            }
            QJsonObject o{{QStringLiteral("plan"), row.plan->id},
                          {QStringLiteral("severity"), row.severity},
                          {QStringLiteral("response"), clockJson(row.response)},
                          {QStringLiteral("resolution"), clockJson(row.resolution)}};
            if (explain) {
                if (row.response.due != InvalidInstant)
                    o[QStringLiteral("response")] = [&] {
                        QJsonObject r = clockJson(row.response);
                        r.insert(
                                QStringLiteral("explanation"),
                                slaoutput::explanationJson(row.response.explanation,
                                                           row.response.calendar->spec().timeZone));
                        return r;
                    }();
                if (row.resolution.due != InvalidInstant)
                    o[QStringLiteral("resolution")] = [&] {
                        QJsonObject r = clockJson(row.resolution);
                        r.insert(QStringLiteral("explanation"),
                                 slaoutput::explanationJson(
                                         row.resolution.explanation,
                                         row.resolution.calendar->spec().timeZone));
                        return r;
                    }();
            }
            plans.append(o);
            text += QStringLiteral("%1 %2 %3 %4\n")
                            .arg(row.plan->id.leftJustified(29), row.severity.leftJustified(10),
                                 clockText(row.response).leftJustified(34),
                                 clockText(row.resolution));
            if (explain && row.response.due != InvalidInstant)
                text += slaoutput::explanationText(
                        row.response.explanation, row.response.calendar->spec().timeZone, language);
        }
        for (const CalendarWarning &w : warnings)
            context.err() << QStringLiteral("dueline-cli compare: warning: ") << w.message()
                          << Qt::endl;
        if (parser.isSet(QStringLiteral("json"))) {
            const QJsonObject root{{QStringLiteral("level"), QStringLiteral("P%1").arg(level)},
                                   {QStringLiteral("opened"), slaoutput::iso(*opened, shownZone)},
                                   {QStringLiteral("plans"), plans}};
            context.data() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact))
                           << Qt::endl;
        } else {
            context.out() << text;
        }
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeCompareCommand()
{
    return std::make_unique<CompareCommand>();
}

} // namespace dueline
