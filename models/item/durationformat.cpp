// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/item/durationformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace dueline {

namespace {

QString twoDigits(qint64 n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

} // namespace

QString DurationFormat::span(qint64 seconds)
{
    const QString sign = seconds < 0 ? QStringLiteral("−") : QString();
    qint64 s = seconds < 0 ? -seconds : seconds;
    const qint64 days = s / 86400;
    const qint64 hours = (s % 86400) / 3600;
    const qint64 minutes = (s % 3600) / 60;
    if (days > 0) {
        if (hours == 0)
            return sign + QCoreApplication::translate("Duration", "%1 d").arg(days);
        return sign + QCoreApplication::translate("Duration", "%1 d %2 h").arg(days).arg(hours);
    }
    if (hours > 0) {
        if (minutes == 0)
            return sign + QCoreApplication::translate("Duration", "%1 h").arg(hours);
        // "2 h 05 min", "2 ч 05 мин"; Chinese writes minutes unpadded: 2小时5分钟.
        const bool padded = QLocale().language() != QLocale::Chinese;
        return sign + QCoreApplication::translate("Duration", "%1 h %2 min")
                              .arg(hours)
                              .arg(padded ? twoDigits(minutes) : QString::number(minutes));
    }
    return sign + QCoreApplication::translate("Duration", "%1 min").arg(minutes);
}

QString DurationFormat::target(const Target &target)
{
    if (!target.committed)
        return QStringLiteral("—");
    switch (target.unit) {
    case TargetUnit::Minutes:
        return QCoreApplication::translate("Duration", "%1 min").arg(target.amount);
    case TargetUnit::Hours:
        return QCoreApplication::translate("Duration", "%1 h").arg(target.amount);
    case TargetUnit::BusinessDays:
        return QCoreApplication::translate("Duration", "%n business day(s)", nullptr,
                                           int(target.amount));
    }
    return {};
}

} // namespace dueline
