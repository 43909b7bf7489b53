// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/item/daybarchart.h"

#include "models/item/dateformat.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace dueline {

void DayBarChart::setDays(const QVector<QDate> &days, Unit unit)
{
    m_days = days;
    m_unit = unit;
}

void DayBarChart::setSeries(const QVector<Series> &series)
{
    m_series = series;
}

qint64 DayBarChart::total(int day) const
{
    qint64 sum = 0;
    for (const Series &s : m_series)
        sum += day >= 0 && day < s.values.size() ? s.values.at(day) : 0;
    return sum;
}

qint64 DayBarChart::grandTotal() const
{
    qint64 sum = 0;
    for (int day = 0; day < m_days.size(); ++day)
        sum += total(day);
    return sum;
}

QVector<int> DayBarChart::monthStarts() const
{
    QVector<int> starts;
    for (int i = 1; i < m_days.size(); ++i) {
        if (m_days.at(i).month() != m_days.at(i - 1).month())
            starts << i;
    }
    return starts;
}

QVector<qint64> DayBarChart::countTicks(qint64 max, int maxTicks)
{
    max = std::max<qint64>(max, 1);
    maxTicks = std::max(maxTicks, 2);
    // The smallest step of 1, 2 or 5 × 10^k that reaches `max` in at most maxTicks - 1 steps.
    qint64 step = 1;
    for (qint64 magnitude = 1;; magnitude *= 10) {
        bool found = false;
        for (qint64 m : {1, 2, 5}) {
            if (m * magnitude * (maxTicks - 1) >= max) {
                step = m * magnitude;
                found = true;
                break;
            }
        }
        if (found)
            break;
    }
    QVector<qint64> ticks;
    for (qint64 v = 0;; v += step) {
        ticks << v;
        if (v >= max)
            break;
    }
    return ticks;
}

QColor DayBarChart::seriesColor(int index, bool dark)
{
    static const QRgb light[] = {0x0072b2, 0xe69f00, 0x009e73, 0xcc79a7, 0xd55e00, 0x56b4e9,
                                 0x882255, 0x999933, 0x000000, 0x888888, 0x44aa99, 0x332288};
    static const QRgb onDark[] = {0x56b4e9, 0xe69f00, 0x2fc496, 0xe09bc6, 0xff7a33, 0x9fd4f5,
                                  0xd16b9a, 0xd6d66a, 0xf0e442, 0xbbbbbb, 0x66ccbb, 0x8877dd};
    const int n = int(std::size(light));
    return QColor::fromRgb(dark ? onDark[index % n] : light[index % n]);
}

QString DayBarChart::shortLabel(int day, bool withMonth) const
{
    const QDate date = m_days.at(day);
    if (withMonth || m_unit == Unit::Week)
        return DateFormat::dayMonth(m_locale, date);
    return m_locale.toString(date, QStringLiteral("d"));
}

QString DayBarChart::dayTitle(int day) const
{
    if (day < 0 || day >= m_days.size())
        return {};
    const QDate date = m_days.at(day);
    if (m_unit == Unit::Week) {
        return QStringLiteral("%1 – %2").arg(DateFormat::dayMonth(m_locale, date),
                                             DateFormat::dayMonth(m_locale, date.addDays(6)));
    }
    return DateFormat::weekdayDate(m_locale, date);
}

