// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/presenters/ticketstory.h"
#include "models/store/ticketclocks.h"
#include "models/store/ticketstore.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QScrollArea;

namespace dueline {

// The ticket panel beside the queue: details, each SLA clock with its due instant in the agent's
// time zone and in the calendar's, the "why this deadline?" breakdown (counted time, outside
// hours, weekends, days off with the holiday's name, shortened days, pauses) and the event
// history. The clocks are derived from the ticket's events (TicketClocks) and advance with
// updateClocks() on each tick; no database access happens here.
class TicketPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TicketPanel(QWidget *parent = nullptr);
    ~TicketPanel() override;

    void setCatalog(dueline::CatalogPtr catalog);
    void setLanguage(const QString &language);
    void setNames(const QHash<qint64, QString> *agents,
                  const QHash<qint64, dueline::Customer> *customers);

    void showTicket(const dueline::Ticket &ticket, const QVector<dueline::Event> &events,
                    dueline::Instant now);
    void clear();
    // No ticket, and a note that ticket `ticketId` cannot be loaded while the database is away.
    void showUnavailable(qint64 ticketId);
    qint64 unavailableTicketId() const { return m_unavailableId; }
    void updateClocks(dueline::Instant now);

    const std::optional<dueline::Ticket> &ticket() const { return m_ticket; }
    qint64 ticketId() const { return m_ticket ? m_ticket->id : 0; }
    // The live state of a clock as last shown (NotApplicable without a ticket).
    dueline::ClockState clockState(dueline::TargetKind kind) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    QString detailsHtml() const;
    QString clocksHtml(dueline::Instant now) const;
    QString noSlaHtml() const; // why the ticket has no SLA at all; empty when it has one
    QString explanationHtml() const;
    QString historyHtml() const;
    // The ticket in words in the panel's language (names, why no SLA, the history).
    dueline::TicketStory story() const;

    dueline::CatalogPtr m_catalog;
    QString m_language = QStringLiteral("en");
    const QHash<qint64, QString> *m_agents = nullptr;
    const QHash<qint64, dueline::Customer> *m_customers = nullptr;

    std::optional<dueline::Ticket> m_ticket;
    QVector<dueline::Event> m_events;
    std::unique_ptr<dueline::TicketHistory> m_history;
    std::unique_ptr<dueline::TicketClocks> m_clocks;
    dueline::Instant m_now = 0;
    qint64 m_unavailableId = 0;
    dueline::ClockState m_state[2] = {dueline::ClockState::NotApplicable,
                                      dueline::ClockState::NotApplicable};

    QScrollArea *m_scroll = nullptr;
    QLabel *m_placeholder = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_clocksLabel = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_historyLabel = nullptr;
};

} // namespace dueline
