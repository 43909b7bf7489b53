// SPDX-License-Identifier: GPL-3.0-or-later
// dueline: the desktop GUI. Parses the command line, applies appearance and language, opens the
// ticket database (app/bootstrap/opendatabase.h) and shows the main window.
#include "app/bootstrap/catalogfiles.h"
#include "app/bootstrap/database.h"
#include "app/bootstrap/i18n.h"
#include "app/bootstrap/identity.h"
#include "app/bootstrap/opendatabase.h"
#include "app/bootstrap/systemclock.h"
#include "models/item/ticker.h"
#include "models/presenters/queuecontroller.h"
#include "models/store/connectionpolicy.h"
#include "views/common/icons.h"
#include "views/common/theme.h"
#include "views/dashboard/customerreportdialog.h"
#include "views/dashboard/dashboardworkspace.h"
#include "views/dashboard/wallboardwidget.h"
#include "views/plans/planscalculatorview.h"
#include "views/plans/plansworkspace.h"
#include "views/queue/assigndialog.h"
#include "views/queue/missednotificationsdialog.h"
#include "views/queue/queuenotifier.h"
#include "views/queue/queueworkspace.h"
#include "views/shell/agentpickerdialog.h"
#include "views/shell/connectiondialog.h"
#include "views/shell/mainwindow.h"
#include "views/shell/notificationsettingsdialog.h"
#include "views/shell/passwordkeychain.h"
#include "views/shell/personswitcher.h"
#include "views/shell/shortcutsdialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QImage>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolTip>

#include <algorithm>
#include <cstdio>
#include <cstring>

using namespace dueline;

namespace {

void say(const QString &message)
{
    std::fprintf(stderr, "dueline: %s\n", qPrintable(message));
}

int fail(const QString &message)
{
    say(message);
    return 2;
}

// --help and --version print and exit: they need no display, so no QApplication either.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "--help", "--help-all", "-?", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

// --version: the version and the licence.
bool asksVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-v") == 0 || std::strcmp(argv[i], "--version") == 0)
            return true;
    }
    return false;
}

void printVersion()
{
    const QString text =
            QStringLiteral("dueline " DUELINE_VERSION "\n") +
            QCoreApplication::translate("main", "License: %1")
                    .arg(QStringLiteral("GPL-3.0-or-later")) +
            QLatin1Char('\n') +
            QCoreApplication::translate("main", "This program is free software under the GNU "
                                                "General Public License, version 3 or later.") +
            QLatin1Char('\n');
    std::fputs(text.toLocal8Bit().constData(), stdout);
}

// --screenshot-texts: what the pictured main window says, next to its picture, for the package
// check (tests/package/tst_package.sh): the window title, each menu's title, each toolbar
// action's text and whether its icon draws anything, and the icon theme in use.
bool writeWindowTexts(const MainWindow &window, const QString &fileName)
{
    QStringList lines{QStringLiteral("title\t") + window.windowTitle(),
                      QStringLiteral("icon-theme\t") + QIcon::themeName()};
    for (const QAction *menu : window.menuBar()->actions())
        lines << QStringLiteral("menu\t") + menu->text();
    for (const QToolBar *toolBar : window.findChildren<QToolBar *>()) {
        for (const QAction *action : toolBar->actions()) {
            if (action->isSeparator() || action->text().isEmpty())
                continue;
            const QImage image = action->icon().pixmap(QSize(22, 22)).toImage();
            bool drawn = false;
            for (int y = 0; y < image.height() && !drawn; ++y) {
                for (int x = 0; x < image.width() && !drawn; ++x)
                    drawn = qAlpha(image.pixel(x, y)) > 0;
            }
            lines << QStringLiteral("action\t%1\t%2")
                             .arg(action->text(),
                                  drawn ? QStringLiteral("icon") : QStringLiteral("no-icon"));
        }
    }
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8()) >= 0;
}

