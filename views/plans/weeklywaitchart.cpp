// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/plans/weeklywaitchart.h"

#include "models/catalog/comparison.h"
#include "models/item/dateformat.h"
#include "models/item/durationformat.h"
#include "views/common/commonui.h"
#include "views/plans/plansutil.h"

#include <QApplication>
#include <QCategoryAxis>
#include <QCursor>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace dueline {

namespace {

constexpr int hoursPerWeek = 7 * 24;

// Twelve colours that stay apart from one another; a plan keeps its colour (by catalog order)
// whatever else is chosen.
QColor lineColor(int index, bool dark)
{
    static const QRgb colors[] = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b,
                                  0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf, 0x3daee9, 0xf67400};
    const QColor color(colors[index % int(std::size(colors))]);
    return dark ? color.lighter(135) : color;
}

QPalette printPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::WindowText, Qt::black);
    return palette;
}

} // namespace

WeeklyWaitChart::WeeklyWaitChart(QWidget *parent)
    : QChartView(parent)
    , m_x(new QCategoryAxis)
    , m_y(new QLogValueAxis)
{
    setObjectName(QStringLiteral("weeklyWaitChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(280, 220);
    QChart *c = chart();
    // Qt Charts draws no labels on a logarithmic axis whose numbers are localized.
    c->setLocalizeNumbers(false);
    // The calculator's results table is the legend (a swatch of each plan's colour); a printed
    // document lists the lines under the chart (Qt Charts' legend elides long names).
    c->legend()->setVisible(false);
    c->legend()->setAlignment(Qt::AlignBottom);
    c->legend()->setShowToolTips(true);
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignLeft);
    m_x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    m_x->setRange(0, hoursPerWeek);
    // On screen the note under the chart names the unit, so that the days of the week keep their
    // room beside the results table; the printed chart has the axis title.
    m_y->setTitleVisible(false);
    m_y->setBase(10);
    m_y->setLabelFormat(QStringLiteral("%g"));
    m_y->setMinorTickCount(8);
    applyPalette(palette());
    retranslateUi();
}

QLineSeries *WeeklyWaitChart::series(int index) const
{
    return index >= 0 && index < m_lines.size() ? m_lines.at(index).series : nullptr;
}

QString WeeklyWaitChart::seriesPlanId(int index) const
{
    return index >= 0 && index < m_lines.size() ? m_lines.at(index).planId : QString();
}

void WeeklyWaitChart::setQuestion(const Question &question)
{
    m_question = question;
    rebuild();
}

void WeeklyWaitChart::rebuild()
{
    QChart *c = chart();
    c->removeAllSeries();
    m_lines.clear();
    m_uncommitted.clear();
    const Question &q = m_question;
    if (q.catalog) {
        const QVector<Plan> &plans = q.catalog->plans();
        for (int p = 0; p < plans.size(); ++p) {
            const Plan &plan = plans.at(p);
            if (!q.planIds.isEmpty() && !q.planIds.contains(plan.id))
                continue;
            QString severity;
            if (q.providerId.isEmpty())
                severity = plan.severityForLevel(q.level);
            else if (plan.providerId == q.providerId && plan.offers(q.severity))
                severity = q.severity;
            if (severity.isEmpty())
                continue;
            const Provider *provider = q.catalog->provider(plan.providerId);
            Line line;
            line.planId = plan.id;
            line.name =
                    (provider ? provider->names.text(q.language) + QLatin1Char(' ') : QString()) +
                    plan.names.text(q.language);
            line.colorIndex = p;
            line.waits = Comparison::weeklyEffectiveWait(*q.catalog, plan, severity, q.kind,
                                                         q.weekStart);
            QList<QPointF> points;
            points.reserve(hoursPerWeek);
            for (int h = 0; h < line.waits.size(); ++h) {
                if (line.waits.at(h) > 0)
                    points.append(QPointF(h, double(line.waits.at(h)) / 3600.0));
            }
            if (points.isEmpty()) {
                m_uncommitted << line.name;
                continue;
            }
            line.series = new QLineSeries;
            line.series->setName(line.name);
            // All points at once (docs/architecture.md §6: one replace() instead of appending one
            // by one).
            line.series->replace(points);
            m_lines.append(line);
        }
    }
    for (int i = 0; i < m_lines.size(); ++i) {
        QLineSeries *s = m_lines[i].series;
        c->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_y);
        connect(s, &QLineSeries::hovered, this, [this, i](const QPointF &point, bool state) {
            if (!state) {
                QToolTip::hideText();
                return;
            }
            const int hour = qBound(0, qRound(point.x()), hoursPerWeek - 1);
            QToolTip::showText(QCursor::pos(), pointText(i, hour), this);
        });
    }
    // A click on a legend entry hides or shows its line.
    const QList<QLegendMarker *> markers = c->legend()->markers();
    for (QLegendMarker *marker : markers) {
        connect(marker, &QLegendMarker::clicked, this, [marker] {
            QAbstractSeries *s = marker->series();
            s->setVisible(!s->isVisible());
            marker->setVisible(true);
            QColor label = marker->labelBrush().color();
            label.setAlphaF(s->isVisible() ? 1.0 : 0.4);
            marker->setLabelBrush(label);
            QPen pen = marker->pen();
            QBrush brush = marker->brush();
            QColor fill = brush.color();
            fill.setAlphaF(s->isVisible() ? 1.0 : 0.3);
            brush.setColor(fill);
            marker->setBrush(brush);
            marker->setPen(pen);
        });
    }
    applyPalette(palette());
    updateAxes();
}

