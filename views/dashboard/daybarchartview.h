// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/item/daybarchart.h"

#include <QWidget>

namespace dueline {

// A DayBarChart on screen: drawn in the widget's palette, font and the default locale (so a
// theme or language switch at run time reaches it on the next paint), a tooltip with the day
// and each series' count, and a click on a bar reported with its day and series.
class DayBarChartView : public QWidget
{
    Q_OBJECT
public:
    explicit DayBarChartView(QWidget *parent = nullptr);

    void setDays(const QVector<QDate> &days, DayBarChart::Unit unit = DayBarChart::Unit::Day);
    void setSeries(const QVector<DayBarChart::Series> &series);
    void setEmptyText(const QString &text);
    // The chart as last laid out (for the size of the widget, or of a render()).
    const DayBarChart &chart() const { return m_chart; }
    // Lays the chart out for `size` now, as the next paint would.
    void layoutFor(const QSize &size);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

signals:
    // A click on day `day` (index into the days), on the stack of `series` (-1: above the bars).
    void barClicked(int day, int series);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    DayBarChart::Colors colors() const;

    DayBarChart m_chart;
};

} // namespace dueline
