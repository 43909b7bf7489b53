// SPDX-License-Identifier: GPL-3.0-or-later
// Team catalogs written by the editor: a written file loads back the same, built-in plans are
// duplicated rather than edited, and invalid input never reaches the disk.

#include "models/catalog/catalogwriter.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace dueline;

namespace {

TeamCatalog acme()
{
    TeamCatalog team;
    CalendarSpec office;
    office.id = QStringLiteral("acme-office");
    office.names.set(QStringLiteral("en"), QStringLiteral("ACME office"));
    office.names.set(QStringLiteral("ru"), QStringLiteral("Офис ACME"));
    office.timeZone = "Europe/Moscow";
    for (int d = 0; d < 5; ++d)
        office.weekly[std::size_t(d)] = {{9 * 60, 13 * 60}, {14 * 60, 18 * 60}};
    office.holidaySetId = QStringLiteral("ru");
    DayException party;
    party.date = QDate(2026, 6, 26);
    party.type = DayException::Type::DayOff;
    party.names.set(QStringLiteral("en"), QStringLiteral("Company day"));
    DayException saturday;
    saturday.date = QDate(2026, 6, 27);
    saturday.type = DayException::Type::WorkingDay;
    saturday.hours = QVector<TimeRange>{{10 * 60, 14 * 60}};
    office.exceptions = {party, saturday};
    team.calendars.append(office);

    Provider provider;
    provider.id = QStringLiteral("acme");
    provider.builtIn = false;
    provider.names.set(QStringLiteral("en"), QStringLiteral("ACME Hosting"));
    Severity urgent;
    urgent.code = QStringLiteral("urgent");
    urgent.names.set(QStringLiteral("en"), QStringLiteral("Urgent"));
    Severity normal;
    normal.code = QStringLiteral("normal");
    normal.names.set(QStringLiteral("en"), QStringLiteral("Normal"));
    provider.severities = {urgent, normal};
    provider.planIds = {QStringLiteral("acme/gold")};
    team.providers.append(provider);

    Plan gold;
    gold.id = QStringLiteral("acme/gold");
    gold.providerId = QStringLiteral("acme");
    gold.builtIn = false;
    gold.aliases = {QStringLiteral("AG")};
    gold.names.set(QStringLiteral("en"), QStringLiteral("Gold"));
    gold.calendarId = QStringLiteral("acme-office");
    gold.severities = {QStringLiteral("urgent"), QStringLiteral("normal")};
    gold.levels[0] = gold.levels[1] = QStringLiteral("urgent");
    gold.levels[2] = gold.levels[3] = QStringLiteral("normal");
    gold.pausingStatuses = {QStringLiteral("waiting_customer")};
    gold.targets = {
            {QStringLiteral("urgent"), Target::of(2, TargetUnit::Hours),
             Target::of(2, TargetUnit::BusinessDays)},
            {QStringLiteral("normal"), Target::of(30, TargetUnit::Minutes), Target::none()}};
    Channel phone;
    phone.id = QStringLiteral("phone");
    phone.names.set(QStringLiteral("en"), QStringLiteral("Phone"));
    phone.hours = QStringLiteral("acme-office");
    phone.contact = QStringLiteral("+7 000 000-00-00");
    gold.channels = {phone};
    gold.features.insert(QStringLiteral("phone_line"), FeatureValue{true, {}, {}});
    team.plans.append(gold);
    return team;
}

} // namespace

class TestCatalogWriter : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip();
    void duplicateBuiltIn();
    void invalidNeverReachesDisk();
};

