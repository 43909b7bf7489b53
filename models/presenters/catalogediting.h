// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sla/workcalendar.h"

#include <QString>
#include <QVector>

// How the catalog editor reads and writes what is typed: working intervals and catalog ids.
// Widget helpers of the editor (inline validation marks) are in views/plans/catalogeditorwidgets.h.
namespace dueline::CatalogEditing {

// Parses a day's working hours as the editor shows them: "09:00–13:00, 14:00–18:00" (en dash,
// hyphen or minus; commas or semicolons); empty = no working time. Sorted on success; on failure
// *error says what is wrong in the UI language.
bool parseDayHours(const QString &text, QVector<dueline::TimeRange> *ranges, QString *error);
// "09:00–13:00, 14:00–18:00".
QString formatDayHours(const QVector<dueline::TimeRange> &ranges);
// Catalog ids: lowercase letters, digits, '-' and '_', starting with a letter or digit.
bool isValidId(const QString &id);

} // namespace dueline::CatalogEditing
