// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sla/clocksource.h"

#include <QObject>
#include <QTimer>

namespace dueline {

// The application's one 1 Hz ticker (docs/architecture.md §7): every countdown, dashboard and
// notifier listens to the same instance, so the whole window advances in one step and nothing keeps
// its own timer. It reads "now" from a ClockSource, so tests drive it with a fake clock and
// advance() instead of waiting.
class Ticker : public QObject
{
    Q_OBJECT
public:
    explicit Ticker(const ClockSource &clock, QObject *parent = nullptr);

    void start(); // ticks once a second until stop()
    void stop();
    bool isRunning() const { return m_timer.isActive(); }

    // The instant of the last tick (the clock's time at construction until the first tick).
    qint64 now() const { return m_now; }

    // Emits a tick at the clock's current time now (tests, and after a wake-up or resync).
    void tickNow();

signals:
    void tick(qint64 now);

private:
    const ClockSource &m_clock;
    QTimer m_timer;
    qint64 m_now = 0;
};

} // namespace dueline
