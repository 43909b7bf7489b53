#pragma once

#include "models/catalog/catalogwriter.h"
#include "models/store/teamcatalogstore.h"
#include "models/store/ticket.h"
#include "views/common/dialogrunner.h"

#include <QDialog>
#include <QHash>

#include <array>

class PlansBanner;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;

// The shared database the editor can save the team catalog to (the app is connected to one).
struct CatalogEditorShared
{
    dueline::TeamCatalogStore *store = nullptr; // null: not connected
    dueline::Agent me; // who saves (only a lead may)
    QString database; // the database for messages ("postgresql://…", a file)
    QString error; // why the database's team catalog cannot be read (store is then null)
};

// The catalog editor for team leads: the loaded catalog's providers, plans and work calendars in
// a tree; built-in entries (and those of other team files) read-only with "Duplicate…"; the
// team's own plans (names, severities with their targets, P-level mapping, calendar) and
// calendars (time zone, weekly hours with breaks, days off, working days, shortened days, days
// off imported from an iCalendar file) editable, validated as they are typed. Save writes the
// team catalog file with CatalogWriter, which validates once more exactly as the loader does:
// nothing invalid reaches the disk. When connected to a shared database, Save offers it as the
// destination ("Shared database (whole team)", for leads): the store validates the file with the
// built-in catalog and the database's other files and checks the row version the editor opened.
// The database's copy of the team file, when there is one, is what the editor opens.
class CatalogEditorDialog : public QDialog
{
    Q_OBJECT
public:
    CatalogEditorDialog(dueline::CatalogPtr catalog, const QString &teamPath,
                        const QStringList &otherTeamFiles, DialogRunner runner,
                        QWidget *parent = nullptr);
    CatalogEditorDialog(dueline::CatalogPtr catalog, const QString &teamPath,
                        const QStringList &otherTeamFiles, const CatalogEditorShared &shared,
                        DialogRunner runner, QWidget *parent = nullptr);
    ~CatalogEditorDialog() override;

    enum class Destination { ThisComputer, SharedDatabase };
    Destination destination() const;
    // False when the shared database is not available to this agent.
    bool setDestination(Destination destination);
    // Whether Save may write to the shared database; otherwise *why (in the UI language).
    bool canSaveToDatabase(QString *why = nullptr) const;
    // Where the last successful save went.
    Destination savedTo() const { return m_savedTo; }
    // The name of the team file in the shared database ("team.json").
    QString sharedName() const;
    // True when the editor opened the database's copy of the team file.
    bool openedFromDatabase() const { return m_fromDatabase; }
    QComboBox *destinationCombo() const { return m_destination; }
    QLabel *storageNote() const { return m_storageNote; }

    // True once the team file has been written.
    bool saved() const { return m_saved; }
    bool isModified() const { return m_modified; }
    const dueline::TeamCatalog &team() const { return m_team; }
    QString teamPath() const { return m_teamPath; }

    // What keeps the catalog from being saved, in the UI language (empty: it can be saved).
    QStringList problems() const;

    QTreeWidget *tree() const { return m_tree; }
    QPushButton *saveButton() const;
    PlansBanner *banner() const { return m_banner; }
    // Selects an entry of the tree; false when there is none.
    bool selectPlan(const QString &planId);
    bool selectCalendar(const QString &calendarId);
    bool selectProvider(const QString &providerId);

    // Fields of the calendar page (tests drive them as a user would).
    QLineEdit *weekdayEdit(int day) const { return m_weekly.at(std::size_t(day)); }
    QComboBox *zoneCombo() const { return m_zone; }
    QTableWidget *exceptionsTable() const { return m_exceptions; }
    // Fields of the plan page.
    QLineEdit *planNameEdit(int language) const { return m_planNames.at(std::size_t(language)); }
    QTableWidget *severitiesTable() const { return m_severities; }
    QComboBox *levelCombo(int level) const { return m_levels.at(std::size_t(level - 1)); }

    // Duplicates a plan as providerId/slug (with these names for a new provider and the plan);
    // returns the new id or an empty string and *error.
    QString duplicatePlan(const QString &planId, const QString &providerId, const QString &slug,
                          const QString &providerName, const QString &planName,
                          QString *error = nullptr);
    // Duplicates a calendar (built-in or not) as a team calendar.
    QString duplicateCalendar(const QString &calendarId, const QString &newId, const QString &name,
                              QString *error = nullptr);
    // Adds the all-day events of an iCalendar file as days off of the team calendar on display;
    // returns the number of days added or -1 and *error.
    int importIcsFile(const QString &path, QString *error = nullptr);

public slots:
    bool save();
    void duplicateSelected();
    void newCalendar();
    void removeSelected();
    void importIcs();
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Kind { None, Group, Provider, Plan, Calendar };
    struct CalendarDraft
    {
        std::array<QString, 7> weekly; // as typed
        QStringList exceptionHours; // as typed, one per exception of the spec
    };
    struct Problem
    {
        QString key; // the field: "calendar/ID/weekly/2", "plan/ID/level/1", …
        QString message;
    };

