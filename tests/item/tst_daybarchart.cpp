// SPDX-License-Identifier: GPL-3.0-or-later
// DayBarChart, the chart of breaches per day (dashboard, wallboard) and per week (reports): a bar
// for every day of any period from one day to a year, day labels that never touch one another
// and always fit their box, month starts labelled and marked, a legend that wraps instead of
// eliding, and hit tests that find the bar and the series under a point; in English, Russian
// and Chinese.

#include "models/item/daybarchart.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QtTest>

using namespace dueline;

namespace {

QVector<QDate> daysFrom(QDate first, int count)
{
    QVector<QDate> days;
    for (int i = 0; i < count; ++i)
        days << first.addDays(i);
    return days;
}

// Six plans with long names, a breach pattern that differs per series.
QVector<DayBarChart::Series> seriesFor(int days)
{
    const QStringList names{QStringLiteral("Alibaba Cloud Business"),
                            QStringLiteral("Tencent Cloud Enterprise Star"),
                            QStringLiteral("Volcano Engine Enterprise Support"),
                            QStringLiteral("VK Cloud Business Critical"),
                            QStringLiteral("Yandex Cloud Premium"),
                            QStringLiteral("Stormbpmn Enterprise")};
    QVector<DayBarChart::Series> series;
    for (int s = 0; s < names.size(); ++s) {
        DayBarChart::Series one{names.at(s), DayBarChart::seriesColor(s, false), {}};
        for (int d = 0; d < days; ++d)
            one.values << qint64((d * (s + 3) + s) % 7);
        series << one;
    }
    return series;
}

} // namespace

class TestDayBarChart : public QObject
{
    Q_OBJECT
private slots:
    void countTicks_data();
    void countTicks();
    void layout_data();
    void layout();
    void hitTests();
    void emptyAndPaint();
};

void TestDayBarChart::countTicks_data()
{
    QTest::addColumn<qint64>("max");
    QTest::addColumn<int>("maxTicks");
    QTest::addColumn<QVector<qint64>>("ticks");
    QTest::newRow("nothing") << qint64(0) << 6 << QVector<qint64>{0, 1};
    QTest::newRow("one") << qint64(1) << 6 << QVector<qint64>{0, 1};
    QTest::newRow("seven") << qint64(7) << 6 << QVector<qint64>{0, 2, 4, 6, 8};
    QTest::newRow("ten") << qint64(10) << 6 << QVector<qint64>{0, 2, 4, 6, 8, 10};
    QTest::newRow("ninety") << qint64(90) << 5 << QVector<qint64>{0, 50, 100};
    QTest::newRow("1234, few ticks") << qint64(1234) << 3 << QVector<qint64>{0, 1000, 2000};
}

void TestDayBarChart::countTicks()
{
    QFETCH(qint64, max);
    QFETCH(int, maxTicks);
    QFETCH(QVector<qint64>, ticks);
    QCOMPARE(DayBarChart::countTicks(max, maxTicks), ticks);
}

void TestDayBarChart::layout_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("dayCount");
    QTest::addColumn<int>("width");
    for (const QString &locale :
         {QStringLiteral("en_GB"), QStringLiteral("ru_RU"), QStringLiteral("zh_CN")}) {
        for (int days : {1, 7, 30, 90, 365}) {
            for (int width : {560, 1200}) {
                QTest::addRow("%s, %d days, %d px", qPrintable(locale), days, width)
                        << locale << days << width;
            }
        }
    }
}

