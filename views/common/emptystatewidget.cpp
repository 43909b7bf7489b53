// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/common/emptystatewidget.h"

#include "views/common/icons.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace dueline {

namespace {

constexpr int iconSize = 96;
constexpr int textWidth = 520;

} // namespace

// Paints the icon at paint time, so it follows theme and palette switches without help.
class IconView : public QWidget
{
public:
    explicit IconView(QWidget *parent)
        : QWidget(parent)
    {
        setFixedSize(iconSize, iconSize);
    }
    void setIcon(const QIcon &icon)
    {
        m_icon = icon;
        update();
    }
    QIcon icon() const { return m_icon; }

protected:
    void paintEvent(QPaintEvent *) override
    {
        // QIcon::paint() would stop at the size of a fixed-size theme folder (22 px); asking for
        // the pixmap renders the SVG at the full size.
        const qreal ratio = devicePixelRatioF();
        QPixmap pixmap =
                m_icon.pixmap(size(), ratio, isEnabled() ? QIcon::Normal : QIcon::Disabled);
        if (pixmap.isNull())
            return;
        const QSizeF drawn = QSizeF(pixmap.size()) / pixmap.devicePixelRatio();
        const QRectF target(QPointF((width() - drawn.width()) / 2, (height() - drawn.height()) / 2),
                            drawn);
        QPainter painter(this);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        // Placeholder icons are drawn subdued, as in KDE's placeholder messages.
        painter.setOpacity(0.6);
        painter.drawPixmap(target, pixmap, QRectF(QPointF(0, 0), QSizeF(pixmap.size())));
    }

private:
    QIcon m_icon;
};

// A command line in a monospace font inside a rounded box.
class CommandLabel : public QLabel
{
public:
    explicit CommandLabel(QWidget *parent)
        : QLabel(parent)
    {
        setTextFormat(Qt::PlainText);
        setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        setContentsMargins(12, 5, 12, 5);
        setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        setCursor(Qt::IBeamCursor);
    }

protected:
    void changeEvent(QEvent *event) override
    {
        QLabel::changeEvent(event);
        if (event->type() == QEvent::FontChange || event->type() == QEvent::ApplicationFontChange) {
            QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
            if (font().pointSizeF() > 0)
                fixed.setPointSizeF(font().pointSizeF());
            if (fixed != font())
                setFont(fixed);
        }
    }
    void paintEvent(QPaintEvent *event) override
    {
        {
            QPainter painter(this);
            painter.setRenderHint(QPainter::Antialiasing);
            const QPalette &p = palette();
            QColor border = p.color(QPalette::WindowText);
            border.setAlphaF(0.18);
            painter.setPen(QPen(border, 1));
            painter.setBrush(p.color(QPalette::Base));
            painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        }
        QLabel::paintEvent(event);
    }
};

EmptyStateWidget::EmptyStateWidget(QWidget *parent)
    : QWidget(parent)
    , m_icon(new IconView(this))
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_command(new CommandLabel(this))
{
    m_icon->setObjectName(QStringLiteral("emptyStateIcon"));
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_description->setObjectName(QStringLiteral("emptyStateDescription"));
    m_hint->setObjectName(QStringLiteral("emptyStateHint"));
    m_command->setObjectName(QStringLiteral("emptyStateCommand"));
    m_command->hide();

    for (QLabel *label : {m_title, m_description, m_hint}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    }
    m_title->setTextFormat(Qt::PlainText);
    m_description->setTextFormat(Qt::PlainText);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    // The texts wrap in a column at most textWidth wide, centred in whatever space there is.
    auto *column = new QWidget(this);
    column->setMaximumWidth(textWidth);
    column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(0);
    columnLayout->addWidget(m_title);
    columnLayout->addSpacing(10);
    columnLayout->addWidget(m_description);
    columnLayout->addSpacing(8);
    columnLayout->addWidget(m_hint);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(m_command, 0, Qt::AlignHCenter);
    for (QLabel *label : {m_title, m_description, m_hint})
        label->setParent(column);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 100);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(0);
    layout->addStretch(3);
    layout->addWidget(m_icon, 0, Qt::AlignHCenter);
    layout->addSpacing(20);
    layout->addLayout(row);
    layout->addStretch(4);

    updateFonts();
}

void EmptyStateWidget::setIconName(const QString &name)
{
    m_iconName = name;
    m_icon->setIcon(Icons::get(name));
}

QIcon EmptyStateWidget::icon() const
{
    return m_icon->icon();
}

QString EmptyStateWidget::title() const
{
    return m_title->text();
}

void EmptyStateWidget::setTitle(const QString &title)
{
    m_title->setText(title);
}

QString EmptyStateWidget::description() const
{
    return m_description->text();
}

void EmptyStateWidget::setDescription(const QString &description)
{
    m_description->setText(description);
}

QString EmptyStateWidget::hint() const
{
    return m_hint->text();
}

void EmptyStateWidget::setHint(const QString &hint)
{
    m_hint->setText(hint);
}

QString EmptyStateWidget::command() const
{
    return m_command->text();
}

void EmptyStateWidget::setCommand(const QString &command)
{
    m_command->setText(command);
    m_command->setVisible(!command.isEmpty());
}

void EmptyStateWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateFonts();
}

void EmptyStateWidget::updateFonts()
{
    QFont titleFont = font();
    if (titleFont.pointSizeF() > 0)
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    else
        titleFont.setPixelSize(qRound(titleFont.pixelSize() * 1.45));
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
}

} // namespace dueline