    void buildUi();
    void buildPlanPage();
    void buildCalendarPage();
    void buildProviderPage();
    void retranslateUi();
    void loadTeamFile();
    void updateDestination();
    // The team file `json` loads with this computer's other files and the database's other
    // files, as this client will load them; else *error.
    bool loadsWithOthers(const QByteArray &json, QString *error) const;
    void rebuildTree(Kind selectKind = Kind::None, const QString &selectId = {});
    void onCurrentItemChanged();
    void showPlan(const QString &planId);
    void showCalendar(const QString &calendarId);
    void showProvider(const QString &providerId);
    void fillCalendarCombo(const QString &current);
    void fillLevelCombos();
    void fillExceptions();
    void setReadOnlyNote(bool readOnly, const QString &what);

    // Edits, written through to m_team (or the drafts) as they happen.
    void planNamesEdited();
    void planCalendarEdited();
    void severityEdited(int row);
    void addSeverity();
    void removeSeverity();
    void levelEdited(int level);
    void calendarNamesEdited();
    void zoneEdited();
    void alwaysEdited();
    void weekdayEdited(int day);
    void holidaysEdited();
    void exceptionEdited(int row);
    void addException();
    void removeException();
    void providerNamesEdited();

    void modified();
    QVector<Problem> validate() const;
    void revalidate();
    // Drafts parsed into the specs (only once validate() finds nothing).
    void commitDrafts();
    CalendarDraft draftFor(const dueline::CalendarSpec &spec) const;

    dueline::Plan *teamPlan(const QString &id);
    dueline::Provider *teamProvider(const QString &id);
    dueline::CalendarSpec *teamCalendar(const QString &id);
    const dueline::Plan *anyPlan(const QString &id) const;
    const dueline::Provider *anyProvider(const QString &id) const;
    const dueline::CalendarSpec *anyCalendar(const QString &id) const;
    bool calendarExists(const QString &id) const;
    QStringList calendarUsers(const QString &id) const;
    int runDialog(QDialog &dialog);

    dueline::CatalogPtr m_catalog;
    dueline::CatalogPtr m_builtIn;
    QString m_teamPath;
    QStringList m_otherFiles;
    DialogRunner m_dialogRunner;
    QString m_language;
    dueline::TeamCatalog m_team;
    QStringList m_fileIds; // ids of providers, plans and calendars the team file held on opening
    QHash<QString, CalendarDraft> m_drafts;
    QString m_loadError;
    bool m_saved = false;
    bool m_modified = false;
    bool m_loading = false;
    CatalogEditorShared m_shared;
    QVector<dueline::TeamCatalogFile> m_sharedFiles;
    qint64 m_sharedVersion = 0; // the row version of the database's team file (0: none)
    bool m_fromDatabase = false;
    Destination m_savedTo = Destination::ThisComputer;

    Kind m_kind = Kind::None;
    QString m_currentId;
    bool m_currentEditable = false;

    QTreeWidget *m_tree = nullptr;
    QPushButton *m_duplicateButton = nullptr;
    QPushButton *m_newCalendarButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_pageTitle = nullptr;
    PlansBanner *m_readOnlyNote = nullptr;
    PlansBanner *m_banner = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QLabel *m_storageNote = nullptr;
    QLabel *m_destinationLabel = nullptr;
    QComboBox *m_destination = nullptr;

    // Plan page.
    QWidget *m_planPage = nullptr;
    QFormLayout *m_planForm = nullptr;
    std::array<QLineEdit *, 3> m_planNames{};
    QComboBox *m_planCalendar = nullptr;
    QLabel *m_severitiesLabel = nullptr;
    QTableWidget *m_severities = nullptr;
    QPushButton *m_addSeverity = nullptr;
    QPushButton *m_removeSeverity = nullptr;
    QLabel *m_levelsLabel = nullptr;
    std::array<QLabel *, 4> m_levelLabels{};
    std::array<QComboBox *, 4> m_levels{};

    // Calendar page.
    QWidget *m_calendarPage = nullptr;
    QFormLayout *m_calendarForm = nullptr;
    std::array<QLineEdit *, 3> m_calendarNames{};
    QComboBox *m_zone = nullptr;
    QCheckBox *m_always = nullptr;
    QLabel *m_weeklyLabel = nullptr;
    std::array<QLabel *, 7> m_weekdayLabels{};
    std::array<QLineEdit *, 7> m_weekly{};
    QComboBox *m_holidays = nullptr;
    QLabel *m_exceptionsLabel = nullptr;
    QLabel *m_holidayNote = nullptr;
    QTableWidget *m_exceptions = nullptr;
    QPushButton *m_addException = nullptr;
    QPushButton *m_removeException = nullptr;
    QPushButton *m_importIcs = nullptr;
    QLabel *m_importResult = nullptr;

    // Provider page.
    QWidget *m_providerPage = nullptr;
    QFormLayout *m_providerForm = nullptr;
    std::array<QLineEdit *, 3> m_providerNames{};
    QLabel *m_providerInfo = nullptr;
};
