// SPDX-License-Identifier: GPL-3.0-or-later
// Wall-clock durations as people read them: days and hours for long spans, padded minutes where
// the language pads them (2 h 05 min, 2 ч 05 мин) and not where it does not (2 小时 5 分钟). A
// clock's countdowns are tst_clocktext's.
#include "models/item/durationformat.h"

#include <QLocale>
#include <QTest>

using namespace dueline;

namespace {
constexpr qint64 Minute = 60;
constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;
} // namespace

class TestDurationFormat : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void spans()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(DurationFormat::span(0), QStringLiteral("0 min"));
        QCOMPARE(DurationFormat::span(59 * Minute), QStringLiteral("59 min"));
        QCOMPARE(DurationFormat::span(2 * Hour), QStringLiteral("2 h"));
        QCOMPARE(DurationFormat::span(2 * Hour + 5 * Minute), QStringLiteral("2 h 05 min"));
        QCOMPARE(DurationFormat::span(-(2 * Hour + 5 * Minute)), QStringLiteral("−2 h 05 min"));
        QCOMPARE(DurationFormat::span(3 * Day), QStringLiteral("3 d"));
        QCOMPARE(DurationFormat::span(3 * Day + 4 * Hour + 59), QStringLiteral("3 d 4 h"));
    }

    void chineseMinutesAreNotPadded()
    {
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
        QCOMPARE(DurationFormat::span(2 * 3600 + 5 * 60), QStringLiteral("2 h 5 min"));
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
        QCOMPARE(DurationFormat::span(2 * 3600 + 5 * 60), QStringLiteral("2 h 05 min"));
    }
};

QTEST_MAIN(TestDurationFormat)
#include "tst_durationformat.moc"
