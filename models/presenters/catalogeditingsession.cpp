// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/presenters/catalogeditingsession.h"

#include "models/catalog/icsimport.h"
#include "models/presenters/catalogediting.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace dueline {

namespace {

// A calendar's own exceptions: the days its holiday set merged in at load time removed.
void stripHolidayDays(CalendarSpec &spec, const Catalog &catalog)
{
    if (const HolidaySet *set = catalog.holidaySet(spec.holidaySetId)) {
        QSet<QDate> merged;
        for (const DayException &d : set->days)
            merged.insert(d.date);
        spec.exceptions.erase(
                std::remove_if(spec.exceptions.begin(), spec.exceptions.end(),
                               [&](const DayException &e) { return merged.contains(e.date); }),
                spec.exceptions.end());
    }
    spec.dataYears.clear();
}

// Names for a new entry: English, and the same text in the UI language.
LocalizedText namesFor(const QString &name, const QString &language)
{
    LocalizedText names(name);
    if (language != QLatin1String("en"))
        names.set(language, name);
    return names;
}

} // namespace

CatalogEditingSession::CatalogEditingSession(CatalogPtr catalog, const QString &teamPath,
                                             const QStringList &otherTeamFiles,
                                             const SharedCatalogDatabase &shared, QObject *parent)
    : QObject(parent)
    , m_catalog(std::move(catalog))
    , m_teamPath(teamPath)
    , m_otherFiles(otherTeamFiles)
    , m_shared(shared)
{
    m_otherFiles.removeAll(m_teamPath);
    m_builtIn = Catalog::loadBuiltIn();
}

CatalogEditingSession::~CatalogEditingSession() = default;

// ---- Opening -------------------------------------------------------------------------------

bool CatalogEditingSession::connected() const
{
    return m_shared.url && m_shared.clock && m_shared.error.isEmpty();
}

void CatalogEditingSession::open()
{
    if (m_open || isBusy())
        return;
    if (!connected()) {
        finishOpening();
        return;
    }
    if (!m_store) {
        m_store = new BackgroundCatalogStore(*m_shared.url, *m_shared.clock, this);
        connect(m_store, &BackgroundCatalogStore::runningChanged, this,
                &CatalogEditingSession::busyChanged);
        connect(m_store, &BackgroundCatalogStore::filesRead, this,
                &CatalogEditingSession::filesRead);
        connect(m_store, &BackgroundCatalogStore::saved, this,
                &CatalogEditingSession::finishSaving);
    }
    m_store->readFiles();
}

void CatalogEditingSession::filesRead(const QVector<TeamCatalogFile> &files, const QString &error)
{
    if (error.isEmpty())
        m_sharedFiles = files;
    else
        m_shared.error = error;
    finishOpening();
}

void CatalogEditingSession::finishOpening()
{
    // This computer's files that the database's copies replace are not loaded.
    for (const TeamCatalogFile &file : std::as_const(m_sharedFiles)) {
        m_otherFiles.erase(std::remove_if(m_otherFiles.begin(), m_otherFiles.end(),
                                          [&](const QString &path) {
                                              return QFileInfo(path).fileName() == file.name;
                                          }),
                           m_otherFiles.end());
    }
    loadTeamFile();
    // The database when the team file came from there, or when a lead has no file yet.
    if (canSaveToDatabase() && (m_fromDatabase || !QFile::exists(m_teamPath)))
        m_destination = Destination::SharedDatabase;
    m_open = true;
    emit opened();
}

