// SPDX-License-Identifier: GPL-3.0-or-later
// How a clock is shown (docs/architecture.md §2): working time in hours and minutes and never in
// days, a business-day target in business days of its calendar and the hours beyond them
// (WorkCalendar::businessDaysWithin), a breach in wall-clock time; in English, Russian (three
// plural forms) and Chinese.

#include "models/sla/clocktext.h"
#include "models/sla/workcalendar.h"

#include <QTimeZone>
#include <QTranslator>
#include <QtTest>

#include <memory>

using namespace dueline;

namespace {

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;
constexpr int H = 60; // minutes per hour, for TimeRange literals
const char *const Moscow = "Europe/Moscow";

Instant moscow(const char *local)
{
    const QDateTime dt = QDateTime::fromString(QString::fromLatin1(local), Qt::ISODate);
    return QDateTime(dt.date(), dt.time(), QTimeZone(Moscow)).toSecsSinceEpoch();
}

// Stormbpmn's hours without holidays: Mon–Fri 11:00–20:00 Moscow time.
WorkCalendarPtr businessHours()
{
    CalendarSpec spec;
    spec.id = QStringLiteral("test");
    spec.timeZone = Moscow;
    for (int d = 0; d < 5; ++d)
        spec.weekly[std::size_t(d)] = {{11 * H, 20 * H}};
    QString error;
    auto calendar = WorkCalendar::compile(spec, &error);
    if (!calendar)
        qFatal("compile: %s", qPrintable(error));
    return calendar;
}

} // namespace

class TestClockText : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(load(QStringLiteral("en"))); }
    void cleanupTestCase() { load({}); }
    void workingTimeIsNeverDays();
    void businessDaysWithin_data();
    void businessDaysWithin();
    void businessDayCountdowns();
    void breachesInWallClockTime();
    void russianAndChinese();

private:
    bool load(const QString &language);
    std::unique_ptr<QTranslator> m_translator;
};

bool TestClockText::load(const QString &language)
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
    QLocale::setDefault(QLocale(language.isEmpty() ? QStringLiteral("en_GB") : language));
    if (language.isEmpty())
        return true;
    m_translator = std::make_unique<QTranslator>();
    if (!m_translator->load(QStringLiteral(":/i18n/dueline_") + language))
        return false;
    QCoreApplication::installTranslator(m_translator.get());
    return true;
}

void TestClockText::workingTimeIsNeverDays()
{
    QCOMPARE(ClockText::workingTime(45 * Minute), QStringLiteral("45 min"));
    QCOMPARE(ClockText::workingTime(2 * Hour + 5 * Minute), QStringLiteral("2 h 05 min"));
    // 5 business days of 9 working hours: 45 h, not "1 d 21 h".
    QCOMPARE(ClockText::workingTime(45 * Hour), QStringLiteral("45 h"));
    QCOMPARE(ClockText::workingTime(38 * Hour + 20 * Minute), QStringLiteral("38 h 20 min"));
    QCOMPARE(ClockText::workingTime(-(27 * Hour)), QStringLiteral("−27 h"));
    // A countdown ticks in seconds under 24 working hours, in hours and minutes beyond.
    QCOMPARE(ClockText::workingCountdown(12 * Minute + 34), QStringLiteral("0:12:34"));
    QCOMPARE(ClockText::workingCountdown(16 * Hour), QStringLiteral("16:00:00"));
    QCOMPARE(ClockText::workingCountdown(47 * Hour + 30 * Minute + 12),
             QStringLiteral("47 h 30 min"));
    QCOMPARE(ClockText::workingCountdown(-5), QStringLiteral("−0:00:05"));
    // An hour target stays in hours whatever the calendar.
    const auto calendar = businessHours();
    QCOMPARE(ClockText::remaining(30 * Hour, TargetUnit::Hours, calendar.get(),
                                  moscow("2026-03-02T11:00:00")),
             QStringLiteral("30 h"));
}

void TestClockText::businessDaysWithin_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<int>("days");
    QTest::addColumn<qint64>("rest");
    // docs/architecture.md §2: from Monday's opening, 5 business days are 45 working hours.
    QTest::newRow("monday opening, 45 h") << "2026-03-02T11:00:00" << 45 * Hour << 5 << qint64(0);
    // Monday 15:00 to Friday 20:00: Tuesday to Friday whole, and Monday's last 5 hours.
    QTest::newRow("monday 15:00, 41 h") << "2026-03-02T15:00:00" << 41 * Hour << 4 << 5 * Hour;
    // 5 business days from Monday 15:00 are due next Monday 15:00: 45 h, 5 whole days.
    QTest::newRow("monday 15:00, 45 h") << "2026-03-02T15:00:00" << 45 * Hour << 5 << qint64(0);
    QTest::newRow("under a day") << "2026-03-02T15:00:00" << 5 * Hour << 0 << 5 * Hour;
    // At night and on the weekend, the count starts at the next opening.
    QTest::newRow("saturday") << "2026-03-07T23:00:00" << 20 * Hour << 2 << 2 * Hour;
    QTest::newRow("nothing") << "2026-03-02T15:00:00" << qint64(0) << 0 << qint64(0);
}

