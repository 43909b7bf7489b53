// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/shell/mainwindow.h"

#include "models/item/ticker.h"
#include "models/store/connectionpolicy.h"

#include "views/common/commonui.h"
#include "views/common/dialogkeys.h"
#include "views/common/emptystatewidget.h"
#include "views/common/icons.h"
#include "views/dashboard/dashboardworkspace.h"
#include "views/dashboard/wallboardwidget.h"
#include "views/plans/plansworkspace.h"
#include "views/queue/countdowndelegate.h"
#include "views/queue/finishedticketsview.h"
#include "views/queue/queuenotifier.h"
#include "views/shell/aboutdialog.h"
#include "views/shell/connectiondialog.h"
#include "views/shell/notificationsettingsdialog.h"
#include "views/shell/personswitcher.h"
#include "views/shell/preferencesdialog.h"
#include "views/shell/shortcutsdialog.h"
#include "views/shell/workspacesidebar.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

namespace dueline {

namespace {

const QString geometryKey = QStringLiteral("MainWindow/geometry");
const QString stateKey = QStringLiteral("MainWindow/state");
const QString workspaceKey = QStringLiteral("MainWindow/workspace");
constexpr int stateVersion = 1;

// The workspaces' icons; every name is in DUELINE_ICONS (resources/icons/CMakeLists.txt).
QString workspaceIconName(MainWindow::Workspace workspace)
{
    switch (workspace) {
    case MainWindow::Queue:
        return QStringLiteral("view-list-details");
    case MainWindow::Plans:
        return QStringLiteral("view-financial-list");
    case MainWindow::Dashboard:
        return QStringLiteral("view-statistics");
    }
    return {};
}

// A one-pixel line between the sidebar and the workspace, in a colour between the window's
// background and its text, so it reads the same in light and dark palettes.
class Separator : public QWidget
{
public:
    explicit Separator(QWidget *parent)
        : QWidget(parent)
    {
        setFixedWidth(1);
        setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        const QColor line = CommonUi::mix(palette().color(QPalette::Window),
                                          palette().color(QPalette::WindowText), 0.2);
        QPainter(this).fillRect(rect(), line);
    }
};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::application());
    setUnifiedTitleAndToolBarOnMac(true);

    createActions();
    createMenus();
    createToolBar();
    createCentralWidget();
    createStatusBar();
    retranslateUi();
    readSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_workspaceGroup = new QActionGroup(this);
    m_workspaceGroup->setExclusive(true);
    const std::array<QKeySequence, workspaceCount> shortcuts{QKeySequence(Qt::CTRL | Qt::Key_1),
                                                             QKeySequence(Qt::CTRL | Qt::Key_2),
                                                             QKeySequence(Qt::CTRL | Qt::Key_3)};
    for (int i = 0; i < workspaceCount; ++i) {
        const auto workspace = static_cast<Workspace>(i);
        auto *action = new QAction(Icons::get(workspaceIconName(workspace)), QString(), this);
        action->setObjectName(workspaceName(workspace) + QStringLiteral("Action"));
        action->setCheckable(true);
        action->setShortcut(shortcuts[i]);
        m_workspaceGroup->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, workspace] { setCurrentWorkspace(workspace); });
        m_workspaces[i].action = action;
    }

    m_personSwitcher = new PersonSwitcher(this);
    m_connectAction =
            new QAction(Icons::get(QStringLiteral("network-server-database")), QString(), this);
    m_connectAction->setObjectName(QStringLiteral("connectAction"));
    // Open another database (Ctrl+Shift+O is Ticket ▸ Override Due).
    m_connectAction->setShortcut(QKeySequence::Open);
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::showConnectionDialog);

    m_quitAction = new QAction(Icons::get(QStringLiteral("application-exit")), QString(), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcuts(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_wallboardAction = new QAction(this);
    m_wallboardAction->setObjectName(QStringLiteral("wallboardAction"));
    m_wallboardAction->setEnabled(false);
    connect(m_wallboardAction, &QAction::triggered, this, [this] { showWallboard(); });

    // The queue's (or the Resolved and Closed views') default order: next breach first.
    m_defaultOrderAction = new QAction(this);
    m_defaultOrderAction->setObjectName(QStringLiteral("defaultOrderAction"));
    connect(m_defaultOrderAction, &QAction::triggered, this, [this] {
        FinishedTicketsView *finished = m_queueWorkspace->finishedTickets();
        QueueTableView *table = finished->isVisible()
                                        ? finished->view()
                                        : qobject_cast<QueueTableView *>(m_queueWorkspace->view());
        setCurrentWorkspace(Queue);
        if (table)
            table->defaultOrderAction()->trigger();
    });

    m_fullScreenAction = new QAction(this);
    m_fullScreenAction->setObjectName(QStringLiteral("fullScreenAction"));
    m_fullScreenAction->setCheckable(true);
    QList<QKeySequence> fullScreenKeys = QKeySequence::keyBindings(QKeySequence::FullScreen);
    if (fullScreenKeys.isEmpty())
        fullScreenKeys = {QKeySequence(Qt::Key_F11)};
    m_fullScreenAction->setShortcuts(fullScreenKeys);
    connect(m_fullScreenAction, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen
                          : windowState() & ~Qt::WindowFullScreen);
        updateFullScreenAction();
    });

    m_showToolBarAction = new QAction(this);
    m_showToolBarAction->setObjectName(QStringLiteral("showToolBarAction"));
    m_showToolBarAction->setCheckable(true);
    m_showToolBarAction->setChecked(true);

    m_preferencesAction = new QAction(Icons::get(QStringLiteral("configure")), QString(), this);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setShortcuts(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferencesDialog);
    m_notificationsAction =
            new QAction(Icons::get(QStringLiteral("preferences-desktop-notification"),
                                   QStyle::SP_MessageBoxInformation),
                        QString(), this);
    m_notificationsAction->setObjectName(QStringLiteral("notificationSettingsAction"));
    connect(m_notificationsAction, &QAction::triggered, this,
            &MainWindow::showNotificationSettingsDialog);

    m_shortcutsAction =
            new QAction(Icons::get(QStringLiteral("configure-shortcuts")), QString(), this);
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    m_shortcutsAction->setShortcuts(QKeySequence::HelpContents);
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcutsDialog);

    m_aboutAction = new QAction(Icons::application(), QString(), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAboutDialog);

    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, this,
            [this] { QMessageBox::aboutQt(this, tr("About Qt")); });
}

