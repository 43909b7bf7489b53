// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/queue/ticketpanel.h"

#include "models/item/dateformat.h"
#include "models/item/durationformat.h"
#include "models/sla/clocktext.h"
#include "views/queue/countdowndelegate.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTimeZone>
#include <QVBoxLayout>

namespace dueline {

namespace {

constexpr int MaxExplanationRows = 40;

QString colorName(const QColor &c)
{
    return c.name(QColor::HexRgb);
}

// "Fri 27 Nov 20:00 MSK": the year only when it is not the current one, the zone named.
QString when(Instant t, const QTimeZone &zone, Instant now)
{
    if (t == InvalidInstant)
        return QStringLiteral("—");
    return DateFormat::zonedDateTime(QLocale(), QDateTime::fromSecsSinceEpoch(t, zone),
                                     QDateTime::fromSecsSinceEpoch(now, zone));
}

// The same in the reader's zone, unnamed (history lines).
QString shortWhen(Instant t, const QTimeZone &zone, Instant now)
{
    return DateFormat::dateTime(QLocale(), QDateTime::fromSecsSinceEpoch(t, zone),
                                QDateTime::fromSecsSinceEpoch(now, zone));
}

// A span of the explanation: "Mon 31 Aug 11:00–20:00", or both ends in full across days.
QString period(Instant from, Instant to, const QTimeZone &zone)
{
    const QDateTime a = QDateTime::fromSecsSinceEpoch(from, zone);
    const QDateTime b = QDateTime::fromSecsSinceEpoch(to, zone);
    const QLocale locale;
    if (a.date() == b.date() || (b.time() == QTime(0, 0) && a.date().addDays(1) == b.date()))
        return QStringLiteral("%1 %2–%3")
                .arg(DateFormat::weekdayDate(locale, a.date()),
                     locale.toString(a, QStringLiteral("HH:mm")),
                     b.time() == QTime(0, 0) ? QStringLiteral("24:00")
                                             : locale.toString(b, QStringLiteral("HH:mm")));
    return QStringLiteral("%1 – %2").arg(DateFormat::dateTime(locale, a),
                                         DateFormat::dateTime(locale, b));
}

// The zone an explanation's times are in: "MSK, Europe/Moscow".
QString zoneText(const WorkCalendar &calendar, const Explanation &explanation)
{
    const QTimeZone zone(calendar.spec().timeZone);
    return DateFormat::zoneName(QDateTime::fromSecsSinceEpoch(explanation.due, zone)) +
           QStringLiteral(", ") + QString::fromUtf8(calendar.spec().timeZone);
}

QString kindName(TargetKind kind)
{
    return kind == TargetKind::Response
                   ? QCoreApplication::translate("TicketPanel", "Response", "SLA clock")
                   : QCoreApplication::translate("TicketPanel", "Resolution", "SLA clock");
}

} // namespace

TicketPanel::TicketPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("ticketPanel"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // Focused (Enter in the queue, Tab), the panel scrolls with the arrow keys; the keys it does
    // not use reach the panel's parent.
    setFocusProxy(m_scroll);
    outer->addWidget(m_scroll);

    auto *content = new QWidget(m_scroll);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(10);
    const auto label = [content, layout](const char *name) {
        auto *l = new QLabel(content);
        l->setObjectName(QLatin1String(name));
        l->setWordWrap(true);
        l->setTextFormat(Qt::RichText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        l->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        layout->addWidget(l);
        return l;
    };
    m_placeholder = label("ticketPlaceholder");
    m_title = label("ticketTitle");
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextFormat(Qt::PlainText);
    m_details = label("ticketDetails");
    m_clocksLabel = label("ticketClocks");
    m_explanation = label("ticketExplanation");
    m_historyLabel = label("ticketHistory");
    layout->addStretch(1);
    m_scroll->setWidget(content);
    render();
}

TicketPanel::~TicketPanel() = default;

void TicketPanel::setCatalog(CatalogPtr catalog)
{
    m_catalog = std::move(catalog);
}

void TicketPanel::setLanguage(const QString &language)
{
    m_language = language;
    render();
}

void TicketPanel::setNames(const QHash<qint64, QString> *agents,
                           const QHash<qint64, Customer> *customers)
{
    m_agents = agents;
    m_customers = customers;
}

void TicketPanel::showTicket(const Ticket &ticket, const QVector<Event> &events, Instant now)
{
    m_unavailableId = 0;
    m_ticket = ticket;
    m_events = events;
    m_now = now;
    m_clocks.reset();
    m_history.reset();
    if (m_catalog) {
        m_history = std::make_unique<TicketHistory>(
                TicketHistory::replay(m_catalog.get(), ticket.serviceStage, events));
        m_clocks = std::make_unique<TicketClocks>(*m_catalog, *m_history);
    }
    render();
}

void TicketPanel::clear()
{
    m_unavailableId = 0;
    m_ticket.reset();
    m_events.clear();
    m_clocks.reset();
    m_history.reset();
    render();
}

void TicketPanel::showUnavailable(qint64 ticketId)
{
    clear();
    m_unavailableId = ticketId;
    render();
}

void TicketPanel::updateClocks(Instant now)
{
    m_now = now;
    if (m_ticket)
        m_clocksLabel->setText(clocksHtml(now));
}

ClockState TicketPanel::clockState(TargetKind kind) const
{
    return m_state[int(kind)];
}

void TicketPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        render();
}

void TicketPanel::render()
{
    const bool has = m_ticket.has_value();
    m_placeholder->setVisible(!has);
    m_placeholder->setText(
            QStringLiteral("<p style='color:%1'>%2</p>")
                    .arg(colorName(palette().color(QPalette::PlaceholderText)),
                         (m_unavailableId != 0
                                  ? tr("Ticket #%1 cannot be loaded while the connection to the "
                                       "database is lost. It appears here once the connection "
                                       "is back.")
                                            .arg(m_unavailableId)
                                  : tr("Select a ticket to see its clocks and history."))
                                 .toHtmlEscaped()));
    for (QLabel *l : {m_title, m_details, m_clocksLabel, m_explanation, m_historyLabel})
        l->setVisible(has);
    if (!has) {
        m_state[0] = m_state[1] = ClockState::NotApplicable;
        return;
    }
    m_title->setText(
            tr("#%1 %2", "ticket number and subject").arg(m_ticket->id).arg(m_ticket->subject));
    m_details->setText(detailsHtml());
    m_clocksLabel->setText(clocksHtml(m_now));
    m_explanation->setText(explanationHtml());
    m_explanation->setVisible(!m_explanation->text().isEmpty()); // none without an SLA
    m_historyLabel->setText(historyHtml());
}

TicketStory TicketPanel::story() const
{
    return TicketStory(m_catalog.get(), m_language, m_agents);
}

QString TicketPanel::detailsHtml() const
{
    const Ticket &t = *m_ticket;
    const TicketStory words = story();
    const Plan *plan = m_catalog ? m_catalog->plan(t.planId) : nullptr;
    int level = 4;
    for (int l = LevelCount; l >= 1 && plan; --l) {
        if (plan->severityForLevel(l) == t.severity)
            level = l;
    }
    QString customer;
    QString customerZone;
    if (m_customers) {
        const auto it = m_customers->constFind(t.customerId);
        if (it != m_customers->constEnd()) {
            customer =
                    it->company.isEmpty()
                            ? it->name
                            : tr("%1 (%2)", "customer name (company)").arg(it->name, it->company);
            customerZone = QString::fromUtf8(it->timeZone);
        }
    }
    QString status;
    switch (t.status) {
    case TicketStatus::New:
        status = tr("New", "ticket status");
        break;
    case TicketStatus::Open:
        status = tr("Open", "ticket status");
        break;
    case TicketStatus::WaitingCustomer:
        status = tr("Waiting on customer", "ticket status");
        break;
    case TicketStatus::Resolved:
        status = tr("Resolved", "ticket status");
        break;
    case TicketStatus::Closed:
        status = tr("Closed", "ticket status");
        break;
    }
    const QColor levelColor = SeverityDelegate::levelColor(level, palette());
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    const auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td style='padding-right:10px'><b>%1</b></td><td>%2</td></tr>")
                        .arg(label.toHtmlEscaped(), value);
    };
    row(tr("Customer"),
        customer.toHtmlEscaped() + (customerZone.isEmpty()
                                            ? QString()
                                            : QStringLiteral(" <small>· %1</small>")
                                                      .arg(customerZone.toHtmlEscaped())));
    row(tr("Plan"), words.planName(t.planId).toHtmlEscaped());
    row(tr("Severity"), QStringLiteral("<span style='color:%1'><b>P%2</b></span> %3")
                                .arg(colorName(levelColor))
                                .arg(level)
                                .arg(words.severityName(t.planId, t.severity).toHtmlEscaped()));
    if (!t.serviceStage.isEmpty())
        row(tr("Service stage"), words.stageName(t.planId, t.serviceStage).toHtmlEscaped());
    row(tr("Status"), status.toHtmlEscaped());
    const QString assignee = words.agentName(t.assigneeId);
    row(tr("Assignee"), assignee.isEmpty()
                                ? QStringLiteral("<i>%1</i>").arg(tr("unassigned").toHtmlEscaped())
                                : assignee.toHtmlEscaped());
    if (!t.channel.isEmpty())
        row(tr("Channel"), words.channelName(t.planId, t.channel).toHtmlEscaped());
    row(tr("Opened"), when(t.createdAt, QTimeZone::systemTimeZone(), m_now).toHtmlEscaped());
    html += QStringLiteral("</table>");
    return html;
}

