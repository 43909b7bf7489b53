// SPDX-License-Identifier: GPL-3.0-or-later
// One at-risk rule everywhere (issue 20): a SQLite demo database and a team catalog file with
// custom lead times; `dueline-cli queue` and `dueline-cli report` (the real binary, the file
// given with --catalog) count as many tickets at risk as the queue model and the dashboard model
// under that catalog — and the count differs from what the default 25 % gives, so the team's
// rule is the one in use.
#include "models/item/dashboardmodel.h"
#include "models/item/queuemodel.h"
#include "models/store/report.h"
#include "models/store/ticketstore.h"
#include "tests/support/clihome.h"
#include "tests/support/fakeclock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QtTest>

using namespace dueline;
using testsupport::CliHome;

namespace {

const char *const Now = "2026-03-18T09:30:00Z"; // Wednesday: working hours in Moscow and Beijing

// Warnings that come earlier than 25 % on every plan with targets the demo uses.
const QByteArray TeamFile = R"({
  "format": "dueline-catalog/1",
  "lead_times": [
    {"plan": "volcengine/standard", "response": "5m"},
    {"plan": "tencent/enterprise", "response": "60%"},
    {"plan": "tencent/flagship", "response": "60%"},
    {"plan": "tencent/business", "response": "60%"},
    {"plan": "tencent/basic", "response": "1h"},
    {"plan": "alibaba/business", "response": "60%"},
    {"plan": "alibaba/enterprise-standard", "response": "60%"},
    {"plan": "alibaba/enterprise-premium", "response": "60%"},
    {"plan": "vkcs/standard", "response": "30m", "resolution": "60%"},
    {"plan": "vkcs/standard", "severity": "critical", "resolution": "1h30m"},
    {"plan": "stormbpmn/team", "response": "20h", "resolution": "60%"},
    {"plan": "stormbpmn/enterprise", "response": "8h", "resolution": "60%"}
  ]
})";

} // namespace

class TestLeadTimesCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cliQueueAndDashboardAgree();

private:
    // `dueline-cli queue --json` (with the team file, or only the built-in catalog): the counts.
    QJsonObject cliQueue(bool withTeamFile);
    // `dueline-cli report --json`: its open_now.
    QJsonObject cliReport(bool withTeamFile);
    // In this process: the queue model's and the dashboard model's at-risk counts.
    int modelAtRisk(const CatalogPtr &catalog);
    int dashboardAtRisk(const CatalogPtr &catalog);

    std::unique_ptr<CliHome> m_home;
    QString m_db;
    QString m_team;
    FakeClock m_clock = FakeClock::at(Now);
};

void TestLeadTimesCli::initTestCase()
{
    m_home = std::make_unique<CliHome>(QStringLiteral(DUELINE_CLI_PATH));
    QVERIFY(m_home->isValid());
    m_db = QStringLiteral("sqlite:") + m_home->path(QStringLiteral("demo.sqlite"));
    m_team = m_home->path(QStringLiteral("team.json"));
    QFile file(m_team);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(TeamFile);
    file.close();
    const auto demo =
            m_home->run({QStringLiteral("demo"), QStringLiteral("--db"), m_db,
                         QStringLiteral("--tickets"), QStringLiteral("4000"),
                         QStringLiteral("--seed"), QStringLiteral("20"), QStringLiteral("--open"),
                         QStringLiteral("40"), QStringLiteral("--now"), QString::fromLatin1(Now)});
    QVERIFY2(demo.code == 0, qPrintable(demo.err));
}

QJsonObject TestLeadTimesCli::cliQueue(bool withTeamFile)
{
    QStringList args{QStringLiteral("queue"), QStringLiteral("--db"),   m_db,
                     QStringLiteral("--now"), QString::fromLatin1(Now), QStringLiteral("--json")};
    if (withTeamFile)
        args << QStringLiteral("--catalog") << m_team;
    const auto run = m_home->run(args);
    if (run.code != 0)
        qWarning("%s", qPrintable(run.err));
    const QJsonObject o = QJsonDocument::fromJson(run.out).object();
    // The counts are what the tickets' clocks say.
    int atRisk = 0;
    int breached = 0;
    for (const auto &t : o.value(QStringLiteral("tickets")).toArray()) {
        const QJsonObject r = t[QStringLiteral("response")].toObject();
        const QJsonObject s = t[QStringLiteral("resolution")].toObject();
        if (r[QStringLiteral("state")] == QStringLiteral("breached") ||
            s[QStringLiteral("state")] == QStringLiteral("breached"))
            ++breached;
        else if (r[QStringLiteral("at_risk")].toBool() || s[QStringLiteral("at_risk")].toBool())
            ++atRisk;
    }
    QJsonObject counts = o.value(QStringLiteral("counts")).toObject();
    if (counts.value(QStringLiteral("at_risk")).toInt() != atRisk ||
        counts.value(QStringLiteral("breached")).toInt() != breached)
        qWarning("queue --json: counts %d/%d, tickets say %d/%d",
                 counts.value(QStringLiteral("at_risk")).toInt(),
                 counts.value(QStringLiteral("breached")).toInt(), atRisk, breached);
    counts.insert(QStringLiteral("tickets_at_risk"), atRisk);
    return counts;
}

