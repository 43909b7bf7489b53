// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/catalog.h"

#include <QByteArray>
#include <QString>

namespace testsupport {

// A valid team catalog file: a copy of Alibaba's L3 plan of `builtIn` as plan
// `providerId/slug` (TeamCatalog::duplicatePlan), as JSON. Empty with a warning on failure.
QByteArray teamCatalogJson(const dueline::Catalog &builtIn, const QString &providerId,
                           const QString &slug);

} // namespace testsupport
