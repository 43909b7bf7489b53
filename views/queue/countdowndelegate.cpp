// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/queue/countdowndelegate.h"

#include "models/item/queuemodel.h"
#include "models/sla/clocktext.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace dueline {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

// Two shades of one hue: a deep one for light backgrounds, a bright one for dark ones.
QColor shade(const QPalette &palette, const char *light, const char *dark)
{
    return QColor(QLatin1String(isDark(palette) ? dark : light));
}

QColor muted(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF((text.redF() + base.redF()) / 2, (text.greenF() + base.greenF()) / 2,
                            (text.blueF() + base.blueF()) / 2);
}

} // namespace

CountdownDelegate::CountdownDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QColor CountdownDelegate::stateColor(ClockState state, const QPalette &palette)
{
    switch (state) {
    case ClockState::Running:
        return shade(palette, "#1d6fa5", "#5cb8f0");
    case ClockState::AtRisk:
        return shade(palette, "#a85400", "#f6b73c");
    case ClockState::Breached:
        return shade(palette, "#c0262d", "#ff6f66");
    case ClockState::Paused:
    case ClockState::NotApplicable:
        return muted(palette);
    case ClockState::OutsideHours:
        return shade(palette, "#6b5ea8", "#b4a7f0");
    case ClockState::Met:
        return shade(palette, "#23793a", "#6fd08a");
    case ClockState::MetLate:
        return shade(palette, "#8a6d00", "#d9bd45");
    }
    return {};
}

QString CountdownDelegate::cellText(const QModelIndex &index)
{
    const auto state = static_cast<ClockState>(index.data(QueueModel::ClockStateRole).toInt());
    QString text = index.data(Qt::DisplayRole).toString();
    switch (state) {
    case ClockState::Paused:
        //: A paused SLA clock in the queue: the frozen remaining time follows.
        return QCoreApplication::translate("CountdownDelegate", "paused %1").arg(text);
    case ClockState::OutsideHours: {
        const QVariant at = index.data(QueueModel::ResumesAtRole);
        if (!at.isValid())
            return text;
        const QDateTime local = QDateTime::fromSecsSinceEpoch(at.toLongLong());
        return QCoreApplication::translate("CountdownDelegate", "resumes %1",
                                           "an SLA clock outside working hours")
                .arg(QLocale().toString(local, QStringLiteral("ddd HH:mm")));
    }
    case ClockState::Met:
    case ClockState::MetLate:
        return QStringLiteral("✓ ") + text;
    default:
        return text;
    }
}

QString CountdownDelegate::fittingText(const QModelIndex &index, const QFontMetrics &metrics,
                                       int width)
{
    QString full = cellText(index);
    if (metrics.horizontalAdvance(full) <= width)
        return full;
    // Paused, or outside working hours: the time left alone (the font, the colour and the
    // tooltip say the rest).
    QString time = index.data(Qt::DisplayRole).toString();
    if (metrics.horizontalAdvance(time) <= width)
        return time;
    QString compact = index.data(QueueModel::CompactTextRole).toString();
    if (!compact.isEmpty() && metrics.horizontalAdvance(compact) <= width)
        return compact;
    return metrics.elidedText(compact.isEmpty() ? time : compact, Qt::ElideRight, width);
}

int CountdownDelegate::columnWidth(const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    const QFontMetrics metrics(font);
    constexpr qint64 Minute = 60;
    constexpr qint64 Hour = 3600;
    constexpr qint64 Day = 86400;
    // Running clocks in the regular font (Russian has three plural forms: 21, 22 and 25 days
    // read differently); breached ones in bold.
    int width = metrics.horizontalAdvance(ClockText::workingCountdown(99 * Hour + 59 * Minute));
    for (const int days : {21, 22, 25, 30}) {
        QString text = ClockText::businessDays(days, 8 * Hour, ClockText::Form::Compact);
        text.remove(QStringLiteral("(s)")); // "30 workday(s)" without the English translation
        width = std::max(width, metrics.horizontalAdvance(text));
    }
    width = std::max(
            width, QFontMetrics(bold).horizontalAdvance(ClockText::overdue(13 * Day + 23 * Hour)));
    return width + 8; // the cell's margins
}

