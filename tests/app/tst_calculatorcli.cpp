// SPDX-License-Identifier: GPL-3.0-or-later
// The deadline calculator against dueline-cli for the same inputs: DeadlineCalculatorModel (under
// QAbstractItemModelTester) and the Plans workspace's calculator, offscreen, show the due
// instants that `dueline-cli compare --json` and `dueline-cli due --json` print.
#include "models/item/deadlinecalculatormodel.h"
#include "views/plans/planscalculatorview.h"
#include "views/plans/plansworkspace.h"

#include <QAbstractItemModelTester>
#include <QDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace dueline;

namespace {

QJsonObject runCli(const QStringList &arguments)
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DUELINE_LANG"), QStringLiteral("en"));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(DUELINE_CLI_PATH), arguments);
    if (!cli.waitForFinished(60000) || cli.exitCode() != 0) {
        qWarning("dueline-cli %s failed: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                 cli.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
}

Instant isoInstant(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate).toSecsSinceEpoch();
}

} // namespace

class TestCalculatorCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void modelEqualsCliCompare_data();
    void modelEqualsCliCompare();
    void calculatorEqualsCliCompare_data();
    void calculatorEqualsCliCompare();
    void providerSeverityEqualsCliDue();

private:
    CatalogPtr m_catalog;
    std::unique_ptr<PlansWorkspace> m_workspace;
};

void TestCalculatorCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestCalculatorCli::init()
{
    m_workspace = std::make_unique<PlansWorkspace>();
    m_workspace->setDialogRunner([](QDialog &) { return int(QDialog::Rejected); });
    m_workspace->setTeamCatalogFiles([] { return QStringList(); });
    m_workspace->setCatalog(m_catalog);
    m_workspace->resize(1280, 760);
}

void TestCalculatorCli::cleanup()
{
    m_workspace.reset();
}

void TestCalculatorCli::modelEqualsCliCompare_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("opened");
    QTest::newRow("Friday 19:30 Moscow, P1") << 1 << "2026-01-16T19:30:00+03:00";
    QTest::newRow("eve of the Russian New Year holidays, P2") << 2 << "2025-12-30T18:00:00+03:00";
    QTest::newRow("day before Spring Festival, P3") << 3 << "2026-02-14T17:00:00+08:00";
    QTest::newRow("Monday morning, P4") << 4 << "2026-03-02T09:00:00+01:00";
}

void TestCalculatorCli::modelEqualsCliCompare()
{
    QFETCH(int, level);
    QFETCH(QString, opened);
    DeadlineCalculatorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(m_catalog);
    model.setLevel(level);
    model.setOpened(QDateTime::fromString(opened, Qt::ISODate).toSecsSinceEpoch());

    QProcess cli;
    cli.start(QStringLiteral(DUELINE_CLI_PATH),
              {QStringLiteral("compare"), QStringLiteral("--level"),
               QStringLiteral("P%1").arg(level), QStringLiteral("--opened"), opened,
               QStringLiteral("--json")});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonArray plans = QJsonDocument::fromJson(cli.readAllStandardOutput())
                                     .object()
                                     .value(QStringLiteral("plans"))
                                     .toArray();
    QCOMPARE(model.rowCount(), int(plans.size()));
    for (int r = 0; r < model.rowCount(); ++r) {
        const QJsonObject p = plans.at(r).toObject();
        QCOMPARE(model.index(r, 0).data(DeadlineCalculatorModel::PlanIdRole).toString(),
                 p.value(QStringLiteral("plan")).toString());
        for (const auto &[column, key] :
             {std::pair{int(DeadlineCalculatorModel::ResponseDueColumn),
                        QStringLiteral("response")},
              std::pair{int(DeadlineCalculatorModel::ResolutionDueColumn),
                        QStringLiteral("resolution")}}) {
            const QVariant due = model.index(r, column).data(DeadlineCalculatorModel::DueRole);
            const QJsonValue cliDue = p.value(key).toObject().value(QStringLiteral("due"));
            if (cliDue.isNull()) {
                QVERIFY(due.isNull());
                QCOMPARE(model.index(r, column + 1).data().toString(), QStringLiteral("—"));
            } else {
                QCOMPARE(due.toLongLong(),
                         QDateTime::fromString(cliDue.toString(), Qt::ISODate).toSecsSinceEpoch());
            }
        }
    }
}

void TestCalculatorCli::calculatorEqualsCliCompare_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<QDateTime>("opened");
    const QTimeZone moscow("Europe/Moscow");
    const QTimeZone shanghai("Asia/Shanghai");
    QTest::newRow("P1 Friday 19:30 Moscow")
            << 1 << QDateTime(QDate(2026, 3, 13), QTime(19, 30), moscow);
    QTest::newRow("P2 eve of New Year holidays")
            << 2 << QDateTime(QDate(2025, 12, 30), QTime(18, 0), moscow);
    QTest::newRow("P3 day before Spring Festival")
            << 3 << QDateTime(QDate(2026, 2, 14), QTime(17, 0), shanghai);
    QTest::newRow("P4 Monday morning Berlin")
            << 4 << QDateTime(QDate(2026, 6, 8), QTime(9, 0), QTimeZone("Europe/Berlin"));
}

