// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/dashboard/daybarchartview.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace dueline {

DayBarChartView::DayBarChartView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void DayBarChartView::setDays(const QVector<QDate> &days, DayBarChart::Unit unit)
{
    m_chart.setDays(days, unit);
    update();
}

void DayBarChartView::setSeries(const QVector<DayBarChart::Series> &series)
{
    m_chart.setSeries(series);
    updateGeometry();
    update();
}

void DayBarChartView::setEmptyText(const QString &text)
{
    m_chart.setEmptyText(text);
    update();
}

DayBarChart::Colors DayBarChartView::colors() const
{
    DayBarChart::Colors c;
    c.text = palette().color(QPalette::Text);
    c.grid = palette().color(QPalette::Mid);
    c.grid.setAlphaF(0.5);
    c.monthLine = palette().color(QPalette::Text);
    c.monthLine.setAlphaF(0.45);
    return c;
}

void DayBarChartView::layoutFor(const QSize &size)
{
    m_chart.setFont(font());
    m_chart.setLocale(QLocale());
    m_chart.setColors(colors());
    m_chart.layout(QRectF(QPointF(0, 0), QSizeF(size)).adjusted(6, 4, -6, -4));
}

QSize DayBarChartView::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 16, line * 10};
}

QSize DayBarChartView::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 40, line * 18};
}

void DayBarChartView::paintEvent(QPaintEvent *)
{
    layoutFor(size());
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    painter.setRenderHint(QPainter::Antialiasing, false);
    m_chart.paint(painter);
}

void DayBarChartView::mousePressEvent(QMouseEvent *event)
{
    const int day = m_chart.dayAt(event->position());
    if (event->button() == Qt::LeftButton && day >= 0) {
        emit barClicked(day, m_chart.seriesAt(event->position()));
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

bool DayBarChartView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPointF at = help->pos();
        QString text;
        const int day = m_chart.dayAt(at);
        if (day >= 0) {
            const QLocale locale;
            QStringList lines{tr("<b>%1</b>: %2", "a day and its number of breaches")
                                      .arg(m_chart.dayTitle(day).toHtmlEscaped(),
                                           locale.toString(m_chart.total(day)))};
            for (const DayBarChart::Series &s : m_chart.series()) {
                const qint64 v = day < s.values.size() ? s.values.at(day) : 0;
                if (v > 0) {
                    lines << QStringLiteral("<span style=\"color:%1\">■</span> ")
                                             .arg(s.color.name()) +
                                     tr("%1: %2", "a plan and its number of breaches on a day")
                                             .arg(s.name.toHtmlEscaped(), locale.toString(v));
                }
            }
            text = lines.join(QStringLiteral("<br>"));
        } else {
            for (const DayBarChart::LegendEntry &e : m_chart.legend()) {
                if (e.text.rect.united(e.key).contains(at))
                    text = m_chart.series().at(e.text.index).name.toHtmlEscaped();
            }
        }
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::LocaleChange || event->type() == QEvent::LanguageChange)
        update();
    return QWidget::event(event);
}

} // namespace dueline
