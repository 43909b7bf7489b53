// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sla/slaclock.h"

#include <QFont>
#include <QFontMetrics>
#include <QStyledItemDelegate>

#include <array>
#include <vector>

class QPalette;

namespace dueline {

// Paints a clock column of the queue: the remaining time in the target's unit ("0:12:34",
// "38 h 20 min", "4 business days 5 h"), a breach as a negative wall-clock countdown ("−4 d 3 h",
// counting up), a thin bar of the target used, and a colour per state that reads in light and
// dark palettes. Reads QueueModel's roles only; nothing is computed per paint but what the model
// answers.
class CountdownDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit CountdownDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The colour of a clock state on `palette` (text and bar); invalid for the default text.
    static QColor stateColor(dueline::ClockState state, const QPalette &palette);
    // The text a clock cell shows when it has room: "4 business days 5 h", "paused 5:00:00",
    // "resumes Wed 11:00".
    static QString cellText(const QModelIndex &index);
    // The first of the cell's texts that fits `width` in `metrics`: cellText(), then the
    // clock's time alone, then its compact form ("4 workdays 5 h"); elided as a last resort.
    static QString fittingText(const QModelIndex &index, const QFontMetrics &metrics, int width);
    // The width a clock column needs in `font` for the compact texts of the current language
    // ("30 workdays 8 h", "−13 d 23 h", "99 h 59 min"), margins included.
    static int columnWidth(const QFont &font);

private:
    // What every paint would otherwise rebuild (a tick repaints every visible clock cell): the
    // state colours of the current palette and the cell's fonts with their metrics.
    struct Style
    {
        qint64 paletteKey = -1;
        QFont base;
        std::array<QColor, 8> colors;
        std::array<QFont, 3> fonts; // regular, bold (at risk, breached), italic (paused, …)
        std::vector<QFontMetrics> metrics;
    };
    const Style &style(const QStyleOptionViewItem &option) const;
    mutable Style m_style;
};

// Paints the severity column with a coloured mark of the incident level (P1 red … P4 grey).
class SeverityDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SeverityDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    static QColor levelColor(int level, const QPalette &palette);
};

} // namespace dueline
