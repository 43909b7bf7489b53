// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/sla/leadtime.h"

#include "models/sla/slaclock.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace dueline {

namespace {

// The messages of parse() and problemWith(): English in the catalog loader's errors, translated
// in the catalog editor.
const char *const NotALeadTime =
        QT_TRANSLATE_NOOP("LeadTime", "\"%1\" is not a lead time: write a working duration such "
                                      "as 30m, 4h or 1h30m, or a share of the target such as 10%");
const char *const NotAboveZero = QT_TRANSLATE_NOOP("LeadTime", "a lead time must be above zero");
const char *const WholeShare =
        QT_TRANSLATE_NOOP("LeadTime", "%1 is not below 100% of the target: a ticket would be at "
                                      "risk from the start");
const char *const NotBelowTarget =
        QT_TRANSLATE_NOOP("LeadTime", "%1 is not below the target (%2 of working time): a ticket "
                                      "would be at risk from the start");
const char *const NoTarget = QT_TRANSLATE_NOOP(
        "LeadTime", "this clock has no target, so there is no breach to warn before");

QString message(const char *text, bool translated)
{
    return translated ? QCoreApplication::translate("LeadTime", text) : QString::fromUtf8(text);
}

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

} // namespace

LeadTime LeadTime::share(int basisPoints)
{
    LeadTime lead;
    lead.m_isShare = true;
    lead.m_value = basisPoints;
    return lead;
}

LeadTime LeadTime::duration(qint64 seconds)
{
    LeadTime lead;
    lead.m_isShare = false;
    lead.m_value = seconds;
    return lead;
}

qint64 LeadTime::threshold(qint64 requiredSeconds) const
{
    if (!m_isShare)
        return m_value;
    // Whole seconds, rounded down: 25 % of 10 min is 150 s.
    return requiredSeconds * m_value / 10000;
}

QString LeadTime::toString() const
{
    if (m_isShare) {
        QString number = QString::number(double(m_value) / 100.0, 'f', 2);
        while (number.endsWith(QLatin1Char('0')))
            number.chop(1);
        if (number.endsWith(QLatin1Char('.')))
            number.chop(1);
        return number + QLatin1Char('%');
    }
    const qint64 minutes = m_value / 60;
    QString text;
    if (minutes >= 60)
        text += QString::number(minutes / 60) + QLatin1Char('h');
    if (minutes % 60 != 0 || minutes < 60)
        text += QString::number(minutes % 60) + QLatin1Char('m');
    return text;
}

std::optional<LeadTime> LeadTime::parse(const QString &text, QString *error, bool translated)
{
    const QString t = text.trimmed().toLower();
    static const QRegularExpression shareForm(
            QStringLiteral("^(\\d{1,3})(?:\\.(\\d{1,2}))?\\s*%$"));
    static const QRegularExpression durationForm(
            QStringLiteral("^(?:(\\d{1,5})\\s*h)?\\s*(?:(\\d{1,6})\\s*m(?:in)?)?$"));
    const QRegularExpressionMatch share = shareForm.match(t);
    if (share.hasMatch()) {
        QString fraction = share.captured(2);
        while (fraction.size() < 2)
            fraction += QLatin1Char('0');
        const int basisPoints = share.captured(1).toInt() * 100 + fraction.toInt();
        if (basisPoints <= 0) {
            fail(error, message(NotAboveZero, translated));
            return std::nullopt;
        }
        if (basisPoints >= 10000) {
            fail(error, message(WholeShare, translated).arg(text.trimmed()));
            return std::nullopt;
        }
        return LeadTime::share(basisPoints);
    }
    const QRegularExpressionMatch duration = durationForm.match(t);
    if (t.isEmpty() || !duration.hasMatch() ||
        (duration.captured(1).isEmpty() && duration.captured(2).isEmpty())) {
        fail(error, message(NotALeadTime, translated).arg(text.trimmed()));
        return std::nullopt;
    }
    const qint64 seconds =
            duration.captured(1).toLongLong() * 3600 + duration.captured(2).toLongLong() * 60;
    if (seconds <= 0) {
        fail(error, message(NotAboveZero, translated));
        return std::nullopt;
    }
    return LeadTime::duration(seconds);
}

qint64 LeadTime::shortestRequiredSeconds(const Target &target, const CalendarSpec *calendar)
{
    if (!target.committed)
        return 0;
    if (target.unit != TargetUnit::BusinessDays)
        return target.fixedSeconds();
    if (!calendar)
        return 0;
    if (calendar->always)
        return target.amount * 24 * 3600;
    qint64 shortest = 0;
    for (const QVector<TimeRange> &day : calendar->weekly) {
        qint64 minutes = 0;
        for (const TimeRange &r : day)
            minutes += r.minutes();
        if (minutes > 0 && (shortest == 0 || minutes < shortest))
            shortest = minutes;
    }
    return target.amount * shortest * 60;
}

QString LeadTime::problemWith(const Target &target, const CalendarSpec *calendar,
                              bool translated) const
{
    if (!target.committed)
        return message(NoTarget, translated);
    if (m_isShare)
        return {};
    const qint64 least = shortestRequiredSeconds(target, calendar);
    if (least <= 0 || m_value < least)
        return {};
    return message(NotBelowTarget, translated)
            .arg(toString(), LeadTime::duration(least).toString());
}

} // namespace dueline
