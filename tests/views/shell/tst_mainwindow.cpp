// SPDX-License-Identifier: GPL-3.0-or-later
// The main window driven as a user would: workspaces, shortcuts, saved geometry, live language and
// appearance switches, the About dialog. Modal dialogs go through MainWindow's dialog runner.
#include "app/bootstrap/database.h"
#include "app/bootstrap/i18n.h"
#include "models/item/ticker.h"
#include "models/store/ticketstore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/testdatabase.h"
#include "views/common/emptystatewidget.h"
#include "views/common/icons.h"
#include "views/common/theme.h"
#include "views/shell/mainwindow.h"
#include "views/shell/preferencesdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTest>
#include <QTimeEdit>
#include <QToolBar>

#include <memory>

using namespace dueline;

namespace {

// Waits for the QEvent::LanguageChange events a translator switch posts to every window.
void processLanguageChange()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
}

// The mean lightness (0–255) of the opaque pixels of an icon drawn at 22 px.
int iconLightness(const QIcon &icon)
{
    const QImage image = icon.pixmap(QSize(22, 22), 1.0).toImage();
    qint64 sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 200) {
                sum += c.lightness();
                ++count;
            }
        }
    }
    return count ? int(sum / count) : -1;
}

template<typename T>
T *child(const QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no child %s named \"%s\"", T::staticMetaObject.className(), name);
    return found;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensOnTheQueue();
    void sidebarReachesEveryWorkspace();
    void shortcutsReachEveryWorkspace();
    void viewMenuAndToolBarHoldTheWorkspaces();
    void everyWorkspaceShowsItsEmptyState();
    void menusHaveTheStandardEntries();
    void statusBarShowsDatabaseAndLanguage();
    void geometryIsRestored();
    void fullScreenToggles();
    void languageSwitchesAtRunTime();
    void languageChoiceOrder_data();
    void languageChoiceOrder();
    void darkThemeSelectsDarkIcons();
    void preferencesSaveTheAppearance();
    void aboutDialogShowsVersions();
    void connectChoosesAnotherDatabase();
    void preferencesSaveNotifications();
    void insecureServerAskedOncePerServer();
    void connectToAnInsecureServerAsksFirst();
    void statusBarWarnsWhileUnverified();
    void passwordEnvironmentStaysWithItsServer();

private:
    std::unique_ptr<MainWindow> createWindow();

    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    // Settings go to ~/.qttest/config/Dueline/tst_mainwindow.conf, never to the user's own.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Dueline"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
    QVERIFY(dueline::i18n::installTranslators(QStringLiteral("en")));
    Theme::apply(Theme::Mode::Light);
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    dueline::i18n::installTranslators(QStringLiteral("en"));
    processLanguageChange();
    Theme::apply(Theme::Mode::Light);
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestMainWindow::createWindow()
{
    auto window = std::make_unique<MainWindow>();
    // As app/gui/main.cpp does.
    connect(window.get(), &MainWindow::languageChangeRequested, this,
            [](const QString &preference) {
                dueline::i18n::installTranslators(dueline::i18n::resolveLanguage(preference));
            });
    return window;
}

void TestMainWindow::opensOnTheQueue()
{
    m_window = createWindow();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    auto *stack = child<QStackedWidget>(m_window.get(), "workspaceStack");
    auto *sidebar = child<QListWidget>(m_window.get(), "workspaceSidebar");
    QVERIFY(stack && sidebar);
    QCOMPARE(stack->count(), MainWindow::workspaceCount);
    QCOMPARE(sidebar->count(), MainWindow::workspaceCount);
    QCOMPARE(m_window->currentWorkspace(), MainWindow::Queue);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("queuePage"));
    QCOMPARE(sidebar->currentRow(), 0);
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Queue"));
    QVERIFY(!m_window->windowIcon().isNull());
}

void TestMainWindow::sidebarReachesEveryWorkspace()
{
    m_window = createWindow();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *stack = child<QStackedWidget>(m_window.get(), "workspaceStack");
    auto *sidebar = child<QListWidget>(m_window.get(), "workspaceSidebar");
    QVERIFY(stack && sidebar);

    const QStringList pages{QStringLiteral("queuePage"), QStringLiteral("plansPage"),
                            QStringLiteral("dashboardPage")};
    const QStringList labels{QStringLiteral("Queue"), QStringLiteral("Plans"),
                             QStringLiteral("Dashboard")};
    for (int row : {2, 0, 1, 2}) {
        QListWidgetItem *item = sidebar->item(row);
        QCOMPARE(item->text(), labels[row]);
        QVERIFY(!item->icon().isNull());
        QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {},
                          sidebar->visualItemRect(item).center());
        QCOMPARE(int(m_window->currentWorkspace()), row);
        QCOMPARE(stack->currentWidget()->objectName(), pages[row]);
        QCOMPARE(m_window->windowTitle(), labels[row]);
    }
}

