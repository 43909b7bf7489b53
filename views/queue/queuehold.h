// SPDX-License-Identifier: GPL-3.0-or-later
// QueueHold and WaitingChangesButton: a calm live list (the order holds still under the pointer).
#pragma once

#include <QPointer>
#include <QPushButton>
#include <QTimer>

class QAbstractItemView;

namespace dueline {

class QueueModel;

// When the queue's order should hold still: while the pointer is over the table (or a menu
// opened from it is up), and for a few seconds after a key was pressed in the table. The
// workspace holds the model's order (QueueModel::setOrderHeld) while this says so.
class QueueHold : public QObject
{
    Q_OBJECT
public:
    explicit QueueHold(QAbstractItemView *table, QObject *parent = nullptr);

    bool isHeld() const { return m_held; }
    // How long a key press in the table holds the order (5 s by default).
    void setKeyHoldInterval(int milliseconds) { m_keyTimer.setInterval(milliseconds); }

signals:
    void heldChanged(bool held);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();

    QAbstractItemView *m_table;
    bool m_pointerInside = false;
    bool m_held = false;
    QTimer m_keyTimer; // runs for a while after a key press
    QTimer m_popupTimer; // while a context menu is up: is the pointer back over the table?
};

// The unobtrusive "3 changes — show" button at the foot of the queue while moves wait
// (QueueModel::waitingChanges); a click moves them now.
class WaitingChangesButton : public QPushButton
{
    Q_OBJECT
public:
    WaitingChangesButton(QueueModel *model, QAbstractItemView *table);

    void retranslateUi();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void update();
    void place();

    QueueModel *m_model;
    QAbstractItemView *m_table;
};

} // namespace dueline
