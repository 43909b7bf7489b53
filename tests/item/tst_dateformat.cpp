// SPDX-License-Identifier: GPL-3.0-or-later
// Dates in each language's own order (models/item/dateformat.h).

#include "models/item/dateformat.h"

#include <QtTest>

using dueline::DateFormat;

class TestDateFormat : public QObject
{
    Q_OBJECT

private slots:
    void dateTime_data();
    void dateTime();
    void dates();
};

void TestDateFormat::dateTime_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<bool>("year");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << "en_GB" << false << "Fri 27 Nov 10:05";
    QTest::newRow("en year") << "en_GB" << true << "Fri 27 Nov 2026 10:05";
    QTest::newRow("ru") << "ru_RU" << false << "пт 27 нояб. 10:05";
    QTest::newRow("zh") << "zh_CN" << false << "11月27日 周五 10:05";
    QTest::newRow("zh year") << "zh_CN" << true << "2026年11月27日 周五 10:05";
}

void TestDateFormat::dateTime()
{
    QFETCH(QString, locale);
    QFETCH(bool, year);
    QFETCH(QString, expected);
    const QDateTime at(QDate(2026, 11, 27), QTime(10, 5), Qt::UTC);
    QCOMPARE(DateFormat::dateTime(QLocale(locale), at,
                                  year ? DateFormat::Year::Show : DateFormat::Year::Omit),
             expected);
}

void TestDateFormat::dates()
{
    const QDate date(2026, 3, 2);
    QCOMPARE(DateFormat::weekdayDate(QLocale(QStringLiteral("zh_CN")), date),
             QStringLiteral("3月2日 周一"));
    QCOMPARE(DateFormat::weekdayDate(QLocale(QStringLiteral("en_GB")), date),
             QStringLiteral("Mon 2 Mar"));
    QCOMPARE(DateFormat::dayMonth(QLocale(QStringLiteral("zh_CN")), date),
             QStringLiteral("3月2日"));
    QCOMPARE(DateFormat::dayMonth(QLocale(QStringLiteral("ru_RU")), date),
             QStringLiteral("2 мар."));
    const QDateTime at(date, QTime(9, 0), Qt::UTC);
    QCOMPARE(DateFormat::longDateTime(QLocale(QStringLiteral("zh_CN")), at),
             QStringLiteral("2026年3月2日 星期一 09:00"));
    QCOMPARE(DateFormat::longDateTime(QLocale(QStringLiteral("en_GB")), at),
             QStringLiteral("Monday 2 March 2026 09:00"));
}

QTEST_GUILESS_MAIN(TestDateFormat)
#include "tst_dateformat.moc"