const CountdownDelegate::Style &CountdownDelegate::style(const QStyleOptionViewItem &option) const
{
    const qint64 key = option.palette.cacheKey();
    if (key == m_style.paletteKey && option.font == m_style.base && !m_style.metrics.empty())
        return m_style;
    m_style.paletteKey = key;
    m_style.base = option.font;
    for (int s = 0; s < int(m_style.colors.size()); ++s)
        m_style.colors[std::size_t(s)] = stateColor(ClockState(s), option.palette);
    m_style.fonts[0] = option.font;
    m_style.fonts[1] = option.font;
    m_style.fonts[1].setBold(true);
    m_style.fonts[2] = option.font;
    m_style.fonts[2].setItalic(true);
    m_style.metrics.clear();
    for (const QFont &f : m_style.fonts)
        m_style.metrics.emplace_back(f);
    return m_style;
}

void CountdownDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    // The view's option already holds the rect, state, palette and font; the model gives these
    // cells no font, colour, alignment or decoration of their own, so the style is asked for the
    // background, selection and focus only (initStyleOption would also format the text).
    QStyleOptionViewItem opt = option;
    opt.index = index;
    opt.text.clear();
    opt.features &= ~QStyleOptionViewItem::HasDisplay;
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const Style &cached = this->style(option);
    const auto state = static_cast<ClockState>(index.data(QueueModel::ClockStateRole).toInt());
    const bool selected = opt.state & QStyle::State_Selected;
    const std::size_t s = std::size_t(state);
    const QColor color = s < cached.colors.size() ? cached.colors[s] : QColor();
    const QRect cell = opt.rect.adjusted(4, 0, -4, 0);

    const int variant = (state == ClockState::Breached || state == ClockState::AtRisk)       ? 1
                        : (state == ClockState::Paused || state == ClockState::OutsideHours) ? 2
                                                                                             : 0;
    const QFontMetrics &metrics = cached.metrics[std::size_t(variant)];
    const QString text = fittingText(index, metrics, cell.width());
    const int width = metrics.horizontalAdvance(text);
    const QPen pen(selected ? opt.palette.color(QPalette::HighlightedText) : color);
    painter->save();
    painter->setFont(cached.fonts[std::size_t(variant)]);
    painter->setPen(pen);
    // Right-aligned and vertically centred above the bar, without a text layout per cell.
    const int textHeight = cell.height() - 2;
    const int baseline = cell.top() + (textHeight - metrics.height()) / 2 + metrics.ascent();
    painter->drawText(QPoint(cell.right() + 1 - width, baseline), text);

    // The share of the target used, as a 2 px bar along the bottom.
    if (state != ClockState::NotApplicable) {
        const double used = std::clamp(index.data(QueueModel::ProgressRole).toDouble(), 0.0, 1.0);
        const QRect track(cell.left(), opt.rect.bottom() - 2, cell.width(), 2);
        QColor back = color;
        back.setAlphaF(0.18);
        painter->fillRect(track, back);
        painter->fillRect(QRect(track.left(), track.top(), int(track.width() * used), 2),
                          pen.color());
    }
    painter->restore();
}

QSize CountdownDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(
            size.width(),
            option.fontMetrics.horizontalAdvance(QStringLiteral("resumes Mon 11:00")) + 12));
    return size;
}

SeverityDelegate::SeverityDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QColor SeverityDelegate::levelColor(int level, const QPalette &palette)
{
    switch (level) {
    case 1:
        return shade(palette, "#c0262d", "#ff6f66");
    case 2:
        return shade(palette, "#c25e00", "#ffa54f");
    case 3:
        return shade(palette, "#1d6fa5", "#5cb8f0");
    default:
        return muted(palette);
    }
}

void SeverityDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const int level = index.data(QueueModel::LevelRole).toInt();
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor color = levelColor(level, opt.palette);
    const QString badge = QStringLiteral("P%1").arg(level);
    QFont small = opt.font;
    small.setBold(true);
    small.setPointSizeF(std::max(6.0, opt.font.pointSizeF() * 0.8));
    const QFontMetrics metrics(small);
    const int h = metrics.height() + 2;
    const QRect pill(opt.rect.left() + 4, opt.rect.center().y() - h / 2 + 1,
                     metrics.horizontalAdvance(badge) + 8, h);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(pill, 3, 3);
    painter->setFont(small);
    painter->setPen(isDark(opt.palette) ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white));
    painter->drawText(pill, Qt::AlignCenter, badge);
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                         : QPalette::Text));
    const QRect rest = opt.rect.adjusted(pill.right() - opt.rect.left() + 6, 0, -2, 0);
    painter->drawText(rest, Qt::AlignVCenter | Qt::AlignLeft,
                      opt.fontMetrics.elidedText(text, Qt::ElideRight, rest.width()));
    painter->restore();
}

} // namespace dueline
