// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/queue/missednotificationsdialog.h"

#include "models/item/dateformat.h"
#include "views/common/emptystatewidget.h"
#include "views/common/icons.h"
#include "views/queue/countdowndelegate.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dueline {

namespace {

enum Column { TimeColumn, TicketColumn, StateColumn, DetailColumn, ColumnCount };

} // namespace

MissedNotificationsDialog::MissedNotificationsDialog(const QVector<SlaAlert> &missed, Instant now,
                                                     QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("missedNotificationsDialog"));
    setWindowTitle(tr("Missed Notifications"));

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("missedIntro"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("%n notification(s) came while you were away. Click one to open its "
                        "ticket.",
                        "", int(missed.size())));

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("missedList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Time"), tr("Ticket"), tr("SLA"), tr("Notification")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setMouseTracking(true);
    m_list->viewport()->setCursor(Qt::PointingHandCursor);
    m_list->setAccessibleName(tr("Missed notifications"));
    m_list->header()->setStretchLastSection(true);

    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QLocale locale;
    const QDate today = QDateTime::fromSecsSinceEpoch(now, zone).date();
    // Newest first.
    for (auto it = missed.crbegin(); it != missed.crend(); ++it) {
        const SlaAlert &alert = *it;
        const QDateTime at = QDateTime::fromSecsSinceEpoch(alert.at, zone);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(TimeColumn, at.date() == today
                                          ? locale.toString(at.time(), QStringLiteral("HH:mm"))
                                          : DateFormat::dateTime(locale, at));
        item->setToolTip(TimeColumn, DateFormat::longDateTime(locale, at) + QLatin1Char(' ') +
                                             at.timeZoneAbbreviation());
        item->setText(TicketColumn, tr("#%1 %2", "a ticket's number and subject")
                                            .arg(alert.ticketId)
                                            .arg(alert.subject));
        // Nobody's, or someone's, with the icons of the sidebar's Unassigned and Mine views.
        item->setIcon(TicketColumn, Icons::get(alert.unassigned ? QStringLiteral("im-user-offline")
                                                                : QStringLiteral("im-user")));
        const QString assignee = QueueNotifier::alertAssignee(alert);
        item->setToolTip(TicketColumn,
                         alert.subject + QLatin1Char('\n') +
                                 (assignee.isEmpty() ? tr("Assigned to you") : assignee));
        const bool breached = alert.state == ClockState::Breached;
        item->setIcon(StateColumn, Icons::get(breached ? QStringLiteral("dialog-error")
                                                       : QStringLiteral("dialog-warning")));
        item->setText(StateColumn, QueueNotifier::alertState(alert));
        item->setForeground(StateColumn, CountdownDelegate::stateColor(alert.state, palette()));
        // An escalation says whose ticket it is after the clock.
        QString detail = QueueNotifier::alertDetail(alert);
        if (!alert.unassigned && alert.reason != NotificationReason::MyTicket)
            detail += QStringLiteral(" · ") + QueueNotifier::alertAssignee(alert);
        item->setText(DetailColumn, detail);
        item->setToolTip(DetailColumn, detail);
        item->setData(TicketColumn, Qt::UserRole, alert.ticketId);
    }
    for (int c = 0; c < DetailColumn; ++c)
        m_list->resizeColumnToContents(c);
    m_list->setColumnWidth(TicketColumn, qMin(m_list->columnWidth(TicketColumn), 240));
    // The keyboard starts at the newest (Enter opens it); nothing looks chosen yet.
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0), 0, QItemSelectionModel::NoUpdate);

    m_empty = new EmptyStateWidget(this);
    m_empty->setObjectName(QStringLiteral("missedEmptyState"));
    m_empty->setIconName(QStringLiteral("notifications"));
    m_empty->setTitle(tr("Nothing missed"));
    m_empty->setDescription(tr("Notifications that come while Dueline is hidden, minimized or in "
                               "the background, outside your notification hours or with do not "
                               "disturb on are kept here until you have seen them."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("missedButtons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(buttons);
    const bool any = !missed.isEmpty();
    m_intro->setVisible(any);
    m_list->setVisible(any);
    m_empty->setVisible(!any);

    // A click, or Enter, opens the ticket.
    connect(m_list, &QTreeWidget::itemClicked, this,
            [this](QTreeWidgetItem *item) { choose(item); });
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { choose(item); });
    resize(780, 360);
}

void MissedNotificationsDialog::choose(QTreeWidgetItem *item)
{
    if (!item)
        return;
    m_chosen = item->data(TicketColumn, Qt::UserRole).toLongLong();
    accept();
}

} // namespace dueline
