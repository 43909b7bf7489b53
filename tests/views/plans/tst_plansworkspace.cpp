// SPDX-License-Identifier: GPL-3.0-or-later
// The Plans workspace driven as a user would, offscreen, on the built-in catalog: the matrix
// (chosen plans, collapsed providers, "differences only"), the calculator, its presets and chart,
// CSV and PDF export. The calculator against `dueline-cli compare` and `dueline-cli due` is in
// tests/app/tst_calculatorcli.cpp.
#include "models/item/deadlinecalculatormodel.h"
#include "models/item/planmatrixmodel.h"
#include "tests/support/fakeclock.h"
#include "views/plans/planscalculatorview.h"
#include "views/plans/planschooser.h"
#include "views/plans/plansexplanationview.h"
#include "views/plans/plansexport.h"
#include "views/plans/plansmatrixview.h"
#include "views/plans/plansworkspace.h"
#include "views/plans/weeklywaitchart.h"

#include <QAbstractItemModelTester>
#include <QDialog>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace dueline;

namespace {

// RFC 4180 records (quoted fields, doubled quotes, CRLF) back into cells.
QVector<QStringList> parseCsv(const QString &text)
{
    QVector<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            record << field;
            records << record;
            record.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return records;
}

// Leaf rows of the matrix model, each as its cells' texts (label first).
QVector<QStringList> matrixRows(const QAbstractItemModel *model)
{
    QVector<QStringList> rows;
    for (int s = 0; s < model->rowCount(); ++s) {
        const QModelIndex section = model->index(s, 0);
        for (int r = 0; r < model->rowCount(section); ++r) {
            QStringList cells;
            for (int c = 0; c < model->columnCount(); ++c)
                cells << model->index(r, c, section).data().toString();
            rows << cells;
        }
    }
    return rows;
}

} // namespace

class TestPlansWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void rendersWithBuiltInCatalog();
    void presets();
    void explanationForSelectedPlan();
    void chartOfChosenPlans();
    void differencesOnlyHidesEqualRows();
    void chooserDrivesBothPages();
    void collapsedProvider();
    void csvExportOfMatrix();
    void csvExportOfCalculator();
    void pdfExport();
    void dialogsGoThroughTheRunner();

private:
    CatalogPtr m_catalog;
    std::unique_ptr<PlansWorkspace> m_workspace;
    QStringList m_dialogs; // object names of the dialogs the runner was given
};

void TestPlansWorkspace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestPlansWorkspace::init()
{
    m_dialogs.clear();
    m_workspace = std::make_unique<PlansWorkspace>();
    m_workspace->setDialogRunner([this](QDialog &dialog) {
        m_dialogs << dialog.objectName();
        return int(QDialog::Rejected);
    });
    m_workspace->setTeamCatalogFiles([] { return QStringList(); });
    m_workspace->setCatalog(m_catalog);
    m_workspace->resize(1280, 760);
}

void TestPlansWorkspace::cleanup()
{
    m_workspace.reset();
}

void TestPlansWorkspace::rendersWithBuiltInCatalog()
{
    m_workspace->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
    const int plans = int(m_catalog->plans().size());
    QCOMPARE(m_workspace->chooser()->chosenPlans().size(), plans);

    PlanMatrixModel *matrix = m_workspace->matrixView()->model();
    QCOMPARE(matrix->columnCount(), PlanMatrixModel::FirstPlanColumn + plans);
    QVERIFY(matrix->rowCount() >= 4); // levels, severities, channels, features
    QVERIFY(!m_workspace->matrixView()->treeView()->isColumnHidden(1));
    const QImage matrixPicture = m_workspace->grab().toImage();
    QVERIFY(!matrixPicture.isNull());

    m_workspace->setCurrentPage(PlansWorkspace::CalculatorPage);
    QCOMPARE(m_workspace->currentPage(), PlansWorkspace::CalculatorPage);
    QTest::qWait(50);
    PlansCalculatorView *calculator = m_workspace->calculatorView();
    QCOMPARE(calculator->resultsView()->model()->rowCount(), plans);
    QVERIFY(calculator->chart()->seriesCount() > 0);
    QVERIFY(calculator->chart()->isVisible());
    QVERIFY(calculator->chart()->width() > 200 && calculator->chart()->height() > 150);
    const QImage calculatorPicture = m_workspace->grab().toImage();
    QVERIFY(calculatorPicture != matrixPicture);
}

