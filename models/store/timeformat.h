// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sla/workcalendar.h"

#include <QString>

#include <optional>

namespace dueline {

// ISO 8601 instants as files and the CLI write them: "2026-01-12T08:00:00+00:00" (UTC, the
// "+00:00" form, whole seconds). Deterministic, so exports compare byte for byte.
QString formatInstantUtc(Instant t);
// Reads "YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM|±HHMM)"; an offset is required. nullopt and *error
// (translated, "store") when malformed.
std::optional<Instant> parseInstantIso(const QString &text, QString *error);

} // namespace dueline
