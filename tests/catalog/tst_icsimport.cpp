// SPDX-License-Identifier: GPL-3.0-or-later
// Days off from iCalendar files through libical: single, multi-day and yearly all-day events,
// timed events skipped, the resulting calendar, and clear errors for bad files.

#include "models/catalog/icsimport.h"
#include "models/sla/slaclock.h"

#include <QTimeZone>
#include <QtTest>

using namespace dueline;

namespace {

const QByteArray Holidays = "BEGIN:VCALENDAR\r\n"
                            "VERSION:2.0\r\n"
                            "PRODID:-//Dueline//Test//EN\r\n"
                            "BEGIN:VEVENT\r\n"
                            "UID:ny@test\r\n"
                            "DTSTART;VALUE=DATE:20260101\r\n"
                            "DTEND;VALUE=DATE:20260102\r\n"
                            "SUMMARY:New Year's Day\r\n"
                            "END:VEVENT\r\n"
                            "BEGIN:VEVENT\r\n"
                            "UID:may@test\r\n"
                            "DTSTART;VALUE=DATE:20260501\r\n"
                            "DTEND;VALUE=DATE:20260504\r\n"
                            "SUMMARY:Company spring break\r\n"
                            "END:VEVENT\r\n"
                            "BEGIN:VEVENT\r\n"
                            "UID:xmas@test\r\n"
                            "DTSTART;VALUE=DATE:20201225\r\n"
                            "RRULE:FREQ=YEARLY\r\n"
                            "SUMMARY:Christmas Day\r\n"
                            "END:VEVENT\r\n"
                            "BEGIN:VEVENT\r\n"
                            "UID:meeting@test\r\n"
                            "DTSTART:20260105T100000Z\r\n"
                            "DTEND:20260105T110000Z\r\n"
                            "SUMMARY:All-hands meeting\r\n"
                            "END:VEVENT\r\n"
                            "END:VCALENDAR\r\n";

} // namespace

class TestIcsImport : public QObject
{
    Q_OBJECT
private slots:
    void knownDaysOff();
    void calendarFromImport();
    void badFiles_data();
    void badFiles();
};

void TestIcsImport::knownDaysOff()
{
    QString error;
    const auto import =
            IcsImport::parse(Holidays, QStringLiteral("holidays.ics"), 2025, 2027, &error);
    QVERIFY2(import, qPrintable(error));
    QStringList dates;
    for (const DayException &d : import->days) {
        dates << d.date.toString(Qt::ISODate);
        QCOMPARE(d.type, DayException::Type::DayOff);
    }
    QCOMPARE(dates, (QStringList{QStringLiteral("2025-12-25"), QStringLiteral("2026-01-01"),
                                 QStringLiteral("2026-05-01"), QStringLiteral("2026-05-02"),
                                 QStringLiteral("2026-05-03"), QStringLiteral("2026-12-25"),
                                 QStringLiteral("2027-12-25")}));
    QCOMPARE(import->days.at(1).names.english(), QStringLiteral("New Year's Day"));
    QCOMPARE(import->days.at(2).names.english(), QStringLiteral("Company spring break"));
    QCOMPARE(import->skippedTimedEvents, 1);
}

void TestIcsImport::calendarFromImport()
{
    QString error;
    const auto import =
            IcsImport::parse(Holidays, QStringLiteral("holidays.ics"), 2025, 2027, &error);
    QVERIFY(import);
    CalendarSpec spec;
    spec.id = QStringLiteral("berlin-office");
    spec.timeZone = "Europe/Berlin";
    for (int d = 0; d < 5; ++d)
        spec.weekly[std::size_t(d)] = {{9 * 60, 17 * 60}};
    spec.exceptions = import->days;
    const auto calendar = WorkCalendar::compile(spec, &error);
    QVERIFY2(calendar, qPrintable(error));
    QVERIFY(calendar->hoursOn(QDate(2026, 5, 1)).isEmpty());
    QVERIFY(!calendar->hoursOn(QDate(2026, 5, 4)).isEmpty());
    // Thursday 30 April 16:00 + 2 h: one hour on Thursday, Friday 1 May off → Monday 10:00.
    ClockInput input;
    input.start = QDateTime(QDate(2026, 4, 30), QTime(16, 0), QTimeZone("Europe/Berlin"))
                          .toSecsSinceEpoch();
    const Instant due = SlaClock::due(*calendar, Target::of(2, TargetUnit::Hours), input);
    QCOMPARE(QDateTime::fromSecsSinceEpoch(due, QTimeZone("Europe/Berlin")).toString(Qt::ISODate),
             QStringLiteral("2026-05-04T10:00:00+02:00"));
    const Explanation ex = SlaClock::explain(*calendar, input, due);
    bool named = false;
    for (const ExplanationPiece &p : ex.pieces)
        named = named || p.name.english() == QLatin1String("Company spring break");
    QVERIFY(named);
}

void TestIcsImport::badFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("error");
    QTest::newRow("not iCalendar") << QByteArray("Date,Name\n2026-01-01,New Year\n")
                                   << "team.ics: not an iCalendar file (no BEGIN:VCALENDAR)";
    QTest::newRow("end before start") << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:"
                                                    "VEVENT\r\nDTSTART;VALUE=DATE:20260105\r\n"
                                                    "DTEND;VALUE=DATE:20260101\r\nSUMMARY:"
                                                    "Odd\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
                                      << "team.ics: VEVENT 1: DTEND is not after DTSTART";
    QTest::newRow("no start")
            << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:"
                          "Nothing\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
            << "team.ics: VEVENT 1: DTSTART is missing or invalid";
}

void TestIcsImport::badFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!IcsImport::parse(content, QStringLiteral("team.ics"), 2025, 2027, &message));
    QCOMPARE(message, error);
}

QTEST_GUILESS_MAIN(TestIcsImport)
#include "tst_icsimport.moc"
