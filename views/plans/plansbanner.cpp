// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/plans/plansbanner.h"

#include "views/common/commonui.h"
#include "views/common/icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

namespace dueline {

PlansBanner::PlansBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    m_icon->setObjectName(QStringLiteral("bannerIcon"));
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_close->setObjectName(QStringLiteral("bannerClose"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_icon->setAlignment(Qt::AlignTop);
    m_close->setAutoRaise(true);
    m_close->setIcon(Icons::get(QStringLiteral("dialog-close"), QStyle::SP_TitleBarCloseButton));
    m_close->setIconSize(QSize(16, 16));
    m_close->setToolTip(tr("Close", "close an inline message"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    updateIcon();
    hide();
}

void PlansBanner::setType(Type type)
{
    m_type = type;
    updateIcon();
    update();
}

QString PlansBanner::text() const
{
    return m_text->text();
}

void PlansBanner::setText(const QString &text)
{
    m_text->setText(text);
    setVisible(!text.isEmpty());
}

void PlansBanner::setCloseButtonVisible(bool visible)
{
    m_close->setVisible(visible);
}

QColor PlansBanner::accent() const
{
    // Breeze's information, positive, neutral and negative colours.
    switch (m_type) {
    case Information:
        return QColor(61, 174, 233);
    case Positive:
        return QColor(39, 174, 96);
    case Warning:
        return QColor(246, 116, 0);
    case Error:
        return QColor(218, 68, 83);
    }
    return {};
}

void PlansBanner::updateIcon()
{
    QStyle::StandardPixmap fallback = QStyle::SP_MessageBoxInformation;
    QString name = QStringLiteral("dialog-information");
    switch (m_type) {
    case Information:
    case Positive:
        break;
    case Warning:
        fallback = QStyle::SP_MessageBoxWarning;
        name = QStringLiteral("dialog-warning");
        break;
    case Error:
        fallback = QStyle::SP_MessageBoxCritical;
        name = QStringLiteral("dialog-error");
        break;
    }
    m_icon->setPixmap(Icons::get(name, fallback).pixmap(QSize(22, 22), devicePixelRatioF()));
}

void PlansBanner::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    CommonUi::paintMessageBox(painter, rect(), palette(), accent(), 0.2);
}

void PlansBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        m_close->setToolTip(tr("Close", "close an inline message"));
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateIcon();
}

} // namespace dueline
