// SPDX-License-Identifier: GPL-3.0-or-later
// Exports of the Plans workspace a lead can send (issue 21), read back as a reader would:
// pdftotext and pdfimages (poppler-utils) on the PDFs, pdftoppm for the colours. The matrix PDF
// repeats its header rows on every page; the deadlines PDF keeps the chart's heading on the
// chart's page, lists every line of the chart with its colour under it, writes dates in the
// interface language and says what it shows (the incident, the opening with its zone, the plans
// chosen); CSV files are named after what they hold; the default export folder exists.
#include "app/bootstrap/i18n.h"
#include "models/item/dateformat.h"
#include "models/item/deadlinecalculatormodel.h"
#include "models/item/planmatrixmodel.h"
#include "tests/support/fakeclock.h"
#include "views/common/commonui.h"
#include "views/plans/planscalculatorview.h"
#include "views/plans/planschooser.h"
#include "views/plans/plansexport.h"
#include "views/plans/plansmatrixview.h"
#include "views/plans/plansworkspace.h"
#include "views/plans/weeklywaitchart.h"

#include <QDialog>
#include <QFileDialog>
#include <QImage>
#include <QLineSeries>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace dueline;

namespace {

void processLanguageChange()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
}

// The output of a poppler-utils program; fails the test when it is missing.
QString poppler(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning("%s %s failed (%s); scripts/setup.sh installs poppler-utils", qPrintable(program),
                 qPrintable(arguments.join(QLatin1Char(' '))),
                 qPrintable(process.errorString() +
                            QString::fromLocal8Bit(process.readAllStandardError())));
        return {};
    }
    // Compatibility forms folded: the Chinese font's glyphs read back as Kangxi radicals
    // ("⽉", U+2F49) where the text has the ideographs ("月", U+6708).
    return QString::fromUtf8(process.readAllStandardOutput())
            .normalized(QString::NormalizationForm_KC);
}

// The pages of a PDF as pdftotext -layout writes them.
QStringList pdfPages(const QString &path)
{
    QStringList pages = poppler(QStringLiteral("pdftotext"),
                                {QStringLiteral("-layout"), path, QStringLiteral("-")})
                                .split(QLatin1Char('\f'));
    while (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// The text without any white space, compatibility forms folded (as poppler()): a cell's text
// wrapped over lines reads the same.
QString squeezed(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC)
            .remove(QRegularExpression(QStringLiteral("\\s")));
}

// Whether every word of `text` is on `page` (the words of a wrapped header cell are on lines of
// their own, between other columns' words).
bool hasWords(const QString &page, const QString &text)
{
    const QStringList words =
            text.normalized(QString::NormalizationForm_KC)
                    .split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(),
                       [&page](const QString &word) { return page.contains(word); });
}

} // namespace

class TestPlansExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void matrixPdfRepeatsItsHeaderOnEveryPage_data();
    void matrixPdfRepeatsItsHeaderOnEveryPage();
    void deadlinesPdfSaysWhatItShows_data();
    void deadlinesPdfSaysWhatItShows();
    void csvNamedAfterWhatItHolds();
    void defaultExportPathExists();

private:
    void useLanguage(const QString &language);

    CatalogPtr m_catalog;
    std::unique_ptr<PlansWorkspace> m_workspace;
    // Friday 27 November 2026, 09:00 Moscow.
    FakeClock m_clock = FakeClock::at("2026-11-27T06:00:00Z");
    QTemporaryDir m_dir;
    QStringList m_dialogs;
    std::function<int(QDialog &)> m_onDialog;
};

void TestPlansExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // DUELINE_KEEP_EXPORTS=1 keeps the exported files to look at.
    if (qEnvironmentVariableIsSet("DUELINE_KEEP_EXPORTS")) {
        m_dir.setAutoRemove(false);
        qInfo("exports in %s", qPrintable(m_dir.path()));
    }
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext not found: scripts/setup.sh installs poppler-utils");
}

void TestPlansExport::init()
{
    m_dialogs.clear();
    m_onDialog = nullptr;
    useLanguage(QStringLiteral("en"));
}

void TestPlansExport::cleanup()
{
    m_workspace.reset();
    useLanguage(QStringLiteral("en"));
}