QString TicketPanel::clocksHtml(Instant now) const
{
    auto *self = const_cast<TicketPanel *>(this);
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("SLA clocks").toHtmlEscaped());
    const QString noSla = noSlaHtml();
    if (!noSla.isEmpty()) {
        self->m_state[0] = self->m_state[1] = ClockState::NotApplicable;
        return html + noSla;
    }
    const QTimeZone mine = QTimeZone::systemTimeZone();
    for (TargetKind kind : {TargetKind::Response, TargetKind::Resolution}) {
        ClockResult result;
        bool applies = false;
        WorkCalendarPtr calendar;
        if (m_clocks && m_clocks->applies(kind)) {
            applies = true;
            result = m_clocks->evaluate(kind, now);
            calendar = m_clocks->calendar(kind);
        }
        ClockState state = applies ? result.state : ClockState::NotApplicable;
        if (state == ClockState::Running && result.atRisk)
            state = ClockState::AtRisk;
        self->m_state[int(kind)] = state;
        const QColor color = CountdownDelegate::stateColor(state, palette());
        // docs/architecture.md §2 "How a clock is shown": what is left in the target's own unit,
        // a breach in wall-clock time.
        const Target target = applies ? m_clocks->target(kind) : Target::none();
        const QString left = applies ? ClockText::remaining(result.remainingSeconds, target.unit,
                                                            calendar.get(), now)
                                     : QString();
        QString stateText;
        switch (state) {
        case ClockState::NotApplicable:
            stateText = tr("no commitment");
            break;
        case ClockState::Running:
            stateText = tr("%1 left").arg(left);
            break;
        case ClockState::AtRisk:
            stateText = tr("%1 left · at risk").arg(left);
            break;
        case ClockState::Breached:
            stateText = tr("breached %1 ago", "wall-clock time since the due instant")
                                .arg(ClockText::wallTime(now - result.due));
            break;
        case ClockState::Paused:
            stateText = tr("paused · %1 left").arg(left);
            break;
        case ClockState::OutsideHours:
            stateText = tr("%1 left · outside working hours, resumes %2")
                                .arg(left, when(result.resumesAt, mine, now));
            break;
        case ClockState::Met:
            stateText = tr("met");
            break;
        case ClockState::MetLate:
            stateText = tr("met late");
            break;
        }
        // The punctuation is the translation's: Chinese writes "<b>响应</b>（1 小时）：".
        const QString stateHtml = QStringLiteral("<span style='color:%1'><b>%2</b></span>")
                                          .arg(colorName(color), stateText.toHtmlEscaped());
        html += QStringLiteral("<p>") +
                (applies ? tr("<b>%1</b> <small>(%2)</small>: %3",
                              "an SLA clock, its target and its state")
                                   .arg(kindName(kind).toHtmlEscaped(),
                                        DurationFormat::target(target).toHtmlEscaped(), stateHtml)
                         : tr("<b>%1</b>: %2", "an SLA clock and its state")
                                   .arg(kindName(kind).toHtmlEscaped(), stateHtml));
        if (!applies) {
            const QString why = story().noCommitmentReason(
                    kind, m_ticket->planId, m_ticket->severity, m_ticket->serviceStage);
            if (!why.isEmpty())
                html += QStringLiteral("<br><small>%1</small>").arg(why.toHtmlEscaped());
        }
        if (applies && result.due != InvalidInstant) {
            // The due in the calendar's zone, and in the reader's when that reads otherwise.
            const QString dueLabel =
                    result.dueIsProjected ? tr("Due if resumed now") : tr("Due", "SLA due instant");
            const QTimeZone zone = calendar ? QTimeZone(calendar->spec().timeZone) : mine;
            const QStringList due = DateFormat::inZones(QLocale(), result.due, zone, mine, now);
            html += QStringLiteral("<br>") +
                    tr("%1: %2", "a label and its value")
                            .arg(dueLabel.toHtmlEscaped(), due.first().toHtmlEscaped());
            if (calendar)
                html += QStringLiteral(" <small>· %1</small>")
                                .arg(calendar->spec().names.text(m_language).toHtmlEscaped());
            if (due.size() > 1)
                html += QStringLiteral("<br><small>%1</small>")
                                .arg(tr("%1 in your time zone").arg(due.at(1)).toHtmlEscaped());
            if (state == ClockState::Running || state == ClockState::AtRisk ||
                state == ClockState::Paused || state == ClockState::OutsideHours)
                html += QStringLiteral("<br><small>%1</small>")
                                .arg(tr("%1 of working time left")
                                             .arg(ClockText::workingTime(result.remainingSeconds))
                                             .toHtmlEscaped());
            if (m_clocks->overrideDue(kind) != InvalidInstant)
                html += QStringLiteral("<br><i>%1</i>").arg(tr("Set by a lead").toHtmlEscaped());
        }
        if (!result.error.isEmpty())
            html += QStringLiteral("<br><i>%1</i>").arg(result.error.toHtmlEscaped());
        for (const CalendarWarning &w : result.warnings) {
            Q_UNUSED(w)
            html += QStringLiteral("<br><i>%1</i>")
                            .arg(tr("Computed past the calendar's verified holiday data.")
                                         .toHtmlEscaped());
            break;
        }
        html += QStringLiteral("</p>");
    }
    return html;
}

