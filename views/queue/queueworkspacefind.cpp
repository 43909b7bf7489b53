// SPDX-License-Identifier: GPL-3.0-or-later
// QueueWorkspace: finding tickets — the Resolved and Closed views, search by number whatever
// the status, and opening any ticket in the view that lists it (queueworkspace.cpp has the rest).
#include "views/queue/queueworkspace.h"

#include "views/queue/finishedticketsview.h"
#include "views/queue/queuesidebar.h"

#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTableView>

namespace dueline {

void QueueWorkspace::chooseFinished(TicketStatus status)
{
    m_view->hide();
    m_finished->show();
    m_controller->showFinished(status, m_search->text().trimmed());
    updateActions();
}

void QueueWorkspace::lookUpNumber(const QString &text)
{
    // A ticket number that is not in this view: look it up whatever its status.
    static const QRegularExpression number(QStringLiteral("^#?\\s*(\\d{1,18})$"));
    const QRegularExpressionMatch m = number.match(text);
    if (!m.hasMatch())
        return;
    const qint64 id = m.captured(1).toLongLong();
    if (m_controller->finishedStatus() || model()->rowForTicket(id) < 0)
        m_controller->findTicket(id);
}

void QueueWorkspace::ticketFound(qint64 ticketId, TicketStatus status)
{
    const bool asked = ticketId == m_openWhenFound;
    m_openWhenFound = 0;
    if (!asked &&
        m_search->text().trimmed().remove(QLatin1Char('#')).trimmed() != QString::number(ticketId))
        return; // the search moved on
    if (asked && !isOpenStatus(status)) {
        // Opened from elsewhere: its number in the search, so that its finished view lists it
        // however old it is.
        const QSignalBlocker quiet(m_search);
        m_search->setText(QStringLiteral("#%1").arg(ticketId));
    }
    // The view that lists it, with the search text kept: it is selected there.
    if (!isOpenStatus(status)) {
        chooseFinishedItem(status);
    } else if (m_controller->finishedStatus() || model()->rowForTicket(ticketId) < 0) {
        m_sidebar->chooseAllOpen();
        selectTicket(ticketId);
    }
}

void QueueWorkspace::chooseFinishedItem(TicketStatus status)
{
    if (m_controller->finishedStatus() == status)
        m_controller->showFinished(status, m_search->text().trimmed()); // the search changed
    else
        m_sidebar->chooseFinished(status);
}

void QueueWorkspace::openTicket(qint64 ticketId)
{
    // Shown in the view that lists it, selected: an open ticket in this view or in "All open",
    // a finished one in its Resolved or Closed view (found by its number).
    if (!m_controller->finishedStatus() && selectTicket(ticketId))
        return;
    if (m_controller->finishedStatus() && m_finished->selectTicket(ticketId))
        return;
    if (model()->ticket(ticketId)) {
        if (m_controller->finishedStatus()) { // its search was for finished tickets
            const QSignalBlocker quiet(m_search);
            m_search->clear();
        }
        m_sidebar->chooseAllOpen();
        if (!selectTicket(ticketId)) { // hidden by the search
            m_search->clear();
            QueueFilter f = model()->filter();
            f.text.clear();
            setFilter(f);
            selectTicket(ticketId);
        }
        return;
    }
    m_openWhenFound = ticketId;
    m_controller->findTicket(ticketId);
}

} // namespace dueline