void TestPlansExport::useLanguage(const QString &language)
{
    QVERIFY(i18n::installTranslators(language));
    processLanguageChange();
    m_workspace = std::make_unique<PlansWorkspace>();
    m_workspace->setDialogRunner([this](QDialog &dialog) {
        m_dialogs << dialog.objectName();
        return m_onDialog ? m_onDialog(dialog) : int(QDialog::Rejected);
    });
    m_workspace->setTeamCatalogFiles([] { return QStringList(); });
    m_workspace->setClock(&m_clock);
    m_workspace->setCatalog(m_catalog);
    m_workspace->resize(1118, 718);
}

void TestPlansExport::matrixPdfRepeatsItsHeaderOnEveryPage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ru") << QStringLiteral("ru");
}

void TestPlansExport::matrixPdfRepeatsItsHeaderOnEveryPage()
{
    QFETCH(QString, language);
    useLanguage(language);
    m_workspace->setCurrentPage(PlansWorkspace::MatrixPage);
    const QString path = m_dir.filePath(QStringLiteral("matrix-%1.pdf").arg(language));
    QString error;
    QVERIFY2(m_workspace->exportPdfTo(path, &error), qPrintable(error));
    const QStringList pages = pdfPages(path);
    QVERIFY2(pages.size() >= 2, qPrintable(QString::number(pages.size())));
    // The table in parts of at most matrixPrintColumns plans, cut between providers: every page
    // has the header rows (provider band, plan names) of a part, and every plan is printed.
    const PlanMatrixModel *model = m_workspace->matrixView()->model();
    PlansExport::Document columns;
    columns.columnsPerPart = PlansWorkspace::matrixPrintColumns;
    columns.header << QString();
    columns.bands << QString();
    for (int c = PlanMatrixModel::FirstPlanColumn; c < model->columnCount(); ++c) {
        columns.header << model->headerData(c, Qt::Horizontal).toString();
        columns.bands << model->headerData(c, Qt::Horizontal, PlanMatrixModel::ProviderNameRole)
                                 .toString();
    }
    const QVector<std::pair<int, int>> parts = PlansExport::tableParts(columns);
    QCOMPARE(parts.size(), 2); // twelve plans: Alibaba and Stormbpmn, then the others
    QSet<int> printed;
    for (int p = 0; p < pages.size(); ++p) {
        const QString &page = pages.at(p);
        bool headed = false;
        for (const auto &[first, last] : parts) {
            bool all = true;
            for (int c = first; c <= last; ++c)
                all = all && hasWords(page, columns.header.at(c)) &&
                      hasWords(page, columns.bands.at(c));
            if (!all)
                continue;
            headed = true;
            for (int c = first; c <= last; ++c)
                printed.insert(c);
        }
        QVERIFY2(headed, qPrintable(QStringLiteral("page %1 of %2 has no plan header:\n%3")
                                            .arg(p + 1)
                                            .arg(pages.size())
                                            .arg(page.left(1500))));
        // The footer: the title and the page number.
        QVERIFY2(squeezed(page).contains(
                         squeezed(QCoreApplication::translate("PlansExport", "Page %1 of %2",
                                                              "printed page footer")
                                          .arg(p + 1)
                                          .arg(pages.size()))),
                 qPrintable(page.right(300)));
    }
    QCOMPARE(printed.size(), model->columnCount() - PlanMatrixModel::FirstPlanColumn);
}

