// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/teamcatalog.h"

#include "models/catalog/catalogwriter.h"

namespace testsupport {

QByteArray teamCatalogJson(const dueline::Catalog &builtIn, const QString &providerId,
                           const QString &slug)
{
    dueline::TeamCatalog team;
    QString error;
    if (team.duplicatePlan(builtIn, QStringLiteral("L3"), providerId, slug, &error).isEmpty()) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return dueline::CatalogWriter::toJson(team);
}

} // namespace testsupport
