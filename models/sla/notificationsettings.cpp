// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sla/notificationsettings.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <vector>

namespace dueline {

namespace {

constexpr qint64 Day = qint64(24) * 3600;

const char *const dayKeys[7] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

QTimeZone zoneOf(const NotificationSettings &s)
{
    if (!s.timeZone.isEmpty()) {
        const QTimeZone zone(s.timeZone.toUtf8());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::systemTimeZone();
}

// Seconds since the epoch of a wall-clock time read as if it were UTC.
qint64 wallSeconds(const QDate &date, int minutes)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() + qint64(minutes) * 60;
}

QString jsonString(const QString &text)
{
    QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

bool fail(QString *error, const QString &path, const QString &reason)
{
    if (error)
        *error = path + QStringLiteral(": ") + reason;
    return false;
}

bool readBool(const QJsonValue &value, const QString &path, bool *out, QString *error)
{
    if (!value.isBool())
        return fail(error, path, QStringLiteral("expected true or false"));
    *out = value.toBool();
    return true;
}

bool readTime(const QJsonValue &value, const QString &path, bool end, int *out, QString *error)
{
    const int minutes =
            value.isString() ? NotificationSettings::minutesFromText(value.toString(), end) : -1;
    if (minutes < 0)
        return fail(error, path,
                    end ? QStringLiteral("expected a time \"HH:MM\" from \"00:01\" to \"24:00\"")
                        : QStringLiteral("expected a time \"HH:MM\" from \"00:00\" to \"23:59\""));
    *out = minutes;
    return true;
}

bool readHours(const QJsonValue &value, const QString &path, WeeklyHours *out, QString *error)
{
    if (!value.isObject())
        return fail(error, path, QStringLiteral("expected an object with days, from and to"));
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != QLatin1String("days") && it.key() != QLatin1String("from") &&
            it.key() != QLatin1String("to"))
            return fail(error, path + QLatin1Char('.') + it.key(),
                        QStringLiteral("unknown key (expected days, from and to)"));
    }
    for (const char *key : {"days", "from", "to"}) {
        if (!o.contains(QLatin1String(key)))
            return fail(error, path + QLatin1Char('.') + QLatin1String(key),
                        QStringLiteral("missing"));
    }
    const QString daysPath = path + QStringLiteral(".days");
    const QJsonValue days = o.value(QLatin1String("days"));
    if (!days.isArray())
        return fail(error, daysPath, QStringLiteral("expected a list of days such as [\"mon\"]"));
    const QJsonArray list = days.toArray();
    if (list.isEmpty())
        return fail(error, daysPath, QStringLiteral("expected at least one day"));
    if (list.size() > 7)
        return fail(error, daysPath, QStringLiteral("more than seven days"));
    WeeklyHours h;
    for (int i = 0; i < list.size(); ++i) {
        const QString dayPath = QStringLiteral("%1[%2]").arg(daysPath).arg(i);
        const int day = list.at(i).isString()
                                ? NotificationSettings::dayFromKey(list.at(i).toString())
                                : -1;
        if (day < 0)
            return fail(error, dayPath,
                        QStringLiteral("unknown day %1 (expected mon, tue, wed, thu, fri, sat or "
                                       "sun)")
                                .arg(list.at(i).isString()
                                             ? jsonString(list.at(i).toString().left(20))
                                             : QStringLiteral("value")));
        if (h.startsOn(day))
            return fail(error, dayPath,
                        QStringLiteral("\"%1\" is listed twice").arg(QLatin1String(dayKeys[day])));
        h.days |= quint8(1u << day);
    }
    if (!readTime(o.value(QLatin1String("from")), path + QStringLiteral(".from"), false, &h.from,
                  error) ||
        !readTime(o.value(QLatin1String("to")), path + QStringLiteral(".to"), true, &h.to, error))
        return false;
    *out = h;
    return true;
}

} // namespace

bool WeeklyHours::operator==(const WeeklyHours &o) const
{
    return days == o.days && from == o.from && to == o.to;
}

QString NotificationSettings::dayKey(int day)
{
    return day >= 0 && day < 7 ? QString::fromLatin1(dayKeys[day]) : QString();
}

int NotificationSettings::dayFromKey(const QString &key)
{
    for (int day = 0; day < 7; ++day) {
        if (key == QLatin1String(dayKeys[day]))
            return day;
    }
    return -1;
}

QString NotificationSettings::scopeKey(Scope scope)
{
    switch (scope) {
    case Scope::Default:
        break;
    case Scope::Mine:
        return QStringLiteral("mine");
    case Scope::MineAndUnassigned:
        return QStringLiteral("mine_and_unassigned");
    case Scope::All:
        return QStringLiteral("all");
    }
    return QStringLiteral("default");
}