// Names, and the language (before the parser, so that --help is translated already).
void setUpApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Dueline"));
    QCoreApplication::setApplicationName(QStringLiteral("Dueline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DUELINE_VERSION));

    const QStringList arguments = QCoreApplication::arguments();
    QString lang;
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--lang") && i + 1 < arguments.size())
            lang = arguments[i + 1];
        else if (arguments[i].startsWith(QLatin1String("--lang=")))
            lang = arguments[i].mid(7);
    }
    // As for dueline-cli: --lang, else DUELINE_LANG, else the saved setting, else the locale.
    if (lang.isEmpty())
        lang = qEnvironmentVariable("DUELINE_LANG");
    dueline::i18n::installTranslators(dueline::i18n::chooseLanguage(lang));
}

// The queue's ticket database (docs/architecture.md §4), chosen and opened for `window`: the
// keychain's password and the insecure-connection question here, the rest in the bootstrap.
// A null store with *error when it cannot be opened; the window then shows the Queue
// workspace's empty state.
dueline::bootstrap::OpenedDatabase openTicketStore(const QString &option,
                                                   const dueline::CatalogPtr &catalog,
                                                   const dueline::ClockSource &clock,
                                                   MainWindow &window, QString *error)
{
    const bootstrap::DatabaseChoice choice =
            bootstrap::chooseDatabase(bootstrap::DatabaseSources::current(option));
    if (!choice.url) {
        *error = choice.error;
        return {};
    }
    DatabaseUrl url = *choice.url;
    // A PostgreSQL password: PGPASSWORD or ~/.pgpass (libpq), else the system keychain.
    if (url.engine == Engine::PostgreSQL && url.password.isEmpty() &&
        qEnvironmentVariable("PGPASSWORD").isEmpty()) {
        const PasswordKeychain::Result stored = PasswordKeychain::read(url.toString());
        if (stored.ok)
            url.password = stored.password;
    }
    window.setDatabaseUrl(url);
    // A server on another computer without verified TLS: only if the user says so (once per
    // server); the status bar then warns while the connection is in use.
    if (!window.confirmInsecureConnection(url)) {
        *error = QCoreApplication::translate(
                         "main", "Not connected to %1: its certificate is not verified and "
                                 "you chose not to connect without. Choose TLS verify-full in "
                                 "File > Connect, or choose the server there again to be asked "
                                 "again.")
                         .arg(connectionpolicy::serverKey(url));
        return {};
    }
    bootstrap::OpenOptions openOptions = bootstrap::OpenOptions::current(choice);
    openOptions.notice = say;
    return bootstrap::openDatabase(url, openOptions, catalog, clock, error);
}

// An option for scripts/screenshots.sh, not in --help (and not translated).
QCommandLineOption hidden(const char *name, const char *description, const char *valueName = "")
{
    QCommandLineOption option(QString::fromLatin1(name), QString::fromLatin1(description),
                              QString::fromLatin1(valueName));
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

// --screenshot-tooltip: the tooltip of the current row's cell in a column, as a pointer resting
// on it would show it.
void showCellToolTip(QTableView *view, const QString &column)
{
    const int section = column == QLatin1String("response")     ? QueueModel::ResponseColumn
                        : column == QLatin1String("resolution") ? QueueModel::ResolutionColumn
                                                                : QueueModel::NextBreachColumn;
    const QModelIndex cell = view->currentIndex().siblingAtColumn(section);
    if (!cell.isValid())
        return;
    view->scrollTo(cell);
    const QRect rect = view->visualRect(cell);
    QToolTip::showText(view->viewport()->mapToGlobal(rect.center() + QPoint(0, rect.height())),
                       cell.data(Qt::ToolTipRole).toString(), view->viewport(), rect);
}

// A window's picture with the tooltip shown over it (a window of its own, which grab() leaves
// out).
QPixmap withToolTip(QWidget *pictured, QPixmap picture)
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (!w->isVisible() || !w->inherits("QTipLabel"))
            continue;
        QPainter painter(&picture);
        painter.drawPixmap(w->mapToGlobal(QPoint()) - pictured->mapToGlobal(QPoint()), w->grab());
    }
    return picture;
}

