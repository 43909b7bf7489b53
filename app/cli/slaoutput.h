// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/catalog.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>

#include <optional>

// Time parsing and formatting shared by the SLA commands.
namespace dueline::slaoutput {

// --lang LANG: the language of catalog names in text output (default: the interface's).
void addLanguageOption(QCommandLineParser &parser);

// ISO 8601 with the zone's offset at that instant ("2026-01-13T18:00:00+03:00").
QString iso(dueline::Instant t, const QByteArray &zone);
QString iso(dueline::Instant t, const QTimeZone &zone);
// Parses an ISO 8601 date-time. A text without an offset is read in `defaultZone` (when empty,
// an offset is required). On failure returns nullopt and a reason in *error.
// *givenOffset receives the text's own UTC offset, when it has one.
std::optional<dueline::Instant> parseInstant(const QString &text, const QByteArray &defaultZone,
                                             QString *error,
                                             std::optional<int> *givenOffset = nullptr);
// "16 h", "2 d 4 h", "1 h 30 min", "45 min": wall-clock durations (a day is 24 hours). Working
// time is never written in days: ClockText (models/sla/clocktext.h).
QString duration(qint64 seconds);
// "1 h", "5 business days", "12 min", "none".
QString targetText(const dueline::Target &target);

// {"amount": 16, "unit": "hours", "calendar": "…"} (calendar only when the target names its own),
// or null for no commitment.
QJsonValue targetJson(const dueline::Target &target);

QJsonObject explanationJson(const dueline::Explanation &explanation, const QByteArray &zone);
QString explanationText(const dueline::Explanation &explanation, const QByteArray &zone,
                        const QString &language);

} // namespace dueline::slaoutput