std::optional<NotificationSettings::Scope> NotificationSettings::scopeFromKey(const QString &key)
{
    for (Scope scope : {Scope::Default, Scope::Mine, Scope::MineAndUnassigned, Scope::All}) {
        if (key == scopeKey(scope))
            return scope;
    }
    return std::nullopt;
}

QString NotificationSettings::timeText(int minutes)
{
    return QStringLiteral("%1:%2")
            .arg(minutes / 60, 2, 10, QLatin1Char('0'))
            .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

int NotificationSettings::minutesFromText(const QString &text, bool end)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{2}):([0-9]{2})$"));
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return -1;
    const int hour = m.captured(1).toInt();
    const int minute = m.captured(2).toInt();
    if (minute > 59)
        return -1;
    const int minutes = hour * 60 + minute;
    if (end)
        return minutes >= 1 && minutes <= 24 * 60 ? minutes : -1;
    return minutes < 24 * 60 ? minutes : -1;
}

QByteArray NotificationSettings::effectiveTimeZone() const
{
    return zoneOf(*this).id();
}

bool NotificationSettings::isWithinHours(Instant at) const
{
    if (always)
        return true;
    if (hours.isEmpty())
        return false;
    const QDateTime local = QDateTime::fromSecsSinceEpoch(at, zoneOf(*this));
    const int day = local.date().dayOfWeek() - 1;
    const int previous = (day + 6) % 7;
    const int minute = local.time().hour() * 60 + local.time().minute();
    return std::any_of(hours.cbegin(), hours.cend(), [&](const WeeklyHours &h) {
        if (!h.crossesMidnight())
            return h.startsOn(day) && minute >= h.from && minute < h.to;
        return (h.startsOn(day) && minute >= h.from) || (h.startsOn(previous) && minute < h.to);
    });
}

bool NotificationSettings::isOn(Instant at) const
{
    return !doNotDisturb && isWithinHours(at);
}

Instant NotificationSettings::nextChange(Instant at) const
{
    // Constant: do not disturb (off), always (on), no hours (off).
    if (doNotDisturb || always || hours.isEmpty())
        return InvalidInstant;
    const QTimeZone zone = zoneOf(*this);
    // isOn changes only where the local clock reaches an interval's edge or jumps (a
    // transition). An edge's wall time becomes an instant with each offset the zone has around
    // here; every candidate is checked, so one that does not exist does no harm.
    const Instant windowStart = at - 2 * Day;
    const Instant windowEnd = at + 10 * Day;
    std::vector<Instant> candidates;
    QVector<int> offsets{zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(windowStart, Qt::UTC))};
    const auto transitions = zone.transitions(QDateTime::fromSecsSinceEpoch(windowStart, Qt::UTC),
                                              QDateTime::fromSecsSinceEpoch(windowEnd, Qt::UTC));
    for (const QTimeZone::OffsetData &t : transitions) {
        candidates.push_back(t.atUtc.toSecsSinceEpoch());
        if (!offsets.contains(t.offsetFromUtc))
            offsets.append(t.offsetFromUtc);
    }
    const QDate first = QDateTime::fromSecsSinceEpoch(at, zone).date().addDays(-1);
    for (int i = 0; i <= 9; ++i) {
        const QDate date = first.addDays(i);
        const int day = date.dayOfWeek() - 1;
        for (const WeeklyHours &h : hours) {
            if (!h.startsOn(day))
                continue;
            const qint64 start = wallSeconds(date, h.from);
            const qint64 end = wallSeconds(date, h.crossesMidnight() ? h.to + 24 * 60 : h.to);
            for (int offset : std::as_const(offsets)) {
                candidates.push_back(start - offset);
                candidates.push_back(end - offset);
            }
        }
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    const bool now = isOn(at);
    for (Instant c : candidates) {
        if (c > at && isOn(c) != now)
            return c;
    }
    return InvalidInstant;
}

NotificationSettings::Scope NotificationSettings::effectiveScope(bool lead) const
{
    if (scope != Scope::Default)
        return scope;
    return lead ? Scope::All : Scope::MineAndUnassigned;
}

QByteArray NotificationSettings::toJson() const
{
    QString json = QStringLiteral("{\"always\":%1,\"dnd\":%2,\"time_zone\":%3,\"hours\":[")
                           .arg(always ? QLatin1String("true") : QLatin1String("false"),
                                doNotDisturb ? QLatin1String("true") : QLatin1String("false"),
                                jsonString(timeZone));
    for (int i = 0; i < hours.size(); ++i) {
        const WeeklyHours &h = hours.at(i);
        QStringList days;
        for (int day = 0; day < 7; ++day) {
            if (h.startsOn(day))
                days << QLatin1Char('"') + dayKey(day) + QLatin1Char('"');
        }
        if (i > 0)
            json += QLatin1Char(',');
        json += QStringLiteral("{\"days\":[%1],\"from\":\"%2\",\"to\":\"%3\"}")
                        .arg(days.join(QLatin1Char(',')), timeText(h.from), timeText(h.to));
    }
    json += QStringLiteral("],\"scope\":\"%1\",\"escalate_outside_hours\":%2}")
                    .arg(scopeKey(scope),
                         escalateOutsideHours ? QLatin1String("true") : QLatin1String("false"));
    return json.toUtf8();
}

