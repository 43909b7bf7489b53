// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/presenters/backgroundcatalogstore.h"
#include "models/presenters/teamcatalogdraft.h"
#include "models/store/connection.h"
#include "models/store/teamcatalogstore.h"
#include "models/store/ticket.h"

#include <QDate>
#include <QHash>
#include <QObject>

#include <optional>
#include <utility>

namespace dueline {

class ClockSource;

// The shared database the editor can save the team catalog to (the app is connected to one).
// The session opens its own connections from the URL, off the GUI thread.
struct SharedCatalogDatabase
{
    std::optional<DatabaseUrl> url; // none: not connected
    const ClockSource *clock = nullptr; // the store's clock (must outlive the session)
    Agent me; // who saves (only a lead may)
    QString database; // the database for messages ("postgresql://…", a file)
    QString error; // why the database cannot be used (the URL is then ignored)
};

// One entry of the catalog as the editor lists it: a provider (with its plans) or a calendar.
struct CatalogEntry
{
    enum class Kind { Provider, Plan, Calendar };
    enum class Origin { BuiltIn, OtherFile, Team };
    Kind kind = Kind::Plan;
    QString id;
    QString name; // in the session's language
    Origin origin = Origin::Team; // only the team's own entries are editable
    QVector<CatalogEntry> plans; // of a provider
};

// The editing state of the catalog editor, without widgets: the team catalog being edited (the
// team file's providers, plans and work calendars) next to the read-only rest of the loaded
// catalog, the hours as typed (drafts, parsed when valid), the editor's rules (validate()), plan
// and calendar duplication, days off imported from an iCalendar file, the dirty state, and
// saving — to the team catalog file on this computer with CatalogWriter, which validates once
// more exactly as the loader does, or to the shared database, whose store validates the file with
// the built-in catalog and the database's other files and checks the row version the session
// opened. The database's copy of the team file, when there is one, is what the session edits.
//
// Every call to the shared database (reading its team files on open(), saving) runs off the GUI
// thread on a connection of its own, opened from the URL; isBusy() is true meanwhile, and opened()
// and saveFinished() report the outcome.
class CatalogEditingSession : public QObject
{
    Q_OBJECT
public:
    enum class Destination { ThisComputer, SharedDatabase };

    CatalogEditingSession(CatalogPtr catalog, const QString &teamPath,
                          const QStringList &otherTeamFiles,
                          const SharedCatalogDatabase &shared = {}, QObject *parent = nullptr);
    // Waits for a store call that is still running.
    ~CatalogEditingSession() override;

    // Reads the team file: the shared database's copy (off the GUI thread; opened() follows) or
    // this computer's file (at once: opened() is emitted before open() returns).
    void open();
    bool isOpen() const { return m_open; }
    // True while a store call runs (opening, saving).
    bool isBusy() const { return m_store && m_store->isRunning(); }
    // Why the team file cannot be edited (in the UI language; empty: it can).
    QString loadError() const { return m_loadError; }
    // True when the session opened the database's copy of the team file.
    bool openedFromDatabase() const { return m_fromDatabase; }

    // The language of catalog names in entries and messages ("en", "ru", "zh_CN").
    void setLanguage(const QString &language) { m_language = language; }
    QString language() const { return m_language; }

    CatalogPtr catalog() const { return m_catalog; }
    const TeamCatalog &team() const { return m_draft.team(); }
    QString teamPath() const { return m_teamPath; }
    // The name of the team file in the shared database ("team.json").
    QString sharedName() const;