QJsonObject TestLeadTimesCli::cliReport(bool withTeamFile)
{
    QStringList args{
            QStringLiteral("report"),     QStringLiteral("--db"),   m_db,
            QStringLiteral("--now"),      QString::fromLatin1(Now), QStringLiteral("--from"),
            QStringLiteral("2026-03-11"), QStringLiteral("--to"),   QStringLiteral("2026-03-17"),
            QStringLiteral("--json")};
    if (withTeamFile)
        args << QStringLiteral("--catalog") << m_team;
    const auto run = m_home->run(args);
    if (run.code != 0)
        qWarning("%s", qPrintable(run.err));
    return QJsonDocument::fromJson(run.out).object().value(QStringLiteral("open_now")).toObject();
}

int TestLeadTimesCli::modelAtRisk(const CatalogPtr &catalog)
{
    StoreError error;
    QString urlError;
    const auto url = DatabaseUrl::parse(m_db, &urlError);
    auto store = TicketStore::open(*url, catalog, m_clock, Connection::Mode::OpenExisting, &error);
    if (!store) {
        qWarning("%s", qPrintable(error.message));
        return -1;
    }
    QueueModel model;
    model.setCatalog(catalog);
    model.setRows(store->loadQueue(&error), m_clock.nowUtc());
    return model.counts().atRisk;
}

int TestLeadTimesCli::dashboardAtRisk(const CatalogPtr &catalog)
{
    StoreError error;
    QString urlError;
    const auto url = DatabaseUrl::parse(m_db, &urlError);
    auto store = TicketStore::open(*url, catalog, m_clock, Connection::Mode::OpenExisting, &error);
    if (!store)
        return -1;
    DashboardFilter filter;
    filter.from = QDateTime(QDate(2026, 3, 11), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    filter.to = QDateTime(QDate(2026, 3, 18), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const auto data =
            Report::dashboard(store->connection(), catalog, filter, m_clock.nowUtc(), &error);
    if (!data)
        return -1;
    DashboardModel model;
    model.setDashboardData(*data);
    return model.valueOf(QStringLiteral("open.at_risk")).toInt();
}

void TestLeadTimesCli::cliQueueAndDashboardAgree()
{
    QString error;
    const CatalogPtr team = Catalog::load({m_team}, &error);
    QVERIFY2(team, qPrintable(error));
    const CatalogPtr builtIn = Catalog::loadBuiltIn(&error);
    QVERIFY2(builtIn, qPrintable(error));

    const QJsonObject queue = cliQueue(true);
    const int cliAtRisk = queue.value(QStringLiteral("at_risk")).toInt();
    QCOMPARE(queue.value(QStringLiteral("tickets_at_risk")).toInt(), cliAtRisk);
    const QJsonObject report = cliReport(true);
    const int model = modelAtRisk(team);
    const int dashboard = dashboardAtRisk(team);
    qInfo("at risk under the team's lead times: queue --json %d, report --json %d, QueueModel %d, "
          "DashboardModel %d (of %d open)",
          cliAtRisk, report.value(QStringLiteral("at_risk")).toInt(), model, dashboard,
          queue.value(QStringLiteral("open")).toInt());
    QVERIFY(cliAtRisk > 0);
    QCOMPARE(report.value(QStringLiteral("at_risk")).toInt(), cliAtRisk);
    QCOMPARE(model, cliAtRisk);
    QCOMPARE(dashboard, cliAtRisk);
    QCOMPARE(report.value(QStringLiteral("breached")).toInt(),
             queue.value(QStringLiteral("breached")).toInt());

    // Under the default 25 %: the same agreement, a different count.
    const QJsonObject queueByDefault = cliQueue(false);
    const int defaultAtRisk = queueByDefault.value(QStringLiteral("at_risk")).toInt();
    qInfo("at risk by default (25%%): %d", defaultAtRisk);
    QCOMPARE(cliReport(false).value(QStringLiteral("at_risk")).toInt(), defaultAtRisk);
    QCOMPARE(modelAtRisk(builtIn), defaultAtRisk);
    QCOMPARE(dashboardAtRisk(builtIn), defaultAtRisk);
    QVERIFY2(defaultAtRisk < cliAtRisk,
             qPrintable(QStringLiteral("%1 at risk by default, %2 with the team's lead times")
                                .arg(defaultAtRisk)
                                .arg(cliAtRisk)));
}

QTEST_GUILESS_MAIN(TestLeadTimesCli)
#include "tst_leadtimescli.moc"