void WeeklyWaitChart::updateAxes()
{
    // Days of the week, labelled with their dates in the chosen zone.
    for (const QString &label : m_x->categoriesLabels())
        m_x->remove(label);
    m_x->setStartValue(0);
    const QLocale locale;
    for (int d = 0; d < 7; ++d) {
        const QDateTime noon = QDateTime::fromSecsSinceEpoch(
                m_question.weekStart + Instant(d) * 86400 + Instant(12) * 3600, m_question.zone);
        // Weekday over day of month (the title names the week): narrow enough for seven days
        // beside the results table.
        m_x->append(locale.toString(noon.date(), QStringLiteral("ddd")) + QStringLiteral("<br>") +
                            locale.toString(noon.date(), QStringLiteral("d")),
                    (d + 1) * 24);
    }
    m_x->setRange(0, hoursPerWeek);

    double low = 0;
    double high = 0;
    for (const Line &line : std::as_const(m_lines)) {
        for (qint64 wait : line.waits) {
            if (wait <= 0)
                continue;
            const double hours = double(wait) / 3600.0;
            low = low > 0 ? qMin(low, hours) : hours;
            high = qMax(high, hours);
        }
    }
    if (low <= 0) {
        low = 0.1;
        high = 10;
    }
    const double min = std::pow(10.0, std::floor(std::log10(low)));
    double max = std::pow(10.0, std::ceil(std::log10(high)));
    if (max <= min * 1.0001)
        max = min * 10;
    m_y->setRange(min, max);
}

QColor WeeklyWaitChart::planColor(const QString &planId) const
{
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    for (const Line &line : m_lines) {
        if (line.planId == planId)
            return lineColor(line.colorIndex, dark);
    }
    return {};
}

QColor WeeklyWaitChart::printColor(const QString &planId) const
{
    for (const Line &line : m_lines) {
        if (line.planId == planId)
            return lineColor(line.colorIndex, false);
    }
    return {};
}

