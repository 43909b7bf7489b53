// SPDX-License-Identifier: GPL-3.0-or-later
// The team catalog as the editor edits it: severities renamed everywhere they are used, days kept
// in date order with the hours typed for them, removals that take what only they used, and the
// commit that turns what was typed into the catalog that is saved.
#include "models/catalog/catalog.h"
#include "models/presenters/teamcatalogdraft.h"

#include <QTest>

using namespace dueline;

namespace {

const QString GoldPlan = QStringLiteral("acme/gold");
const QString AcmeHours = QStringLiteral("acme-hours");

} // namespace

class TestTeamCatalogDraft : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void severitiesFollowTheirCode();
    void sharedSeverityStaysWithTheOtherPlan();
    void daysStayInDateOrder();
    void removalsTakeWhatOnlyTheyUsed();
    void commitParsesWhatWasTyped();

private:
    // acme/gold (a copy of stormbpmn/enterprise) and the calendar acme-hours, Monday to Friday
    // 09:00–18:00 in Moscow.
    TeamCatalogDraft draft() const;

    CatalogPtr m_catalog;
};

void TestTeamCatalogDraft::initTestCase()
{
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

TeamCatalogDraft TestTeamCatalogDraft::draft() const
{
    TeamCatalogDraft draft;
    QString error;
    if (draft.copyPlan(*m_catalog, QStringLiteral("stormbpmn/enterprise"), QStringLiteral("acme"),
                       QStringLiteral("gold"), &error) != GoldPlan)
        qWarning("copyPlan: %s", qPrintable(error));
    CalendarSpec spec;
    spec.id = AcmeHours;
    spec.names = LocalizedText(QStringLiteral("Acme hours"));
    spec.timeZone = "Europe/Moscow";
    for (int d = 0; d < 5; ++d)
        spec.weekly[std::size_t(d)] = {{9 * 60, 18 * 60}};
    draft.addCalendar(spec);
    return draft;
}

void TestTeamCatalogDraft::severitiesFollowTheirCode()
{
    TeamCatalogDraft d = draft();
    const int row = d.addSeverity(GoldPlan, LocalizedText(QStringLiteral("New severity")));
    QCOMPARE(row, 2);
    QCOMPARE(d.plan(GoldPlan)->severities.at(row), QStringLiteral("new"));
    QCOMPARE(d.provider(QStringLiteral("acme"))->severity(QStringLiteral("new"))->names.english(),
             QStringLiteral("New severity"));
    QCOMPARE(d.addSeverity(GoldPlan, {}), 3);
    QCOMPARE(d.plan(GoldPlan)->severities.at(3), QStringLiteral("new-2"));
    const Target fourHours = Target::of(4, TargetUnit::Hours);
    QVERIFY(d.setSeverity(GoldPlan, row, QStringLiteral("minor"), QStringLiteral("Незначительная"),
                          fourHours, Target::none(), QStringLiteral("ru")));
    const Provider *acme = d.provider(QStringLiteral("acme"));
    QVERIFY(!acme->severity(QStringLiteral("new")));
    // Named in the language it was typed in; English keeps its name.
    const Severity *minor = acme->severity(QStringLiteral("minor"));
    QCOMPARE(minor->names.text(QStringLiteral("ru")), QStringLiteral("Незначительная"));
    QCOMPARE(minor->names.english(), QStringLiteral("New severity"));
    QCOMPARE(d.plan(GoldPlan)->targetsFor(QStringLiteral("minor"))->response.amount, qint64(4));
    QVERIFY(d.setLevel(GoldPlan, 4, QStringLiteral("minor")));
    QVERIFY(d.setSeverity(GoldPlan, row, QStringLiteral("low"), {}, fourHours, Target::none(),
                          QStringLiteral("en")));
    QCOMPARE(d.plan(GoldPlan)->levels[3], QStringLiteral("low"));
    // Removing a severity unmaps the levels filed under it.
    QVERIFY(d.removeSeverity(GoldPlan, row));
    QVERIFY(!d.plan(GoldPlan)->targetsFor(QStringLiteral("low")));
    QVERIFY(!d.provider(QStringLiteral("acme"))->severity(QStringLiteral("low")));
    QVERIFY(d.plan(GoldPlan)->levels[3].isEmpty());
    QVERIFY(!d.removeSeverity(GoldPlan, 9));
    QVERIFY(!d.setLevel(GoldPlan, 0, QStringLiteral("critical")));
}

void TestTeamCatalogDraft::sharedSeverityStaysWithTheOtherPlan()
{
    TeamCatalogDraft d = draft();
    QVERIFY(d.copyPlan(GoldPlan, QStringLiteral("acme"), QStringLiteral("acme/silver")));
    QVERIFY(d.setSeverity(GoldPlan, 0, QStringLiteral("urgent"), {}, Target::none(), Target::none(),
                          QStringLiteral("en")));
    const Provider *acme = d.provider(QStringLiteral("acme"));
    QVERIFY(acme->severity(QStringLiteral("urgent")));
    QVERIFY(acme->severity(QStringLiteral("critical")));
    QCOMPARE(d.plan(QStringLiteral("acme/silver"))->severities.first(), QStringLiteral("critical"));
    QCOMPARE(d.provider(QStringLiteral("acme"))->planIds,
             (QStringList{GoldPlan, QStringLiteral("acme/silver")}));
}

void TestTeamCatalogDraft::daysStayInDateOrder()
{
    TeamCatalogDraft d = draft();
    const int first = d.addDay(AcmeHours, QDate(2026, 3, 2));
    QCOMPARE(first, 0);
    QVERIFY(d.setDay(AcmeHours, first, QDate(2026, 6, 6), DayException::Type::WorkingDay,
                     QStringLiteral("10:00–14:00"), QStringLiteral("Transferred"),
                     QStringLiteral("en")));
    // A new day comes after the last one listed, whatever the earliest date given.
    const int second = d.addDay(AcmeHours, QDate(2026, 3, 2));
    QCOMPARE(d.calendar(AcmeHours)->exceptions.at(second).date, QDate(2026, 6, 7));
    QVERIFY(d.removeDay(AcmeHours, second));
    DayException labourDay;
    labourDay.date = QDate(2026, 5, 1);
    labourDay.names = LocalizedText(QStringLiteral("Labour Day"));
    DayException again = labourDay;
    DayException newYear = labourDay;
    newYear.date = QDate(2026, 1, 1);
    QCOMPARE(d.addDays(AcmeHours, {labourDay, newYear}), 2);
    QCOMPARE(d.addDays(AcmeHours, {again}), 0);
    const QVector<DayException> days = d.calendar(AcmeHours)->exceptions;
    QCOMPARE(days.size(), 3);
    QCOMPARE(days.at(0).date, QDate(2026, 1, 1));
    QCOMPARE(days.at(1).date, QDate(2026, 5, 1));
    QCOMPARE(days.at(2).date, QDate(2026, 6, 6));
    // The hours typed for a day follow it.
    QCOMPARE(d.dayHours(AcmeHours, 2), QStringLiteral("10:00–14:00"));
    QCOMPARE(d.dayHours(AcmeHours, 0), QString());
    QCOMPARE(d.addDays(QStringLiteral("nowhere"), {labourDay}), -1);
}

void TestTeamCatalogDraft::removalsTakeWhatOnlyTheyUsed()
{
    TeamCatalogDraft d = draft();
    QVERIFY(d.copyPlan(GoldPlan, QStringLiteral("acme"), QStringLiteral("acme/silver")));
    QVERIFY(d.setPlanCalendar(GoldPlan, AcmeHours));
    QCOMPARE(d.calendarUsers(AcmeHours, QStringLiteral("en")).size(), 1);
    QVERIFY(d.removePlan(GoldPlan));
    QVERIFY(d.provider(QStringLiteral("acme")));
    QVERIFY(d.calendarUsers(AcmeHours, QStringLiteral("en")).isEmpty());
    // The provider's last plan takes it along.
    QVERIFY(d.removePlan(QStringLiteral("acme/silver")));
    QVERIFY(!d.provider(QStringLiteral("acme")));
    QVERIFY(!d.removePlan(GoldPlan));
    QVERIFY(d.setWeekdayHours(AcmeHours, 0, QStringLiteral("bad")));
    QVERIFY(d.removeCalendar(AcmeHours));
    QVERIFY(!d.calendar(AcmeHours));
    QCOMPARE(d.weekdayHours(AcmeHours, 0), QString());
    QVERIFY(d.team().plans.isEmpty() && d.team().calendars.isEmpty());
}

void TestTeamCatalogDraft::commitParsesWhatWasTyped()
{
    TeamCatalogDraft d = draft();
    QVERIFY(d.setWeekdayHours(AcmeHours, 0, QStringLiteral("09:00–13:00, 14:00–18:00")));
    QVERIFY(d.setWeekdayHours(AcmeHours, 1, QStringLiteral("nine to five")));
    QCOMPARE(d.weekdayHours(AcmeHours, 1), QStringLiteral("nine to five"));
    const int row = d.addDay(AcmeHours, QDate(2026, 3, 7));
    QVERIFY(d.setDay(AcmeHours, row, QDate(2026, 3, 7), DayException::Type::WorkingDay,
                     QStringLiteral("11:00–15:00"), {}, QStringLiteral("en")));
    const TeamCatalog &team = d.commit();
    const CalendarSpec &spec = team.calendars.first();
    QCOMPARE(spec.weekly[0].size(), 2);
    // What does not parse keeps the last hours that did.
    QCOMPARE(spec.weekly[1].size(), 1);
    QCOMPARE(spec.weekly[1].first().startMinute, 9 * 60);
    QVERIFY(spec.exceptions.first().hours);
    QCOMPARE(spec.exceptions.first().hours->first().startMinute, 11 * 60);
    QCOMPARE(team.providers.first().planIds, QStringList{GoldPlan});
    // Round the clock drops the weekly hours.
    QVERIFY(d.setAlways(AcmeHours, true));
    QVERIFY(d.commit().calendars.first().weekly[0].isEmpty());
    const QByteArray json = CatalogWriter::toJson(d.commit());
    QVERIFY(json.contains("acme/gold"));
}

QTEST_GUILESS_MAIN(TestTeamCatalogDraft)
#include "tst_teamcatalogdraft.moc"
