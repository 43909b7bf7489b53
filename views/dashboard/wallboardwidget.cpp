// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/dashboard/wallboardwidget.h"

#include "models/item/dateformat.h"
#include "models/item/numberformat.h"
#include "views/dashboard/daybarchartview.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTimeZone>
#include <QTimer>

namespace dueline {

namespace {

const QColor Background(0x12, 0x16, 0x1c);
const QColor Foreground(0xec, 0xef, 0xf4);
const QColor Muted(0x9a, 0xa5, 0xb1);
const QColor Amber(0xfd, 0xbc, 0x4b);
const QColor Red(0xff, 0x6b, 0x6b);
const QColor Green(0x6f, 0xd0, 0x8c);
const QColor Blue(0x8a, 0xb4, 0xf8);

QString language()
{
    const QString name = QLocale().name();
    return name.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : name.left(2);
}

} // namespace

WallboardWidget::WallboardWidget(CatalogPtr catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(std::move(catalog))
    , m_rotation(new QTimer(this))
{
    setObjectName(QStringLiteral("wallboard"));
    setAttribute(Qt::WA_DeleteOnClose);
    setCursor(Qt::BlankCursor);
    buildUi();
    setDark(true);
    retranslateUi();
    m_rotation->setInterval(15000);
    connect(m_rotation, &QTimer::timeout, this,
            [this] { setCurrentPage(Page((currentPage() + 1) % PageCount)); });
    m_rotation->start();
}

QLabel *WallboardWidget::bigNumber(QWidget *parent, QLabel **caption)
{
    auto *number = new QLabel(QStringLiteral("—"), parent);
    number->setAlignment(Qt::AlignCenter);
    QFont f = font();
    f.setPixelSize(150);
    f.setBold(true);
    number->setFont(f);
    *caption = new QLabel(parent);
    (*caption)->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    QFont c = font();
    c.setPixelSize(40);
    (*caption)->setFont(c);
    return number;
}

void WallboardWidget::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont tf = font();
    tf.setPixelSize(52);
    tf.setBold(true);
    m_title->setFont(tf);
    m_clock = new QLabel(this);
    QFont cf = font();
    cf.setPixelSize(52);
    m_clock->setFont(cf);
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_clock);
    layout->addLayout(header);
    m_filter = new QLabel(this);
    m_filter->setObjectName(QStringLiteral("wallboardFilter"));
    m_filter->setWordWrap(true);
    QFont ff = font();
    ff.setPixelSize(30);
    m_filter->setFont(ff);
    layout->addWidget(m_filter);

    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);

    // Open tickets now: five numbers.
    auto *open = new QWidget(m_pages);
    auto *openGrid = new QGridLayout(open);
    for (int i = 0; i < 5; ++i) {
        m_numbers[i] = bigNumber(open, &m_captions[i]);
        const int row = i < 2 ? 0 : 2;
        const int column = i < 2 ? i * 3 : (i - 2) * 2;
        const int span = i < 2 ? 3 : 2;
        openGrid->addWidget(m_numbers[i], row, column, 1, span);
        openGrid->addWidget(m_captions[i], row + 1, column, 1, span);
    }
    m_pages->addWidget(open);

    // Breach forecast: three numbers and the days off.
    auto *forecast = new QWidget(m_pages);
    auto *forecastGrid = new QGridLayout(forecast);
    for (int i = 5; i < 8; ++i) {
        m_numbers[i] = bigNumber(forecast, &m_captions[i]);
        forecastGrid->addWidget(m_numbers[i], 0, i - 5);
        forecastGrid->addWidget(m_captions[i], 1, i - 5);
    }
    m_holidays = new QLabel(forecast);
    m_holidays->setWordWrap(true);
    m_holidays->setTextFormat(Qt::RichText);
    m_holidays->setAlignment(Qt::AlignCenter);
    QFont hf = font();
    hf.setPixelSize(40);
    m_holidays->setFont(hf);
    forecastGrid->addWidget(m_holidays, 2, 0, 1, 3);
    forecastGrid->setRowStretch(2, 1);
    m_pages->addWidget(forecast);

    // Breaches per day and compliance.
    auto *breaches = new QWidget(m_pages);
    auto *breachLayout = new QHBoxLayout(breaches);
    m_chart = new DayBarChartView(breaches);
    m_chart->setObjectName(QStringLiteral("wallboardChart"));
    QFont chartFont = font();
    chartFont.setPixelSize(24);
    m_chart->setFont(chartFont);
    breachLayout->addWidget(m_chart, 3);
    auto *complianceBox = new QVBoxLayout;
    m_compliance = bigNumber(breaches, &m_complianceCaption);
    complianceBox->addStretch();
    complianceBox->addWidget(m_compliance);
    complianceBox->addWidget(m_complianceCaption);
    complianceBox->addStretch();
    breachLayout->addLayout(complianceBox, 1);
    m_pages->addWidget(breaches);

    m_dots = new QLabel(this);
    m_dots->setAlignment(Qt::AlignCenter);
    QFont df = font();
    df.setPixelSize(28);
    m_dots->setFont(df);
    layout->addWidget(m_dots);
}

