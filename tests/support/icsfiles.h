// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace testsupport {

// An iCalendar file with two all-day events — Labour Day on 1 May 2026, a team retreat from 11 to
// 12 May 2026 (DTEND is exclusive) — and one timed event on 20 May 2026, which is no day off.
QByteArray daysOffIcs();

} // namespace testsupport
