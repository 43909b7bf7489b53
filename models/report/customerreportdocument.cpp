// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/report/customerreportdocument.h"

#include "models/item/dateformat.h"
#include "models/item/daybarchart.h"
#include "models/item/durationformat.h"
#include "models/item/numberformat.h"
#include "models/report/pdftextrepair.h"
#include "models/report/reportchartobject_p.h"
#include "models/report/reportlanguage.h"
#include "models/sla/clocktext.h"
#include "models/store/csv.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <set>

namespace dueline {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// A table cell; numbers are right-aligned.
QString cell(const QString &html, bool number = false, QLatin1String extra = {})
{
    return QStringLiteral("<td%1%2>%3</td>")
            .arg(number ? QStringLiteral(" align=\"right\"") : QString(), extra, html);
}

QString headerCell(const QString &text, bool number = false, const QString &extra = {})
{
    return QStringLiteral("<th%1%2>%3</th>")
            .arg(number ? QStringLiteral(" align=\"right\"") : QStringLiteral(" align=\"left\""),
                 extra, esc(text));
}

// A header cell's share of the table's width.
QString width(int percent)
{
    return QStringLiteral(" width=\"%1%\"").arg(percent);
}

// A cell whose text stays on one line (a date and its time).
constexpr char NoWrap[] = " style=\"white-space: nowrap;\"";

constexpr char TableOpen[] =
        "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
        "style=\"border-collapse: collapse; border-color: #b0b0b0;\">";

// The font the PDF's text is set in.
QFont reportFont()
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(9);
    return font;
}

// A heading never ends a page: when the block after a heading starts on the next page, the
// heading moves there too (the layout runs again; a few rounds settle every heading).
void keepHeadingsWithNext(QTextDocument *document, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    for (int round = 0; round < 8; ++round) {
        bool moved = false;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() == 0 || !block.next().isValid())
                continue;
            const QRectF heading = layout->blockBoundingRect(block);
            QTextBlock next = block.next();
            // A line that does not fit moves to the next page inside its block: where the
            // block's first line is, not where the block begins.
            qreal nextTop = layout->blockBoundingRect(next).top();
            if (next.layout() && next.layout()->lineCount() > 0)
                nextTop += next.layout()->lineAt(0).y();
            const int headingPage = int(heading.top() / pageHeight);
            const int nextPage = int((nextTop + 1) / pageHeight);
            if (nextPage > headingPage &&
                block.blockFormat().pageBreakPolicy() != QTextFormat::PageBreak_AlwaysBefore) {
                QTextCursor cursor(block);
                QTextBlockFormat format = block.blockFormat();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                cursor.setBlockFormat(format);
                moved = true;
                break; // the layout below has changed
            }
        }
        if (!moved)
            return;
    }
}

// A target as the plan states it, or that the plan promises no time.
QString targetText(const Target &target)
{
    return target.committed ? DurationFormat::target(target)
                            : QCoreApplication::translate("CustomerReport", "No commitment");
}

QString isoInstant(Instant at, const QTimeZone &zone)
{
    if (at == InvalidInstant)
        return {};
    return QDateTime::fromSecsSinceEpoch(at, zone).toString(Qt::ISODate);
}

QString seconds(qint64 value)
{
    return value < 0 ? QString() : QString::number(value);
}

} // namespace

CustomerReportDocument::CustomerReportDocument(const CustomerReportData &data, CatalogPtr catalog,
                                               const QString &language)
    : m_catalog(std::move(catalog))
    , m_zone(data.zone)
    , m_now(data.request.now)
{
    QString wanted = language;
    if (wanted.isEmpty() && data.customer)
        wanted = data.customer->language;
    if (wanted.isEmpty())
        wanted = QLocale().name();
    const ReportLanguage scope(wanted);
    m_language = scope.language();
    m_locale = scope.locale();
    build(data);
}

QString CustomerReportDocument::severityText(const QString &planId, const QString &severity) const
{
    // The provider's own name for it: a code ("critical", "down") is an identifier, not words.
    const Plan *plan = m_catalog->plan(planId);
    const Provider *provider = plan ? m_catalog->provider(plan->providerId) : nullptr;
    const Severity *s = provider ? provider->severity(severity) : nullptr;
    const QString name = s ? s->names.text(m_language) : QString();
    return name.isEmpty() ? severity : name;
}

QString CustomerReportDocument::planText(const QString &planId) const
{
    const Plan *plan = m_catalog->plan(planId);
    if (!plan || plan->id != planId)
        return planId;
    const Provider *provider = m_catalog->provider(plan->providerId);
    if (!provider)
        return plan->names.text(m_language);
    return QCoreApplication::translate("CustomerReport", "%1 · %2",
                                       "a provider's name and its plan's name")
            .arg(provider->names.text(m_language), plan->names.text(m_language));
}