QString WeeklyWaitChart::pointText(int seriesIndex, int hour) const
{
    if (seriesIndex < 0 || seriesIndex >= m_lines.size() || hour < 0 || hour >= hoursPerWeek)
        return {};
    const Line &line = m_lines.at(seriesIndex);
    const qint64 wait = line.waits.value(hour, -1);
    const Instant opened = m_question.weekStart + Instant(hour) * 3600;
    const QLocale locale;
    const QDateTime openedAt = QDateTime::fromSecsSinceEpoch(opened, m_question.zone);
    if (wait < 0)
        return line.name + QLatin1Char('\n') +
               tr("Opened %1: no commitment", "chart point")
                       .arg(locale.toString(openedAt, QStringLiteral("ddd HH:mm")));
    const QDateTime dueAt = QDateTime::fromSecsSinceEpoch(opened + wait, m_question.zone);
    // Past the week, the date tells which Monday.
    const QString opening = locale.toString(openedAt, QStringLiteral("ddd HH:mm"));
    const QString due = wait >= Instant(6) * 86400
                                ? DateFormat::dateTime(locale, dueAt)
                                : locale.toString(dueAt, QStringLiteral("ddd HH:mm"));
    const QString span = DurationFormat::span(wait);
    const QString text = m_question.kind == TargetKind::Response
                                 ? tr("Opened %1 → answered %2 (%3)",
                                      "chart point: ticket opened, first reply due")
                                           .arg(opening, due, span)
                                 : tr("Opened %1 → resolved %2 (%3)",
                                      "chart point: ticket opened, resolution due")
                                           .arg(opening, due, span);
    return line.name + QLatin1Char('\n') + text;
}

void WeeklyWaitChart::applyPalette(const QPalette &palette)
{
    QChart *c = chart();
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    c->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    c->setBackgroundRoundness(0);
    c->setBackgroundBrush(base);
    c->setBackgroundPen(Qt::NoPen);
    c->setPlotAreaBackgroundVisible(false);
    c->setMargins(QMargins(4, 4, 8, 4));
    c->setLocale(QLocale());
    setBackgroundBrush(base);

    QFont small = font();
    if (small.pointSizeF() > 0)
        small.setPointSizeF(small.pointSizeF() * 0.9);
    c->legend()->setFont(small);
    c->legend()->setLabelColor(text);
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_x), static_cast<QAbstractAxis *>(m_y)}) {
        axis->setLabelsFont(small);
        axis->setLabelsColor(text);
        axis->setTitleFont(small);
        axis->setTitleBrush(text);
        axis->setLinePen(QPen(CommonUi::mix(base, text, 0.45), 1));
        axis->setGridLinePen(QPen(CommonUi::mix(base, text, 0.16), 1));
        axis->setMinorGridLinePen(QPen(CommonUi::mix(base, text, 0.07), 1));
    }
    for (const Line &line : std::as_const(m_lines)) {
        if (line.series)
            line.series->setPen(QPen(lineColor(line.colorIndex, dark), 2));
    }
}

void WeeklyWaitChart::retranslateUi()
{
    m_y->setTitleText(tr("Hours (log scale)", "chart axis: the real wait in hours"));
    setAccessibleName(tr("Real wait by opening hour over a week"));
}

QImage WeeklyWaitChart::renderForPrint(const QSize &size)
{
    QChart *c = chart();
    const QRectF geometry = c->geometry();
    applyPalette(printPalette());
    m_y->setTitleVisible(true);
    c->setGeometry(QRectF(QPointF(0, 0), size));
    if (c->layout())
        c->layout()->activate();
    const qreal ratio = 2;
    QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene()->render(&painter, QRectF(QPointF(0, 0), size), QRectF(QPointF(0, 0), size));
    }
    m_y->setTitleVisible(false);
    c->setGeometry(geometry);
    applyPalette(palette());
    if (c->layout())
        c->layout()->activate();
    return image;
}

void WeeklyWaitChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslateUi();
        updateAxes();
        break;
    case QEvent::PaletteChange:
    case QEvent::FontChange:
        applyPalette(palette());
        break;
    default:
        break;
    }
}

} // namespace dueline
