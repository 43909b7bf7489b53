// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/queue/queueemptystate.h"

#include <QEvent>

namespace dueline {

QueueEmptyState::QueueEmptyState(QObject *parent)
    : QObject(parent)
{ }

void QueueEmptyState::update(QWidget *viewport, bool empty, const QString &view,
                             const QString &text)
{
    if (!m_widget) {
        m_widget = new EmptyStateWidget(viewport);
        m_widget->setObjectName(QStringLiteral("queueEmptyState"));
    }
    if (m_viewport != viewport) {
        if (m_viewport)
            m_viewport->removeEventFilter(this);
        m_viewport = viewport;
        m_viewport->installEventFilter(this);
        m_widget->setParent(viewport);
        m_widget->setGeometry(viewport->rect());
    }
    m_widget->setVisible(empty);
    if (!empty)
        return;
    if (text.isEmpty()) {
        m_widget->setIconName(QStringLiteral("view-list-details"));
        m_widget->setTitle(tr("No tickets in “%1”").arg(view));
        m_widget->setDescription(tr("Tickets appear here as soon as they fit this view."));
        m_widget->setHint(tr("Choose another view in the list on the left."));
    } else {
        m_widget->setIconName(QStringLiteral("edit-find"));
        m_widget->setTitle(tr("No tickets match “%1”").arg(text));
        m_widget->setDescription(tr("Nothing in “%1” matches the search.").arg(view));
        m_widget->setHint(
                tr("Search by ticket number, subject or customer; Esc clears the search."));
    }
}

bool QueueEmptyState::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_viewport && m_widget)
        m_widget->setGeometry(m_viewport->rect());
    return QObject::eventFilter(watched, event);
}

} // namespace dueline