void TestCalculatorCli::calculatorEqualsCliCompare()
{
    QFETCH(int, level);
    QFETCH(QDateTime, opened);
    PlansCalculatorView *calculator = m_workspace->calculatorView();
    QAbstractItemModelTester tester(calculator->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    calculator->setLevel(level);
    calculator->setOpened(opened);
    QCOMPARE(calculator->opened(), opened.toSecsSinceEpoch());
    QCOMPARE(calculator->zone(), opened.timeZone());

    const QJsonObject cli = runCli({QStringLiteral("compare"), QStringLiteral("--level"),
                                    QStringLiteral("P%1").arg(level), QStringLiteral("--opened"),
                                    opened.toString(Qt::ISODate), QStringLiteral("--json")});
    const QJsonArray plans = cli.value(QStringLiteral("plans")).toArray();
    QVERIFY(!plans.isEmpty());

    // What the results table shows, row by row, in the order it shows them.
    const QAbstractItemModel *shown = calculator->resultsView()->model();
    QCOMPARE(shown->rowCount(), int(plans.size()));
    for (int r = 0; r < shown->rowCount(); ++r) {
        const QJsonObject p = plans.at(r).toObject();
        QCOMPARE(shown->index(r, DeadlineCalculatorModel::PlanColumn)
                         .data(DeadlineCalculatorModel::PlanIdRole)
                         .toString(),
                 p.value(QStringLiteral("plan")).toString());
        for (const auto &[column, key] :
             {std::pair{int(DeadlineCalculatorModel::ResponseDueColumn),
                        QStringLiteral("response")},
              std::pair{int(DeadlineCalculatorModel::ResolutionDueColumn),
                        QStringLiteral("resolution")}}) {
            const QModelIndex cell = shown->index(r, column);
            const QJsonValue cliDue = p.value(key).toObject().value(QStringLiteral("due"));
            if (cliDue.isNull()) {
                QVERIFY(cell.data(DeadlineCalculatorModel::DueRole).isNull());
            } else {
                QCOMPARE(cell.data(DeadlineCalculatorModel::DueRole).toLongLong(),
                         isoInstant(cliDue));
                // The text shows the due instant in the chosen zone.
                QCOMPARE(cell.data().toString(),
                         calculator->model()->formatInstant(isoInstant(cliDue), opened.timeZone()));
            }
        }
    }
}

void TestCalculatorCli::providerSeverityEqualsCliDue()
{
    PlansCalculatorView *calculator = m_workspace->calculatorView();
    const QDateTime opened(QDate(2026, 4, 30), QTime(19, 0), QTimeZone("Europe/Moscow"));
    calculator->setOpened(opened);
    calculator->setProviderSeverity(QStringLiteral("stormbpmn"), QStringLiteral("critical"));
    QVERIFY(!calculator->isLevelQuestion());
    const QAbstractItemModel *shown = calculator->resultsView()->model();
    QCOMPARE(shown->rowCount(), 2);
    for (int r = 0; r < shown->rowCount(); ++r) {
        const QString plan =
                shown->index(r, 0).data(DeadlineCalculatorModel::PlanIdRole).toString();
        QVERIFY(plan.startsWith(QLatin1String("stormbpmn/")));
        const QJsonObject cli = runCli({QStringLiteral("due"), QStringLiteral("--plan"), plan,
                                        QStringLiteral("--severity"), QStringLiteral("critical"),
                                        QStringLiteral("--opened"), opened.toString(Qt::ISODate),
                                        QStringLiteral("--json")});
        const QJsonArray targets = cli.value(QStringLiteral("targets")).toArray();
        QCOMPARE(targets.size(), 2);
        QCOMPARE(shown->index(r, DeadlineCalculatorModel::ResponseDueColumn)
                         .data(DeadlineCalculatorModel::DueRole)
                         .toLongLong(),
                 isoInstant(targets.at(0).toObject().value(QStringLiteral("due"))));
        QCOMPARE(shown->index(r, DeadlineCalculatorModel::ResolutionDueColumn)
                         .data(DeadlineCalculatorModel::DueRole)
                         .toLongLong(),
                 isoInstant(targets.at(1).toObject().value(QStringLiteral("due"))));
    }
    // Back to a level: every chosen plan again.
    calculator->setLevel(1);
    QVERIFY(calculator->isLevelQuestion());
    QCOMPARE(shown->rowCount(), int(m_catalog->plans().size()));
}

QTEST_MAIN(TestCalculatorCli)
#include "tst_calculatorcli.moc"