void TestCatalogWriter::roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("acme.json"));
    QString error;
    QVERIFY2(CatalogWriter::save(acme(), path, {}, &error), qPrintable(error));
    const CatalogPtr catalog = Catalog::load({path}, &error);
    QVERIFY2(catalog, qPrintable(error));
    const Plan *gold = catalog->plan(QStringLiteral("ag"));
    QVERIFY(gold);
    QCOMPARE(gold->targetsFor(QStringLiteral("urgent"))->resolution,
             Target::of(2, TargetUnit::BusinessDays));
    QVERIFY(!gold->targetsFor(QStringLiteral("normal"))->resolution.committed);
    const WorkCalendarPtr office = catalog->calendar(QStringLiteral("acme-office"));
    QVERIFY(office->hoursOn(QDate(2026, 6, 26)).isEmpty());
    QCOMPARE(office->hoursOn(QDate(2026, 6, 27)), (QVector<TimeRange>{{10 * 60, 14 * 60}}));
    QVERIFY(office->hoursOn(QDate(2026, 6, 12)).isEmpty()); // Russia Day, from the "ru" set
    // Reading the team part back and writing it again gives the same bytes.
    const TeamCatalog again = TeamCatalog::fromCatalog(*catalog);
    QCOMPARE(again.plans.size(), 1);
    QCOMPARE(again.calendars.size(), 1);
    QCOMPARE(again.calendars.first().exceptions.size(), 2);
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(CatalogWriter::toJson(again), written.readAll());
}

void TestCatalogWriter::duplicateBuiltIn()
{
    QString error;
    const CatalogPtr builtIn = Catalog::loadBuiltIn(&error);
    QVERIFY(builtIn);
    TeamCatalog team;
    // A built-in provider cannot be reused: its plans stay read-only.
    QVERIFY(team.duplicatePlan(*builtIn, QStringLiteral("L3"), QStringLiteral("alibaba"),
                               QStringLiteral("copy"), &error)
                    .isEmpty());
    QVERIFY(error.contains(QStringLiteral("built in")));
    const QString id =
            team.duplicatePlan(*builtIn, QStringLiteral("L3"), QStringLiteral("our-alibaba"),
                               QStringLiteral("l3-negotiated"), &error);
    QCOMPARE(id, QStringLiteral("our-alibaba/l3-negotiated"));
    for (SeverityTargets &t : team.plans.last().targets) {
        if (t.severity == QLatin1String("core-down"))
            t.response = Target::of(5, TargetUnit::Minutes);
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("team.json"));
    QVERIFY2(CatalogWriter::save(team, path, {}, &error), qPrintable(error));
    const CatalogPtr catalog = Catalog::load({path}, &error);
    QVERIFY2(catalog, qPrintable(error));
    QCOMPARE(catalog->plan(id)->targetsFor(QStringLiteral("core-down"))->response,
             Target::of(5, TargetUnit::Minutes));
    QCOMPARE(catalog->plan(QStringLiteral("L3"))->targetsFor(QStringLiteral("core-down"))->response,
             Target::of(12, TargetUnit::Minutes));
    QCOMPARE(catalog->plan(id)->severityForLevel(1), QStringLiteral("core-down"));
}

void TestCatalogWriter::invalidNeverReachesDisk()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("acme.json"));
    QString error;
    // Overlapping hours: refused, and no file appears.
    TeamCatalog overlapping = acme();
    overlapping.calendars[0].weekly[1] = {{9 * 60, 13 * 60}, {12 * 60, 18 * 60}};
    QVERIFY(!CatalogWriter::save(overlapping, path, {}, &error));
    QCOMPARE(error, path + QStringLiteral(": $.calendars[0].weekly.tue[1]: 12:00-18:00 overlaps "
                                          "the previous interval or is out of order"));
    QVERIFY(!QFile::exists(path));
    // A good file first; then a bad edit leaves it as it was.
    QVERIFY(CatalogWriter::save(acme(), path, {}, &error));
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray good = before.readAll();
    before.close();
    TeamCatalog badLevel = acme();
    badLevel.plans[0].levels[3] = QStringLiteral("trivial");
    QVERIFY(!CatalogWriter::save(badLevel, path, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("$.providers[0].plans[0].levels.P4")),
             qPrintable(error));
    TeamCatalog taken = acme();
    taken.plans[0].aliases = {QStringLiteral("S1")};
    QVERIFY(!CatalogWriter::save(taken, path, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("alias \"S1\" is already used by tencent/flagship")),
             qPrintable(error));
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), good);
}

QTEST_GUILESS_MAIN(TestCatalogWriter)
#include "tst_catalogwriter.moc"
