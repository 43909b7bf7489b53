#pragma once

#include "models/catalog/catalog.h"

#include <QMainWindow>

#include <array>
#include <functional>

class EmptyStateWidget;
class PlansWorkspace;
class QAction;
class QActionGroup;
class QDialog;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;
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

    // Runs a modal dialog and returns its result. Tests replace it so nothing blocks in exec().
    using DialogRunner = std::function<int(QDialog &)>;

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace currentWorkspace() const;
    void setCurrentWorkspace(Workspace workspace);

    // "queue", "plans", "dashboard" (the names the --workspace option takes).
    static QString workspaceName(Workspace workspace);
    static bool workspaceFromName(const QString &name, Workspace *workspace);

    EmptyStateWidget *emptyState(Workspace workspace) const;

    // The plan catalog the Plans workspace compares (until one is set, it shows its empty
    // state), and the team's catalog files it was loaded from, to load it again after the
    // catalog editor saves.
    void setCatalog(dueline::CatalogPtr catalog);
    void setTeamCatalogFiles(std::function<QStringList()> files);
    PlansWorkspace *plansWorkspace() const { return m_plansWorkspace; }

    void setDialogRunner(DialogRunner runner);

public slots:
    void showAboutDialog();
    void showPreferencesDialog();

signals:
    void currentWorkspaceChanged(MainWindow::Workspace workspace);
    // The user chose another interface language in Preferences ("" = the system's). Whoever
    // owns the translators (app/bootstrap) installs them; every window then retranslates.
    void languageChangeRequested(const QString &language);

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
    QToolBar *m_toolBar = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;

    QActionGroup *m_workspaceGroup = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_showToolBarAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;

    QLabel *m_databaseIcon = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_languageLabel = nullptr;

    DialogRunner m_dialogRunner;
};