void CatalogEditingSession::loadTeamFile()
{
    // The database's copy of the team file when there is one, else this computer's file.
    const QString name = sharedName();
    const auto shared = std::find_if(m_sharedFiles.cbegin(), m_sharedFiles.cend(),
                                     [&](const TeamCatalogFile &f) { return f.name == name; });
    CatalogPtr file;
    QString error;
    if (shared != m_sharedFiles.cend()) {
        m_fromDatabase = true;
        m_sharedVersion = shared->rowVersion;
        file = Catalog::loadData({{TeamCatalogStore::displayName(name), shared->content}}, true,
                                 &error);
        if (!file) {
            m_loadError = QCoreApplication::translate(
                                  "CatalogEditingSession",
                                  "The shared database's %1 cannot be read on its own, so it "
                                  "cannot be edited here.\n%2")
                                  .arg(name, error);
            return;
        }
    } else {
        if (!QFile::exists(m_teamPath))
            return;
        file = Catalog::load({m_teamPath}, &error);
    }
    if (!file) {
        m_loadError = QCoreApplication::translate(
                              "CatalogEditingSession",
                              "%1 cannot be read on its own, so it cannot be edited here. "
                              "Correct or remove it, then open the editor again.\n%2")
                              .arg(QDir::toNativeSeparators(m_teamPath), error);
        return;
    }
    TeamCatalog team = TeamCatalog::fromCatalog(*file);
    // Calendars no plan uses yet are the team's too.
    for (const CalendarSpec &spec : file->calendarSpecs()) {
        if (m_builtIn && m_builtIn->calendar(spec.id))
            continue;
        if (std::any_of(team.calendars.cbegin(), team.calendars.cend(),
                        [&](const CalendarSpec &c) { return c.id == spec.id; }))
            continue;
        CalendarSpec own = spec;
        stripHolidayDays(own, *file);
        team.calendars.append(own);
    }
    for (const Provider &p : std::as_const(team.providers))
        m_fileIds << QStringLiteral("provider/") + p.id;
    for (const Plan &p : std::as_const(team.plans))
        m_fileIds << QStringLiteral("plan/") + p.id;
    for (const CalendarSpec &c : std::as_const(team.calendars))
        m_fileIds << QStringLiteral("calendar/") + c.id;
    m_draft = TeamCatalogDraft(std::move(team));
}

QString CatalogEditingSession::sharedName() const
{
    return QFileInfo(m_teamPath).fileName();
}

// ---- Lookups -------------------------------------------------------------------------------

bool CatalogEditingSession::isTeamProvider(const QString &id) const
{
    return m_loadError.isEmpty() && m_draft.provider(id);
}

bool CatalogEditingSession::isTeamPlan(const QString &id) const
{
    return m_loadError.isEmpty() && m_draft.plan(id);
}

bool CatalogEditingSession::isTeamCalendar(const QString &id) const
{
    return m_loadError.isEmpty() && m_draft.calendar(id);
}

const Plan *CatalogEditingSession::plan(const QString &id) const
{
    if (const Plan *p = m_draft.plan(id))
        return p;
    if (m_fileIds.contains(QStringLiteral("plan/") + id))
        return nullptr; // removed from the team file in this session
    return m_catalog ? m_catalog->plan(id) : nullptr;
}

const Provider *CatalogEditingSession::provider(const QString &id) const
{
    if (const Provider *p = m_draft.provider(id))
        return p;
    if (m_fileIds.contains(QStringLiteral("provider/") + id))
        return nullptr;
    return m_catalog ? m_catalog->provider(id) : nullptr;
}