void DayBarChart::layout(const QRectF &rect)
{
    m_rect = rect;
    m_dayLabels.clear();
    m_countLabels.clear();
    m_legend.clear();
    const QFontMetricsF fm(m_font);
    const qreal line = fm.height();
    const qreal em = fm.horizontalAdvance(QLatin1Char('M'));

    // The legend: entries in rows below the chart, wrapping; a text wider than a whole row is
    // elided (the tooltip of the view has it whole).
    const qreal keySize = std::round(fm.ascent() * 0.8);
    const qreal entryGap = em * 1.2;
    QVector<LegendEntry> entries;
    QVector<int> rows;
    qreal x = rect.left();
    int row = 0;
    for (int s = 0; s < m_series.size(); ++s) {
        const qreal maxText = rect.width() - keySize - em * 0.4;
        QString text = m_series.at(s).name;
        if (fm.horizontalAdvance(text) > maxText)
            text = fm.elidedText(text, Qt::ElideRight, maxText);
        const qreal textWidth = std::ceil(fm.horizontalAdvance(text)) + 1;
        const qreal width = keySize + em * 0.4 + textWidth;
        if (x > rect.left() && x + width > rect.right()) {
            x = rect.left();
            ++row;
        }
        LegendEntry e;
        e.color = m_series.at(s).color;
        e.key = QRectF(x, 0, keySize, keySize);
        e.text = {text, QRectF(x + keySize + em * 0.4, 0, textWidth, line), s};
        entries << e;
        rows << row;
        x += width + entryGap;
    }
    const qreal rowHeight = line * 1.25;
    const qreal legendHeight = entries.isEmpty() ? 0 : (row + 1) * rowHeight + line * 0.4;
    const qreal legendTop = rect.bottom() - legendHeight + line * 0.4;
    for (int i = 0; i < entries.size(); ++i) {
        LegendEntry &e = entries[i];
        const qreal top = legendTop + rows.at(i) * rowHeight;
        e.text.rect.moveTop(top);
        e.key.moveTop(top + (line - keySize) / 2);
    }
    m_legend = entries;

    // The count axis: its widest label decides the room on the left.
    qint64 max = 0;
    for (int day = 0; day < m_days.size(); ++day)
        max = std::max(max, total(day));
    const qreal dayLabelHeight = line + em * 0.5;
    const qreal top = rect.top() + line / 2;
    const qreal bottom = rect.bottom() - legendHeight - dayLabelHeight;
    const int maxTicks = std::clamp(int((bottom - top) / (line * 2)), 2, 6);
    m_ticks = countTicks(max, maxTicks);
    qreal countWidth = 0;
    for (qint64 t : m_ticks)
        countWidth = std::max(countWidth, std::ceil(fm.horizontalAdvance(m_locale.toString(t))));
    m_plot = QRectF(QPointF(rect.left() + countWidth + em * 0.6, top),
                    QPointF(rect.right() - em * 0.3, std::max(top + 1, bottom)));
    for (qint64 t : m_ticks) {
        const qreal y = m_plot.bottom() - m_plot.height() * double(t) / double(m_ticks.last());
        const QString text = m_locale.toString(t);
        const qreal w = std::ceil(fm.horizontalAdvance(text)) + 1;
        m_countLabels.append(
                {text, QRectF(m_plot.left() - em * 0.4 - w, y - line / 2, w, line), int(t)});
    }

    // Day labels: the first day and month starts, then regular ones at the smallest step whose
    // widest label fits; a label that would touch one already placed is left out.
    if (m_days.isEmpty())
        return;
    const qreal slot = m_plot.width() / m_days.size();
    const qreal gap = em * 0.6;
    const qreal labelTop = m_plot.bottom() + em * 0.3;
    auto place = [&](int day, const QString &text) {
        const qreal w = std::ceil(fm.horizontalAdvance(text)) + 1;
        qreal left = m_plot.left() + slot * (day + 0.5) - w / 2;
        left = std::clamp(left, rect.left(), rect.right() - w);
        const QRectF box(left, labelTop, w, line);
        for (const Text &t : std::as_const(m_dayLabels)) {
            if (box.left() < t.rect.right() + gap && t.rect.left() < box.right() + gap)
                return;
        }
        m_dayLabels.append({text, box, day});
    };
    const QVector<int> starts = monthStarts();
    // The year where it changes, when the period spans two: on 1 January, placed first.
    const bool years = m_days.first().year() != m_days.last().year();
    const bool chinese = m_locale.language() == QLocale::Chinese;
    const auto withYear = [&](int day) {
        return years && m_days.at(day).month() == 1 && m_days.at(day).day() == 1;
    };
    // Month starts as "1 Oct", or as "Oct" when a month is narrower than that.
    qreal widestStart = 0;
    for (int day : starts)
        widestStart = std::max(widestStart, fm.horizontalAdvance(shortLabel(day, true)));
    const bool monthNames = slot * 28 < widestStart + gap;
    const auto startLabel = [&](int day) {
        const QDate date = m_days.at(day);
        if (monthNames && day > 0) {
            return m_locale.toString(date, withYear(day) ? (chinese ? QStringLiteral("yyyy年M月")
                                                                    : QStringLiteral("MMM yyyy"))
                                                         : QStringLiteral("MMM"));
        }
        return withYear(day) ? DateFormat::dayMonthYear(m_locale, date) : shortLabel(day, true);
    };
    for (int day : starts) {
        if (withYear(day))
            place(day, startLabel(day));
    }
    place(0, startLabel(0));
    for (int day : starts)
        place(day, startLabel(day));
    qreal widest = 0;
    for (int day = 0; day < m_days.size(); ++day)
        widest = std::max(widest, fm.horizontalAdvance(shortLabel(day, false)));
    // Days between the month starts: every day, every other day or Mondays (weeks: every one,
    // every other …), the first step with room for two gaps, so that the rhythm stays regular.
    // A period too long for Mondays shows its months alone.
    int step = 0;
    for (int candidate : {1, 2, 7, 14}) {
        if (m_unit == Unit::Day && candidate > 7)
            break;
        if (candidate * slot >= widest + 2 * gap) {
            step = candidate;
            break;
        }
    }
    if (step > 0) {
        for (int day = 1; day < m_days.size(); ++day) {
            const bool regular = m_unit == Unit::Week || step < 7 ? day % step == 0
                                                                  : m_days.at(day).dayOfWeek() == 1;
            if (regular && !starts.contains(day))
                place(day, shortLabel(day, false));
        }
    }
    std::sort(m_dayLabels.begin(), m_dayLabels.end(),
              [](const Text &a, const Text &b) { return a.index < b.index; });
}

