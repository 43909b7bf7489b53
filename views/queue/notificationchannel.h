// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where the queue's notifications are shown: the desktop's notification service
// (DesktopNotifications, over D-Bus) or the tray icon's balloon (TrayNotifications).

#include <QMetaType>
#include <QObject>
#include <QString>

namespace dueline {

// One notification: what it says and which ticket it is about.
struct DesktopNotification
{
    qint64 ticketId = 0; // 0: a summary of several tickets
    QString summary; // the title
    QString body; // plain text, lines separated by '\n'
    bool critical = false; // a breach
    bool canTake = false; // offers Take (an unassigned ticket)
    bool canAssign = false; // offers Assign… (to a lead)
};

// A way to show notifications. A later notification of the same ticket (or the next summary)
// replaces the earlier one where the channel can; what the person does with one comes back as
// the ticket it is about.
class NotificationChannel : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Shows `notification`; shown() or failed() follows, at once or later.
    virtual void show(const dueline::DesktopNotification &notification) = 0;

signals:
    void shown(const dueline::DesktopNotification &notification);
    // It could not be shown (no service answered, no tray): the caller tries another way.
    void failed(const dueline::DesktopNotification &notification);
    // The person clicked it (0: a summary).
    void opened(qint64 ticketId);
    // The person chose Take on it.
    void takeRequested(qint64 ticketId);
    // The person chose Assign… on it.
    void assignRequested(qint64 ticketId);
    // It was closed (expired, dismissed, replaced by the service).
    void closed(qint64 ticketId);
};

} // namespace dueline

Q_DECLARE_METATYPE(dueline::DesktopNotification)
