// SPDX-License-Identifier: GPL-3.0-or-later
// PlanMatrixModel under QAbstractItemModelTester: sections, best values, differences only,
// provider severities, features with the seed's wording, and plan selection.

#include "models/item/planmatrixmodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace dueline;

namespace {

QModelIndex findRow(const PlanMatrixModel &model, const QString &label)
{
    for (int s = 0; s < model.rowCount(); ++s) {
        const QModelIndex section = model.index(s, 0);
        for (int r = 0; r < model.rowCount(section); ++r) {
            if (model.index(r, 0, section).data().toString() == label)
                return model.index(r, 0, section);
        }
    }
    return {};
}

int columnOf(const PlanMatrixModel &model, const QString &planId)
{
    for (int c = PlanMatrixModel::FirstPlanColumn; c < model.columnCount(); ++c) {
        if (model.headerData(c, Qt::Horizontal, PlanMatrixModel::PlanIdRole).toString() == planId)
            return c;
    }
    return -1;
}

QString cell(const PlanMatrixModel &model, const QModelIndex &row, const QString &planId)
{
    return row.sibling(row.row(), columnOf(model, planId)).data().toString();
}

bool best(const PlanMatrixModel &model, const QModelIndex &row, const QString &planId)
{
    return row.sibling(row.row(), columnOf(model, planId)).data(PlanMatrixModel::BestRole).toBool();
}

} // namespace

class TestPlanMatrixModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void structure();
    void levelsAndBest();
    void differencesOnly();
    void severitiesAndFeatures();
    void language();

private:
    CatalogPtr m_catalog;
};

void TestPlanMatrixModel::initTestCase()
{
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestPlanMatrixModel::structure()
{
    PlanMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setCatalog(m_catalog);
    QCOMPARE(model.columnCount(), 1 + 12);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(0, 0).data().toString(),
             QStringLiteral("Response time by incident level"));
    QCOMPARE(model.rowCount(model.index(0, 0)), 4);
    QCOMPARE(model.rowCount(model.index(0, 1)), 0);
    QCOMPARE(model.headerData(columnOf(model, QStringLiteral("alibaba/business")), Qt::Horizontal,
                              PlanMatrixModel::ProviderIdRole)
                     .toString(),
             QStringLiteral("alibaba"));
    model.setPlans({QStringLiteral("L3"), QStringLiteral("stormbpmn/enterprise"),
                    QStringLiteral("nope/nope")});
    QCOMPARE(model.plans(), (QStringList{QStringLiteral("alibaba/enterprise-standard"),
                                         QStringLiteral("stormbpmn/enterprise")}));
    QCOMPARE(model.columnCount(), 3);
    model.setPlans({});
    QCOMPARE(model.rowCount(), 0);
}