void TestPlansExport::deadlinesPdfSaysWhatItShows_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ru") << QStringLiteral("ru");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestPlansExport::deadlinesPdfSaysWhatItShows()
{
    QFETCH(QString, language);
    useLanguage(language);
    m_workspace->setCurrentPage(PlansWorkspace::CalculatorPage);
    // Eleven plans of twelve; Wednesday 30 December 2026, 19:30 Moscow: business-hours plans
    // reach into January, across the Russian New Year holidays.
    QStringList plans;
    for (const Plan &plan : m_catalog->plans())
        plans << plan.id;
    plans.removeAll(QStringLiteral("tencent/basic"));
    m_workspace->chooser()->setChosenPlans(plans);
    PlansCalculatorView *calculator = m_workspace->calculatorView();
    calculator->setLevel(1);
    const QDateTime opened(QDate(2026, 12, 30), QTime(19, 30), QTimeZone("Europe/Moscow"));
    calculator->setOpened(opened);
    calculator->selectPlan(QStringLiteral("stormbpmn/enterprise"));
    m_workspace->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));

    const QString path = m_dir.filePath(QStringLiteral("deadlines-%1.pdf").arg(language));
    QString error;
    QVERIFY2(m_workspace->exportPdfTo(path, &error), qPrintable(error));
    const QStringList pages = pdfPages(path);
    QVERIFY(!pages.isEmpty());
    const QString raw = squeezed(poppler(QStringLiteral("pdftotext"),
                                         {QStringLiteral("-raw"), path, QStringLiteral("-")}));

    // What it shows: the incident, the opening with its zone, the plans chosen.
    const QLocale locale;
    for (const QString &line : calculator->inputSummary())
        QVERIFY2(raw.contains(squeezed(line)), qPrintable(line));
    QVERIFY(raw.contains(squeezed(DateFormat::longDateTime(locale, opened))));
    QVERIFY(raw.contains(QStringLiteral("MSK")));
    QVERIFY(raw.contains(QStringLiteral("Europe/Moscow")));
    QVERIFY2(raw.contains(squeezed(QCoreApplication::translate("dueline::PlansWorkspace",
                                                               "Plans: %1 of %2",
                                                               "export: chosen plans of all")
                                           .arg(11)
                                           .arg(12))),
             qPrintable(raw.left(600)));
    // Dates as the table shows them, in the interface language; never "12/30/26".
    const DeadlineCalculatorModel *model = calculator->model();
    int dates = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        for (const int column : {int(DeadlineCalculatorModel::ResponseDueColumn),
                                 int(DeadlineCalculatorModel::ResolutionDueColumn)}) {
            const QModelIndex index = model->index(r, column);
            if (index.data(DeadlineCalculatorModel::DueRole).isNull())
                continue;
            const QString shown = calculator->displayText(index);
            const QDateTime due = QDateTime::fromSecsSinceEpoch(
                    index.data(DeadlineCalculatorModel::DueRole).toLongLong(), opened.timeZone());
            QVERIFY(shown == DateFormat::dateTime(locale, due, DateFormat::Year::Omit) ||
                    shown == DateFormat::dateTime(locale, due, DateFormat::Year::Show));
            QVERIFY2(raw.contains(squeezed(shown)), qPrintable(shown));
            ++dates;
        }
    }
    QVERIFY(dates >= 12);
    QVERIFY2(!raw.contains(QRegularExpression(QStringLiteral("\\d{1,2}/\\d{1,2}/\\d{2}"))),
             qPrintable(raw));

    // The chart's heading on the chart's page (the only picture), the legend under it naming
    // every line whole.
    const QString title = squeezed(calculator->chartTitle());
    int titlePage = -1;
    for (int p = 0; p < pages.size(); ++p) {
        if (squeezed(pages.at(p)).contains(title))
            titlePage = p;
    }
    QVERIFY2(titlePage >= 0, qPrintable(calculator->chartTitle()));
    const QStringList images = poppler(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path})
                                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                       .mid(2); // the column titles and a rule
    QCOMPARE(images.size(), 1);
    const int imagePage = images.first().simplified().section(QLatin1Char(' '), 0, 0).toInt() - 1;
    QCOMPARE(imagePage, titlePage);
    const QString &chartPage = pages.at(titlePage);
    const qsizetype titleAt = chartPage.indexOf(
            calculator->chartTitle().normalized(QString::NormalizationForm_KC).left(12));
    QVERIFY(titleAt >= 0);
    const QString afterTitle = chartPage.mid(titleAt);
    WeeklyWaitChart *chart = calculator->chart();
    QCOMPARE(chart->seriesCount(), 10); // Alibaba's L1 makes no commitment, Tencent's S4 left out
    for (int i = 0; i < chart->seriesCount(); ++i)
        QVERIFY2(hasWords(afterTitle, chart->series(i)->name()),
                 qPrintable(chart->series(i)->name() + QLatin1Char('\n') + afterTitle));
    QVERIFY(squeezed(afterTitle).contains(squeezed(calculator->uncommittedNote())));

    // Each line's colour key: a patch of its exact colour on the chart's page.
    const QString prefix = m_dir.filePath(QStringLiteral("page-%1").arg(language));
    poppler(QStringLiteral("pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("100"),
             QStringLiteral("-f"), QString::number(titlePage + 1), QStringLiteral("-l"),
             QString::number(titlePage + 1), QStringLiteral("-singlefile"), path, prefix});
    const QImage picture(prefix + QStringLiteral(".png"));
    QVERIFY(!picture.isNull());
    for (int i = 0; i < chart->seriesCount(); ++i) {
        const QColor key = chart->printColor(chart->seriesPlanId(i));
        int pixels = 0;
        for (int y = 0; y < picture.height(); ++y) {
            for (int x = 0; x < picture.width(); ++x) {
                const QColor c = picture.pixelColor(x, y);
                pixels += qAbs(c.red() - key.red()) <= 3 && qAbs(c.green() - key.green()) <= 3 &&
                                          qAbs(c.blue() - key.blue()) <= 3
                                  ? 1
                                  : 0;
            }
        }
        QVERIFY2(pixels >= 100, qPrintable(QStringLiteral("%1: %2 pixels of %3")
                                                   .arg(chart->series(i)->name())
                                                   .arg(pixels)
                                                   .arg(key.name())));
    }
}

