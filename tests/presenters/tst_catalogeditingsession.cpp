// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog editor's session without widgets: every rule of validate() tripped and passed, plan
// and calendar duplication, days off from iCalendar files (valid and broken), the dirty state and
// saving the team catalog file into a temporary folder.
#include "models/catalog/catalog.h"
#include "models/catalog/catalogwriter.h"
#include "models/presenters/catalogediting.h"
#include "models/presenters/catalogeditingsession.h"
#include "tests/support/icsfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace dueline;

namespace {

const QString GoldPlan = QStringLiteral("acme/gold");
const QString AcmeHours = QStringLiteral("acme-hours");
const QDate Today(2026, 3, 2);

// The problems of a session by field.
QHash<QString, QString> problemsByField(const CatalogEditingSession &session)
{
    QHash<QString, QString> byField;
    for (const CatalogProblem &p : session.validate())
        byField.insert(p.field, p.message);
    return byField;
}

QString dump(const CatalogEditingSession &session)
{
    return session.problems().join(QLatin1Char('\n'));
}

// True when nothing keeps the session's catalog from being saved; else says what does.
bool clean(const CatalogEditingSession &session)
{
    if (session.problems().isEmpty())
        return true;
    qWarning("unexpected problems:\n%s", qPrintable(dump(session)));
    return false;
}

// True when the problem on `field` ("plan/acme/gold/names") says `text`; else says what is there.
bool flags(const CatalogEditingSession &session, const QString &field, const QString &text)
{
    const QString problem = problemsByField(session).value(field);
    if (problem.contains(text))
        return true;
    qWarning("%s: \"%s\"; all problems:\n%s", qPrintable(field), qPrintable(problem),
             qPrintable(dump(session)));
    return false;
}

} // namespace

class TestCatalogEditingSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensWithoutTeamFile();
    void builtInEntriesAreReadOnly();

    // validate(), rule by rule: tripped, then passed.
    void providerNeedsEnglishName();
    void planNeedsEnglishName();
    void planNeedsKnownCalendar();
    void planNeedsSeverity();
    void severityCodeIsAnId();
    void severityCodeIsListedOnce();
    void everyLevelIsMapped();
    void calendarNeedsEnglishName();
    void calendarNeedsKnownTimeZone_data();
    void calendarNeedsKnownTimeZone();
    void weekdayHoursParse_data();
    void weekdayHoursParse();
    void calendarNeedsWorkingHours();
    void dayIsListedOnce();
    void workingDayHoursParse();
    void engineRefusesWhatTheEditorMisses();

    void duplicatesBuiltInPlan();
    void duplicatePlanRefusesTakenIds();
    void duplicatesTeamPlan();
    void duplicatesCalendar();
    void newAndRemovedEntries();

    void importsIcsDaysOff();
    void brokenIcsChangesNothing();
    void icsNeedsTeamCalendar();

    void tracksModifications();
    void savesTeamFile();
    void invalidCatalogIsNotSaved();
    void conflictWithAnotherFileIsNotSaved();
    void opensExistingTeamFile();
    void unreadableTeamFileIsNotEdited();
    void sharedDatabaseNeedsAConnection();

private:
    // An open session on the team file with acme/gold (a copy of stormbpmn/enterprise) and its
    // own calendar acme-hours (a copy of the plan's calendar).
    std::unique_ptr<CatalogEditingSession> sessionWithDrafts(const QStringList &others = {});
    QString writeFile(const QString &name, const QByteArray &content);

    CatalogPtr m_catalog;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestCatalogEditingSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestCatalogEditingSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("catalog/team.json"));
}

void TestCatalogEditingSession::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<CatalogEditingSession>
TestCatalogEditingSession::sessionWithDrafts(const QStringList &others)
{
    auto session = std::make_unique<CatalogEditingSession>(m_catalog, m_path, others);
    session->open();
    QString error;
    if (session->duplicatePlan(QStringLiteral("stormbpmn/enterprise"), QStringLiteral("acme"),
                               QStringLiteral("gold"), QStringLiteral("Acme"),
                               QStringLiteral("Gold"), &error) != GoldPlan)
        qWarning("duplicatePlan: %s", qPrintable(error));
    if (session->duplicateCalendar(
                m_catalog->plan(QStringLiteral("stormbpmn/enterprise"))->calendarId, AcmeHours,
                QStringLiteral("Acme hours"), &error) != AcmeHours)
        qWarning("duplicateCalendar: %s", qPrintable(error));
    return session;
}

