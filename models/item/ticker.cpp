// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/item/ticker.h"

namespace dueline {

Ticker::Ticker(const ClockSource &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_now(clock.nowUtc())
{
    m_timer.setInterval(1000);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Ticker::tickNow);
}

void Ticker::start()
{
    m_timer.start();
}

void Ticker::stop()
{
    m_timer.stop();
}

void Ticker::tickNow()
{
    m_now = m_clock.nowUtc();
    emit tick(m_now);
}

} // namespace dueline
