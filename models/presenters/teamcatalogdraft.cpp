// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/presenters/teamcatalogdraft.h"

#include "models/presenters/catalogediting.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <numeric>

namespace dueline {

TeamCatalogDraft::TeamCatalogDraft(TeamCatalog team)
    : m_team(std::move(team))
{
    for (const LeadTimeRule &rule : std::as_const(m_team.leadTimes)) {
        for (TargetKind kind : {TargetKind::Response, TargetKind::Resolution}) {
            if (rule.lead(kind))
                setLeadTimeText(rule.planId, rule.severity, kind, rule.lead(kind)->toString());
        }
    }
}

// ---- Lead times ----------------------------------------------------------------------------

QString TeamCatalogDraft::leadTimeKey(const QString &planId, const QString &severity,
                                      TargetKind kind)
{
    return planId + QLatin1Char('|') + severity + QLatin1Char('|') + targetKindKey(kind);
}

QString TeamCatalogDraft::leadTimeText(const QString &planId, const QString &severity,
                                       TargetKind kind) const
{
    return m_leadTimes.value(leadTimeKey(planId, severity, kind)).text;
}

bool TeamCatalogDraft::setLeadTimeText(const QString &planId, const QString &severity,
                                       TargetKind kind, const QString &text)
{
    const QString key = leadTimeKey(planId, severity, kind);
    const QString typed = text.trimmed();
    if (m_leadTimes.value(key).text == typed)
        return false;
    if (typed.isEmpty())
        m_leadTimes.remove(key);
    else
        m_leadTimes.insert(key, {planId, severity, kind, typed});
    return true;
}

QVector<TeamCatalogDraft::LeadTimeText> TeamCatalogDraft::leadTimeTexts() const
{
    return QVector<LeadTimeText>(m_leadTimes.cbegin(), m_leadTimes.cend());
}

void TeamCatalogDraft::moveLeadTimes(const QString &planId, const QString &from, const QString &to)
{
    const QVector<LeadTimeText> all = leadTimeTexts();
    for (const LeadTimeText &t : all) {
        if (t.planId != planId || t.severity.isEmpty() || (!from.isNull() && t.severity != from))
            continue;
        m_leadTimes.remove(leadTimeKey(t.planId, t.severity, t.kind));
        if (!to.isEmpty())
            m_leadTimes.insert(leadTimeKey(t.planId, to, t.kind), {t.planId, to, t.kind, t.text});
    }
    if (from.isNull()) { // the plan is gone: its plan-wide lead times too
        for (TargetKind kind : {TargetKind::Response, TargetKind::Resolution})
            m_leadTimes.remove(leadTimeKey(planId, QString(), kind));
    }
}

// ---- Lookups -------------------------------------------------------------------------------

Plan *TeamCatalogDraft::findPlan(const QString &id)
{
    return const_cast<Plan *>(plan(id));
}

Provider *TeamCatalogDraft::findProvider(const QString &id)
{
    return const_cast<Provider *>(provider(id));
}

CalendarSpec *TeamCatalogDraft::findCalendar(const QString &id)
{
    return const_cast<CalendarSpec *>(calendar(id));
}

const Plan *TeamCatalogDraft::plan(const QString &id) const
{
    const auto it = std::find_if(m_team.plans.cbegin(), m_team.plans.cend(),
                                 [&](const Plan &p) { return p.id == id; });
    return it == m_team.plans.cend() ? nullptr : &*it;
}

const Provider *TeamCatalogDraft::provider(const QString &id) const
{
    const auto it = std::find_if(m_team.providers.cbegin(), m_team.providers.cend(),
                                 [&](const Provider &p) { return p.id == id; });
    return it == m_team.providers.cend() ? nullptr : &*it;
}

const CalendarSpec *TeamCatalogDraft::calendar(const QString &id) const
{
    const auto it = std::find_if(m_team.calendars.cbegin(), m_team.calendars.cend(),
                                 [&](const CalendarSpec &c) { return c.id == id; });
    return it == m_team.calendars.cend() ? nullptr : &*it;
}

QStringList TeamCatalogDraft::providerIds() const
{
    QStringList ids;
    for (const Provider &p : m_team.providers)
        ids << p.id;
    return ids;
}

QStringList TeamCatalogDraft::calendarUsers(const QString &id, const QString &language) const
{
    QStringList users;
    for (const Plan &p : m_team.plans) {
        bool uses = p.calendarId == id;
        for (const SeverityTargets &t : p.targets)
            uses = uses || t.response.calendarId == id || t.resolution.calendarId == id;
        for (const Channel &c : p.channels)
            uses = uses || c.hours == id;
        if (uses)
            users << p.names.text(language);
    }
    return users;
}

TeamCatalogDraft::CalendarDraft TeamCatalogDraft::draftFor(const CalendarSpec &spec)
{
    CalendarDraft draft;
    for (int d = 0; d < 7; ++d)
        draft.weekly[std::size_t(d)] = CatalogEditing::formatDayHours(spec.weekly[std::size_t(d)]);
    for (const DayException &e : spec.exceptions)
        draft.dayHours << (e.hours ? CatalogEditing::formatDayHours(*e.hours) : QString());
    return draft;
}

TeamCatalogDraft::CalendarDraft TeamCatalogDraft::draftOf(const CalendarSpec &spec) const
{
    const auto it = m_drafts.constFind(spec.id);
    return it == m_drafts.constEnd() ? draftFor(spec) : *it;
}

TeamCatalogDraft::CalendarDraft &TeamCatalogDraft::draft(CalendarSpec &spec)
{
    auto it = m_drafts.find(spec.id);
    if (it == m_drafts.end())
        it = m_drafts.insert(spec.id, draftFor(spec));
    while (it->dayHours.size() < spec.exceptions.size())
        it->dayHours.append(QString());
    return *it;
}

QString TeamCatalogDraft::weekdayHours(const QString &calendarId, int day) const
{
    const CalendarSpec *spec = calendar(calendarId);
    if (!spec || day < 0 || day >= 7)
        return {};
    return draftOf(*spec).weekly[std::size_t(day)];
}

QString TeamCatalogDraft::dayHours(const QString &calendarId, int row) const
{
    const CalendarSpec *spec = calendar(calendarId);
    return spec ? draftOf(*spec).dayHours.value(row) : QString();
}

// ---- Plans and providers -------------------------------------------------------------------

bool TeamCatalogDraft::setProviderNames(const QString &providerId, const LocalizedText &names)
{
    Provider *provider = findProvider(providerId);
    if (!provider)
        return false;
    provider->names = names;
    return true;
}

bool TeamCatalogDraft::setPlanNames(const QString &planId, const LocalizedText &names)
{
    Plan *plan = findPlan(planId);
    if (!plan)
        return false;
    plan->names = names;
    return true;
}

bool TeamCatalogDraft::setPlanCalendar(const QString &planId, const QString &calendarId)
{
    Plan *plan = findPlan(planId);
    if (!plan)
        return false;
    plan->calendarId = calendarId;
    return true;
}

bool TeamCatalogDraft::setSeverity(const QString &planId, int row, const QString &code,
                                   const QString &name, const Target &response,
                                   const Target &resolution, const QString &language)
{
    Plan *plan = findPlan(planId);
    Provider *provider = plan ? findProvider(plan->providerId) : nullptr;
    if (!plan || !provider || row < 0 || row >= plan->severities.size())
        return false;
    const QString oldCode = plan->severities.at(row);
    if (code != oldCode) {
        moveLeadTimes(planId, oldCode, code);
        plan->severities[row] = code;
        for (SeverityTargets &t : plan->targets) {
            if (t.severity == oldCode)
                t.severity = code;
        }
        for (QString &level : plan->levels) {
            if (level == oldCode)
                level = code;
        }
        bool shared = false;
        for (const Plan &other : std::as_const(m_team.plans))
            shared = shared || (&other != plan && other.providerId == provider->id &&
                                other.severities.contains(oldCode));
        Severity *existing = nullptr;
        for (Severity &s : provider->severities) {
            if (s.code == oldCode)
                existing = &s;
        }
        if (!provider->severity(code)) {
            Severity renamed = existing ? *existing : Severity();
            renamed.code = code;
            if (existing && !shared)
                *existing = renamed;
            else
                provider->severities.append(renamed);
        } else if (existing && !shared) {
            provider->severities.erase(
                    std::remove_if(provider->severities.begin(), provider->severities.end(),
                                   [&](const Severity &s) { return s.code == oldCode; }),
                    provider->severities.end());
        }
    }
    for (Severity &s : provider->severities) {
        if (s.code != code || name.isEmpty())
            continue;
        s.names.set(language, name);
        if (s.names.all().value(QStringLiteral("en")).isEmpty())
            s.names.set(QStringLiteral("en"), name);
    }
    SeverityTargets *targets = nullptr;
    for (SeverityTargets &t : plan->targets) {
        if (t.severity == code)
            targets = &t;
    }
    if (!targets) {
        plan->targets.append(SeverityTargets{code, Target::none(), Target::none()});
        targets = &plan->targets.last();
    }
    targets->response = response;
    targets->resolution = resolution;
    return true;
}

int TeamCatalogDraft::addSeverity(const QString &planId, const LocalizedText &names)
{
    Plan *plan = findPlan(planId);
    Provider *provider = plan ? findProvider(plan->providerId) : nullptr;
    if (!plan || !provider)
        return -1;
    QString code = QStringLiteral("new");
    for (int n = 2; plan->severities.contains(code); ++n)
        code = QStringLiteral("new-%1").arg(n);
    plan->severities.append(code);
    plan->targets.append(SeverityTargets{code, Target::none(), Target::none()});
    if (!provider->severity(code)) {
        Severity severity;
        severity.code = code;
        severity.names = names;
        provider->severities.append(severity);
    }
    return int(plan->severities.size()) - 1;
}

bool TeamCatalogDraft::removeSeverity(const QString &planId, int row)
{
    Plan *plan = findPlan(planId);
    if (!plan || row < 0 || row >= plan->severities.size())
        return false;
    const QString code = plan->severities.takeAt(row);
    moveLeadTimes(planId, code, QString());
    plan->targets.erase(
            std::remove_if(plan->targets.begin(), plan->targets.end(),
                           [&](const SeverityTargets &t) { return t.severity == code; }),
            plan->targets.end());
    for (QString &level : plan->levels) {
        if (level == code)
            level.clear();
    }
    if (Provider *provider = findProvider(plan->providerId)) {
        bool used = false;
        for (const Plan &other : std::as_const(m_team.plans))
            used = used || (other.providerId == provider->id && other.severities.contains(code));
        if (!used)
            provider->severities.erase(
                    std::remove_if(provider->severities.begin(), provider->severities.end(),
                                   [&](const Severity &s) { return s.code == code; }),
                    provider->severities.end());
    }
    return true;
}

bool TeamCatalogDraft::setLevel(const QString &planId, int level, const QString &code)
{
    Plan *plan = findPlan(planId);
    if (!plan || level < 1 || level > LevelCount)
        return false;
    plan->levels[level - 1] = code;
    return true;
}

bool TeamCatalogDraft::copyPlan(const QString &planId, const QString &providerId,
                                const QString &newId)
{
    const Plan *source = plan(planId);
    if (!source)
        return false;
    Plan copy = *source;
    const Provider *sourceProvider = provider(source->providerId);
    const Provider sourceCopy = sourceProvider ? *sourceProvider : Provider();
    if (!provider(providerId)) {
        Provider added;
        added.id = providerId;
        added.builtIn = false;
        m_team.providers.append(added);
    }
    Provider *owner = findProvider(providerId);
    for (const QString &code : copy.severities) {
        if (!owner->severity(code) && sourceCopy.severity(code))
            owner->severities.append(*sourceCopy.severity(code));
    }
    copy.id = newId;
    copy.providerId = providerId;
    copy.aliases.clear();
    copy.builtIn = false;
    owner->planIds.append(newId);
    m_team.plans.append(copy);
    return true;
}

QString TeamCatalogDraft::copyPlan(const Catalog &catalog, const QString &planId,
                                   const QString &providerId, const QString &slug, QString *error)
{
    return m_team.duplicatePlan(catalog, planId, providerId, slug, error);
}

bool TeamCatalogDraft::removePlan(const QString &planId)
{
    const Plan *plan = this->plan(planId);
    if (!plan)
        return false;
    const QString providerId = plan->providerId;
    moveLeadTimes(planId, QString(), QString());
    m_team.plans.erase(std::remove_if(m_team.plans.begin(), m_team.plans.end(),
                                      [&](const Plan &p) { return p.id == planId; }),
                       m_team.plans.end());
    if (Provider *provider = findProvider(providerId)) {
        provider->planIds.removeAll(planId);
        if (provider->planIds.isEmpty())
            m_team.providers.erase(
                    std::remove_if(m_team.providers.begin(), m_team.providers.end(),
                                   [&](const Provider &p) { return p.id == providerId; }),
                    m_team.providers.end());
    }
    return true;
}

// ---- Calendars -----------------------------------------------------------------------------

void TeamCatalogDraft::addCalendar(const CalendarSpec &spec)
{
    m_team.calendars.append(spec);
    m_drafts.insert(spec.id, draftFor(spec));
}

bool TeamCatalogDraft::removeCalendar(const QString &calendarId)
{
    if (!calendar(calendarId))
        return false;
    m_team.calendars.erase(
            std::remove_if(m_team.calendars.begin(), m_team.calendars.end(),
                           [&](const CalendarSpec &c) { return c.id == calendarId; }),
            m_team.calendars.end());
    m_drafts.remove(calendarId);
    return true;
}

bool TeamCatalogDraft::setCalendarNames(const QString &calendarId, const LocalizedText &names)
{
    CalendarSpec *spec = findCalendar(calendarId);
    if (!spec)
        return false;
    spec->names = names;
    return true;
}

bool TeamCatalogDraft::setTimeZone(const QString &calendarId, const QByteArray &zone)
{
    CalendarSpec *spec = findCalendar(calendarId);
    if (!spec)
        return false;
    spec->timeZone = zone;
    return true;
}

bool TeamCatalogDraft::setAlways(const QString &calendarId, bool always)
{
    CalendarSpec *spec = findCalendar(calendarId);
    if (!spec)
        return false;
    spec->always = always;
    return true;
}

bool TeamCatalogDraft::setWeekdayHours(const QString &calendarId, int day, const QString &text)
{
    CalendarSpec *spec = findCalendar(calendarId);
    if (!spec || day < 0 || day >= 7)
        return false;
    draft(*spec).weekly[std::size_t(day)] = text;
    QVector<TimeRange> ranges;
    QString error;
    if (CatalogEditing::parseDayHours(text, &ranges, &error))
        spec->weekly[std::size_t(day)] = ranges;
    return true;
}

bool TeamCatalogDraft::setHolidaySet(const QString &calendarId, const QString &holidaySetId)
{
    CalendarSpec *spec = findCalendar(calendarId);
    if (!spec)
        return false;
    spec->holidaySetId = holidaySetId;
    return true;
}

bool TeamCatalogDraft::setDay(const QString &calendarId, int row, const QDate &date,
                              DayException::Type type, const QString &hours, const QString &name,
                              const QString &language)
{
    CalendarSpec *spec = findCalendar(calendarId);
    if (!spec || row < 0 || row >= spec->exceptions.size())
        return false;
    CalendarDraft &typed = draft(*spec);
    DayException &e = spec->exceptions[row];
    e.date = date;
    e.type = type;
    const bool working = type == DayException::Type::WorkingDay;
    typed.dayHours[row] = working ? hours : QString();
    QVector<TimeRange> ranges;
    QString error;
    if (!working || hours.trimmed().isEmpty())
        e.hours.reset();
    else if (CatalogEditing::parseDayHours(hours, &ranges, &error) && !ranges.isEmpty())
        e.hours = ranges;
    if (!working)
        e.shortened = false;
    const QString trimmed = name.trimmed();
    if (!trimmed.isEmpty() || e.names.has(language)) {
        e.names.set(language, trimmed);
        if (e.names.all().value(QStringLiteral("en")).isEmpty())
            e.names.set(QStringLiteral("en"), trimmed);
    }
    return true;
}

int TeamCatalogDraft::addDay(const QString &calendarId, const QDate &earliest)
{
    CalendarSpec *spec = findCalendar(calendarId);
    if (!spec)
        return -1;
    CalendarDraft &typed = draft(*spec);
    QDate date = earliest;
    for (const DayException &e : std::as_const(spec->exceptions))
        date = qMax(date, e.date.addDays(1));
    DayException day;
    day.date = date;
    day.type = DayException::Type::DayOff;
    spec->exceptions.append(day);
    typed.dayHours.append(QString());
    return int(spec->exceptions.size()) - 1;
}

bool TeamCatalogDraft::removeDay(const QString &calendarId, int row)
{
    CalendarSpec *spec = findCalendar(calendarId);
    if (!spec || row < 0 || row >= spec->exceptions.size())
        return false;
    CalendarDraft &typed = draft(*spec);
    spec->exceptions.removeAt(row);
    typed.dayHours.removeAt(row);
    return true;
}

int TeamCatalogDraft::addDays(const QString &calendarId, const QVector<DayException> &days)
{
    CalendarSpec *spec = findCalendar(calendarId);
    if (!spec)
        return -1;
    CalendarDraft &typed = draft(*spec);
    QSet<QDate> existing;
    for (const DayException &e : std::as_const(spec->exceptions))
        existing.insert(e.date);
    int added = 0;
    for (const DayException &day : days) {
        if (existing.contains(day.date))
            continue;
        spec->exceptions.append(day);
        typed.dayHours.append(QString());
        ++added;
    }
    // Sorted by date, the hours as typed following their days.
    QVector<int> order(spec->exceptions.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return spec->exceptions.at(a).date < spec->exceptions.at(b).date;
    });
    QVector<DayException> sorted;
    QStringList hours;
    for (int i : order) {
        sorted << spec->exceptions.at(i);
        hours << typed.dayHours.value(i);
    }
    spec->exceptions = sorted;
    typed.dayHours = hours;
    return added;
}

