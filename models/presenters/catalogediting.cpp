// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/presenters/catalogediting.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace dueline::CatalogEditing {

namespace {

QString formatMinute(int minute)
{
    return QStringLiteral("%1:%2")
            .arg(minute / 60, 2, 10, QLatin1Char('0'))
            .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

QString formatRange(const TimeRange &range)
{
    return formatMinute(range.startMinute) + QStringLiteral("–") + formatMinute(range.endMinute);
}

} // namespace

bool parseDayHours(const QString &text, QVector<TimeRange> *ranges, QString *error)
{
    static const QRegularExpression item(
            QStringLiteral("^(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})$"));
    QString normalized = text;
    for (const QChar dash : {QChar(0x2013), QChar(0x2014), QChar(0x2212)})
        normalized.replace(dash, QLatin1Char('-'));
    normalized.replace(QLatin1Char(';'), QLatin1Char(','));
    QVector<TimeRange> result;
    for (const QString &rawPart : normalized.split(QLatin1Char(','))) {
        const QString part = rawPart.trimmed();
        if (part.isEmpty())
            continue;
        const QRegularExpressionMatch m = item.match(part);
        if (!m.hasMatch()) {
            *error = QCoreApplication::translate("CatalogEditing",
                                                 "“%1” is not a time range like 09:00–13:00")
                             .arg(part);
            return false;
        }
        const int h1 = m.captured(1).toInt(), m1 = m.captured(2).toInt();
        const int h2 = m.captured(3).toInt(), m2 = m.captured(4).toInt();
        if (h1 > 23 || m1 > 59 || h2 > 24 || m2 > 59 || (h2 == 24 && m2 != 0)) {
            *error = QCoreApplication::translate("CatalogEditing",
                                                 "“%1” is not a time of day (00:00 to 24:00)")
                             .arg(part);
            return false;
        }
        const TimeRange range{h1 * 60 + m1, h2 * 60 + m2};
        if (range.endMinute <= range.startMinute) {
            *error = QCoreApplication::translate("CatalogEditing", "%1 ends before it starts",
                                                 "a working interval")
                             .arg(formatRange(range));
            return false;
        }
        result.append(range);
    }
    std::sort(result.begin(), result.end(),
              [](const TimeRange &a, const TimeRange &b) { return a.startMinute < b.startMinute; });
    for (int i = 1; i < result.size(); ++i) {
        if (result[i].startMinute < result[i - 1].endMinute) {
            *error = QCoreApplication::translate("CatalogEditing", "%1 overlaps %2",
                                                 "two working intervals")
                             .arg(formatRange(result[i]), formatRange(result[i - 1]));
            return false;
        }
    }
    *ranges = result;
    return true;
}

QString formatDayHours(const QVector<TimeRange> &ranges)
{
    QStringList parts;
    for (const TimeRange &range : ranges)
        parts << formatRange(range);
    return parts.join(QStringLiteral(", "));
}

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
    return pattern.match(id).hasMatch();
}

} // namespace dueline::CatalogEditing
