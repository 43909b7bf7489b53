// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sla/clocksource.h"

namespace dueline {

ClockSource::~ClockSource() = default;

} // namespace dueline
