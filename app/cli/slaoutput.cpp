// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/slaoutput.h"

#include "app/bootstrap/i18n.h"
#include "models/sla/clocktext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

namespace dueline::slaoutput {

void addLanguageOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("lang"),
                      QCoreApplication::translate(
                              "cli", "Language of names in text output (en, ru, zh_CN)."),
                      QStringLiteral("LANG"), i18n::currentLanguage()});
}

QString iso(Instant t, const QByteArray &zone)
{
    return iso(t, QTimeZone(zone));
}

QString iso(Instant t, const QTimeZone &zone)
{
    const QDateTime dt = QDateTime::fromSecsSinceEpoch(t, zone);
    QString text = dt.toString(Qt::ISODate);
    if (dt.offsetFromUtc() == 0 && text.endsWith(QLatin1Char('Z')))
        text.chop(1), text += QStringLiteral("+00:00");
    return text;
}

std::optional<Instant> parseInstant(const QString &text, const QByteArray &defaultZone,
                                    QString *error, std::optional<int> *givenOffset)
{
    static const QRegularExpression re(
            QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[T "
                           "](\\d{2}):(\\d{2})(?::(\\d{2}))?(Z|[+-]\\d{2}:?\\d{2})?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch()) {
        *error = QCoreApplication::translate(
                         "cli",
                         "\"%1\" is not an ISO 8601 date-time (e.g. 2026-01-12T11:00:00+03:00)")
                         .arg(text);
        return std::nullopt;
    }
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid()) {
        *error =
                QCoreApplication::translate("cli", "\"%1\" is not a valid date and time").arg(text);
        return std::nullopt;
    }
    if (date.year() < WorkCalendar::FirstYear || date.year() > WorkCalendar::LastYear) {
        *error = QCoreApplication::translate("cli", "\"%1\" lies outside the supported years %2-%3")
                         .arg(text)
                         .arg(WorkCalendar::FirstYear)
                         .arg(WorkCalendar::LastYear);
        return std::nullopt;
    }
    const QString zone = m.captured(7);
    if (zone.isEmpty()) {
        if (defaultZone.isEmpty()) {
            *error = QCoreApplication::translate("cli",
                                                 "\"%1\" needs a UTC offset (e.g. +03:00 or Z)")
                             .arg(text);
            return std::nullopt;
        }
        return QDateTime(date, time, QTimeZone(defaultZone)).toSecsSinceEpoch();
    }
    int offset = 0;
    if (zone != QLatin1String("Z")) {
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        const int hours = digits.left(2).toInt();
        const int minutes = digits.mid(2, 2).toInt();
        if (hours > 18 || minutes > 59) {
            *error = QCoreApplication::translate("cli", "\"%1\" has an invalid UTC offset")
                             .arg(text);
            return std::nullopt;
        }
        offset = (hours * 3600 + minutes * 60) * (zone.startsWith(QLatin1Char('-')) ? -1 : 1);
    }
    if (givenOffset)
        *givenOffset = offset;
    return QDateTime(date, time, Qt::UTC).toSecsSinceEpoch() - offset;
}

QString duration(qint64 seconds)
{
    const bool negative = seconds < 0;
    qint64 s = negative ? -seconds : seconds;
    const qint64 days = s / 86400;
    s %= 86400;
    const qint64 hours = s / 3600;
    const qint64 minutes = (s % 3600) / 60;
    QStringList parts;
    if (days)
        parts << QCoreApplication::translate("cli", "%1 d", "duration: days").arg(days);
    if (hours)
        parts << QCoreApplication::translate("cli", "%1 h", "duration: hours").arg(hours);
    if (minutes || parts.isEmpty())
        parts << QCoreApplication::translate("cli", "%1 min", "duration: minutes").arg(minutes);
    return (negative ? QStringLiteral("-") : QString()) + parts.join(QLatin1Char(' '));
}

QString targetText(const Target &target)
{
    if (!target.committed)
        return QCoreApplication::translate("cli", "none");
    switch (target.unit) {
    case TargetUnit::Minutes:
        return QCoreApplication::translate("cli", "%1 min", "duration: minutes").arg(target.amount);
    case TargetUnit::Hours:
        return QCoreApplication::translate("cli", "%1 h", "duration: hours").arg(target.amount);
    case TargetUnit::BusinessDays:
        return QCoreApplication::translate("cli", "%n business day(s)", nullptr,
                                           int(target.amount));
    }
    return {};
}

QJsonValue targetJson(const Target &target)
{
    if (!target.committed)
        return QJsonValue::Null;
    QJsonObject o{{QStringLiteral("amount"), double(target.amount)},
                  {QStringLiteral("unit"), unitKey(target.unit)}};
    if (!target.calendarId.isEmpty())
        o.insert(QStringLiteral("calendar"), target.calendarId);
    return o;
}

QJsonObject explanationJson(const Explanation &explanation, const QByteArray &zone)
{
    QJsonArray pieces;
    for (const ExplanationPiece &p : explanation.pieces) {
        QJsonObject o{{QStringLiteral("kind"), explanationKindKey(p.kind)},
                      {QStringLiteral("from"), iso(p.from, zone)},
                      {QStringLiteral("to"), iso(p.to, zone)},
                      {QStringLiteral("seconds"), double(p.to - p.from)},
                      {QStringLiteral("working_seconds"), double(p.workingSeconds)}};
        if (!p.name.isEmpty())
            o.insert(QStringLiteral("name"), p.name.english());
        pieces.append(o);
    }
    return {{QStringLiteral("counted_seconds"), double(explanation.countedSeconds())},
            {QStringLiteral("pieces"), pieces}};
}

QString explanationText(const Explanation &explanation, const QByteArray &zone,
                        const QString &language)
{
    QString text;
    const QTimeZone tz(zone);
    for (const ExplanationPiece &p : explanation.pieces) {
        const QDateTime from = QDateTime::fromSecsSinceEpoch(p.from, tz);
        const QDateTime to = QDateTime::fromSecsSinceEpoch(p.to, tz);
        QString kind;
        switch (p.kind) {
        case ExplanationPiece::Kind::Counted:
            kind = QCoreApplication::translate("cli", "counted");
            break;
        case ExplanationPiece::Kind::OutsideHours:
            kind = QCoreApplication::translate("cli", "outside hours");
            break;
        case ExplanationPiece::Kind::Weekend:
            kind = QCoreApplication::translate("cli", "weekend");
            break;
        case ExplanationPiece::Kind::DayOff:
            kind = QCoreApplication::translate("cli", "day off");
            break;
        case ExplanationPiece::Kind::Shortened:
            kind = QCoreApplication::translate("cli", "shortened day");
            break;
        case ExplanationPiece::Kind::Paused:
            kind = QCoreApplication::translate("cli", "paused");
            break;
        }
        const QString toText = to.date() == from.date()
                                       ? to.toString(QStringLiteral("HH:mm"))
                                       : to.toString(QStringLiteral("ddd yyyy-MM-dd HH:mm"));
        QString line = QStringLiteral("    %1 → %2  %3")
                               .arg(from.toString(QStringLiteral("ddd yyyy-MM-dd HH:mm")),
                                    toText.leftJustified(20), kind.leftJustified(14));
        if (p.kind == ExplanationPiece::Kind::Counted || p.kind == ExplanationPiece::Kind::Paused)
            line += QStringLiteral("  ") + ClockText::workingTime(p.workingSeconds);
        if (!p.name.isEmpty())
            line += QStringLiteral("  ") + p.name.text(language);
        text += line + QLatin1Char('\n');
    }
    return text;
}

} // namespace dueline::slaoutput
