// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/bootstrap/i18n.h"
#include "app/cli/commands.h"
#include "app/cli/slaoutput.h"
#include "app/cli/storeoutput.h"
#include "app/cli/textcolumns.h"
#include "models/report/customerreportdocument.h"
#include "models/store/customerreport.h"
#include "models/store/report.h"
#include "models/store/timeformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

namespace dueline {

namespace {

// A date "YYYY-MM-DD" (a whole UTC day; `end` gives the next midnight) or an ISO 8601 instant.
// A day is cut at midnight in `zone` (the --tz of the days), like the dashboard's periods.
std::optional<Instant> parseBound(const QString &text, bool end, const QTimeZone &zone,
                                  QString *error)
{
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (dateOnly.match(text).hasMatch()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid()) {
            *error = QCoreApplication::translate("cli", "\"%1\" is not a valid date").arg(text);
            return std::nullopt;
        }
        return QDateTime(end ? date.addDays(1) : date, QTime(0, 0), zone).toSecsSinceEpoch();
    }
    return slaoutput::parseInstant(text, {}, error);
}

QJsonValue numberOrNull(double value)
{
    return value < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonObject rowJson(const ReportRow &r)
{
    QJsonObject o;
    if (!r.planId.isEmpty())
        o.insert(QStringLiteral("plan"), r.planId);
    if (!r.severity.isEmpty())
        o.insert(QStringLiteral("severity"), r.severity);
    o.insert(QStringLiteral("tickets"), r.tickets);
    o.insert(QStringLiteral("met"), r.met);
    o.insert(QStringLiteral("breached"), r.breached);
    o.insert(QStringLiteral("pending"), r.pending);
    o.insert(QStringLiteral("not_applicable"), r.notApplicable);
    o.insert(QStringLiteral("compliance_percent"),
             r.compliancePercent < 0 ? QJsonValue(QJsonValue::Null)
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
}

// Left-aligned text columns, then right-aligned numbers; two spaces between columns.
void printTable(QTextStream &out, const QVector<QStringList> &table, int textColumns)
{
    QVector<int> widths(table.first().size(), 0);
    for (const QStringList &line : table) {
        for (int i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], textcolumns::width(line.at(i)));
    }
    for (const QStringList &line : table) {
        QString text;
        for (int i = 0; i < line.size(); ++i) {
            const QString cell = i >= textColumns ? textcolumns::padLeft(line.at(i), widths[i])
                                                  : textcolumns::padRight(line.at(i), widths[i]);
            text += (i ? QStringLiteral("  ") : QString()) + cell;
        }
        out << text.trimmed() << '\n';
    }
}

// dueline-cli report [--db URL] --from D --to D [--json]
class ReportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override
    {
        return QCoreApplication::translate(
                "cli", "The dashboard's figures: compliance, breaches, open tickets, forecast.");
    }
    void setup(QCommandLineParser &parser) override
    {
        storeoutput::addDatabaseOption(parser);
        parser.addOption({QStringLiteral("from"),
                          QCoreApplication::translate(
                                  "cli", "First day (YYYY-MM-DD, in --tz) or an ISO 8601 instant."),
                          QStringLiteral("D")});
        parser.addOption({QStringLiteral("to"),
                          QCoreApplication::translate(
                                  "cli", "Last day, included (YYYY-MM-DD, in --tz), or an ISO 8601 "
                                         "instant (excluded)."),
                          QStringLiteral("D")});
        parser.addOption({QStringLiteral("now"),
                          QCoreApplication::translate(
                                  "cli", "Judge open clocks at this instant (default: now)."),
                          QStringLiteral("ISO8601")});
        parser.addOption({QStringLiteral("provider"),
                          QCoreApplication::translate("cli", "Only this provider's tickets."),
                          QStringLiteral("ID")});
        parser.addOption({QStringLiteral("plan"),
                          QCoreApplication::translate("cli", "Only this plan's tickets."),
                          QStringLiteral("ID")});
        parser.addOption({QStringLiteral("severity"),
                          QCoreApplication::translate("cli", "Only tickets of this severity."),
                          QStringLiteral("CODE")});
        parser.addOption({QStringLiteral("agent"),
                          QCoreApplication::translate(
                                  "cli", "Only tickets assigned to this agent (login or id; "
                                         "\"none\": unassigned)."),
                          QStringLiteral("AGENT")});
        parser.addOption(
                {QStringLiteral("tz"),
                 QCoreApplication::translate(
                         "cli", "Time zone of the days and of --from and --to dates (IANA name, "
                                "default UTC)."),
                 QStringLiteral("ZONE")});
        parser.addOption({QStringLiteral("json"),
                          QCoreApplication::translate("cli", "Print one JSON object.")});
        parser.addOption(
                {QStringLiteral("customer"),
                 QCoreApplication::translate(
                         "cli", "The SLA report of this customer (id) for --pdf and --csv; "
                                "days in the customer's time zone."),
                 QStringLiteral("ID")});
        parser.addOption({QStringLiteral("pdf"),
                          QCoreApplication::translate(
                                  "cli", "Write the SLA report of --customer (or of --plan) as a "
                                         "PDF document."),
                          QStringLiteral("FILE")});
        parser.addOption(
                {QStringLiteral("csv"),
                 QCoreApplication::translate("cli", "Write the figures of that SLA report as CSV."),
                 QStringLiteral("FILE")});
        parser.addOption({QStringLiteral("lang"),
                          QCoreApplication::translate(
                                  "cli", "The SLA report's language: en, ru or zh_CN (default: the "
                                         "customer's)."),
                          QStringLiteral("LANG")});
    }

    int run(const QCommandLineParser &parser, CliContext &context) override
    {
        if (parser.isSet(QStringLiteral("customer")) || parser.isSet(QStringLiteral("pdf")) ||
            parser.isSet(QStringLiteral("csv")) || parser.isSet(QStringLiteral("lang")))
            return runDocument(parser, context);
        if (!hasPeriod(parser, context))
            return ExitUsage;
        DashboardFilter filter;
        if (!readZone(parser, context, &filter.zone))
            return ExitUsage;
        const auto period = readPeriod(parser, context, filter.zone);
        if (!period)
            return ExitUsage;
        const Instant from = period->first;
        const Instant to = period->second;
        std::optional<Instant> nowOption;
        if (!storeoutput::readNowOption(parser, context, name(), &nowOption))
            return ExitUsage;
        filter.from = from;
        filter.to = to;
        int code = ExitFailure;
        auto store = storeoutput::openStore(parser, context, name(), false, &code);
        if (!store)
            return code;
        const Catalog &catalog = store->catalog();
        if (parser.isSet(QStringLiteral("provider"))) {
            filter.providerId = parser.value(QStringLiteral("provider"));
            if (!catalog.provider(filter.providerId)) {
                context.fail(name(), QCoreApplication::translate(
                                             "cli", "--provider: unknown provider \"%1\"")
                                             .arg(filter.providerId));
                return ExitUsage;
            }
        }
        if (parser.isSet(QStringLiteral("plan"))) {
            const Plan *plan = catalog.plan(parser.value(QStringLiteral("plan")));
            if (!plan) {
                context.fail(name(),
                             QCoreApplication::translate("cli", "--plan: unknown plan \"%1\"")
                                     .arg(parser.value(QStringLiteral("plan"))));
                return ExitUsage;
            }
            filter.planId = plan->id;
        }
        filter.severity = parser.value(QStringLiteral("severity"));
        StoreError storeError;
        if (parser.isSet(QStringLiteral("agent"))) {
            const QString agent = parser.value(QStringLiteral("agent"));
            bool isNumber = false;
            const qint64 id = agent.toLongLong(&isNumber);
            if (agent == QLatin1String("none")) {
                filter.agentId = 0;
            } else {
                const auto found = isNumber ? store->agent(id, &storeError)
                                            : store->agentByLogin(agent, &storeError);
                if (storeError)
                    return context.fail(name(), storeError.message);
                if (!found) {
                    context.fail(name(),
                                 QCoreApplication::translate("cli", "--agent: unknown agent \"%1\"")
                                         .arg(agent));
                    return ExitUsage;
                }
                filter.agentId = found->id;
            }
        }
        const Instant now = nowOption ? *nowOption : store->now();
        const auto data = Report::dashboard(store->connection(), store->catalogPtr(), filter, now,
                                            &storeError);
        if (!data)
            return context.fail(name(), storeError.message);
        QVector<ReportRow> rows = data->rows;
        rows.append(data->total);

        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (int i = 0; i + 1 < rows.size(); ++i)
                list.append(rowJson(rows.at(i)));
            QJsonArray byPlan, bySeverity;
            for (const ReportRow &r : data->byPlan)
                byPlan.append(rowJson(r));
            for (const ReportRow &r : data->bySeverity)
                bySeverity.append(rowJson(r));
            QJsonArray days;
            for (int i = 0; i < data->days.size(); ++i) {
                QJsonObject perPlan;
                qint64 sum = 0;
                for (int p = 0; p < data->breachPlans.size(); ++p) {
                    perPlan.insert(data->breachPlans.at(p), data->breachesPerDay.at(p).at(i));
                    sum += data->breachesPerDay.at(p).at(i);
                }
                days.append(
                        QJsonObject{{QStringLiteral("day"), data->days.at(i).toString(Qt::ISODate)},
                                    {QStringLiteral("breaches"), sum},
                                    {QStringLiteral("plans"), perPlan}});
            }
            QJsonArray buckets;
            for (int b = 0; b < ResponseBucketCount; ++b) {
                buckets.append(QJsonObject{
                        {QStringLiteral("up_to_percent"),
                         ResponseBucketUpperPercent[b] ? QJsonValue(ResponseBucketUpperPercent[b])
                                                       : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("responses"), data->responseBuckets[b]}});
            }
            const OpenNow &o = data->openNow;
            QJsonArray agents;
            for (const AgentLoad &a : data->agents) {
                agents.append(QJsonObject{
                        {QStringLiteral("agent"),
                         a.agentId ? QJsonValue(a.agentId) : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("name"), a.name},
                        {QStringLiteral("open"), a.open},
                        {QStringLiteral("at_risk"), a.atRisk},
                        {QStringLiteral("breached"), a.breached}});
            }
            const BreachForecast &f = data->forecast;
            QJsonArray holidays;
            for (const HolidayForecast &h : f.holidays) {
                holidays.append(QJsonObject{
                        {QStringLiteral("calendar"), h.calendarId},
                        {QStringLiteral("provider"), h.providerId},
                        {QStringLiteral("name"), h.holidayNames.text(QStringLiteral("en"))},
                        {QStringLiteral("first_day"), h.firstDay.toString(Qt::ISODate)},
                        {QStringLiteral("last_day"), h.lastDay.toString(Qt::ISODate)},
                        {QStringLiteral("answer_by"), formatInstantUtc(h.cutoff)},
                        {QStringLiteral("tickets"), h.tickets},
                        {QStringLiteral("earliest_due"),
                         h.earliestDue == InvalidInstant
                                 ? QJsonValue(QJsonValue::Null)
                                 : QJsonValue(formatInstantUtc(h.earliestDue))}});
            }
            const QJsonObject root{
                    {QStringLiteral("from"), formatInstantUtc(from)},
                    {QStringLiteral("to"), formatInstantUtc(to)},
                    {QStringLiteral("now"), formatInstantUtc(now)},
                    {QStringLiteral("time_zone"), QString::fromUtf8(filter.zone.id())},
                    {QStringLiteral("rows"), list},
                    {QStringLiteral("total"), rowJson(rows.last())},
                    {QStringLiteral("by_plan"), byPlan},
                    {QStringLiteral("by_severity"), bySeverity},
                    {QStringLiteral("breaches_per_day"), days},
                    {QStringLiteral("response_vs_target"), buckets},
                    {QStringLiteral("open_now"),
                     QJsonObject{{QStringLiteral("open"), o.open},
                                 {QStringLiteral("running"), o.running},
                                 {QStringLiteral("at_risk"), o.atRisk},
                                 {QStringLiteral("breached"), o.breached},
                                 {QStringLiteral("paused"), o.paused},
                                 {QStringLiteral("no_clock"), o.noSla}}},
                    {QStringLiteral("agents"), agents},
                    {QStringLiteral("forecast"),
                     QJsonObject{
                             {QStringLiteral("next_hour"), f.nextHour},
                             {QStringLiteral("next_4_hours"), f.next4Hours},
                             {QStringLiteral("end_of_today"), f.endOfToday},
                             {QStringLiteral("end_of_today_at"), formatInstantUtc(f.endOfTodayAt)},
                             {QStringLiteral("days_off"), holidays}}}};
            context.data() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact))
                           << Qt::endl;
            return ExitOk;
        }

        QTextStream &out = context.out();
        out << QCoreApplication::translate("cli", "Tickets created %1 – %2, judged at %3")
                        .arg(formatInstantUtc(from), formatInstantUtc(to), formatInstantUtc(now))
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
        printTable(out, table, 2);

        qint64 breachTotal = 0;
        for (const auto &perDay : data->breachesPerDay)
            for (qint64 n : perDay)
                breachTotal += n;
        out << '\n'
            << QCoreApplication::translate("cli", "Breaches in the period: %1").arg(breachTotal)
            << '\n';
        QVector<QStringList> breachTable{QStringList{QCoreApplication::translate("cli", "day")} +
                                         data->breachPlans};
        for (int i = 0; i < data->days.size(); ++i) {
            QStringList line{data->days.at(i).toString(Qt::ISODate)};
            qint64 sum = 0;
            for (int p = 0; p < data->breachPlans.size(); ++p) {
                line << QString::number(data->breachesPerDay.at(p).at(i));
                sum += data->breachesPerDay.at(p).at(i);
            }
            if (sum > 0)
                breachTable.append(line);
        }
        if (breachTable.size() > 1)
            printTable(out, breachTable, 1);

        out << '\n'
            << QCoreApplication::translate("cli", "Response time against the target:") << '\n';
        for (int b = 0; b < ResponseBucketCount; ++b) {
            const QString label = ResponseBucketUpperPercent[b]
                                          ? QCoreApplication::translate("cli", "up to %1 %")
                                                    .arg(ResponseBucketUpperPercent[b])
                                          : QCoreApplication::translate("cli", "over %1 %")
                                                    .arg(ResponseBucketUpperPercent[b - 1]);
            out << "  " << textcolumns::padRight(label, 14) << ' ' << data->responseBuckets[b]
                << '\n';
        }

        const OpenNow &o = data->openNow;
        out << '\n'
            << QCoreApplication::translate("cli", "Open now: %1 (running %2, at risk %3, breached "
                                                  "%4, paused %5, no clock %6)")
                        .arg(o.open)
                        .arg(o.running)
                        .arg(o.atRisk)
                        .arg(o.breached)
                        .arg(o.paused)
                        .arg(o.noSla)
            << '\n';
        const BreachForecast &f = data->forecast;
        out << QCoreApplication::translate("cli",
                                           "Breaching in the next hour: %1, next 4 hours: %2, "
                                           "by the end of today: %3")
                        .arg(f.nextHour)
                        .arg(f.next4Hours)
                        .arg(f.endOfToday)
            << '\n';
        for (const HolidayForecast &h : f.holidays) {
            // Provider and holiday names in the language of the output.
            const QString language = i18n::currentLanguage();
            out << QCoreApplication::translate("cli",
                                               "%n %1 ticket(s) breach during %2 (%3 – %4) unless "
                                               "answered by %5",
                                               nullptr, int(h.tickets))
                            .arg(catalog.provider(h.providerId)
                                         ? catalog.provider(h.providerId)->names.text(language)
                                         : h.providerId,
                                 h.holidayNames.text(language), h.firstDay.toString(Qt::ISODate),
                                 h.lastDay.toString(Qt::ISODate), formatInstantUtc(h.cutoff))
                << '\n';
        }
        if (!data->agents.isEmpty()) {
            out << '\n';
            QVector<QStringList> agentTable{{QCoreApplication::translate("cli", "agent"),
                                             QCoreApplication::translate("cli", "open"),
                                             QCoreApplication::translate("cli", "at risk"),
                                             QCoreApplication::translate("cli", "breached")}};
            for (const AgentLoad &a : data->agents) {
                agentTable.append(
                        {a.agentId ? a.name : QCoreApplication::translate("cli", "(unassigned)"),
                         QString::number(a.open), QString::number(a.atRisk),
                         QString::number(a.breached)});
            }
            printTable(out, agentTable, 1);
        }
        return ExitOk;
    }