void TestMainWindow::shortcutsReachEveryWorkspace()
{
    m_window = createWindow();
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *stack = child<QStackedWidget>(m_window.get(), "workspaceStack");
    auto *sidebar = child<QListWidget>(m_window.get(), "workspaceSidebar");
    QVERIFY(stack && sidebar);

    const struct
    {
        QKeySequence keys;
        MainWindow::Workspace workspace;
        const char *page;
    } steps[] = {{QKeySequence(Qt::CTRL | Qt::Key_3), MainWindow::Dashboard, "dashboardPage"},
                 {QKeySequence(Qt::CTRL | Qt::Key_2), MainWindow::Plans, "plansPage"},
                 {QKeySequence(Qt::CTRL | Qt::Key_1), MainWindow::Queue, "queuePage"}};
    for (const auto &step : steps) {
        QTest::keySequence(m_window.get(), step.keys);
        QCOMPARE(m_window->currentWorkspace(), step.workspace);
        QCOMPARE(stack->currentWidget()->objectName(), QLatin1String(step.page));
        QCOMPARE(sidebar->currentRow(), int(step.workspace));
    }
}

void TestMainWindow::viewMenuAndToolBarHoldTheWorkspaces()
{
    m_window = createWindow();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *viewMenu = child<QMenu>(m_window.get(), "viewMenu");
    auto *toolBar = child<QToolBar>(m_window.get(), "mainToolBar");
    QVERIFY(viewMenu && toolBar);

    const char *names[] = {"queueAction", "plansAction", "dashboardAction"};
    for (int i = 0; i < MainWindow::workspaceCount; ++i) {
        auto *action = child<QAction>(m_window.get(), names[i]);
        QVERIFY(action);
        QVERIFY(viewMenu->actions().contains(action));
        QVERIFY(toolBar->actions().contains(action));
        QVERIFY(!action->icon().isNull());
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | (Qt::Key_1 + i)));
        action->trigger();
        QCOMPARE(int(m_window->currentWorkspace()), i);
        QVERIFY(action->isChecked());
    }
    QVERIFY(viewMenu->actions().contains(child<QAction>(m_window.get(), "fullScreenAction")));
}

void TestMainWindow::everyWorkspaceShowsItsEmptyState()
{
    m_window = createWindow();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));

    const char *names[] = {"queueEmptyState", "plansEmptyState", "dashboardEmptyState"};
    QStringList titles;
    for (int i = 0; i < MainWindow::workspaceCount; ++i) {
        const auto workspace = static_cast<MainWindow::Workspace>(i);
        m_window->setCurrentWorkspace(workspace);
        auto *empty = child<EmptyStateWidget>(m_window.get(), names[i]);
        QVERIFY(empty);
        QCOMPARE(m_window->emptyState(workspace), empty);
        QVERIFY(empty->isVisible());
        QVERIFY(!empty->icon().isNull());
        QVERIFY(!empty->icon().pixmap(QSize(96, 96)).isNull());
        auto *title = child<QLabel>(empty, "emptyStateTitle");
        auto *description = child<QLabel>(empty, "emptyStateDescription");
        auto *hint = child<QLabel>(empty, "emptyStateHint");
        QVERIFY(title && description && hint);
        QVERIFY(title->isVisible() && description->isVisible() && hint->isVisible());
        QVERIFY(!description->text().isEmpty());
        QVERIFY(!hint->text().isEmpty());
        titles << title->text();
        // Only the current workspace's empty state is on screen.
        for (int j = 0; j < MainWindow::workspaceCount; ++j) {
            if (j != i)
                QVERIFY(!m_window->emptyState(static_cast<MainWindow::Workspace>(j))->isVisible());
        }
    }
    QCOMPARE(titles.at(MainWindow::Queue), QStringLiteral("No tickets yet"));
    QCOMPARE(m_window->emptyState(MainWindow::Queue)->command(),
             QStringLiteral("dueline-cli demo --tickets 1000"));
    QVERIFY(!child<QLabel>(m_window->emptyState(MainWindow::Queue), "emptyStateCommand")
                     ->isHidden());
    titles.removeDuplicates();
    QCOMPARE(titles.size(), MainWindow::workspaceCount);
}

