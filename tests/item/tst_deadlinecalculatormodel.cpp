// DeadlineCalculatorModel under QAbstractItemModelTester; its numbers equal
// `dueline-cli compare --json` for the same inputs.

#include "models/item/deadlinecalculatormodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace dueline;

class TestDeadlineCalculatorModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void matchesCliCompare_data();
    void matchesCliCompare();
    void providerSeverity();
    void warningsPastTheData();

private:
    CatalogPtr m_catalog;
};

void TestDeadlineCalculatorModel::initTestCase()
{
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestDeadlineCalculatorModel::matchesCliCompare_data()
{
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("opened");
    QTest::newRow("Friday 19:30 Moscow, P1") << 1 << "2026-01-16T19:30:00+03:00";
    QTest::newRow("eve of the Russian New Year holidays, P2") << 2 << "2025-12-30T18:00:00+03:00";
    QTest::newRow("day before Spring Festival, P3") << 3 << "2026-02-14T17:00:00+08:00";
    QTest::newRow("Monday morning, P4") << 4 << "2026-03-02T09:00:00+01:00";
}

void TestDeadlineCalculatorModel::matchesCliCompare()
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

void TestDeadlineCalculatorModel::providerSeverity()
{
    DeadlineCalculatorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(m_catalog);
    model.setDisplayZone(QTimeZone("Asia/Shanghai"));
    model.setOpened(QDateTime(QDate(2026, 3, 3), QTime(10, 0), QTimeZone("Asia/Shanghai"))
                            .toSecsSinceEpoch());
    // Alibaba's "abnormal" is chosen directly: only L1–L4 offer it; L2-L4 answer within 8 h.
    model.setProviderSeverity(QStringLiteral("alibaba"), QStringLiteral("abnormal"));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, DeadlineCalculatorModel::ResponseWaitColumn).data().toString(),
             QStringLiteral("8 h"));
    QCOMPARE(model.index(3, 0).data(DeadlineCalculatorModel::PlanIdRole).toString(),
             QStringLiteral("alibaba/basic"));
    QCOMPARE(model.index(0, DeadlineCalculatorModel::ResponseDueColumn).data().toString(),
             model.formatInstant(
                     QDateTime(QDate(2026, 3, 3), QTime(18, 0), QTimeZone("Asia/Shanghai"))
                             .toSecsSinceEpoch(),
                     QTimeZone("Asia/Shanghai")));
    model.setPlans({QStringLiteral("alibaba/business")});
    QCOMPARE(model.rowCount(), 1);
}

void TestDeadlineCalculatorModel::warningsPastTheData()
{
    DeadlineCalculatorModel model;
    model.setCatalog(m_catalog);
    model.setLevel(1);
    model.setOpened(QDateTime(QDate(2027, 12, 20), QTime(12, 0), Qt::UTC).toSecsSinceEpoch());
    const QStringList warnings = model.warnings();
    QVERIFY2(warnings.join(QLatin1Char('\n')).contains(QStringLiteral("No holiday data for 2028")),
             qPrintable(warnings.join(QLatin1Char('\n'))));
    model.setOpened(QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC).toSecsSinceEpoch());
    QVERIFY(model.warnings().isEmpty());
}

QTEST_GUILESS_MAIN(TestDeadlineCalculatorModel)
#include "tst_deadlinecalculatormodel.moc"
