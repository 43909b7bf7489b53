// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace dueline {

// Where "now" comes from. Nothing under models/ reads the system clock: the GUI and CLI pass a
// system clock in, tests pass a fake one (tests/support/fakeclock.h).
class ClockSource
{
public:
    virtual ~ClockSource();
    // Seconds since the Unix epoch, UTC.
    virtual qint64 nowUtc() const = 0;
};

} // namespace dueline
