// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sla/clocksource.h"

#include <QDateTime>

namespace dueline {

// The real clock. Only app/ and views/ create one; models/ receive it as a ClockSource.
class SystemClock : public dueline::ClockSource
{
public:
    qint64 nowUtc() const override { return QDateTime::currentSecsSinceEpoch(); }
};

} // namespace dueline
