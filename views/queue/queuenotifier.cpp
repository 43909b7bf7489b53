// QueueNotifier: the quiet hours, the notification of a ticket and the tray icon with its badge.
#include "views/queue/queuenotifier.h"

#include "views/common/icons.h"

#include <QDateTime>
#include <QPainter>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTime>
#include <QWidget>

namespace dueline {

namespace {

const QString notifyKey = QStringLiteral("notifications/enabled");
const QString quietStartKey = QStringLiteral("notifications/workStart");
const QString quietEndKey = QStringLiteral("notifications/workEnd");

} // namespace

QueueNotifier::QueueNotifier(QWidget *workspace)
    : QObject(workspace)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("queueNotifier"));
}

bool QueueNotifier::quietAt(Instant now) const
{
    // Quiet outside my own hours (weekdays, 09:00–18:00 by default, in my time zone).
    const QSettings settings;
    const QTime start =
            QTime::fromString(settings.value(quietStartKey, QStringLiteral("09:00")).toString(),
                              QStringLiteral("HH:mm"));
    const QTime end =
            QTime::fromString(settings.value(quietEndKey, QStringLiteral("18:00")).toString(),
                              QStringLiteral("HH:mm"));
    const QDateTime local = QDateTime::fromSecsSinceEpoch(now);
    if (local.date().dayOfWeek() > 5)
        return true;
    if (!start.isValid() || !end.isValid())
        return false;
    return local.time() < start || local.time() >= end;
}

void QueueNotifier::ticketStateChanged(const QueueRow &row, ClockState state, qint64 agentId,
                                       Instant now)
{
    if (row.assigneeId != agentId || agentId == 0)
        return;
    if (!QSettings().value(notifyKey, true).toBool() || quietAt(now))
        return;
    const QString title = state == ClockState::Breached
                                  ? tr("Ticket #%1 breached its SLA").arg(row.id)
                                  : tr("Ticket #%1 is at risk").arg(row.id);
    emit statusMessage(title);
    m_lastNotified = row.id;
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(title, row.subject,
                            state == ClockState::Breached ? QSystemTrayIcon::Critical
                                                          : QSystemTrayIcon::Warning);
}

void QueueNotifier::raiseWindow()
{
    if (QWidget *w = m_workspace->window()) {
        w->showNormal();
        w->raise();
        w->activateWindow();
    }
}

void QueueNotifier::notificationClicked()
{
    raiseWindow();
    if (m_lastNotified != 0)
        emit ticketRequested(m_lastNotified);
}

void QueueNotifier::setTrayAvailability(std::function<bool()> available)
{
    m_trayAvailable = std::move(available);
}

void QueueNotifier::updateTray(const QueueModel::Counts &counts)
{
    if (!(m_trayAvailable ? m_trayAvailable() : QSystemTrayIcon::isSystemTrayAvailable()))
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setObjectName(QStringLiteral("queueTray"));
        connect(m_tray, &QSystemTrayIcon::activated, this, &QueueNotifier::raiseWindow);
        // A click on a notification opens its ticket.
        connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                &QueueNotifier::notificationClicked);
    }
    const int atRisk = counts.atRisk;
    m_tray->setIcon(trayIcon(atRisk));
    m_tray->setToolTip(tr("Dueline: %n at risk", "", atRisk) + QLatin1Char('\n') +
                       tr("%n breached", "", counts.breached));
    // Shown once it has its icon (QSystemTrayIcon warns "No Icon set" otherwise).
    if (!m_tray->isVisible())
        m_tray->show();
}

QIcon QueueNotifier::trayIcon(int atRisk) const
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
