// SPDX-License-Identifier: GPL-3.0-or-later
// QueueWorkspace: a notification's Take and Assign… — the ticket opened, then taken or assigned
// once it is shown — and Ticket ▸ Assign… (queueworkspace.cpp has the rest).
#include "views/queue/queueworkspace.h"

#include "views/queue/assigndialog.h"
#include "views/queue/queuenotifier.h"

#include <memory>

namespace dueline {

void QueueWorkspace::whenShown(qint64 ticketId, const QString &refused,
                               const std::function<void()> &action)
{
    openTicket(ticketId);
    if (!model()->ticket(ticketId)) { // no longer open
        emit statusMessage(refused);
        return;
    }
    // Done once it is shown (at once when it already is), at the version shown; given up when
    // another ticket is shown first.
    auto waiting = std::make_shared<QMetaObject::Connection>();
    const auto run = [this, ticketId, action, waiting] {
        const bool shown = m_controller->shownTicketId() == ticketId;
        if (shown && !m_controller->isShownTicketLoaded() &&
            !m_controller->isShownTicketUnavailable())
            return; // still loading
        disconnect(*waiting);
        if (shown)
            action();
    };
    *waiting = connect(m_controller, &QueueController::shownTicketChanged, this, run);
    run();
}

void QueueWorkspace::takeTicket(qint64 ticketId)
{
    const QString refused = tr("Ticket #%1 cannot be taken now.").arg(ticketId);
    whenShown(ticketId, refused, [this, ticketId, refused] {
        QueueRequest request;
        request.kind = QueueRequest::Take;
        request.action.ticketId = ticketId;
        if (m_controller->isShownTicketLoaded())
            request.action.expectedVersion = m_controller->shownTicket()->rowVersion;
        if (!m_controller->run(request))
            emit statusMessage(refused);
    });
}

void QueueWorkspace::assignTicket(qint64 ticketId)
{
    const QString refused = tr("Ticket #%1 cannot be assigned now.").arg(ticketId);
    whenShown(ticketId, refused, [this, refused] {
        if (!m_controller->canRun(QueueRequest::Assign)) {
            emit statusMessage(refused);
            return;
        }
        run(QueueRequest::Assign);
    });
}

void QueueWorkspace::assign(QueueRequest &request, const Ticket &ticket)
{
    AssignDialog dialog(ticket, m_controller->agents(), agent().id,
                        model()->openTicketsByAssignee(), m_notifier->settings(), storeNow(), this);
    if (runDialog(dialog) != QDialog::Accepted || dialog.assigneeId() == ticket.assigneeId)
        return;
    request.assigneeId = dialog.assigneeId();
    m_controller->run(request);
}

} // namespace dueline
