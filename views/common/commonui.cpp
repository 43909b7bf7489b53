#include "views/common/commonui.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QWidget>

namespace dueline::CommonUi {

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

void followDefaultLocale(QWidget *widget)
{
    if (widget && widget->locale() != QLocale())
        widget->setLocale(QLocale());
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

} // namespace dueline::CommonUi