// ---- Rules and saving ----------------------------------------------------------------------

QVector<CatalogProblem>
TeamCatalogDraft::validate(const std::function<bool(const QString &)> &calendarExists,
                           const QString &language) const
{
    QVector<CatalogProblem> problems;
    const QLocale locale;
    for (const Provider &provider : m_team.providers) {
        if (provider.names.all().value(QStringLiteral("en")).isEmpty())
            problems.append(
                    {QStringLiteral("provider/%1/names").arg(provider.id),
                     QCoreApplication::translate("TeamCatalogDraft",
                                                 "Provider “%1”: the English name is missing.")
                             .arg(provider.id)});
    }
    for (const Plan &plan : m_team.plans) {
        const QString key = QStringLiteral("plan/") + plan.id;
        const QString name =
                plan.names.text(language).isEmpty() ? plan.id : plan.names.text(language);
        if (plan.names.all().value(QStringLiteral("en")).isEmpty())
            problems.append({key + QStringLiteral("/names"),
                             QCoreApplication::translate("TeamCatalogDraft",
                                                         "Plan “%1”: the English name is missing.")
                                     .arg(name)});
        if (!calendarExists(plan.calendarId))
            problems.append({key + QStringLiteral("/calendar"),
                             QCoreApplication::translate("TeamCatalogDraft",
                                                         "Plan “%1”: choose a work calendar.")
                                     .arg(name)});
        if (plan.severities.isEmpty())
            problems.append({key + QStringLiteral("/severities"),
                             QCoreApplication::translate("TeamCatalogDraft",
                                                         "Plan “%1” needs at least one severity.")
                                     .arg(name)});
        QSet<QString> seen;
        for (int i = 0; i < plan.severities.size(); ++i) {
            const QString code = plan.severities.at(i);
            if (!CatalogEditing::isValidId(code))
                problems.append({key + QStringLiteral("/severity/%1").arg(i),
                                 QCoreApplication::translate(
                                         "TeamCatalogDraft",
                                         "Plan “%1”: “%2” is not a severity code (lowercase "
                                         "letters, digits, “-”).")
                                         .arg(name, code)});
            else if (seen.contains(code))
                problems.append(
                        {key + QStringLiteral("/severity/%1").arg(i),
                         QCoreApplication::translate("TeamCatalogDraft",
                                                     "Plan “%1”: severity “%2” is listed twice.")
                                 .arg(name, code)});
            seen.insert(code);
        }
        for (int l = 1; l <= LevelCount; ++l) {
            if (!plan.severities.contains(plan.levels[l - 1]))
                problems.append({key + QStringLiteral("/level/%1").arg(l),
                                 QCoreApplication::translate(
                                         "TeamCatalogDraft",
                                         "Plan “%1”: P%2 is not mapped to one of its severities.")
                                         .arg(name)
                                         .arg(l)});
        }
    }
    for (const CalendarSpec &spec : m_team.calendars) {
        const QString key = QStringLiteral("calendar/") + spec.id;
        const QString name =
                spec.names.text(language).isEmpty() ? spec.id : spec.names.text(language);
        const CalendarDraft draft = draftOf(spec);
        const int before = int(problems.size());
        if (spec.names.all().value(QStringLiteral("en")).isEmpty())
            problems.append(
                    {key + QStringLiteral("/names"),
                     QCoreApplication::translate("TeamCatalogDraft",
                                                 "Calendar “%1”: the English name is missing.")
                             .arg(name)});
        if (spec.timeZone.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(spec.timeZone))
            problems.append({key + QStringLiteral("/zone"),
                             QCoreApplication::translate("TeamCatalogDraft",
                                                         "Calendar “%1”: unknown time zone “%2”.")
                                     .arg(name, QString::fromUtf8(spec.timeZone))});
        if (!spec.always) {
            bool anyHours = false;
            for (int d = 0; d < 7; ++d) {
                QVector<TimeRange> ranges;
                QString error;
                if (!CatalogEditing::parseDayHours(draft.weekly[std::size_t(d)], &ranges, &error))
                    problems.append({key + QStringLiteral("/weekly/%1").arg(d),
                                     QCoreApplication::translate("TeamCatalogDraft",
                                                                 "Calendar “%1”, %2: %3",
                                                                 "calendar, weekday, problem")
                                             .arg(name, locale.dayName(d + 1), error)});
                anyHours = anyHours || !ranges.isEmpty();
            }
            if (!anyHours && problems.size() == before)
                problems.append({key + QStringLiteral("/weekly/0"),
                                 QCoreApplication::translate(
                                         "TeamCatalogDraft",
                                         "Calendar “%1” has no working hours on any day; tick "
                                         "“Round the clock” for 24×7.")
                                         .arg(name)});
        }
        QSet<QDate> dates;
        for (int i = 0; i < spec.exceptions.size(); ++i) {
            const DayException &e = spec.exceptions.at(i);
            if (dates.contains(e.date))
                problems.append(
                        {key + QStringLiteral("/exception/%1/date").arg(i),
                         QCoreApplication::translate("TeamCatalogDraft",
                                                     "Calendar “%1”: %2 is listed twice.")
                                 .arg(name, locale.toString(e.date, QLocale::ShortFormat))});
            dates.insert(e.date);
            const QString hours = draft.dayHours.value(i);
            QVector<TimeRange> ranges;
            QString error;
            if (e.type == DayException::Type::WorkingDay && !hours.trimmed().isEmpty() &&
                !CatalogEditing::parseDayHours(hours, &ranges, &error))
                problems.append(
                        {key + QStringLiteral("/exception/%1/hours").arg(i),
                         QCoreApplication::translate("TeamCatalogDraft", "Calendar “%1”, %2: %3",
                                                     "calendar, date, problem")
                                 .arg(name, locale.toString(e.date, QLocale::ShortFormat), error)});
        }
        if (problems.size() == before) {
            // Whatever else the engine itself refuses (it speaks English: these are rare).
            const QString problem = spec.validate();
            if (!problem.isEmpty())
                problems.append(
                        {key, QCoreApplication::translate("TeamCatalogDraft", "Calendar “%1”: %2")
                                      .arg(name, problem)});
        }
    }
    return problems;
}