QString CustomerReportDocument::targetKindText(TargetKind kind) const
{
    return kind == TargetKind::Response
                   ? QCoreApplication::translate("CustomerReport", "First response")
                   : QCoreApplication::translate("CustomerReport", "Resolution");
}

QString CustomerReportDocument::dateTimeText(Instant at) const
{
    const QDateTime when = QDateTime::fromSecsSinceEpoch(at, m_zone);
    return DateFormat::dateTime(m_locale, when,
                                when.date().year() == m_firstDay.year() ? DateFormat::Year::Omit
                                                                        : DateFormat::Year::Show);
}

QString CustomerReportDocument::stoppedText(const CustomerReportBreach &b) const
{
    if (b.stoppedAt != InvalidInstant)
        return dateTimeText(b.stoppedAt);
    if (b.paused)
        return QCoreApplication::translate("CustomerReport", "Not yet: waiting on the customer");
    return b.kind == TargetKind::Response
                   ? QCoreApplication::translate("CustomerReport", "Not answered yet")
                   : QCoreApplication::translate("CustomerReport", "Not resolved yet");
}

QString CustomerReportDocument::explanationText(const CustomerReportBreach &b) const
{
    if (b.overridden) {
        return b.overrideReason.isEmpty()
                       ? QCoreApplication::translate("CustomerReport",
                                                     "A lead set this due by hand.")
                       : QCoreApplication::translate("CustomerReport",
                                                     "A lead set this due by hand: %1")
                                 .arg(b.overrideReason.simplified());
    }
    const WorkCalendarPtr calendar = m_catalog->calendar(b.calendarId);
    const Explanation &ex = b.explanation;
    if (!calendar || ex.pieces.isEmpty())
        return {};
    qint64 counted = 0;
    qint64 pausedWorking = 0;
    int pauses = 0;
    std::set<QDate> weekendDays;
    std::set<QDate> workingWeekendDays;
    std::set<QDate> shortenedDays;
    // Days off in order, with their names: consecutive days of one name make one run.
    struct Run
    {
        QDate first;
        QDate last;
        QString name;
    };
    QVector<Run> daysOff;
    for (const ExplanationPiece &p : ex.pieces) {
        const QDate first = calendar->localDate(p.from);
        const QDate last = calendar->localDate(p.to - 1);
        switch (p.kind) {
        case ExplanationPiece::Kind::Counted:
            counted += p.workingSeconds;
            for (QDate d = first; d <= last; d = d.addDays(1)) {
                const DayException *e = calendar->exceptionOn(d);
                if (e && e->type == DayException::Type::WorkingDay)
                    workingWeekendDays.insert(d);
            }
            break;
        case ExplanationPiece::Kind::Paused:
            ++pauses;
            pausedWorking += p.workingSeconds;
            break;
        case ExplanationPiece::Kind::Weekend:
            for (QDate d = first; d <= last; d = d.addDays(1))
                weekendDays.insert(d);
            break;
        case ExplanationPiece::Kind::Shortened:
            shortenedDays.insert(first);
            break;
        case ExplanationPiece::Kind::DayOff: {
            const QString name = p.name.text(m_language);
            for (QDate d = first; d <= last; d = d.addDays(1)) {
                if (!daysOff.isEmpty() && daysOff.last().name == name &&
                    daysOff.last().last.addDays(1) >= d) {
                    daysOff.last().last = std::max(daysOff.last().last, d);
                } else if (daysOff.isEmpty() || daysOff.last().last < d) {
                    daysOff.append({d, d, name});
                }
            }
            break;
        }
        case ExplanationPiece::Kind::OutsideHours:
            break;
        }
    }
    // Counting starts at the first working instant, not when the ticket came in at night.
    Instant firstCounted = ex.start;
    for (const ExplanationPiece &p : ex.pieces) {
        if (p.kind == ExplanationPiece::Kind::Counted) {
            firstCounted = p.from;
            break;
        }
    }
    QStringList parts;
    parts.append(QCoreApplication::translate("CustomerReport", "%1 of working time counted from %2")
                         .arg(ClockText::workingTime(counted), dateTimeText(firstCounted)));
    if (!daysOff.isEmpty()) {
        QStringList runs;
        for (const Run &run : std::as_const(daysOff)) {
            const QString days = run.first == run.last
                                         ? DateFormat::dayMonth(m_locale, run.first)
                                         : QCoreApplication::translate("CustomerReport", "%1–%2",
                                                                       "a range of days")
                                                   .arg(DateFormat::dayMonth(m_locale, run.first),
                                                        DateFormat::dayMonth(m_locale, run.last));
            runs.append(run.name.isEmpty()
                                ? days
                                : QCoreApplication::translate("CustomerReport", "%1 (%2)",
                                                              "days off and their holiday's name")
                                          .arg(days, run.name));
        }
        parts.append(QCoreApplication::translate("CustomerReport", "days off skipped: %1")
                             .arg(runs.join(QCoreApplication::translate("CustomerReport", ", ",
                                                                        "list separator"))));
    }
    if (!weekendDays.empty())
        parts.append(QCoreApplication::translate("CustomerReport", "%n weekend day(s) skipped",
                                                 nullptr, int(weekendDays.size())));
    if (!workingWeekendDays.empty()) {
        QStringList days;
        for (const QDate &d : workingWeekendDays)
            days.append(DateFormat::weekdayDate(m_locale, d));
        parts.append(QCoreApplication::translate("CustomerReport",
                                                 "transferred working day(s) counted: %1", nullptr,
                                                 int(days.size()))
                             .arg(days.join(QCoreApplication::translate("CustomerReport", ", ",
                                                                        "list separator"))));
    }
    if (!shortenedDays.empty()) {
        QStringList days;
        for (const QDate &d : shortenedDays)
            days.append(DateFormat::dayMonth(m_locale, d));
        parts.append(QCoreApplication::translate("CustomerReport", "shortened day(s): %1", nullptr,
                                                 int(days.size()))
                             .arg(days.join(QCoreApplication::translate("CustomerReport", ", ",
                                                                        "list separator"))));
    }
    if (pauses > 0) {
        parts.append(
                QCoreApplication::translate(
                        "CustomerReport",
                        "waiting on the customer: %1 of working time not counted (%n pause(s))",
                        nullptr, pauses)
                        .arg(ClockText::workingTime(pausedWorking)));
    }
    return QCoreApplication::translate("CustomerReport", "%1.", "a sentence made of parts")
            .arg(parts.join(
                    QCoreApplication::translate("CustomerReport", "; ", "parts of a sentence")));
}