QString TestCatalogEditingSession::writeFile(const QString &name, const QByteArray &content)
{
    QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

void TestCatalogEditingSession::opensWithoutTeamFile()
{
    CatalogEditingSession session(m_catalog, m_path, {});
    QSignalSpy opened(&session, &CatalogEditingSession::opened);
    session.open();
    // No database: opened at once, on this thread.
    QCOMPARE(opened.count(), 1);
    QVERIFY(session.isOpen());
    QVERIFY(!session.isBusy());
    QVERIFY(session.loadError().isEmpty());
    QVERIFY(session.team().plans.isEmpty());
    QVERIFY(!session.isModified());
    QVERIFY(!session.canSave());
    QVERIFY(session.problems().isEmpty());
    QCOMPARE(session.destination(), CatalogEditingSession::Destination::ThisComputer);
    QCOMPARE(session.sharedName(), QStringLiteral("team.json"));
    const QVector<CatalogEntry> providers = session.providerEntries();
    QCOMPARE(providers.size(), m_catalog->providers().size());
    for (const CatalogEntry &p : providers) {
        QCOMPARE(p.origin, CatalogEntry::Origin::BuiltIn);
        QVERIFY(!p.plans.isEmpty());
    }
    QCOMPARE(session.calendarEntries().size(), m_catalog->calendarSpecs().size());
    QCOMPARE(session.calendarChoices().size(), m_catalog->calendarSpecs().size());
}

void TestCatalogEditingSession::builtInEntriesAreReadOnly()
{
    CatalogEditingSession session(m_catalog, m_path, {});
    session.open();
    const QString vkcs = QStringLiteral("vkcs/standard");
    QVERIFY(session.plan(vkcs));
    QVERIFY(!session.isTeamPlan(vkcs));
    QVERIFY(!session.setPlanNames(vkcs, LocalizedText(QStringLiteral("Mine"))));
    QVERIFY(!session.setSeverity(vkcs, 0, QStringLiteral("x"), {}, Target::none(), Target::none()));
    QVERIFY(!session.removePlan(vkcs));
    const QString moscow = m_catalog->plan(vkcs)->calendarId;
    QVERIFY(!session.isTeamCalendar(moscow));
    QVERIFY(!session.setWeekdayHours(moscow, 0, QStringLiteral("10:00-11:00")));
    QCOMPARE(session.addDay(moscow, Today), -1);
    QVERIFY(!session.removeCalendar(moscow));
    QCOMPARE(session.plan(vkcs)->names.english(), m_catalog->plan(vkcs)->names.english());
    QVERIFY(!session.isModified());
    QVERIFY(!session.canSave());
    QVERIFY(!QFile::exists(m_path));
}

// ---- Rules ---------------------------------------------------------------------------------

void TestCatalogEditingSession::providerNeedsEnglishName()
{
    auto session = sessionWithDrafts();
    QVERIFY(clean(*session));
    LocalizedText russianOnly;
    russianOnly.set(QStringLiteral("ru"), QStringLiteral("Акме"));
    QVERIFY(session->setProviderNames(QStringLiteral("acme"), russianOnly));
    const QString field = QStringLiteral("provider/acme/names");
    QVERIFY(flags(*session, field, QStringLiteral("English name")));
    QVERIFY(!session->canSave());
    QVERIFY(session->setProviderNames(QStringLiteral("acme"),
                                      LocalizedText(QStringLiteral("Acme"))));
    QVERIFY(clean(*session));
    QVERIFY(session->canSave());
}

void TestCatalogEditingSession::planNeedsEnglishName()
{
    auto session = sessionWithDrafts();
    QVERIFY(session->setPlanNames(GoldPlan, LocalizedText()));
    QVERIFY(flags(*session, QStringLiteral("plan/acme/gold/names"),
                  QStringLiteral("English name")));
    // Named by its id while it has no name.
    QVERIFY(flags(*session, QStringLiteral("plan/acme/gold/names"), GoldPlan));
    QVERIFY(session->setPlanNames(GoldPlan, LocalizedText(QStringLiteral("Gold"))));
    QVERIFY(clean(*session));
}

void TestCatalogEditingSession::planNeedsKnownCalendar()
{
    auto session = sessionWithDrafts();
    QVERIFY(session->setPlanCalendar(GoldPlan, QStringLiteral("nowhere")));
    QVERIFY(flags(*session, QStringLiteral("plan/acme/gold/calendar"),
                  QStringLiteral("choose a work calendar")));
    QVERIFY(session->setPlanCalendar(GoldPlan, AcmeHours));
    QVERIFY(clean(*session));
}

void TestCatalogEditingSession::planNeedsSeverity()
{
    auto session = sessionWithDrafts();
    while (!session->plan(GoldPlan)->severities.isEmpty())
        QVERIFY(session->removeSeverity(GoldPlan, 0));
    QVERIFY(flags(*session, QStringLiteral("plan/acme/gold/severities"),
                  QStringLiteral("at least one severity")));
    const int row = session->addSeverity(GoldPlan);
    QCOMPARE(row, 0);
    QVERIFY(!problemsByField(*session).contains(QStringLiteral("plan/acme/gold/severities")));
    for (int level = 1; level <= LevelCount; ++level)
        QVERIFY(session->setLevel(GoldPlan, level, QStringLiteral("new")));
    QVERIFY(clean(*session));
}

void TestCatalogEditingSession::severityCodeIsAnId()
{
    auto session = sessionWithDrafts();
    const SeverityTargets targets =
            *session->plan(GoldPlan)->targetsFor(QStringLiteral("critical"));
    for (const QString &bad : {QString(), QStringLiteral("very bad"), QStringLiteral("Critical")}) {
        QVERIFY(session->setSeverity(GoldPlan, 0, bad, {}, targets.response, targets.resolution));
        QVERIFY(flags(*session, QStringLiteral("plan/acme/gold/severity/0"),
                      QStringLiteral("is not a severity code")));
    }
    QVERIFY(session->setSeverity(GoldPlan, 0, QStringLiteral("very-bad"), {}, targets.response,
                                 targets.resolution));
    QVERIFY(clean(*session));
    // Renamed everywhere in the plan: its targets and the levels filed under it.
    QCOMPARE(session->plan(GoldPlan)->levels[0], QStringLiteral("very-bad"));
    QVERIFY(session->plan(GoldPlan)->targetsFor(QStringLiteral("very-bad")));
    QVERIFY(session->provider(QStringLiteral("acme"))->severity(QStringLiteral("very-bad")));
}

void TestCatalogEditingSession::severityCodeIsListedOnce()
{
    auto session = sessionWithDrafts();
    const QStringList codes = session->plan(GoldPlan)->severities;
    QCOMPARE(codes.size(), 2);
    QVERIFY(session->setSeverity(GoldPlan, 1, codes[0], {}, Target::none(), Target::none()));
    QVERIFY(flags(*session, QStringLiteral("plan/acme/gold/severity/1"),
                  QStringLiteral("listed twice")));
    QVERIFY(session->setSeverity(GoldPlan, 1, codes[1], {}, Target::none(), Target::none()));
    QVERIFY(!problemsByField(*session).contains(QStringLiteral("plan/acme/gold/severity/1")));
}

void TestCatalogEditingSession::everyLevelIsMapped()
{
    auto session = sessionWithDrafts();
    QVERIFY(session->setLevel(GoldPlan, 3, QString()));
    QVERIFY(flags(*session, QStringLiteral("plan/acme/gold/level/3"),
                  QStringLiteral("P3 is not mapped")));
    QVERIFY(!session->setLevel(GoldPlan, 5, QStringLiteral("critical")));
    QVERIFY(session->setLevel(GoldPlan, 3, QStringLiteral("critical")));
    QVERIFY(clean(*session));
    QCOMPARE(session->plan(GoldPlan)->levels[2], QStringLiteral("critical"));
}

void TestCatalogEditingSession::calendarNeedsEnglishName()
{
    auto session = sessionWithDrafts();
    LocalizedText chineseOnly;
    chineseOnly.set(QStringLiteral("zh_CN"), QStringLiteral("团队时间"));
    QVERIFY(session->setCalendarNames(AcmeHours, chineseOnly));
    QVERIFY(flags(*session, QStringLiteral("calendar/acme-hours/names"),
                  QStringLiteral("English name")));
    QVERIFY(session->setCalendarNames(AcmeHours, LocalizedText(QStringLiteral("Acme hours"))));
    QVERIFY(clean(*session));
}

void TestCatalogEditingSession::calendarNeedsKnownTimeZone_data()
{
    QTest::addColumn<QString>("zone");
    QTest::newRow("unknown") << QStringLiteral("Mars/Olympus_Mons");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("  ");
}

void TestCatalogEditingSession::calendarNeedsKnownTimeZone()
{
    QFETCH(QString, zone);
    auto session = sessionWithDrafts();
    QVERIFY(session->setTimeZone(AcmeHours, zone));
    QVERIFY(flags(*session, QStringLiteral("calendar/acme-hours/zone"),
                  QStringLiteral("unknown time zone")));
    QVERIFY(!session->canSave());
    QVERIFY(session->setTimeZone(AcmeHours, QStringLiteral(" Europe/Berlin ")));
    QVERIFY(clean(*session));
    QCOMPARE(session->calendar(AcmeHours)->timeZone, QByteArray("Europe/Berlin"));
}

void TestCatalogEditingSession::weekdayHoursParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("overlapping") << QStringLiteral("09:00–13:00, 12:00–18:00")
                                 << QStringLiteral("overlaps");
    QTest::newRow("end before start")
            << QStringLiteral("18:00–09:00") << QStringLiteral("ends before it starts");
    QTest::newRow("not a time") << QStringLiteral("nine to five")
                                << QStringLiteral("is not a time range");
    QTest::newRow("hour 25") << QStringLiteral("09:00–25:00")
                             << QStringLiteral("is not a time of day");
}

