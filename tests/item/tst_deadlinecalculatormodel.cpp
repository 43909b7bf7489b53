// SPDX-License-Identifier: GPL-3.0-or-later
// DeadlineCalculatorModel under QAbstractItemModelTester. That its numbers equal
// `dueline-cli compare --json` for the same inputs is checked in tests/app/tst_calculatorcli.cpp.

#include "models/item/deadlinecalculatormodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace dueline;

class TestDeadlineCalculatorModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
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