void CustomerReportDocument::build(const CustomerReportData &data)
{
    const auto dateOf = [&](Instant t) {
        return QDateTime::fromSecsSinceEpoch(t, m_zone).date();
    };
    m_firstDay = dateOf(data.request.from);
    m_lastDay = dateOf(data.request.to - 1);
    m_title = QCoreApplication::translate("CustomerReport", "SLA report");
    if (data.customer) {
        m_subtitle = data.customer->company.isEmpty()
                             ? data.customer->name
                             : QCoreApplication::translate("CustomerReport", "%1, %2",
                                                           "a customer's name and company")
                                       .arg(data.customer->name, data.customer->company);
    } else {
        m_subtitle = planText(data.planId);
    }
    m_pageText = QCoreApplication::translate("CustomerReport", "Page %1 of %2");
    m_footerText = QCoreApplication::translate("CustomerReport", "%1 · %2",
                                               "the report's title and whom it is for")
                           .arg(m_title, m_subtitle);
    m_weeks = data.weeks;
    m_breachesPerWeek = data.breachesPerWeek;
    m_seriesName = QCoreApplication::translate("CustomerReport", "Breached tickets");
    m_emptyChartText = QCoreApplication::translate("CustomerReport", "No breaches");
    m_html = buildHtml(data);
    m_csv = buildCsv(data);
}