void TestCatalogEditingSession::weekdayHoursParse()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    auto session = sessionWithDrafts();
    const QVector<TimeRange> before = session->calendar(AcmeHours)->weekly[2];
    QVERIFY(session->setWeekdayHours(AcmeHours, 2, text));
    // Kept as typed, for the field; the calendar keeps its last valid hours.
    QCOMPARE(session->weekdayHours(AcmeHours, 2), text);
    QCOMPARE(session->calendar(AcmeHours)->weekly[2], before);
    const QString field = QStringLiteral("calendar/acme-hours/weekly/2");
    QVERIFY(flags(*session, field, reason));
    QVERIFY(flags(*session, field, QLocale().dayName(3)));
    QVERIFY(!session->save());
    QVERIFY(!QFile::exists(m_path));
    // Corrected: a lunch break, separators of any kind.
    QVERIFY(session->setWeekdayHours(AcmeHours, 2, QStringLiteral("14:00-18:00; 09:00−13:00")));
    QVERIFY(clean(*session));
    const QVector<TimeRange> hours = session->calendar(AcmeHours)->weekly[2];
    QCOMPARE(hours.size(), 2);
    QCOMPARE(hours[0].startMinute, 9 * 60);
    QCOMPARE(hours[1].endMinute, 18 * 60);
}

void TestCatalogEditingSession::calendarNeedsWorkingHours()
{
    auto session = sessionWithDrafts();
    QVERIFY(session->setAlways(AcmeHours, false));
    for (int d = 0; d < 7; ++d)
        QVERIFY(session->setWeekdayHours(AcmeHours, d, QString()));
    QVERIFY(flags(*session, QStringLiteral("calendar/acme-hours/weekly/0"),
                  QStringLiteral("no working hours on any day")));
    // Round the clock needs no weekly hours …
    QVERIFY(session->setAlways(AcmeHours, true));
    QVERIFY(clean(*session));
    // … and one working day is enough.
    QVERIFY(session->setAlways(AcmeHours, false));
    QVERIFY(session->setWeekdayHours(AcmeHours, 5, QStringLiteral("10:00–14:00")));
    QVERIFY(clean(*session));
}

