// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace dueline {

class QueueController;
class QueueTableView;

// The Resolved and Closed views of the agent's workspace: the controller's finished tickets
// (TicketListModel, most recently changed first) in a table like the queue's, and a note when
// more tickets match than are listed. Choosing a row shows the ticket in the panel, with the
// actions its status allows (Reopen).
class FinishedTicketsView : public QWidget
{
    Q_OBJECT
public:
    explicit FinishedTicketsView(QueueController *controller, QWidget *parent = nullptr);

    QueueTableView *view() const { return m_view; }
    qint64 currentTicketId() const;
    // Selects the ticket when it is listed; false otherwise.
    bool selectTicket(qint64 ticketId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void listChanged();
    void retranslateUi();

    QueueController *m_controller = nullptr;
    QueueTableView *m_view = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace dueline