struct Options
{
    QCommandLineOption lang{
            QStringLiteral("lang"),
            QCoreApplication::translate("main", "Interface language: en, ru or zh_CN."),
            QStringLiteral("language")};
    QCommandLineOption theme{
            QStringLiteral("theme"),
            QCoreApplication::translate("main", "Appearance: light, dark or system."),
            QStringLiteral("theme")};
    QCommandLineOption db{
            QStringLiteral("db"),
            QCoreApplication::translate("main",
                                        "Ticket database: sqlite:PATH or postgresql://… (default: "
                                        "DUELINE_DB, else %1).")
                    .arg(defaultDatabaseUrl()),
            QStringLiteral("url")};
    QCommandLineOption screenshot =
            hidden("screenshot", "Save a picture of the main window and quit.", "file");
    QCommandLineOption workspace =
            hidden("workspace", "Open a workspace: queue, plans or dashboard.", "name");
    QCommandLineOption plansView =
            hidden("plans-view", "Plans workspace tab: matrix or calculator.", "name");
    QCommandLineOption preset = hidden(
            "preset", "Calculator preset: now, friday, newyear, springfestival or monday.", "name");
    QCommandLineOption selectTicket =
            hidden("select-ticket", "Select a ticket of the queue (its number).", "id");
    QCommandLineOption catalogEditor =
            hidden("catalog-editor",
                   "Open the catalog editor on an unsaved copy of a plan (screenshots).", "plan");
    QCommandLineOption catalogEditorPlan =
            hidden("catalog-editor-plan",
                   "Open the catalog editor on a plan as it is (screenshots).", "plan");
    QCommandLineOption wallboard = hidden("wallboard", "Show the wallboard (screenshots).");
    QCommandLineOption dashboardPeriod =
            hidden("dashboard-period",
                   "The dashboard's period: today, 7, 30, 90 or 365 days (screenshots).", "days");
    QCommandLineOption agentPicker =
            hidden("agent-picker", "Show File > Switch Person (screenshots).");
    QCommandLineOption connectDialog =
            hidden("connect-dialog", "Show File > Connect (screenshots).");
    // The queue's order held as if the pointer were over it, so that changes made meanwhile by
    // another process wait behind the "N changes — show" button (screenshots).
    QCommandLineOption holdQueue = hidden("hold-queue", "Hold the queue's order (screenshots).");
    QCommandLineOption missedDialog =
            hidden("missed-dialog",
                   "Show View > Missed Notifications with the first tickets at risk or breached "
                   "(screenshots).");
    QCommandLineOption assignDialog =
            hidden("assign-dialog", "Show Ticket > Assign for the shown ticket (screenshots).");
    QCommandLineOption customerReport =
            hidden("customer-report",
                   "Show Dashboard > Customer Report for this customer (screenshots).", "id");
    QCommandLineOption shortcutsDialog =
            hidden("shortcuts-dialog", "Show Help > Keyboard Shortcuts (screenshots).");
    // The person's notification settings; one who never saved any is shown a night shift with
    // Saturday hours, so that the hours editor is in the picture.
    QCommandLineOption notificationSettings =
            hidden("notification-settings", "Show Settings > Notifications (screenshots).");
    // Pictures of states that take a moment to reach (the offline banner after stopping the
    // server): how long after showing the window --screenshot waits (default 700 ms).
    QCommandLineOption screenshotTexts = hidden(
            "screenshot-texts",
            "With --screenshot: write the window's title, menus and toolbar actions to a file.",
            "file");
    QCommandLineOption screenshotDelay =
            hidden("screenshot-delay", "Milliseconds before the screenshot.", "ms");
    // Part of the window only (docs/screenshots/panel-no-sla-*.png: "ticketPanel").
    QCommandLineOption screenshotPart =
            hidden("screenshot-part", "Picture only the part of the window of this name.", "name");
    // The tooltip of the selected ticket's clock (docs/screenshots/queue-business-days-*.png).
    QCommandLineOption screenshotTooltip = hidden(
            "screenshot-tooltip",
            "Show the tooltip of the selected ticket's cell in this column: response, resolution "
            "or next-breach.",
            "column");