void MainWindow::createMenus()
{
    QMenuBar *bar = menuBar();
    bar->setObjectName(QStringLiteral("menuBar"));

    m_fileMenu = bar->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_connectAction);
    m_fileMenu->addAction(m_personSwitcher->action());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = bar->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    for (const WorkspaceParts &parts : m_workspaces)
        m_viewMenu->addAction(parts.action);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_defaultOrderAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_fullScreenAction);
    m_viewMenu->addAction(m_wallboardAction);

    // The queue's ticket actions; shown once a ticket database is open.
    m_ticketMenu = bar->addMenu(QString());
    m_ticketMenu->setObjectName(QStringLiteral("ticketMenu"));
    m_ticketMenu->menuAction()->setVisible(false);

    m_settingsMenu = bar->addMenu(QString());
    m_settingsMenu->setObjectName(QStringLiteral("settingsMenu"));
    m_settingsMenu->addAction(m_showToolBarAction);
    m_settingsMenu->addSeparator();
    m_settingsMenu->addAction(m_notificationsAction);
    m_settingsMenu->addAction(m_preferencesAction);

    m_helpMenu = bar->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setIconSize(QSize(22, 22));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    m_toolBar->toggleViewAction()->setVisible(false);
    for (const WorkspaceParts &parts : m_workspaces)
        m_toolBar->addAction(parts.action);

    connect(m_showToolBarAction, &QAction::toggled, m_toolBar, &QToolBar::setVisible);
    connect(m_toolBar, &QToolBar::visibilityChanged, this, [this](bool visible) {
        if (!isMinimized() && isVisible()) {
            const QSignalBlocker blocker(m_showToolBarAction);
            m_showToolBarAction->setChecked(visible);
        }
    });
}