void TestPlansWorkspace::presets()
{
    // Friday 27 November 2026, 09:00 Moscow.
    FakeClock clock = FakeClock::at("2026-11-27T06:00:00Z");
    m_workspace->setClock(&clock);
    PlansCalculatorView *calculator = m_workspace->calculatorView();
    const QTimeZone moscow("Europe/Moscow");

    QCOMPARE(calculator->presetMoment(PlansCalculatorView::FridayMoscowPreset),
             QDateTime(QDate(2026, 11, 27), QTime(19, 30), moscow));
    QCOMPARE(calculator->presetMoment(PlansCalculatorView::NewYearEvePreset),
             QDateTime(QDate(2026, 12, 30), QTime(18, 0), moscow));
    QCOMPARE(calculator->presetMoment(PlansCalculatorView::MondayBerlinPreset),
             QDateTime(QDate(2026, 11, 30), QTime(9, 0), QTimeZone("Europe/Berlin")));
    QCOMPARE(calculator->presetMoment(PlansCalculatorView::NowPreset).toSecsSinceEpoch(),
             clock.nowUtc());

    // The day before the first Spring Festival day off the holiday data knows of, 17:00 Beijing.
    const QDateTime eve = calculator->presetMoment(PlansCalculatorView::SpringFestivalEvePreset);
    QCOMPARE(eve.timeZone(), QTimeZone("Asia/Shanghai"));
    QCOMPARE(eve.time(), QTime(17, 0));
    const HolidaySet *cn = m_catalog->holidaySet(QStringLiteral("cn"));
    QVERIFY(cn);
    bool festival = false;
    for (const DayException &day : cn->days) {
        if (day.date == eve.date().addDays(1) && day.type == DayException::Type::DayOff)
            festival = day.names.english() == QLatin1String("Spring Festival");
        QVERIFY2(!(day.date == eve.date() &&
                   day.names.english() == QLatin1String("Spring Festival") &&
                   day.type == DayException::Type::DayOff),
                 "the eve is not a Spring Festival day off itself");
    }
    QVERIFY(festival);

    // Applying a preset moves the question and the display zone.
    calculator->applyPreset(PlansCalculatorView::FridayMoscowPreset);
    QCOMPARE(calculator->opened(),
             QDateTime(QDate(2026, 11, 27), QTime(19, 30), moscow).toSecsSinceEpoch());
    QCOMPARE(calculator->zone(), moscow);
    calculator->applyPreset(PlansCalculatorView::SpringFestivalEvePreset);
    QCOMPARE(calculator->opened(), eve.toSecsSinceEpoch());
    QCOMPARE(calculator->zone(), QTimeZone("Asia/Shanghai"));
    m_workspace->setClock(nullptr);

    PlansCalculatorView::Preset preset;
    QVERIFY(PlansCalculatorView::presetFromName(QStringLiteral("springfestival"), &preset));
    QCOMPARE(preset, PlansCalculatorView::SpringFestivalEvePreset);
    QVERIFY(!PlansCalculatorView::presetFromName(QStringLiteral("tuesday"), &preset));
}

void TestPlansWorkspace::explanationForSelectedPlan()
{
    PlansCalculatorView *calculator = m_workspace->calculatorView();
    calculator->setLevel(1);
    // Friday 19:30 Moscow: the business-hours plan waits over the weekend.
    calculator->setOpened(QDateTime(QDate(2026, 3, 13), QTime(19, 30), QTimeZone("Europe/Moscow")));
    QVERIFY(calculator->selectPlan(QStringLiteral("stormbpmn/enterprise")));
    const QString why = calculator->explanationView()->plainText();
    QVERIFY2(why.contains(QLatin1String("Weekend"), Qt::CaseInsensitive), qPrintable(why));
    QVERIFY(calculator->explanationView()->tree()->topLevelItemCount() > 0);
    QVERIFY(calculator->selectPlan(QStringLiteral("vkcs/standard")));
    QVERIFY(calculator->explanationView()->plainText() != why);
    QVERIFY(!calculator->selectPlan(QStringLiteral("no/such-plan")));
}

