#include "models/sla/clocksource.h"

namespace dueline {

ClockSource::~ClockSource() = default;

} // namespace dueline