    void addTo(QCommandLineParser &parser)
    {
        parser.setApplicationDescription(QCoreApplication::translate(
                "main", "Desktop SLA console for technical-support teams"));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions(
                {lang, theme, db, screenshot, workspace, plansView, preset, selectTicket});
        // What to show at start (most of them hidden, for screenshots).
        parser.addOptions({catalogEditor, catalogEditorPlan, wallboard, dashboardPeriod,
                           connectDialog, shortcutsDialog, notificationSettings, agentPicker,
                           holdQueue, assignDialog, missedDialog, customerReport, screenshotDelay,
                           screenshotPart, screenshotTooltip, screenshotTexts});
    }
};

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        setUpApplication();
        if (asksVersion(argc, argv)) {
            printVersion();
            return 0;
        }
        QCommandLineParser parser;
        Options options;
        options.addTo(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setUpApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Dueline"));
    QApplication::setDesktopFileName(QStringLiteral("org.dueline.Dueline"));
    QApplication::setWindowIcon(Icons::application());

    QCommandLineParser parser;
    Options options;
    options.addTo(parser);
    parser.process(app);

    const QString lang = parser.value(options.lang);
    if (parser.isSet(options.lang) && dueline::i18n::matchLanguage(lang).isEmpty()) {
        return fail(QCoreApplication::translate(
                            "main", "unknown language \"%1\" (expected en, ru or zh_CN)")
                            .arg(lang));
    }
    Theme::Mode theme = Theme::saved();
    if (parser.isSet(options.theme) && !Theme::parse(parser.value(options.theme), &theme)) {
        return fail(QCoreApplication::translate(
                            "main", "unknown theme \"%1\" (expected light, dark or system)")
                            .arg(parser.value(options.theme)));
    }
    MainWindow::Workspace workspace = MainWindow::Queue;
    if (parser.isSet(options.workspace) &&
        !MainWindow::workspaceFromName(parser.value(options.workspace), &workspace)) {
        return fail(QCoreApplication::translate(
                            "main", "unknown workspace \"%1\" (expected queue, plans or dashboard)")
                            .arg(parser.value(options.workspace)));
    }

    PlansWorkspace::Page plansPage = PlansWorkspace::MatrixPage;
    if (parser.isSet(options.plansView) &&
        !PlansWorkspace::pageFromName(parser.value(options.plansView), &plansPage)) {
        return fail(QStringLiteral("unknown plans view \"%1\" (expected matrix or calculator)")
                            .arg(parser.value(options.plansView)));
    }
    PlansCalculatorView::Preset preset = PlansCalculatorView::NowPreset;
    if (parser.isSet(options.preset) &&
        !PlansCalculatorView::presetFromName(parser.value(options.preset), &preset)) {
        return fail(QStringLiteral("unknown preset \"%1\" (expected now, friday, newyear, "
                                   "springfestival or monday)")
                            .arg(parser.value(options.preset)));
    }
    const QString screenshot = parser.value(options.screenshot);

    // The built-in catalog plus the team's files; a bad team file leaves the built-in one.
    QString catalogError;
    const dueline::CatalogPtr catalog = loadCatalogOrBuiltIn({}, &catalogError);
    if (!catalogError.isEmpty())
        say(catalogError);

    Theme::apply(theme);

    MainWindow window;
    window.setTeamCatalogFiles([] { return teamCatalogFiles({}); });
    window.setCatalog(catalog);
    if (parser.isSet(options.plansView))
        window.plansWorkspace()->setCurrentPage(plansPage);
    if (parser.isSet(options.preset))
        window.plansWorkspace()->calculatorView()->applyPreset(preset);
    QObject::connect(
            &window, &MainWindow::languageChangeRequested, &app, [](const QString &preference) {
                dueline::i18n::installTranslators(dueline::i18n::resolveLanguage(preference));
            });
    // File > Connect: Dueline starts again on the chosen database (the setting is saved). A
    // typed password that is not kept in the keychain reaches the new process through its
    // environment only, never its arguments; a PGPASSWORD of this process goes along only to
    // the same login on the same server.
    QObject::connect(
            &window, &MainWindow::databaseChangeRequested, &app,
            [&window, withDbOption = parser.isSet(options.db)](const dueline::DatabaseUrl &url) {
                if (startAgainOnDatabase(window.databaseUrl(), url, withDbOption))
                    window.close();
                else
                    window.statusBar()->showMessage(QCoreApplication::translate(
                            "main", "Dueline could not start again on the chosen database."));
            });
    // The ticket database and the one application-wide ticker.
    static SystemClock systemClock;
    dueline::Ticker ticker(systemClock);
    QString databaseError;
    dueline::bootstrap::OpenedDatabase opened;
    if (catalog)
        opened = openTicketStore(parser.value(options.db), catalog, systemClock, window,
                                 &databaseError);
    if (opened.store) {
        databaseError = opened.warnings.join(QLatin1Char('\n'));
        if (opened.catalog != catalog)
            window.setCatalog(opened.catalog);
        window.plansWorkspace()->setSharedDatabase(opened.store->url(), opened.me, &systemClock);
        // The queue opens its own connection in its worker thread; this one was for the start
        // (schema, first-run data, who I am, the team catalog).
        dueline::QueueSource source;
        source.url = opened.store->url();
        source.catalog = opened.store->catalogPtr();
        source.clock = &systemClock;
        opened.store.reset();
        window.openQueue(source, opened.me, &ticker);
        // Who I am on this file: remembered when chosen, asked on the first start (the guess,
        // the first active agent, is used until then).
        QObject::connect(window.personSwitcher(), &PersonSwitcher::personChosen, &window,
                         [url = source.url](const Agent &agent) {
                             bootstrap::rememberLogin(url, agent.login);
                         });
        if (!opened.meDecided && screenshot.isEmpty() && !parser.isSet(options.agentPicker))
            QObject::connect(
                    window.queueWorkspace(), &QueueWorkspace::opened, &window,
                    [&window] {
                        QTimer::singleShot(0, &window,
                                           [&window] { window.personSwitcher()->choose(); });
                    },
                    Qt::SingleShotConnection);
    }
    if (!databaseError.isEmpty()) {
        say(databaseError);
        window.statusBar()->showMessage(databaseError);
    }
    ticker.start();
    if (parser.isSet(options.selectTicket))
        window.queueWorkspace()->selectTicket(parser.value(options.selectTicket).toLongLong());
    if (parser.isSet(options.workspace))
        window.setCurrentWorkspace(workspace);
    if (parser.isSet(options.holdQueue))
        window.queueWorkspace()->model()->setOrderHeld(true);

    QWidget *pictured = &window;
    if (!screenshot.isEmpty()) {
        // A fixed size and no saved state, so that pictures compare from run to run.
        window.setWindowState(Qt::WindowNoState);
        window.resize(1280, 800);
        const int delay = parser.isSet(options.screenshotDelay)
                                  ? std::max(0, parser.value(options.screenshotDelay).toInt())
                                  : 700;
        const QString tooltipColumn = parser.value(options.screenshotTooltip);
        if (!tooltipColumn.isEmpty())
            QTimer::singleShot(std::max(0, delay - 300), &window, [&window, tooltipColumn] {
                showCellToolTip(window.queueWorkspace()->view(), tooltipColumn);
            });
        const QString texts = parser.value(options.screenshotTexts);
        QTimer::singleShot(delay, &window, [&pictured, &window, screenshot, texts] {
            bool saved = withToolTip(pictured, pictured->grab()).save(screenshot);
            if (!saved)
                fail(QCoreApplication::translate("main", "cannot write %1").arg(screenshot));
            if (saved && !texts.isEmpty() && !writeWindowTexts(window, texts)) {
                fail(QCoreApplication::translate("main", "cannot write %1").arg(texts));
                saved = false;
            }
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    window.show();
    if (parser.isSet(options.screenshotPart)) {
        if (auto *part = window.findChild<QWidget *>(parser.value(options.screenshotPart)))
            pictured = part;
    }
    if (parser.isSet(options.catalogEditor)) {
        if (QDialog *editor =
                    window.plansWorkspace()->showCatalogEditor(parser.value(options.catalogEditor)))
            pictured = editor;
    }
    if (parser.isSet(options.catalogEditorPlan)) {
        if (QDialog *editor = window.plansWorkspace()->showCatalogEditor(
                    QString(), parser.value(options.catalogEditorPlan)))
            pictured = editor;
    }
    if (parser.isSet(options.connectDialog)) {
        auto *dialog = new ConnectionDialog(&window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setUrl(window.databaseUrl());
        dialog->show();
        pictured = dialog;
    }
    if (parser.isSet(options.agentPicker) &&
        window.queueWorkspace()->controller()->source().clock) {
        QObject::connect(
                window.queueWorkspace(), &QueueWorkspace::opened, &window,
                [&window, &pictured] {
                    const QueueController *queue = window.queueWorkspace()->controller();
                    auto *picker = new AgentPickerDialog(
                            window.queueWorkspace()->controller(),
                            QFileInfo(queue->source().url.path).fileName(), &window);
                    picker->setAttribute(Qt::WA_DeleteOnClose);
                    picker->show();
                    pictured = picker;
                },
                Qt::SingleShotConnection);
    }
    if (parser.isSet(options.shortcutsDialog)) {
        // Once the queue is open, with the Ticket menu's keys.
        const auto show = [&window, &pictured] {
            ShortcutsDialog *dialog = window.createShortcutsDialog();
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
            pictured = dialog;
        };
        if (window.queueWorkspace()->controller()->source().clock)
            QObject::connect(window.queueWorkspace(), &QueueWorkspace::opened, &window, show,
                             Qt::SingleShotConnection);
        else
            show();
    }
    if (parser.isSet(options.notificationSettings) &&
        window.queueWorkspace()->controller()->source().clock) {
        QObject::connect(
                window.queueWorkspace(), &QueueWorkspace::opened, &window,
                [&window, &pictured] {
                    const QueueController *queue = window.queueWorkspace()->controller();
                    const Agent me = queue->agent();
                    NotificationSettings settings = queue->notificationSettingsOf(me.id);
                    if (!queue->notificationSettings().contains(me.id)) {
                        settings.always = false;
                        settings.timeZone = QStringLiteral("Europe/Moscow");
                        settings.hours = {{WeeklyHours::Weekdays, 20 * 60, 6 * 60},
                                          {0x20, 10 * 60, 14 * 60}};
                    }
                    auto *dialog = new NotificationSettingsDialog(
                            settings, me.role == Agent::Role::Lead,
                            me.displayName.isEmpty() ? me.login : me.displayName, &window);
                    dialog->setAttribute(Qt::WA_DeleteOnClose);
                    dialog->show();
                    pictured = dialog;
                },
                Qt::SingleShotConnection);
    }
    if (parser.isSet(options.customerReport)) {
        const qint64 customer = parser.value(options.customerReport).toLongLong();
        QTimer::singleShot(500, &window, [&window, &pictured, customer] {
            if (QDialog *dialog = window.dashboardWorkspace()->showCustomerReport(customer))
                pictured = dialog;
        });
    }
    if (parser.isSet(options.assignDialog)) {
        // Once the shown ticket has loaded (the screenshot's delay must be longer).
        QTimer::singleShot(1500, &window, [&window, &pictured] {
            QueueWorkspace *queue = window.queueWorkspace();
            const QueueController *controller = queue->controller();
            if (!controller->isShownTicketLoaded())
                return;
            auto *dialog = new AssignDialog(
                    *controller->shownTicket(), controller->agents(), controller->agent().id,
                    queue->model()->openTicketsByAssignee(), queue->notifier()->settings(),
                    controller->now(), &window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
            pictured = dialog;
        });
    }
    if (parser.isSet(options.missedDialog)) {
        // The first tickets of the queue that are at risk or breached, as if they had been
        // notified a few minutes apart while the window was hidden.
        QObject::connect(
                window.queueWorkspace(), &QueueWorkspace::opened, &window,
                [&window, &pictured] {
                    QueueWorkspace *queue = window.queueWorkspace();
                    const QueueModel *model = queue->model();
                    const Instant now = model->now();
                    // Five at risk and the two latest breaches, oldest first.
                    QVector<SlaAlert> atRisk;
                    QVector<SlaAlert> breached;
                    for (const qint64 id : model->ticketsAtRisk()) {
                        if (atRisk.size() == 5)
                            break;
                        atRisk.append(queue->notifier()->alertFor(*model->ticket(id),
                                                                  ClockState::AtRisk, now));
                    }
                    for (int i = 0; i < model->rowCount(); ++i) {
                        const QueueRow *row = model->ticket(model->ticketAt(i));
                        if (model->clockState(*row, TargetKind::Response) == ClockState::Breached ||
                            model->clockState(*row, TargetKind::Resolution) == ClockState::Breached)
                            breached.append(
                                    queue->notifier()->alertFor(*row, ClockState::Breached, now));
                    }
                    std::sort(breached.begin(), breached.end(),
                              [](const SlaAlert &a, const SlaAlert &b) { return a.due > b.due; });
                    breached.resize(std::min<qsizetype>(breached.size(), 2));
                    QVector<SlaAlert> missed = atRisk + breached;
                    for (int i = 0; i < missed.size(); ++i) {
                        missed[i].at = now - 300 * (missed.size() - i);
                        if (missed[i].state == ClockState::Breached)
                            missed[i].at = std::max(missed[i].at, missed[i].due);
                    }
                    std::sort(missed.begin(), missed.end(),
                              [](const SlaAlert &a, const SlaAlert &b) { return a.at < b.at; });
                    auto *dialog = new MissedNotificationsDialog(missed, now, &window);
                    dialog->setAttribute(Qt::WA_DeleteOnClose);
                    dialog->show();
                    pictured = dialog;
                },
                Qt::SingleShotConnection);
    }
    if (parser.isSet(options.dashboardPeriod)) {
        const QString days = parser.value(options.dashboardPeriod);
        const QStringList known{QStringLiteral("today"), QStringLiteral("7"), QStringLiteral("30"),
                                QStringLiteral("90"), QStringLiteral("365")};
        if (known.contains(days))
            window.dashboardWorkspace()->setPeriod(
                    DashboardWorkspace::Period(int(known.indexOf(days))));
    }
    if (parser.isSet(options.wallboard)) {
        if (QWidget *wallboard = window.showWallboard()) {
            if (!screenshot.isEmpty()) {
                wallboard->showNormal();
                wallboard->resize(1600, 900);
            }
            pictured = wallboard;
        }
    }
    if (!catalogError.isEmpty() && screenshot.isEmpty()) {
        QTimer::singleShot(0, &window, [&window, catalogError] {
            QMessageBox box(QMessageBox::Critical,
                            QCoreApplication::translate("main", "Team Catalog Not Loaded"),
                            QCoreApplication::translate(
                                    "main",
                                    "A file of your team's catalog has an error, so Dueline uses "
                                    "the built-in catalog only. Correct the file and start "
                                    "Dueline again."),
                            QMessageBox::Ok, &window);
            box.setInformativeText(catalogError);
            box.setTextInteractionFlags(Qt::TextSelectableByMouse);
            box.exec();
        });
    }
    return QApplication::exec();
}