void MainWindow::createCentralWidget()
{
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));

    m_sidebar = new WorkspaceSidebar(central);
    m_sidebar->setObjectName(QStringLiteral("workspaceSidebar"));
    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("workspaceStack"));

    for (int i = 0; i < workspaceCount; ++i) {
        const auto workspace = static_cast<Workspace>(i);
        const QString name = workspaceName(workspace);
        auto *page = new QWidget(m_stack);
        page->setObjectName(name + QStringLiteral("Page"));
        auto *emptyState = new EmptyStateWidget(page);
        emptyState->setObjectName(name + QStringLiteral("EmptyState"));
        emptyState->setIconName(workspaceIconName(workspace));
        auto *layout = new QVBoxLayout(page);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(emptyState);
        m_stack->addWidget(page);
        m_sidebar->addWorkspace(Icons::get(workspaceIconName(workspace)), QString(), QString());
        m_workspaces[i].page = page;
        m_workspaces[i].emptyState = emptyState;
    }
    // The Queue workspace replaces its empty state once a ticket database is open.
    m_queueWorkspace = new QueueWorkspace(m_workspaces[Queue].page);
    m_queueWorkspace->hide();
    m_workspaces[Queue].page->layout()->addWidget(m_queueWorkspace);
    m_queueWorkspace->setDialogRunner([this](QDialog &dialog) { return runDialog(dialog); });
    m_personSwitcher->setController(m_queueWorkspace->controller());
    m_personSwitcher->setDialogRunner([this](QDialog &dialog) { return runDialog(dialog); });
    connect(m_queueWorkspace->controller(), &dueline::QueueController::opened, this,
            &MainWindow::migrateOldNotificationHours);
    connect(m_queueWorkspace, &QueueWorkspace::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_queueWorkspace, &QueueWorkspace::statusChanged, this, &MainWindow::updateQueueStatus);
    connect(m_queueWorkspace, &QueueWorkspace::openFailed, this, [this](const QString &error) {
        m_queueWorkspace->hide();
        m_workspaces[Queue].emptyState->show();
        m_ticketMenu->menuAction()->setVisible(false);
        for (QLabel *label : {m_countsLabel, m_connectionLabel, m_clockOffsetLabel})
            label->hide();
        m_personSwitcher->statusButton()->hide();
        statusBar()->showMessage(tr("The ticket database could not be opened: %1").arg(error));
    });
    // Missed while away: View ▸ Missed Notifications… (and the status bar's button).
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_queueWorkspace->notifier()->missedAction());
    {
        using W = QueueWorkspace;
        for (W::ActionId id : {W::NewTicketAction, W::FindAction}) {
            m_ticketMenu->addAction(m_queueWorkspace->action(id));
        }
        m_ticketMenu->addSeparator();
        for (W::ActionId id : {W::TakeAction, W::AssignAction, W::ReplyAction, W::NoteAction,
                               W::WaitAction, W::ResumeAction, W::ResolveAction, W::ReopenAction})
            m_ticketMenu->addAction(m_queueWorkspace->action(id));
        m_ticketMenu->addSeparator();
        for (W::ActionId id :
             {W::ChangeSeverityAction, W::ChangePlanAction, W::OverrideDueAction, W::RefreshAction})
            m_ticketMenu->addAction(m_queueWorkspace->action(id));
        m_ticketMenu->addSeparator();
        m_ticketMenu->addAction(m_queueWorkspace->action(W::CustomerReportAction));
    }

    // The Dashboard workspace replaces its empty state once a ticket database is open.
    m_dashboardWorkspace = new DashboardWorkspace(m_workspaces[Dashboard].page);
    m_dashboardWorkspace->setObjectName(QStringLiteral("dashboardWorkspace"));
    m_dashboardWorkspace->hide();
    m_workspaces[Dashboard].page->layout()->addWidget(m_dashboardWorkspace);
    connect(m_queueWorkspace, &QueueWorkspace::customerReportRequested, m_dashboardWorkspace,
            [this](qint64 customerId) { m_dashboardWorkspace->showCustomerReport(customerId); });
    connect(m_dashboardWorkspace, &DashboardWorkspace::openQueueView, this,
            [this](const dueline::QueueFilter &filter) {
                if (m_queueWorkspace->isOpen())
                    m_queueWorkspace->openFilter(filter);
                setCurrentWorkspace(Queue);
            });
    connect(m_dashboardWorkspace, &DashboardWorkspace::wallboardRequested, this,
            [this] { showWallboard(); });

    // The Plans workspace replaces its empty state once a catalog is set.
    m_plansWorkspace = new PlansWorkspace(m_workspaces[Plans].page);
    m_plansWorkspace->hide();
    m_workspaces[Plans].page->layout()->addWidget(m_plansWorkspace);
    m_plansWorkspace->setDialogRunner([this](QDialog &dialog) { return runDialog(dialog); });
    connect(m_plansWorkspace, &PlansWorkspace::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < workspaceCount)
            setCurrentWorkspace(static_cast<Workspace>(row));
    });

    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(new Separator(central));
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    setCurrentWorkspace(Queue);
}

void MainWindow::createStatusBar()
{
    QStatusBar *bar = statusBar();
    bar->setObjectName(QStringLiteral("statusBar"));

    auto *database = new QWidget(bar);
    database->setObjectName(QStringLiteral("databaseStatus"));
    m_databaseIcon = new QLabel(database);
    m_databaseIcon->setObjectName(QStringLiteral("databaseStatusIcon"));
    m_databaseIcon->setPixmap(Icons::get(QStringLiteral("network-server-database"))
                                      .pixmap(QSize(16, 16), devicePixelRatioF()));
    m_databaseLabel = new QLabel(database);
    m_databaseLabel->setObjectName(QStringLiteral("databaseStatusLabel"));
    auto *databaseLayout = new QHBoxLayout(database);
    databaseLayout->setContentsMargins(4, 0, 4, 0);
    databaseLayout->setSpacing(6);
    databaseLayout->addWidget(m_databaseIcon);
    databaseLayout->addWidget(m_databaseLabel);
    bar->addPermanentWidget(database);

    // Shown once a ticket database is open (openQueue()).
    const auto queueLabel = [bar](const char *name) {
        auto *label = new QLabel(bar);
        label->setObjectName(QLatin1String(name));
        label->setContentsMargins(4, 0, 4, 0);
        label->hide();
        bar->addPermanentWidget(label);
        return label;
    };
    bar->addPermanentWidget(m_queueWorkspace->notifier()->missedButton(bar));
    m_countsLabel = queueLabel("countsStatusLabel");
    bar->addPermanentWidget(m_personSwitcher->statusButton());
    m_connectionLabel = queueLabel("connectionStatusLabel");
    m_clockOffsetLabel = queueLabel("clockOffsetStatusLabel");
    m_tlsWarningLabel = queueLabel("tlsWarningStatusLabel");

    m_languageLabel = new QLabel(bar);
    m_languageLabel->setObjectName(QStringLiteral("languageStatusLabel"));
    m_languageLabel->setContentsMargins(4, 0, 4, 0);
    bar->addPermanentWidget(m_languageLabel);
}

