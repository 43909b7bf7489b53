// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sla/notificationsettings.h"
#include "models/store/ticket.h"

#include <QDialog>
#include <QHash>
#include <QVector>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace dueline {

// Ticket ▸ Assign…: who works on the ticket. Lists "Nobody" and every active agent with their
// role, their open tickets and whether they are in their notification hours now ("Outside their
// hours until 20:00", "Do not disturb"), so a lead does not hand a ticket at risk to someone who
// has gone home. Typing filters the list by name or login; Enter assigns the chosen one. The
// current assignee is marked and cannot be chosen again.
class AssignDialog : public QDialog
{
    Q_OBJECT
public:
    // `openTickets`: agent id → open tickets assigned to them; `settings`: agent id → their
    // notification settings (defaults when missing), read at `now`.
    AssignDialog(const Ticket &ticket, const QVector<Agent> &agents, qint64 meId,
                 const QHash<qint64, int> &openTickets,
                 const QHash<qint64, NotificationSettings> &settings, Instant now,
                 QWidget *parent = nullptr);

    // The chosen assignee (0: nobody); meaningful once accepted.
    qint64 assigneeId() const;
    // Chooses the row of `agentId` (0: nobody) when it is listed and shown.
    bool select(qint64 agentId);
    // What the availability column says of an agent at `now`, in the UI language.
    static QString availability(const NotificationSettings &settings, Instant now,
                                bool *available = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void updateButtons();

    qint64 m_current = 0; // the ticket's assignee
    QLabel *m_intro = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_noMatch = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_assign = nullptr;
};

} // namespace dueline
