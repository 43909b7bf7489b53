// SPDX-License-Identifier: GPL-3.0-or-later
// dueline-cli as a user runs it: the real executable through QProcess for exit codes and
// stderr, and in-process runs for the output contract of docs/architecture.md §5.

#include "app/cli/command.h"
#include "app/cli/textcolumns.h"
#include "models/catalog/comparison.h"
#include "tests/support/fakeclock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace dueline;

namespace {

struct Run
{
    int code = 0;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments, const QString &language = {})
{
    QProcess process;
    if (!language.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DUELINE_LANG"), language);
        process.setProcessEnvironment(env);
    }
    process.start(QStringLiteral(DUELINE_CLI_PATH), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        qFatal("dueline-cli did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject json(const Run &run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(run.out));
    return doc.object();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void textColumns();
    void dueTextTranslated();
    void chineseOutputKeepsItsPunctuation();
    void helpVersionUnknown();
    void dueJsonShape();
    void dueText();
    void dueErrors_data();
    void dueErrors();
    void duePastTheData();
    void dueWithPauseAndStage();
    void compareMatchesEngine();
    void plansJson();
    void benchSla();
    void inProcessRun();
    void completeWords();
};

void TestCli::helpVersionUnknown()
{
    Run r = cli({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    for (const char *command : {"plans", "due", "compare", "bench"})
        QVERIFY2(r.out.contains(QStringLiteral("  ") + QString::fromLatin1(command) +
                                QLatin1Char(' ')),
                 command);
    r = cli({QStringLiteral("--version")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.section(QLatin1Char('\n'), 0, 0),
             QStringLiteral("dueline-cli " DUELINE_VERSION));
    QVERIFY2(r.out.contains(QStringLiteral("License: GPL-3.0-or-later\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("GNU General Public License, version 3 or later")),
             qPrintable(r.out));
    r = cli({QStringLiteral("--version")}, QStringLiteral("ru"));
    QVERIFY2(r.out.contains(QStringLiteral("GPL-3.0-or-later")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("свободная программа")), qPrintable(r.out));
    r = cli({QStringLiteral("frobnicate")});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.err,
             QStringLiteral(
                     "dueline-cli: unknown command \"frobnicate\" (see dueline-cli --help)\n"));
    r = cli({});
    QCOMPARE(r.code, 2);
    r = cli({QStringLiteral("due"), QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("Usage: dueline-cli due [options]")));
    QVERIFY(r.out.contains(QStringLiteral("--pause <FROM/TO>")));
    r = cli({QStringLiteral("due"), QStringLiteral("--bogus")});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
}

void TestCli::dueJsonShape()
{
    const Run r = cli({QStringLiteral("due"), QStringLiteral("--plan"),
                       QStringLiteral("stormbpmn/enterprise"), QStringLiteral("--severity"),
                       QStringLiteral("critical"), QStringLiteral("--opened"),
                       QStringLiteral("2026-01-12T11:00:00+03:00"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.err, QString());
    QCOMPARE(r.out.count(QLatin1Char('\n')), 1);
    const QJsonObject o = json(r);
    QCOMPARE(o.value(QStringLiteral("plan")).toString(), QStringLiteral("stormbpmn/enterprise"));
    QCOMPARE(o.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
    QCOMPARE(o.value(QStringLiteral("opened")).toString(),
             QStringLiteral("2026-01-12T11:00:00+03:00"));
    const QJsonArray targets = o.value(QStringLiteral("targets")).toArray();
    QCOMPARE(targets.size(), 2);
    const QJsonObject response = targets.at(0).toObject();
    QCOMPARE(response.value(QStringLiteral("target")).toString(), QStringLiteral("response"));
    QCOMPARE(response.value(QStringLiteral("due")).toString(),
             QStringLiteral("2026-01-13T18:00:00+03:00"));
    QCOMPARE(response.value(QStringLiteral("working_seconds")).toInteger(), qint64(57600));
    const QJsonObject resolution = targets.at(1).toObject();
    QCOMPARE(resolution.value(QStringLiteral("target")).toString(), QStringLiteral("resolution"));
    // 15 business days from Monday's opening: the end of Friday 30 January.
    QCOMPARE(resolution.value(QStringLiteral("due")).toString(),
             QStringLiteral("2026-01-30T20:00:00+03:00"));
    QCOMPARE(resolution.value(QStringLiteral("working_seconds")).toInteger(),
             qint64(15 * 9 * 3600));

    // No commitment: due is null.
    const Run other = cli({QStringLiteral("due"), QStringLiteral("--plan"),
                           QStringLiteral("stormbpmn/enterprise"), QStringLiteral("--severity"),
                           QStringLiteral("other"), QStringLiteral("--opened"),
                           QStringLiteral("2026-01-12T11:00:00+03:00"), QStringLiteral("--json")});
    QCOMPARE(other.code, 0);
    QVERIFY(json(other)
                    .value(QStringLiteral("targets"))
                    .toArray()
                    .at(1)
                    .toObject()
                    .value(QStringLiteral("due"))
                    .isNull());
}

void TestCli::dueText()
{
    const Run r = cli({QStringLiteral("due"), QStringLiteral("--plan"),
                       QStringLiteral("stormbpmn/enterprise"), QStringLiteral("--severity"),
                       QStringLiteral("critical"), QStringLiteral("--opened"),
                       QStringLiteral("2025-12-30T15:00"), QStringLiteral("--explain")});
    QCOMPARE(r.code, 0);
    // Without an offset the time is read in the plan's zone (Moscow).
    QVERIFY2(r.out.contains(QStringLiteral("2025-12-30T15:00:00+03:00")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("2026-01-13T13:00:00+03:00")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("Why this deadline")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("day off")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("New Year holidays")), qPrintable(r.out));
    const Run ru = cli({QStringLiteral("due"), QStringLiteral("--plan"),
                        QStringLiteral("stormbpmn/enterprise"), QStringLiteral("--severity"),
                        QStringLiteral("critical"), QStringLiteral("--opened"),
                        QStringLiteral("2025-12-30T15:00"), QStringLiteral("--explain"),
                        QStringLiteral("--lang"), QStringLiteral("ru")});
    QVERIFY2(ru.out.contains(QStringLiteral("Новогодние каникулы")), qPrintable(ru.out));
}

void TestCli::dueErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    const QString opened = QStringLiteral("2026-01-12T11:00:00+03:00");
    QTest::newRow("unknown plan")
            << QStringList{QStringLiteral("--plan"),     QStringLiteral("acme/gold"),
                           QStringLiteral("--severity"), QStringLiteral("critical"),
                           QStringLiteral("--opened"),   opened}
            << "dueline-cli due: unknown plan \"acme/gold\" (see dueline-cli plans)";
    QTest::newRow("core-down on L2")
            << QStringList{QStringLiteral("--plan"),     QStringLiteral("alibaba/business"),
                           QStringLiteral("--severity"), QStringLiteral("core-down"),
                           QStringLiteral("--opened"),   opened}
            << "dueline-cli due: plan alibaba/business has no severity \"core-down\" (it has: "
               "down, impaired, abnormal, consult)";
    QTest::newRow("malformed time")
            << QStringList{QStringLiteral("--plan"),     QStringLiteral("L3"),
                           QStringLiteral("--severity"), QStringLiteral("down"),
                           QStringLiteral("--opened"),   QStringLiteral("2026-13-45T11:00")}
            << "dueline-cli due: --opened: \"2026-13-45T11:00\" is not a valid date and time";
    QTest::newRow("not a time") << QStringList{QStringLiteral("--plan"),
                                               QStringLiteral("L3"),
                                               QStringLiteral("--severity"),
                                               QStringLiteral("down"),
                                               QStringLiteral("--opened"),
                                               QStringLiteral("yesterday")}
                                << "dueline-cli due: --opened: \"yesterday\" is not an ISO 8601 "
                                   "date-time (e.g. 2026-01-12T11:00:00+03:00)";
    QTest::newRow("inverted pause")
            << QStringList{QStringLiteral("--plan"),
                           QStringLiteral("vkcs/standard"),
                           QStringLiteral("--severity"),
                           QStringLiteral("high"),
                           QStringLiteral("--opened"),
                           opened,
                           QStringLiteral("--pause"),
                           QStringLiteral("2026-01-12T15:00:00+03:00/2026-01-12T14:00:00+03:00")}
            << "dueline-cli due: --pause 2026-01-12T15:00:00+03:00/2026-01-12T14:00:00+03:00: ends "
               "before it starts";
    QTest::newRow("missing severity") << QStringList{QStringLiteral("--plan"), QStringLiteral("L3"),
                                                     QStringLiteral("--opened"), opened}
                                      << "dueline-cli due: --severity is required";
    QTest::newRow("year 9999") << QStringList{QStringLiteral("--plan"),
                                              QStringLiteral("L3"),
                                              QStringLiteral("--severity"),
                                              QStringLiteral("down"),
                                              QStringLiteral("--opened"),
                                              QStringLiteral("9999-01-01T00:00:00Z")}
                               << "dueline-cli due: --opened: \"9999-01-01T00:00:00Z\" lies "
                                  "outside the supported years 2000-2100";
}

void TestCli::dueErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    arguments.prepend(QStringLiteral("due"));
    const Run r = cli(arguments);
    QVERIFY(r.code != 0);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.err, error + QLatin1Char('\n'));
}

void TestCli::duePastTheData()
{
    const Run r = cli({QStringLiteral("due"), QStringLiteral("--plan"),
                       QStringLiteral("stormbpmn/team"), QStringLiteral("--severity"),
                       QStringLiteral("critical"), QStringLiteral("--opened"),
                       QStringLiteral("2028-03-01T12:00:00+03:00"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.err, QStringLiteral("dueline-cli due: warning: calendar data missing for 2028 "
                                   "(moscow-business): weekly hours only\n"));
    QVERIFY(!json(r).value(QStringLiteral("targets"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("due"))
                     .isNull());
}

void TestCli::dueWithPauseAndStage()
{
    // VK CS high: 1 h response; a 30 min pause pushes it to 12:30.
    Run r = cli({QStringLiteral("due"), QStringLiteral("--plan"), QStringLiteral("vkcs/standard"),
                 QStringLiteral("--severity"), QStringLiteral("high"), QStringLiteral("--opened"),
                 QStringLiteral("2026-01-12T11:00:00+03:00"), QStringLiteral("--pause"),
                 QStringLiteral("2026-01-12T11:10:00+03:00/2026-01-12T11:40:00+03:00"),
                 QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(json(r).value(QStringLiteral("targets"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("due"))
                     .toString(),
             QStringLiteral("2026-01-12T12:30:00+03:00"));
    // A Preview service has no SLA (seed 000).
    r = cli({QStringLiteral("due"), QStringLiteral("--plan"), QStringLiteral("vkcs/standard"),
             QStringLiteral("--severity"), QStringLiteral("high"), QStringLiteral("--opened"),
             QStringLiteral("2026-01-12T11:00:00+03:00"), QStringLiteral("--stage"),
             QStringLiteral("preview"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    for (const QJsonValue t : json(r).value(QStringLiteral("targets")).toArray())
        QVERIFY(t.toObject().value(QStringLiteral("due")).isNull());
}

void TestCli::compareMatchesEngine()
{
    const Run r = cli({QStringLiteral("compare"), QStringLiteral("--level"), QStringLiteral("P1"),
                       QStringLiteral("--opened"), QStringLiteral("2026-01-16T19:30:00+03:00"),
                       QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray plans = json(r).value(QStringLiteral("plans")).toArray();
    QCOMPARE(plans.size(), 12);
    QString error;
    const CatalogPtr catalog = Catalog::loadBuiltIn(&error);
    QVERIFY(catalog);
    const Instant opened = QDateTime(QDate(2026, 1, 16), QTime(19, 30), QTimeZone("Europe/Moscow"))
                                   .toSecsSinceEpoch();
    const auto rows = Comparison::compute(*catalog, 1, opened);
    for (int i = 0; i < rows.size(); ++i) {
        const QJsonObject p = plans.at(i).toObject();
        QCOMPARE(p.value(QStringLiteral("plan")).toString(), rows.at(i).plan->id);
        QCOMPARE(p.value(QStringLiteral("severity")).toString(), rows.at(i).severity);
        const QJsonValue due =
                p.value(QStringLiteral("response")).toObject().value(QStringLiteral("due"));
        if (rows.at(i).response.due == InvalidInstant)
            QVERIFY(due.isNull());
        else
            QCOMPARE(QDateTime::fromString(due.toString(), Qt::ISODate).toSecsSinceEpoch(),
                     rows.at(i).response.due);
    }
    QCOMPARE(plans.first().toObject().value(QStringLiteral("plan")).toString(),
             QStringLiteral("volcengine/standard"));
    const Run bad = cli({QStringLiteral("compare"), QStringLiteral("--level"), QStringLiteral("P7"),
                         QStringLiteral("--opened"), QStringLiteral("2026-01-16T19:30:00+03:00")});
    QCOMPARE(bad.code, 1);
    QCOMPARE(bad.err,
             QStringLiteral(
                     "dueline-cli compare: --level: expected P1, P2, P3 or P4, got \"P7\"\n"));
    const Run naive =
            cli({QStringLiteral("compare"), QStringLiteral("--level"), QStringLiteral("P2"),
                 QStringLiteral("--opened"), QStringLiteral("2026-01-16T19:30")});
    QCOMPARE(naive.code, 1);
    QVERIFY(naive.err.contains(QStringLiteral("needs a UTC offset")));
    const Run zoned = cli({QStringLiteral("compare"), QStringLiteral("--level"),
                           QStringLiteral("P2"), QStringLiteral("--opened"),
                           QStringLiteral("2026-01-16T19:30"), QStringLiteral("--tz"),
                           QStringLiteral("Europe/Moscow"), QStringLiteral("--json")});
    QCOMPARE(zoned.code, 0);
    QCOMPARE(json(zoned).value(QStringLiteral("opened")).toString(),
             QStringLiteral("2026-01-16T19:30:00+03:00"));
}

void TestCli::plansJson()
{
    const Run r = cli({QStringLiteral("plans"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray plans = json(r).value(QStringLiteral("plans")).toArray();
    QCOMPARE(plans.size(), 12);
    bool found = false;
    for (const QJsonValue v : plans) {
        const QJsonObject p = v.toObject();
        if (p.value(QStringLiteral("id")).toString() ==
            QLatin1String("alibaba/enterprise-standard")) {
            found = true;
            QCOMPARE(p.value(QStringLiteral("aliases")).toArray().first().toString(),
                     QStringLiteral("L3"));
            QCOMPARE(p.value(QStringLiteral("levels"))
                             .toObject()
                             .value(QStringLiteral("P1"))
                             .toString(),
                     QStringLiteral("core-down"));
        }
    }
    QVERIFY(found);
    const Run text =
            cli({QStringLiteral("plans"), QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains(QStringLiteral("核心业务不可用")), qPrintable(text.out.left(2000)));
}

void TestCli::benchSla()
{
    const Run r = cli({QStringLiteral("bench"), QStringLiteral("sla"), QStringLiteral("--json"),
                       QStringLiteral("--count"), QStringLiteral("20000"),
                       QStringLiteral("--rounds"), QStringLiteral("1")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = json(r);
    QVERIFY(o.value(QStringLiteral("due_per_second")).toDouble() > 0);
    QCOMPARE(o.value(QStringLiteral("computations")).toInteger(), qint64(20000));
}

void TestCli::inProcessRun()
{
    // The same entry point the executable uses, with a fake clock and captured streams.
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    const FakeClock clock = FakeClock::at("2026-01-12T08:00:00Z");
    const int code =
            runCli({QStringLiteral("dueline-cli"), QStringLiteral("due"), QStringLiteral("--plan"),
                    QStringLiteral("S1"), QStringLiteral("--severity"), QStringLiteral("down"),
                    QStringLiteral("--opened"), QStringLiteral("2026-02-16T23:50:00+08:00"),
                    QStringLiteral("--json")},
                   outStream, errStream, clock);
    QCOMPARE(code, 0);
    QVERIFY2(out.contains(QStringLiteral("\"due\":\"2026-02-17T00:05:00+08:00\"")),
             qPrintable(out));
    QCOMPARE(err, QString());
}

// Terminal tables line up in Chinese: a Han character takes two columns.
void TestCli::textColumns()
{
    QCOMPARE(textcolumns::width(QStringLiteral("P1 plan")), 7);
    QCOMPARE(textcolumns::width(QStringLiteral("支持计划")), 8);
    QCOMPARE(textcolumns::width(QStringLiteral("Срок")), 4);
    QCOMPARE(textcolumns::width(QStringLiteral("e\u0301")), 1); // e + combining acute
    QCOMPARE(textcolumns::width(QStringLiteral("阿里云（L3）")), 12); // fullwidth brackets
    QCOMPARE(textcolumns::padRight(QStringLiteral("已超时"), 8), QStringLiteral("已超时  "));
    QCOMPARE(textcolumns::padLeft(QStringLiteral("12"), 5), QStringLiteral("   12"));
    QCOMPARE(textcolumns::padRight(QStringLiteral("longer than"), 4),
             QStringLiteral("longer than"));
    // Control characters are shown, not obeyed; line feeds, tabs and text stay.
    QCOMPARE(textcolumns::escapeControls(QStringLiteral("a\tb\n中文 ёж")),
             QStringLiteral("a\tb\n中文 ёж"));
    QCOMPARE(textcolumns::escapeControls(QStringLiteral("\x1b]0;t\x07\r\b\x7f\u0085\u009b\u00a0")),
             QStringLiteral("\\x1b]0;t\\x07\\x0d\\x08\\x7f\\u0085\\u009b\u00a0"));
}

// The text form in Russian and Chinese: durations in the language's units, the labels' column
// as wide as its widest label (in terminal columns), so the values line up.
// Issue 23: `due --explain`, `compare`, `report` and `queue` in Chinese write full-width
// punctuation next to Chinese text (no ASCII ':' or '(' glued on by code), count business days
// with the language's plural, and name providers and holidays in Chinese.
void TestCli::chineseOutputKeepsItsPunctuation()
{
    QTemporaryDir dir;
    const QString db = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("demo.sqlite"));
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--tickets"),
                  QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("3"),
                  QStringLiteral("--now"), QStringLiteral("2026-12-28T07:00:00Z")})
                     .code,
             0);
    const QList<QStringList> commands{
            {QStringLiteral("due"), QStringLiteral("--plan"),
             QStringLiteral("stormbpmn/enterprise"), QStringLiteral("--severity"),
             QStringLiteral("critical"), QStringLiteral("--opened"),
             QStringLiteral("2025-12-30T15:00"), QStringLiteral("--explain")},
            {QStringLiteral("due"), QStringLiteral("--plan"), QStringLiteral("tencent/business"),
             QStringLiteral("--severity"), QStringLiteral("down"), QStringLiteral("--opened"),
             QStringLiteral("2026-01-16T19:30:00+03:00"), QStringLiteral("--explain")},
            {QStringLiteral("compare"), QStringLiteral("--level"), QStringLiteral("P2"),
             QStringLiteral("--opened"), QStringLiteral("2026-01-16T19:30:00+03:00")},
            {QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--from"),
             QStringLiteral("2026-11-01"), QStringLiteral("--to"), QStringLiteral("2026-12-31"),
             QStringLiteral("--now"), QStringLiteral("2026-12-28T07:00:00Z")},
            {QStringLiteral("queue"), QStringLiteral("--db"), db, QStringLiteral("--now"),
             QStringLiteral("2026-12-28T07:00:00Z")}};
    const QRegularExpression glued(
            QStringLiteral("[\\x{4e00}-\\x{9fff}] ?[:(]|[:)] ?[\\x{4e00}-\\x{9fff}]"));
    QString report;
    for (const QStringList &arguments : commands) {
        const Run r = cli(arguments, QStringLiteral("zh_CN"));
        QVERIFY2(r.code == 0, qPrintable(arguments.join(QLatin1Char(' ')) + r.err));
        QVERIFY(!r.out.isEmpty());
        for (const QString &line : r.out.split(QLatin1Char('\n'))) {
            QVERIFY2(!glued.match(line).hasMatch(),
                     qPrintable(arguments.first() + QStringLiteral(": ") + line));
        }
        if (arguments.first() == QLatin1String("report"))
            report = r.out;
    }
    // The New Year holidays ahead, in Chinese, and the Stormbpmn tickets breaching during them.
    QVERIFY2(report.contains(QStringLiteral("期间超时")), qPrintable(report));
    QVERIFY2(!report.contains(QStringLiteral("holidays")), qPrintable(report));
    // Business days with the plural of the language.
    const Run ru = cli({QStringLiteral("due"), QStringLiteral("--plan"),
                        QStringLiteral("stormbpmn/enterprise"), QStringLiteral("--severity"),
                        QStringLiteral("critical"), QStringLiteral("--opened"),
                        QStringLiteral("2026-01-12T11:00")},
                       QStringLiteral("ru"));
    QCOMPARE(ru.code, 0);
    QVERIFY2(ru.out.contains(QStringLiteral("5 рабочих дней")) ||
                     ru.out.contains(QStringLiteral("рабочих дня")) ||
                     ru.out.contains(QStringLiteral("рабочий день")),
             qPrintable(ru.out));
    QVERIFY2(!ru.out.contains(QStringLiteral("рабочих дней: ")), qPrintable(ru.out));
}

void TestCli::dueTextTranslated()
{
    const QStringList args{QStringLiteral("due"),
                           QStringLiteral("--plan"),
                           QStringLiteral("vkcs/standard"),
                           QStringLiteral("--severity"),
                           QStringLiteral("critical"),
                           QStringLiteral("--opened"),
                           QStringLiteral("2026-11-27T19:30:00+03:00")};
    const struct
    {
        const char *language;
        const char *hour;
    } cases[] = {{"ru", "1 ч"}, {"zh_CN", "1 小时"}};
    for (const auto &c : cases) {
        const Run r = cli(args, QString::fromLatin1(c.language));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QString::fromUtf8(c.hour)), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QLatin1String(" h;")), qPrintable(r.out));
        // The value column starts at the same terminal column on every line.
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(0, 5);
        QCOMPARE(lines.size(), 5);
        int column = -1;
        for (const QString &line : lines) {
            const qsizetype value = line.indexOf(QRegularExpression(QStringLiteral("[a-z0-9]")));
            QVERIFY2(value > 0, qPrintable(line));
            const int at = textcolumns::width(line.left(value));
            QVERIFY2(column < 0 || at == column, qPrintable(r.out));
            column = at;
        }
    }
}

QTEST_GUILESS_MAIN(TestCli)
// The shell completions' source (resources/completions): commands, each command's options as its
// --help lists them, plan ids and aliases, the chosen plan's severity codes.
void TestCli::completeWords()
{
    const auto words = [](const QStringList &arguments) {
        const Run r = cli(QStringList{QStringLiteral("complete")} + arguments);
        return r.code == 0 ? r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                           : QStringList{QStringLiteral("exit %1").arg(r.code)};
    };
    const QStringList commands = words({QStringLiteral("commands")});
    QCOMPARE(commands.first(), QStringLiteral("plans"));
    QVERIFY(commands.contains(QStringLiteral("due")));
    QVERIFY(commands.contains(QStringLiteral("whoami")));
    QVERIFY(!commands.contains(QStringLiteral("complete")));
    const QStringList due = words({QStringLiteral("options"), QStringLiteral("due")});
    for (const char *option : {"-h", "--help", "--catalog", "--plan", "--severity", "--opened",
                               "--pause", "--explain", "--json", "--lang"})
        QVERIFY2(due.contains(QString::fromLatin1(option)), option);
    QVERIFY2(!due.contains(QStringLiteral("--FROM")), qPrintable(due.join(u' ')));
    const QStringList plans = words({QStringLiteral("plans")});
    QCOMPARE(plans.size(), 12 + 8); // the built-in plans and their aliases L1–L4, S1–S4
    for (const char *plan : {"vkcs/standard", "stormbpmn/enterprise", "alibaba/business", "L2",
                             "tencent/flagship", "S1", "volcengine/standard"})
        QVERIFY2(plans.contains(QString::fromLatin1(plan)), plan);
    QCOMPARE(words({QStringLiteral("severities"), QStringLiteral("stormbpmn/enterprise")}),
             (QStringList{QStringLiteral("critical"), QStringLiteral("other")}));
    QCOMPARE(words({QStringLiteral("severities"), QStringLiteral("L3")}).first(),
             QStringLiteral("core-down"));
    QVERIFY(words({QStringLiteral("severities")}).contains(QStringLiteral("consult")));
    QCOMPARE(words({QStringLiteral("severities"), QStringLiteral("nope/none")}),
             QStringList{QStringLiteral("exit 1")});
    QCOMPARE(words({QStringLiteral("frobnicate")}), QStringList{QStringLiteral("exit 2")});
}

#include "tst_cli.moc"