QString CustomerReportDocument::buildHtml(const CustomerReportData &data) const
{
    const QLocale &l = m_locale;
    QString h;
    h += QStringLiteral("<h1>%1</h1>").arg(esc(m_title));
    h += QStringLiteral("<p style=\"font-size: 13pt;\"><b>%1</b></p>").arg(esc(m_subtitle));

    // What the report covers.
    const QString zoneName = DateFormat::zoneName(QDateTime::fromSecsSinceEpoch(m_now, m_zone));
    const QString zoneId = QString::fromUtf8(m_zone.id());
    QStringList facts;
    facts << QCoreApplication::translate("CustomerReport", "Plan: %1").arg(planText(data.planId));
    facts << QCoreApplication::translate("CustomerReport", "Period: %1")
                     .arg(DateFormat::dayRange(l, m_firstDay, m_lastDay));
    facts << QCoreApplication::translate("CustomerReport", "Times are in %1")
                     .arg(zoneId == zoneName
                                  ? zoneId
                                  : QCoreApplication::translate("CustomerReport", "%1 (%2)",
                                                                "a time zone and its "
                                                                "abbreviation")
                                            .arg(zoneId, zoneName));
    facts << QCoreApplication::translate("CustomerReport", "Figures as of %1")
                     .arg(DateFormat::dateTime(l, QDateTime::fromSecsSinceEpoch(m_now, m_zone),
                                               DateFormat::Year::Show));
    h += QStringLiteral("<p>");
    for (const QString &f : std::as_const(facts))
        h += esc(f) + QStringLiteral("<br/>");
    h += QStringLiteral("</p>");

    // The key figures.
    const CustomerReportRow &t = data.total;
    h += QStringLiteral("<p style=\"font-size: 12pt;\">%1</p>")
                 .arg(esc(t.compliancePercent < 0
                                  ? QCoreApplication::translate(
                                            "CustomerReport",
                                            "Compliance: no ticket met or missed a target yet.")
                                  : QCoreApplication::translate("CustomerReport", "Compliance: %1")
                                            .arg(NumberFormat::percent(l, t.compliancePercent))));
    h += QStringLiteral("<p>%1</p>")
                 .arg(esc(QCoreApplication::translate(
                                  "CustomerReport",
                                  "%n ticket(s) opened in the period: %1 met every target, %2 "
                                  "breached one, %3 still running, %4 without SLA.",
                                  nullptr, int(t.tickets))
                                  .arg(l.toString(t.met), l.toString(t.breached),
                                       l.toString(t.pending), l.toString(t.noSla))));

    // The targets of each plan.
    h += QStringLiteral("<h2>%1</h2>")
                 .arg(esc(QCoreApplication::translate("CustomerReport", "Targets")));
    for (const QString &planId : data.planIds) {
        const Plan *plan = m_catalog->plan(planId);
        if (!plan || plan->id != planId)
            continue;
        if (data.planIds.size() > 1)
            h += QStringLiteral("<h3>%1</h3>").arg(esc(planText(planId)));
        h += QLatin1String(TableOpen);
        h += QStringLiteral("<thead><tr>%1%2%3</tr></thead>")
                     .arg(headerCell(QCoreApplication::translate("CustomerReport", "Severity")),
                          headerCell(
                                  QCoreApplication::translate("CustomerReport", "First response")),
                          headerCell(QCoreApplication::translate("CustomerReport", "Resolution")));
        for (const SeverityTargets &st : plan->targets) {
            h += QStringLiteral("<tr>%1%2%3</tr>")
                         .arg(cell(esc(severityText(planId, st.severity))),
                              cell(esc(targetText(st.response))),
                              cell(esc(targetText(st.resolution))));
        }
        h += QStringLiteral("</table>");
        if (const WorkCalendarPtr calendar = m_catalog->calendar(plan->calendarId)) {
            h += QStringLiteral("<p style=\"color: #555555;\">%1</p>")
                         .arg(esc(QCoreApplication::translate(
                                          "CustomerReport",
                                          "Targets count working time on the calendar \"%1\" (%2).")
                                          .arg(calendar->spec().names.text(m_language),
                                               QString::fromUtf8(calendar->spec().timeZone))));
        }
    }

    // Tickets and compliance per severity.
    const bool manyPlans = data.planIds.size() > 1;
    auto rowLabel = [&](const CustomerReportRow &r) {
        const QString severity = severityText(r.planId, r.severity);
        return manyPlans ? QCoreApplication::translate("CustomerReport", "%1 · %2",
                                                       "a plan and a severity")
                                   .arg(planText(r.planId), severity)
                         : severity;
    };
    auto percent = [&](double value) {
        return value < 0 ? QStringLiteral("—") : NumberFormat::percent(l, value);
    };
    auto span = [&](qint64 value) {
        return value < 0 ? QStringLiteral("—") : DurationFormat::span(value);
    };
    h += QStringLiteral("<h2>%1</h2>")
                 .arg(esc(QCoreApplication::translate("CustomerReport", "Tickets and compliance")));
    h += QLatin1String(TableOpen);
    h += QStringLiteral("<thead><tr>%1%2%3%4%5%6%7</tr></thead>")
                 .arg(headerCell(QCoreApplication::translate("CustomerReport", "Severity")),
                      headerCell(QCoreApplication::translate("CustomerReport", "Tickets"), true),
                      headerCell(QCoreApplication::translate("CustomerReport", "Met"), true),
                      headerCell(QCoreApplication::translate("CustomerReport", "Breached"), true),
                      headerCell(QCoreApplication::translate("CustomerReport", "Running"), true),
                      headerCell(QCoreApplication::translate("CustomerReport", "No SLA"), true),
                      headerCell(QCoreApplication::translate("CustomerReport", "Compliance"),
                                 true));
    auto complianceRow = [&](const CustomerReportRow &r, const QString &label, bool bold) {
        const QString open = bold ? QStringLiteral("<b>") : QString();
        const QString close = bold ? QStringLiteral("</b>") : QString();
        auto n = [&](qint64 v) {
            return cell(open + l.toString(v) + close, true);
        };
        return QStringLiteral("<tr>%1%2%3%4%5%6%7</tr>")
                .arg(cell(open + esc(label) + close), n(r.tickets), n(r.met), n(r.breached),
                     n(r.pending), n(r.noSla),
                     cell(open + esc(percent(r.compliancePercent)) + close, true));
    };
    for (const CustomerReportRow &r : data.rows)
        h += complianceRow(r, rowLabel(r), false);
    h += complianceRow(t, QCoreApplication::translate("CustomerReport", "Total"), true);
    h += QStringLiteral("</table>");

    // Times.
    h += QStringLiteral("<h2>%1</h2>")
                 .arg(esc(QCoreApplication::translate("CustomerReport",
                                                      "Response and resolution times")));
    h += QStringLiteral("<p style=\"color: #555555;\">%1</p>")
                 .arg(esc(QCoreApplication::translate(
                         "CustomerReport",
                         "Calendar time from the ticket's creation to the first reply and to "
                         "its resolution: the median and the time 90 % of the tickets did "
                         "not exceed.")));
    h += QLatin1String(TableOpen);
    h += QStringLiteral("<thead><tr>%1%2%3</tr><tr>%4%5%6%7%8%9</tr></thead>")
                 .arg(headerCell(QCoreApplication::translate("CustomerReport", "Severity"), false,
                                 QStringLiteral(" rowspan=\"2\"")),
                      headerCell(QCoreApplication::translate("CustomerReport", "First response"),
                                 false, QStringLiteral(" colspan=\"3\"")),
                      headerCell(QCoreApplication::translate("CustomerReport", "Resolution"), false,
                                 QStringLiteral(" colspan=\"3\"")),
                      headerCell(QCoreApplication::translate("CustomerReport", "Answered"), true),
                      headerCell(QCoreApplication::translate("CustomerReport", "Median"), true),
                      headerCell(QCoreApplication::translate("CustomerReport", "90th percentile"),
                                 true),
                      headerCell(QCoreApplication::translate("CustomerReport", "Resolved"), true),
                      headerCell(QCoreApplication::translate("CustomerReport", "Median"), true),
                      headerCell(QCoreApplication::translate("CustomerReport", "90th percentile"),
                                 true));
    auto timesRow = [&](const CustomerReportRow &r, const QString &label, bool bold) {
        const QString open = bold ? QStringLiteral("<b>") : QString();
        const QString close = bold ? QStringLiteral("</b>") : QString();
        auto c = [&](const QString &text) {
            return cell(open + esc(text) + close, true);
        };
        return QStringLiteral("<tr>%1%2%3%4%5%6%7</tr>")
                .arg(cell(open + esc(label) + close), c(l.toString(r.replied)),
                     c(span(r.medianResponseSeconds)), c(span(r.p90ResponseSeconds)),
                     c(l.toString(r.resolved)), c(span(r.medianResolutionSeconds)),
                     c(span(r.p90ResolutionSeconds)));
    };
    for (const CustomerReportRow &r : data.rows)
        h += timesRow(r, rowLabel(r), false);
    h += timesRow(t, QCoreApplication::translate("CustomerReport", "Total"), true);
    h += QStringLiteral("</table>");

    // The chart.
    h += QStringLiteral("<h2>%1</h2>")
                 .arg(esc(QCoreApplication::translate("CustomerReport", "Breaches per week")));
    h += QStringLiteral("<p>%1</p>").arg(QStringLiteral("@CHART@"));

    // Every breach.
    h += QStringLiteral("<h2>%1</h2>")
                 .arg(esc(QCoreApplication::translate("CustomerReport", "Breaches (%n)",
                                                      "a heading with the count",
                                                      int(data.breaches.size()))));
    if (data.breaches.isEmpty()) {
        h += QStringLiteral("<p>%1</p>")
                     .arg(esc(QCoreApplication::translate("CustomerReport",
                                                          "No target was missed in this period.")));
    } else {
        h += QLatin1String(TableOpen);
        h += QStringLiteral("<thead><tr>%1%2%3%4%5%6</tr></thead>")
                     .arg(headerCell(QCoreApplication::translate("CustomerReport", "Ticket"), false,
                                     width(25)),
                          headerCell(QCoreApplication::translate("CustomerReport", "Severity"),
                                     false, width(15)),
                          headerCell(QCoreApplication::translate("CustomerReport", "Target"), false,
                                     width(14)),
                          headerCell(QCoreApplication::translate("CustomerReport", "Due"), false,
                                     width(16)),
                          headerCell(QCoreApplication::translate("CustomerReport",
                                                                 "Answered or resolved"),
                                     false, width(17)),
                          headerCell(QCoreApplication::translate("CustomerReport", "Late by"), true,
                                     width(13)));
        for (const CustomerReportBreach &b : data.breaches) {
            const QString ticket = QCoreApplication::translate("CustomerReport", "#%1 %2",
                                                               "a ticket's number and subject")
                                           .arg(QString::number(b.ticketId), b.subject);
            const QString target =
                    QCoreApplication::translate("CustomerReport", "%1: %2",
                                                "a clock and its target")
                            .arg(targetKindText(b.kind),
                                 b.overridden ? QCoreApplication::translate("CustomerReport",
                                                                            "set by a lead")
                                              : DurationFormat::target(b.target));
            h += QStringLiteral("<tr>%1%2%3%4%5%6</tr>")
                         .arg(cell(esc(ticket)), cell(esc(severityText(b.planId, b.severity))),
                              cell(esc(target)),
                              cell(esc(dateTimeText(b.due)), false, QLatin1String(NoWrap)),
                              cell(esc(stoppedText(b)), false,
                                   b.stoppedAt != InvalidInstant ? QLatin1String(NoWrap)
                                                                 : QLatin1String()),
                              cell(esc(DurationFormat::span(b.lateSeconds)), true,
                                   QLatin1String(NoWrap)));
            const QString why = explanationText(b);
            if (!why.isEmpty()) {
                h += QStringLiteral("<tr><td colspan=\"6\" style=\"color: #444444; font-size: "
                                    "8pt;\">%1</td></tr>")
                             .arg(esc(QCoreApplication::translate("CustomerReport",
                                                                  "Why this deadline: %1")
                                              .arg(why)));
            }
        }
        h += QStringLiteral("</table>");
    }

    // Dues set by hand.
    h += QStringLiteral("<h2>%1</h2>")
                 .arg(esc(QCoreApplication::translate("CustomerReport", "Dues set by a lead (%n)",
                                                      "a heading with the count",
                                                      int(data.overrides.size()))));
    if (data.overrides.isEmpty()) {
        h += QStringLiteral("<p>%1</p>")
                     .arg(esc(QCoreApplication::translate(
                             "CustomerReport", "No due was set by hand in this period.")));
    } else {
        h += QLatin1String(TableOpen);
        h += QStringLiteral("<thead><tr>%1%2%3%4%5%6</tr></thead>")
                     .arg(headerCell(QCoreApplication::translate("CustomerReport", "Ticket"), false,
                                     width(24)),
                          headerCell(QCoreApplication::translate("CustomerReport", "Target"), false,
                                     width(11)),
                          headerCell(QCoreApplication::translate("CustomerReport", "Set on"), false,
                                     width(14)),
                          headerCell(QCoreApplication::translate("CustomerReport", "New due"),
                                     false, width(14)),
                          headerCell(QCoreApplication::translate("CustomerReport", "By"), false,
                                     width(12)),
                          headerCell(QCoreApplication::translate("CustomerReport", "Reason"), false,
                                     width(25)));
        for (const CustomerReportOverride &o : data.overrides) {
            h += QStringLiteral("<tr>%1%2%3%4%5%6</tr>")
                         .arg(cell(esc(QCoreApplication::translate("CustomerReport", "#%1 %2",
                                                                   "a ticket's number and subject")
                                               .arg(QString::number(o.ticketId), o.subject))),
                              cell(esc(targetKindText(o.kind))), cell(esc(dateTimeText(o.at))),
                              cell(esc(dateTimeText(o.due))), cell(esc(o.actor)),
                              cell(esc(o.reason)));
        }
        h += QStringLiteral("</table>");
    }

    // How to read it.
    h += QStringLiteral("<h2>%1</h2>")
                 .arg(esc(QCoreApplication::translate("CustomerReport",
                                                      "How the figures are counted")));
    h += QStringLiteral("<p style=\"color: #555555;\">%1</p>")
                 .arg(esc(QCoreApplication::translate(
                         "CustomerReport",
                         "A ticket counts in the period it was opened in. It is met when every "
                         "target it has was met, breached when one was missed (answered or "
                         "resolved late, or still open past its due), still running "
                         "otherwise. Compliance is met tickets out of met and breached ones. "
                         "Targets count working time only: outside working hours, on days "
                         "off and while the ticket waits on the customer the clock stops.")));
    return h;
}

