// QueueWorkspace: a notification's Take — the ticket opened, then taken once it is shown
// (queueworkspace.cpp has the rest).
#include "views/queue/queueworkspace.h"

#include <memory>

namespace dueline {

void QueueWorkspace::takeTicket(qint64 ticketId)
{
    openTicket(ticketId);
    const QString refused = tr("Ticket #%1 cannot be taken now.").arg(ticketId);
    if (!model()->ticket(ticketId)) { // no longer open
        emit statusMessage(refused);
        return;
    }
    // Taken once it is shown (at once when it already is), at the version shown; given up when
    // another ticket is shown first.
    auto waiting = std::make_shared<QMetaObject::Connection>();
    const auto take = [this, ticketId, refused, waiting] {
        const bool shown = m_controller->shownTicketId() == ticketId;
        if (shown && !m_controller->isShownTicketLoaded() &&
            !m_controller->isShownTicketUnavailable())
            return; // still loading
        disconnect(*waiting);
        if (!shown)
            return;
        QueueRequest request;
        request.kind = QueueRequest::Take;
        request.action.ticketId = ticketId;
        if (m_controller->isShownTicketLoaded())
            request.action.expectedVersion = m_controller->shownTicket()->rowVersion;
        if (!m_controller->run(request))
            emit statusMessage(refused);
    };
    *waiting = connect(m_controller, &QueueController::shownTicketChanged, this, take);
    take();
}

} // namespace dueline