    // ---- Reading -----------------------------------------------------------------------------
    // Every provider with its plans, the catalog's first and the team's after them.
    QVector<CatalogEntry> providerEntries() const;
    QVector<CatalogEntry> calendarEntries() const;
    // The calendars a plan can use: (id, name), the catalog's first.
    QVector<std::pair<QString, QString>> calendarChoices() const;
    // Any entry by id (the team's first); null when unknown or removed in this session.
    const Provider *provider(const QString &id) const;
    const Plan *plan(const QString &id) const;
    const CalendarSpec *calendar(const QString &id) const;
    // Whether the entry is the team's own (and the team file could be read).
    bool isTeamProvider(const QString &id) const;
    bool isTeamPlan(const QString &id) const;
    bool isTeamCalendar(const QString &id) const;
    QStringList teamProviderIds() const;
    // The names of a provider's plans.
    QStringList planNames(const QString &providerId) const;
    // The names of the team plans that count time on calendar `id`.
    QStringList calendarUsers(const QString &id) const;
    // A calendar's days as the editor lists them: a team calendar's own, a read-only calendar's
    // without the days its holiday set merged in at load time.
    QVector<DayException> listedDays(const QString &calendarId) const;
    // A weekday's hours (0 = Monday) and a listed day's hours, as typed (team calendars) or as
    // stored.
    QString weekdayHours(const QString &calendarId, int day) const;
    QString dayHours(const QString &calendarId, int row) const;

    // ---- Editing the team's entries (false: not a team entry) ----------------------------------
    bool setProviderNames(const QString &providerId, const LocalizedText &names);
    bool setPlanNames(const QString &planId, const LocalizedText &names);
    bool setPlanCalendar(const QString &planId, const QString &calendarId);
    // The severity in `row` of a plan: its code (renaming it everywhere in the plan), its name in
    // the session's language and its targets.
    bool setSeverity(const QString &planId, int row, const QString &code, const QString &name,
                     const Target &response, const Target &resolution);
    // Appends a severity "new" ("new-2" …); returns its row or -1.
    int addSeverity(const QString &planId);
    bool removeSeverity(const QString &planId, int row);
    // The severity code incident level 1..4 is filed under.
    bool setLevel(const QString &planId, int level, const QString &code);
    bool setCalendarNames(const QString &calendarId, const LocalizedText &names);
    bool setTimeZone(const QString &calendarId, const QString &zone);
    bool setAlways(const QString &calendarId, bool always);
    // A weekday's hours as typed (parsed into the calendar when valid).
    bool setWeekdayHours(const QString &calendarId, int day, const QString &text);
    bool setHolidaySet(const QString &calendarId, const QString &holidaySetId);
    // A listed day: its date, kind, hours as typed (a working day's; empty: Monday's) and its
    // name in the session's language.
    bool setDay(const QString &calendarId, int row, const QDate &date, DayException::Type type,
                const QString &hours, const QString &name);
    // Appends a day off after the last listed day (at the earliest `today`); its row or -1.
    int addDay(const QString &calendarId, const QDate &today);
    bool removeDay(const QString &calendarId, int row);

    // ---- Lead times (any plan: they are saved in the team file) --------------------------------
    // Whether lead times can be edited: the session is open and the team file could be read.
    bool canEditLeadTimes() const;
    // A plan's lead time for a severity (empty: every severity of the plan) and clock, as typed
    // ("30m", "10%"; empty: none set in the team file).
    QString leadTimeText(const QString &planId, const QString &severity, TargetKind kind) const;
    // Sets it as typed (checked by validate(), with the loader's rules and messages).
    bool setLeadTime(const QString &planId, const QString &severity, TargetKind kind,
                     const QString &text);
    // What applies where a severity's lead time is left empty: the plan-wide one as typed, else
    // the default (25 %), as text ("30m", "25%").
    QString inheritedLeadTime(const QString &planId, const QString &severity,
                              TargetKind kind) const;

