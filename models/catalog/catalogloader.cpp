// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog's JSON loader and validator: catalog and holiday files read into a Catalog.

#include "models/catalog/catalogloader_p.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace dueline {

// Reads catalog and holiday files into a Catalog, remembering the first error with its file
// and JSON path.
class CatalogLoader
{
public:
    explicit CatalogLoader(Catalog &catalog)
        : m_catalog(catalog)
    { }

    bool addFile(const QString &fileName, bool builtIn)
    {
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly))
            return fail(fileName, QString(), QStringLiteral("cannot read: ") + file.errorString());
        return addData(fileName, file.readAll(), builtIn);
    }

    bool addData(const QString &fileName, const QByteArray &data, bool builtIn)
    {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            const QByteArray head = data.left(parseError.offset);
            const int line = int(head.count('\n')) + 1;
            // Qt reports the offset just past the offending character.
            const int column = std::max(1, int(parseError.offset - head.lastIndexOf('\n')) - 1);
            m_error = QStringLiteral("%1:%2:%3: invalid JSON: %4")
                              .arg(fileName)
                              .arg(line)
                              .arg(column)
                              .arg(parseError.errorString());
            return false;
        }
        if (!doc.isObject())
            return fail(fileName, QStringLiteral("$"), QStringLiteral("expected an object"));
        m_file = fileName;
        m_builtIn = builtIn;
        const QJsonObject root = doc.object();
        const QString format = root.value(QStringLiteral("format")).toString();
        if (format == QLatin1String("dueline-holidays/1"))
            return readHolidays(root);
        if (format == QLatin1String("dueline-catalog/1"))
            return readCatalog(root);
        return fail(m_file, QStringLiteral("$.format"),
                    QStringLiteral("expected \"dueline-catalog/1\" or \"dueline-holidays/1\""));
    }

    // Cross-references, calendars, indexes. Call once after every file is added.
    bool finish()
    {
        Catalog &c = m_catalog;
        QSet<QString> calendarIds;
        for (const CalendarSpec &spec : c.m_calendarSpecs)
            calendarIds.insert(spec.id);
        for (int pi = 0; pi < c.m_plans.size(); ++pi) {
            Plan &plan = c.m_plans[pi];
            const QString at = m_planPaths.value(plan.id);
            const QString file = m_planFiles.value(plan.id);
            if (!calendarIds.contains(plan.calendarId))
                return fail(file, at + QStringLiteral(".calendar"),
                            QStringLiteral("unknown calendar \"%1\"").arg(plan.calendarId));
            for (int ti = 0; ti < plan.targets.size(); ++ti) {
                for (const Target *t : {&plan.targets[ti].response, &plan.targets[ti].resolution}) {
                    if (t->committed && !t->calendarId.isEmpty() &&
                        !calendarIds.contains(t->calendarId))
                        return fail(file, at + QStringLiteral(".targets[%1]").arg(ti),
                                    QStringLiteral("unknown calendar \"%1\"").arg(t->calendarId));
                }
            }
            for (int ci = 0; ci < plan.channels.size(); ++ci) {
                const QString hours = plan.channels.at(ci).hours;
                if (hours != QLatin1String("24x7") && !calendarIds.contains(hours))
                    return fail(file, at + QStringLiteral(".channels[%1].hours").arg(ci),
                                QStringLiteral("expected \"24x7\" or a calendar id, got \"%1\"")
                                        .arg(hours));
            }
            for (auto it = plan.features.constBegin(); it != plan.features.constEnd(); ++it) {
                if (!c.feature(it.key()))
                    return fail(
                            file, at + QStringLiteral(".features.") + it.key(),
                            QStringLiteral("unknown feature (define it in a \"features\" list)"));
            }
        }
        // Holiday sets merge into the calendars that name them.
        for (int i = 0; i < c.m_calendarSpecs.size(); ++i) {
            CalendarSpec &spec = c.m_calendarSpecs[i];
            if (!spec.holidaySetId.isEmpty()) {
                const HolidaySet *set = c.holidaySet(spec.holidaySetId);
                if (!set)
                    return fail(
                            m_calendarFiles.value(spec.id),
                            m_calendarPaths.value(spec.id) + QStringLiteral(".holidays"),
                            QStringLiteral("unknown holiday set \"%1\"").arg(spec.holidaySetId));
                QSet<QDate> own;
                for (const DayException &e : spec.exceptions)
                    own.insert(e.date);
                for (const DayException &e : set->days) {
                    if (!own.contains(e.date)) // a calendar's own exceptions win
                        spec.exceptions.append(e);
                }
                for (const HolidayYear &y : set->years)
                    spec.dataYears.insert(y.year, y.status);
            }
            QString error;
            const WorkCalendarPtr compiled = WorkCalendar::compile(spec, &error);
            if (!compiled)
                return fail(m_calendarFiles.value(spec.id), m_calendarPaths.value(spec.id), error);
            c.m_calendars.insert(spec.id, compiled);
        }
        for (int pi = 0; pi < c.m_plans.size(); ++pi) {
            const Plan &plan = c.m_plans.at(pi);
            c.m_planIndex.insert(plan.id, pi);
            for (const QString &alias : plan.aliases)
                c.m_planIndex.insert(alias.toLower(), pi);
        }
        return finishLeadTimes();
    }

    QString error() const { return m_error; }

