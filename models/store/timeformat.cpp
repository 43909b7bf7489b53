#include "models/store/timeformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace dueline {

QString formatInstantUtc(Instant t)
{
    const QDateTime dt = QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
    const QDate d = dt.date();
    const QTime time = dt.time();
    return QStringLiteral("%1-%2-%3T%4:%5:%6+00:00")
            .arg(d.year(), 4, 10, QLatin1Char('0'))
            .arg(d.month(), 2, 10, QLatin1Char('0'))
            .arg(d.day(), 2, 10, QLatin1Char('0'))
            .arg(time.hour(), 2, 10, QLatin1Char('0'))
            .arg(time.minute(), 2, 10, QLatin1Char('0'))
            .arg(time.second(), 2, 10, QLatin1Char('0'));
}

std::optional<Instant> parseInstantIso(const QString &text, QString *error)
{
    static const QRegularExpression re(
            QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?"
                           "(Z|[+-]\\d{2}:?\\d{2})$"));
    const auto m = re.match(text);
    if (!m.hasMatch()) {
        if (error)
            *error = QCoreApplication::translate(
                             "store", "\"%1\" is not an ISO 8601 date-time with a UTC offset "
                                      "(e.g. 2026-01-12T08:00:00+00:00)")
                             .arg(text);
        return std::nullopt;
    }
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid()) {
        if (error)
            *error = QCoreApplication::translate("store", "\"%1\" is not a valid date and time")
                             .arg(text);
        return std::nullopt;
    }
    int offset = 0;
    const QString zone = m.captured(7);
    if (zone != QLatin1String("Z")) {
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        const int hours = digits.left(2).toInt();
        const int minutes = digits.mid(2, 2).toInt();
        if (hours > 18 || minutes > 59) {
            if (error)
                *error = QCoreApplication::translate("store", "\"%1\" has an invalid UTC offset")
                                 .arg(text);
            return std::nullopt;
        }
        offset = (hours * 3600 + minutes * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    return QDateTime(date, time, Qt::UTC).toSecsSinceEpoch() - offset;
}

} // namespace dueline