std::optional<NotificationSettings> NotificationSettings::fromJson(const QByteArray &json,
                                                                   QString *error)
{
    const QString root = QStringLiteral("$");
    if (json.size() > MaxJsonBytes) {
        fail(error, root, QStringLiteral("longer than %1 bytes").arg(MaxJsonBytes));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error, root,
             QStringLiteral("not JSON: %1 at offset %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        fail(error, root, QStringLiteral("expected an object"));
        return std::nullopt;
    }
    const QJsonObject o = document.object();
    static const QStringList keys{
            QStringLiteral("always"),    QStringLiteral("dnd"),
            QStringLiteral("time_zone"), QStringLiteral("hours"),
            QStringLiteral("scope"),     QStringLiteral("escalate_outside_hours")};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!keys.contains(it.key())) {
            fail(error, QStringLiteral("$.") + it.key(),
                 QStringLiteral("unknown key (expected %1)").arg(keys.join(QStringLiteral(", "))));
            return std::nullopt;
        }
    }
    NotificationSettings s;
    if (o.contains(QLatin1String("always")) &&
        !readBool(o.value(QLatin1String("always")), QStringLiteral("$.always"), &s.always, error))
        return std::nullopt;
    if (o.contains(QLatin1String("dnd")) &&
        !readBool(o.value(QLatin1String("dnd")), QStringLiteral("$.dnd"), &s.doNotDisturb, error))
        return std::nullopt;
    if (o.contains(QLatin1String("escalate_outside_hours")) &&
        !readBool(o.value(QLatin1String("escalate_outside_hours")),
                  QStringLiteral("$.escalate_outside_hours"), &s.escalateOutsideHours, error))
        return std::nullopt;
    if (o.contains(QLatin1String("time_zone"))) {
        const QJsonValue zone = o.value(QLatin1String("time_zone"));
        if (!zone.isString()) {
            fail(error, QStringLiteral("$.time_zone"),
                 QStringLiteral("expected a time zone id such as \"Europe/Moscow\", or \"\" for "
                                "the system's"));
            return std::nullopt;
        }
        static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_+:./-]{1,64}$"));
        const QString id = zone.toString();
        if (!id.isEmpty() &&
            (!idPattern.match(id).hasMatch() || !QTimeZone(id.toUtf8()).isValid())) {
            fail(error, QStringLiteral("$.time_zone"),
                 QStringLiteral("unknown time zone %1").arg(jsonString(id.left(70))));
            return std::nullopt;
        }
        s.timeZone = id;
    }
    if (o.contains(QLatin1String("hours"))) {
        const QJsonValue hours = o.value(QLatin1String("hours"));
        if (!hours.isArray()) {
            fail(error, QStringLiteral("$.hours"), QStringLiteral("expected a list of intervals"));
            return std::nullopt;
        }
        const QJsonArray list = hours.toArray();
        if (list.size() > MaxIntervals) {
            fail(error, QStringLiteral("$.hours"),
                 QStringLiteral("more than %1 intervals").arg(MaxIntervals));
            return std::nullopt;
        }
        for (int i = 0; i < list.size(); ++i) {
            WeeklyHours h;
            if (!readHours(list.at(i), QStringLiteral("$.hours[%1]").arg(i), &h, error))
                return std::nullopt;
            s.hours.append(h);
        }
    }
    if (o.contains(QLatin1String("scope"))) {
        const QJsonValue scope = o.value(QLatin1String("scope"));
        const auto parsed = scope.isString() ? scopeFromKey(scope.toString()) : std::nullopt;
        if (!parsed) {
            fail(error, QStringLiteral("$.scope"),
                 QStringLiteral("expected \"default\", \"mine\", \"mine_and_unassigned\" or "
                                "\"all\""));
            return std::nullopt;
        }
        s.scope = *parsed;
    }
    return s;
}

bool NotificationSettings::operator==(const NotificationSettings &o) const
{
    return always == o.always && doNotDisturb == o.doNotDisturb && timeZone == o.timeZone &&
           hours == o.hours && scope == o.scope && escalateOutsideHours == o.escalateOutsideHours;
}

} // namespace dueline