QString TicketPanel::noSlaHtml() const
{
    const Ticket &t = *m_ticket;
    const TicketStory words = story();
    const QString reason = words.noSlaReason(t.planId, t.severity, t.serviceStage);
    if (reason.isEmpty())
        return {};
    QString html = QStringLiteral("<p><b>%1</b>").arg(reason.toHtmlEscaped());
    const QString stage = words.stageDescription(t.planId, t.serviceStage);
    if (!stage.isEmpty())
        html += QStringLiteral("<br><small>%1</small>")
                        .arg(tr("%1: %2", "a service stage and the provider's description of it")
                                     .arg(words.stageName(t.planId, t.serviceStage), stage)
                                     .toHtmlEscaped());
    return html + QStringLiteral("</p>");
}

QString TicketPanel::explanationHtml() const
{
    if (!m_clocks)
        return {};
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Why this deadline?").toHtmlEscaped());
    bool any = false;
    for (TargetKind kind : {TargetKind::Response, TargetKind::Resolution}) {
        if (!m_clocks->applies(kind) || !m_clocks->calendar(kind))
            continue;
        const ClockResult result = m_clocks->evaluate(kind, m_now);
        if (result.due == InvalidInstant)
            continue;
        const WorkCalendar &calendar = *m_clocks->calendar(kind);
        const Explanation explanation =
                SlaClock::explain(calendar, m_clocks->input(kind), result.due, m_now);
        const QTimeZone zone(calendar.spec().timeZone);
        any = true;
        html += QStringLiteral("<p><b>%1</b> — %2</p>")
                        .arg(kindName(kind).toHtmlEscaped(),
                             tr("%1 of working time counted, %2 (times in %3)")
                                     .arg(ClockText::workingTime(explanation.countedSeconds()),
                                          DurationFormat::target(m_clocks->target(kind)),
                                          zoneText(calendar, explanation))
                                     .toHtmlEscaped());
        html += QStringLiteral("<table cellspacing='0' cellpadding='1'>");
        int shown = 0;
        for (const ExplanationPiece &piece : explanation.pieces) {
            if (shown == MaxExplanationRows) {
                html += QStringLiteral("<tr><td colspan='3'><i>%1</i></td></tr>")
                                .arg(tr("… and %n more", "", int(explanation.pieces.size()) - shown)
                                             .toHtmlEscaped());
                break;
            }
            ++shown;
            QString what;
            ClockState tone = ClockState::Running;
            switch (piece.kind) {
            case ExplanationPiece::Kind::Counted:
                what = tr("counted %1").arg(ClockText::workingTime(piece.workingSeconds));
                break;
            case ExplanationPiece::Kind::OutsideHours:
                what = tr("outside working hours");
                tone = ClockState::NotApplicable;
                break;
            case ExplanationPiece::Kind::Weekend:
                what = tr("weekend");
                tone = ClockState::NotApplicable;
                break;
            case ExplanationPiece::Kind::DayOff:
                what = piece.name.text(m_language).isEmpty()
                               ? tr("day off")
                               : tr("day off: %1").arg(piece.name.text(m_language));
                tone = ClockState::OutsideHours;
                break;
            case ExplanationPiece::Kind::Shortened:
                what = tr("shortened day, counted %1")
                               .arg(ClockText::workingTime(piece.workingSeconds));
                tone = ClockState::MetLate;
                break;
            case ExplanationPiece::Kind::Paused:
                what = tr("paused, %1 of working time not counted")
                               .arg(ClockText::workingTime(piece.workingSeconds));
                tone = ClockState::Paused;
                break;
            }
            html += QStringLiteral("<tr><td style='padding-right:8px' nowrap>%1</td>"
                                   "<td style='color:%2'>%3</td></tr>")
                            .arg(period(piece.from, piece.to, zone).toHtmlEscaped(),
                                 colorName(CountdownDelegate::stateColor(tone, palette())),
                                 what.toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    }
    return any ? html : QString();
}

QString TicketPanel::historyHtml() const
{
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='2'>")
                           .arg(tr("History").toHtmlEscaped());
    const QTimeZone mine = QTimeZone::systemTimeZone();
    const QColor dim = palette().color(QPalette::PlaceholderText);
    const QVector<TicketStory::Line> lines = story().history(m_events, mine);
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        // The sentence, then what came with it (a description, reply, note or summary) set in.
        html += QStringLiteral("<tr><td style='color:%1;padding-right:8px' nowrap>%2</td>"
                               "<td>%3")
                        .arg(colorName(dim), shortWhen(it->at, mine, m_now).toHtmlEscaped(),
                             it->text.toHtmlEscaped());
        if (!it->detail.isEmpty()) {
            QString body = it->detail.left(600).toHtmlEscaped();
            body.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
            html += QStringLiteral("<div style='margin-left:10px;margin-top:2px'>%1</div>")
                            .arg(body);
        }
        html += QStringLiteral("</td></tr>");
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace dueline
