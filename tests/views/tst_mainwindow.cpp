// The main window driven as a user would: workspaces, shortcuts, saved geometry, live language and
// appearance switches, the About dialog. Modal dialogs go through MainWindow's dialog runner.
#include "app/bootstrap/i18n.h"
#include "views/emptystatewidget.h"
#include "views/icons.h"
#include "views/mainwindow.h"
#include "views/preferencesdialog.h"
#include "views/theme.h"

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
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTest>
#include <QTimeEdit>
#include <QToolBar>

#include <memory>

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
            {"fileMenu", {QStringLiteral("connectAction"), QStringLiteral("quitAction")}},
            {"viewMenu",
             {QStringLiteral("queueAction"), QStringLiteral("plansAction"),
              QStringLiteral("dashboardAction"), QStringLiteral("fullScreenAction"),
              QStringLiteral("wallboardAction")}},
            {"settingsMenu",
             {QStringLiteral("showToolBarAction"), QStringLiteral("preferencesAction")}},
            {"helpMenu", {QStringLiteral("aboutAction"), QStringLiteral("aboutQtAction")}},
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
    m_window = createWindow();
    m_window->setDialogRunner([&](QDialog &dialog) {
        auto *notify = child<QCheckBox>(&dialog, "notifyCheck");
        auto *start = child<QTimeEdit>(&dialog, "workStartEdit");
        auto *end = child<QTimeEdit>(&dialog, "workEndEdit");
        if (!notify || !start || !end)
            return int(QDialog::Rejected);
        // Defaults: on, 09:00–18:00.
        if (!notify->isChecked() || start->time() != QTime(9, 0) || end->time() != QTime(18, 0))
            return int(QDialog::Rejected);
        start->setTime(QTime(10, 30));
        end->setTime(QTime(19, 0));
        notify->setChecked(false);
        return int(start->isEnabled() ? QDialog::Rejected : QDialog::Accepted);
    });
    child<QAction>(m_window.get(), "preferencesAction")->trigger();
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("notifications/enabled")).toBool(), false);
    QCOMPARE(settings.value(QStringLiteral("notifications/workStart")).toString(),
             QStringLiteral("10:30"));
    QCOMPARE(settings.value(QStringLiteral("notifications/workEnd")).toString(),
             QStringLiteral("19:00"));

    // The dialog opens again on what was saved.
    bool shown = false;
    m_window->setDialogRunner([&](QDialog &dialog) {
        shown = !child<QCheckBox>(&dialog, "notifyCheck")->isChecked() &&
                child<QTimeEdit>(&dialog, "workStartEdit")->time() == QTime(10, 30);
        return int(QDialog::Accepted);
    });
    child<QAction>(m_window.get(), "preferencesAction")->trigger();
    QVERIFY(shown);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
