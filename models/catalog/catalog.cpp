// SPDX-License-Identifier: GPL-3.0-or-later
// The plan catalog's load entry points and lookups; its JSON loader is in catalogloader.cpp.

#include "models/catalog/catalog.h"

#include "models/catalog/catalogloader_p.h"

#include <QCoreApplication>
#include <QDir>

namespace dueline {

const SeverityTargets *Plan::targetsFor(const QString &severity) const
{
    for (const SeverityTargets &t : targets) {
        if (t.severity == severity)
            return &t;
    }
    return nullptr;
}

QString Plan::severityForLevel(int level) const
{
    return level >= 1 && level <= LevelCount ? levels[level - 1] : QString();
}

QString Plan::firstOfferedChannel() const
{
    for (const Channel &c : channels) {
        if (!c.retired)
            return c.id;
    }
    return {};
}

const Severity *Provider::severity(const QString &code) const
{
    for (const Severity &s : severities) {
        if (s.code == code)
            return &s;
    }
    return nullptr;
}

const ServiceStage *Provider::stage(const QString &code) const
{
    for (const ServiceStage &s : stages) {
        if (s.code == code)
            return &s;
    }
    return nullptr;
}

QString leadTimeProblem(const Plan &plan, const QString &severity, TargetKind kind,
                        const LeadTime &lead,
                        const std::function<const CalendarSpec *(const QString &)> &calendarSpec,
                        bool translated)
{
    const QStringList severities = severity.isEmpty() ? plan.severities : QStringList{severity};
    for (const QString &code : severities) {
        const SeverityTargets *targets = plan.targetsFor(code);
        const Target target = targets ? targets->target(kind) : Target::none();
        if (severity.isEmpty() && !target.committed)
            continue; // a plan-wide lead time leaves out the clocks without a target
        QString problem = lead.problemWith(
                target,
                calendarSpec(target.calendarId.isEmpty() ? plan.calendarId : target.calendarId),
                translated);
        if (problem.isEmpty())
            continue;
        if (!severity.isEmpty())
            return problem;
        static const struct
        {
            const char *source;
            const char *comment;
        } prefix = QT_TRANSLATE_NOOP3("LeadTime", "severity %1: %2", "a severity code, a problem");
        return (translated ? QCoreApplication::translate("LeadTime", prefix.source, prefix.comment)
                           : QString::fromLatin1(prefix.source))
                .arg(code, problem);
    }
    return {};
}

namespace {

QStringList builtInFiles()
{
    QStringList files;
    for (const QString &dir : {QStringLiteral(":/calendars"), QStringLiteral(":/catalog")}) {
        const QStringList names =
                QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &name : names)
            files.append(dir + QLatin1Char('/') + name);
    }
    return files;
}

} // namespace

CatalogPtr Catalog::loadBuiltIn(QString *error)
{
    return load({}, error);
}

CatalogPtr Catalog::load(const QStringList &extraFiles, QString *error)
{
    const QStringList builtIn = builtInFiles();
    if (builtIn.isEmpty()) {
        if (error)
            *error = QStringLiteral("the built-in catalog is missing from this build");
        return nullptr;
    }
    return loadAll(builtIn, extraFiles, {}, error);
}

CatalogPtr Catalog::loadFiles(const QStringList &files, QString *error)
{
    return loadAll({}, files, {}, error);
}

CatalogPtr Catalog::loadData(const QVector<std::pair<QString, QByteArray>> &files, bool withBuiltIn,
                             QString *error)
{
    return loadAll(withBuiltIn ? builtInFiles() : QStringList(), {}, files, error);
}

const Provider *Catalog::provider(const QString &id) const
{
    for (const Provider &p : m_providers) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

const Plan *Catalog::plan(const QString &idOrAlias) const
{
    auto it = m_planIndex.constFind(idOrAlias);
    if (it == m_planIndex.constEnd())
        it = m_planIndex.constFind(idOrAlias.toLower());
    return it == m_planIndex.constEnd() ? nullptr : &m_plans.at(*it);
}

const Feature *Catalog::feature(const QString &id) const
{
    for (const Feature &f : m_features) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

const HolidaySet *Catalog::holidaySet(const QString &id) const
{
    for (const HolidaySet &h : m_holidaySets) {
        if (h.id == id)
            return &h;
    }
    return nullptr;
}

WorkCalendarPtr Catalog::calendar(const QString &id) const
{
    return m_calendars.value(id);
}

WorkCalendarPtr Catalog::calendarFor(const Plan &plan, const Target &target) const
{
    return calendar(target.calendarId.isEmpty() ? plan.calendarId : target.calendarId);
}

const LeadTimeRule *Catalog::leadTimeRule(const QString &planId, const QString &severity) const
{
    const Plan *p = plan(planId);
    const auto it = m_leadTimeIndex.constFind((p ? p->id : planId) + QLatin1Char('|') + severity);
    return it == m_leadTimeIndex.constEnd() ? nullptr : &m_leadTimes.at(*it);
}

LeadTime Catalog::leadTime(const QString &planId, const QString &severity, TargetKind kind) const
{
    if (m_leadTimes.isEmpty())
        return {};
    if (!severity.isEmpty()) {
        if (const LeadTimeRule *rule = leadTimeRule(planId, severity); rule && rule->lead(kind))
            return *rule->lead(kind);
    }
    if (const LeadTimeRule *rule = leadTimeRule(planId, QString()); rule && rule->lead(kind))
        return *rule->lead(kind);
    return {};
}

const Severity *Catalog::severityForLevel(const Plan &plan, int level) const
{
    const Provider *p = provider(plan.providerId);
    return p ? p->severity(plan.severityForLevel(level)) : nullptr;
}

} // namespace dueline
