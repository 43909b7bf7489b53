// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/connection.h"

#include <QString>

// Who I am on a database that does not say (a SQLite file): the login a person chose for it, kept
// in the settings per database, so that the GUI and the CLI act as the same person on the same
// file, and another file remembers its own. On a shared server the login decides and nothing is
// remembered (docs/architecture.md §4).
namespace dueline::bootstrap {

// The settings key of `url`'s person: "identity/<digest of the database>" (a SQLite file by its
// absolute, canonical path; a server by host, port and database).
QString identityKey(const DatabaseUrl &url);

// The login remembered for `url`, else the older application-wide "agent/login" setting, else
// empty.
QString rememberedLogin(const DatabaseUrl &url);
void rememberLogin(const DatabaseUrl &url, const QString &login);
// Whether a person was chosen for `url` (the older setting does not count).
bool hasRememberedLogin(const DatabaseUrl &url);

} // namespace dueline::bootstrap
