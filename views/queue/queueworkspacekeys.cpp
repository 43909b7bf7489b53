// SPDX-License-Identifier: GPL-3.0-or-later
// QueueWorkspace: the keyboard — Tab and Shift+Tab between the areas of the workspace, and the
// keys Help ▸ Keyboard Shortcuts lists for it (queueworkspace.cpp has the rest).
#include "views/queue/queueworkspace.h"

#include "views/queue/finishedticketsview.h"
#include "views/queue/queuesidebar.h"
#include "views/queue/ticketpanel.h"

#include <QApplication>
#include <QLineEdit>

#include <array>

namespace dueline {

QList<KeyHelp> QueueWorkspace::keyHelp()
{
    return {
            {{QKeySequence(Qt::Key_Tab), QKeySequence(Qt::SHIFT | Qt::Key_Tab)},
             tr("Move between the views, the ticket list, the ticket panel and the search field")},
            {{QKeySequence(Qt::Key_J), QKeySequence(Qt::Key_Down)},
             tr("Next ticket in the list (J also from the ticket panel)")},
            {{QKeySequence(Qt::Key_K), QKeySequence(Qt::Key_Up)},
             tr("Previous ticket in the list (K also from the ticket panel)")},
            {{QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
             tr("Read the ticket in the panel, where the arrow keys scroll it")},
            {{QKeySequence(Qt::Key_Escape)},
             tr("Back to the ticket list from the panel; in the search field, clear the search")},
            {{QKeySequence(QKeySequence::Undo)},
             tr("Undo a take or an assignment while its bar shows (10 seconds)")},
    };
}

QueueTableView *QueueWorkspace::currentTable() const
{
    return m_finished->isVisibleTo(this) ? m_finished->view() : m_view;
}

bool QueueWorkspace::focusNextPrevChild(bool next)
{
    // The areas in Tab order; Shift+Tab goes the other way round.
    const std::array<QWidget *, 4> areas{m_sidebar, currentTable(), m_panel, m_search};
    const QWidget *focus = QApplication::focusWidget();
    int current = -1;
    for (int i = 0; i < int(areas.size()); ++i) {
        if (focus && (focus == areas[i] || areas[i]->isAncestorOf(focus)))
            current = i;
    }
    if (current < 0)
        return QWidget::focusNextPrevChild(next);
    const int count = int(areas.size());
    for (int step = 1; step < count; ++step) {
        QWidget *area = areas[(current + (next ? step : count - step)) % count];
        if (area->isVisible() && area->isEnabled()) {
            area->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return true;
        }
    }
    return QWidget::focusNextPrevChild(next);
}

} // namespace dueline