void TestDayBarChart::layout()
{
    QFETCH(QString, locale);
    QFETCH(int, dayCount);
    QFETCH(int, width);
    DayBarChart chart;
    // Starts on 5 Sep: the 90 days cross three month starts, the year crosses twelve.
    const QVector<QDate> days = daysFrom(QDate(2026, 9, 5), dayCount);
    chart.setDays(days);
    chart.setSeries(seriesFor(dayCount));
    chart.setLocale(QLocale(locale));
    const QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    chart.setFont(font);
    const QRectF rect(10, 10, width, 340);
    chart.layout(rect);
    const QFontMetricsF fm(font);

    // A bar for every day, inside the plot, in order, none wider than its slot.
    QVERIFY(rect.contains(chart.plotRect()));
    qreal lastRight = chart.plotRect().left();
    for (int d = 0; d < dayCount; ++d) {
        const QRectF bar = chart.barRect(d);
        QVERIFY2(bar.width() > 0, qPrintable(QString::number(d)));
        QVERIFY(bar.left() >= lastRight - 0.01);
        QVERIFY(bar.right() <= chart.plotRect().right() + 0.01);
        QVERIFY(bar.top() >= chart.plotRect().top() - 0.01);
        lastRight = bar.right();
        // Its height is the day's total against the axis's top.
        const qreal expected = chart.plotRect().height() * double(chart.total(d)) /
                               double(chart.countLabels().last().index);
        QVERIFY(qAbs(bar.height() - expected) < 0.01);
    }
    // The count axis reaches the largest day.
    qint64 max = 0;
    for (int d = 0; d < dayCount; ++d)
        max = std::max(max, chart.total(d));
    QVERIFY(chart.countLabels().last().index >= max);

    // Day labels: each fits its box, stays inside the chart, touches no other; the first day is
    // labelled, and so is every month start that is not right next to another label.
    const QVector<DayBarChart::Text> &labels = chart.dayLabels();
    QVERIFY(!labels.isEmpty());
    // The first day is labelled, unless the new year's label, which goes first, left no room.
    if (labels.first().index != 0) {
        QCOMPARE(days.at(labels.first().index), QDate(days.first().year() + 1, 1, 1));
        QVERIFY(labels.first().text.contains(QString::number(days.first().year() + 1)));
    }
    for (int i = 0; i < labels.size(); ++i) {
        const DayBarChart::Text &t = labels.at(i);
        QVERIFY2(fm.horizontalAdvance(t.text) <= t.rect.width() + 0.01, qPrintable(t.text));
        QVERIFY2(t.rect.left() >= rect.left() - 0.01 && t.rect.right() <= rect.right() + 0.01,
                 qPrintable(t.text));
        QVERIFY(t.rect.top() >= chart.plotRect().bottom());
        if (i > 0) {
            QVERIFY2(labels.at(i - 1).rect.right() < t.rect.left(),
                     qPrintable(labels.at(i - 1).text + QLatin1Char('|') + t.text));
            QVERIFY(labels.at(i - 1).index < t.index);
        }
    }
    const QVector<int> starts = chart.monthStarts();
    const qreal slot = chart.plotRect().width() / dayCount;
    qreal widest = 0;
    for (const DayBarChart::Text &t : labels)
        widest = std::max(widest, t.rect.width());
    for (int start : starts) {
        QCOMPARE(days.at(start).day(), 1);
        // A month start goes unlabelled only when a label next to it left no room.
        qreal nearest = 1e9;
        for (const DayBarChart::Text &t : labels)
            nearest = std::min(nearest, qAbs(t.rect.center().x() -
                                             (chart.plotRect().left() + slot * (start + 0.5))));
        QVERIFY2(nearest < widest * 1.6, qPrintable(days.at(start).toString(Qt::ISODate)));
    }
    if (dayCount <= 7 && width >= 560) {
        QCOMPARE(labels.size(), dayCount); // a short period labels every day
    }
    if (dayCount == 90) {
        QCOMPARE(starts.size(), 3); // 1 Oct, 1 Nov, 1 Dec
        QVERIFY(labels.size() >= 4);
        // Labels go all the way: one in the last two weeks.
        QVERIFY(labels.last().index >= dayCount - 14);
    }
    if (dayCount == 365) {
        QCOMPARE(starts.size(), 12);
        // The new year is named where it begins.
        bool year = false;
        for (const DayBarChart::Text &t : labels)
            year = year || (days.at(t.index) == QDate(2027, 1, 1) &&
                            t.text.contains(QStringLiteral("2027")));
        QVERIFY(year);
    }

    // The legend: every series, its text whole (the names fit a row at these widths), a key
    // beside it, inside the chart and below the day labels; rows wrap rather than overflow.
    QCOMPARE(chart.legend().size(), 6);
    for (int s = 0; s < 6; ++s) {
        const DayBarChart::LegendEntry &e = chart.legend().at(s);
        QCOMPARE(e.text.index, s);
        QCOMPARE(e.text.text, seriesFor(1).at(s).name);
        QVERIFY(fm.horizontalAdvance(e.text.text) <= e.text.rect.width() + 0.01);
        QVERIFY2(rect.contains(e.text.rect) && rect.contains(e.key), qPrintable(e.text.text));
        QVERIFY(e.key.right() < e.text.rect.left());
        QVERIFY(e.text.rect.top() >= labels.first().rect.bottom());
        if (s > 0 && qFuzzyCompare(e.text.rect.top(), chart.legend().at(s - 1).text.rect.top()))
            QVERIFY(chart.legend().at(s - 1).text.rect.right() < e.key.left());
    }
    if (width == 560) // six long names cannot share one row of 560 px
        QVERIFY(chart.legend().last().text.rect.top() > chart.legend().first().text.rect.top());
}

