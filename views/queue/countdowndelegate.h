#pragma once

#include "models/sla/slaclock.h"

#include <QFont>
#include <QFontMetrics>
#include <QStyledItemDelegate>

#include <array>
#include <vector>

class QPalette;

namespace dueline {

// Paints a clock column of the queue: the remaining time ("0:12:34", "2 d 4 h", negative and
// counting up once breached), a thin bar of the target used, and a colour per state that reads
// in light and dark palettes. Reads QueueModel's roles only; nothing is computed per paint but
// what the model answers.
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
    // The text a clock cell shows.
    static QString cellText(const QModelIndex &index);

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
