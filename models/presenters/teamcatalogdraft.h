// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/catalogwriter.h"

#include <QHash>
#include <QMap>
#include <QStringList>

#include <array>
#include <functional>

namespace dueline {

// A problem that keeps the team catalog from being saved, and the field it belongs to.
struct CatalogProblem
{
    // "provider/ID/names", "plan/ID/names|calendar|severities", "plan/ID/severity/ROW",
    // "plan/ID/level/1..4", "calendar/ID/names|zone", "calendar/ID/weekly/DAY",
    // "calendar/ID/exception/ROW/date|hours", "leadtime/PLAN/SEVERITY/response|resolution"
    // (SEVERITY "*": every severity of the plan), or "calendar/ID" for the calendar as a whole.
    QString field;
    QString message; // in the UI language
};

// The team catalog as the catalog editor edits it: the team file's providers, plans and work
// calendars, each calendar's hours as typed next to the parsed ones (a draft, kept while what is
// typed does not parse), the lead times as typed (for the team's plans and any other plan), the
// edits the editor offers on them, and the editor's rules (validate()). Every edit of a provider,
// plan or calendar names a team entry by id and returns false when there is none.
class TeamCatalogDraft
{
public:
    TeamCatalogDraft() = default;
    explicit TeamCatalogDraft(TeamCatalog team);

    const TeamCatalog &team() const { return m_team; }
    const Provider *provider(const QString &id) const;
    const Plan *plan(const QString &id) const;
    const CalendarSpec *calendar(const QString &id) const;
    QStringList providerIds() const;
    // The names (in `language`) of the plans that count time on calendar `id`.
    QStringList calendarUsers(const QString &id, const QString &language) const;
    // A weekday's hours (0 = Monday) and a listed day's hours, as typed.
    QString weekdayHours(const QString &calendarId, int day) const;
    QString dayHours(const QString &calendarId, int row) const;

    bool setProviderNames(const QString &providerId, const LocalizedText &names);
    bool setPlanNames(const QString &planId, const LocalizedText &names);
    bool setPlanCalendar(const QString &planId, const QString &calendarId);
    // The severity in `row`: its code (renamed everywhere in the plan and, unless another plan
    // shares it, in the provider), its name in `language` and its targets.
    bool setSeverity(const QString &planId, int row, const QString &code, const QString &name,
                     const Target &response, const Target &resolution, const QString &language);
    // Appends a severity "new" ("new-2" …), named `names` when the provider lacks it; its row or
    // -1.
    int addSeverity(const QString &planId, const LocalizedText &names);
    bool removeSeverity(const QString &planId, int row);
    bool setLevel(const QString &planId, int level, const QString &code);
    bool setCalendarNames(const QString &calendarId, const LocalizedText &names);
    bool setTimeZone(const QString &calendarId, const QByteArray &zone);
    bool setAlways(const QString &calendarId, bool always);
    bool setWeekdayHours(const QString &calendarId, int day, const QString &text);
    bool setHolidaySet(const QString &calendarId, const QString &holidaySetId);
    bool setDay(const QString &calendarId, int row, const QDate &date, DayException::Type type,
                const QString &hours, const QString &name, const QString &language);
    // Appends a day off after the last listed day (at the earliest `earliest`); its row or -1.
    int addDay(const QString &calendarId, const QDate &earliest);
    bool removeDay(const QString &calendarId, int row);
    // Adds the days whose dates are not listed yet, then sorts the days by date; how many were
    // added, or -1.
    int addDays(const QString &calendarId, const QVector<DayException> &days);

    // A lead time as typed ("30m", "10%"; empty: none) for a plan of any origin and a severity
    // (empty: every severity of the plan), parsed into the team's lead times on commit().
    struct LeadTimeText
    {
        QString planId;
        QString severity;
        TargetKind kind = TargetKind::Response;
        QString text;
    };
    QString leadTimeText(const QString &planId, const QString &severity, TargetKind kind) const;
    // False when the text is unchanged.
    bool setLeadTimeText(const QString &planId, const QString &severity, TargetKind kind,
                         const QString &text);
    // Every lead time typed so far that is not empty.
    QVector<LeadTimeText> leadTimeTexts() const;

    // A copy of team plan `planId` as `newId` of provider `providerId` (added when missing, with
    // the severities the plan needs); false when there is no such team plan.
    bool copyPlan(const QString &planId, const QString &providerId, const QString &newId);
    // A copy of a plan of `catalog` (TeamCatalog::duplicatePlan); its id, or empty and *error.
    QString copyPlan(const Catalog &catalog, const QString &planId, const QString &providerId,
                     const QString &slug, QString *error);
    void addCalendar(const CalendarSpec &spec);
    // Removes a plan, and its provider when it was the provider's last plan.
    bool removePlan(const QString &planId);
    bool removeCalendar(const QString &calendarId);

    // What keeps the team catalog from being saved, field by field; names in `language`.
    QVector<CatalogProblem> validate(const std::function<bool(const QString &)> &calendarExists,
                                     const QString &language) const;
    // Parses every draft into its calendar and lists each provider's plans: the team catalog as
    // it is saved (call once validate() finds nothing).
    const TeamCatalog &commit();

private:
    struct CalendarDraft
    {
        std::array<QString, 7> weekly; // as typed
        QStringList dayHours; // as typed, one per exception of the calendar
    };

    static CalendarDraft draftFor(const CalendarSpec &spec);
    CalendarDraft &draft(CalendarSpec &spec);
    CalendarDraft draftOf(const CalendarSpec &spec) const;
    Plan *findPlan(const QString &id);
    Provider *findProvider(const QString &id);
    CalendarSpec *findCalendar(const QString &id);

    static QString leadTimeKey(const QString &planId, const QString &severity, TargetKind kind);
    // Renames (or, with `to` empty, drops) a plan's lead times of severity `from`; every
    // severity's when `from` is null.
    void moveLeadTimes(const QString &planId, const QString &from, const QString &to);

    TeamCatalog m_team;
    QHash<QString, CalendarDraft> m_drafts;
    QMap<QString, LeadTimeText> m_leadTimes; // by leadTimeKey(), as typed
};

} // namespace dueline