const CalendarSpec *CatalogEditingSession::calendar(const QString &id) const
{
    if (const CalendarSpec *c = m_draft.calendar(id))
        return c;
    if (m_fileIds.contains(QStringLiteral("calendar/") + id) || !m_catalog)
        return nullptr;
    for (const CalendarSpec &c : m_catalog->calendarSpecs()) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

bool CatalogEditingSession::calendarExists(const QString &id) const
{
    return calendar(id) != nullptr;
}

QStringList CatalogEditingSession::teamProviderIds() const
{
    return m_draft.providerIds();
}

QVector<CatalogEntry> CatalogEditingSession::providerEntries() const
{
    QVector<CatalogEntry> entries;
    const auto entry = [](CatalogEntry::Kind kind, const QString &id, const QString &name,
                          CatalogEntry::Origin origin) {
        CatalogEntry e;
        e.kind = kind;
        e.id = id;
        e.name = name;
        e.origin = origin;
        return e;
    };
    if (m_catalog) {
        for (const Provider &provider : m_catalog->providers()) {
            if (m_fileIds.contains(QStringLiteral("provider/") + provider.id))
                continue;
            const auto origin = m_builtIn && m_builtIn->provider(provider.id)
                                        ? CatalogEntry::Origin::BuiltIn
                                        : CatalogEntry::Origin::OtherFile;
            CatalogEntry e = entry(CatalogEntry::Kind::Provider, provider.id,
                                   provider.names.text(m_language), origin);
            for (const QString &planId : provider.planIds) {
                if (const Plan *p = m_catalog->plan(planId))
                    e.plans << entry(CatalogEntry::Kind::Plan, p->id, p->names.text(m_language),
                                     origin);
            }
            entries << e;
        }
    }
    for (const Provider &provider : m_draft.team().providers) {
        CatalogEntry e = entry(CatalogEntry::Kind::Provider, provider.id,
                               provider.names.text(m_language), CatalogEntry::Origin::Team);
        for (const Plan &p : m_draft.team().plans) {
            if (p.providerId == provider.id)
                e.plans << entry(CatalogEntry::Kind::Plan, p.id, p.names.text(m_language),
                                 CatalogEntry::Origin::Team);
        }
        entries << e;
    }
    return entries;
}

QVector<CatalogEntry> CatalogEditingSession::calendarEntries() const
{
    QVector<CatalogEntry> entries;
    const auto add = [&](const CalendarSpec &spec, CatalogEntry::Origin origin) {
        CatalogEntry e;
        e.kind = CatalogEntry::Kind::Calendar;
        e.id = spec.id;
        e.name = spec.names.text(m_language);
        e.origin = origin;
        entries << e;
    };
    if (m_catalog) {
        for (const CalendarSpec &spec : m_catalog->calendarSpecs()) {
            if (!m_fileIds.contains(QStringLiteral("calendar/") + spec.id))
                add(spec, m_builtIn && m_builtIn->calendar(spec.id)
                                  ? CatalogEntry::Origin::BuiltIn
                                  : CatalogEntry::Origin::OtherFile);
        }
    }
    for (const CalendarSpec &spec : m_draft.team().calendars)
        add(spec, CatalogEntry::Origin::Team);
    return entries;
}

QVector<std::pair<QString, QString>> CatalogEditingSession::calendarChoices() const
{
    QVector<std::pair<QString, QString>> choices;
    QStringList seen;
    if (m_catalog) {
        for (const CalendarSpec &spec : m_catalog->calendarSpecs()) {
            if (m_fileIds.contains(QStringLiteral("calendar/") + spec.id))
                continue;
            choices.append({spec.id, spec.names.text(m_language)});
            seen << spec.id;
        }
    }
    for (const CalendarSpec &spec : m_draft.team().calendars) {
        if (!seen.contains(spec.id))
            choices.append({spec.id, spec.names.text(m_language)});
    }
    return choices;
}

QStringList CatalogEditingSession::planNames(const QString &providerId) const
{
    QStringList names;
    const Provider *p = provider(providerId);
    if (!p)
        return names;
    for (const QString &id : p->planIds) {
        if (const Plan *plan = this->plan(id))
            names << plan->names.text(m_language);
    }
    for (const Plan &plan : m_draft.team().plans) {
        if (plan.providerId == p->id && !p->planIds.contains(plan.id))
            names << plan.names.text(m_language);
    }
    return names;
}

QStringList CatalogEditingSession::calendarUsers(const QString &id) const
{
    return m_draft.calendarUsers(id, m_language);
}

QVector<DayException> CatalogEditingSession::listedDays(const QString &calendarId) const
{
    const CalendarSpec *spec = calendar(calendarId);
    if (!spec)
        return {};
    CalendarSpec shown = *spec;
    // Read-only calendars show their own days only, not the holiday set merged in.
    if (!isTeamCalendar(calendarId) && m_catalog)
        stripHolidayDays(shown, *m_catalog);
    return shown.exceptions;
}

QString CatalogEditingSession::weekdayHours(const QString &calendarId, int day) const
{
    if (isTeamCalendar(calendarId))
        return m_draft.weekdayHours(calendarId, day);
    const CalendarSpec *spec = calendar(calendarId);
    if (!spec || day < 0 || day >= 7)
        return {};
    return CatalogEditing::formatDayHours(spec->weekly[std::size_t(day)]);
}

QString CatalogEditingSession::dayHours(const QString &calendarId, int row) const
{
    if (isTeamCalendar(calendarId))
        return m_draft.dayHours(calendarId, row);
    const QVector<DayException> days = listedDays(calendarId);
    if (row < 0 || row >= days.size() || !days.at(row).hours)
        return {};
    return CatalogEditing::formatDayHours(*days.at(row).hours);
}

// ---- Edits ---------------------------------------------------------------------------------

bool CatalogEditingSession::edited(bool done)
{
    if (done)
        m_modified = true;
    return done;
}

bool CatalogEditingSession::setProviderNames(const QString &providerId, const LocalizedText &names)
{
    return edited(m_draft.setProviderNames(providerId, names));
}

bool CatalogEditingSession::setPlanNames(const QString &planId, const LocalizedText &names)
{
    return edited(m_draft.setPlanNames(planId, names));
}

bool CatalogEditingSession::setPlanCalendar(const QString &planId, const QString &calendarId)
{
    return edited(m_draft.setPlanCalendar(planId, calendarId));
}

bool CatalogEditingSession::setSeverity(const QString &planId, int row, const QString &code,
                                        const QString &name, const Target &response,
                                        const Target &resolution)
{
    return edited(m_draft.setSeverity(planId, row, code, name, response, resolution, m_language));
}

int CatalogEditingSession::addSeverity(const QString &planId)
{
    const int row = m_draft.addSeverity(
            planId, namesFor(QCoreApplication::translate("CatalogEditingSession", "New severity"),
                             m_language));
    edited(row >= 0);
    return row;
}

bool CatalogEditingSession::removeSeverity(const QString &planId, int row)
{
    return edited(m_draft.removeSeverity(planId, row));
}

bool CatalogEditingSession::setLevel(const QString &planId, int level, const QString &code)
{
    return edited(m_draft.setLevel(planId, level, code));
}

bool CatalogEditingSession::setCalendarNames(const QString &calendarId, const LocalizedText &names)
{
    return edited(m_draft.setCalendarNames(calendarId, names));
}

bool CatalogEditingSession::setTimeZone(const QString &calendarId, const QString &zone)
{
    return edited(m_draft.setTimeZone(calendarId, zone.trimmed().toUtf8()));
}

bool CatalogEditingSession::setAlways(const QString &calendarId, bool always)
{
    return edited(m_draft.setAlways(calendarId, always));
}

bool CatalogEditingSession::setWeekdayHours(const QString &calendarId, int day, const QString &text)
{
    return edited(m_draft.setWeekdayHours(calendarId, day, text));
}

bool CatalogEditingSession::setHolidaySet(const QString &calendarId, const QString &holidaySetId)
{
    return edited(m_draft.setHolidaySet(calendarId, holidaySetId));
}

bool CatalogEditingSession::setDay(const QString &calendarId, int row, const QDate &date,
                                   DayException::Type type, const QString &hours,
                                   const QString &name)
{
    return edited(m_draft.setDay(calendarId, row, date, type, hours, name, m_language));
}

int CatalogEditingSession::addDay(const QString &calendarId, const QDate &today)
{
    const int row = m_draft.addDay(calendarId, today);
    edited(row >= 0);
    return row;
}

bool CatalogEditingSession::removeDay(const QString &calendarId, int row)
{
    return edited(m_draft.removeDay(calendarId, row));
}

// ---- Lead times ----------------------------------------------------------------------------

bool CatalogEditingSession::canEditLeadTimes() const
{
    return m_open && m_loadError.isEmpty();
}

QString CatalogEditingSession::leadTimeText(const QString &planId, const QString &severity,
                                            TargetKind kind) const
{
    return m_draft.leadTimeText(planId, severity, kind);
}

bool CatalogEditingSession::setLeadTime(const QString &planId, const QString &severity,
                                        TargetKind kind, const QString &text)
{
    if (!canEditLeadTimes() || !plan(planId))
        return false;
    return edited(m_draft.setLeadTimeText(planId, severity, kind, text));
}

QString CatalogEditingSession::inheritedLeadTime(const QString &planId, const QString &severity,
                                                 TargetKind kind) const
{
    if (!severity.isEmpty()) {
        if (const auto lead = LeadTime::parse(m_draft.leadTimeText(planId, QString(), kind)))
            return lead->toString();
    }
    return LeadTime().toString();
}

// ---- Duplicate, new, remove, import --------------------------------------------------------

QString CatalogEditingSession::duplicatePlanProblem(const QString &providerId,
                                                    const QString &slug) const
{
    const QString id = providerId + QLatin1Char('/') + slug;
    if (plan(id))
        return QCoreApplication::translate("CatalogEditingSession", "A plan “%1” exists already.")
                .arg(id);
    if (!m_draft.provider(providerId) && provider(providerId))
        return QCoreApplication::translate("CatalogEditingSession",
                                           "“%1” is a built-in provider; choose an ID of your "
                                           "own.")
                .arg(providerId);
    return {};
}

QString CatalogEditingSession::duplicatePlan(const QString &planId, const QString &providerId,
                                             const QString &slug, const QString &providerName,
                                             const QString &planName, QString *error)
{
    const bool newProvider = m_draft.provider(providerId) == nullptr;
    const QString id = providerId + QLatin1Char('/') + slug;
    QString message;
    QString created;
    if (plan(id)) {
        message = QCoreApplication::translate("CatalogEditingSession", "plan “%1” exists already")
                          .arg(id);
    } else if (newProvider && provider(providerId)) {
        message = QCoreApplication::translate("CatalogEditingSession",
                                              "“%1” is a provider of the built-in catalog or of "
                                              "another file; choose an ID of your own")
                          .arg(providerId);
    } else if (m_draft.copyPlan(planId, providerId, id)) {
        // A copy of one of the team's own plans (perhaps not saved yet).
        created = id;
    } else if (m_catalog) {
        created = m_draft.copyPlan(*m_catalog, planId, providerId, slug, &message);
    }
    if (created.isEmpty()) {
        if (error)
            *error = message;
        return {};
    }
    if (newProvider) {
        LocalizedText names(providerName.isEmpty() ? providerId : providerName);
        if (m_language != QLatin1String("en") && !providerName.isEmpty())
            names.set(m_language, providerName);
        m_draft.setProviderNames(providerId, names);
    }
    // The copy keeps the source's names in every language unless the user renamed it.
    const Plan *copied = m_draft.plan(created);
    if (!planName.isEmpty() && copied && copied->names.text(m_language) != planName)
        m_draft.setPlanNames(created, namesFor(planName, m_language));
    edited(true);
    return created;
}

QString CatalogEditingSession::calendarIdProblem(const QString &id) const
{
    return calendarExists(id) ? QCoreApplication::translate("CatalogEditingSession",
                                                            "A calendar “%1” exists already.")
                                        .arg(id)
                              : QString();
}

QString CatalogEditingSession::unusedCalendarId(const QString &base) const
{
    QString id = base;
    for (int n = 2; calendarExists(id); ++n)
        id = base + QStringLiteral("-%1").arg(n);
    return id;
}

QString CatalogEditingSession::duplicateCalendar(const QString &calendarId, const QString &newId,
                                                 const QString &name, QString *error)
{
    const CalendarSpec *source = calendar(calendarId);
    if (!source || calendarExists(newId) || !CatalogEditing::isValidId(newId)) {
        if (error)
            *error = !source ? QCoreApplication::translate("CatalogEditingSession",
                                                           "unknown calendar “%1”")
                                       .arg(calendarId)
                             : QCoreApplication::translate("CatalogEditingSession",
                                                           "calendar “%1” exists already")
                                       .arg(newId);
        return {};
    }
    CalendarSpec copy = *source;
    if (!m_draft.calendar(calendarId) && m_catalog)
        stripHolidayDays(copy, *m_catalog);
    copy.id = newId;
    LocalizedText names(name.isEmpty() ? newId : name);
    if (m_language != QLatin1String("en") && !name.isEmpty())
        names.set(m_language, name);
    copy.names = names;
    m_draft.addCalendar(copy);
    edited(true);
    return newId;
}

QString CatalogEditingSession::newCalendar(const QString &id, const QString &name, QString *error)
{
    if (calendarExists(id) || !CatalogEditing::isValidId(id)) {
        if (error)
            *error = QCoreApplication::translate("CatalogEditingSession",
                                                 "calendar “%1” exists already")
                             .arg(id);
        return {};
    }
    CalendarSpec spec;
    spec.id = id;
    spec.names = namesFor(name, m_language);
    const QByteArray system = QTimeZone::systemTimeZoneId();
    spec.timeZone = QTimeZone::isTimeZoneIdAvailable(system) ? system : QByteArrayLiteral("UTC");
    for (int d = 0; d < 5; ++d)
        spec.weekly[std::size_t(d)] = {{9 * 60, 18 * 60}};
    m_draft.addCalendar(spec);
    edited(true);
    return id;
}

bool CatalogEditingSession::removePlan(const QString &planId)
{
    return edited(m_draft.removePlan(planId));
}

bool CatalogEditingSession::removeCalendar(const QString &calendarId, QString *error)
{
    if (!m_draft.calendar(calendarId))
        return false;
    const QStringList users = calendarUsers(calendarId);
    if (!users.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("CatalogEditingSession",
                                                 "“%1” is still the calendar of %2; choose "
                                                 "another calendar for them first.")
                             .arg(calendarId, QLocale().createSeparatedList(users));
        return false;
    }
    return edited(m_draft.removeCalendar(calendarId));
}

int CatalogEditingSession::importIcs(const QString &calendarId, const QString &path,
                                     const QDate &today, QString *message)
{
    QString text;
    const auto fail = [&](const QString &why) {
        if (message)
            *message = why;
        return -1;
    };
    if (!isTeamCalendar(calendarId))
        return fail(QCoreApplication::translate("CatalogEditingSession",
                                                "Choose one of your team's calendars first."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QDir::toNativeSeparators(path) + QStringLiteral(": ") + file.errorString());
    const int year = today.year();
    const std::optional<IcsImport> imported =
            IcsImport::parse(file.readAll(), QFileInfo(path).fileName(), year - 1, year + 4, &text);
    if (!imported)
        return fail(text);
    const int added = m_draft.addDays(calendarId, imported->days);
    QStringList summary{QCoreApplication::translate("CatalogEditingSession",
                                                    "%n day(s) off imported from %1.", "", added)
                                .arg(QFileInfo(path).fileName())};
    const int skipped = int(imported->days.size()) - added;
    if (skipped > 0)
        summary << QCoreApplication::translate(
                "CatalogEditingSession", "%n date(s) were listed already and kept as they were.",
                "", skipped);
    if (imported->skippedTimedEvents > 0)
        summary << QCoreApplication::translate(
                "CatalogEditingSession",
                "%n event(s) with a time of day are not days off and were skipped.", "",
                imported->skippedTimedEvents);
    if (message)
        *message = summary.join(QLatin1Char(' '));
    edited(added > 0);
    return added;
}

// ---- Validation ----------------------------------------------------------------------------

QVector<CatalogProblem> CatalogEditingSession::validate() const
{
    QVector<CatalogProblem> problems =
            m_draft.validate([this](const QString &id) { return calendarExists(id); }, m_language);
    // Lead times: the loader's rules and messages, in the UI language.
    for (const TeamCatalogDraft::LeadTimeText &t : m_draft.leadTimeTexts()) {
        const QString field =
                QStringLiteral("leadtime/%1/%2/%3")
                        .arg(t.planId, t.severity.isEmpty() ? QStringLiteral("*") : t.severity,
                             targetKindKey(t.kind));
        const Plan *p = plan(t.planId);
        if (!p)
            continue; // its plan is gone: the lead time goes with it
        QString why;
        const std::optional<LeadTime> lead = LeadTime::parse(t.text, &why, true);
        if (lead)
            why = leadTimeProblem(
                    *p, t.severity, t.kind, *lead,
                    [this](const QString &id) { return calendar(id); }, true);
        if (!why.isEmpty())
            problems.append({field, why});
    }
    return problems;
}

QStringList CatalogEditingSession::problems() const
{
    QStringList messages;
    if (!m_loadError.isEmpty())
        messages << m_loadError;
    for (const CatalogProblem &p : validate())
        messages << p.message;
    return messages;
}

// ---- Destination and saving ----------------------------------------------------------------

bool CatalogEditingSession::setDestination(Destination destination)
{
    if (destination == Destination::SharedDatabase && !canSaveToDatabase())
        return false;
    m_destination = destination;
    return true;
}

bool CatalogEditingSession::canSaveToDatabase(QString *why) const
{
    QString reason;
    if (!connected()) {
        reason = m_shared.error.isEmpty()
                         ? QCoreApplication::translate(
                                   "CatalogEditingSession",
                                   "Dueline is not connected to a shared database.")
                         : QCoreApplication::translate("CatalogEditingSession",
                                                       "The shared database cannot be used: %1")
                                   .arg(m_shared.error);
    } else if (m_shared.me.role != Agent::Role::Lead) {
        reason = QCoreApplication::translate(
                         "CatalogEditingSession",
                         "Only a team lead can save the catalog to the shared database; you are "
                         "signed in as %1, an agent.")
                         .arg(m_shared.me.displayName.isEmpty() ? m_shared.me.login
                                                                : m_shared.me.displayName);
    }
    if (why)
        *why = reason;
    return reason.isEmpty();
}

bool CatalogEditingSession::canSave() const
{
    // Saving an unchanged catalog to the other destination publishes (or keeps a copy of) it.
    const bool moves = (m_destination == Destination::SharedDatabase) != m_fromDatabase;
    return m_open && !isBusy() && m_loadError.isEmpty() && validate().isEmpty() &&
           (m_modified || moves) &&
           (m_destination == Destination::ThisComputer || canSaveToDatabase());
}

QString CatalogEditingSession::storageNote() const
{
    QString why;
    const bool shared = canSaveToDatabase(&why);
    QString note;
    if (m_destination == Destination::SharedDatabase) {
        note = QCoreApplication::translate("CatalogEditingSession",
                                           "Save stores your team's catalog as %1 in the shared "
                                           "database %2: every Dueline connected to it loads it "
                                           "at its next start.")
                       .arg(sharedName(), m_shared.database);
    } else {
        note = QCoreApplication::translate("CatalogEditingSession",
                                           "Save writes your team's catalog to %1 on this "
                                           "computer.")
                       .arg(QDir::toNativeSeparators(m_teamPath));
        if (m_fromDatabase)
            note += QLatin1Char(' ') +
                    QCoreApplication::translate("CatalogEditingSession",
                                                "The shared database holds %1 too, and its copy "
                                                "is the one in use.")
                            .arg(sharedName());
    }
    if (!shared)
        note += QLatin1Char(' ') + why;
    return note;
}

QString CatalogEditingSession::saveToolTip() const
{
    if (m_destination == Destination::SharedDatabase)
        return QCoreApplication::translate("CatalogEditingSession",
                                           "Store your team's catalog in the shared database");
    return QCoreApplication::translate("CatalogEditingSession", "Write your team's catalog to %1")
            .arg(QDir::toNativeSeparators(m_teamPath));
}

bool CatalogEditingSession::loadsWithOthers(const QByteArray &json, QString *error) const
{
    QVector<std::pair<QString, QByteArray>> files;
    for (const QString &path : m_otherFiles) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
            return false;
        }
        files.append({path, file.readAll()});
    }
    for (const TeamCatalogFile &file : m_sharedFiles) {
        if (file.name != sharedName())
            files.append({TeamCatalogStore::displayName(file.name), file.content});
    }
    files.append({m_destination == Destination::SharedDatabase
                          ? TeamCatalogStore::displayName(sharedName())
                          : m_teamPath,
                  json});
    return Catalog::loadData(files, true, error) != nullptr;
}

