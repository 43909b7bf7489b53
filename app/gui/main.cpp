// dueline: the desktop GUI. Parses the command line, applies appearance and language, shows the
// main window.
#include "app/bootstrap/catalogfiles.h"
#include "app/bootstrap/i18n.h"
#include "views/icons.h"
#include "views/mainwindow.h"
#include "views/planscalculatorview.h"
#include "views/plansworkspace.h"
#include "views/theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "dueline: %s\n", qPrintable(message));
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
    dueline::i18n::installTranslators(dueline::i18n::chooseLanguage(lang));
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
    // For scripts/screenshots.sh, not in --help.
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  QStringLiteral("Save a picture of the main window and quit."),
                                  QStringLiteral("file")};
    QCommandLineOption workspace{QStringLiteral("workspace"),
                                 QStringLiteral("Open a workspace: queue, plans or dashboard."),
                                 QStringLiteral("name")};
    QCommandLineOption plansView{QStringLiteral("plans-view"),
                                 QStringLiteral("Plans workspace tab: matrix or calculator."),
                                 QStringLiteral("name")};
    QCommandLineOption preset{
            QStringLiteral("preset"),
            QStringLiteral("Calculator preset: now, friday, newyear, springfestival or monday."),
            QStringLiteral("name")};

    void addTo(QCommandLineParser &parser)
    {
        parser.setApplicationDescription(QCoreApplication::translate(
                "main", "Desktop SLA console for technical-support teams"));
        parser.addHelpOption();
        parser.addVersionOption();
        screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
        workspace.setFlags(QCommandLineOption::HiddenFromHelp);
        plansView.setFlags(QCommandLineOption::HiddenFromHelp);
        preset.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOptions({lang, theme, screenshot, workspace, plansView, preset});
    }
};

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        setUpApplication();
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
    dueline::CatalogPtr catalog = loadCatalog({}, &catalogError);
    if (!catalog) {
        QString builtInError;
        catalog = dueline::Catalog::loadBuiltIn(&builtInError);
        if (!catalog)
            catalogError += QLatin1Char('\n') + builtInError;
        std::fprintf(stderr, "dueline: %s\n", qPrintable(catalogError));
    }

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
    if (parser.isSet(options.workspace))
        window.setCurrentWorkspace(workspace);

    if (!screenshot.isEmpty()) {
        // A fixed size and no saved state, so that pictures compare from run to run.
        window.setWindowState(Qt::WindowNoState);
        window.resize(1280, 800);
        QTimer::singleShot(700, &window, [&window, screenshot] {
            const bool saved = window.grab().save(screenshot);
            if (!saved)
                fail(QCoreApplication::translate("main", "cannot write %1").arg(screenshot));
            QCoreApplication::exit(saved ? 0 : 1);
        });
    }
    window.show();
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