void TestDayBarChart::hitTests()
{
    DayBarChart chart;
    chart.setDays(daysFrom(QDate(2026, 11, 1), 30));
    chart.setSeries(seriesFor(30));
    chart.setFont(QFontDatabase::systemFont(QFontDatabase::GeneralFont));
    chart.layout(QRectF(0, 0, 900, 300));
    for (int d = 0; d < 30; ++d) {
        const QRectF bar = chart.barRect(d);
        QCOMPARE(chart.dayAt(bar.center()), d);
        if (chart.total(d) == 0)
            continue;
        // The bottom of the bar is the first series with a breach that day.
        int first = 0;
        while (chart.series().at(first).values.at(d) == 0)
            ++first;
        QCOMPARE(chart.seriesAt(QPointF(bar.center().x(), bar.bottom() - 0.5)), first);
        // Above the bar: the day, no series.
        if (bar.top() > chart.plotRect().top() + 2)
            QCOMPARE(chart.seriesAt(QPointF(bar.center().x(), bar.top() - 1)), -1);
    }
    QCOMPARE(chart.dayAt(QPointF(chart.plotRect().left() - 1, 100)), -1);
    QCOMPARE(chart.dayAt(QPointF(100, chart.plotRect().bottom() + 5)), -1);
    QCOMPARE(chart.dayTitle(1),
             QLocale().toString(QDate(2026, 11, 2), QStringLiteral("ddd d MMM")));

    DayBarChart weeks;
    weeks.setDays({QDate(2026, 11, 30), QDate(2026, 12, 7)}, DayBarChart::Unit::Week);
    weeks.setLocale(QLocale(QStringLiteral("en_GB")));
    QCOMPARE(weeks.dayTitle(0), QStringLiteral("30 Nov – 6 Dec"));
}

void TestDayBarChart::emptyAndPaint()
{
    DayBarChart chart;
    chart.setDays(daysFrom(QDate(2026, 12, 1), 7));
    chart.setSeries({});
    chart.setEmptyText(QStringLiteral("No breaches in this period"));
    chart.setFont(QFontDatabase::systemFont(QFontDatabase::GeneralFont));
    chart.layout(QRectF(0, 0, 600, 240));
    QCOMPARE(chart.grandTotal(), qint64(0));
    QVERIFY(chart.legend().isEmpty());
    QCOMPARE(chart.dayLabels().size(), 7);
    QImage image(600, 240, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        chart.paint(painter);
    }
    // Something was drawn in the plot (the empty text) and no bar (no series colour anywhere).
    bool drawn = false;
    for (int y = int(chart.plotRect().top()); y < int(chart.plotRect().bottom()); ++y) {
        for (int x = int(chart.plotRect().left()); x < int(chart.plotRect().right()); ++x)
            drawn = drawn || image.pixel(x, y) != qRgb(255, 255, 255);
    }
    QVERIFY(drawn);

    chart.setSeries(seriesFor(7));
    chart.layout(QRectF(0, 0, 600, 240));
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        chart.paint(painter);
    }
    const QRectF bar = chart.barRect(1);
    QCOMPARE(QColor(image.pixel(bar.center().toPoint())).rgb() & 0xffffff,
             DayBarChart::seriesColor(int(chart.seriesAt(bar.center())), false).rgb() & 0xffffff);
}

QTEST_MAIN(TestDayBarChart)
#include "tst_daybarchart.moc"
