// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/item/daybarchart.h"

#include <QObject>
#include <QPainter>
#include <QTextObjectInterface>

namespace dueline {

// A DayBarChart inside a QTextDocument, drawn as vector graphics wherever the document is
// painted (a PDF page): laid out in logical pixels (96 per inch) and scaled by `scale` to the
// paint device's pixels. Its size: `width` wide, about a third as high.
class ReportChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int Type = QTextFormat::UserObject + 1;

    ReportChartObject(DayBarChart *chart, qreal scale, qreal width)
        : m_chart(chart)
        , m_scale(scale)
        , m_width(width)
    { }
    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &) override
    {
        return {m_width, m_width * 0.36};
    }
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                    const QTextFormat &) override
    {
        painter->save();
        painter->translate(rect.topLeft());
        painter->scale(m_scale, m_scale);
        m_chart->layout(QRectF(QPointF(0, 0), rect.size() / m_scale));
        m_chart->paint(*painter);
        painter->restore();
    }

private:
    DayBarChart *m_chart;
    qreal m_scale;
    qreal m_width;
};

} // namespace dueline