private:
    bool fail(const QString &file, const QString &path, const QString &reason)
    {
        if (m_error.isEmpty())
            m_error = path.isEmpty() ? QString(file + QStringLiteral(": ") + reason)
                                     : QString(file + QStringLiteral(": ") + path +
                                               QStringLiteral(": ") + reason);
        return false;
    }
    bool fail(const QString &path, const QString &reason) { return fail(m_file, path, reason); }

    bool checkKeys(const QJsonObject &o, const QString &path, const QStringList &allowed)
    {
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (!it.key().startsWith(QLatin1Char('_')) && !allowed.contains(it.key()))
                return fail(path + QLatin1Char('.') + it.key(),
                            QStringLiteral("unknown key (expected one of: %1)")
                                    .arg(allowed.join(QStringLiteral(", "))));
        }
        return true;
    }

    bool object(const QJsonValue &v, const QString &path, QJsonObject *out)
    {
        if (!v.isObject())
            return fail(path, QStringLiteral("expected an object"));
        *out = v.toObject();
        return true;
    }

    bool array(const QJsonObject &o, const QString &key, const QString &path, QJsonArray *out,
               bool required = false)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required) {
            *out = {};
            return true;
        }
        if (!v.isArray())
            return fail(path + QLatin1Char('.') + key, QStringLiteral("expected an array"));
        *out = v.toArray();
        return true;
    }

    bool string(const QJsonObject &o, const QString &key, const QString &path, QString *out,
                bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return true;
        if (!v.isString() || (required && v.toString().trimmed().isEmpty()))
            return fail(path + QLatin1Char('.') + key,
                        QStringLiteral("expected a non-empty string"));
        *out = v.toString();
        return true;
    }

    bool identifier(const QJsonObject &o, const QString &key, const QString &path, QString *out,
                    bool plan = false)
    {
        if (!string(o, key, path, out))
            return false;
        static const QRegularExpression plain(QStringLiteral("^[a-z0-9][a-z0-9_-]*$"));
        static const QRegularExpression planId(
                QStringLiteral("^[a-z0-9][a-z0-9_-]*/[a-z0-9][a-z0-9_-]*$"));
        if (!(plan ? planId : plain).match(*out).hasMatch())
            return fail(path + QLatin1Char('.') + key,
                        QStringLiteral("\"%1\" is not a valid id (%2)")
                                .arg(*out,
                                     plan ? QStringLiteral("provider/plan, lowercase")
                                          : QStringLiteral("lowercase letters, digits, - and _")));
        return true;
    }

    bool localized(const QJsonObject &o, const QString &key, const QString &path,
                   LocalizedText *out, bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && !required)
            return true;
        const QString at = path + QLatin1Char('.') + key;
        if (!v.isObject())
            return fail(at,
                        QStringLiteral("expected an object of texts by language (en, ru, zh_CN)"));
        const QJsonObject texts = v.toObject();
        static const QRegularExpression language(QStringLiteral("^[a-z]{2}(_[A-Z]{2})?$"));
        for (auto it = texts.constBegin(); it != texts.constEnd(); ++it) {
            if (!language.match(it.key()).hasMatch())
                return fail(at + QLatin1Char('.') + it.key(),
                            QStringLiteral("not a language code"));
            if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
                return fail(at + QLatin1Char('.') + it.key(),
                            QStringLiteral("expected a non-empty string"));
            out->set(it.key(), it.value().toString());
        }
        if (!texts.contains(QStringLiteral("en")))
            return fail(at, QStringLiteral("an English (\"en\") text is required"));
        return true;
    }

    bool date(const QJsonObject &o, const QString &path, QDate *out)
    {
        QString text;
        if (!string(o, QStringLiteral("date"), path, &text))
            return false;
        *out = QDate::fromString(text, Qt::ISODate);
        if (!out->isValid() || text.size() != 10)
            return fail(path + QStringLiteral(".date"),
                        QStringLiteral("\"%1\" is not a date (YYYY-MM-DD)").arg(text));
        return true;
    }

    bool ranges(const QJsonValue &v, const QString &path, QVector<TimeRange> *out)
    {
        if (!v.isArray())
            return fail(path, QStringLiteral("expected an array of \"HH:MM-HH:MM\" intervals"));
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            const auto r = parseTimeRange(a.at(i).toString());
            if (!a.at(i).isString() || !r)
                return fail(QStringLiteral("%1[%2]").arg(path).arg(i),
                            QStringLiteral("expected an interval like \"09:00-18:00\""));
            out->append(*r);
        }
        return true;
    }

    bool target(const QJsonValue &v, const QString &path, Target *out)
    {
        if (v.isNull()) {
            *out = Target::none();
            return true;
        }
        QJsonObject o;
        if (!object(v, path, &o) ||
            !checkKeys(o, path,
                       {QStringLiteral("amount"), QStringLiteral("unit"), QStringLiteral("notes"),
                        QStringLiteral("calendar")}))
            return false;
        const QJsonValue amount = o.value(QStringLiteral("amount"));
        if (!amount.isDouble() || amount.toDouble() != double(amount.toInteger()) ||
            amount.toInteger() <= 0 || amount.toInteger() > 100000)
            return fail(path + QStringLiteral(".amount"),
                        QStringLiteral("expected a positive whole number"));
        QString unit;
        if (!string(o, QStringLiteral("unit"), path, &unit))
            return false;
        const auto u = unitFromKey(unit);
        if (!u)
            return fail(
                    path + QStringLiteral(".unit"),
                    QStringLiteral("unknown unit \"%1\" (expected minutes, hours or business_days)")
                            .arg(unit));
        *out = Target::of(amount.toInteger(), *u);
        if (!string(o, QStringLiteral("calendar"), path, &out->calendarId, false))
            return false;
        return localized(o, QStringLiteral("notes"), path, &out->notes, false);
    }

    bool readHolidays(const QJsonObject &root)
    {
        const QString path = QStringLiteral("$");
        if (!checkKeys(root, path,
                       {QStringLiteral("format"), QStringLiteral("id"), QStringLiteral("country"),
                        QStringLiteral("names"), QStringLiteral("years")}))
            return false;
        HolidaySet set;
        if (!identifier(root, QStringLiteral("id"), path, &set.id) ||
            !string(root, QStringLiteral("country"), path, &set.country, false) ||
            !localized(root, QStringLiteral("names"), path, &set.names))
            return false;
        if (m_catalog.holidaySet(set.id))
            return fail(path + QStringLiteral(".id"),
                        QStringLiteral("holiday set \"%1\" is defined twice").arg(set.id));
        QJsonArray years;
        if (!array(root, QStringLiteral("years"), path, &years, true))
            return false;
        QSet<QDate> seen;
        for (int yi = 0; yi < years.size(); ++yi) {
            const QString yp = QStringLiteral("$.years[%1]").arg(yi);
            QJsonObject y;
            if (!object(years.at(yi), yp, &y) ||
                !checkKeys(y, yp,
                           {QStringLiteral("year"), QStringLiteral("status"),
                            QStringLiteral("status_note"), QStringLiteral("source"),
                            QStringLiteral("days")}))
                return false;
            HolidayYear hy;
            hy.year = y.value(QStringLiteral("year")).toInt();
            if (hy.year < WorkCalendar::FirstYear || hy.year > WorkCalendar::LastYear)
                return fail(yp + QStringLiteral(".year"),
                            QStringLiteral("expected a year between %1 and %2")
                                    .arg(WorkCalendar::FirstYear)
                                    .arg(WorkCalendar::LastYear));
            QString status;
            if (!string(y, QStringLiteral("status"), yp, &status))
                return false;
            if (status == QLatin1String("official"))
                hy.status = DataStatus::Official;
            else if (status == QLatin1String("provisional"))
                hy.status = DataStatus::Provisional;
            else if (status == QLatin1String("not_published"))
                hy.status = DataStatus::NotPublished;
            else
                return fail(yp + QStringLiteral(".status"),
                            QStringLiteral("unknown status \"%1\" (expected official, provisional "
                                           "or not_published)")
                                    .arg(status));
            if (!string(y, QStringLiteral("status_note"), yp, &hy.statusNote, false) ||
                !string(y, QStringLiteral("source"), yp, &hy.source, false))
                return false;
            QJsonArray days;
            if (!array(y, QStringLiteral("days"), yp, &days, true))
                return false;
            for (int di = 0; di < days.size(); ++di) {
                const QString dp = QStringLiteral("%1.days[%2]").arg(yp).arg(di);
                QJsonObject d;
                if (!object(days.at(di), dp, &d) ||
                    !checkKeys(d, dp,
                               {QStringLiteral("date"), QStringLiteral("type"),
                                QStringLiteral("shortened"), QStringLiteral("names"),
                                QStringLiteral("hours")}))
                    return false;
                DayException e;
                if (!date(d, dp, &e.date) || !dayType(d, dp, &e) ||
                    !localized(d, QStringLiteral("names"), dp, &e.names, false))
                    return false;
                if (e.date.year() != hy.year)
                    return fail(dp + QStringLiteral(".date"),
                                QStringLiteral("%1 is not in %2")
                                        .arg(e.date.toString(Qt::ISODate))
                                        .arg(hy.year));
                if (seen.contains(e.date))
                    return fail(
                            dp + QStringLiteral(".date"),
                            QStringLiteral("%1 is listed twice").arg(e.date.toString(Qt::ISODate)));
                seen.insert(e.date);
                set.days.append(e);
            }
            set.years.append(hy);
        }
        m_catalog.m_holidaySets.append(set);
        return true;
    }

    bool dayType(const QJsonObject &d, const QString &dp, DayException *e)
    {
        QString type;
        if (!string(d, QStringLiteral("type"), dp, &type))
            return false;
        if (type == QLatin1String("day_off"))
            e->type = DayException::Type::DayOff;
        else if (type == QLatin1String("working_day"))
            e->type = DayException::Type::WorkingDay;
        else if (type == QLatin1String("shortened"))
            e->type = DayException::Type::Shortened;
        else
            return fail(dp + QStringLiteral(".type"),
                        QStringLiteral(
                                "unknown type \"%1\" (expected day_off, working_day or shortened)")
                                .arg(type));
        const QJsonValue shortened = d.value(QStringLiteral("shortened"));
        if (!shortened.isUndefined()) {
            if (!shortened.isBool() || e->type != DayException::Type::WorkingDay)
                return fail(
                        dp + QStringLiteral(".shortened"),
                        QStringLiteral("only a working_day can be marked shortened (true/false)"));
            e->shortened = shortened.toBool();
        }
        if (d.contains(QStringLiteral("hours"))) {
            if (e->type != DayException::Type::WorkingDay)
                return fail(dp + QStringLiteral(".hours"),
                            QStringLiteral("only a working_day can have its own hours"));
            QVector<TimeRange> hours;
            if (!ranges(d.value(QStringLiteral("hours")), dp + QStringLiteral(".hours"), &hours))
                return false;
            e->hours = hours;
        }
        return true;
    }

    bool readCatalog(const QJsonObject &root)
    {
        if (!checkKeys(root, QStringLiteral("$"),
                       {QStringLiteral("format"), QStringLiteral("calendars"),
                        QStringLiteral("features"), QStringLiteral("providers"),
                        QStringLiteral("lead_times")}))
            return false;
        QJsonArray calendars, features, providers, leadTimes;
        if (!array(root, QStringLiteral("lead_times"), QStringLiteral("$"), &leadTimes) ||
            !array(root, QStringLiteral("calendars"), QStringLiteral("$"), &calendars) ||
            !array(root, QStringLiteral("features"), QStringLiteral("$"), &features) ||
            !array(root, QStringLiteral("providers"), QStringLiteral("$"), &providers))
            return false;
        for (int i = 0; i < calendars.size(); ++i) {
            if (!readCalendar(calendars.at(i), QStringLiteral("$.calendars[%1]").arg(i)))
                return false;
        }
        for (int i = 0; i < features.size(); ++i) {
            const QString fp = QStringLiteral("$.features[%1]").arg(i);
            QJsonObject f;
            Feature feature;
            if (!object(features.at(i), fp, &f) ||
                !checkKeys(f, fp,
                           {QStringLiteral("id"), QStringLiteral("names"),
                            QStringLiteral("descriptions")}) ||
                !identifier(f, QStringLiteral("id"), fp, &feature.id) ||
                !localized(f, QStringLiteral("names"), fp, &feature.names) ||
                !localized(f, QStringLiteral("descriptions"), fp, &feature.descriptions, false))
                return false;
            if (m_catalog.feature(feature.id))
                return fail(fp + QStringLiteral(".id"),
                            QStringLiteral("feature \"%1\" is defined twice").arg(feature.id));
            m_catalog.m_features.append(feature);
        }
        for (int i = 0; i < providers.size(); ++i) {
            if (!readProvider(providers.at(i), QStringLiteral("$.providers[%1]").arg(i)))
                return false;
        }
        for (int i = 0; i < leadTimes.size(); ++i) {
            if (!readLeadTimes(leadTimes.at(i), QStringLiteral("$.lead_times[%1]").arg(i)))
                return false;
        }
        return true;
    }

    // One entry of "lead_times", checked against the plans in finish().
    bool readLeadTimes(const QJsonValue &v, const QString &lp)
    {
        QJsonObject o;
        PendingLeadTimes pending;
        LeadTimeRule &rule = pending.rule;
        if (!object(v, lp, &o) ||
            !checkKeys(o, lp,
                       {QStringLiteral("plan"), QStringLiteral("severity"),
                        QStringLiteral("response"), QStringLiteral("resolution")}) ||
            !string(o, QStringLiteral("plan"), lp, &rule.planId) ||
            !string(o, QStringLiteral("severity"), lp, &rule.severity, false))
            return false;
        if (o.contains(QStringLiteral("severity")) && rule.severity.trimmed().isEmpty())
            return fail(lp + QStringLiteral(".severity"),
                        QStringLiteral("expected a non-empty string (leave \"severity\" out for "
                                       "every severity of the plan)"));
        for (TargetKind kind : {TargetKind::Response, TargetKind::Resolution}) {
            const QString key = targetKindKey(kind);
            const QJsonValue value = o.value(key);
            if (value.isUndefined())
                continue;
            if (!value.isString())
                return fail(lp + QLatin1Char('.') + key,
                            QStringLiteral("expected a string such as \"30m\", \"4h\" or "
                                           "\"10%\""));
            QString why;
            rule.lead(kind) = LeadTime::parse(value.toString(), &why);
            if (!rule.lead(kind))
                return fail(lp + QLatin1Char('.') + key, why);
        }
        if (!rule.response && !rule.resolution)
            return fail(lp, QStringLiteral("give \"response\", \"resolution\" or both"));
        rule.builtIn = m_builtIn;
        pending.file = m_file;
        pending.path = lp;
        m_pendingLeadTimes.append(pending);
        return true;
    }

    // The lead times against the plans, severities and targets they name (after the plans and
    // calendars are all read and indexed).
    bool finishLeadTimes()
    {
        Catalog &c = m_catalog;
        QHash<QString, QString> firstAt; // "plan|severity" -> "FILE: $.lead_times[i]"
        for (PendingLeadTimes &pending : m_pendingLeadTimes) {
            LeadTimeRule &rule = pending.rule;
            const QString &file = pending.file;
            const QString &lp = pending.path;
            const Plan *plan = c.plan(rule.planId);
            if (!plan) {
                QStringList ids;
                for (const Plan &p : std::as_const(c.m_plans))
                    ids << p.id;
                return fail(file, lp + QStringLiteral(".plan"),
                            QStringLiteral("unknown plan \"%1\" (expected one of: %2)")
                                    .arg(rule.planId, ids.join(QStringLiteral(", "))));
            }
            rule.planId = plan->id;
            if (!rule.severity.isEmpty() && !plan->offers(rule.severity))
                return fail(file, lp + QStringLiteral(".severity"),
                            QStringLiteral("\"%1\" is not a severity of %2 (expected one of: %3)")
                                    .arg(rule.severity, plan->id,
                                         plan->severities.join(QStringLiteral(", "))));
            const QString key = rule.planId + QLatin1Char('|') + rule.severity;
            if (firstAt.contains(key))
                return fail(file, lp,
                            QStringLiteral("lead times for %1 (%2) are given twice; the first "
                                           "are at %3")
                                    .arg(plan->id,
                                         rule.severity.isEmpty()
                                                 ? QStringLiteral("every severity")
                                                 : QStringLiteral("severity %1").arg(rule.severity),
                                         firstAt.value(key)));
            firstAt.insert(key, file + QStringLiteral(": ") + lp);
            const auto spec = [&c](const QString &id) -> const CalendarSpec * {
                for (const CalendarSpec &s : std::as_const(c.m_calendarSpecs)) {
                    if (s.id == id)
                        return &s;
                }
                return nullptr;
            };
            for (TargetKind kind : {TargetKind::Response, TargetKind::Resolution}) {
                if (!rule.lead(kind))
                    continue;
                const QString problem =
                        leadTimeProblem(*plan, rule.severity, kind, *rule.lead(kind), spec);
                if (!problem.isEmpty())
                    return fail(file, lp + QLatin1Char('.') + targetKindKey(kind), problem);
            }
            c.m_leadTimeIndex.insert(key, int(c.m_leadTimes.size()));
            c.m_leadTimes.append(rule);
        }
        return true;
    }

    bool readCalendar(const QJsonValue &v, const QString &cp)
    {
        QJsonObject o;
        if (!object(v, cp, &o) ||
            !checkKeys(o, cp,
                       {QStringLiteral("id"), QStringLiteral("names"), QStringLiteral("time_zone"),
                        QStringLiteral("always"), QStringLiteral("weekly"),
                        QStringLiteral("holidays"), QStringLiteral("exceptions")}))
            return false;
        CalendarSpec spec;
        QString zone;
        if (!identifier(o, QStringLiteral("id"), cp, &spec.id) ||
            !localized(o, QStringLiteral("names"), cp, &spec.names) ||
            !string(o, QStringLiteral("time_zone"), cp, &zone) ||
            !string(o, QStringLiteral("holidays"), cp, &spec.holidaySetId, false))
            return false;
        for (const CalendarSpec &other : m_catalog.m_calendarSpecs) {
            if (other.id == spec.id)
                return fail(cp + QStringLiteral(".id"),
                            QStringLiteral("calendar \"%1\" is defined twice").arg(spec.id));
        }
        spec.timeZone = zone.toUtf8();
        spec.always = o.value(QStringLiteral("always")).toBool(false);
        if (o.contains(QStringLiteral("always")) && !o.value(QStringLiteral("always")).isBool())
            return fail(cp + QStringLiteral(".always"), QStringLiteral("expected true or false"));
        if (spec.always == o.contains(QStringLiteral("weekly")))
            return fail(cp, QStringLiteral("give either \"always\": true or \"weekly\" hours"));
        if (!spec.always) {
            QJsonObject weekly;
            const QString wp = cp + QStringLiteral(".weekly");
            static const QStringList days{QStringLiteral("mon"), QStringLiteral("tue"),
                                          QStringLiteral("wed"), QStringLiteral("thu"),
                                          QStringLiteral("fri"), QStringLiteral("sat"),
                                          QStringLiteral("sun")};
            if (!object(o.value(QStringLiteral("weekly")), wp, &weekly) ||
                !checkKeys(weekly, wp, days))
                return false;
            for (int d = 0; d < 7; ++d) {
                if (weekly.contains(days.at(d)) &&
                    !ranges(weekly.value(days.at(d)), wp + QLatin1Char('.') + days.at(d),
                            &spec.weekly[std::size_t(d)]))
                    return false;
            }
        }
        QJsonArray exceptions;
        if (!array(o, QStringLiteral("exceptions"), cp, &exceptions))
            return false;
        for (int i = 0; i < exceptions.size(); ++i) {
            const QString ep = QStringLiteral("%1.exceptions[%2]").arg(cp).arg(i);
            QJsonObject e;
            DayException ex;
            if (!object(exceptions.at(i), ep, &e) ||
                !checkKeys(e, ep,
                           {QStringLiteral("date"), QStringLiteral("type"),
                            QStringLiteral("shortened"), QStringLiteral("names"),
                            QStringLiteral("hours")}) ||
                !date(e, ep, &ex.date) || !dayType(e, ep, &ex) ||
                !localized(e, QStringLiteral("names"), ep, &ex.names, false))
                return false;
            spec.exceptions.append(ex);
        }
        const QString problem = spec.validate();
        if (!problem.isEmpty())
            return fail(cp + QLatin1Char('.') + problem.section(QLatin1Char(':'), 0, 0),
                        problem.section(QLatin1Char(':'), 1).trimmed());
        spec.builtIn = m_builtIn;
        m_calendarFiles.insert(spec.id, m_file);
        m_calendarPaths.insert(spec.id, cp);
        m_catalog.m_calendarSpecs.append(spec);
        return true;
    }

    bool readProvider(const QJsonValue &v, const QString &pp)
    {
        QJsonObject o;
        if (!object(v, pp, &o) ||
            !checkKeys(o, pp,
                       {QStringLiteral("id"), QStringLiteral("names"), QStringLiteral("seed"),
                        QStringLiteral("website"), QStringLiteral("severities"),
                        QStringLiteral("service_stages"), QStringLiteral("plans")}))
            return false;
        Provider provider;
        provider.builtIn = m_builtIn;
        if (!identifier(o, QStringLiteral("id"), pp, &provider.id) ||
            !localized(o, QStringLiteral("names"), pp, &provider.names) ||
            !string(o, QStringLiteral("seed"), pp, &provider.seed, false) ||
            !string(o, QStringLiteral("website"), pp, &provider.website, false))
            return false;
        if (m_catalog.provider(provider.id))
            return fail(pp + QStringLiteral(".id"),
                        QStringLiteral("provider \"%1\" is defined twice").arg(provider.id));
        QJsonArray severities, stages, plans;
        if (!array(o, QStringLiteral("severities"), pp, &severities, true) ||
            !array(o, QStringLiteral("service_stages"), pp, &stages) ||
            !array(o, QStringLiteral("plans"), pp, &plans, true))
            return false;
        if (severities.isEmpty())
            return fail(pp + QStringLiteral(".severities"),
                        QStringLiteral("at least one severity is required"));
        for (int i = 0; i < severities.size(); ++i) {
            const QString sp = QStringLiteral("%1.severities[%2]").arg(pp).arg(i);
            QJsonObject s;
            Severity severity;
            if (!object(severities.at(i), sp, &s) ||
                !checkKeys(s, sp,
                           {QStringLiteral("code"), QStringLiteral("names"),
                            QStringLiteral("descriptions")}) ||
                !identifier(s, QStringLiteral("code"), sp, &severity.code) ||
                !localized(s, QStringLiteral("names"), sp, &severity.names) ||
                !localized(s, QStringLiteral("descriptions"), sp, &severity.descriptions, false))
                return false;
            if (provider.severity(severity.code))
                return fail(sp + QStringLiteral(".code"),
                            QStringLiteral("severity \"%1\" is defined twice").arg(severity.code));
            provider.severities.append(severity);
        }
        for (int i = 0; i < stages.size(); ++i) {
            const QString sp = QStringLiteral("%1.service_stages[%2]").arg(pp).arg(i);
            QJsonObject s;
            ServiceStage stage;
            if (!object(stages.at(i), sp, &s) ||
                !checkKeys(s, sp,
                           {QStringLiteral("code"), QStringLiteral("names"),
                            QStringLiteral("descriptions"), QStringLiteral("sla")}) ||
                !identifier(s, QStringLiteral("code"), sp, &stage.code) ||
                !localized(s, QStringLiteral("names"), sp, &stage.names) ||
                !localized(s, QStringLiteral("descriptions"), sp, &stage.descriptions, false))
                return false;
            if (!s.value(QStringLiteral("sla")).isBool())
                return fail(sp + QStringLiteral(".sla"), QStringLiteral("expected true or false"));
            stage.sla = s.value(QStringLiteral("sla")).toBool();
            provider.stages.append(stage);
        }
        for (int i = 0; i < plans.size(); ++i) {
            Plan plan;
            if (!readPlan(plans.at(i), QStringLiteral("%1.plans[%2]").arg(pp).arg(i), provider,
                          &plan))
                return false;
            provider.planIds.append(plan.id);
            m_catalog.m_plans.append(plan);
        }
        m_catalog.m_providers.append(provider);
        return true;
    }

    bool readPlan(const QJsonValue &v, const QString &pp, const Provider &provider, Plan *plan)
    {
        QJsonObject o;
        if (!object(v, pp, &o) ||
            !checkKeys(o, pp,
                       {QStringLiteral("id"), QStringLiteral("aliases"), QStringLiteral("names"),
                        QStringLiteral("descriptions"), QStringLiteral("calendar"),
                        QStringLiteral("severities"), QStringLiteral("levels"),
                        QStringLiteral("pausing_statuses"), QStringLiteral("targets"),
                        QStringLiteral("channels"), QStringLiteral("features")}))
            return false;
        plan->providerId = provider.id;
        plan->builtIn = m_builtIn;
        if (!identifier(o, QStringLiteral("id"), pp, &plan->id, true) ||
            !localized(o, QStringLiteral("names"), pp, &plan->names) ||
            !localized(o, QStringLiteral("descriptions"), pp, &plan->descriptions, false) ||
            !string(o, QStringLiteral("calendar"), pp, &plan->calendarId))
            return false;
        if (!plan->id.startsWith(provider.id + QLatin1Char('/')))
            return fail(pp + QStringLiteral(".id"),
                        QStringLiteral("a plan id starts with its provider's id (\"%1/…\")")
                                .arg(provider.id));
        if (m_planPaths.contains(plan->id))
            return fail(pp + QStringLiteral(".id"),
                        QStringLiteral("plan \"%1\" is defined twice").arg(plan->id));
        QJsonArray aliases, severities, pausing, targets, channels;
        if (!array(o, QStringLiteral("aliases"), pp, &aliases) ||
            !array(o, QStringLiteral("severities"), pp, &severities, true) ||
            !array(o, QStringLiteral("pausing_statuses"), pp, &pausing) ||
            !array(o, QStringLiteral("targets"), pp, &targets, true) ||
            !array(o, QStringLiteral("channels"), pp, &channels))
            return false;
        for (int i = 0; i < aliases.size(); ++i) {
            const QString alias = aliases.at(i).toString();
            const QString ap = QStringLiteral("%1.aliases[%2]").arg(pp).arg(i);
            if (alias.isEmpty())
                return fail(ap, QStringLiteral("expected a non-empty string"));
            if (m_aliases.contains(alias.toLower()))
                return fail(ap, QStringLiteral("alias \"%1\" is already used by %2")
                                        .arg(alias, m_aliases.value(alias.toLower())));
            m_aliases.insert(alias.toLower(), plan->id);
            plan->aliases.append(alias);
        }
        for (int i = 0; i < severities.size(); ++i) {
            const QString code = severities.at(i).toString();
            if (!provider.severity(code))
                return fail(
                        QStringLiteral("%1.severities[%2]").arg(pp).arg(i),
                        QStringLiteral("\"%1\" is not a severity of %2").arg(code, provider.id));
            plan->severities.append(code);
        }
        if (plan->severities.isEmpty())
            return fail(pp + QStringLiteral(".severities"),
                        QStringLiteral("at least one severity is required"));
        QJsonObject levels;
        if (!object(o.value(QStringLiteral("levels")), pp + QStringLiteral(".levels"), &levels) ||
            !checkKeys(levels, pp + QStringLiteral(".levels"),
                       {QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3"),
                        QStringLiteral("P4")}))
            return false;
        for (int l = 0; l < LevelCount; ++l) {
            const QString key = QStringLiteral("P%1").arg(l + 1);
            const QString code = levels.value(key).toString();
            if (!plan->offers(code))
                return fail(pp + QStringLiteral(".levels.") + key,
                            QStringLiteral("expected one of the plan's severities (%1)")
                                    .arg(plan->severities.join(QStringLiteral(", "))));
            plan->levels[l] = code;
        }
        plan->pausingStatuses = {QStringLiteral("waiting_customer")};
        if (o.contains(QStringLiteral("pausing_statuses"))) {
            plan->pausingStatuses.clear();
            for (const QJsonValueConstRef s : std::as_const(pausing))
                plan->pausingStatuses.append(s.toString());
        }
        QSet<QString> covered;
        for (int i = 0; i < targets.size(); ++i) {
            const QString tp = QStringLiteral("%1.targets[%2]").arg(pp).arg(i);
            QJsonObject t;
            SeverityTargets st;
            if (!object(targets.at(i), tp, &t) ||
                !checkKeys(t, tp,
                           {QStringLiteral("severity"), QStringLiteral("response"),
                            QStringLiteral("resolution")}) ||
                !string(t, QStringLiteral("severity"), tp, &st.severity))
                return false;
            if (!plan->offers(st.severity))
                return fail(tp + QStringLiteral(".severity"),
                            QStringLiteral("\"%1\" is not one of the plan's severities")
                                    .arg(st.severity));
            if (covered.contains(st.severity))
                return fail(tp + QStringLiteral(".severity"),
                            QStringLiteral("targets for \"%1\" are given twice").arg(st.severity));
            for (const QString &key : {QStringLiteral("response"), QStringLiteral("resolution")}) {
                if (!t.contains(key))
                    return fail(tp + QLatin1Char('.') + key,
                                QStringLiteral("missing (use null for no commitment)"));
            }
            if (!target(t.value(QStringLiteral("response")), tp + QStringLiteral(".response"),
                        &st.response) ||
                !target(t.value(QStringLiteral("resolution")), tp + QStringLiteral(".resolution"),
                        &st.resolution))
                return false;
            covered.insert(st.severity);
            plan->targets.append(st);
        }
        for (const QString &code : plan->severities) {
            if (!covered.contains(code))
                return fail(pp + QStringLiteral(".targets"),
                            QStringLiteral("no targets for severity \"%1\"").arg(code));
        }
        for (int i = 0; i < channels.size(); ++i) {
            const QString chp = QStringLiteral("%1.channels[%2]").arg(pp).arg(i);
            QJsonObject c;
            Channel channel;
            if (!object(channels.at(i), chp, &c) ||
                !checkKeys(c, chp,
                           {QStringLiteral("id"), QStringLiteral("names"), QStringLiteral("hours"),
                            QStringLiteral("response"), QStringLiteral("contact"),
                            QStringLiteral("notes"), QStringLiteral("retired")}) ||
                !identifier(c, QStringLiteral("id"), chp, &channel.id) ||
                !localized(c, QStringLiteral("names"), chp, &channel.names) ||
                !string(c, QStringLiteral("hours"), chp, &channel.hours) ||
                !string(c, QStringLiteral("contact"), chp, &channel.contact, false) ||
                !localized(c, QStringLiteral("notes"), chp, &channel.notes, false))
                return false;
            if (c.contains(QStringLiteral("response")) &&
                !target(c.value(QStringLiteral("response")), chp + QStringLiteral(".response"),
                        &channel.response))
                return false;
            if (c.contains(QStringLiteral("retired"))) {
                if (!c.value(QStringLiteral("retired")).isBool())
                    return fail(chp + QStringLiteral(".retired"),
                                QStringLiteral("expected true or false"));
                channel.retired = c.value(QStringLiteral("retired")).toBool();
            }
            plan->channels.append(channel);
        }
        const QJsonObject features = o.value(QStringLiteral("features")).toObject();
        for (auto it = features.constBegin(); it != features.constEnd(); ++it) {
            const QString fp = pp + QStringLiteral(".features.") + it.key();
            QJsonObject f;
            FeatureValue value;
            if (!object(it.value(), fp, &f) ||
                !checkKeys(f, fp,
                           {QStringLiteral("available"), QStringLiteral("detail"),
                            QStringLiteral("quote")}) ||
                !localized(f, QStringLiteral("detail"), fp, &value.detail, false) ||
                !string(f, QStringLiteral("quote"), fp, &value.quote, false))
                return false;
            if (!f.value(QStringLiteral("available")).isBool())
                return fail(fp + QStringLiteral(".available"),
                            QStringLiteral("expected true or false"));
            value.available = f.value(QStringLiteral("available")).toBool();
            plan->features.insert(it.key(), value);
        }
        m_planPaths.insert(plan->id, pp);
        m_planFiles.insert(plan->id, m_file);
        return true;
    }

    struct PendingLeadTimes
    {
        LeadTimeRule rule;
        QString file;
        QString path;
    };

    Catalog &m_catalog;
    QVector<PendingLeadTimes> m_pendingLeadTimes;
    QString m_file;
    bool m_builtIn = true;
    QString m_error;
    QMap<QString, QString> m_planPaths, m_planFiles, m_calendarPaths, m_calendarFiles, m_aliases;
};

CatalogPtr loadAll(const QStringList &builtIn, const QStringList &extra,
                   const QVector<std::pair<QString, QByteArray>> &data, QString *error)
{
    auto catalog = std::make_shared<Catalog>();
    CatalogLoader loader(*catalog);
    bool ok = true;
    for (const QString &f : builtIn)
        ok = ok && loader.addFile(f, true);
    for (const QString &f : extra)
        ok = ok && loader.addFile(f, false);
    for (const auto &[name, content] : data)
        ok = ok && loader.addData(name, content, false);
    ok = ok && loader.finish();
    if (!ok) {
        if (error)
            *error = loader.error();
        return nullptr;
    }
    return catalog;
}

} // namespace dueline
