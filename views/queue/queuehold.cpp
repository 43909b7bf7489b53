// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/queue/queuehold.h"

#include "models/item/queuemodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QScrollBar>
#include <QTableView>

namespace dueline {

QueueHold::QueueHold(QAbstractItemView *table, QObject *parent)
    : QObject(parent)
    , m_table(table)
{
    m_keyTimer.setSingleShot(true);
    m_keyTimer.setInterval(5000);
    connect(&m_keyTimer, &QTimer::timeout, this, &QueueHold::update);
    m_popupTimer.setInterval(300);
    connect(&m_popupTimer, &QTimer::timeout, this, [this] {
        if (QApplication::activePopupWidget())
            return;
        m_popupTimer.stop();
        m_pointerInside = m_table->isVisible() &&
                          m_table->rect().contains(m_table->mapFromGlobal(QCursor::pos()));
        update();
    });
    m_table->installEventFilter(this);
}

bool QueueHold::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table) {
        switch (event->type()) {
        case QEvent::Enter:
            m_pointerInside = true;
            m_popupTimer.stop();
            update();
            break;
        case QEvent::Leave:
            // Into a context menu of the table: still aiming at its rows.
            if (QApplication::activePopupWidget()) {
                m_popupTimer.start();
            } else {
                m_pointerInside = false;
                update();
            }
            break;
        case QEvent::Hide:
            m_pointerInside = false;
            m_keyTimer.stop();
            m_popupTimer.stop();
            update();
            break;
        case QEvent::KeyPress:
        case QEvent::ShortcutOverride:
            m_keyTimer.start();
            update();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

void QueueHold::update()
{
    const bool held = m_pointerInside || m_keyTimer.isActive() || m_popupTimer.isActive();
    if (held == m_held)
        return;
    m_held = held;
    emit heldChanged(held);
}

WaitingChangesButton::WaitingChangesButton(QueueModel *model, QAbstractItemView *table)
    : QPushButton(table)
    , m_model(model)
    , m_table(table)
{
    setObjectName(QStringLiteral("waitingChangesButton"));
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::NoFocus); // the keys stay in the table
    // A small pill in the selection colour, over the top of the rows.
    setStyleSheet(QStringLiteral("QPushButton#waitingChangesButton { border-radius: 11px; "
                                 "padding: 3px 14px; background: palette(highlight); "
                                 "color: palette(highlighted-text); border: none; }"));
    hide();
    connect(this, &QPushButton::clicked, m_model, &QueueModel::applyWaiting);
    connect(m_model, &QueueModel::waitingChangesChanged, this, &WaitingChangesButton::update);
    m_table->installEventFilter(this);
    retranslateUi();
}

void WaitingChangesButton::retranslateUi()
{
    setToolTip(tr("The list holds still while the pointer is over it, so that no row moves "
                  "under it. Click to move the changed tickets to their places now; they also "
                  "move when the pointer leaves the list."));
    update();
}

bool WaitingChangesButton::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::Resize)
        place();
    return QPushButton::eventFilter(watched, event);
}

void WaitingChangesButton::update()
{
    const int count = m_model->waitingChanges();
    setText(tr("%n change(s) — show", "the queue holds still; moved rows wait", count));
    setVisible(count > 0);
    if (count > 0) {
        place();
        raise();
    }
}

void WaitingChangesButton::place()
{
    // Bottom centre, over the rows furthest from breaching, clear of the horizontal scroll bar.
    adjustSize();
    int bottom = m_table->height() - 10;
    if (const auto *tableView = qobject_cast<const QTableView *>(m_table);
        tableView && tableView->horizontalScrollBar()->isVisible())
        bottom -= tableView->horizontalScrollBar()->height();
    move((m_table->width() - width()) / 2, bottom - height());
}

} // namespace dueline