void TestMainWindow::menusHaveTheStandardEntries()
{
    m_window = createWindow();
    const struct
    {
        const char *menu;
        QStringList actions;
    } menus[] = {
            {"fileMenu",
             {QStringLiteral("connectAction"), QStringLiteral("switchPersonAction"),
              QStringLiteral("quitAction")}},
            {"viewMenu",
             {QStringLiteral("queueAction"), QStringLiteral("plansAction"),
              QStringLiteral("dashboardAction"), QStringLiteral("defaultOrderAction"),
              QStringLiteral("fullScreenAction"), QStringLiteral("wallboardAction"),
              QStringLiteral("missedNotificationsAction")}},
            {"settingsMenu",
             {QStringLiteral("showToolBarAction"), QStringLiteral("notificationSettingsAction"),
              QStringLiteral("preferencesAction")}},
            {"helpMenu",
             {QStringLiteral("shortcutsAction"), QStringLiteral("aboutAction"),
              QStringLiteral("aboutQtAction")}},
    };
    for (const auto &entry : menus) {
        auto *menu = child<QMenu>(m_window.get(), entry.menu);
        QVERIFY(menu);
        QVERIFY(!menu->title().isEmpty());
        QStringList names;
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator()) {
                names << action->objectName();
                QVERIFY2(!action->text().isEmpty(), qPrintable(action->objectName()));
            }
        }
        QCOMPARE(names, entry.actions);
    }
    QCOMPARE(child<QAction>(m_window.get(), "quitAction")->shortcut(),
             QKeySequence(QKeySequence::Quit));
    for (const char *name : {"quitAction", "fullScreenAction", "preferencesAction", "aboutAction"})
        QVERIFY2(!child<QAction>(m_window.get(), name)->icon().isNull(), name);

    // Hiding the toolbar from the Settings menu.
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *toolBar = child<QToolBar>(m_window.get(), "mainToolBar");
    auto *showToolBar = child<QAction>(m_window.get(), "showToolBarAction");
    QVERIFY(showToolBar->isChecked() && toolBar->isVisible());
    showToolBar->trigger();
    QVERIFY(!toolBar->isVisible());
    showToolBar->trigger();
    QVERIFY(toolBar->isVisible());
}

void TestMainWindow::statusBarShowsDatabaseAndLanguage()
{
    m_window = createWindow();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *database = child<QLabel>(m_window.get(), "databaseStatusLabel");
    auto *language = child<QLabel>(m_window.get(), "languageStatusLabel");
    QVERIFY(database && language);
    QCOMPARE(database->text(), QStringLiteral("No database"));
    QCOMPARE(language->text(), QStringLiteral("English"));
    QVERIFY(database->isVisible() && language->isVisible());
    QVERIFY(!child<QLabel>(m_window.get(), "databaseStatusIcon")->pixmap().isNull());
}

void TestMainWindow::geometryIsRestored()
{
    m_window = createWindow();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    const QSize size(812, 533);
    m_window->resize(size);
    QTRY_COMPARE(m_window->size(), size);
    m_window->setCurrentWorkspace(MainWindow::Dashboard);
    child<QAction>(m_window.get(), "showToolBarAction")->trigger();
    QVERIFY(m_window->close());
    m_window.reset();

    QVERIFY(QSettings().contains(QStringLiteral("MainWindow/geometry")));
    m_window = createWindow();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->size(), size);
    QCOMPARE(m_window->currentWorkspace(), MainWindow::Dashboard);
    QVERIFY(!child<QToolBar>(m_window.get(), "mainToolBar")->isVisible());
    QVERIFY(!child<QAction>(m_window.get(), "showToolBarAction")->isChecked());
}

void TestMainWindow::fullScreenToggles()
{
    m_window = createWindow();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *action = child<QAction>(m_window.get(), "fullScreenAction");
    QVERIFY(action && action->isCheckable() && !action->isChecked());
    QVERIFY(!action->shortcuts().isEmpty());
    const QString normalText = action->text();
    action->trigger();
    QTRY_VERIFY(m_window->windowState() & Qt::WindowFullScreen);
    QVERIFY(action->isChecked());
    QVERIFY(action->text() != normalText);
    action->trigger();
    QTRY_VERIFY(!(m_window->windowState() & Qt::WindowFullScreen));
    QCOMPARE(action->text(), normalText);
}