void TestPlansExport::csvNamedAfterWhatItHolds()
{
    m_workspace->setCurrentPage(PlansWorkspace::CalculatorPage);
    PlansCalculatorView *calculator = m_workspace->calculatorView();
    calculator->setLevel(2);
    calculator->setOpened(
            QDateTime(QDate(2026, 12, 30), QTime(19, 30), QTimeZone("Europe/Moscow")));
    QCOMPARE(m_workspace->exportBaseName(),
             QStringLiteral("dueline-deadlines-P2-2026-12-30-1930-Europe-Moscow"));
    calculator->setProviderSeverity(QStringLiteral("alibaba"), QStringLiteral("core-down"));
    QCOMPARE(m_workspace->exportBaseName(),
             QStringLiteral("dueline-deadlines-alibaba-core-down-2026-12-30-1930-Europe-Moscow"));
    // Every record carries the question, the opening and the zone.
    const QString path = m_dir.filePath(QStringLiteral("deadlines.csv"));
    QString error;
    QVERIFY2(m_workspace->exportCsvTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList records =
            QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QVERIFY(records.size() >= 3);
    QVERIFY2(records.first().endsWith(QStringLiteral(",Incident,Opened,Time zone")),
             qPrintable(records.first()));
    for (const QString &record : records.mid(1))
        QVERIFY2(record.endsWith(QStringLiteral(
                         ",alibaba:core-down,2026-12-30T19:30:00+03:00,Europe/Moscow")),
                 qPrintable(record));

    m_workspace->setCurrentPage(PlansWorkspace::MatrixPage);
    QCOMPARE(m_workspace->exportBaseName(), QStringLiteral("dueline-plans"));
    m_workspace->chooser()->setChosenPlans(
            {QStringLiteral("vkcs/standard"), QStringLiteral("stormbpmn/team")});
    m_workspace->matrixView()->setDifferencesOnly(true);
    QCOMPARE(m_workspace->exportBaseName(), QStringLiteral("dueline-plans-2-of-12-differences"));
}

void TestPlansExport::defaultExportPathExists()
{
    // A home without a Documents folder (and no user-dirs.dirs naming one).
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QByteArray oldHome = qgetenv("HOME");
    const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral(".config"))));
    const auto restore = qScopeGuard([&] {
        qputenv("HOME", oldHome);
        qputenv("XDG_CONFIG_HOME", oldConfig);
    });
    const QString homePath = QDir(home.path()).absolutePath();
    QCOMPARE(QFileInfo(CommonUi::defaultExportPath(QStringLiteral("x.pdf"))).absolutePath(),
             homePath);
    QCOMPARE(QFileInfo(CommonUi::defaultExportPath(QStringLiteral("x.pdf"))).fileName(),
             QStringLiteral("x.pdf"));
    QVERIFY(!QDir(home.filePath(QStringLiteral("Documents"))).exists()); // nothing created

    // Export ▸ CSV offers the home folder; saving there works.
    m_workspace->setCurrentPage(PlansWorkspace::MatrixPage);
    QString offered;
    m_onDialog = [&offered](QDialog &dialog) {
        auto &files = static_cast<QFileDialog &>(dialog);
        offered = files.selectedFiles().value(0);
        return int(QDialog::Accepted);
    };
    m_workspace->exportCsv();
    QCOMPARE(m_dialogs, QStringList{QStringLiteral("exportFileDialog")});
    QCOMPARE(QFileInfo(offered).absolutePath(), homePath);
    QCOMPARE(QFileInfo(offered).fileName(), QStringLiteral("dueline-plans.csv"));
    QVERIFY(QFileInfo(offered).isFile());

    // Once there is a Documents folder, it is the one.
    QVERIFY(QDir(home.path()).mkdir(QStringLiteral("Documents")));
    QCOMPARE(QFileInfo(CommonUi::defaultExportPath(QStringLiteral("x.pdf"))).absolutePath(),
             QDir(home.filePath(QStringLiteral("Documents"))).absolutePath());
}

QTEST_MAIN(TestPlansExport)
#include "tst_plansexport.moc"
