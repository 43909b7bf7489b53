#include "app/cli/commands.h"
#include "app/cli/slaoutput.h"
#include "app/cli/storeoutput.h"
#include "models/store/report.h"
#include "models/store/timeformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace dueline;

namespace {

// A date "YYYY-MM-DD" (a whole UTC day; `end` gives the next midnight) or an ISO 8601 instant.
std::optional<Instant> parseBound(const QString &text, bool end, QString *error)
{
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (dateOnly.match(text).hasMatch()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid()) {
            *error = QCoreApplication::translate("cli", "\"%1\" is not a valid date").arg(text);
            return std::nullopt;
        }
        return QDateTime(end ? date.addDays(1) : date, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    }
    return slaoutput::parseInstant(text, {}, error);
}

QJsonValue numberOrNull(double value)
{
    return value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

// dueline-cli report [--db URL] --from D --to D [--json]
class ReportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
                "cli", "SLA compliance per plan and severity for the tickets created in a period.");
    }
    void setup(QCommandLineParser &parser) override
    {
        storeoutput::addDatabaseOption(parser);
        parser.addOption({QStringLiteral("from"),
                          QCoreApplication::translate(
                                  "cli", "First day (YYYY-MM-DD, UTC) or an ISO 8601 instant."),
                          QStringLiteral("D")});
        parser.addOption({QStringLiteral("to"),
                          QCoreApplication::translate(
                                  "cli", "Last day, included (YYYY-MM-DD, UTC), or an ISO 8601 "
                                         "instant (excluded)."),
                          QStringLiteral("D")});
        parser.addOption({QStringLiteral("now"),
                          QCoreApplication::translate(
                                  "cli", "Judge open clocks at this instant (default: now)."),
                          QStringLiteral("ISO8601")});
        parser.addOption({QStringLiteral("json"),
                          QCoreApplication::translate("cli", "Print one JSON object.")});
    }

    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        for (const QString &required : {QStringLiteral("from"), QStringLiteral("to")}) {
            if (!parser.isSet(required)) {
                context.fail(name(),
                             QCoreApplication::translate("cli", "--%1 is required").arg(required));
                return ExitUsage;
            }
        }
        QString error;
        const auto from = parseBound(parser.value(QStringLiteral("from")), false, &error);
        if (!from) {
            context.fail(name(), QStringLiteral("--from: ") + error);
            return ExitUsage;
        }
        const auto to = parseBound(parser.value(QStringLiteral("to")), true, &error);
        if (!to) {
            context.fail(name(), QStringLiteral("--to: ") + error);
            return ExitUsage;
        }
        if (*to <= *from) {
            context.fail(name(), QCoreApplication::translate("cli", "--to is before --from"));
            return ExitUsage;
        }
        std::optional<Instant> nowOption;
        if (parser.isSet(QStringLiteral("now"))) {
            nowOption = slaoutput::parseInstant(parser.value(QStringLiteral("now")), {}, &error);
            if (!nowOption) {
                context.fail(name(), QStringLiteral("--now: ") + error);
                return ExitUsage;
            }
        }
        int code = ExitFailure;
        auto store = storeoutput::openStore(parser, context, name(), false, &code);
        if (!store)
            return code;
        const Instant now = nowOption ? *nowOption : store->now();
        StoreError storeError;
        const QVector<ReportRow> rows = Report::compute(store->connection(), store->catalog(),
                                                        *from, *to, now, &storeError);
        if (storeError)
            return context.fail(name(), storeError.message);

        if (parser.isSet(QStringLiteral("json"))) {
            auto toJson = [](const ReportRow &r) {
                QJsonObject o;
                if (!r.planId.isEmpty()) {
                    o.insert(QStringLiteral("plan"), r.planId);
                    o.insert(QStringLiteral("severity"), r.severity);
                }
                o.insert(QStringLiteral("tickets"), r.tickets);
                o.insert(QStringLiteral("met"), r.met);
                o.insert(QStringLiteral("breached"), r.breached);
                o.insert(QStringLiteral("pending"), r.pending);
                o.insert(QStringLiteral("not_applicable"), r.notApplicable);
                o.insert(QStringLiteral("compliance_percent"),
                         r.compliancePercent < 0
                                 ? QJsonValue(QJsonValue::Null)
                                 : QJsonValue(qRound(r.compliancePercent * 10) / 10.0));
                o.insert(QStringLiteral("median_response_seconds"),
                         numberOrNull(double(r.medianResponseSeconds)));
                o.insert(QStringLiteral("replied"), r.replied);
                o.insert(QStringLiteral("response"),
                         QJsonObject{{QStringLiteral("met"), r.responseMet},
                                     {QStringLiteral("breached"), r.responseBreached}});
                o.insert(QStringLiteral("resolution"),
                         QJsonObject{{QStringLiteral("met"), r.resolutionMet},
                                     {QStringLiteral("breached"), r.resolutionBreached}});
                return o;
            };
            QJsonArray list;
            for (int i = 0; i + 1 < rows.size(); ++i)
                list.append(toJson(rows.at(i)));
            const QJsonObject root{{QStringLiteral("from"), formatInstantUtc(*from)},
                                   {QStringLiteral("to"), formatInstantUtc(*to)},
                                   {QStringLiteral("now"), formatInstantUtc(now)},
                                   {QStringLiteral("rows"), list},
                                   {QStringLiteral("total"), toJson(rows.last())}};
            context.out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact))
                          << Qt::endl;
            return ExitOk;
        }

        QTextStream &out = context.out();
        out << QCoreApplication::translate("cli", "Tickets created %1 – %2, judged at %3")
                        .arg(formatInstantUtc(*from), formatInstantUtc(*to), formatInstantUtc(now))
            << '\n';
        const QStringList header{QCoreApplication::translate("cli", "plan"),
                                 QCoreApplication::translate("cli", "severity"),
                                 QCoreApplication::translate("cli", "tickets"),
                                 QCoreApplication::translate("cli", "met"),
                                 QCoreApplication::translate("cli", "breached"),
                                 QCoreApplication::translate("cli", "pending"),
                                 QCoreApplication::translate("cli", "no SLA"),
                                 QCoreApplication::translate("cli", "compliance"),
                                 QCoreApplication::translate("cli", "median response")};
        QVector<QStringList> table{header};
        for (const ReportRow &r : rows) {
            table.append(
                    {r.planId.isEmpty() ? QCoreApplication::translate("cli", "total") : r.planId,
                     r.severity, QString::number(r.tickets), QString::number(r.met),
                     QString::number(r.breached), QString::number(r.pending),
                     QString::number(r.notApplicable),
                     r.compliancePercent < 0
                             ? QStringLiteral("-")
                             : QStringLiteral("%1 %").arg(r.compliancePercent, 0, 'f', 1),
                     r.medianResponseSeconds < 0 ? QStringLiteral("-")
                                                 : slaoutput::duration(r.medianResponseSeconds)});
        }
        QVector<int> widths(header.size(), 0);
        for (const QStringList &line : table) {
            for (int i = 0; i < line.size(); ++i)
                widths[i] = std::max(widths[i], int(line.at(i).size()));
        }
        for (const QStringList &line : table) {
            QString text;
            for (int i = 0; i < line.size(); ++i) {
                const bool number = i >= 2;
                const QString cell = number ? line.at(i).rightJustified(widths[i])
                                            : line.at(i).leftJustified(widths[i]);
                text += (i ? QStringLiteral("  ") : QString()) + cell;
            }
            out << text.trimmed() << '\n';
        }
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeReportCommand()
{
    return std::make_unique<ReportCommand>();
}
