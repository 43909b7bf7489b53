// SPDX-License-Identifier: GPL-3.0-or-later
// TicketListModel (the Resolved and Closed views): the queue's columns and roles over finished
// tickets, stopped clocks, sorting that keeps persistent indexes, and changes in place — under
// QAbstractItemModelTester.

#include "models/item/ticketlistmodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using namespace dueline;

class TestTicketListModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void columnsAndStoppedClocks();
    void sortKeepsPersistentIndexes();
    void updateRowInsertsUpdatesRemoves();

private:
    static QueueRow row(qint64 id, TicketStatus status, Instant updated, const char *subject,
                        ClockPhase resolution);
    CatalogPtr m_catalog;
};

void TestTicketListModel::initTestCase()
{
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

QueueRow TestTicketListModel::row(qint64 id, TicketStatus status, Instant updated,
                                  const char *subject, ClockPhase resolution)
{
    QueueRow r;
    r.id = id;
    r.customerId = 1;
    r.assigneeId = 7;
    r.planId = QStringLiteral("vkcs/standard");
    r.severity = QStringLiteral("critical");
    r.status = status;
    r.subject = QString::fromUtf8(subject);
    r.createdAt = updated - 7200;
    r.updatedAt = updated;
    r.response.phase = ClockPhase::Met;
    r.response.due = updated - 3600;
    r.resolution.phase = resolution;
    r.resolution.due = resolution == ClockPhase::NotApplicable ? InvalidInstant : updated - 60;
    r.resolution.requiredSeconds = qint64(4) * 3600;
    r.resolution.remainingSeconds = resolution == ClockPhase::MetLate ? -600 : 600;
    return r;
}

void TestTicketListModel::columnsAndStoppedClocks()
{
    TicketListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(m_catalog);
    model.setLanguage(QStringLiteral("ru"));
    model.setCustomers({{1, QStringLiteral("ООО Ромашка")}});
    model.setAgents({{7, QStringLiteral("Анна")}});
    model.setRows({row(12, TicketStatus::Resolved, 2000, "Диск", ClockPhase::MetLate),
                   row(5, TicketStatus::Resolved, 1000, "Сеть", ClockPhase::NotApplicable)},
                  true);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(QueueModel::ColumnCount));
    QVERIFY(model.hasMore());
    QCOMPARE(model.ticketAt(0), qint64(12));
    QCOMPARE(model.rowForTicket(5), 1);
    const auto at = [&](int r, int c, int role = Qt::DisplayRole) {
        return model.index(r, c).data(role);
    };
    QCOMPARE(at(0, QueueModel::CustomerColumn).toString(), QStringLiteral("ООО Ромашка"));
    QCOMPARE(at(0, QueueModel::AssigneeColumn).toString(), QStringLiteral("Анна"));
    QCOMPARE(at(0, QueueModel::SubjectColumn).toString(), QStringLiteral("Диск"));
    // The plan and severity in the person's language, from the catalog.
    const Plan *plan = m_catalog->plan(QStringLiteral("vkcs/standard"));
    QCOMPARE(at(0, QueueModel::PlanColumn).toString(), plan->names.text(QStringLiteral("ru")));
    QVERIFY(at(0, QueueModel::SeverityColumn).toString() != QStringLiteral("critical"));
    QCOMPARE(at(0, QueueModel::IdColumn, QueueModel::TicketIdRole).toLongLong(), qint64(12));
    QCOMPARE(at(0, QueueModel::SeverityColumn, QueueModel::LevelRole).toInt(), 1);
    // Stopped clocks: met, met late, or none; never a countdown.
    QCOMPARE(ClockState(at(0, QueueModel::ResponseColumn, QueueModel::ClockStateRole).toInt()),
             ClockState::Met);
    QCOMPARE(ClockState(at(0, QueueModel::ResolutionColumn, QueueModel::ClockStateRole).toInt()),
             ClockState::MetLate);
    QCOMPARE(ClockState(at(1, QueueModel::ResolutionColumn, QueueModel::ClockStateRole).toInt()),
             ClockState::NotApplicable);
    QCOMPARE(at(1, QueueModel::ResolutionColumn).toString(), QStringLiteral("—"));
    QVERIFY(!at(1, QueueModel::ResolutionColumn, QueueModel::DueRole).isValid());
    // The last column is the last change, not a next breach.
    QVERIFY(model.headerData(QueueModel::NextBreachColumn, Qt::Horizontal).toString() !=
            QueueModel::columnTitle(QueueModel::NextBreachColumn));
    QCOMPARE(at(0, QueueModel::NextBreachColumn, QueueModel::SortRole).toLongLong(), qint64(2000));
}

void TestTicketListModel::sortKeepsPersistentIndexes()
{
    TicketListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(m_catalog);
    model.setRows({row(3, TicketStatus::Closed, 3000, "b", ClockPhase::Met),
                   row(1, TicketStatus::Closed, 2000, "c", ClockPhase::Met),
                   row(2, TicketStatus::Closed, 1000, "a", ClockPhase::Met)},
                  false);
    const QPersistentModelIndex held = model.index(1, QueueModel::SubjectColumn); // ticket 1
    model.sort(QueueModel::SubjectColumn, Qt::AscendingOrder);
    QCOMPARE(model.ticketAt(0), qint64(2));
    QCOMPARE(model.ticketAt(1), qint64(3));
    QCOMPARE(model.ticketAt(2), qint64(1));
    QCOMPARE(held.row(), 2);
    QCOMPARE(held.data().toString(), QStringLiteral("c"));
    model.sort(QueueModel::IdColumn, Qt::DescendingOrder);
    QCOMPARE(model.ticketAt(0), qint64(3));
    QCOMPARE(held.row(), 2);
    // A fresh list keeps the chosen order.
    model.setRows({row(4, TicketStatus::Closed, 1, "x", ClockPhase::Met),
                   row(9, TicketStatus::Closed, 2, "y", ClockPhase::Met)},
                  false);
    QCOMPARE(model.ticketAt(0), qint64(9));
}

void TestTicketListModel::updateRowInsertsUpdatesRemoves()
{
    TicketListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({row(1, TicketStatus::Resolved, 1000, "one", ClockPhase::Met)}, false);
    // Just resolved: first.
    model.updateRow(row(2, TicketStatus::Resolved, 2000, "two", ClockPhase::Met), true);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.ticketAt(0), qint64(2));
    // Changed in place.
    QueueRow changed = row(1, TicketStatus::Resolved, 1500, "one, edited", ClockPhase::Met);
    model.updateRow(changed, true);
    QCOMPARE(model.index(1, QueueModel::SubjectColumn).data().toString(),
             QStringLiteral("one, edited"));
    // Reopened: gone from the list; a ticket the list does not have and should not have: nothing.
    model.updateRow(changed, false);
    QCOMPARE(model.rowCount(), 1);
    model.updateRow(row(7, TicketStatus::Open, 1, "x", ClockPhase::Running), false);
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestTicketListModel)
#include "tst_ticketlistmodel.moc"