void TestCatalogEditingSession::dayIsListedOnce()
{
    auto session = sessionWithDrafts();
    const int first = session->addDay(AcmeHours, Today);
    const int second = session->addDay(AcmeHours, Today);
    QVERIFY(first >= 0);
    QCOMPARE(second, first + 1);
    // Each new day comes after the last one listed.
    const QVector<DayException> days = session->listedDays(AcmeHours);
    QCOMPARE(days.at(second).date, days.at(first).date.addDays(1));
    QVERIFY(clean(*session));
    QVERIFY(session->setDay(AcmeHours, second, days.at(first).date, DayException::Type::DayOff,
                            QString(), QStringLiteral("Again")));
    const QString field = QStringLiteral("calendar/acme-hours/exception/%1/date").arg(second);
    QVERIFY(flags(*session, field, QStringLiteral("listed twice")));
    QVERIFY(session->removeDay(AcmeHours, second));
    QVERIFY(clean(*session));
}

void TestCatalogEditingSession::workingDayHoursParse()
{
    auto session = sessionWithDrafts();
    const int row = session->addDay(AcmeHours, Today);
    const QDate saturday(2026, 3, 7);
    const QString field = QStringLiteral("calendar/acme-hours/exception/%1/hours").arg(row);
    QVERIFY(session->setDay(AcmeHours, row, saturday, DayException::Type::WorkingDay,
                            QStringLiteral("10:00–09:00"), QString()));
    QVERIFY(flags(*session, field, QStringLiteral("ends before")));
    // Hours only count on a working day: a day off drops them.
    QVERIFY(session->setDay(AcmeHours, row, saturday, DayException::Type::DayOff,
                            QStringLiteral("10:00–09:00"), QString()));
    QVERIFY(clean(*session));
    QCOMPARE(session->dayHours(AcmeHours, row), QString());
    // Empty hours: Monday's.
    QVERIFY(session->setDay(AcmeHours, row, saturday, DayException::Type::WorkingDay, QString(),
                            QStringLiteral("Transferred Monday")));
    QVERIFY(clean(*session));
    QVERIFY(!session->listedDays(AcmeHours).at(row).hours);
    QVERIFY(session->setDay(AcmeHours, row, saturday, DayException::Type::WorkingDay,
                            QStringLiteral("10:00–15:00"), QStringLiteral("Transferred Monday")));
    QVERIFY(clean(*session));
    QCOMPARE(session->dayHours(AcmeHours, row), QStringLiteral("10:00–15:00"));
    QCOMPARE(session->listedDays(AcmeHours).at(row).names.english(),
             QStringLiteral("Transferred Monday"));
    QVERIFY(session->save());
    const CatalogPtr saved = Catalog::load({m_path});
    QVERIFY(saved);
    bool found = false;
    for (const DayException &e : saved->calendar(AcmeHours)->spec().exceptions) {
        if (e.date == saturday) {
            found = true;
            QCOMPARE(e.type, DayException::Type::WorkingDay);
            QVERIFY(e.hours && e.hours->size() == 1);
            QCOMPARE(e.hours->first().endMinute, 15 * 60);
        }
    }
    QVERIFY(found);
}

void TestCatalogEditingSession::engineRefusesWhatTheEditorMisses()
{
    auto session = sessionWithDrafts();
    const int row = session->addDay(AcmeHours, Today);
    // A date the calendar engine does not cover passes the editor's own checks.
    QVERIFY(session->setDay(AcmeHours, row, QDate(1990, 1, 1), DayException::Type::DayOff,
                            QString(), QString()));
    const QString field = QStringLiteral("calendar/acme-hours");
    QVERIFY(flags(*session, field, QStringLiteral("outside the supported years")));
    QVERIFY(problemsByField(*session).value(field).startsWith(u"Calendar “Acme hours”"));
    QVERIFY(session->setDay(AcmeHours, row, QDate(2026, 6, 12), DayException::Type::DayOff,
                            QString(), QString()));
    QVERIFY(clean(*session));
}

// ---- Duplicating, creating, removing -------------------------------------------------------