void TestPlansWorkspace::chartOfChosenPlans()
{
    PlansCalculatorView *calculator = m_workspace->calculatorView();
    calculator->setLevel(1);
    calculator->setOpened(QDateTime(QDate(2026, 3, 11), QTime(12, 0), QTimeZone("Europe/Moscow")));
    WeeklyWaitChart *chart = calculator->chart();
    QVERIFY(chart->seriesCount() > 0);
    // Plans without a P1 commitment are named, not drawn.
    QStringList drawn;
    for (int i = 0; i < chart->seriesCount(); ++i) {
        drawn << chart->seriesPlanId(i);
        QCOMPARE(chart->series(i)->count() > 0, true);
    }
    QVERIFY(drawn.contains(QLatin1String("stormbpmn/enterprise")));
    QVERIFY(!drawn.contains(QLatin1String("alibaba/basic")));
    QVERIFY(!chart->uncommittedPlanNames().isEmpty());
    // A round-the-clock plan is flat; the business-hours one is not.
    const int vk = int(drawn.indexOf(QLatin1String("vkcs/standard")));
    const int storm = int(drawn.indexOf(QLatin1String("stormbpmn/enterprise")));
    QVERIFY(vk >= 0 && storm >= 0);
    auto spread = [chart](int index) {
        double low = 1e18, high = 0;
        for (const QPointF &p : chart->series(index)->points()) {
            low = qMin(low, p.y());
            high = qMax(high, p.y());
        }
        return high - low;
    };
    QCOMPARE(spread(vk), 0.0);
    QVERIFY(spread(storm) > 24.0);
    QVERIFY(!chart->pointText(storm, 24 * 4 + 19).isEmpty()); // Friday 19:00

    m_workspace->chooser()->setChosenPlans({QStringLiteral("vkcs/standard")});
    QCOMPARE(chart->seriesCount(), 1);
    QCOMPARE(chart->seriesPlanId(0), QStringLiteral("vkcs/standard"));
}

