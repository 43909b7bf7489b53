// SPDX-License-Identifier: GPL-3.0-or-later
// `dueline-cli report --json` on the dashboard's hand-built dataset
// (tests/support/dashboarddataset.h, every figure worked out in tests/item/tst_dashboardmodel.cpp):
// the command prints the figures Report::dashboard() computes, its --agent filter goes through
// the same code path, and an unknown plan is refused with the plan named.
#include "models/store/report.h"
#include "tests/support/dashboarddataset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace dueline;
using testsupport::DashboardDataset;

class TestReportCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void matchesTheDashboard();

private:
    DashboardDataset m_data;
};

void TestReportCli::initTestCase()
{
    QString error;
    QVERIFY2(m_data.build(&error), qPrintable(error));
    // As tst_dashboardmodel's live check leaves it: ticket 7 answered at now, before its due.
    const ActionResult r =
            m_data.store->reply(m_data.action(m_data.ticket7), QStringLiteral("Answered"));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
}

void TestReportCli::matchesTheDashboard()
{
    QProcess cli;
    cli.start(QStringLiteral(DUELINE_CLI_PATH),
              {QStringLiteral("report"), QStringLiteral("--db"), m_data.database->urlText(),
               QStringLiteral("--from"), QStringLiteral("2026-12-21"), QStringLiteral("--to"),
               QStringLiteral("2026-12-27"), QStringLiteral("--now"),
               QStringLiteral("2026-12-28T07:00:00Z"), QStringLiteral("--json")});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    const QJsonObject o = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
    QVERIFY(!o.isEmpty());
    // Ticket 7 was answered in initTestCase(): compare with the figures as they are now.
    StoreError error;
    DashboardFilter period;
    period.from = DashboardDataset::periodFrom();
    period.to = DashboardDataset::periodTo();
    const auto d = Report::dashboard(m_data.store->connection(), m_data.catalog, period,
                                     DashboardDataset::now(), &error);
    QVERIFY(d);
    const QJsonObject total = o.value(QStringLiteral("total")).toObject();
    QCOMPARE(total.value(QStringLiteral("tickets")).toInt(), 6);
    QCOMPARE(total.value(QStringLiteral("met")).toInt(), 2);
    QCOMPARE(total.value(QStringLiteral("breached")).toInt(), 3);
    QCOMPARE(total.value(QStringLiteral("compliance_percent")).toDouble(), 40.0);
    QCOMPARE(o.value(QStringLiteral("by_plan")).toArray().size(), 3);
    QCOMPARE(o.value(QStringLiteral("by_severity")).toArray().size(), 4);
    const QJsonObject open = o.value(QStringLiteral("open_now")).toObject();
    QCOMPARE(open.value(QStringLiteral("open")).toInt(), 7);
    QCOMPARE(open.value(QStringLiteral("at_risk")).toInt(), int(d->openNow.atRisk));
    QCOMPARE(open.value(QStringLiteral("at_risk")).toInt(), 1); // only 9 now
    QCOMPARE(open.value(QStringLiteral("breached")).toInt(), 1);
    QCOMPARE(open.value(QStringLiteral("paused")).toInt(), 1);
    const QJsonArray days = o.value(QStringLiteral("breaches_per_day")).toArray();
    QCOMPARE(days.size(), 7);
    QCOMPARE(days.at(0).toObject().value(QStringLiteral("breaches")).toInt(), 1);
    QCOMPARE(days.at(3)
                     .toObject()
                     .value(QStringLiteral("plans"))
                     .toObject()
                     .value(QStringLiteral("tencent/enterprise"))
                     .toInt(),
             1);
    const QJsonArray buckets = o.value(QStringLiteral("response_vs_target")).toArray();
    QCOMPARE(buckets.size(), ResponseBucketCount);
    QCOMPARE(buckets.at(1).toObject().value(QStringLiteral("responses")).toInt(), 2);
    const QJsonObject forecast = o.value(QStringLiteral("forecast")).toObject();
    QCOMPARE(forecast.value(QStringLiteral("next_hour")).toInt(), 0);
    const QJsonArray daysOff = forecast.value(QStringLiteral("days_off")).toArray();
    QCOMPARE(daysOff.size(), 1);
    QCOMPARE(daysOff.at(0).toObject().value(QStringLiteral("tickets")).toInt(), 1);
    QCOMPARE(daysOff.at(0).toObject().value(QStringLiteral("first_day")).toString(),
             QStringLiteral("2026-12-31"));
    QCOMPARE(daysOff.at(0).toObject().value(QStringLiteral("answer_by")).toString(),
             QStringLiteral("2026-12-30T17:00:00+00:00"));
    const QJsonArray agents = o.value(QStringLiteral("agents")).toArray();
    QCOMPARE(agents.size(), 3);
    QCOMPARE(agents.at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Alice"));

    // A filter through the same code path.
    QProcess filtered;
    filtered.start(QStringLiteral(DUELINE_CLI_PATH),
                   {QStringLiteral("report"), QStringLiteral("--db"), m_data.database->urlText(),
                    QStringLiteral("--from"), QStringLiteral("2026-12-21"), QStringLiteral("--to"),
                    QStringLiteral("2026-12-27"), QStringLiteral("--now"),
                    QStringLiteral("2026-12-28T07:00:00Z"), QStringLiteral("--agent"),
                    QStringLiteral("alice"), QStringLiteral("--json")});
    QVERIFY(filtered.waitForFinished(30000));
    QCOMPARE(filtered.exitCode(), 0);
    const QJsonObject f = QJsonDocument::fromJson(filtered.readAllStandardOutput()).object();
    QCOMPARE(f.value(QStringLiteral("open_now")).toObject().value(QStringLiteral("open")).toInt(),
             3);
    QCOMPARE(f.value(QStringLiteral("total")).toObject().value(QStringLiteral("tickets")).toInt(),
             2);

    QProcess bad;
    bad.start(QStringLiteral(DUELINE_CLI_PATH),
              {QStringLiteral("report"), QStringLiteral("--db"), m_data.database->urlText(),
               QStringLiteral("--from"), QStringLiteral("2026-12-21"), QStringLiteral("--to"),
               QStringLiteral("2026-12-27"), QStringLiteral("--plan"), QStringLiteral("nope/x")});
    QVERIFY(bad.waitForFinished(30000));
    QVERIFY(bad.exitCode() != 0);
    QVERIFY(bad.readAllStandardError().contains("nope/x"));
}

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