bool CatalogEditingSession::save()
{
    if (!m_open || isBusy() || !m_loadError.isEmpty() || !validate().isEmpty())
        return false;
    const TeamCatalog &team = m_draft.commit();
    QString error;
    const QByteArray json = CatalogWriter::toJson(team);
    const auto fail = [this](const QString &why) {
        emit saveFinished(false, why);
        return false;
    };
    if (!loadsWithOthers(json, &error))
        return fail(error);
    if (m_destination == Destination::SharedDatabase) {
        if (!canSaveToDatabase(&error))
            return fail(error);
        return m_store->save(m_shared.me.id, sharedName(), json, m_sharedVersion);
    }
    QDir().mkpath(QFileInfo(m_teamPath).absolutePath());
    if (!CatalogWriter::save(team, m_teamPath, m_otherFiles, &error))
        return fail(error);
    m_savedTo = Destination::ThisComputer;
    m_saved = true;
    m_modified = false;
    emit saveFinished(true, QString());
    return true;
}

void CatalogEditingSession::finishSaving(qint64 version, const QString &error)
{
    if (version == 0) {
        emit saveFinished(false, error);
        return;
    }
    m_sharedVersion = version;
    m_savedTo = Destination::SharedDatabase;
    m_saved = true;
    m_modified = false;
    emit saveFinished(true, QString());
}

} // namespace dueline