void TestPlansWorkspace::differencesOnlyHidesEqualRows()
{
    PlansMatrixView *matrix = m_workspace->matrixView();
    QAbstractItemModelTester tester(matrix->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Two plans that agree on most things.
    m_workspace->chooser()->setChosenPlans(
            {QStringLiteral("tencent/enterprise"), QStringLiteral("tencent/flagship")});
    QCOMPARE(matrix->model()->columnCount(), 3);
    const QVector<QStringList> all = matrixRows(matrix->model());
    int equal = 0;
    for (const QStringList &row : all)
        equal += row.at(1) == row.at(2) ? 1 : 0;
    QVERIFY(equal > 0);
    QVERIFY(equal < all.size());

    QVERIFY(!matrix->differencesOnly());
    matrix->setDifferencesOnly(true);
    QVERIFY(matrix->differencesOnly());
    const QVector<QStringList> differing = matrixRows(matrix->model());
    QCOMPARE(differing.size(), all.size() - equal);
    for (const QStringList &row : differing)
        QVERIFY2(row.at(1) != row.at(2), qPrintable(row.join(QLatin1String(" | "))));
    // The tree shows what the model holds.
    QTreeView *tree = matrix->treeView();
    int shown = 0;
    for (int s = 0; s < tree->model()->rowCount(); ++s)
        shown += tree->model()->rowCount(tree->model()->index(s, 0));
    QCOMPARE(shown, differing.size());
    // Export follows the view.
    QCOMPARE(matrix->exportRows().size(), differing.size());

    matrix->setDifferencesOnly(false);
    QCOMPARE(matrixRows(matrix->model()).size(), all.size());
}

void TestPlansWorkspace::chooserDrivesBothPages()
{
    PlansChooser *chooser = m_workspace->chooser();
    QSignalSpy spy(chooser, &PlansChooser::chosenPlansChanged);
    chooser->setChosenPlans({QStringLiteral("stormbpmn/team"), QStringLiteral("vkcs/standard"),
                             QStringLiteral("no/such-plan")});
    // Catalog order, unknown ids dropped.
    QCOMPARE(chooser->chosenPlans(),
             QStringList({QStringLiteral("stormbpmn/team"), QStringLiteral("vkcs/standard")}));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(m_workspace->matrixView()->plans(), chooser->chosenPlans());
    QCOMPARE(m_workspace->calculatorView()->model()->rowCount(), 2);
    QVERIFY(chooser->text().contains(QLatin1Char('2')));

    // Unticking a provider in the popup list drops its plans; at least one plan stays chosen.
    QTreeWidget *list = chooser->tree();
    QVERIFY(list->topLevelItemCount() >= 5);
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        list->topLevelItem(i)->setCheckState(0, Qt::Unchecked);
    QCOMPARE(chooser->chosenPlans().size(), 1);
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        list->topLevelItem(i)->setCheckState(0, Qt::Checked);
    QCOMPARE(chooser->chosenPlans().size(), int(m_catalog->plans().size()));
    QCOMPARE(m_workspace->matrixView()->model()->columnCount(),
             PlanMatrixModel::FirstPlanColumn + int(m_catalog->plans().size()));
}

void TestPlansWorkspace::collapsedProvider()
{
    PlansMatrixView *matrix = m_workspace->matrixView();
    QTreeView *tree = matrix->treeView();
    const PlanMatrixModel *model = matrix->model();
    QVector<int> alibaba;
    for (int c = PlanMatrixModel::FirstPlanColumn; c < model->columnCount(); ++c) {
        if (model->headerData(c, Qt::Horizontal, PlanMatrixModel::ProviderIdRole).toString() ==
            QLatin1String("alibaba"))
            alibaba << c;
    }
    QCOMPARE(alibaba.size(), 4);
    matrix->setProviderCollapsed(QStringLiteral("alibaba"), true);
    QVERIFY(matrix->isProviderCollapsed(QStringLiteral("alibaba")));
    int visible = 0;
    for (int c : alibaba)
        visible += tree->isColumnHidden(c) ? 0 : 1;
    QCOMPARE(visible, 1);
    // Other providers keep their columns; a new choice of plans keeps the provider collapsed.
    QVERIFY(!tree->isColumnHidden(1));
    m_workspace->chooser()->setChosenPlans(m_workspace->chooser()->chosenPlans());
    matrix->setDifferencesOnly(true);
    visible = 0;
    for (int c = PlanMatrixModel::FirstPlanColumn; c < model->columnCount(); ++c) {
        if (model->headerData(c, Qt::Horizontal, PlanMatrixModel::ProviderIdRole).toString() ==
            QLatin1String("alibaba"))
            visible += tree->isColumnHidden(c) ? 0 : 1;
    }
    QCOMPARE(visible, 1);
    matrix->setProviderCollapsed(QStringLiteral("alibaba"), false);
    for (int c : alibaba)
        QVERIFY(!tree->isColumnHidden(c));
}

void TestPlansWorkspace::csvExportOfMatrix()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    m_workspace->chooser()->setChosenPlans(
            {QStringLiteral("vkcs/standard"), QStringLiteral("stormbpmn/enterprise")});
    m_workspace->setCurrentPage(PlansWorkspace::MatrixPage);
    const QString path = dir.filePath(QStringLiteral("matrix.csv"));
    QString error;
    QVERIFY2(m_workspace->exportCsvTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("\r\n"));
    const QVector<QStringList> records = parseCsv(QString::fromUtf8(bytes));
    const QVector<PlansMatrixView::ExportRow> rows = m_workspace->matrixView()->exportRows();
    QCOMPARE(records.size(), 1 + rows.size());
    QCOMPARE(records.at(0).size(), 4);
    // Catalog order: Stormbpmn before VK Cloud Solutions.
    QVERIFY(records.at(0).at(2).contains(QLatin1String("Enterprise")));
    QVERIFY(records.at(0).at(3).contains(QLatin1String("VK")));
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(records.at(i + 1).size(), 4);
        QCOMPARE(records.at(i + 1).at(0), rows.at(i).section);
        QCOMPARE(records.at(i + 1).at(1), rows.at(i).label);
        QCOMPARE(records.at(i + 1).mid(2), rows.at(i).cells);
    }
    // P1 response: 1 h round the clock against 16 working hours.
    bool found = false;
    for (const QStringList &record : records) {
        if (record.at(1).startsWith(QLatin1String("P1")) && record.at(3) == QLatin1String("1 h")) {
            found = true;
            QVERIFY2(record.at(2).contains(QLatin1String("16")), qPrintable(record.at(2)));
            break;
        }
    }
    QVERIFY(found);
}