void WallboardWidget::retranslateUi()
{
    setWindowTitle(tr("Dueline Wallboard"));
    const QString captions[8] = {tr("open tickets"),
                                 tr("at risk"),
                                 tr("breached"),
                                 tr("paused", "SLA clock state"),
                                 tr("running"),
                                 tr("breach within the hour"),
                                 tr("breach within 4 hours"),
                                 tr("breach by end of today")};
    for (int i = 0; i < 8; ++i)
        m_captions[i]->setText(captions[i]);
    m_complianceCaption->setText(tr("SLA compliance"));
    refresh();
}

void WallboardWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void WallboardWidget::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void WallboardWidget::setDark(bool dark)
{
    m_dark = dark;
    QPalette p = dark ? QPalette() : palette();
    if (dark) {
        p.setColor(QPalette::Window, Background);
        p.setColor(QPalette::WindowText, Foreground);
        p.setColor(QPalette::Base, Background);
        p.setColor(QPalette::Text, Foreground);
    }
    setPalette(p);
    setAutoFillBackground(true);
    refresh();
}

void WallboardWidget::setRotationSeconds(int seconds)
{
    m_rotation->setInterval(seconds * 1000);
}

int WallboardWidget::rotationSeconds() const
{
    return m_rotation->interval() / 1000;
}

void WallboardWidget::setCurrentPage(Page page)
{
    m_pages->setCurrentIndex(page);
    refresh();
}

WallboardWidget::Page WallboardWidget::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void WallboardWidget::setClockText(qint64 now)
{
    m_clock->setText(
            QLocale().toString(QDateTime::fromSecsSinceEpoch(now).time(), QLocale::ShortFormat));
}

void WallboardWidget::setFilterText(const QString &text)
{
    m_filter->setText(text);
}

QString WallboardWidget::filterText() const
{
    return m_filter->text();
}

void WallboardWidget::setDashboardData(const DashboardData &figures)
{
    m_data = figures;
    m_hasData = true;
    setClockText(figures.now);
    refresh();
}

void WallboardWidget::refresh()
{
    const QString titles[PageCount] = {tr("Open tickets now"), tr("Breach forecast"),
                                       tr("Breaches per day")};
    m_title->setText(titles[currentPage()]);
    QString dots;
    for (int i = 0; i < PageCount; ++i)
        dots += i == currentPage() ? QStringLiteral("● ") : QStringLiteral("○ ");
    m_dots->setText(dots.trimmed());
    const QColor colors[8] = {Blue, Amber, Red, Muted, Green, Amber, Amber, Blue};
    for (int i = 0; i < 8; ++i) {
        QPalette p = m_numbers[i]->palette();
        p.setColor(QPalette::WindowText, m_dark ? colors[i] : colors[i].darker(160));
        m_numbers[i]->setPalette(p);
    }
    if (!m_hasData)
        return;
    const QLocale locale;
    const qint64 values[8] = {m_data.openNow.open,        m_data.openNow.atRisk,
                              m_data.openNow.breached,    m_data.openNow.paused,
                              m_data.openNow.running,     m_data.forecast.nextHour,
                              m_data.forecast.next4Hours, m_data.forecast.endOfToday};
    for (int i = 0; i < 8; ++i)
        m_numbers[i]->setText(locale.toString(values[i]));
    m_compliance->setText(m_data.total.compliancePercent < 0
                                  ? QStringLiteral("—")
                                  : NumberFormat::percent(locale, m_data.total.compliancePercent));

    QStringList lines;
    const QString lang = language();
    for (const HolidayForecast &h : m_data.forecast.holidays) {
        if (h.tickets == 0)
            continue;
        const Provider *provider = m_catalog ? m_catalog->provider(h.providerId) : nullptr;
        lines << tr("<b>%n %1 ticket(s)</b> breach during %2 unless answered by %3", nullptr,
                    int(h.tickets))
                         .arg(provider ? provider->names.text(lang) : h.providerId,
                              h.holidayNames.text(lang).toHtmlEscaped(),
                              DateFormat::inZonesText(locale, h.cutoff, QTimeZone(h.timeZone),
                                                      QTimeZone::systemTimeZone(), m_data.now));
    }
    m_holidays->setText(lines.join(QStringLiteral("<br>")));

    QVector<DayBarChart::Series> series;
    for (int p = 0; p < m_data.breachPlans.size(); ++p) {
        const Plan *plan = m_catalog ? m_catalog->plan(m_data.breachPlans.at(p)) : nullptr;
        const Provider *provider = plan ? m_catalog->provider(plan->providerId) : nullptr;
        series.append(
                {plan ? tr("%1 %2", "a provider and its plan")
                                 .arg(provider ? provider->names.text(lang) : plan->providerId,
                                      plan->names.text(lang))
                      : m_data.breachPlans.at(p),
                 DayBarChart::seriesColor(p, m_dark), m_data.breachesPerDay.at(p)});
    }
    m_chart->setDays(m_data.days);
    m_chart->setSeries(series);
    m_chart->setEmptyText(tr("No breaches in this period"));
}

} // namespace dueline