QByteArray CustomerReportDocument::buildCsv(const CustomerReportData &data) const
{
    QByteArray out;
    auto text = [](const QString &s) {
        return csv::escapeFormula(s);
    };
    auto percent = [](double value) {
        return value < 0 ? QString() : QString::number(qRound(value * 10) / 10.0, 'f', 1);
    };
    // What the report covers.
    csv::appendRecord(
            out, {text(QCoreApplication::translate("CustomerReport", "Report")), text(m_title)});
    if (data.customer) {
        csv::appendRecord(out, {text(QCoreApplication::translate("CustomerReport", "Customer")),
                                text(data.customer->name)});
        csv::appendRecord(out, {text(QCoreApplication::translate("CustomerReport", "Company")),
                                text(data.customer->company)});
    }
    csv::appendRecord(out,
                      {text(QCoreApplication::translate("CustomerReport", "Plan")), data.planId});
    csv::appendRecord(out, {text(QCoreApplication::translate("CustomerReport", "First day")),
                            m_firstDay.toString(Qt::ISODate)});
    csv::appendRecord(out, {text(QCoreApplication::translate("CustomerReport", "Last day")),
                            m_lastDay.toString(Qt::ISODate)});
    csv::appendRecord(out, {text(QCoreApplication::translate("CustomerReport", "Time zone")),
                            QString::fromUtf8(m_zone.id())});
    csv::appendRecord(out, {text(QCoreApplication::translate("CustomerReport", "As of")),
                            isoInstant(m_now, m_zone)});
    out += "\r\n";

    // Per severity, then the total.
    csv::appendRecord(
            out,
            {text(QCoreApplication::translate("CustomerReport", "Plan")),
             text(QCoreApplication::translate("CustomerReport", "Severity")),
             text(QCoreApplication::translate("CustomerReport", "Tickets")),
             text(QCoreApplication::translate("CustomerReport", "Met")),
             text(QCoreApplication::translate("CustomerReport", "Breached")),
             text(QCoreApplication::translate("CustomerReport", "Running")),
             text(QCoreApplication::translate("CustomerReport", "No SLA")),
             text(QCoreApplication::translate("CustomerReport", "Compliance, %")),
             text(QCoreApplication::translate("CustomerReport", "Responses met")),
             text(QCoreApplication::translate("CustomerReport", "Responses breached")),
             text(QCoreApplication::translate("CustomerReport", "Resolutions met")),
             text(QCoreApplication::translate("CustomerReport", "Resolutions breached")),
             text(QCoreApplication::translate("CustomerReport", "Answered")),
             text(QCoreApplication::translate("CustomerReport", "Median response, s")),
             text(QCoreApplication::translate("CustomerReport", "90th percentile response, s")),
             text(QCoreApplication::translate("CustomerReport", "Resolved")),
             text(QCoreApplication::translate("CustomerReport", "Median resolution, s")),
             text(QCoreApplication::translate("CustomerReport", "90th percentile resolution, s"))});
    auto row = [&](const CustomerReportRow &r, const QString &plan, const QString &severity) {
        csv::appendRecord(out,
                          {plan, severity, QString::number(r.tickets), QString::number(r.met),
                           QString::number(r.breached), QString::number(r.pending),
                           QString::number(r.noSla), percent(r.compliancePercent),
                           QString::number(r.responseMet), QString::number(r.responseBreached),
                           QString::number(r.resolutionMet), QString::number(r.resolutionBreached),
                           QString::number(r.replied), seconds(r.medianResponseSeconds),
                           seconds(r.p90ResponseSeconds), QString::number(r.resolved),
                           seconds(r.medianResolutionSeconds), seconds(r.p90ResolutionSeconds)});
    };
    for (const CustomerReportRow &r : data.rows)
        row(r, r.planId, r.severity);
    row(data.total, QString(), text(QCoreApplication::translate("CustomerReport", "Total")));
    out += "\r\n";

    // Every breach.
    csv::appendRecord(out,
                      {text(QCoreApplication::translate("CustomerReport", "Ticket")),
                       text(QCoreApplication::translate("CustomerReport", "Subject")),
                       text(QCoreApplication::translate("CustomerReport", "Plan")),
                       text(QCoreApplication::translate("CustomerReport", "Severity")),
                       text(QCoreApplication::translate("CustomerReport", "Target")),
                       text(QCoreApplication::translate("CustomerReport", "Target time")),
                       text(QCoreApplication::translate("CustomerReport", "Due")),
                       text(QCoreApplication::translate("CustomerReport", "Answered or resolved")),
                       text(QCoreApplication::translate("CustomerReport", "Late by, s")),
                       text(QCoreApplication::translate("CustomerReport", "Set by a lead")),
                       text(QCoreApplication::translate("CustomerReport", "Why this deadline"))});
    for (const CustomerReportBreach &b : data.breaches) {
        csv::appendRecord(out,
                          {QString::number(b.ticketId), text(b.subject), b.planId, b.severity,
                           text(targetKindText(b.kind)),
                           b.overridden ? QString() : text(DurationFormat::target(b.target)),
                           isoInstant(b.due, m_zone), isoInstant(b.stoppedAt, m_zone),
                           QString::number(b.lateSeconds),
                           b.overridden ? text(QCoreApplication::translate("CustomerReport", "yes"))
                                        : text(QCoreApplication::translate("CustomerReport", "no")),
                           text(explanationText(b))});
    }
    out += "\r\n";

    // Dues set by hand.
    csv::appendRecord(out, {text(QCoreApplication::translate("CustomerReport", "Ticket")),
                            text(QCoreApplication::translate("CustomerReport", "Subject")),
                            text(QCoreApplication::translate("CustomerReport", "Target")),
                            text(QCoreApplication::translate("CustomerReport", "Set on")),
                            text(QCoreApplication::translate("CustomerReport", "New due")),
                            text(QCoreApplication::translate("CustomerReport", "By")),
                            text(QCoreApplication::translate("CustomerReport", "Reason"))});
    for (const CustomerReportOverride &o : data.overrides) {
        csv::appendRecord(out, {QString::number(o.ticketId), text(o.subject),
                                text(targetKindText(o.kind)), isoInstant(o.at, m_zone),
                                isoInstant(o.due, m_zone), text(o.actor), text(o.reason)});
    }
    out += "\r\n";

    // Breaches per week.
    csv::appendRecord(out,
                      {text(QCoreApplication::translate("CustomerReport", "Week of")),
                       text(QCoreApplication::translate("CustomerReport", "Breached tickets"))});
    for (int i = 0; i < m_weeks.size(); ++i) {
        csv::appendRecord(out, {m_weeks.at(i).toString(Qt::ISODate),
                                QString::number(m_breachesPerWeek.at(i))});
    }
    return out;
}

