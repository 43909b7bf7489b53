// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/catalog.h"

#include <QChartView>
#include <QTimeZone>

class QCategoryAxis;
class QLineSeries;
class QLogValueAxis;

namespace dueline {

// Effective response (or resolution) time by opening hour over one week: for each plan, the wall
// time from a ticket opened at each of the 168 hours of the week to its due instant
// (Comparison::weeklyEffectiveWait), on a logarithmic hour axis, one line per plan. Round-the-
// clock plans draw flat lines; business-hours plans climb over nights, weekends and holidays.
// Hovering a line tells "Opened Fri 19:00 → answered Mon 12:00 (17 h)".
class WeeklyWaitChart : public QChartView
{
    Q_OBJECT
public:
    explicit WeeklyWaitChart(QWidget *parent = nullptr);

    // What to draw. `providerId` empty: incident `level` (1..4) for every plan; otherwise the
    // provider's own `severity`, for its plans that offer it.
    struct Question
    {
        dueline::CatalogPtr catalog;
        QStringList planIds;
        int level = 1;
        QString providerId;
        QString severity;
        dueline::TargetKind kind = dueline::TargetKind::Response;
        dueline::Instant weekStart = 0; // Monday 00:00 in `zone`
        QTimeZone zone = QTimeZone("UTC");
        QString language = QStringLiteral("en");
    };
    void setQuestion(const Question &question);
    const Question &question() const { return m_question; }

    // One line per plan with a commitment, in the order of planIds.
    int seriesCount() const { return int(m_lines.size()); }
    QLineSeries *series(int index) const;
    QString seriesPlanId(int index) const;
    // The colour of a plan's line; invalid when the plan is not drawn.
    QColor planColor(const QString &planId) const;
    // The same on paper (renderForPrint()'s light background).
    QColor printColor(const QString &planId) const;
    // The plans left out because they make no commitment for this question.
    QStringList uncommittedPlanNames() const { return m_uncommitted; }
    // The hover text of a point: "Opened Fri 19:00 → answered Mon 12:00 (17 h)".
    QString pointText(int seriesIndex, int hour) const;
    // The chart drawn on a light background at `size` (for printing and PDF), with its axis
    // titles and without a legend: the printed document lists the lines whole, with their
    // colours (printColor()).
    QImage renderForPrint(const QSize &size);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Line
    {
        QString planId;
        QString name;
        int colorIndex = 0;
        QVector<qint64> waits;
        QLineSeries *series = nullptr;
    };

    void rebuild();
    void applyPalette(const QPalette &palette);
    void updateAxes();
    void retranslateUi();

    Question m_question;
    QVector<Line> m_lines;
    QStringList m_uncommitted;
    QCategoryAxis *m_x = nullptr;
    QLogValueAxis *m_y = nullptr;
};

} // namespace dueline
