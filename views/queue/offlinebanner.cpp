// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/queue/offlinebanner.h"

#include "views/common/commonui.h"
#include "views/common/icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace dueline {

namespace {

// Breeze's neutral (warning) colour.
const QColor accent(246, 116, 0);

} // namespace

OfflineBanner::OfflineBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_retry(new QPushButton(this))
{
    setObjectName(QStringLiteral("offlineBanner"));
    m_icon->setObjectName(QStringLiteral("offlineBannerIcon"));
    m_title->setObjectName(QStringLiteral("offlineBannerTitle"));
    m_detail->setObjectName(QStringLiteral("offlineBannerDetail"));
    m_retry->setObjectName(QStringLiteral("offlineRetryButton"));
    for (QLabel *label : {m_title, m_detail}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    }
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_icon->setAlignment(Qt::AlignTop);
    m_retry->setIcon(Icons::get(QStringLiteral("view-refresh")));
    connect(m_retry, &QPushButton::clicked, this, &OfflineBanner::retryRequested);

    auto *texts = new QVBoxLayout;
    texts->setContentsMargins(0, 0, 0, 0);
    texts->setSpacing(2);
    texts->addWidget(m_title);
    texts->addWidget(m_detail);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 8, 6);
    layout->setSpacing(8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    setAccessibleName(tr("Connection lost"));
    updateIcon();
    updateTexts();
}

void OfflineBanner::setServer(const QString &server)
{
    m_server = server;
    updateTexts();
}

void OfflineBanner::setReason(const QString &reason)
{
    m_reason = reason;
    setToolTip(reason);
}

void OfflineBanner::setRetryIn(int seconds)
{
    if (m_retryIn == seconds)
        return;
    m_retryIn = seconds;
    updateTexts();
}

void OfflineBanner::setPending(const QString &description)
{
    if (m_pending == description) // asked every tick while offline
        return;
    m_pending = description;
    updateTexts();
}

QString OfflineBanner::text() const
{
    return m_title->text() + QLatin1Char('\n') + m_detail->text();
}

void OfflineBanner::updateTexts()
{
    m_title->setText(m_retryIn < 0 ? tr("Connection to %1 lost. Reconnecting now…").arg(m_server)
                                   : tr("Connection to %1 lost. Reconnecting in %n s…",
                                        "seconds until the next attempt", m_retryIn)
                                             .arg(m_server));
    QString detail = tr("Ticket actions are off until the connection is back; countdowns continue "
                        "from the last known state.");
    if (!m_pending.isEmpty())
        detail += QLatin1Char('\n') +
                  tr("Not confirmed yet: %1. It will be sent again, once, when the connection is "
                     "back, and recorded at the time the server receives it (not now); you will "
                     "see whether it was saved.",
                     "%1: an action, e.g. 'your reply to ticket #12'")
                          .arg(m_pending);
    m_detail->setText(detail);
    m_retry->setText(tr("&Retry Now", "reconnect to the database now"));
    m_retry->setEnabled(m_retryIn >= 0);
    setAccessibleDescription(text());
}

void OfflineBanner::updateIcon()
{
    m_icon->setPixmap(Icons::get(QStringLiteral("dialog-warning"), QStyle::SP_MessageBoxWarning)
                              .pixmap(QSize(22, 22), devicePixelRatioF()));
}

void OfflineBanner::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    CommonUi::paintMessageBox(painter, rect(), palette(), accent, 0.25);
}

void OfflineBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Connection lost"));
        updateTexts();
    } else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        updateIcon();
    }
}

} // namespace dueline