QRectF DayBarChart::barRect(int day) const
{
    if (day < 0 || day >= m_days.size() || m_ticks.isEmpty())
        return {};
    const qreal slot = m_plot.width() / m_days.size();
    const qreal width = slot >= 4 ? slot * 0.75 : slot;
    const qreal height = m_plot.height() * double(total(day)) / double(m_ticks.last());
    return QRectF(m_plot.left() + slot * day + (slot - width) / 2, m_plot.bottom() - height, width,
                  height);
}

int DayBarChart::dayAt(const QPointF &point) const
{
    if (m_days.isEmpty() || point.x() < m_plot.left() || point.x() >= m_plot.right() ||
        point.y() < m_plot.top() || point.y() > m_plot.bottom())
        return -1;
    return std::clamp(int((point.x() - m_plot.left()) / (m_plot.width() / m_days.size())), 0,
                      int(m_days.size()) - 1);
}

int DayBarChart::seriesAt(const QPointF &point) const
{
    const int day = dayAt(point);
    if (day < 0 || m_ticks.isEmpty())
        return -1;
    qreal y = m_plot.bottom();
    for (int s = 0; s < m_series.size(); ++s) {
        const qint64 v = day < m_series.at(s).values.size() ? m_series.at(s).values.at(day) : 0;
        const qreal h = m_plot.height() * double(v) / double(m_ticks.last());
        if (v > 0 && point.y() <= y && point.y() >= y - h)
            return s;
        y -= h;
    }
    return -1;
}

void DayBarChart::paint(QPainter &painter) const
{
    painter.save();
    painter.setFont(m_font);
    const QFontMetricsF fm(m_font);

    // Grid and count axis.
    painter.setPen(QPen(m_colors.grid, 1));
    for (const Text &t : m_countLabels) {
        const qreal y = std::round(t.rect.center().y()) + 0.5;
        painter.drawLine(QPointF(m_plot.left(), y), QPointF(m_plot.right(), y));
    }
    // Month boundaries.
    if (!m_days.isEmpty()) {
        const qreal slot = m_plot.width() / m_days.size();
        painter.setPen(QPen(m_colors.monthLine, 1, Qt::DashLine));
        for (int day : monthStarts()) {
            const qreal x = std::round(m_plot.left() + slot * day) + 0.5;
            painter.drawLine(QPointF(x, m_plot.top()),
                             QPointF(x, m_plot.bottom() + fm.height() / 3));
        }
    }
    // Bars, the first series at the bottom.
    painter.setPen(Qt::NoPen);
    if (!m_ticks.isEmpty()) {
        for (int day = 0; day < m_days.size(); ++day) {
            const QRectF bar = barRect(day);
            qreal y = m_plot.bottom();
            for (const Series &s : m_series) {
                const qint64 v = day < s.values.size() ? s.values.at(day) : 0;
                if (v <= 0)
                    continue;
                const qreal h = m_plot.height() * double(v) / double(m_ticks.last());
                painter.fillRect(QRectF(bar.left(), y - h, bar.width(), h), s.color);
                y -= h;
            }
        }
    }
    // The baseline.
    painter.setPen(QPen(m_colors.text, 1));
    const qreal base = std::round(m_plot.bottom()) + 0.5;
    painter.drawLine(QPointF(m_plot.left(), base), QPointF(m_plot.right(), base));

    // Texts.
    for (const Text &t : m_countLabels)
        painter.drawText(t.rect, Qt::AlignRight | Qt::AlignVCenter, t.text);
    for (const Text &t : m_dayLabels)
        painter.drawText(t.rect, Qt::AlignCenter, t.text);
    for (const LegendEntry &e : m_legend) {
        painter.fillRect(e.key, e.color);
        painter.drawText(e.text.rect, Qt::AlignLeft | Qt::AlignVCenter, e.text.text);
    }
    if (grandTotal() == 0 && !m_emptyText.isEmpty()) {
        painter.setPen(m_colors.text);
        painter.drawText(m_plot, Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
    }
    painter.restore();
}

} // namespace dueline