private:
    // --from and --to are given; else one line on stderr.
    bool hasPeriod(const QCommandLineParser &parser, CliContext &context)
    {
        for (const QString &required : {QStringLiteral("from"), QStringLiteral("to")}) {
            if (!parser.isSet(required)) {
                context.fail(name(),
                             QCoreApplication::translate("cli", "--%1 is required").arg(required));
                return false;
            }
        }
        return true;
    }

    // --tz into *zone when given (left as it is otherwise); false after one line on stderr when
    // the zone is unknown.
    bool readZone(const QCommandLineParser &parser, CliContext &context, QTimeZone *zone)
    {
        if (!parser.isSet(QStringLiteral("tz")))
            return true;
        const QByteArray zoneId = parser.value(QStringLiteral("tz")).toUtf8();
        if (!QTimeZone::isTimeZoneIdAvailable(zoneId)) {
            context.fail(name(),
                         QCoreApplication::translate("cli", "--tz: unknown time zone \"%1\"")
                                 .arg(QString::fromUtf8(zoneId)));
            return false;
        }
        *zone = QTimeZone(zoneId);
        return true;
    }

    // --from and --to as instants, days cut at midnight in `zone`; nullopt after one line on
    // stderr when either cannot be read or the period ends before it begins.
    std::optional<std::pair<Instant, Instant>>
    readPeriod(const QCommandLineParser &parser, CliContext &context, const QTimeZone &zone)
    {
        QString error;
        const auto from = parseBound(parser.value(QStringLiteral("from")), false, zone, &error);
        if (!from) {
            context.fail(name(), QStringLiteral("--from: ") + error);
            return std::nullopt;
        }
        const auto to = parseBound(parser.value(QStringLiteral("to")), true, zone, &error);
        if (!to) {
            context.fail(name(), QStringLiteral("--to: ") + error);
            return std::nullopt;
        }
        if (*to <= *from) {
            context.fail(name(), QCoreApplication::translate("cli", "--to is before --from"));
            return std::nullopt;
        }
        return std::make_pair(*from, *to);
    }

    // --pdf FILE / --csv FILE: the SLA report of one customer (or one plan) as a document.
    int runDocument(const QCommandLineParser &parser, CliContext &context)
    {
        const bool pdf = parser.isSet(QStringLiteral("pdf"));
        const bool csvFile = parser.isSet(QStringLiteral("csv"));
        if (!pdf && !csvFile) {
            context.fail(name(),
                         QCoreApplication::translate(
                                 "cli", "--customer and --lang need --pdf FILE or --csv FILE"));
            return ExitUsage;
        }
        for (const char *other : {"provider", "severity", "agent", "json"}) {
            if (parser.isSet(QLatin1String(other))) {
                context.fail(name(), QCoreApplication::translate(
                                             "cli", "--%1 cannot be used with --pdf or --csv")
                                             .arg(QLatin1String(other)));
                return ExitUsage;
            }
        }
        const bool byCustomer = parser.isSet(QStringLiteral("customer"));
        if (byCustomer == parser.isSet(QStringLiteral("plan"))) {
            context.fail(name(),
                         QCoreApplication::translate(
                                 "cli", "--pdf and --csv need either --customer or --plan"));
            return ExitUsage;
        }
        if (!hasPeriod(parser, context))
            return ExitUsage;
        CustomerReportRequest request;
        if (byCustomer) {
            bool ok = false;
            request.customerId = parser.value(QStringLiteral("customer")).toLongLong(&ok);
            if (!ok || request.customerId <= 0) {
                context.fail(name(), QCoreApplication::translate(
                                             "cli", "--customer: \"%1\" is not a customer id")
                                             .arg(parser.value(QStringLiteral("customer"))));
                return ExitUsage;
            }
        }
        QString language;
        if (parser.isSet(QStringLiteral("lang"))) {
            language = i18n::matchLanguage(parser.value(QStringLiteral("lang")));
            if (language.isEmpty()) {
                context.fail(name(), QCoreApplication::translate(
                                             "cli", "--lang: \"%1\" is not one of en, ru, zh_CN")
                                             .arg(parser.value(QStringLiteral("lang"))));
                return ExitUsage;
            }
        }
        if (!readZone(parser, context, &request.zone))
            return ExitUsage;
        std::optional<Instant> nowOption;
        if (!storeoutput::readNowOption(parser, context, name(), &nowOption))
            return ExitUsage;
        int code = ExitFailure;
        auto store = storeoutput::openStore(parser, context, name(), false, &code);
        if (!store)
            return code;
        StoreError storeError;
        if (byCustomer) {
            const auto customer = store->customer(request.customerId, &storeError);
            if (storeError)
                return context.fail(name(), storeError.message);
            if (!customer) {
                return context.fail(name(), QCoreApplication::translate(
                                                    "cli", "--customer: there is no customer %1")
                                                    .arg(request.customerId));
            }
            if (!request.zone.isValid())
                request.zone = QTimeZone(customer->timeZone);
        } else {
            const Plan *plan = store->catalog().plan(parser.value(QStringLiteral("plan")));
            if (!plan) {
                context.fail(name(),
                             QCoreApplication::translate("cli", "--plan: unknown plan \"%1\"")
                                     .arg(parser.value(QStringLiteral("plan"))));
                return ExitUsage;
            }
            request.planId = plan->id;
        }
        if (!request.zone.isValid())
            request.zone = QTimeZone::utc();
        const auto period = readPeriod(parser, context, request.zone);
        if (!period)
            return ExitUsage;
        request.from = period->first;
        request.to = period->second;
        QString error;
        request.now = nowOption ? *nowOption : store->now();
        const auto data = CustomerReport::compute(*store, request, &storeError);
        if (!data)
            return context.fail(name(), storeError.message);
        const CustomerReportDocument document(*data, store->catalogPtr(), language);
        if (csvFile) {
            const QString path = parser.value(QStringLiteral("csv"));
            if (!document.writeCsv(path, &error))
                return context.fail(name(), error);
            context.out() << QCoreApplication::translate("cli", "Wrote %1").arg(path) << '\n';
        }
        if (pdf) {
            const QString path = parser.value(QStringLiteral("pdf"));
            if (!document.writePdf(path, &error))
                return context.fail(name(), error);
            context.out() << QCoreApplication::translate("cli", "Wrote %1 (%n page(s))", nullptr,
                                                         document.pageCount())
                                     .arg(path)
                          << '\n';
        }
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeReportCommand()
{
    return std::make_unique<ReportCommand>();
}

} // namespace dueline
