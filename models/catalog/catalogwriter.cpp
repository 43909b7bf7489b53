// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/catalogwriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>

namespace dueline {

namespace {

QJsonObject texts(const LocalizedText &text)
{
    QJsonObject o;
    for (auto it = text.all().constBegin(); it != text.all().constEnd(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

void putTexts(QJsonObject &o, const QString &key, const LocalizedText &text)
{
    if (!text.isEmpty())
        o.insert(key, texts(text));
}

QJsonArray ranges(const QVector<TimeRange> &list)
{
    QJsonArray a;
    for (const TimeRange &r : list)
        a.append(formatTimeRange(r));
    return a;
}

QJsonValue target(const Target &t)
{
    if (!t.committed)
        return QJsonValue::Null;
    QJsonObject o{{QStringLiteral("amount"), double(t.amount)},
                  {QStringLiteral("unit"), unitKey(t.unit)}};
    if (!t.calendarId.isEmpty())
        o.insert(QStringLiteral("calendar"), t.calendarId);
    putTexts(o, QStringLiteral("notes"), t.notes);
    return o;
}

QJsonObject calendar(const CalendarSpec &spec)
{
    QJsonObject o{{QStringLiteral("id"), spec.id},
                  {QStringLiteral("names"), texts(spec.names)},
                  {QStringLiteral("time_zone"), QString::fromUtf8(spec.timeZone)}};
    if (spec.always) {
        o.insert(QStringLiteral("always"), true);
    } else {
        static const char *const days[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
        QJsonObject weekly;
        for (int d = 0; d < 7; ++d)
            weekly.insert(QString::fromLatin1(days[d]), ranges(spec.weekly[std::size_t(d)]));
        o.insert(QStringLiteral("weekly"), weekly);
    }
    if (!spec.holidaySetId.isEmpty())
        o.insert(QStringLiteral("holidays"), spec.holidaySetId);
    QJsonArray exceptions;
    QVector<DayException> sorted = spec.exceptions;
    std::sort(sorted.begin(), sorted.end(),
              [](const DayException &a, const DayException &b) { return a.date < b.date; });
    for (const DayException &e : sorted) {
        QJsonObject x{{QStringLiteral("date"), e.date.toString(Qt::ISODate)}};
        switch (e.type) {
        case DayException::Type::DayOff:
            x.insert(QStringLiteral("type"), QStringLiteral("day_off"));
            break;
        case DayException::Type::WorkingDay:
            x.insert(QStringLiteral("type"), QStringLiteral("working_day"));
            if (e.shortened)
                x.insert(QStringLiteral("shortened"), true);
            if (e.hours)
                x.insert(QStringLiteral("hours"), ranges(*e.hours));
            break;
        case DayException::Type::Shortened:
            x.insert(QStringLiteral("type"), QStringLiteral("shortened"));
            break;
        }
        putTexts(x, QStringLiteral("names"), e.names);
        exceptions.append(x);
    }
    if (!exceptions.isEmpty())
        o.insert(QStringLiteral("exceptions"), exceptions);
    return o;
}

QJsonObject plan(const Plan &p)
{
    QJsonObject o{{QStringLiteral("id"), p.id}, {QStringLiteral("names"), texts(p.names)}};
    if (!p.aliases.isEmpty())
        o.insert(QStringLiteral("aliases"), QJsonArray::fromStringList(p.aliases));
    putTexts(o, QStringLiteral("descriptions"), p.descriptions);
    o.insert(QStringLiteral("calendar"), p.calendarId);
    o.insert(QStringLiteral("severities"), QJsonArray::fromStringList(p.severities));
    QJsonObject levels;
    for (int l = 1; l <= LevelCount; ++l)
        levels.insert(QStringLiteral("P%1").arg(l), p.severityForLevel(l));
    o.insert(QStringLiteral("levels"), levels);
    o.insert(QStringLiteral("pausing_statuses"), QJsonArray::fromStringList(p.pausingStatuses));
    QJsonArray targets;
    for (const SeverityTargets &t : p.targets) {
        targets.append(QJsonObject{{QStringLiteral("severity"), t.severity},
                                   {QStringLiteral("response"), target(t.response)},
                                   {QStringLiteral("resolution"), target(t.resolution)}});
    }
    o.insert(QStringLiteral("targets"), targets);
    QJsonArray channels;
    for (const Channel &c : p.channels) {
        QJsonObject x{{QStringLiteral("id"), c.id},
                      {QStringLiteral("names"), texts(c.names)},
                      {QStringLiteral("hours"), c.hours}};
        if (c.response.committed)
            x.insert(QStringLiteral("response"), target(c.response));
        if (!c.contact.isEmpty())
            x.insert(QStringLiteral("contact"), c.contact);
        putTexts(x, QStringLiteral("notes"), c.notes);
        if (c.retired)
            x.insert(QStringLiteral("retired"), true);
        channels.append(x);
    }
    if (!channels.isEmpty())
        o.insert(QStringLiteral("channels"), channels);
    QJsonObject features;
    for (auto it = p.features.constBegin(); it != p.features.constEnd(); ++it) {
        QJsonObject f{{QStringLiteral("available"), it->available}};
        putTexts(f, QStringLiteral("detail"), it->detail);
        if (!it->quote.isEmpty())
            f.insert(QStringLiteral("quote"), it->quote);
        features.insert(it.key(), f);
    }
    if (!features.isEmpty())
        o.insert(QStringLiteral("features"), features);
    return o;
}

} // namespace

TeamCatalog TeamCatalog::fromCatalog(const Catalog &catalog)
{
    TeamCatalog team;
    for (const Provider &p : catalog.providers()) {
        if (p.builtIn)
            continue;
        team.providers.append(p);
        for (const QString &id : p.planIds)
            team.plans.append(*catalog.plan(id));
    }
    QSet<QString> used;
    for (const Plan &p : team.plans) {
        used.insert(p.calendarId);
        for (const SeverityTargets &t : p.targets) {
            used.insert(t.response.calendarId);
            used.insert(t.resolution.calendarId);
        }
        for (const Channel &c : p.channels)
            used.insert(c.hours);
    }
    // Calendars of the team's plans that are not built in (built-in ones are loaded anyway).
    QString error;
    const CatalogPtr builtIn = Catalog::loadBuiltIn(&error);
    for (const CalendarSpec &spec : catalog.calendarSpecs()) {
        if (used.contains(spec.id) && builtIn && !builtIn->calendar(spec.id))
            team.calendars.append(spec);
    }
    for (const Feature &f : catalog.features()) {
        if (builtIn && !builtIn->feature(f.id))
            team.features.append(f);
    }
    for (const LeadTimeRule &rule : catalog.leadTimeRules()) {
        if (!rule.builtIn)
            team.leadTimes.append(rule);
    }
    // Holiday days merged in by the loader are not the calendar's own exceptions.
    for (CalendarSpec &spec : team.calendars) {
        if (const HolidaySet *set = catalog.holidaySet(spec.holidaySetId)) {
            QSet<QDate> merged;
            for (const DayException &d : set->days)
                merged.insert(d.date);
            spec.exceptions.erase(
                    std::remove_if(spec.exceptions.begin(), spec.exceptions.end(),
                                   [&](const DayException &e) { return merged.contains(e.date); }),
                    spec.exceptions.end());
            spec.dataYears.clear();
        }
    }
    return team;
}

QString TeamCatalog::duplicatePlan(const Catalog &catalog, const QString &planId,
                                   const QString &providerId, const QString &planSlug,
                                   QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return QString();
    };
    const Plan *source = catalog.plan(planId);
    if (!source)
        return fail(QCoreApplication::translate("TeamCatalog", "unknown plan \"%1\"").arg(planId));
    QString id = providerId + QLatin1Char('/') + planSlug;
    if (catalog.plan(id))
        return fail(
                QCoreApplication::translate("TeamCatalog", "plan \"%1\" exists already").arg(id));
    for (const Plan &p : plans) {
        if (p.id == id)
            return fail(QCoreApplication::translate("TeamCatalog", "plan \"%1\" exists already")
                                .arg(id));
    }
    const Provider *sourceProvider = catalog.provider(source->providerId);
    Provider *provider = nullptr;
    for (Provider &p : providers) {
        if (p.id == providerId)
            provider = &p;
    }
    if (!provider) {
        if (catalog.provider(providerId))
            return fail(QCoreApplication::translate(
                                "TeamCatalog",
                                "provider \"%1\" is built in; choose a provider id of your own")
                                .arg(providerId));
        Provider created;
        created.id = providerId;
        created.builtIn = false;
        created.names = sourceProvider ? sourceProvider->names : LocalizedText(providerId);
        providers.append(created);
        provider = &providers.last();
    }
    for (const QString &code : source->severities) {
        if (!provider->severity(code) && sourceProvider && sourceProvider->severity(code))
            provider->severities.append(*sourceProvider->severity(code));
    }
    Plan copy = *source;
    copy.id = id;
    copy.providerId = providerId;
    copy.aliases.clear();
    copy.builtIn = false;
    provider->planIds.append(id);
    plans.append(copy);
    return id;
}

QByteArray CatalogWriter::toJson(const TeamCatalog &team)
{
    QJsonArray calendars, features, providers;
    for (const CalendarSpec &c : team.calendars)
        calendars.append(calendar(c));
    for (const Feature &f : team.features) {
        QJsonObject o{{QStringLiteral("id"), f.id}, {QStringLiteral("names"), texts(f.names)}};
        putTexts(o, QStringLiteral("descriptions"), f.descriptions);
        features.append(o);
    }
    for (const Provider &p : team.providers) {
        QJsonObject o{{QStringLiteral("id"), p.id}, {QStringLiteral("names"), texts(p.names)}};
        if (!p.website.isEmpty())
            o.insert(QStringLiteral("website"), p.website);
        QJsonArray severities;
        for (const Severity &s : p.severities) {
            QJsonObject x{{QStringLiteral("code"), s.code},
                          {QStringLiteral("names"), texts(s.names)}};
            putTexts(x, QStringLiteral("descriptions"), s.descriptions);
            severities.append(x);
        }
        o.insert(QStringLiteral("severities"), severities);
        QJsonArray stages;
        for (const ServiceStage &s : p.stages) {
            QJsonObject x{{QStringLiteral("code"), s.code},
                          {QStringLiteral("names"), texts(s.names)},
                          {QStringLiteral("sla"), s.sla}};
            putTexts(x, QStringLiteral("descriptions"), s.descriptions);
            stages.append(x);
        }
        if (!stages.isEmpty())
            o.insert(QStringLiteral("service_stages"), stages);
        QJsonArray plans;
        for (const Plan &pl : team.plans) {
            if (pl.providerId == p.id)
                plans.append(plan(pl));
        }
        o.insert(QStringLiteral("plans"), plans);
        providers.append(o);
    }
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("dueline-catalog/1")}};
    if (!calendars.isEmpty())
        root.insert(QStringLiteral("calendars"), calendars);
    if (!features.isEmpty())
        root.insert(QStringLiteral("features"), features);
    root.insert(QStringLiteral("providers"), providers);
    QJsonArray leadTimes;
    for (const LeadTimeRule &rule : team.leadTimes) {
        QJsonObject o{{QStringLiteral("plan"), rule.planId}};
        if (!rule.severity.isEmpty())
            o.insert(QStringLiteral("severity"), rule.severity);
        for (TargetKind kind : {TargetKind::Response, TargetKind::Resolution}) {
            if (rule.lead(kind))
                o.insert(targetKindKey(kind), rule.lead(kind)->toString());
        }
        if (rule.response || rule.resolution)
            leadTimes.append(o);
    }
    if (!leadTimes.isEmpty())
        root.insert(QStringLiteral("lead_times"), leadTimes);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool CatalogWriter::save(const TeamCatalog &team, const QString &path,
                         const QStringList &otherTeamFiles, QString *error)
{
    const QByteArray json = toJson(team);
    QTemporaryDir dir;
    if (!dir.isValid()) {
        if (error)
            *error = QCoreApplication::translate(
                    "CatalogWriter", "cannot create a temporary folder to validate the catalog");
        return false;
    }
    const QString probe = dir.filePath(QFileInfo(path).fileName());
    {
        QFile f(probe);
        if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size()) {
            if (error)
                *error = probe + QStringLiteral(": ") + f.errorString();
            return false;
        }
    }
    QStringList files = otherTeamFiles;
    files.removeAll(path);
    files.append(probe);
    QString message;
    if (!Catalog::load(files, &message)) {
        if (error)
            *error = message.replace(probe, path);
        return false;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit()) {
        if (error)
            *error = path + QStringLiteral(": ") + out.errorString();
        return false;
    }
    return true;
}

} // namespace dueline