void TestCatalogEditingSession::duplicatesBuiltInPlan()
{
    CatalogEditingSession session(m_catalog, m_path, {});
    session.open();
    const QString source = QStringLiteral("stormbpmn/enterprise");
    QString error;
    QCOMPARE(session.duplicatePlanProblem(QStringLiteral("acme"), QStringLiteral("gold")),
             QString());
    QCOMPARE(session.duplicatePlan(source, QStringLiteral("acme"), QStringLiteral("gold"),
                                   QStringLiteral("Acme"), QStringLiteral("Gold"), &error),
             GoldPlan);
    QVERIFY(session.isModified());
    QVERIFY(session.isTeamPlan(GoldPlan));
    QVERIFY(session.isTeamProvider(QStringLiteral("acme")));
    const dueline::Plan *copy = session.plan(GoldPlan);
    const dueline::Plan *original = m_catalog->plan(source);
    QCOMPARE(copy->names.english(), QStringLiteral("Gold"));
    QCOMPARE(copy->providerId, QStringLiteral("acme"));
    QVERIFY(!copy->builtIn);
    QCOMPARE(copy->severities, original->severities);
    QCOMPARE(copy->calendarId, original->calendarId);
    const Provider *acme = session.provider(QStringLiteral("acme"));
    QCOMPARE(acme->names.english(), QStringLiteral("Acme"));
    for (const QString &code : copy->severities)
        QVERIFY2(acme->severity(code), qPrintable(code));
    QCOMPARE(session.teamProviderIds(), QStringList{QStringLiteral("acme")});
    QCOMPARE(session.planNames(QStringLiteral("acme")), QStringList{QStringLiteral("Gold")});
    // The tree lists it as the team's, after the catalog's own.
    const QVector<CatalogEntry> providers = session.providerEntries();
    QCOMPARE(providers.last().id, QStringLiteral("acme"));
    QCOMPARE(providers.last().origin, CatalogEntry::Origin::Team);
    QCOMPARE(providers.last().plans.size(), 1);
    QCOMPARE(providers.last().plans.first().id, GoldPlan);
    // The source is untouched.
    QCOMPARE(session.plan(source)->names.english(), original->names.english());
    QVERIFY(!session.isTeamPlan(source));
    QVERIFY(clean(session));
    QVERIFY(session.canSave());
}

void TestCatalogEditingSession::duplicatePlanRefusesTakenIds()
{
    auto session = sessionWithDrafts();
    const QString source = QStringLiteral("stormbpmn/team");
    QString error;
    // An id that is taken.
    QVERIFY(session->duplicatePlan(source, QStringLiteral("acme"), QStringLiteral("gold"), {}, {},
                                   &error)
                    .isEmpty());
    QVERIFY2(error.contains(QLatin1String("exists already")), qPrintable(error));
    QVERIFY(session->duplicatePlanProblem(QStringLiteral("acme"), QStringLiteral("gold"))
                    .contains(QLatin1String("exists already")));
    // A provider of the built-in catalog.
    QVERIFY(session->duplicatePlan(source, QStringLiteral("vkcs"), QStringLiteral("copy"), {}, {},
                                   &error)
                    .isEmpty());
    QVERIFY2(error.contains(QLatin1String("choose an ID of your own")), qPrintable(error));
    QVERIFY(session->duplicatePlanProblem(QStringLiteral("vkcs"), QStringLiteral("copy"))
                    .contains(QLatin1String("built-in provider")));
    // An unknown plan.
    QVERIFY(session->duplicatePlan(QStringLiteral("nobody/nothing"), QStringLiteral("acme"),
                                   QStringLiteral("none"), {}, {}, &error)
                    .isEmpty());
    QCOMPARE(session->team().plans.size(), 1);
    QCOMPARE(session->team().providers.size(), 1);
}

void TestCatalogEditingSession::duplicatesTeamPlan()
{
    auto session = sessionWithDrafts();
    QVERIFY(session->setPlanNames(GoldPlan, LocalizedText(QStringLiteral("Gold Support"))));
    QString error;
    // A copy of the team's own plan, not saved yet, under the same provider.
    const QString silver = session->duplicatePlan(GoldPlan, QStringLiteral("acme"),
                                                  QStringLiteral("silver"), {}, {}, &error);
    QCOMPARE(silver, QStringLiteral("acme/silver"));
    QCOMPARE(session->plan(silver)->names.english(), QStringLiteral("Gold Support"));
    QCOMPARE(session->team().providers.size(), 1);
    // … and under a new provider, which gets the severities it needs.
    const QString other =
            session->duplicatePlan(GoldPlan, QStringLiteral("beta"), QStringLiteral("gold"),
                                   QStringLiteral("Beta"), QStringLiteral("Beta Gold"), &error);
    QCOMPARE(other, QStringLiteral("beta/gold"));
    const Provider *beta = session->provider(QStringLiteral("beta"));
    QVERIFY(beta);
    for (const QString &code : session->plan(other)->severities)
        QVERIFY(beta->severity(code));
    QCOMPARE(session->plan(other)->names.english(), QStringLiteral("Beta Gold"));
    QVERIFY(clean(*session));
    QVERIFY(session->save());
    const CatalogPtr saved = Catalog::load({m_path});
    QVERIFY(saved);
    QVERIFY(saved->plan(silver) && saved->plan(other) && saved->plan(GoldPlan));
}