void TestPlanMatrixModel::levelsAndBest()
{
    PlanMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(m_catalog);
    const QModelIndex p1 = findRow(model, PlanMatrixModel::levelTitle(1));
    QVERIFY(p1.isValid());
    QCOMPARE(p1.data(PlanMatrixModel::RowKindRole).value<PlanMatrixModel::RowKind>(),
             PlanMatrixModel::RowKind::LevelResponse);
    QCOMPARE(cell(model, p1, QStringLiteral("alibaba/enterprise-standard")),
             QStringLiteral("12 min"));
    QCOMPARE(cell(model, p1, QStringLiteral("stormbpmn/enterprise")), QStringLiteral("16 h"));
    QCOMPARE(cell(model, p1, QStringLiteral("alibaba/basic")), QStringLiteral("—"));
    // Volcano Engine's 10 minutes is the best P1 response of all.
    QVERIFY(best(model, p1, QStringLiteral("volcengine/standard")));
    QVERIFY(!best(model, p1, QStringLiteral("alibaba/enterprise-standard")));
    // 16 h on business hours waits longer on average than 16 h round the clock (Alibaba consult).
    const QModelIndex p4 = findRow(model, PlanMatrixModel::levelTitle(4));
    const int storm = columnOf(model, QStringLiteral("stormbpmn/enterprise"));
    const int ali = columnOf(model, QStringLiteral("alibaba/business"));
    QCOMPARE(cell(model, p4, QStringLiteral("alibaba/business")), QStringLiteral("16 h"));
    QVERIFY(p4.sibling(p4.row(), storm).data(PlanMatrixModel::SortRole).toDouble() >
            p4.sibling(p4.row(), ali).data(PlanMatrixModel::SortRole).toDouble());
    QCOMPARE(p4.sibling(p4.row(), ali).data(PlanMatrixModel::SortRole).toDouble(), 16.0 * 3600);
    QVERIFY(p1.sibling(p1.row(), storm)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Average real wait")));
}

void TestPlanMatrixModel::differencesOnly()
{
    PlanMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(m_catalog);
    // S1 and S2 have the same SLA; they differ in features (technical manager, architect).
    model.setPlans({QStringLiteral("S1"), QStringLiteral("S2")});
    int all = 0;
    for (int s = 0; s < model.rowCount(); ++s)
        all += model.rowCount(model.index(s, 0));
    model.setDifferencesOnly(true);
    int different = 0;
    for (int s = 0; s < model.rowCount(); ++s) {
        const QModelIndex section = model.index(s, 0);
        different += model.rowCount(section);
        QVERIFY(section.data().toString() != QStringLiteral("Response time by incident level"));
        for (int r = 0; r < model.rowCount(section); ++r) {
            const QModelIndex row = model.index(r, 0, section);
            QVERIFY(cell(model, row, QStringLiteral("tencent/flagship")) !=
                    cell(model, row, QStringLiteral("tencent/enterprise")));
        }
    }
    QVERIFY(different > 0);
    QVERIFY(different < all);
    QVERIFY(findRow(model, m_catalog->feature(QStringLiteral("technical_manager"))->names.english())
                    .isValid());
}

void TestPlanMatrixModel::severitiesAndFeatures()
{
    PlanMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(m_catalog);
    const QModelIndex vkLow = findRow(model, QStringLiteral("VK Cloud Solutions: ") +
                                                     m_catalog->provider(QStringLiteral("vkcs"))
                                                             ->severity(QStringLiteral("low"))
                                                             ->names.english());
    QVERIFY(vkLow.isValid());
    QCOMPARE(cell(model, vkLow, QStringLiteral("vkcs/standard")), QStringLiteral("1 h / 48 h"));
    QVERIFY(!vkLow.sibling(vkLow.row(), columnOf(model, QStringLiteral("L3")))
                     .data(PlanMatrixModel::ApplicableRole)
                     .toBool());
    QVERIFY(vkLow.sibling(vkLow.row(),
                          columnOf(model, QStringLiteral("alibaba/enterprise-standard")))
                    .data()
                    .isNull());
    const QModelIndex consulting = findRow(
            model, m_catalog->feature(QStringLiteral("architecture_consulting"))->names.english());
    QVERIFY(consulting.isValid());
    const QModelIndex l4 = consulting.sibling(
            consulting.row(), columnOf(model, QStringLiteral("alibaba/enterprise-premium")));
    QVERIFY(l4.data().toString().startsWith(QStringLiteral("✓")));
    QVERIFY(l4.data(PlanMatrixModel::BestRole).toBool());
    // The tooltip quotes the seed.
    QVERIFY2(l4.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2次/年")),
             qPrintable(l4.data(Qt::ToolTipRole).toString()));
    QVERIFY(cell(model, consulting, QStringLiteral("alibaba/basic"))
                    .startsWith(QStringLiteral("✗")));
}

void TestPlanMatrixModel::language()
{
    PlanMatrixModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(m_catalog);
    model.setLanguage(QStringLiteral("zh_CN"));
    const int col = columnOf(model, QStringLiteral("alibaba/enterprise-standard"));
    QCOMPARE(model.headerData(col, Qt::Horizontal).toString(),
             m_catalog->plan(QStringLiteral("L3"))->names.text(QStringLiteral("zh_CN")));
    QCOMPARE(model.headerData(col, Qt::Horizontal, PlanMatrixModel::ProviderNameRole).toString(),
             m_catalog->provider(QStringLiteral("alibaba"))->names.text(QStringLiteral("zh_CN")));
}

QTEST_GUILESS_MAIN(TestPlanMatrixModel)
#include "tst_planmatrixmodel.moc"
