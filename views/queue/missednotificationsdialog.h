// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/queue/queuenotifier.h"

#include <QDialog>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace dueline {

class EmptyStateWidget;

// Missed while away: the notifications that came while the window was hidden, minimized or in
// the background, newest first, each with its time (in the reader's time zone), ticket, SLA
// state and what it said. A click (or Enter) on one opens its ticket; Close leaves the list
// seen. Without any: an empty state that says what would be kept here.
class MissedNotificationsDialog : public QDialog
{
    Q_OBJECT
public:
    // `now`: the queue's clock, which decides whether a time shows its date.
    MissedNotificationsDialog(const QVector<dueline::SlaAlert> &missed, dueline::Instant now,
                              QWidget *parent = nullptr);

    // The ticket of the notification chosen (0: none, the dialog was closed).
    qint64 chosenTicket() const { return m_chosen; }
    QTreeWidget *list() const { return m_list; }

private:
    void choose(QTreeWidgetItem *item);

    QTreeWidget *m_list = nullptr;
    QLabel *m_intro = nullptr;
    EmptyStateWidget *m_empty = nullptr;
    qint64 m_chosen = 0;
};

} // namespace dueline
