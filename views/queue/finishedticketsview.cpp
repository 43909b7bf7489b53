// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/queue/finishedticketsview.h"

#include "models/presenters/queuecontroller.h"
#include "views/queue/queuetableview.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QVBoxLayout>

namespace dueline {

FinishedTicketsView::FinishedTicketsView(QueueController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("finishedTickets"));
    TicketListModel *model = controller->finishedModel();
    m_view = new QueueTableView(model, this);
    m_view->setObjectName(QStringLiteral("finishedView"));
    m_view->setDefaultOrder(QueueModel::NextBreachColumn, Qt::DescendingOrder);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("finishedNote"));
    m_note->setContentsMargins(8, 4, 8, 4);
    m_note->setWordWrap(true);
    m_note->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (const qint64 id = currentTicketId())
            m_controller->showTicket(id);
    });
    connect(controller, &QueueController::finishedChanged, this, &FinishedTicketsView::listChanged);
    retranslateUi();
}

qint64 FinishedTicketsView::currentTicketId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_controller->finishedModel()->ticketAt(current.row()) : 0;
}

bool FinishedTicketsView::selectTicket(qint64 ticketId)
{
    const TicketListModel *model = m_controller->finishedModel();
    const int row = model->rowForTicket(ticketId);
    if (row < 0)
        return false;
    const QModelIndex index = model->index(row, QueueModel::IdColumn);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void FinishedTicketsView::listChanged()
{
    retranslateUi();
    // The panel's ticket stays selected when it is listed; else the most recent one.
    if (!selectTicket(m_controller->shownTicketId()) &&
        m_controller->finishedModel()->rowCount() > 0)
        selectTicket(m_controller->finishedModel()->ticketAt(0));
}

void FinishedTicketsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void FinishedTicketsView::retranslateUi()
{
    m_view->setAccessibleName(tr("Finished tickets"));
    const TicketListModel *model = m_controller->finishedModel();
    m_note->setText(tr("Showing the %n most recently changed tickets; search by number or "
                       "words to find older ones.",
                       nullptr, model->rowCount()));
    m_note->setVisible(model->hasMore());
}

} // namespace dueline