QString CustomerReportDocument::fileName(const QString &whom, QDate first, QDate last,
                                         const QString &suffix)
{
    static const QRegularExpression notWord(QStringLiteral("[^\\w]+"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression edges(QStringLiteral("^-+|-+$"));
    QString slug = whom.toLower().replace(notWord, QStringLiteral("-")).remove(edges);
    if (slug.isEmpty())
        slug = QStringLiteral("report");
    return QStringLiteral("sla-report_%1_%2_%3.%4")
            .arg(slug, first.toString(Qt::ISODate), last.toString(Qt::ISODate), suffix);
}

bool CustomerReportDocument::writeCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_csv) != m_csv.size() || !file.commit()) {
        *error = QCoreApplication::translate("CustomerReport", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool CustomerReportDocument::writePdf(const QString &path, QString *error) const
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = QCoreApplication::translate("CustomerReport",
                                             "Cannot write %1: a PDF needs the graphical "
                                             "environment (QGuiApplication).")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    // Made in memory (its text map repaired, pdftextrepair.h), then written to a temporary file
    // beside the target, which replaces it once complete.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    constexpr int Dpi = 300;
    QPdfWriter writer(&buffer);
    writer.setResolution(Dpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(16, 14, 16, 14), QPageLayout::Millimeter);
    writer.setTitle(m_title + QStringLiteral(" · ") + m_subtitle);
    writer.setCreator(QStringLiteral("Dueline " DUELINE_VERSION));

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    const QFont font = reportFont();
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setDefaultStyleSheet(
            QStringLiteral("h1 { font-size: 18pt; } h2 { font-size: 12pt; margin-top: 14px; } "
                           "h3 { font-size: 10pt; } th { background-color: #e8e8e8; }"));

    const QRect page = writer.pageLayout().paintRectPixels(Dpi);
    const QFontMetricsF fm(font, &writer);
    const qreal headerHeight = fm.height() * 2.5;
    const qreal footerHeight = fm.height() * 2.5;
    const QSizeF body(page.width(), page.height() - headerHeight - footerHeight);
    document.setPageSize(body);

    // The chart is drawn in logical pixels (96 per inch) scaled to the writer's resolution.
    DayBarChart chart;
    chart.setDays(m_weeks, DayBarChart::Unit::Week);
    chart.setSeries({{m_seriesName, DayBarChart::seriesColor(5, false), m_breachesPerWeek}});
    chart.setLocale(m_locale);
    QFont chartFont = font;
    chartFont.setPixelSize(11);
    chart.setFont(chartFont);
    chart.setEmptyText(m_emptyChartText);
    ReportChartObject chartObject(&chart, Dpi / 96.0, body.width());
    document.documentLayout()->registerHandler(ReportChartObject::Type, &chartObject);

    const int marker = m_html.indexOf(QLatin1String("@CHART@"));
    QTextCursor cursor(&document);
    cursor.insertHtml(m_html.left(marker));
    QTextCharFormat chartFormat;
    chartFormat.setObjectType(ReportChartObject::Type);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), chartFormat);
    cursor.insertHtml(m_html.mid(marker + int(qstrlen("@CHART@"))));

    keepHeadingsWithNext(&document, body.height());
    const int pages = document.pageCount();
    m_pageCount = pages;
    QPainter painter(&writer);
    QFont small = font;
    small.setPointSizeF(8);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        // Header and footer.
        painter.setFont(small);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF header(0, 0, page.width(), headerHeight * 0.6);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, m_footerText);
        painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter,
                         DateFormat::dayRange(m_locale, m_firstDay, m_lastDay));
        painter.drawLine(QPointF(0, headerHeight * 0.7), QPointF(page.width(), headerHeight * 0.7));
        const QRectF footer(0, page.height() - footerHeight * 0.6, page.width(),
                            footerHeight * 0.6);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                         QStringLiteral("Dueline " DUELINE_VERSION));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                         m_pageText.arg(m_locale.toString(i + 1), m_locale.toString(pages)));
        // The page's part of the document.
        painter.save();
        painter.translate(0, headerHeight - i * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * body.height(), body.width(), body.height());
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    if (!painter.end()) {
        *error = QCoreApplication::translate("CustomerReport", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), buffer.errorString());
        return false;
    }
    buffer.close();
    repairCjkToUnicode(&bytes, font);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QCoreApplication::translate("CustomerReport", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace dueline
