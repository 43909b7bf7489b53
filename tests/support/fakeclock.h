// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sla/clocksource.h"

#include <QDateTime>

// A clock the test sets and advances by hand.
class FakeClock : public dueline::ClockSource
{
public:
    explicit FakeClock(qint64 nowUtc = 0)
        : m_now(nowUtc)
    { }
    static FakeClock at(const char *isoUtc)
    {
        return FakeClock(
                QDateTime::fromString(QString::fromLatin1(isoUtc), Qt::ISODate).toSecsSinceEpoch());
    }
    qint64 nowUtc() const override { return m_now; }
    void set(qint64 nowUtc) { m_now = nowUtc; }
    void advance(qint64 seconds) { m_now += seconds; }

private:
    qint64 m_now;
};