    // ---- Duplicating, creating, removing ------------------------------------------------------
    // Why providerId/slug cannot be the id of a duplicated plan (empty: it can).
    QString duplicatePlanProblem(const QString &providerId, const QString &slug) const;
    // Duplicates a plan as providerId/slug (with these names for a new provider and the plan);
    // returns the new id or an empty string and *error.
    QString duplicatePlan(const QString &planId, const QString &providerId, const QString &slug,
                          const QString &providerName, const QString &planName,
                          QString *error = nullptr);
    // Why `id` cannot be the id of a new calendar (empty: it can; the format is the id
    // dialog's to check).
    QString calendarIdProblem(const QString &id) const;
    // `base`, else "base-2", "base-3" …: the first that names no calendar.
    QString unusedCalendarId(const QString &base) const;
    // Duplicates a calendar (built-in or not) as a team calendar.
    QString duplicateCalendar(const QString &calendarId, const QString &newId, const QString &name,
                              QString *error = nullptr);
    // A team calendar `id`, Monday to Friday 09:00–18:00 in this computer's time zone.
    QString newCalendar(const QString &id, const QString &name, QString *error = nullptr);
    bool removePlan(const QString &planId);
    // False and *error while a team plan still uses the calendar.
    bool removeCalendar(const QString &calendarId, QString *error = nullptr);
    // Adds the all-day events of an iCalendar file (recurring ones expanded from the year before
    // `today` to four years after) as days off of team calendar `calendarId`, the listed days
    // sorted by date. Returns the number of days added and *message (what was imported), or -1
    // and *message (why nothing was: the file, the event and the reason) with nothing changed.
    int importIcs(const QString &calendarId, const QString &path, const QDate &today,
                  QString *message);

    // ---- Rules, dirty state, saving -----------------------------------------------------------
    // What keeps the team catalog from being saved, field by field.
    QVector<CatalogProblem> validate() const;
    // The load error and the problems' messages (empty: the catalog can be saved).
    QStringList problems() const;
    // True once edited since opening or the last save.
    bool isModified() const { return m_modified; }
    // True once the team catalog has been saved.
    bool isSaved() const { return m_saved; }

    Destination destination() const { return m_destination; }
    // False when the shared database is not available to this agent.
    bool setDestination(Destination destination);
    // Whether Save may write to the shared database; otherwise *why (in the UI language).
    bool canSaveToDatabase(QString *why = nullptr) const;
    // Where the last successful save went.
    Destination savedTo() const { return m_savedTo; }
    // Whether save() would write anything now: open, not busy, no problems, something to save
    // (edits, or the catalog going to the other destination) and an allowed destination.
    bool canSave() const;
    // What Save does with the current destination, in the UI language.
    QString storageNote() const;
    QString saveToolTip() const;

    // Saves the team catalog to destination(). False when there is nothing to save now (problems,
    // not open, busy); otherwise saveFinished() reports the outcome — before save() returns for
    // this computer's file (and save() returns whether it was written), after the store call
    // for the shared database (save() returns true once the call has started).
    bool save();

signals:
    void opened();
    void busyChanged(bool busy);
    void saveFinished(bool saved, const QString &error);

private:
    void filesRead(const QVector<TeamCatalogFile> &files, const QString &error);
    void finishOpening();
    void loadTeamFile();
    void finishSaving(qint64 version, const QString &error);
    bool connected() const;
    // Marks the session modified when `done` (an edit took place); returns `done`.
    bool edited(bool done);
    // The team file `json` loads with this computer's other files and the database's other
    // files, as this client will load them; else *error.
    bool loadsWithOthers(const QByteArray &json, QString *error) const;
    bool calendarExists(const QString &id) const;

    CatalogPtr m_catalog;
    CatalogPtr m_builtIn;
    QString m_teamPath;
    QStringList m_otherFiles;
    QString m_language = QStringLiteral("en");
    TeamCatalogDraft m_draft; // the team's entries (none while the team file cannot be read)
    QStringList m_fileIds; // ids of providers, plans and calendars the team file held on opening
    QString m_loadError;
    bool m_open = false;
    bool m_saved = false;
    bool m_modified = false;
    SharedCatalogDatabase m_shared;
    QVector<TeamCatalogFile> m_sharedFiles;
    qint64 m_sharedVersion = 0; // the row version of the database's team file (0: none)
    bool m_fromDatabase = false;
    Destination m_destination = Destination::ThisComputer;
    Destination m_savedTo = Destination::ThisComputer;
    BackgroundCatalogStore *m_store = nullptr; // when connected
};

} // namespace dueline