void TestMainWindow::languageSwitchesAtRunTime()
{
    m_window = createWindow();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *viewMenu = child<QMenu>(m_window.get(), "viewMenu");
    auto *sidebar = child<QListWidget>(m_window.get(), "workspaceSidebar");
    auto *language = child<QLabel>(m_window.get(), "languageStatusLabel");
    QVERIFY(viewMenu && sidebar && language);
    QCOMPARE(viewMenu->title(), QStringLiteral("&View"));

    // Settings ▸ Preferences, pick Русский: every open window follows, the dialog included.
    QString dialogTitle;
    int runs = 0;
    m_window->setDialogRunner([&](QDialog &dialog) {
        ++runs;
        auto *combo = child<QComboBox>(&dialog, "languageCombo");
        if (!combo)
            return int(QDialog::Rejected);
        combo->setCurrentIndex(combo->findData(QStringLiteral("ru")));
        processLanguageChange();
        dialogTitle = dialog.windowTitle();
        return int(QDialog::Accepted);
    });
    child<QAction>(m_window.get(), "preferencesAction")->trigger();
    QCOMPARE(runs, 1);
    processLanguageChange();
    QCOMPARE(dueline::i18n::currentLanguage(), QStringLiteral("ru"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ru"));
    QCOMPARE(dialogTitle, QStringLiteral("Параметры"));
    QCOMPARE(viewMenu->title(), QStringLiteral("&Вид"));
    QCOMPARE(sidebar->item(0)->text(), QStringLiteral("Очередь"));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Очередь"));
    QCOMPARE(language->text(), QStringLiteral("Русский"));
    QCOMPARE(m_window->emptyState(MainWindow::Queue)->title(), QStringLiteral("Заявок пока нет"));

    // Simplified Chinese.
    m_window->setDialogRunner([&](QDialog &dialog) {
        auto *combo = child<QComboBox>(&dialog, "languageCombo");
        combo->setCurrentIndex(combo->findData(QStringLiteral("zh_CN")));
        return int(QDialog::Accepted);
    });
    child<QAction>(m_window.get(), "preferencesAction")->trigger();
    processLanguageChange();
    QCOMPARE(viewMenu->title(), QStringLiteral("视图(&V)"));
    QCOMPARE(language->text(), QStringLiteral("简体中文"));

    // Back to English, and then to the system's language.
    const auto chooseLanguage = [&](const QString &code) {
        m_window->setDialogRunner([&](QDialog &dialog) {
            auto *combo = child<QComboBox>(&dialog, "languageCombo");
            combo->setCurrentIndex(combo->findData(code));
            return int(QDialog::Accepted);
        });
        child<QAction>(m_window.get(), "preferencesAction")->trigger();
        processLanguageChange();
    };
    chooseLanguage(QStringLiteral("en"));
    QCOMPARE(dueline::i18n::currentLanguage(), QStringLiteral("en"));
    QCOMPARE(viewMenu->title(), QStringLiteral("&View"));
    QCOMPARE(sidebar->item(0)->text(), QStringLiteral("Queue"));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Queue"));
    QCOMPARE(language->text(), QStringLiteral("English"));

    chooseLanguage(QString());
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QString());
    QCOMPARE(dueline::i18n::currentLanguage(), dueline::i18n::resolveLanguage(QString()));
}

void TestMainWindow::languageChoiceOrder_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expected");

    QTest::newRow("command line wins") << "ru"
                                       << "zh_CN"
                                       << "en_US"
                                       << "ru";
    QTest::newRow("command line, locale form") << "zh-CN"
                                               << ""
                                               << "ru_RU"
                                               << "zh_CN";
    QTest::newRow("then the setting") << ""
                                      << "zh_CN"
                                      << "ru_RU"
                                      << "zh_CN";
    QTest::newRow("then the system") << ""
                                     << ""
                                     << "ru_RU"
                                     << "ru";
    QTest::newRow("system Chinese") << ""
                                    << ""
                                    << "zh_Hans_CN"
                                    << "zh_CN";
    QTest::newRow("unsupported skipped") << "de"
                                         << "fr"
                                         << "ru_RU"
                                         << "ru";
    QTest::newRow("English fallback") << ""
                                      << ""
                                      << "de_DE"
                                      << "en";
    QTest::newRow("traditional script") << ""
                                        << ""
                                        << "zh_TW"
                                        << "en";
    QTest::newRow("C locale") << ""
                              << ""
                              << "C"
                              << "en";
}

void TestMainWindow::languageChoiceOrder()
{
    QFETCH(QString, commandLine);
    QFETCH(QString, saved);
    QFETCH(QString, system);
    QFETCH(QString, expected);
    if (!saved.isEmpty())
        QSettings().setValue(QStringLiteral("ui/language"), saved);
    QCOMPARE(dueline::i18n::chooseLanguage(commandLine, QLocale(system)), expected);
}

