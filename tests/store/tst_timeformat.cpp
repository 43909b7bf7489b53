// SPDX-License-Identifier: GPL-3.0-or-later
// ISO 8601 instants of import and export files, against QDateTime.

#include "models/store/timeformat.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QtTest>

using namespace dueline;

class TestTimeFormat : public QObject
{
    Q_OBJECT
private slots:
    void formatMatchesQDateTime();
    void parse_data();
    void parse();
};

void TestTimeFormat::formatMatchesQDateTime()
{
    QRandomGenerator random(42);
    QVector<qint64> instants{0, -1, 86399, 86400, 951782400 /* 2000-02-29 */, 4102444799};
    for (int i = 0; i < 20000; ++i)
        instants.append(qint64(random.bounded(Q_INT64_C(-2208988800), Q_INT64_C(7258118400))));
    for (qint64 t : instants) {
        const QString expected = QDateTime::fromSecsSinceEpoch(t, Qt::UTC)
                                         .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
                                 QStringLiteral("+00:00");
        const QString text = formatInstantUtc(t);
        QCOMPARE(text, expected);
        QString error;
        QCOMPARE(parseInstantIso(text, &error).value_or(-42), t);
    }
}

void TestTimeFormat::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected"); // -1: rejected
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("utc plus") << "2026-01-12T08:00:00+00:00" << qint64(1768204800) << "";
    QTest::newRow("z") << "2026-01-12T08:00:00Z" << qint64(1768204800) << "";
    QTest::newRow("offset") << "2026-01-12T11:00:00+03:00" << qint64(1768204800) << "";
    QTest::newRow("compact offset") << "2026-01-12T11:00+0300" << qint64(1768204800) << "";
    QTest::newRow("negative offset") << "2026-01-12T03:00:00-05:00" << qint64(1768204800) << "";
    QTest::newRow("space") << "2026-01-12 08:00:00Z" << qint64(1768204800) << "";
    QTest::newRow("leap day") << "2024-02-29T00:00:00Z" << qint64(1709164800) << "";
    QTest::newRow("no offset") << "2026-01-12T08:00:00" << qint64(-1) << "ISO 8601";
    QTest::newRow("words") << "yesterday" << qint64(-1) << "ISO 8601";
    QTest::newRow("trailing") << "2026-01-12T08:00:00Zx" << qint64(-1) << "ISO 8601";
    QTest::newRow("month 13") << "2026-13-01T08:00:00Z" << qint64(-1) << "not a valid date";
    QTest::newRow("feb 29 2026") << "2026-02-29T08:00:00Z" << qint64(-1) << "not a valid date";
    QTest::newRow("hour 24") << "2026-01-12T24:00:00Z" << qint64(-1) << "not a valid date";
    QTest::newRow("offset 19h") << "2026-01-12T08:00:00+19:00" << qint64(-1)
                                << "invalid UTC offset";
    QTest::newRow("empty") << "" << qint64(-1) << "ISO 8601";
}

void TestTimeFormat::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    QFETCH(QString, errorPart);
    QString error;
    const auto t = parseInstantIso(text, &error);
    if (expected < 0) {
        QVERIFY(!t);
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QVERIFY(error.contains(text));
    } else {
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(*t, expected);
    }
}

QTEST_GUILESS_MAIN(TestTimeFormat)
#include "tst_timeformat.moc"
