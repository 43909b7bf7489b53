// SPDX-License-Identifier: GPL-3.0-or-later
// TrayNotifications: the tray icon with its badge, and its balloon messages.
#include "views/queue/traynotifications.h"

#include "views/common/icons.h"

#include <QPainter>
#include <QSystemTrayIcon>
#include <QWidget>

namespace dueline {

TrayNotifications::TrayNotifications(QWidget *workspace)
    : NotificationChannel(workspace)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("trayNotifications"));
}

void TrayNotifications::setAvailability(std::function<bool()> available)
{
    m_available = std::move(available);
}

void TrayNotifications::show(const DesktopNotification &notification)
{
    if (!m_tray || !m_tray->isVisible()) {
        emit failed(notification);
        return;
    }
    m_lastTicket = notification.ticketId;
    m_tray->showMessage(notification.summary, notification.body,
                        notification.critical ? QSystemTrayIcon::Critical
                                              : QSystemTrayIcon::Warning);
    emit shown(notification);
}

void TrayNotifications::updateCounts(const QueueModel::Counts &counts)
{
    if (!(m_available ? m_available() : QSystemTrayIcon::isSystemTrayAvailable()))
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setObjectName(QStringLiteral("queueTray"));
        connect(m_tray, &QSystemTrayIcon::activated, this, &TrayNotifications::iconActivated);
        // A click on a message opens its ticket.
        connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                [this] { emit opened(m_lastTicket); });
    }
    const int atRisk = counts.atRisk;
    m_tray->setIcon(trayIcon(atRisk));
    m_tray->setToolTip(tr("Dueline: %n at risk", "", atRisk) + QLatin1Char('\n') +
                       tr("%n breached", "", counts.breached));
    // Shown once it has its icon (QSystemTrayIcon warns "No Icon set" otherwise).
    if (!m_tray->isVisible())
        m_tray->show();
}

QIcon TrayNotifications::trayIcon(int atRisk) const
{
    QPixmap pixmap = Icons::application().pixmap(QSize(32, 32));
    if (atRisk > 0) {
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QRect badge(12, 12, 20, 20);
        p.setBrush(QColor(0xc2, 0x5e, 0x00));
        p.setPen(Qt::NoPen);
        p.drawEllipse(badge);
        QFont f = m_workspace->font();
        f.setBold(true);
        f.setPixelSize(atRisk > 99 ? 8 : 12);
        p.setFont(f);
        p.setPen(Qt::white);
        p.drawText(badge, Qt::AlignCenter,
                   atRisk > 999 ? QStringLiteral("999+") : QString::number(atRisk));
    }
    return QIcon(pixmap);
}

} // namespace dueline