const TeamCatalog &TeamCatalogDraft::commit()
{
    for (CalendarSpec &spec : m_team.calendars) {
        const auto it = m_drafts.constFind(spec.id);
        if (it == m_drafts.constEnd())
            continue;
        for (int d = 0; d < 7; ++d) {
            QVector<TimeRange> ranges;
            QString error;
            if (CatalogEditing::parseDayHours(it->weekly[std::size_t(d)], &ranges, &error))
                spec.weekly[std::size_t(d)] = ranges;
        }
        for (int i = 0; i < spec.exceptions.size(); ++i) {
            DayException &e = spec.exceptions[i];
            const QString hours = it->dayHours.value(i).trimmed();
            QVector<TimeRange> ranges;
            QString error;
            if (e.type != DayException::Type::WorkingDay || hours.isEmpty())
                e.hours.reset();
            else if (CatalogEditing::parseDayHours(hours, &ranges, &error) && !ranges.isEmpty())
                e.hours = ranges;
        }
        if (spec.always)
            spec.weekly = {};
    }
    // The team file's providers list their plans.
    for (Provider &provider : m_team.providers) {
        provider.planIds.clear();
        for (const Plan &plan : std::as_const(m_team.plans)) {
            if (plan.providerId == provider.id)
                provider.planIds << plan.id;
        }
    }
    // The lead times as typed, one entry per plan and severity (what does not parse is left out:
    // validation reports it first).
    m_team.leadTimes.clear();
    for (const LeadTimeText &t : std::as_const(m_leadTimes)) {
        const std::optional<LeadTime> lead = LeadTime::parse(t.text);
        if (!lead)
            continue;
        auto it = std::find_if(m_team.leadTimes.begin(), m_team.leadTimes.end(),
                               [&](const LeadTimeRule &r) {
                                   return r.planId == t.planId && r.severity == t.severity;
                               });
        if (it == m_team.leadTimes.end()) {
            LeadTimeRule rule;
            rule.planId = t.planId;
            rule.severity = t.severity;
            rule.builtIn = false;
            m_team.leadTimes.append(rule);
            it = m_team.leadTimes.end() - 1;
        }
        it->lead(t.kind) = lead;
    }
    return m_team;
}

} // namespace dueline
