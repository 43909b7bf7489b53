// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/catalog.h"

#include <QByteArray>
#include <QStringList>

namespace dueline {

// What a team's own catalog file holds: its calendars, features, providers and their plans, and
// its lead times (for its own plans and built-in ones).
struct TeamCatalog
{
    QVector<CalendarSpec> calendars;
    QVector<Feature> features;
    QVector<Provider> providers;
    QVector<Plan> plans; // each plan's providerId names one of `providers`
    QVector<LeadTimeRule> leadTimes;

    // The team catalog held by the non-built-in parts of `catalog`.
    static TeamCatalog fromCatalog(const Catalog &catalog);

    // Copies a (built-in) plan under the team provider `providerId` (created from the plan's
    // provider severities when missing) as `providerId/planSlug`. Returns the new plan id, or an
    // empty string and *error when the id is taken or the plan is unknown.
    QString duplicatePlan(const Catalog &catalog, const QString &planId, const QString &providerId,
                          const QString &planSlug, QString *error = nullptr);
};

// Writes team catalogs in the "dueline-catalog/1" format (docs/catalog-format.md).
class CatalogWriter
{
public:
    static QByteArray toJson(const TeamCatalog &team);

    // Validates `team` together with the built-in catalog and `otherTeamFiles` exactly as the
    // loader will, then replaces `path` atomically. Nothing reaches the disk when it is invalid:
    // returns false and *error ("FILE: $.json.path: reason", naming `path`).
    static bool save(const TeamCatalog &team, const QString &path,
                     const QStringList &otherTeamFiles, QString *error);
};

} // namespace dueline
