// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QDate>
#include <QFont>
#include <QLocale>
#include <QRectF>
#include <QString>
#include <QVector>

class QPainter;

namespace dueline {

// A bar chart over consecutive days (or weeks), the bars stacked by series: breaches per day by
// plan on the dashboard and the wallboard, breaches per week in a printed report. Laid out and
// drawn with QPainter alone (Qt Gui), so every surface draws the same chart and a test can
// measure each text against the box it is drawn in.
//
// Nothing is clipped: day labels are thinned until they fit (the first day and month starts
// first, then every day, every other day, Mondays or every other Monday), month boundaries are
// marked with a line, the legend wraps into rows with a colour key per entry, and the count axis
// has as much room as its widest label. Numbers and dates follow the locale set.
class DayBarChart
{
public:
    enum class Unit { Day, Week }; // what one bar stands for (a week: the 7 days from its date)

    struct Series
    {
        QString name;
        QColor color;
        QVector<qint64> values; // one per day
    };
    struct Colors
    {
        QColor text = Qt::black;
        QColor grid = QColor(0xd0, 0xd0, 0xd0);
        QColor monthLine = QColor(0x80, 0x80, 0x80);
    };
    // A text as drawn: its box (the text fits it) and what it says.
    struct Text
    {
        QString text;
        QRectF rect;
        int index = -1; // the day of a day label; the series of a legend entry
    };
    struct LegendEntry
    {
        Text text;
        QRectF key; // the colour key
        QColor color;
    };

    void setDays(const QVector<QDate> &days, Unit unit = Unit::Day);
    void setSeries(const QVector<Series> &series);
    void setLocale(const QLocale &locale) { m_locale = locale; }
    void setFont(const QFont &font) { m_font = font; }
    void setColors(const Colors &colors) { m_colors = colors; }
    // Drawn in the middle of the plot when there is nothing to stack.
    void setEmptyText(const QString &text) { m_emptyText = text; }

    // Lays the chart out in `rect` (logical pixels of the painter it is drawn with).
    void layout(const QRectF &rect);
    void paint(QPainter &painter) const;

    const QVector<QDate> &days() const { return m_days; }
    const QVector<Series> &series() const { return m_series; }
    qint64 total(int day) const;
    qint64 grandTotal() const;
    // Indices of the days that begin a month (a boundary line is drawn on their left).
    QVector<int> monthStarts() const;

    // The layout of the last layout() call.
    QRectF plotRect() const { return m_plot; }
    QRectF barRect(int day) const;
    const QVector<Text> &dayLabels() const { return m_dayLabels; }
    const QVector<Text> &countLabels() const { return m_countLabels; }
    const QVector<LegendEntry> &legend() const { return m_legend; }
    int dayAt(const QPointF &point) const; // -1 outside the bars' columns
    int seriesAt(const QPointF &point) const; // -1 outside a bar's segment

    // The full label of a day ("Wed 2 Dec", a week "30 Nov – 6 Dec").
    QString dayTitle(int day) const;
    // Round steps for a count axis from 0 to at least `max`: 0, step, 2·step … (at most about
    // `maxTicks` of them).
    static QVector<qint64> countTicks(qint64 max, int maxTicks);
    // The colour of the `index`-th series: the Okabe–Ito set, which people with any common
    // colour vision deficiency tell apart, and four more (twelve plans before a colour repeats),
    // lighter on a dark background.
    static QColor seriesColor(int index, bool dark);

private:
    QString shortLabel(int day, bool withMonth) const;

    QVector<QDate> m_days;
    Unit m_unit = Unit::Day;
    QVector<Series> m_series;
    QLocale m_locale;
    QFont m_font;
    Colors m_colors;
    QString m_emptyText;

    QRectF m_rect;
    QRectF m_plot;
    QVector<qint64> m_ticks;
    QVector<Text> m_dayLabels;
    QVector<Text> m_countLabels;
    QVector<LegendEntry> m_legend;
};

} // namespace dueline
