// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sla/slaclock.h"
#include "models/sla/workcalendar.h"

#include <QHash>
#include <QMap>
#include <QStringList>
#include <QVector>

#include <array>
#include <functional>
#include <memory>
#include <optional>

namespace dueline {

struct Severity
{
    QString code;
    LocalizedText names;
    LocalizedText descriptions;
};

struct ServiceStage
{
    QString code;
    LocalizedText names;
    LocalizedText descriptions;
    bool sla = true; // false: tickets about a service in this stage have no SLA (VK CS Preview)
};

struct SeverityTargets
{
    QString severity;
    Target response;
    Target resolution;
    const Target &target(TargetKind kind) const
    {
        return kind == TargetKind::Response ? response : resolution;
    }
};

struct Channel
{
    QString id;
    LocalizedText names;
    QString hours; // "24x7" or a calendar id
    Target response;
    QString contact;
    LocalizedText notes;
    // No longer offered by the plan: kept so that its existing tickets, exports made before and
    // the server's checks stay valid, but never offered for a new ticket nor compared.
    bool retired = false;
};

struct Feature
{
    QString id;
    LocalizedText names;
    LocalizedText descriptions;
};

struct FeatureValue
{
    bool available = false;
    LocalizedText detail;
    QString quote; // the seed's own wording
};

// Incident levels used to compare plans across providers (docs/architecture.md §3).
constexpr int LevelCount = 4; // P1..P4

struct Plan
{
    QString id; // "provider/plan"
    QString providerId;
    QStringList aliases; // "L1", "S4", …
    LocalizedText names;
    LocalizedText descriptions;
    QString calendarId;
    QStringList severities; // codes the plan offers, most severe first
    std::array<QString, LevelCount> levels; // severity code for P1..P4
    QStringList pausingStatuses;
    QVector<SeverityTargets> targets;
    QVector<Channel> channels;
    QMap<QString, FeatureValue> features;
    bool builtIn = true;

    const SeverityTargets *targetsFor(const QString &severity) const;
    QString severityForLevel(int level) const; // level 1..4; empty when out of range
    // The first channel a new ticket may come in on (not retired); empty when there is none.
    QString firstOfferedChannel() const;
    bool offers(const QString &severity) const { return severities.contains(severity); }
};

struct Provider
{
    QString id;
    LocalizedText names;
    QString seed;
    QString website;
    QVector<Severity> severities;
    QVector<ServiceStage> stages;
    QStringList planIds;
    bool builtIn = true;

    const Severity *severity(const QString &code) const;
    const ServiceStage *stage(const QString &code) const;
};

// A team's lead times for a plan (docs/catalog-format.md, "Lead times"): how long before a
// breach its clocks count as at risk, for one severity or, with `severity` empty, for every
// severity of the plan. A clock without a lead time here uses the plan-wide one, else 25 %.
struct LeadTimeRule
{
    QString planId;
    QString severity; // empty: every severity of the plan
    std::optional<LeadTime> response;
    std::optional<LeadTime> resolution;
    bool builtIn = true;

    const std::optional<LeadTime> &lead(TargetKind kind) const
    {
        return kind == TargetKind::Response ? response : resolution;
    }
    std::optional<LeadTime> &lead(TargetKind kind)
    {
        return kind == TargetKind::Response ? response : resolution;
    }
};

// Why `lead` cannot be the lead time of clock `kind` of `plan` for `severity` (empty: every
// severity of the plan): the severity's clock has no target, or the lead time is not below the
// target of a severity it applies to (LeadTime::problemWith()). Empty when it can. The calendars
// by id come from `calendarSpec`. English for the loader, or in the UI language when
// `translated` (the catalog editor).
QString leadTimeProblem(const Plan &plan, const QString &severity, TargetKind kind,
                        const LeadTime &lead,
                        const std::function<const CalendarSpec *(const QString &)> &calendarSpec,
                        bool translated = false);

struct HolidayYear
{
    int year = 0;
    DataStatus status = DataStatus::Official;
    QString statusNote;
    QString source;
};

struct HolidaySet
{
    QString id;
    QString country;
    LocalizedText names;
    QVector<HolidayYear> years;
    QVector<DayException> days;
};

// The plan catalog: providers, plans, severities, channels, features and work calendars, read
// from the built-in files (:/catalog, :/calendars) and a team's own extra files. Loading is
// all-or-nothing: a bad file is rejected with "FILE: $.json.path: reason". Immutable once
// loaded; share it through CatalogPtr.
class Catalog
{
public:
    // Built-in files only.
    static std::shared_ptr<const Catalog> loadBuiltIn(QString *error = nullptr);
    // Built-in files plus extra catalog or holiday files (by their "format").
    static std::shared_ptr<const Catalog> load(const QStringList &extraFiles,
                                               QString *error = nullptr);
    // From explicit files only, without the built-in ones (tests, tools).
    static std::shared_ptr<const Catalog> loadFiles(const QStringList &files,
                                                    QString *error = nullptr);
    // From file contents held in memory (a catalog kept in the shared database, fuzzing), each
    // named for error messages; with or without the built-in files.
    static std::shared_ptr<const Catalog>
    loadData(const QVector<std::pair<QString, QByteArray>> &files, bool withBuiltIn,
             QString *error = nullptr);

    const QVector<Provider> &providers() const { return m_providers; }
    const QVector<Plan> &plans() const { return m_plans; }
    const QVector<Feature> &features() const { return m_features; }
    const QVector<CalendarSpec> &calendarSpecs() const { return m_calendarSpecs; }
    const QVector<HolidaySet> &holidaySets() const { return m_holidaySets; }
    const QVector<LeadTimeRule> &leadTimeRules() const { return m_leadTimes; }

    const Provider *provider(const QString &id) const;
    // By id or alias ("alibaba/enterprise-standard" or "L3", case-insensitive for aliases).
    const Plan *plan(const QString &idOrAlias) const;
    const Feature *feature(const QString &id) const;
    const HolidaySet *holidaySet(const QString &id) const;
    WorkCalendarPtr calendar(const QString &id) const;
    // The calendar a target of a plan runs on.
    WorkCalendarPtr calendarFor(const Plan &plan, const Target &target) const;
    // How long before a breach a clock of the plan (id or alias) and severity counts as at risk:
    // the severity's lead time for the clock, else the plan-wide one, else 25 % of the target.
    LeadTime leadTime(const QString &planId, const QString &severity, TargetKind kind) const;
    // The lead times given for exactly this plan and severity (empty: the plan-wide ones); null
    // when none.
    const LeadTimeRule *leadTimeRule(const QString &planId, const QString &severity) const;
    // The severity a plan files an incident of level 1..4 under.
    const Severity *severityForLevel(const Plan &plan, int level) const;

private:
    friend class CatalogLoader;
    QVector<Provider> m_providers;
    QVector<Plan> m_plans;
    QVector<Feature> m_features;
    QVector<CalendarSpec> m_calendarSpecs;
    QVector<HolidaySet> m_holidaySets;
    QVector<LeadTimeRule> m_leadTimes;
    QHash<QString, int> m_leadTimeIndex; // "plan id|severity" -> index in m_leadTimes
    QMap<QString, WorkCalendarPtr> m_calendars;
    QMap<QString, int> m_planIndex; // id and lower-cased alias -> index
};

using CatalogPtr = std::shared_ptr<const Catalog>;

} // namespace dueline