void MainWindow::retranslateUi()
{
    const std::array<QString, workspaceCount> labels{
            tr("Queue", "workspace: the ticket queue"),
            tr("Plans", "workspace: support plans compared side by side"),
            tr("Dashboard", "workspace: charts for team leads")};
    const std::array<QString, workspaceCount> menuTexts{
            tr("&Queue", "View menu: the ticket queue workspace"),
            tr("&Plans", "View menu: the support plans workspace"),
            tr("&Dashboard", "View menu: the dashboard workspace")};
    const std::array<QString, workspaceCount> descriptions{
            tr("Your ticket queue, with a live countdown to every SLA breach."),
            tr("Support plans side by side, and the real deadline each gives for the same "
               "incident."),
            tr("Compliance, breaches and what breaches next, for team leads.")};
    for (int i = 0; i < workspaceCount; ++i) {
        QAction *action = m_workspaces[i].action;
        action->setText(menuTexts[i]);
        action->setIconText(labels[i]);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
                labels[i], action->shortcut().toString(QKeySequence::NativeText)));
        action->setStatusTip(descriptions[i]);
        m_sidebar->setWorkspaceText(i, labels[i], descriptions[i]);
    }

    EmptyStateWidget *queue = m_workspaces[Queue].emptyState;
    queue->setTitle(tr("No tickets yet"));
    queue->setDescription(descriptions[Queue]);
    queue->setHint(tr("Create a ticket, or fill a demo database with:"));
    queue->setCommand(QStringLiteral("dueline-cli demo --tickets 1000"));

    EmptyStateWidget *plans = m_workspaces[Plans].emptyState;
    plans->setTitle(tr("No plans to compare yet"));
    plans->setDescription(descriptions[Plans]);
    plans->setHint(tr("Plans come from the built-in catalog and your team's catalog files. "
                      "To list them, run:"));
    plans->setCommand(QStringLiteral("dueline-cli plans"));

    EmptyStateWidget *dashboard = m_workspaces[Dashboard].emptyState;
    dashboard->setTitle(tr("Nothing to chart yet"));
    dashboard->setDescription(descriptions[Dashboard]);
    dashboard->setHint(tr("Charts appear once the queue has tickets. For a demo, run:"));
    dashboard->setCommand(QStringLiteral("dueline-cli demo --tickets 1000"));
    m_wallboardAction->setText(tr("&Wallboard", "View menu: full-screen dashboard for a wall"));
    m_defaultOrderAction->setText(
            tr("Default &Order", "View menu: sort the ticket table by the next breach again"));
    m_defaultOrderAction->setStatusTip(
            tr("Sort the tickets as they first came: the next breach first in the queue"));
    m_wallboardAction->setStatusTip(
            tr("Show the dashboard full screen for a wall display; Escape leaves it"));

    m_fileMenu->setTitle(tr("&File", "menu"));
    m_viewMenu->setTitle(tr("&View", "menu"));
    m_settingsMenu->setTitle(tr("&Settings", "menu"));
    m_helpMenu->setTitle(tr("&Help", "menu"));
    m_ticketMenu->setTitle(tr("&Ticket", "menu"));

    m_connectAction->setText(tr("&Connect to Database…"));
    m_personSwitcher->update();
    m_connectAction->setStatusTip(
            tr("Open another database: a SQLite file or the team's PostgreSQL server"));
    m_quitAction->setText(tr("&Quit", "leave the application"));
    m_quitAction->setStatusTip(tr("Close the window and leave Dueline"));
    updateFullScreenAction();
    m_showToolBarAction->setText(tr("Show &Toolbar"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_preferencesAction->setStatusTip(tr("Choose the interface language and appearance"));
    m_notificationsAction->setText(tr("&Notifications…", "Settings menu"));
    m_notificationsAction->setStatusTip(
            tr("Choose when you are notified about tickets at risk: your hours, do not disturb"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts…"));
    m_shortcutsAction->setStatusTip(tr("Every key Dueline knows, menu by menu"));
    m_aboutAction->setText(tr("&About Dueline"));
    m_aboutAction->setStatusTip(tr("Version, license and credits"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_aboutQtAction->setStatusTip(tr("The Qt toolkit Dueline is built with"));

    m_toolBar->setWindowTitle(tr("Main Toolbar"));
    m_sidebar->setAccessibleName(tr("Workspaces"));

    m_databaseLabel->setText(tr("No database", "status bar: no ticket database is open"));
    m_databaseLabel->parentWidget()->setToolTip(tr("The ticket database in use"));
    updateQueueStatus();
    //: The name of the language you translate into, written in that language.
    m_languageLabel->setText(tr("English", "the interface language, named in itself"));
    m_languageLabel->setToolTip(tr("Interface language; change it in Settings ▸ Preferences"));

    setWindowTitle(labels[currentWorkspace()]);
}

void MainWindow::updateFullScreenAction()
{
    const bool on = windowState() & Qt::WindowFullScreen;
    {
        const QSignalBlocker blocker(m_fullScreenAction);
        m_fullScreenAction->setChecked(on);
    }
    m_fullScreenAction->setText(on ? tr("Exit F&ull Screen Mode") : tr("F&ull Screen Mode"));
    m_fullScreenAction->setIcon(
            Icons::get(on ? QStringLiteral("view-restore") : QStringLiteral("view-fullscreen")));
    m_fullScreenAction->setStatusTip(on ? tr("Give the window its normal size back")
                                        : tr("Fill the whole screen with the window"));
}

MainWindow::Workspace MainWindow::currentWorkspace() const
{
    return static_cast<Workspace>(qBound(0, m_stack->currentIndex(), workspaceCount - 1));
}

void MainWindow::setCurrentWorkspace(Workspace workspace)
{
    const int index = static_cast<int>(workspace);
    if (index < 0 || index >= workspaceCount)
        return;
    const bool changed = m_stack->currentIndex() != index;
    m_stack->setCurrentIndex(index);
    {
        const QSignalBlocker blocker(m_sidebar);
        m_sidebar->setCurrentRow(index);
    }
    m_workspaces[index].action->setChecked(true);
    setWindowTitle(m_workspaces[index].action->iconText());
    if (changed)
        emit currentWorkspaceChanged(workspace);
}

QString MainWindow::workspaceName(Workspace workspace)
{
    switch (workspace) {
    case Queue:
        return QStringLiteral("queue");
    case Plans:
        return QStringLiteral("plans");
    case Dashboard:
        return QStringLiteral("dashboard");
    }
    return {};
}

bool MainWindow::workspaceFromName(const QString &name, Workspace *workspace)
{
    for (int i = 0; i < workspaceCount; ++i) {
        if (name.compare(workspaceName(static_cast<Workspace>(i)), Qt::CaseInsensitive) == 0) {
            *workspace = static_cast<Workspace>(i);
            return true;
        }
    }
    return false;
}

EmptyStateWidget *MainWindow::emptyState(Workspace workspace) const
{
    return m_workspaces.at(static_cast<size_t>(workspace)).emptyState;
}

void MainWindow::setCatalog(dueline::CatalogPtr catalog)
{
    const bool has = catalog != nullptr;
    m_plansWorkspace->setCatalog(std::move(catalog));
    m_plansWorkspace->setVisible(has);
    m_workspaces[Plans].emptyState->setVisible(!has);
}

void MainWindow::setTeamCatalogFiles(std::function<QStringList()> files)
{
    m_plansWorkspace->setTeamCatalogFiles(std::move(files));
}

void MainWindow::openQueue(const dueline::QueueSource &source, const dueline::Agent &me,
                           dueline::Ticker *ticker)
{
    m_queueWorkspace->open(source, me, ticker);
    m_queueWorkspace->show();
    m_workspaces[Queue].emptyState->hide();
    openDashboard(source.url, source.catalog, *source.clock, ticker);
    m_ticketMenu->menuAction()->setVisible(true);
    for (QLabel *label : {m_countsLabel, m_connectionLabel, m_clockOffsetLabel})
        label->show();
    m_personSwitcher->statusButton()->show();
    updateQueueStatus();
}

void MainWindow::openDashboard(const dueline::DatabaseUrl &url, dueline::CatalogPtr catalog,
                               const dueline::ClockSource &clock, dueline::Ticker *ticker)
{
    m_dashboardWorkspace->setDatabase(url, std::move(catalog), clock);
    if (ticker)
        m_dashboardWorkspace->setTicker(ticker);
    m_dashboardTicker = ticker;
    m_dashboardWorkspace->show();
    m_workspaces[Dashboard].emptyState->hide();
    m_wallboardAction->setEnabled(true);
}

WallboardWidget *MainWindow::showWallboard()
{
    if (!m_dashboardWorkspace->hasDatabase())
        return nullptr;
    auto *wallboard = new WallboardWidget(m_dashboardWorkspace->catalog());
    if (m_dashboardWorkspace->model()->hasData())
        wallboard->setDashboardData(m_dashboardWorkspace->model()->dashboardData());
    connect(m_dashboardWorkspace->service(), &dueline::DashboardService::dataReady, wallboard,
            &WallboardWidget::setDashboardData);
    // What it shows: the dashboard's period and filters, followed as they change.
    wallboard->setFilterText(m_dashboardWorkspace->description());
    connect(m_dashboardWorkspace, &DashboardWorkspace::updated, wallboard,
            [this, wallboard] { wallboard->setFilterText(m_dashboardWorkspace->description()); });
    if (m_dashboardTicker)
        connect(m_dashboardTicker, &dueline::Ticker::tick, wallboard,
                &WallboardWidget::setClockText);
    connect(this, &QObject::destroyed, wallboard, &QWidget::close);
    wallboard->showFullScreen();
    return wallboard;
}

void MainWindow::updateQueueStatus()
{
    if (!m_queueWorkspace || !m_queueWorkspace->controller()->source().clock)
        return;
    const dueline::QueueController *queue = m_queueWorkspace->controller();
    const dueline::DatabaseUrl &url = queue->source().url;
    if (url.engine == dueline::Engine::SQLite) {
        m_databaseLabel->setText(QFileInfo(url.path).fileName());
        m_databaseLabel->parentWidget()->setToolTip(
                tr("SQLite file %1").arg(QDir::toNativeSeparators(url.path)));
    } else {
        m_databaseLabel->setText(
                url.host.isEmpty()
                        ? url.database
                        : tr("%1 on %2", "database on host").arg(url.database, url.host));
        m_databaseLabel->parentWidget()->setToolTip(
                tr("PostgreSQL server: %1").arg(url.toString()));
    }
    m_personSwitcher->update();
    m_connectionLabel->setText(m_queueWorkspace->connectionText());
    m_connectionLabel->setToolTip(tr("Whether other agents' changes reach this window"));
    const qint64 offset = queue->serverClockOffset();
    m_clockOffsetLabel->setText(tr("Server clock %1%2 s", "status bar: server minus local clock")
                                        .arg(offset >= 0 ? QStringLiteral("+") : QString())
                                        .arg(offset));
    // A SQLite file has no server: this computer's clock stamps the actions.
    m_clockOffsetLabel->setVisible(url.engine == dueline::Engine::PostgreSQL);
    m_clockOffsetLabel->setToolTip(tr("The database server's clock stamps every action; this is "
                                      "how far it is from this computer's clock."));
    const bool insecure = dueline::connectionpolicy::isInsecure(url);
    m_tlsWarningLabel->setVisible(insecure);
    if (insecure) {
        // The queue's "at risk" colour, for the theme in use.
        QPalette warningPalette = m_tlsWarningLabel->palette();
        warningPalette.setColor(
                QPalette::WindowText,
                CountdownDelegate::stateColor(dueline::ClockState::AtRisk, palette()));
        m_tlsWarningLabel->setPalette(warningPalette);
        m_tlsWarningLabel->setText(QStringLiteral("\u26A0 ") +
                                   tr("Server not verified", "status bar: TLS certificate"));
        m_tlsWarningLabel->setToolTip(
                tr("The certificate of %1 is not verified: someone on the network between you "
                   "and the server could read or change what you send, including the password. "
                   "Choose TLS verify-full in File > Connect.")
                        .arg(dueline::connectionpolicy::serverKey(url)));
    }
    const dueline::QueueModel::Counts &counts = m_queueWorkspace->model()->counts();
    m_countsLabel->setText(tr("%1 open · %2 at risk · %3 breached")
                                   .arg(QLocale().toString(counts.open),
                                        QLocale().toString(counts.atRisk),
                                        QLocale().toString(counts.breached)));
}

void MainWindow::setDialogRunner(DialogRunner runner)
{
    m_dialogRunner = std::move(runner);
}

int MainWindow::runDialog(QDialog &dialog)
{
    return dueline::runDialog(m_dialogRunner, dialog);
}

void MainWindow::showAboutDialog()
{
    AboutDialog dialog(this);
    runDialog(dialog);
}

void MainWindow::showShortcutsDialog()
{
    const std::unique_ptr<ShortcutsDialog> dialog(createShortcutsDialog());
    runDialog(*dialog);
}

ShortcutsDialog *MainWindow::createShortcutsDialog()
{
    auto *dialog = new ShortcutsDialog(this);
    QSet<QAction *> listed;
    for (QAction *menuAction : menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        if (!menu || !menuAction->isVisible())
            continue;
        dialog->addActions(menu->title(), menu->actions());
        for (QAction *action : menu->actions())
            listed.insert(action);
    }
    // A workspace's actions that no menu holds (Plans: Print), under the workspace's name.
    for (const WorkspaceParts &parts : m_workspaces) {
        QList<QAction *> own;
        for (QWidget *widget : parts.page->findChildren<QWidget *>()) {
            for (QAction *action : widget->actions()) {
                if (!listed.contains(action) && !own.contains(action))
                    own << action;
            }
        }
        dialog->addActions(parts.action->iconText(), own);
    }
    dialog->addKeys(m_workspaces[Queue].action->iconText(), QueueWorkspace::keyHelp());
    dialog->addKeys(tr("Dialogs", "keyboard shortcuts: the keys of every dialog"),
                    DialogKeys::keyHelp());
    return dialog;
}

void MainWindow::showPreferencesDialog()
{
    PreferencesDialog dialog(this);
    connect(&dialog, &PreferencesDialog::languageChanged, this,
            &MainWindow::languageChangeRequested);
    const auto current = [this]() -> std::optional<dueline::NotificationSettings> {
        const dueline::QueueController *queue = m_queueWorkspace->controller();
        if (!queue->isOpen())
            return std::nullopt;
        return queue->notificationSettingsOf(queue->agent().id);
    };
    dialog.setNotificationSettings(current());
    connect(&dialog, &PreferencesDialog::notificationSettingsRequested, this, [&] {
        showNotificationSettingsDialog();
        dialog.setNotificationSettings(current());
    });
    runDialog(dialog);
}

void MainWindow::showNotificationSettingsDialog()
{
    dueline::QueueController *queue = m_queueWorkspace->controller();
    if (!queue->isOpen()) {
        QMessageBox box(QMessageBox::Information, tr("Notifications"),
                        tr("Notification settings are kept in the ticket database for each "
                           "person: open a database first (File ▸ Connect to Database…)."),
                        QMessageBox::Ok, this);
        runDialog(box);
        return;
    }
    const dueline::Agent me = queue->agent();
    NotificationSettingsDialog dialog(queue->notificationSettingsOf(me.id),
                                      me.role == dueline::Agent::Role::Lead,
                                      me.displayName.isEmpty() ? me.login : me.displayName, this);
    connect(&dialog, &NotificationSettingsDialog::saveRequested, queue,
            &dueline::QueueController::saveNotificationSettings);
    connect(queue, &dueline::QueueController::notificationSettingsSaved, &dialog,
            &NotificationSettingsDialog::saveSucceeded);
    connect(queue, &dueline::QueueController::notificationSettingsSaveFailed, &dialog,
            &NotificationSettingsDialog::saveFailed);
    if (runDialog(dialog) == QDialog::Accepted)
        statusBar()->showMessage(tr("Notification settings saved for %1")
                                         .arg(me.displayName.isEmpty() ? me.login : me.displayName),
                                 5000);
}

void MainWindow::migrateOldNotificationHours()
{
    // Preferences kept these per computer until schema 10 (weekdays only, never across
    // midnight); they now belong to the person, in the database.
    static const QString enabledKey = QStringLiteral("notifications/enabled");
    static const QString startKey = QStringLiteral("notifications/workStart");
    static const QString endKey = QStringLiteral("notifications/workEnd");
    QSettings settings;
    if (m_migratingHours || (!settings.contains(enabledKey) && !settings.contains(startKey) &&
                             !settings.contains(endKey)))
        return;
    dueline::QueueController *queue = m_queueWorkspace->controller();
    const auto forget = [] {
        QSettings s;
        for (const QString &key : {enabledKey, startKey, endKey})
            s.remove(key);
    };
    if (queue->notificationSettings().contains(queue->agent().id)) {
        forget(); // the database's settings win
        return;
    }
    dueline::NotificationSettings migrated;
    migrated.doNotDisturb = !settings.value(enabledKey, true).toBool();
    if (settings.contains(startKey) || settings.contains(endKey)) {
        const auto minutes = [&settings](const QString &key, const char *fallback) {
            const QTime t =
                    QTime::fromString(settings.value(key, QLatin1String(fallback)).toString(),
                                      QStringLiteral("HH:mm"));
            return t.isValid() ? t.hour() * 60 + t.minute() : -1;
        };
        const int from = minutes(startKey, "09:00");
        int to = minutes(endKey, "18:00");
        if (from >= 0 && to >= 0) {
            migrated.always = false;
            migrated.hours = {{dueline::WeeklyHours::Weekdays, from, to == 0 ? 24 * 60 : to}};
        }
    }
    m_migratingHours = true;
    auto *context = new QObject(this);
    const auto done = [this, context, forget](bool saved) {
        if (saved)
            forget(); // else: tried again when a queue opens next time
        m_migratingHours = false;
        context->deleteLater();
    };
    connect(queue, &dueline::QueueController::notificationSettingsSaved, context,
            [done] { done(true); });
    connect(queue, &dueline::QueueController::notificationSettingsSaveFailed, context,
            [done] { done(false); });
    queue->saveNotificationSettings(migrated);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslateUi();
        break;
    case QEvent::WindowStateChange:
        updateFullScreenAction();
        break;
    case QEvent::PaletteChange:
        if (!m_databaseIcon)
            break;
        // A desktop colour-scheme switch (or Theme::apply()): pick the matching icon set and
        // redraw the status bar's pixmap.
        if (Icons::isDark(palette()) != (Icons::bundledTheme() == QLatin1String("breeze-dark")))
            Icons::applyPalette(palette());
        m_databaseIcon->setPixmap(Icons::get(QStringLiteral("network-server-database"))
                                          .pixmap(QSize(16, 16), devicePixelRatioF()));
        break;
    default:
        break;
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // An action sent while the server went away is not known to be saved: say so before it goes.
    if (m_queueWorkspace && m_queueWorkspace->hasPendingAction()) {
        QMessageBox box(QMessageBox::Warning, tr("Unconfirmed Action"),
                        tr("The server has not confirmed %1 yet.")
                                .arg(m_queueWorkspace->pendingDescription()),
                        QMessageBox::NoButton, this);
        box.setInformativeText(tr("If you quit now and the server did not receive it, it is "
                                  "lost. Stay, and it is sent again once the connection is "
                                  "back."));
        QPushButton *quit = box.addButton(tr("&Quit Anyway"), QMessageBox::DestructiveRole);
        box.addButton(tr("&Stay"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != quit) {
            event->ignore();
            return;
        }
    }
    writeSettings();
    QMainWindow::closeEvent(event);
}

QSize MainWindow::defaultSize(const QSize &availableScreen)
{
    const QSize preferred(1280, 800);
    return availableScreen.isEmpty() ? preferred : preferred.boundedTo(availableScreen);
}

void MainWindow::readSettings()
{
    const QSettings settings;
    const QByteArray geometry = settings.value(geometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QScreen *screen = QGuiApplication::primaryScreen();
        resize(defaultSize(screen ? screen->availableSize() : QSize()));
    }
    restoreState(settings.value(stateKey).toByteArray(), stateVersion);
    {
        const QSignalBlocker blocker(m_showToolBarAction);
        m_showToolBarAction->setChecked(!m_toolBar->isHidden());
    }
    Workspace workspace = Queue;
    if (workspaceFromName(settings.value(workspaceKey).toString(), &workspace))
        setCurrentWorkspace(workspace);
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState(stateVersion));
    settings.setValue(workspaceKey, workspaceName(currentWorkspace()));
}

void MainWindow::showConnectionDialog()
{
    ConnectionDialog dialog(this);
    dialog.setUrl(m_databaseUrl);
    if (runDialog(dialog) != QDialog::Accepted)
        return;
    const dueline::DatabaseUrl chosen = dialog.url();
    if (!confirmInsecureConnection(chosen, true))
        return;
    QSettings().setValue(QStringLiteral("database/url"), chosen.toString());
    emit databaseChangeRequested(chosen);
}

bool MainWindow::confirmInsecureConnection(const dueline::DatabaseUrl &url, bool askAgain)
{
    if (!dueline::connectionpolicy::isInsecure(url))
        return true;
    const QString key = QStringLiteral("tls/insecureServers");
    const QString server = dueline::connectionpolicy::serverKey(url);
    QSettings settings;
    QVariantMap answers = settings.value(key).toMap();
    if (!askAgain && answers.contains(server))
        return answers.value(server).toBool();
    QMessageBox box(QMessageBox::Warning, tr("Server Not Verified"),
                    tr("Connect to %1 without verifying its certificate?").arg(server),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(QStringLiteral("insecureTlsBox"));
    box.setInformativeText(
            tr("The server is not on this computer and the TLS setting is not \"verify-full\", "
               "so Dueline cannot tell it from an impostor: someone on the network could read or "
               "change the tickets and learn the password. Connect only on a network you trust; "
               "better, ask the administrator for the server's CA certificate and choose "
               "verify-full in File > Connect. Dueline remembers your answer for this server."));
    box.button(QMessageBox::Yes)->setText(tr("&Connect Anyway"));
    box.button(QMessageBox::No)->setText(tr("&Don't Connect"));
    box.setDefaultButton(QMessageBox::No);
    const bool allowed = runDialog(box) == QMessageBox::Yes;
    answers.insert(server, allowed);
    settings.setValue(key, answers);
    return allowed;
}

} // namespace dueline
