// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/report.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTimer;

namespace dueline {

class DayBarChartView;

// The wallboard: the dashboard's figures for a wall display. Full screen, dark by default, type
// readable across a room, and it rotates between pages on its own (open tickets now, the breach
// forecast, breaches and compliance) — nothing to click. Escape leaves it.
class WallboardWidget : public QWidget
{
    Q_OBJECT
public:
    enum Page { OpenPage, ForecastPage, BreachesPage, PageCount };

    explicit WallboardWidget(dueline::CatalogPtr catalog, QWidget *parent = nullptr);

    void setDashboardData(const dueline::DashboardData &figures);
    void setClockText(qint64 now); // the time shown in the corner, from the shared ticker
    // What the figures are of (the dashboard's period and filters), under the title.
    void setFilterText(const QString &text);
    QString filterText() const;
    void setRotationSeconds(int seconds);
    int rotationSeconds() const;
    void setCurrentPage(Page page);
    Page currentPage() const;
    // Dark (the default) or the application's palette.
    void setDark(bool dark);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslateUi();
    void refresh();
    QLabel *bigNumber(QWidget *parent, QLabel **caption);

    dueline::CatalogPtr m_catalog;
    dueline::DashboardData m_data;
    bool m_hasData = false;
    bool m_dark = true;
    QStackedWidget *m_pages = nullptr;
    QTimer *m_rotation = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_dots = nullptr;
    QLabel *m_numbers[8] = {};
    QLabel *m_captions[8] = {};
    QLabel *m_holidays = nullptr;
    QLabel *m_compliance = nullptr;
    QLabel *m_complianceCaption = nullptr;
    QLabel *m_filter = nullptr;
    DayBarChartView *m_chart = nullptr;
};

} // namespace dueline