void TestMainWindow::darkThemeSelectsDarkIcons()
{
    m_window = createWindow();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The bundled Breeze subset and the application icon are in the binary.
    for (const char *path :
         {":/icons/breeze/index.theme", ":/icons/breeze-dark/index.theme",
          ":/icons/breeze/actions/22/view-list-details.svg",
          ":/icons/breeze-dark/actions/22/view-list-details.svg", ":/dueline/dueline.svg"})
        QVERIFY2(QFile::exists(QLatin1String(path)), path);
    const QIcon icon = Icons::get(QStringLiteral("view-list-details"));

    QCOMPARE(Icons::bundledTheme(), QStringLiteral("breeze"));
    QVERIFY(!Icons::isDark(m_window->palette()));
    const int light = iconLightness(icon);
    QVERIFY2(light >= 0 && light < 100, qPrintable(QString::number(light)));

    Theme::apply(Theme::Mode::Dark);
    QCOMPARE(Theme::current(), Theme::Mode::Dark);
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    QTRY_VERIFY(Icons::isDark(m_window->palette()));
    QCOMPARE(Icons::bundledTheme(), QStringLiteral("breeze-dark"));
    QCOMPARE(QIcon::fallbackThemeName(), QStringLiteral("breeze-dark"));
    // The same QIcon, and icons made before the switch, now draw Breeze Dark's light glyphs.
    const int dark = iconLightness(icon);
    QVERIFY2(dark > 180, qPrintable(QString::number(dark)));
    QVERIFY(iconLightness(child<QAction>(m_window.get(), "queueAction")->icon()) > 180);

    Theme::apply(Theme::Mode::Light);
    QCOMPARE(Icons::bundledTheme(), QStringLiteral("breeze"));
    QVERIFY(iconLightness(icon) < 100);

    // Dark, then "System": the platform's own (here light) palette comes back.
    Theme::apply(Theme::Mode::Dark);
    QTRY_VERIFY(Icons::isDark(m_window->palette()));
    Theme::apply(Theme::Mode::System);
    QTRY_VERIFY(!Icons::isDark(m_window->palette()));
    QCOMPARE(Icons::bundledTheme(), QStringLiteral("breeze"));
    QVERIFY(iconLightness(icon) < 100);
}