void TestCatalogEditingSession::duplicatesCalendar()
{
    CatalogEditingSession session(m_catalog, m_path, {});
    session.open();
    const QString source = m_catalog->plan(QStringLiteral("stormbpmn/enterprise"))->calendarId;
    const CalendarSpec *builtIn = session.calendar(source);
    QVERIFY(builtIn && !builtIn->holidaySetId.isEmpty());
    QString error;
    QCOMPARE(session.duplicateCalendar(source, AcmeHours, QStringLiteral("Acme hours"), &error),
             AcmeHours);
    const CalendarSpec *copy = session.calendar(AcmeHours);
    QVERIFY(session.isTeamCalendar(AcmeHours));
    QCOMPARE(copy->names.english(), QStringLiteral("Acme hours"));
    QCOMPARE(copy->timeZone, builtIn->timeZone);
    for (int d = 0; d < 7; ++d)
        QCOMPARE(session.weekdayHours(AcmeHours, d), session.weekdayHours(source, d));
    QCOMPARE(copy->holidaySetId, builtIn->holidaySetId);
    // Its own days only: the holiday set's stay with the set.
    QVERIFY(copy->exceptions.size() < builtIn->exceptions.size());
    QCOMPARE(session.listedDays(AcmeHours).size(), copy->exceptions.size());
    QCOMPARE(session.listedDays(source).size(), copy->exceptions.size());
    QCOMPARE(session.weekdayHours(AcmeHours, 0),
             CatalogEditing::formatDayHours(builtIn->weekly[0]));
    QVERIFY(session.isModified());
    // Taken, unknown and malformed ids.
    QVERIFY(session.duplicateCalendar(source, AcmeHours, {}, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("exists already")), qPrintable(error));
    QVERIFY(session.duplicateCalendar(source, source, {}, &error).isEmpty());
    QVERIFY(session.duplicateCalendar(QStringLiteral("nowhere"), QStringLiteral("x"), {}, &error)
                    .isEmpty());
    QVERIFY2(error.contains(QLatin1String("unknown calendar")), qPrintable(error));
    QVERIFY(session.duplicateCalendar(source, QStringLiteral("Not An Id"), {}, &error).isEmpty());
    QVERIFY(session.calendarIdProblem(AcmeHours).contains(QLatin1String("exists already")));
    QVERIFY(session.calendarIdProblem(QStringLiteral("free-id")).isEmpty());
    QCOMPARE(session.unusedCalendarId(AcmeHours), QStringLiteral("acme-hours-2"));
    QCOMPARE(session.unusedCalendarId(QStringLiteral("free-id")), QStringLiteral("free-id"));
    QCOMPARE(session.team().calendars.size(), 1);
}

void TestCatalogEditingSession::newAndRemovedEntries()
{
    auto session = sessionWithDrafts();
    QString error;
    QCOMPARE(session->newCalendar(QStringLiteral("team-hours"), QStringLiteral("Team hours"),
                                  &error),
             QStringLiteral("team-hours"));
    const CalendarSpec *spec = session->calendar(QStringLiteral("team-hours"));
    QVERIFY(spec);
    QCOMPARE(session->weekdayHours(spec->id, 0), QStringLiteral("09:00–18:00"));
    QCOMPARE(session->weekdayHours(spec->id, 4), QStringLiteral("09:00–18:00"));
    QCOMPARE(session->weekdayHours(spec->id, 5), QString());
    QVERIFY(QTimeZone::isTimeZoneIdAvailable(spec->timeZone));
    QVERIFY(session->newCalendar(QStringLiteral("team-hours"), {}, &error).isEmpty());
    QVERIFY(clean(*session));

    // A calendar in use stays, with the reason.
    QVERIFY(session->setPlanCalendar(GoldPlan, AcmeHours));
    QVERIFY(!session->removeCalendar(AcmeHours, &error));
    QVERIFY2(error.contains(QLatin1String("Gold")), qPrintable(error));
    QCOMPARE(session->calendarUsers(AcmeHours), QStringList{QStringLiteral("Gold")});
    QVERIFY(session->removeCalendar(QStringLiteral("team-hours"), &error));
    QVERIFY(!session->calendar(QStringLiteral("team-hours")));
    QVERIFY(session->removePlan(GoldPlan));
    QVERIFY(!session->plan(GoldPlan));
    QVERIFY(session->removeCalendar(AcmeHours, &error));
    QVERIFY(session->team().calendars.isEmpty());
    // A built-in entry is not the team's to remove.
    QVERIFY(!session->removePlan(QStringLiteral("vkcs/standard")));
    QVERIFY(session->plan(QStringLiteral("vkcs/standard")));
}

// ---- Days off from iCalendar files ---------------------------------------------------------

void TestCatalogEditingSession::importsIcsDaysOff()
{
    const QString ics = writeFile(QStringLiteral("days-off.ics"), testsupport::daysOffIcs());
    auto session = sessionWithDrafts();
    // A working day typed before the import keeps its hours once the days are sorted.
    const int row = session->addDay(AcmeHours, QDate(2026, 5, 16));
    QVERIFY(session->setDay(AcmeHours, row, QDate(2026, 5, 16), DayException::Type::WorkingDay,
                            QStringLiteral("10:00–12:00"), QString()));
    const int before = int(session->listedDays(AcmeHours).size());
    QString message;
    QCOMPARE(session->importIcs(AcmeHours, ics, Today, &message), 3);
    // (No translator here: the plural forms are the source texts'.)
    QVERIFY2(message.startsWith(QLatin1String("3 day(s) off imported from days-off.ics.")),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("1 event(s) with a time of day")), qPrintable(message));
    const QVector<DayException> days = session->listedDays(AcmeHours);
    QCOMPARE(days.size(), before + 3);
    for (int i = 1; i < days.size(); ++i)
        QVERIFY(days.at(i - 1).date < days.at(i).date);
    QMap<QDate, int> rows;
    for (int i = 0; i < days.size(); ++i)
        rows.insert(days.at(i).date, i);
    QCOMPARE(days.at(rows.value(QDate(2026, 5, 1))).names.english(), QStringLiteral("Labour Day"));
    QCOMPARE(days.at(rows.value(QDate(2026, 5, 12))).names.english(),
             QStringLiteral("Team retreat"));
    QVERIFY(!rows.contains(QDate(2026, 5, 13))); // DTEND is exclusive
    QVERIFY(!rows.contains(QDate(2026, 5, 20))); // a timed event is no day off
    QCOMPARE(session->dayHours(AcmeHours, rows.value(QDate(2026, 5, 16))),
             QStringLiteral("10:00–12:00"));
    QVERIFY(clean(*session));

    // A second import adds nothing and says why.
    QCOMPARE(session->importIcs(AcmeHours, ics, Today, &message), 0);
    QVERIFY2(message.contains(QLatin1String("0 day(s) off imported")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("3 date(s) were listed already")), qPrintable(message));
    QCOMPARE(session->listedDays(AcmeHours).size(), days.size());

    QVERIFY(session->save());
    const CatalogPtr saved = Catalog::load({m_path});
    QVERIFY(saved);
    const WorkCalendarPtr calendar = saved->calendar(AcmeHours);
    const QTimeZone moscow("Europe/Moscow");
    QVERIFY(!calendar->isWorking(
            QDateTime(QDate(2026, 5, 11), QTime(12, 0), moscow).toSecsSinceEpoch()));
    QVERIFY(calendar->isWorking(
            QDateTime(QDate(2026, 5, 13), QTime(12, 0), moscow).toSecsSinceEpoch()));
}

