#include "views/plansutil.h"

#include "views/icons.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace PlansUi {

QString uiLanguage()
{
    const QLocale locale;
    switch (locale.language()) {
    case QLocale::Russian:
        return QStringLiteral("ru");
    case QLocale::Chinese:
        return QStringLiteral("zh_CN");
    default:
        return QStringLiteral("en");
    }
}

QColor mix(const QColor &a, const QColor &b, qreal k)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * k,
                            a.greenF() + (b.greenF() - a.greenF()) * k,
                            a.blueF() + (b.blueF() - a.blueF()) * k);
}

QColor tint(const QPalette &palette, const QColor &accent, qreal k)
{
    return mix(palette.color(QPalette::Base), accent, k);
}

QColor bestBackground(const QPalette &palette)
{
    // Breeze's "positive" green; a stronger wash on dark bases, where a light one disappears.
    const QColor positive(39, 174, 96);
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return tint(palette, positive, dark ? 0.32 : 0.22);
}

void paintMessageBox(QPainter &painter, const QRect &rect, const QPalette &palette,
                     const QColor &accent, qreal k)
{
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter.fillPath(path, tint(palette, accent, k));
    painter.setPen(QPen(accent, 1));
    painter.drawPath(path);
}

QIcon icon(const QString &name, QStyle::StandardPixmap fallback)
{
    const QIcon themed = Icons::get(name);
    if (!themed.isNull() || fallback == QStyle::SP_CustomBase)
        return themed;
    return QApplication::style()->standardIcon(fallback);
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

} // namespace PlansUi