void TestMainWindow::preferencesSaveTheAppearance()
{
    m_window = createWindow();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->setDialogRunner([&](QDialog &dialog) {
        auto *combo = child<QComboBox>(&dialog, "appearanceCombo");
        if (!combo)
            return int(QDialog::Rejected);
        combo->setCurrentIndex(combo->findData(QStringLiteral("dark")));
        return int(QDialog::Accepted);
    });
    child<QAction>(m_window.get(), "preferencesAction")->trigger();
    QCOMPARE(QSettings().value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
    QCOMPARE(Theme::saved(), Theme::Mode::Dark);
    QCOMPARE(Theme::current(), Theme::Mode::Dark);
    QTRY_VERIFY(m_window->palette().color(QPalette::Window).lightness() < 128);

    // The dialog opens on the saved values.
    QString shown;
    m_window->setDialogRunner([&](QDialog &dialog) {
        shown = child<QComboBox>(&dialog, "appearanceCombo")->currentData().toString();
        return int(QDialog::Rejected);
    });
    child<QAction>(m_window.get(), "preferencesAction")->trigger();
    QCOMPARE(shown, QStringLiteral("dark"));
}

void TestMainWindow::aboutDialogShowsVersions()
{
    m_window = createWindow();
    QString qtText;
    QString version;
    QString license;
    bool hasIcon = false;
    QString dialogName;
    m_window->setDialogRunner([&](QDialog &dialog) {
        dialogName = dialog.objectName();
        if (auto *label = child<QLabel>(&dialog, "aboutQtVersion"))
            qtText = label->text();
        if (auto *label = child<QLabel>(&dialog, "aboutVersion"))
            version = label->text();
        if (auto *label = child<QLabel>(&dialog, "aboutLicense"))
            license = label->text();
        if (auto *label = child<QLabel>(&dialog, "aboutIcon"))
            hasIcon = !label->pixmap().isNull();
        return int(QDialog::Accepted);
    });
    child<QAction>(m_window.get(), "aboutAction")->trigger();
    QCOMPARE(dialogName, QStringLiteral("aboutDialog"));
    QVERIFY2(qtText.contains(QString::fromLatin1(qVersion())), qPrintable(qtText));
    QVERIFY2(qtText.contains(QLatin1String(QT_VERSION_STR)), qPrintable(qtText));
    QVERIFY2(version.contains(QLatin1String(DUELINE_VERSION)), qPrintable(version));
    QVERIFY2(license.contains(QLatin1String("GPL-3.0-or-later")), qPrintable(license));
    QVERIFY2(license.contains(QLatin1String("GNU General Public License, version 3 or later")),
             qPrintable(license));
    QVERIFY(hasIcon);
}

void TestMainWindow::connectChoosesAnotherDatabase()
{
    m_window = createWindow();
    m_window->setDatabaseUrl(dueline::DatabaseUrl::sqlite(QStringLiteral("/tmp/old.sqlite")));
    QSignalSpy requested(m_window.get(), &MainWindow::databaseChangeRequested);
    QString shownPath;
    const QString chosen = QDir::temp().filePath(QStringLiteral("dueline-connect-test.sqlite"));

    // Cancelling changes nothing.
    m_window->setDialogRunner([&](QDialog &dialog) {
        shownPath = child<QLineEdit>(&dialog, "sqlitePath")->text();
        return int(QDialog::Rejected);
    });
    child<QAction>(m_window.get(), "connectAction")->trigger();
    QCOMPARE(shownPath, QStringLiteral("/tmp/old.sqlite")); // starts from the open database
    QCOMPARE(requested.count(), 0);
    QVERIFY(!QSettings().contains(QStringLiteral("database/url")));

    // Choosing a file remembers it and asks the application to open it.
    m_window->setDialogRunner([&](QDialog &dialog) {
        child<QLineEdit>(&dialog, "sqlitePath")->setText(chosen);
        dialog.accept();
        return dialog.result();
    });
    child<QAction>(m_window.get(), "connectAction")->trigger();
    QCOMPARE(requested.count(), 1);
    const auto url = requested.first().first().value<dueline::DatabaseUrl>();
    QCOMPARE(url.toString(), QStringLiteral("sqlite:") + chosen);
    QCOMPARE(QSettings().value(QStringLiteral("database/url")).toString(),
             QStringLiteral("sqlite:") + chosen);
    QVERIFY(!QFile::exists(chosen)); // choosing creates nothing
}

void TestMainWindow::preferencesSaveNotifications()
{
    // Notification settings live in the database for each person (issue 20,
    // tst_notificationsettingsdialog): without a database Preferences says so, offers nothing to
    // change and keeps no notification keys of its own.
    m_window = createWindow();
    QString summary;
    bool changeEnabled = true;
    m_window->setDialogRunner([&](QDialog &dialog) {
        auto *label = child<QLabel>(&dialog, "notificationSummary");
        auto *change = child<QPushButton>(&dialog, "notificationSettingsButton");
        if (!label || !change)
            return int(QDialog::Rejected);
        summary = label->text();
        changeEnabled = change->isEnabled();
        return int(QDialog::Accepted);
    });
    child<QAction>(m_window.get(), "preferencesAction")->trigger();
    QVERIFY2(summary.contains(QLatin1String("Open a ticket database")), qPrintable(summary));
    QVERIFY(!changeEnabled);
    QSettings settings;
    settings.beginGroup(QStringLiteral("notifications"));
    QVERIFY(settings.childKeys().isEmpty());
}

namespace {

dueline::DatabaseUrl pgUrl(const QString &host, int port, const QString &sslmode)
{
    dueline::DatabaseUrl url;
    url.engine = dueline::Engine::PostgreSQL;
    url.host = host;
    url.port = port;
    url.user = QStringLiteral("anna");
    url.database = QStringLiteral("support");
    if (!sslmode.isEmpty())
        url.options.insert(QStringLiteral("sslmode"), sslmode);
    return url;
}

} // namespace

// The TLS policy in the GUI (issue 15): a server on another computer without verify-full is
// asked about once per host:port, and the answer is remembered.
void TestMainWindow::insecureServerAskedOncePerServer()
{
    m_window = createWindow();
    int asked = 0;
    QString question;
    QMessageBox::StandardButton answer = QMessageBox::Yes;
    m_window->setDialogRunner([&](QDialog &dialog) {
        ++asked;
        auto *box = qobject_cast<QMessageBox *>(&dialog);
        if (!box)
            return int(QDialog::Rejected);
        question = box->text();
        // The safe choice is the default.
        if (box->defaultButton() != box->button(QMessageBox::No))
            return int(QMessageBox::Yes) + 1000;
        return int(answer);
    });
    const QString remote = QStringLiteral("db.example.org");
    // Verified or on this computer: nothing to ask.
    QVERIFY(m_window->confirmInsecureConnection(pgUrl(remote, 0, QStringLiteral("verify-full"))));
    QVERIFY(m_window->confirmInsecureConnection(pgUrl(QStringLiteral("127.0.0.1"), 0, {})));
    QVERIFY(m_window->confirmInsecureConnection(dueline::DatabaseUrl::sqlite(QStringLiteral("x"))));
    QCOMPARE(asked, 0);

    QVERIFY(m_window->confirmInsecureConnection(pgUrl(remote, 0, QStringLiteral("require"))));
    QCOMPARE(asked, 1);
    QVERIFY2(question.contains(QLatin1String("db.example.org:5432")), qPrintable(question));
    // Once per server: another database or TLS mode on it is not asked again.
    dueline::DatabaseUrl other = pgUrl(remote, 5432, QString());
    other.database = QStringLiteral("other");
    QVERIFY(m_window->confirmInsecureConnection(other));
    QCOMPARE(asked, 1);
    // Another port is another server; "no" is remembered too.
    answer = QMessageBox::No;
    QVERIFY(!m_window->confirmInsecureConnection(pgUrl(remote, 6432, QStringLiteral("prefer"))));
    QCOMPARE(asked, 2);
    QVERIFY(!m_window->confirmInsecureConnection(pgUrl(remote, 6432, QStringLiteral("prefer"))));
    QCOMPARE(asked, 2);
    // The answers live in the settings (a new window, the next start).
    m_window = createWindow();
    m_window->setDialogRunner([&](QDialog &) {
        ++asked;
        return int(QMessageBox::Yes);
    });
    QVERIFY(m_window->confirmInsecureConnection(pgUrl(remote, 0, QStringLiteral("disable"))));
    QVERIFY(!m_window->confirmInsecureConnection(pgUrl(remote, 6432, QString())));
    QCOMPARE(asked, 2);
    // Asking again on purpose (File > Connect) replaces the answer.
    QVERIFY(m_window->confirmInsecureConnection(pgUrl(remote, 6432, QString()), true));
    QCOMPARE(asked, 3);
    QVERIFY(m_window->confirmInsecureConnection(pgUrl(remote, 6432, QString())));
    QCOMPARE(asked, 3);
}

// File > Connect to an unverified server asks before anything changes; "Don't Connect" keeps
// the open database.
void TestMainWindow::connectToAnInsecureServerAsksFirst()
{
    m_window = createWindow();
    m_window->setDatabaseUrl(dueline::DatabaseUrl::sqlite(QStringLiteral("/tmp/old.sqlite")));
    QSignalSpy requested(m_window.get(), &MainWindow::databaseChangeRequested);
    QMessageBox::StandardButton answer = QMessageBox::No;
    QStringList shown;
    m_window->setDialogRunner([&](QDialog &dialog) {
        if (qobject_cast<QMessageBox *>(&dialog)) {
            shown << QStringLiteral("question");
            return int(answer);
        }
        shown << dialog.objectName();
        child<QComboBox>(&dialog, "engine")->setCurrentIndex(1);
        child<QLineEdit>(&dialog, "host")->setText(QStringLiteral("db.example.org"));
        child<QLineEdit>(&dialog, "database")->setText(QStringLiteral("support"));
        auto *warning = child<QLabel>(&dialog, "tlsWarning");
        if (!warning || !warning->isVisibleTo(&dialog))
            return int(QDialog::Rejected);
        dialog.accept();
        return dialog.result();
    });
    child<QAction>(m_window.get(), "connectAction")->trigger();
    QCOMPARE(shown, (QStringList{QStringLiteral("connectionDialog"), QStringLiteral("question")}));
    QCOMPARE(requested.count(), 0);
    QVERIFY(!QSettings().contains(QStringLiteral("database/url")));

    answer = QMessageBox::Yes;
    shown.clear();
    child<QAction>(m_window.get(), "connectAction")->trigger();
    QCOMPARE(shown, (QStringList{QStringLiteral("connectionDialog"), QStringLiteral("question")}));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(QSettings().value(QStringLiteral("database/url")).toString(),
             QStringLiteral("postgresql://db.example.org/support"));
}

// While an unverified connection is in use the status bar says so. 0.0.0.0 is not a loopback
// address, yet on Linux a connection to it reaches the test server on this computer.
void TestMainWindow::statusBarWarnsWhileUnverified()
{
    QString error;
    auto database = testsupport::TestDatabase::create(dueline::Engine::PostgreSQL, &error);
    QVERIFY2(database, qPrintable(error));
    const dueline::CatalogPtr catalog = dueline::Catalog::loadBuiltIn(&error);
    QVERIFY2(catalog, qPrintable(error));
    FakeClock clock(QDateTime(QDate(2026, 3, 2), QTime(7, 0), Qt::UTC).toSecsSinceEpoch());
    dueline::Ticker ticker(clock);
    const auto open = [&](const dueline::DatabaseUrl &url) {
        dueline::StoreError storeError;
        auto store = dueline::TicketStore::open(
                url, catalog, clock, dueline::Connection::Mode::OpenExisting, &storeError);
        if (!store || store->migrate(&storeError) < 0)
            qWarning("%s", qPrintable(storeError.message));
        return store;
    };
    const auto sourceOf = [&](const dueline::DatabaseUrl &url) {
        dueline::QueueSource source;
        source.url = url;
        source.catalog = catalog;
        source.clock = &clock;
        source.live = false;
        return source;
    };
    dueline::Agent me;
    me.login = QStringLiteral("anna");
    me.displayName = QStringLiteral("Anna");

    m_window = createWindow();
    auto store = open(database->url());
    QVERIFY(store);
    dueline::StoreError storeError;
    me.id = store->addAgent(me, &storeError);
    QVERIFY2(me.id > 0, qPrintable(storeError.message));
    m_window->openQueue(sourceOf(database->url()), me, &ticker);
    QVERIFY(QSignalSpy(m_window->queueWorkspace(), &QueueWorkspace::opened).wait(10000));
    m_window->show();
    auto *warning = child<QLabel>(m_window.get(), "tlsWarningStatusLabel");
    QVERIFY(warning);
    QVERIFY(!warning->isVisible());

    dueline::DatabaseUrl remote = database->url();
    remote.host = QStringLiteral("0.0.0.0");
    remote.options.insert(QStringLiteral("sslmode"), QStringLiteral("disable"));
    m_window = createWindow();
    store = open(remote);
    QVERIFY(store);
    m_window->openQueue(sourceOf(remote), me, &ticker);
    QVERIFY(QSignalSpy(m_window->queueWorkspace(), &QueueWorkspace::opened).wait(10000));
    m_window->show();
    warning = child<QLabel>(m_window.get(), "tlsWarningStatusLabel");
    QVERIFY(warning->isVisible());
    QVERIFY2(warning->text().contains(QLatin1String("not verified")), qPrintable(warning->text()));
    QVERIFY2(warning->toolTip().contains(QStringLiteral("0.0.0.0:%1").arg(remote.port)),
             qPrintable(warning->toolTip()));
    m_window.reset();
}

// File > Connect starts Dueline again: PGPASSWORD goes along only to the same login on the same
// server; a password typed for the new server goes instead.
void TestMainWindow::passwordEnvironmentStaysWithItsServer()
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PGPASSWORD"), QStringLiteral("password-of-A"));
    environment.insert(QStringLiteral("DUELINE_DB"), QStringLiteral("sqlite:/tmp/x.sqlite"));
    environment.insert(QStringLiteral("HOME"), QStringLiteral("/home/anna"));
    const dueline::DatabaseUrl a = pgUrl(QStringLiteral("a.example.org"), 0, {});

    // Another host, port, user or engine: no PGPASSWORD.
    dueline::DatabaseUrl otherUser = a;
    otherUser.user = QStringLiteral("lena");
    for (const dueline::DatabaseUrl &b :
         {pgUrl(QStringLiteral("b.example.org"), 0, {}),
          pgUrl(QStringLiteral("a.example.org"), 6432, {}), otherUser,
          dueline::DatabaseUrl::sqlite(QStringLiteral("/tmp/b.sqlite"))}) {
        const QProcessEnvironment next = environmentForDatabase(environment, a, b);
        QVERIFY2(!next.contains(QStringLiteral("PGPASSWORD")), qPrintable(b.toString()));
        QVERIFY(!next.contains(QStringLiteral("DUELINE_DB")));
        QCOMPARE(next.value(QStringLiteral("HOME")), QStringLiteral("/home/anna"));
    }
    // From a SQLite file nothing is known about the variable's server.
    QVERIFY(!environmentForDatabase(
                     environment, dueline::DatabaseUrl::sqlite(QStringLiteral("/tmp/a.sqlite")), a)
                     .contains(QStringLiteral("PGPASSWORD")));
    // The same login on another database of the same server keeps it.
    dueline::DatabaseUrl sameServer = a;
    sameServer.database = QStringLiteral("archive");
    sameServer.options.insert(QStringLiteral("sslmode"), QStringLiteral("verify-full"));
    QCOMPARE(environmentForDatabase(environment, a, sameServer).value(QStringLiteral("PGPASSWORD")),
             QStringLiteral("password-of-A"));
    // A password given for the new server replaces it.
    dueline::DatabaseUrl b = pgUrl(QStringLiteral("b.example.org"), 0, {});
    b.password = QStringLiteral("password-of-B");
    QCOMPARE(environmentForDatabase(environment, a, b).value(QStringLiteral("PGPASSWORD")),
             QStringLiteral("password-of-B"));

    // Through File > Connect: a password the window had for A does not reach B.
    m_window = createWindow();
    dueline::DatabaseUrl open = a;
    open.password = QStringLiteral("password-of-A");
    m_window->setDatabaseUrl(open);
    QSignalSpy requested(m_window.get(), &MainWindow::databaseChangeRequested);
    QString shownPassword;
    m_window->setDialogRunner([&](QDialog &dialog) {
        if (qobject_cast<QMessageBox *>(&dialog))
            return int(QMessageBox::Yes);
        shownPassword = child<QLineEdit>(&dialog, "password")->text();
        child<QLineEdit>(&dialog, "host")->setText(QStringLiteral("b.example.org"));
        dialog.accept();
        return dialog.result();
    });
    child<QAction>(m_window.get(), "connectAction")->trigger();
    QCOMPARE(shownPassword, QStringLiteral("password-of-A"));
    QCOMPARE(requested.count(), 1);
    const auto chosen = requested.first().first().value<dueline::DatabaseUrl>();
    QCOMPARE(chosen.host, QStringLiteral("b.example.org"));
    QVERIFY(chosen.password.isEmpty());
    QVERIFY(!environmentForDatabase(environment, m_window->databaseUrl(), chosen)
                     .contains(QStringLiteral("PGPASSWORD")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
