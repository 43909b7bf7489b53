// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/shell/workspacesidebar.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyledItemDelegate>

namespace dueline {

namespace {

constexpr int iconExtent = 22;
constexpr int outerMargin = 6; // between the list's edge and a row's highlight
constexpr int innerPadding = 10; // between the highlight's edge and the icon or text
constexpr int iconTextGap = 10;
constexpr int minimumTextWidth = 96;

// Rows with a rounded highlight, a 22 px icon and an elided label.
class SidebarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QFontMetrics metrics(option.font);
        const int height = qMax(iconExtent, metrics.height()) + 2 * innerPadding;
        const int width =
                2 * outerMargin + 2 * innerPadding + iconExtent + iconTextGap +
                qMax(minimumTextWidth, metrics.horizontalAdvance(index.data().toString()));
        return {width, height};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QPalette &palette = option.palette;
        const bool selected = option.state & QStyle::State_Selected;
        const bool hovered = option.state & QStyle::State_MouseOver;
        const bool active = option.state & QStyle::State_Active;
        const QRectF box = QRectF(option.rect).adjusted(outerMargin, 2, -outerMargin, -2);

        if (selected || hovered) {
            QColor fill = palette.color(active ? QPalette::Active : QPalette::Inactive,
                                        QPalette::Highlight);
            fill.setAlphaF(selected ? 1.0 : 0.2);
            QPainterPath path;
            path.addRoundedRect(box, 4, 4);
            painter->fillPath(path, fill);
        }
        if (option.state & QStyle::State_HasFocus && !selected) {
            QColor line = palette.color(QPalette::Highlight);
            painter->setPen(QPen(line, 1));
            painter->drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        }

        const QIcon icon = index.data(Qt::DecorationRole).value<QIcon>();
        const QRect iconRect(int(box.left()) + innerPadding,
                             option.rect.center().y() - iconExtent / 2 + 1, iconExtent, iconExtent);
        icon.paint(painter, iconRect, Qt::AlignCenter,
                   (option.state & QStyle::State_Enabled) ? QIcon::Normal : QIcon::Disabled,
                   selected ? QIcon::On : QIcon::Off);

        const QRect textRect(iconRect.right() + 1 + iconTextGap, int(box.top()),
                             int(box.right()) - iconRect.right() - iconTextGap - innerPadding,
                             int(box.height()));
        const QString text = option.fontMetrics.elidedText(index.data().toString(), Qt::ElideRight,
                                                           textRect.width());
        painter->setFont(option.font);
        painter->setPen(palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, text);
        painter->restore();
    }
};

} // namespace

WorkspaceSidebar::WorkspaceSidebar(QWidget *parent)
    : QListWidget(parent)
{
    setItemDelegate(new SidebarDelegate(this));
    setFrameShape(QFrame::NoFrame);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setIconSize(QSize(iconExtent, iconExtent));
    setMouseTracking(true);
    setAttribute(Qt::WA_MacShowFocusRect, false);
    setUniformItemSizes(true);
    setSpacing(0);
    viewport()->setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    setContentsMargins(0, 4, 0, 4);
}

int WorkspaceSidebar::addWorkspace(const QIcon &icon, const QString &label, const QString &toolTip)
{
    auto *item = new QListWidgetItem(icon, label, this);
    item->setToolTip(toolTip);
    updateWidth();
    return row(item);
}

void WorkspaceSidebar::setWorkspaceText(int row, const QString &label, const QString &toolTip)
{
    if (QListWidgetItem *it = item(row)) {
        it->setText(label);
        it->setToolTip(toolTip);
    }
    updateWidth();
}

QSize WorkspaceSidebar::sizeHint() const
{
    int width = 0;
    int height = 0;
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    for (int i = 0; i < count(); ++i) {
        const QSize hint = itemDelegate()->sizeHint(option, model()->index(i, 0));
        width = qMax(width, hint.width());
        height += hint.height();
    }
    const QMargins margins = contentsMargins();
    return {width + margins.left() + margins.right(), height + margins.top() + margins.bottom()};
}

QSize WorkspaceSidebar::minimumSizeHint() const
{
    return {sizeHint().width(), 0};
}

void WorkspaceSidebar::changeEvent(QEvent *event)
{
    QListWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        updateWidth();
}

void WorkspaceSidebar::updateWidth()
{
    setFixedWidth(sizeHint().width());
}

} // namespace dueline