void TestCatalogEditingSession::brokenIcsChangesNothing()
{
    auto session = sessionWithDrafts();
    QVERIFY(session->save());
    QVERIFY(!session->isModified());
    const QByteArray team = CatalogWriter::toJson(session->team());
    const QString broken =
            writeFile(QStringLiteral("broken.ics"),
                      "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:No start\r\nEND:VEVENT\r\n"
                      "END:VCALENDAR\r\n");
    QString message;
    QCOMPARE(session->importIcs(AcmeHours, broken, Today, &message), -1);
    // The file and the event that is wrong.
    QVERIFY2(message.startsWith(QLatin1String("broken.ics: VEVENT 1: ")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("DTSTART")), qPrintable(message));
    const QString notIcs = writeFile(QStringLiteral("notes.ics"), "just some text\n");
    QCOMPARE(session->importIcs(AcmeHours, notIcs, Today, &message), -1);
    QVERIFY2(message.startsWith(QLatin1String("notes.ics: ")), qPrintable(message));
    const QString missing = m_dir->filePath(QStringLiteral("missing.ics"));
    QCOMPARE(session->importIcs(AcmeHours, missing, Today, &message), -1);
    QVERIFY2(message.startsWith(QDir::toNativeSeparators(missing)), qPrintable(message));
    // Nothing changed.
    QCOMPARE(CatalogWriter::toJson(session->team()), team);
    QVERIFY(!session->isModified());
    QVERIFY(!session->canSave());
}

void TestCatalogEditingSession::icsNeedsTeamCalendar()
{
    const QString ics = writeFile(QStringLiteral("days-off.ics"), testsupport::daysOffIcs());
    auto session = sessionWithDrafts();
    const QString builtIn = m_catalog->plan(QStringLiteral("stormbpmn/enterprise"))->calendarId;
    QString message;
    QCOMPARE(session->importIcs(builtIn, ics, Today, &message), -1);
    QVERIFY2(message.contains(QLatin1String("team's calendars")), qPrintable(message));
    QCOMPARE(session->importIcs(QString(), ics, Today, &message), -1);
    QCOMPARE(session->listedDays(builtIn).size(), session->listedDays(AcmeHours).size());
}

// ---- Dirty state and saving ----------------------------------------------------------------

void TestCatalogEditingSession::tracksModifications()
{
    CatalogEditingSession session(m_catalog, m_path, {});
    session.open();
    QVERIFY(!session.isModified());
    QVERIFY(!session.canSave());
    // Refused edits and failed operations change nothing.
    QString error;
    QVERIFY(session.duplicatePlan(QStringLiteral("stormbpmn/team"), QStringLiteral("vkcs"),
                                  QStringLiteral("copy"), {}, {}, &error)
                    .isEmpty());
    QVERIFY(!session.setPlanNames(QStringLiteral("vkcs/standard"), {}));
    QVERIFY(!session.isModified());
    QVERIFY(!session.duplicatePlan(QStringLiteral("stormbpmn/team"), QStringLiteral("acme"),
                                   QStringLiteral("team"), {}, {}, &error)
                     .isEmpty());
    QVERIFY(session.isModified());
    QVERIFY(session.canSave());
    QVERIFY(!session.isSaved());
    QSignalSpy finished(&session, &CatalogEditingSession::saveFinished);
    QVERIFY(session.save());
    QCOMPARE(finished.count(), 1);
    QVERIFY(!session.isModified());
    QVERIFY(session.isSaved());
    QVERIFY(!session.canSave());
    // Every kind of edit makes it modified again.
    QVERIFY(session.setPlanNames(QStringLiteral("acme/team"),
                                 LocalizedText(QStringLiteral("Team"))));
    QVERIFY(session.isModified());
    QVERIFY(session.save());
    QVERIFY(!session.isModified());
    QVERIFY(session.addSeverity(QStringLiteral("acme/team")) >= 0);
    QVERIFY(session.isModified());
}

