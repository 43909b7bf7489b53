// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/icsimport.h"

#include <QCoreApplication>
#include <QMap>

extern "C" {
#include <libical/ical.h>
}

#include <memory>

namespace dueline {

namespace {

struct ComponentDeleter
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
struct IteratorDeleter
{
    void operator()(icalrecur_iterator *i) const { icalrecur_iterator_free(i); }
};

QDate toDate(const icaltimetype &t)
{
    return QDate(t.year, t.month, t.day);
}

QString failure(const QString &fileName, int event, const QString &reason)
{
    return event > 0 ? QStringLiteral("%1: VEVENT %2: %3").arg(fileName).arg(event).arg(reason)
                     : QStringLiteral("%1: %2").arg(fileName, reason);
}

} // namespace

std::optional<IcsImport> IcsImport::parse(const QByteArray &data, const QString &fileName,
                                          int fromYear, int toYear, QString *error)
{
    auto fail = [&](int event, const QString &reason) -> std::optional<IcsImport> {
        if (error)
            *error = failure(fileName, event, reason);
        return std::nullopt;
    };
    if (!data.contains("BEGIN:VCALENDAR"))
        return fail(0, QCoreApplication::translate("IcsImport",
                                                   "not an iCalendar file (no BEGIN:VCALENDAR)"));
    icalerror_set_errors_are_fatal(false);
    std::unique_ptr<icalcomponent, ComponentDeleter> root(
            icalparser_parse_string(data.constData()));
    if (!root)
        return fail(0,
                    QCoreApplication::translate("IcsImport", "libical could not parse the file"));
    icalcomponent *calendar = root.get();
    if (icalcomponent_isa(calendar) != ICAL_VCALENDAR_COMPONENT) {
        calendar = icalcomponent_get_first_component(root.get(), ICAL_VCALENDAR_COMPONENT);
        if (!calendar)
            return fail(0, QCoreApplication::translate("IcsImport", "no VCALENDAR in the file"));
    }

    QMap<QDate, DayException> days;
    IcsImport result;
    int number = 0;
    for (icalcomponent *event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
         event; event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
        ++number;
        if (icalproperty *e = icalcomponent_get_first_property(event, ICAL_XLICERROR_PROPERTY))
            return fail(number, QString::fromUtf8(icalproperty_get_xlicerror(e)));
        const icaltimetype start = icalcomponent_get_dtstart(event);
        if (icaltime_is_null_time(start) || !icaltime_is_valid_time(start))
            return fail(number,
                        QCoreApplication::translate("IcsImport", "DTSTART is missing or invalid"));
        if (!icaltime_is_date(start)) {
            ++result.skippedTimedEvents;
            continue;
        }
        icaltimetype end = icalcomponent_get_dtend(event);
        int length = 1;
        if (!icaltime_is_null_time(end)) {
            length = int(toDate(start).daysTo(toDate(end)));
            if (length < 1)
                return fail(number,
                            QCoreApplication::translate("IcsImport", "DTEND is not after DTSTART"));
            if (length > 366)
                return fail(number, QCoreApplication::translate(
                                            "IcsImport", "the event lasts more than a year"));
        }
        LocalizedText name;
        if (const char *summary = icalcomponent_get_summary(event); summary && *summary)
            name.set(QStringLiteral("en"), QString::fromUtf8(summary).trimmed());

        QVector<QDate> starts;
        if (icalproperty *rule = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY)) {
            const icalrecurrencetype recurrence = icalproperty_get_rrule(rule);
            std::unique_ptr<icalrecur_iterator, IteratorDeleter> it(
                    icalrecur_iterator_new(recurrence, start));
            if (!it)
                return fail(number,
                            QCoreApplication::translate("IcsImport", "RRULE cannot be expanded"));
            for (icaltimetype t = icalrecur_iterator_next(it.get()); !icaltime_is_null_time(t);
                 t = icalrecur_iterator_next(it.get())) {
                if (t.year > toYear)
                    break;
                if (t.year >= fromYear)
                    starts.append(toDate(t));
                if (starts.size() > 5000)
                    break;
            }
        } else {
            starts.append(toDate(start));
        }
        for (const QDate &first : starts) {
            for (int d = 0; d < length; ++d) {
                const QDate date = first.addDays(d);
                if (date.year() < fromYear || date.year() > toYear)
                    continue;
                DayException day;
                day.date = date;
                day.type = DayException::Type::DayOff;
                day.names = name;
                days.insert(date, day); // a later event on the same date wins
            }
        }
    }
    result.days = days.values().toVector();
    return result;
}

} // namespace dueline