void TestClockText::businessDaysWithin()
{
    QFETCH(QString, from);
    QFETCH(qint64, seconds);
    QFETCH(int, days);
    QFETCH(qint64, rest);
    const auto calendar = businessHours();
    qint64 actualRest = -1;
    QCOMPARE(
            calendar->businessDaysWithin(moscow(from.toLatin1().constData()), seconds, &actualRest),
            days);
    QCOMPARE(actualRest, rest);
}

void TestClockText::businessDayCountdowns()
{
    const auto calendar = businessHours();
    const auto left = [&](const char *now, qint64 seconds) {
        return ClockText::remaining(seconds, TargetUnit::BusinessDays, calendar.get(), moscow(now));
    };
    QCOMPARE(left("2026-03-02T11:00:00", 45 * Hour), QStringLiteral("5 business days"));
    QCOMPARE(left("2026-03-02T15:00:00", 41 * Hour), QStringLiteral("4 business days 5 h"));
    QCOMPARE(left("2026-03-02T15:20:00", 40 * Hour + 40 * Minute),
             QStringLiteral("4 business days 4 h"));
    QCOMPARE(left("2026-03-02T19:20:00", 36 * Hour + 40 * Minute),
             QStringLiteral("4 business days 40 min"));
    QCOMPARE(left("2026-03-05T11:00:00", 18 * Hour), QStringLiteral("2 business days"));
    QCOMPARE(left("2026-03-06T11:00:00", 9 * Hour), QStringLiteral("1 business day"));
    // The compact form of a narrow cell: the rest in whole hours.
    const auto compact = [&](const char *now, qint64 seconds) {
        return ClockText::remaining(seconds, TargetUnit::BusinessDays, calendar.get(), moscow(now),
                                    ClockText::Form::Compact);
    };
    QCOMPARE(compact("2026-03-02T15:00:00", 41 * Hour), QStringLiteral("4 workdays 5 h"));
    QCOMPARE(compact("2026-03-02T19:20:00", 36 * Hour + 40 * Minute), QStringLiteral("4 workdays"));
    QCOMPARE(compact("2026-03-06T11:00:00", 9 * Hour), QStringLiteral("1 workday"));
    // Less than a business day: the working countdown.
    QCOMPARE(left("2026-03-06T15:00:00", 5 * Hour), QStringLiteral("5:00:00"));
    for (qint64 s = 0; s < 45 * Hour; s += 17 * Minute + 3)
        QVERIFY(!left("2026-03-02T11:00:00", s).contains(QLatin1String(" d ")));
}

void TestClockText::breachesInWallClockTime()
{
    QCOMPARE(ClockText::overdue(5), QStringLiteral("−0:00:05"));
    QCOMPARE(ClockText::overdue(18 * Hour), QStringLiteral("−18:00:00"));
    QCOMPARE(ClockText::overdue(4 * Day + 3 * Hour + 59), QStringLiteral("−4 d 3 h"));
    QCOMPARE(ClockText::wallTime(12 * Minute), QStringLiteral("12 min"));
    QCOMPARE(ClockText::wallTime(3 * Hour + 20 * Minute), QStringLiteral("3 h 20 min"));
    QCOMPARE(ClockText::wallTime(Day + 1), QStringLiteral("1 day"));
    QCOMPARE(ClockText::wallTime(4 * Day + 3 * Hour), QStringLiteral("4 days 3 h"));
}

void TestClockText::russianAndChinese()
{
    const auto calendar = businessHours();
    const auto left = [&](const char *now, qint64 seconds) {
        return ClockText::remaining(seconds, TargetUnit::BusinessDays, calendar.get(), moscow(now));
    };
    QVERIFY(load(QStringLiteral("ru")));
    QCOMPARE(left("2026-03-06T11:00:00", 9 * Hour), QStringLiteral("1 рабочий день"));
    QCOMPARE(left("2026-03-02T15:00:00", 41 * Hour), QStringLiteral("4 рабочих дня 5 ч"));
    QCOMPARE(left("2026-03-02T11:00:00", 45 * Hour), QStringLiteral("5 рабочих дней"));
    QCOMPARE(ClockText::workingTime(38 * Hour + 5 * Minute), QStringLiteral("38 ч 05 мин"));
    QCOMPARE(ClockText::wallTime(4 * Day + 3 * Hour), QStringLiteral("4 дня 3 ч"));
    QCOMPARE(ClockText::wallTime(5 * Day), QStringLiteral("5 дней"));
    QCOMPARE(ClockText::overdue(4 * Day + 3 * Hour), QStringLiteral("−4 д 3 ч"));
    QCOMPARE(ClockText::remaining(41 * Hour, TargetUnit::BusinessDays, calendar.get(),
                                  moscow("2026-03-02T15:00:00"), ClockText::Form::Compact),
             QStringLiteral("4 раб. дня 5 ч"));

    QVERIFY(load(QStringLiteral("zh_CN")));
    QCOMPARE(left("2026-03-02T15:00:00", 41 * Hour), QStringLiteral("4 个工作日 5 小时"));
    QCOMPARE(left("2026-03-02T11:00:00", 45 * Hour), QStringLiteral("5 个工作日"));
    QCOMPARE(ClockText::workingTime(38 * Hour + 5 * Minute), QStringLiteral("38 小时 5 分钟"));
    QCOMPARE(ClockText::wallTime(4 * Day + 3 * Hour), QStringLiteral("4 天 3 小时"));
    QVERIFY(load(QStringLiteral("en")));
}

QTEST_GUILESS_MAIN(TestClockText)
#include "tst_clocktext.moc"
