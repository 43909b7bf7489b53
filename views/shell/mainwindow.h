// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/catalog.h"
#include "models/store/connection.h"
#include "views/common/dialogrunner.h"
#include "views/queue/queueworkspace.h"

#include <QMainWindow>

#include <array>
#include <functional>

class QAction;
class QActionGroup;
class QDialog;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace dueline {

class EmptyStateWidget;
class PlansWorkspace;
class PersonSwitcher;
class QueueWorkspace;
class DashboardWorkspace;
class ShortcutsDialog;
class WallboardWidget;
class WorkspaceSidebar;

// The main window: three workspaces (Queue, Plans, Dashboard) chosen in a sidebar, the View
// menu, the toolbar or Ctrl+1/2/3; menus, a status bar, saved geometry and live retranslation.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Workspace { Queue, Plans, Dashboard };
    Q_ENUM(Workspace)
    static constexpr int workspaceCount = 3;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace currentWorkspace() const;
    void setCurrentWorkspace(Workspace workspace);

    // "queue", "plans", "dashboard" (the names the --workspace option takes).
    static QString workspaceName(Workspace workspace);
    static bool workspaceFromName(const QString &name, Workspace *workspace);
    // The size of a window without saved geometry: 1280×800, where the queue shows number,
    // severity, both clocks and subject beside the panel; smaller on a smaller screen.
    static QSize defaultSize(const QSize &availableScreen);

    EmptyStateWidget *emptyState(Workspace workspace) const;

    // The plan catalog the Plans workspace compares (until one is set, it shows its empty
    // state), and the team's catalog files it was loaded from, to load it again after the
    // catalog editor saves.
    void setCatalog(dueline::CatalogPtr catalog);
    void setTeamCatalogFiles(std::function<QStringList()> files);
    PlansWorkspace *plansWorkspace() const { return m_plansWorkspace; }

    void setDialogRunner(DialogRunner runner);

    // The database shown (File > Connect starts from it). Set by whoever opened it.
    void setDatabaseUrl(const dueline::DatabaseUrl &url) { m_databaseUrl = url; }
    const dueline::DatabaseUrl &databaseUrl() const { return m_databaseUrl; }
    // File > Connect: asks for a database (ConnectionDialog); when the user picks one it is
    // remembered as the "database/url" setting and databaseChangeRequested() is emitted.
    void showConnectionDialog();
    // The TLS policy (issue 15): whether to connect to `url` although its server is not on this
    // computer and its certificate is not verified (connectionpolicy::isInsecure()). Asks once
    // per server (host:port) and remembers the answer (setting "tls/insecureServers"); with
    // `askAgain` the question is asked even when an answer is remembered (File > Connect).
    // True without asking for a connection that is not insecure.
    bool confirmInsecureConnection(const dueline::DatabaseUrl &url, bool askAgain = false);

    // The Queue workspace shows its empty state until a ticket database is opened here (in the
    // queue's worker; a database that cannot be opened brings the empty state back and the
    // status bar says why); the status bar then shows the database, the connection, the server
    // clock offset, the agent and the open / at-risk / breached counts.
    void openQueue(const dueline::QueueSource &source, const dueline::Agent &me,
                   dueline::Ticker *ticker);
    QueueWorkspace *queueWorkspace() const { return m_queueWorkspace; }
    // Who I am (File ▸ Switch Person…, the status bar's name): on a SQLite file the person picks
    // or adds their agent; personChosen() then tells the application to remember it.
    PersonSwitcher *personSwitcher() const { return m_personSwitcher; }

    // The Dashboard workspace shows its empty state until a database is opened here (openQueue()
    // does it with the queue's database); it aggregates on its own connection in a worker thread.
    void openDashboard(const dueline::DatabaseUrl &url, dueline::CatalogPtr catalog,
                       const dueline::ClockSource &clock, dueline::Ticker *ticker);
    DashboardWorkspace *dashboardWorkspace() const { return m_dashboardWorkspace; }
    // Full screen, dark, rotating pages of the dashboard's figures (View > Wallboard).
    WallboardWidget *showWallboard();
    // The dialog Help ▸ Keyboard Shortcuts… runs, filled from the actions as they are now and
    // not shown yet (owned by the caller; screenshots show it without waiting for it).
    ShortcutsDialog *createShortcutsDialog();

public slots:
    void showAboutDialog();
    void showPreferencesDialog();
    // Settings ▸ Notifications… (and Preferences' "Change…"): the current person's notification
    // settings, saved in the database through the queue's controller (issue 20).
    void showNotificationSettingsDialog();
    // Help ▸ Keyboard Shortcuts…: every action with a shortcut, by menu, and the keys that are no
    // action (ShortcutsDialog), from the actions as they are now.
    void showShortcutsDialog();

signals:
    void currentWorkspaceChanged(MainWindow::Workspace workspace);
    // The user chose another interface language in Preferences ("" = the system's). Whoever
    // owns the translators (app/bootstrap) installs them; every window then retranslates.
    void languageChangeRequested(const QString &language);
    // The user chose another database in File > Connect (with its password, if typed); the
    // application opens it (app/gui restarts itself on it).
    void databaseChangeRequested(const dueline::DatabaseUrl &url);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void createCentralWidget();
    void retranslateUi();
    void updateFullScreenAction();
    void readSettings();
    void writeSettings() const;
    int runDialog(QDialog &dialog);
    void updateQueueStatus();
    // Once, when a queue opens: the notification hours an earlier Dueline kept in QSettings
    // (notifications/enabled, workStart, workEnd: weekdays) become the person's settings in the
    // database, unless they have some there already; the keys are then removed.
    void migrateOldNotificationHours();

    struct WorkspaceParts
    {
        QAction *action = nullptr;
        QWidget *page = nullptr;
        EmptyStateWidget *emptyState = nullptr;
    };
    std::array<WorkspaceParts, workspaceCount> m_workspaces;

    WorkspaceSidebar *m_sidebar = nullptr;
    QStackedWidget *m_stack = nullptr;
    PlansWorkspace *m_plansWorkspace = nullptr;
    QueueWorkspace *m_queueWorkspace = nullptr;
    DashboardWorkspace *m_dashboardWorkspace = nullptr;
    QAction *m_wallboardAction = nullptr;
    QAction *m_defaultOrderAction = nullptr; // the shown ticket table's default order
    dueline::Ticker *m_dashboardTicker = nullptr;
    QMenu *m_ticketMenu = nullptr;
    QToolBar *m_toolBar = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;

    QActionGroup *m_workspaceGroup = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_connectAction = nullptr;
    dueline::DatabaseUrl m_databaseUrl;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_showToolBarAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_notificationsAction = nullptr;
    bool m_migratingHours = false;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;

    QLabel *m_databaseIcon = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
    PersonSwitcher *m_personSwitcher = nullptr; // who I am: File menu and status bar
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_clockOffsetLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QLabel *m_tlsWarningLabel = nullptr; // while an unverified TLS connection is in use

    DialogRunner m_dialogRunner;
};

} // namespace dueline
