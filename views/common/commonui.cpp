// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/common/commonui.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QStandardPaths>
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

QString defaultExportPath(const QString &fileName)
{
    const QStringList folders{QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                              QDir::homePath()};
    for (const QString &folder : folders) {
        const QFileInfo info(folder);
        if (!folder.isEmpty() && info.isDir() && info.isWritable())
            return QDir(info.absoluteFilePath()).filePath(fileName);
    }
    return QDir(QDir::homePath()).filePath(fileName);
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
