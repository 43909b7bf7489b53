// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/plans/plansutil.h"

#include "views/common/commonui.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace dueline::PlansUi {

QColor bestBackground(const QPalette &palette)
{
    // Breeze's "positive" green; a stronger wash on dark bases, where a light one disappears.
    const QColor positive(39, 174, 96);
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return CommonUi::tint(palette, positive, dark ? 0.32 : 0.22);
}

QIcon swatch(const QColor &color, int size)
{
    QIcon result;
    for (const qreal ratio : {1.0, 2.0}) {
        QPixmap pixmap(QSize(size, size) * ratio);
        pixmap.setDevicePixelRatio(ratio);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const QRectF box = QRectF(0, 0, size, size).adjusted(2.5, 2.5, -2.5, -2.5);
        QPainterPath path;
        path.addRoundedRect(box, 2.5, 2.5);
        painter.fillPath(path, color);
        painter.setPen(QPen(color.darker(140), 1));
        painter.drawPath(path);
        painter.end();
        result.addPixmap(pixmap);
    }
    return result;
}

QString longDate(const QLocale &locale, QDate date)
{
    return locale.toString(date, locale.language() == QLocale::Chinese
                                         ? QStringLiteral("yyyy年M月d日")
                                         : QStringLiteral("d MMMM yyyy"));
}

} // namespace dueline::PlansUi
