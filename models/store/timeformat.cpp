// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/timeformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>

namespace dueline {

namespace {

// Days since 1970-01-01 of a proleptic Gregorian date, and back (H. Hinnant's algorithms):
// exports and imports format and parse millions of instants, QDateTime is too slow for that.
qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

void civilFromDays(qint64 z, qint64 *y, unsigned *m, unsigned *d)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = qint64(yoe) + era * 400 + (*m <= 2);
}

bool isLeap(qint64 y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

unsigned daysInMonth(qint64 y, unsigned m)
{
    static const unsigned days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : days[m - 1];
}

// Reads `count` ASCII digits at `pos`.
bool digits(const QString &text, qsizetype pos, int count, int *value)
{
    if (pos + count > text.size())
        return false;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text.at(pos + i).unicode();
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + int(c - u'0');
    }
    *value = v;
    return true;
}

} // namespace

QString formatInstantUtc(Instant t)
{
    qint64 days = t / 86400;
    qint64 rest = t % 86400;
    if (rest < 0) {
        rest += 86400;
        --days;
    }
    qint64 y = 0;
    unsigned m = 0, d = 0;
    civilFromDays(days, &y, &m, &d);
    if (y < 0 || y > 9999) {
        const QDateTime dt = QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
        return dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("+00:00");
    }
    const int hh = int(rest / 3600), mm = int(rest / 60 % 60), ss = int(rest % 60);
    char buffer[26];
    auto two = [&buffer](int at, int v) {
        buffer[at] = char('0' + v / 10);
        buffer[at + 1] = char('0' + v % 10);
    };
    buffer[0] = char('0' + y / 1000);
    buffer[1] = char('0' + y / 100 % 10);
    buffer[2] = char('0' + y / 10 % 10);
    buffer[3] = char('0' + y % 10);
    buffer[4] = '-';
    two(5, int(m));
    buffer[7] = '-';
    two(8, int(d));
    buffer[10] = 'T';
    two(11, hh);
    buffer[13] = ':';
    two(14, mm);
    buffer[16] = ':';
    two(17, ss);
    std::copy_n("+00:00", 6, buffer + 19);
    return QString::fromLatin1(buffer, 25);
}

std::optional<Instant> parseInstantIso(const QString &text, QString *error)
{
    // YYYY-MM-DD[T ]HH:MM[:SS](Z|±HH[:]MM)
    auto malformed = [&]() -> std::optional<Instant> {
        if (error)
            *error = QCoreApplication::translate(
                             "store", "\"%1\" is not an ISO 8601 date-time with a UTC offset "
                                      "(e.g. 2026-01-12T08:00:00+00:00)")
                             .arg(text);
        return std::nullopt;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(text, 0, 4, &year) || text.size() < 16 || text.at(4) != QLatin1Char('-') ||
        !digits(text, 5, 2, &month) || text.at(7) != QLatin1Char('-') ||
        !digits(text, 8, 2, &day) ||
        (text.at(10) != QLatin1Char('T') && text.at(10) != QLatin1Char(' ')) ||
        !digits(text, 11, 2, &hour) || text.at(13) != QLatin1Char(':') ||
        !digits(text, 14, 2, &minute))
        return malformed();
    qsizetype pos = 16;
    if (pos < text.size() && text.at(pos) == QLatin1Char(':')) {
        if (!digits(text, pos + 1, 2, &second))
            return malformed();
        pos += 3;
    }
    if (pos >= text.size())
        return malformed();
    int offset = 0;
    bool badOffset = false;
    const QChar sign = text.at(pos);
    if (sign == QLatin1Char('Z')) {
        if (pos + 1 != text.size())
            return malformed();
    } else if (sign == QLatin1Char('+') || sign == QLatin1Char('-')) {
        int hours = 0, minutes = 0;
        qsizetype p = pos + 1;
        if (!digits(text, p, 2, &hours))
            return malformed();
        p += 2;
        if (p < text.size() && text.at(p) == QLatin1Char(':'))
            ++p;
        if (!digits(text, p, 2, &minutes) || p + 2 != text.size())
            return malformed();
        badOffset = hours > 18 || minutes > 59;
        offset = (hours * 3600 + minutes * 60) * (sign == QLatin1Char('-') ? -1 : 1);
    } else {
        return malformed();
    }
    if (year < 1 || month < 1 || month > 12 || day < 1 ||
        unsigned(day) > daysInMonth(year, unsigned(month)) || hour > 23 || minute > 59 ||
        second > 59) {
        if (error)
            *error = QCoreApplication::translate("store", "\"%1\" is not a valid date and time")
                             .arg(text);
        return std::nullopt;
    }
    if (badOffset) {
        if (error)
            *error = QCoreApplication::translate("store", "\"%1\" has an invalid UTC offset")
                             .arg(text);
        return std::nullopt;
    }
    return daysFromCivil(year, unsigned(month), unsigned(day)) * 86400 + qint64(hour) * 3600 +
           qint64(minute) * 60 + second - offset;
}

} // namespace dueline