void TestCatalogEditingSession::savesTeamFile()
{
    auto session = sessionWithDrafts();
    QVERIFY(session->setPlanNames(GoldPlan, LocalizedText(QStringLiteral("Gold Support"))));
    QVERIFY(session->setPlanCalendar(GoldPlan, AcmeHours));
    QVERIFY(session->setWeekdayHours(AcmeHours, 0, QStringLiteral("09:00–13:00, 14:00–18:00")));
    QVERIFY(session->canSave());
    QSignalSpy finished(session.get(), &CatalogEditingSession::saveFinished);
    QVERIFY(session->save());
    // This computer's file is written before save() returns.
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(session->savedTo(), CatalogEditingSession::Destination::ThisComputer);
    QVERIFY(QFile::exists(m_path));
    QString error;
    const CatalogPtr saved = Catalog::load({m_path}, &error);
    QVERIFY2(saved, qPrintable(error));
    const dueline::Plan *plan = saved->plan(GoldPlan);
    QVERIFY(plan);
    QCOMPARE(plan->names.english(), QStringLiteral("Gold Support"));
    QCOMPARE(plan->calendarId, AcmeHours);
    QCOMPARE(saved->provider(QStringLiteral("acme"))->planIds, QStringList{GoldPlan});
    const CalendarSpec &spec = saved->calendar(AcmeHours)->spec();
    QCOMPARE(spec.weekly[0].size(), 2);
    QCOMPARE(spec.weekly[0][1].startMinute, 14 * 60);
}

void TestCatalogEditingSession::invalidCatalogIsNotSaved()
{
    auto session = sessionWithDrafts();
    QVERIFY(session->setTimeZone(AcmeHours, QStringLiteral("Mars/Olympus_Mons")));
    QSignalSpy finished(session.get(), &CatalogEditingSession::saveFinished);
    QVERIFY(!session->canSave());
    QVERIFY(!session->save());
    QCOMPARE(finished.count(), 0);
    QVERIFY(!QFile::exists(m_path));
    QVERIFY(!session->isSaved());
    QVERIFY(session->isModified());
}

void TestCatalogEditingSession::conflictWithAnotherFileIsNotSaved()
{
    // Another team file of this computer with a plan of the same id.
    const QString other = m_dir->filePath(QStringLiteral("catalog/other.json"));
    {
        auto first = sessionWithDrafts();
        QVERIFY(first->save());
        QVERIFY(QFile::rename(m_path, other));
    }
    auto session = sessionWithDrafts({other});
    QSignalSpy finished(session.get(), &CatalogEditingSession::saveFinished);
    QVERIFY(!session->save());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY2(finished.first().at(1).toString().contains(QLatin1String("team.json")),
             qPrintable(finished.first().at(1).toString()));
    QVERIFY(!QFile::exists(m_path));
    QVERIFY(!session->isSaved());
}

void TestCatalogEditingSession::opensExistingTeamFile()
{
    {
        auto session = sessionWithDrafts();
        QVERIFY(session->save());
    }
    QString error;
    const CatalogPtr loaded = Catalog::load({m_path}, &error);
    QVERIFY2(loaded, qPrintable(error));
    CatalogEditingSession session(loaded, m_path, {});
    session.open();
    QVERIFY(session.loadError().isEmpty());
    QVERIFY(!session.openedFromDatabase());
    QVERIFY(session.isTeamPlan(GoldPlan));
    QVERIFY(session.isTeamCalendar(AcmeHours));
    QVERIFY(!session.isModified());
    // The loaded catalog holds the team's entries too: listed once, as the team's.
    int acme = 0;
    for (const CatalogEntry &p : session.providerEntries()) {
        if (p.id == QLatin1String("acme")) {
            ++acme;
            QCOMPARE(p.origin, CatalogEntry::Origin::Team);
        }
    }
    QCOMPARE(acme, 1);
    // Removed in the session: gone from the lookups although the loaded catalog has it.
    QVERIFY(session.removePlan(GoldPlan));
    QVERIFY(!session.plan(GoldPlan));
    QVERIFY(loaded->plan(GoldPlan));
}

void TestCatalogEditingSession::unreadableTeamFileIsNotEdited()
{
    QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    writeFile(QStringLiteral("catalog/team.json"), "{\"format\": 1");
    CatalogEditingSession session(m_catalog, m_path, {});
    session.open();
    QVERIFY(session.isOpen());
    QVERIFY(!session.loadError().isEmpty());
    QVERIFY(session.loadError().contains(QDir::toNativeSeparators(m_path)));
    QCOMPARE(session.problems().value(0), session.loadError());
    QVERIFY(session.team().plans.isEmpty());
    QVERIFY(!session.canSave());
    QVERIFY(!session.save());
}

void TestCatalogEditingSession::sharedDatabaseNeedsAConnection()
{
    CatalogEditingSession session(m_catalog, m_path, {});
    session.open();
    QString why;
    QVERIFY(!session.canSaveToDatabase(&why));
    QVERIFY2(why.contains(QLatin1String("not connected")), qPrintable(why));
    QVERIFY(!session.setDestination(CatalogEditingSession::Destination::SharedDatabase));
    QCOMPARE(session.destination(), CatalogEditingSession::Destination::ThisComputer);
    QVERIFY(session.storageNote().contains(QDir::toNativeSeparators(m_path)));
    QVERIFY(session.storageNote().contains(why));
    QVERIFY(session.saveToolTip().contains(QDir::toNativeSeparators(m_path)));

    // A database the app could not use: the reason, and no store call.
    SharedCatalogDatabase shared;
    shared.error = QStringLiteral("the server is gone");
    CatalogEditingSession broken(m_catalog, m_path, {}, shared);
    broken.open();
    QVERIFY(broken.isOpen());
    QVERIFY(!broken.canSaveToDatabase(&why));
    QVERIFY2(why.contains(QLatin1String("the server is gone")), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestCatalogEditingSession)
#include "tst_catalogeditingsession.moc"