void TestPlansWorkspace::csvExportOfCalculator()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    m_workspace->setCurrentPage(PlansWorkspace::CalculatorPage);
    PlansCalculatorView *calculator = m_workspace->calculatorView();
    calculator->setLevel(1);
    const QDateTime opened(QDate(2026, 3, 13), QTime(19, 30), QTimeZone("Europe/Moscow"));
    calculator->setOpened(opened);
    const QString path = dir.filePath(QStringLiteral("deadlines.csv"));
    QString error;
    QVERIFY2(m_workspace->exportCsvTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QVector<QStringList> records = parseCsv(QString::fromUtf8(file.readAll()));
    const DeadlineCalculatorModel *model = calculator->model();
    QCOMPARE(records.size(), 1 + model->rowCount());
    QCOMPARE(records.at(0).size(), 10); // and the incident, the opening, the zone
    QCOMPARE(records.at(0).at(1), QStringLiteral("Plan ID"));
    for (int r = 0; r < model->rowCount(); ++r) {
        const QStringList &record = records.at(r + 1);
        QCOMPARE(record.at(1),
                 model->index(r, 0).data(DeadlineCalculatorModel::PlanIdRole).toString());
        const QVariant due = model->index(r, DeadlineCalculatorModel::ResponseDueColumn)
                                     .data(DeadlineCalculatorModel::DueRole);
        if (due.isNull()) {
            QVERIFY(record.at(3).isEmpty());
        } else {
            const QDateTime parsed = QDateTime::fromString(record.at(3), Qt::ISODate);
            QVERIFY2(parsed.isValid(), qPrintable(record.at(3)));
            QCOMPARE(parsed.toSecsSinceEpoch(), due.toLongLong());
            QCOMPARE(parsed.offsetFromUtc(), 3 * 3600); // in the chosen zone
        }
    }
}

void TestPlansWorkspace::pdfExport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const PlansWorkspace::Page page :
         {PlansWorkspace::MatrixPage, PlansWorkspace::CalculatorPage}) {
        m_workspace->setCurrentPage(page);
        const QString path = dir.filePath(PlansWorkspace::pageName(page) + QStringLiteral(".pdf"));
        QString error;
        QVERIFY2(m_workspace->exportPdfTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(file.size() > 10000);
    }
    // An unwritable path is an error, not a crash.
    QString error;
    QVERIFY(!m_workspace->exportPdfTo(dir.filePath(QStringLiteral("missing/folder/x.pdf")),
                                      &error));
    QVERIFY(!error.isEmpty());
}

void TestPlansWorkspace::dialogsGoThroughTheRunner()
{
    m_workspace->setCurrentPage(PlansWorkspace::CalculatorPage);
    m_workspace->exportCsv();
    m_workspace->exportPdf();
    m_workspace->print();
    m_workspace->editCatalog();
    QCOMPARE(m_dialogs,
             QStringList({QStringLiteral("exportFileDialog"), QStringLiteral("exportFileDialog"),
                          QStringLiteral("plansPrintDialog"),
                          QStringLiteral("catalogEditorDialog")}));
}

QTEST_MAIN(TestPlansWorkspace)
#include "tst_plansworkspace.moc"
