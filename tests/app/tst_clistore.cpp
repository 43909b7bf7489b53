// SPDX-License-Identifier: GPL-3.0-or-later
// The storage commands of dueline-cli (db, demo, import, export, queue) as a user runs them:
// the real executable through QProcess, on SQLite files and on a throwaway PostgreSQL server.

#include "models/catalog/catalogwriter.h"
#include "tests/support/testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace dueline;

namespace {

constexpr const char *Now = "2026-03-02T12:00:00+03:00";

struct Run
{
    int code = 0;
    QByteArray out;
    QString err;
};

Run cli(const QStringList &arguments, const QString &databaseVariable = {},
        const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DUELINE_DB"));
    if (!databaseVariable.isEmpty())
        env.insert(QStringLiteral("DUELINE_DB"), databaseVariable);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(DUELINE_CLI_PATH), arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(300000))
        qFatal("dueline-cli did not finish");
    return {process.exitCode(), process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// One line on stderr, prefixed by the command.
bool isOneLineError(const Run &run, const QString &command)
{
    const QString text = run.err;
    return text.startsWith(QStringLiteral("dueline-cli %1: ").arg(command)) &&
           text.endsWith(QLatin1Char('\n')) && text.count(QLatin1Char('\n')) == 1;
}

} // namespace

class TestCliStore : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void dbInitAndMigrate();
    void badUrls_data();
    void badUrls();
    void databaseVariable();
    void demoExportImportRoundTrip();
    void demoDeterministic();
    void queue();
    void terminalControls();
    void importErrors();
    void postgres();
    void sharedServerRoles();
    void insecureTlsNeedsConsent();
    void dbCheck();
    void dbRepair();
    void sharedModeUsesTheDatabaseCatalog();

private:
    QString sqlite(const QString &name) const
    {
        return QStringLiteral("sqlite:") + m_dir->filePath(name);
    }
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCliStore::dbInitAndMigrate()
{
    Run r = cli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"),
                 sqlite(QStringLiteral("sub/a.sqlite"))});
    QCOMPARE(r.code, 0);
    // "…: schema version N (0 → N)" with N the newest migration.
    static const QRegularExpression created(QStringLiteral("schema version (\\d+) \\(0 → \\1\\)"));
    QVERIFY2(created.match(QString::fromUtf8(r.out)).hasMatch(), r.out.constData());
    QVERIFY(QFile::exists(path(QStringLiteral("sub/a.sqlite"))));
    r = cli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"),
             sqlite(QStringLiteral("sub/a.sqlite"))});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("up to date"), r.out.constData());
    r = cli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"),
             sqlite(QStringLiteral("sub/a.sqlite"))});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("up to date"), r.out.constData());

    // migrate needs an existing database and creates nothing.
    r = cli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"),
             sqlite(QStringLiteral("missing.sqlite"))});
    QCOMPARE(r.code, 1);
    QVERIFY2(isOneLineError(r, QStringLiteral("db")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("db init")), qPrintable(r.err));
    QVERIFY(!QFile::exists(path(QStringLiteral("missing.sqlite"))));

    r = cli({QStringLiteral("db"), QStringLiteral("frobnicate"), QStringLiteral("--db"),
             sqlite(QStringLiteral("x.sqlite"))});
    QCOMPARE(r.code, 2);
    QVERIFY2(isOneLineError(r, QStringLiteral("db")), qPrintable(r.err));

    // Not a database.
    QFile junk(path(QStringLiteral("junk.sqlite")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(8192, 'j'));
    junk.close();
    r = cli({QStringLiteral("queue"), QStringLiteral("--db"),
             sqlite(QStringLiteral("junk.sqlite"))});
    QCOMPARE(r.code, 1);
    QVERIFY2(isOneLineError(r, QStringLiteral("queue")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("junk.sqlite")), qPrintable(r.err));

    // queue on a database without the schema.
    r = cli({QStringLiteral("queue"), QStringLiteral("--db"),
             sqlite(QStringLiteral("none.sqlite"))});
    QCOMPARE(r.code, 1);
    QVERIFY2(isOneLineError(r, QStringLiteral("queue")), qPrintable(r.err));
    QVERIFY(!QFile::exists(path(QStringLiteral("none.sqlite"))));
}

void TestCliStore::badUrls_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("part");
    QTest::newRow("queue mysql") << "queue"
                                 << "mysql://h/d"
                                 << "not a database URL";
    QTest::newRow("db password") << "db"
                                 << "postgresql://u:pw@h/d"
                                 << "password";
    QTest::newRow("demo empty sqlite") << "demo"
                                       << "sqlite:"
                                       << "sqlite:PATH";
    QTest::newRow("export no database") << "export"
                                        << "postgresql://h"
                                        << "DATABASE";
    QTest::newRow("import option") << "import"
                                   << "postgresql://h/d?foo=1"
                                   << "foo";
}

void TestCliStore::badUrls()
{
    QFETCH(QString, command);
    QFETCH(QString, url);
    QFETCH(QString, part);
    QStringList arguments{command};
    if (command == QLatin1String("db"))
        arguments << QStringLiteral("init");
    if (command == QLatin1String("demo"))
        arguments << QStringLiteral("--tickets") << QStringLiteral("5");
    if (command == QLatin1String("export"))
        arguments << QStringLiteral("--format") << QStringLiteral("csv");
    if (command == QLatin1String("import")) {
        QFile file(path(QStringLiteral("in.csv")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("record\r\n");
        file.close();
        arguments << path(QStringLiteral("in.csv"));
    }
    arguments << QStringLiteral("--db") << url;
    const Run r = cli(arguments);
    QCOMPARE(r.code, 2);
    QVERIFY2(isOneLineError(r, command), qPrintable(r.err));
    QVERIFY2(r.err.contains(part), qPrintable(r.err));
    QVERIFY(!r.err.contains(QLatin1String("pw@")));
    QVERIFY(r.out.isEmpty());
}

void TestCliStore::databaseVariable()
{
    const QString url = sqlite(QStringLiteral("env.sqlite"));
    Run r = cli({QStringLiteral("db"), QStringLiteral("init")}, url);
    QCOMPARE(r.code, 0);
    QVERIFY(QFile::exists(path(QStringLiteral("env.sqlite"))));
    // --db wins over DUELINE_DB.
    r = cli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"),
             sqlite(QStringLiteral("option.sqlite"))},
            QStringLiteral("mysql://ignored"));
    QCOMPARE(r.code, 0);
    QVERIFY(QFile::exists(path(QStringLiteral("option.sqlite"))));
    r = cli({QStringLiteral("queue")}, QStringLiteral("mysql://bad"));
    QCOMPARE(r.code, 2);
    QVERIFY2(isOneLineError(r, QStringLiteral("queue")), qPrintable(r.err));
}

void TestCliStore::demoExportImportRoundTrip()
{
    Run r = cli({QStringLiteral("demo"), QStringLiteral("--db"), sqlite(QStringLiteral("a.sqlite")),
                 QStringLiteral("--tickets"), QStringLiteral("400"), QStringLiteral("--seed"),
                 QStringLiteral("4"), QStringLiteral("--now"), QString::fromLatin1(Now)});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("400 tickets"), r.out.constData());
    // demo wants an empty database.
    r = cli({QStringLiteral("demo"), QStringLiteral("--db"), sqlite(QStringLiteral("a.sqlite")),
             QStringLiteral("--tickets"), QStringLiteral("5")});
    QCOMPARE(r.code, 1);
    QVERIFY2(isOneLineError(r, QStringLiteral("demo")), qPrintable(r.err));

    for (const QString &format : {QStringLiteral("csv"), QStringLiteral("json")}) {
        const QString file = path(QStringLiteral("a.") + format);
        r = cli({QStringLiteral("export"), QStringLiteral("--db"),
                 sqlite(QStringLiteral("a.sqlite")), QStringLiteral("--format"), format,
                 QStringLiteral("--out"), file});
        QCOMPARE(r.code, 0);
        const QByteArray exported = readFile(file);
        QVERIFY(exported.size() > 10000);
        // Without --out: the same bytes on stdout.
        r = cli({QStringLiteral("export"), QStringLiteral("--db"),
                 sqlite(QStringLiteral("a.sqlite")), QStringLiteral("--format"), format});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out == exported);

        const QString target = sqlite(QStringLiteral("b-") + format + QStringLiteral(".sqlite"));
        r = cli({QStringLiteral("import"), QStringLiteral("--db"), target, file});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("imported 400 tickets"), r.out.constData());
        r = cli({QStringLiteral("export"), QStringLiteral("--db"), target,
                 QStringLiteral("--format"), format});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out == exported, "export → import → export is byte-identical");
    }
    r = cli({QStringLiteral("export"), QStringLiteral("--db"), sqlite(QStringLiteral("a.sqlite")),
             QStringLiteral("--format"), QStringLiteral("xml")});
    QCOMPARE(r.code, 2);
    QVERIFY2(isOneLineError(r, QStringLiteral("export")), qPrintable(r.err));
}

void TestCliStore::demoDeterministic()
{
    QByteArray exports[3];
    const char *seeds[3] = {"9", "9", "10"};
    for (int i = 0; i < 3; ++i) {
        const QString db = sqlite(QStringLiteral("d%1.sqlite").arg(i));
        Run r = cli({QStringLiteral("demo"), QStringLiteral("--db"), db,
                     QStringLiteral("--tickets"), QStringLiteral("200"), QStringLiteral("--seed"),
                     QString::fromLatin1(seeds[i]), QStringLiteral("--now"),
                     QString::fromLatin1(Now)});
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                 QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        exports[i] = r.out;
    }
    QVERIFY(exports[0] == exports[1]);
    QVERIFY(exports[0] != exports[2]);
}

void TestCliStore::queue()
{
    const QString db = sqlite(QStringLiteral("q.sqlite"));
    Run r = cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--tickets"),
                 QStringLiteral("500"), QStringLiteral("--seed"), QStringLiteral("2"),
                 QStringLiteral("--now"), QString::fromLatin1(Now)});
    QCOMPARE(r.code, 0);
    r = cli({QStringLiteral("queue"), QStringLiteral("--db"), db, QStringLiteral("--now"),
             QString::fromLatin1(Now), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QStringLiteral("now")).toString(),
             QStringLiteral("2026-03-02T09:00:00+00:00"));
    const QJsonArray tickets = root.value(QStringLiteral("tickets")).toArray();
    QVERIFY(tickets.size() > 20);
    // Ordered by next breach; tickets without a running clock last.
    QDateTime previous;
    bool sawNull = false;
    QSet<QString> states;
    for (const QJsonValue v : tickets) {
        const QJsonObject t = v.toObject();
        QVERIFY(QStringList({QStringLiteral("new"), QStringLiteral("open"),
                             QStringLiteral("waiting_customer")})
                        .contains(t.value(QStringLiteral("status")).toString()));
        for (const char *key : {"response", "resolution"}) {
            const QJsonObject clock = t.value(QLatin1String(key)).toObject();
            QVERIFY(clock.contains(QStringLiteral("state")));
            QVERIFY(clock.contains(QStringLiteral("due")));
            QVERIFY(clock.contains(QStringLiteral("remaining_seconds")));
            states.insert(clock.value(QStringLiteral("state")).toString());
        }
        const QJsonValue next = t.value(QStringLiteral("next_breach"));
        if (next.isNull()) {
            sawNull = true;
            continue;
        }
        QVERIFY2(!sawNull, "a ticket with a running clock after one without");
        const QDateTime at = QDateTime::fromString(next.toString(), Qt::ISODate);
        QVERIFY(at.isValid());
        if (previous.isValid())
            QVERIFY(previous <= at);
        previous = at;
    }
    QVERIFY2(states.contains(QStringLiteral("breached")),
             qPrintable(QStringList(states.values()).join(QLatin1Char(' '))));
    QVERIFY(states.contains(QStringLiteral("at_risk")));
    QVERIFY(states.contains(QStringLiteral("running")));

    r = cli({QStringLiteral("queue"), QStringLiteral("--db"), db, QStringLiteral("--now"),
             QString::fromLatin1(Now)});
    QCOMPARE(r.code, 0);
    const QList<QByteArray> lines = r.out.split('\n');
    QVERIFY2(lines.first().startsWith(
                     QByteArray(QByteArray::number(tickets.size()) + " open tickets")),
             lines.first().constData());
    QCOMPARE(lines.size(), tickets.size() + 2); // header, rows, final newline
    const QByteArray firstId =
            QByteArray::number(tickets.first().toObject().value(QStringLiteral("id")).toInteger());
    QVERIFY(lines.at(1).startsWith(QByteArray("#" + firstId + " ")));

    r = cli({QStringLiteral("queue"), QStringLiteral("--db"), db, QStringLiteral("--now"),
             QStringLiteral("tomorrow")});
    QCOMPARE(r.code, 2);
    QVERIFY2(isOneLineError(r, QStringLiteral("queue")), qPrintable(r.err));
}

// Person-readable output never passes control characters from data to the terminal (issue 15,
// item 8): a subject that sets the window title and clears the screen is printed escaped by
// queue, and so are stored values in db check and file names in error lines; --json stays
// exact.
void TestCliStore::terminalControls()
{
    const QString db = sqlite(QStringLiteral("t.sqlite"));
    Run r = cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--tickets"),
                 QStringLiteral("30"), QStringLiteral("--seed"), QStringLiteral("4"),
                 QStringLiteral("--now"), QString::fromLatin1(Now)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({QStringLiteral("queue"), QStringLiteral("--db"), db, QStringLiteral("--now"),
             QString::fromLatin1(Now), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonArray before =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("tickets")).toArray();
    QVERIFY(!before.isEmpty());
    const qint64 id = before.first().toObject().value(QStringLiteral("id")).toInteger();
    // What a hostile writer could store (the store itself refuses such subjects; a shared
    // server of today, a sqlite3 shell or an old file do not).
    const QString subject = QStringLiteral("\x1b]0;owned\x07 hi \x1b[2J\x1b[H\b\r\u009b31m\x7f!");
    const QString company = QStringLiteral("Acme\x1b[5m");
    {
        StoreError error;
        auto connection = Connection::open(*DatabaseUrl::parse(db, nullptr),
                                           Connection::Mode::OpenExisting, &error);
        QVERIFY2(connection, qPrintable(error.message));
        QSqlQuery q = connection->query();
        QVERIFY(q.prepare(
                QStringLiteral("UPDATE tickets SET subject = ?, severity = ? WHERE id = ?")));
        q.addBindValue(subject);
        q.addBindValue(QStringLiteral("high\x1b[2J"));
        q.addBindValue(id);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QVERIFY(q.prepare(QStringLiteral(
                "UPDATE customers SET company = ? WHERE id = (SELECT customer_id FROM tickets "
                "WHERE id = ?)")));
        q.addBindValue(company);
        q.addBindValue(id);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }
    auto noControls = [](const QByteArray &bytes) {
        for (char c : bytes) {
            const auto u = static_cast<unsigned char>(c);
            if ((u < 0x20 && c != '\n' && c != '\t') || u == 0x7f)
                return false;
        }
        return !bytes.contains("\xc2\x9b"); // U+009B, the one-byte CSI
    };

    r = cli({QStringLiteral("queue"), QStringLiteral("--db"), db, QStringLiteral("--now"),
             QString::fromLatin1(Now)});
    QCOMPARE(r.code, 0);
    QVERIFY2(noControls(r.out), r.out.toHex(' ').constData());
    QVERIFY2(r.out.contains("Acme\\x1b[5m: \\x1b]0;owned\\x07 hi "
                            "\\x1b[2J\\x1b[H\\x08\\x0d\\u009b31m\\x7f!\n"),
             r.out.constData());

    // JSON: the exact text, escaped as JSON escapes it.
    r = cli({QStringLiteral("queue"), QStringLiteral("--db"), db, QStringLiteral("--now"),
             QString::fromLatin1(Now), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("\\u001b]0;owned\\u0007"));
    bool found = false;
    for (const QJsonValue v :
         QJsonDocument::fromJson(r.out).object().value(QStringLiteral("tickets")).toArray()) {
        const QJsonObject t = v.toObject();
        if (t.value(QStringLiteral("id")).toInteger() != id)
            continue;
        found = true;
        QCOMPARE(t.value(QStringLiteral("subject")).toString(), subject);
        QCOMPARE(t.value(QStringLiteral("customer")).toString(), company);
    }
    QVERIFY(found);

    // db check names the stored value; error lines name the file.
    r = cli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), db});
    QCOMPARE(r.code, 1);
    QVERIFY2(noControls(r.out) && noControls(r.err.toUtf8()), r.out.constData());
    QVERIFY2(r.out.contains("high\\x1b[2J"), r.out.constData());
    r = cli({QStringLiteral("import"), QStringLiteral("--db"), db,
             path(QStringLiteral("\x1b[2Jmissing\x07.csv"))});
    QCOMPARE(r.code, 1);
    QVERIFY2(isOneLineError(r, QStringLiteral("import")), qPrintable(r.err));
    QVERIFY2(noControls(r.err.toUtf8()), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("\\x1b[2Jmissing\\x07.csv")), qPrintable(r.err));
}

void TestCliStore::importErrors()
{
    const QString db = sqlite(QStringLiteral("i.sqlite"));
    // A missing file: nothing is created.
    Run r = cli({QStringLiteral("import"), QStringLiteral("--db"), db,
                 path(QStringLiteral("nope.csv"))});
    QCOMPARE(r.code, 1);
    QVERIFY2(isOneLineError(r, QStringLiteral("import")), qPrintable(r.err));
    QVERIFY2(r.err.contains(path(QStringLiteral("nope.csv"))), qPrintable(r.err));
    QVERIFY(!QFile::exists(path(QStringLiteral("i.sqlite"))));

    r = cli({QStringLiteral("import"), QStringLiteral("--db"), db, path(QStringLiteral("x.txt"))});
    QCOMPARE(r.code, 2);
    QVERIFY2(isOneLineError(r, QStringLiteral("import")), qPrintable(r.err));

    // A good file, then a bad one: the bad one changes nothing.
    r = cli({QStringLiteral("demo"), QStringLiteral("--db"), sqlite(QStringLiteral("src.sqlite")),
             QStringLiteral("--tickets"), QStringLiteral("50"), QStringLiteral("--now"),
             QString::fromLatin1(Now)});
    QCOMPARE(r.code, 0);
    r = cli({QStringLiteral("export"), QStringLiteral("--db"), sqlite(QStringLiteral("src.sqlite")),
             QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.code, 0);
    const QByteArray good = r.out;
    QList<QByteArray> lines = good.split('\n');
    QVERIFY(lines.size() > 100);
    // Break the time of the last event (CSV line = index + 1).
    const int last = lines.size() - 2; // the final CRLF leaves an empty last element
    QList<QByteArray> fields = lines[last].split(',');
    QCOMPARE(fields.first(), QByteArray("event"));
    QVERIFY(fields.at(4).endsWith("+00:00"));
    fields[4] = "not-a-time";
    lines[last] = fields.join(',');
    QFile bad(path(QStringLiteral("bad.csv")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(lines.join('\n'));
    bad.close();

    r = cli({QStringLiteral("import"), QStringLiteral("--db"), db, bad.fileName()});
    QCOMPARE(r.code, 1);
    QVERIFY2(isOneLineError(r, QStringLiteral("import")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("bad.csv:%1: field at: ").arg(last + 1)),
             qPrintable(r.err));
    r = cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"),
             QStringLiteral("json")});
    QCOMPARE(r.code, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(root.value(QStringLiteral("tickets")).toArray().size(), 0);
    QCOMPARE(root.value(QStringLiteral("customers")).toArray().size(), 0);
    QCOMPARE(root.value(QStringLiteral("agents")).toArray().size(), 0);

    // The good file goes in; importing it again is refused and changes nothing.
    QFile goodFile(path(QStringLiteral("good.csv")));
    QVERIFY(goodFile.open(QIODevice::WriteOnly));
    goodFile.write(good);
    goodFile.close();
    r = cli({QStringLiteral("import"), QStringLiteral("--db"), db, goodFile.fileName()});
    QCOMPARE(r.code, 0);
    r = cli({QStringLiteral("import"), QStringLiteral("--db"), db, goodFile.fileName()});
    QCOMPARE(r.code, 1);
    QVERIFY2(isOneLineError(r, QStringLiteral("import")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("good.csv:")), qPrintable(r.err));
    r = cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"),
             QStringLiteral("csv")});
    QVERIFY(r.out == good);
}

void TestCliStore::postgres()
{
    QString error;
    auto database = testsupport::TestDatabase::create(Engine::PostgreSQL, &error);
    QVERIFY2(database, qPrintable(error));
    const QString url = database->urlText();
    Run r = cli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), url});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("schema version "), r.out.constData());
    r = cli({QStringLiteral("demo"), QStringLiteral("--db"), url, QStringLiteral("--tickets"),
             QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("4"),
             QStringLiteral("--now"), QString::fromLatin1(Now)});
    QCOMPARE(r.code, 0);
    r = cli({QStringLiteral("export"), QStringLiteral("--db"), url, QStringLiteral("--format"),
             QStringLiteral("csv")});
    QCOMPARE(r.code, 0);
    const QByteArray fromPostgres = r.out;
    // The same demo into SQLite exports the same bytes.
    r = cli({QStringLiteral("demo"), QStringLiteral("--db"), sqlite(QStringLiteral("same.sqlite")),
             QStringLiteral("--tickets"), QStringLiteral("300"), QStringLiteral("--seed"),
             QStringLiteral("4"), QStringLiteral("--now"), QString::fromLatin1(Now)});
    QCOMPARE(r.code, 0);
    r = cli({QStringLiteral("export"), QStringLiteral("--db"),
             sqlite(QStringLiteral("same.sqlite")), QStringLiteral("--format"),
             QStringLiteral("csv")});
    QVERIFY(r.out == fromPostgres);
    r = cli({QStringLiteral("queue"), QStringLiteral("--db"), url, QStringLiteral("--now"),
             QString::fromLatin1(Now), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QVERIFY(QJsonDocument::fromJson(r.out)
                    .object()
                    .value(QStringLiteral("tickets"))
                    .toArray()
                    .size() > 10);
    // An unreachable server: one line, exit 1.
    DatabaseUrl closed = database->url();
    closed.database = QStringLiteral("no_such_db");
    r = cli({QStringLiteral("queue"), QStringLiteral("--db"), closed.toString()});
    QCOMPARE(r.code, 1);
    QVERIFY2(isOneLineError(r, QStringLiteral("queue")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("no_such_db")), qPrintable(r.err));
}

// TLS policy (issue 15): a server that is not on this computer needs sslmode=verify-full, or
// --allow-insecure-tls. 0.0.0.0 is not a loopback address, yet on Linux a connection to it
// reaches this computer's test server: the refusal is the policy, and consent really connects.
void TestCliStore::insecureTlsNeedsConsent()
{
    QString error;
    auto database = testsupport::TestDatabase::create(Engine::PostgreSQL, &error);
    QVERIFY2(database, qPrintable(error));
    DatabaseUrl remote = database->url();
    remote.host = QStringLiteral("0.0.0.0");
    const QString server = QStringLiteral("0.0.0.0:%1").arg(remote.port);
    const auto withMode = [&](const QString &mode) {
        DatabaseUrl url = remote;
        if (!mode.isEmpty())
            url.options.insert(QStringLiteral("sslmode"), mode);
        return url.toString();
    };
    const QStringList weak{QString(),
                           QStringLiteral("disable"),
                           QStringLiteral("allow"),
                           QStringLiteral("prefer"),
                           QStringLiteral("require"),
                           QStringLiteral("verify-ca")};
    for (const QString &mode : weak) {
        for (const QStringList &command :
             {QStringList{QStringLiteral("queue")},
              QStringList{QStringLiteral("db"), QStringLiteral("init")},
              QStringList{QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--admin")},
              QStringList{QStringLiteral("db"), QStringLiteral("check")}}) {
            Run r = cli(command + QStringList{QStringLiteral("--db"), withMode(mode)});
            QCOMPARE(r.code, 2);
            QVERIFY2(isOneLineError(r, command.first()), qPrintable(r.err));
            QVERIFY2(r.err.contains(server), qPrintable(r.err));
            QVERIFY2(r.err.contains(QLatin1String("sslmode=verify-full")), qPrintable(r.err));
            QVERIFY2(r.err.contains(QLatin1String("--allow-insecure-tls")), qPrintable(r.err));
        }
    }
    // Through DUELINE_DB too.
    Run r = cli({QStringLiteral("queue")}, withMode(QStringLiteral("require")));
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("--allow-insecure-tls")), qPrintable(r.err));

    // With consent it connects, and says what it does.
    r = cli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--allow-insecure-tls"),
             QStringLiteral("--db"), withMode(QStringLiteral("disable"))});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("schema version "), r.out.constData());
    QVERIFY2(r.err.contains(QLatin1String("warning")) && r.err.contains(server), qPrintable(r.err));
    r = cli({QStringLiteral("queue"), QStringLiteral("--db"), withMode(QString()),
             QStringLiteral("--allow-insecure-tls"), QStringLiteral("--json")});
    QCOMPARE(r.code, 0);

    // verify-full passes the policy; the test server has no TLS, so libpq says so.
    r = cli({QStringLiteral("queue"), QStringLiteral("--db"),
             withMode(QStringLiteral("verify-full"))});
    QCOMPARE(r.code, 1);
    QVERIFY2(!r.err.contains(QLatin1String("--allow-insecure-tls")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("server does not support SSL")), qPrintable(r.err));

    // The loopback address needs nothing.
    r = cli({QStringLiteral("queue"), QStringLiteral("--db"), database->urlText(),
             QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
}

void TestCliStore::sharedServerRoles()
{
    QString error;
    auto database = testsupport::TestDatabase::create(Engine::PostgreSQL, &error);
    QVERIFY2(database, qPrintable(error));
    const QString url = database->urlText();
    Run r = cli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--admin"),
                 QStringLiteral("--db"), url});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("dueline_owner") && r.out.contains("(0 → "), r.out.constData());
    r = cli({QStringLiteral("demo"), QStringLiteral("--db"), url, QStringLiteral("--tickets"),
             QStringLiteral("50"), QStringLiteral("--seed"), QStringLiteral("2"),
             QStringLiteral("--now"), QString::fromLatin1(Now)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // A generated password, shown once.
    r = cli({QStringLiteral("db"), QStringLiteral("add-user"), QStringLiteral("bob"),
             QStringLiteral("--role"), QStringLiteral("agent"), QStringLiteral("--db"), url});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("bob") && r.out.contains("password"), r.out.constData());
    // A password from standard input is never echoed.
    r = cli({QStringLiteral("db"), QStringLiteral("add-user"), QStringLiteral("lena"),
             QStringLiteral("--role"), QStringLiteral("lead"), QStringLiteral("--name"),
             QStringLiteral("Лена"), QStringLiteral("--password-stdin"), QStringLiteral("--db"),
             url},
            {}, "a long secret phrase\n");
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(!r.out.contains("a long secret phrase"));
    r = cli({QStringLiteral("db"), QStringLiteral("add-user"), QStringLiteral("eve"),
             QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--db"), url});
    QCOMPARE(r.code, 2);
    QVERIFY2(isOneLineError(r, QStringLiteral("db")), qPrintable(r.err));
    // Never the superuser or a service role, not even with --adopt; another role only with it.
    for (const char *role : {"postgres", "dueline_agent"}) {
        for (const bool adopt : {false, true}) {
            QStringList args{QStringLiteral("db"),
                             QStringLiteral("add-user"),
                             QLatin1String(role),
                             QStringLiteral("--role"),
                             QStringLiteral("agent"),
                             QStringLiteral("--db"),
                             url};
            if (adopt)
                args << QStringLiteral("--adopt");
            r = cli(args);
            QCOMPARE(r.code, 1);
            QVERIFY2(isOneLineError(r, QStringLiteral("db")), qPrintable(r.err));
            QVERIFY2(r.err.contains(QLatin1String(role)), qPrintable(r.err));
            QVERIFY(!r.out.contains("password"));
        }
    }
    {
        StoreError storeError;
        auto admin = Connection::open(database->url(), Connection::Mode::OpenExisting, &storeError);
        QVERIFY2(admin, qPrintable(storeError.message));
        QVERIFY(admin->exec(QStringLiteral("CREATE ROLE cli_carol LOGIN"), &storeError));
    }
    r = cli({QStringLiteral("db"), QStringLiteral("add-user"), QStringLiteral("cli_carol"),
             QStringLiteral("--role"), QStringLiteral("agent"), QStringLiteral("--db"), url});
    QCOMPARE(r.code, 1);
    QVERIFY2(isOneLineError(r, QStringLiteral("db")) && r.err.contains(QLatin1String("--adopt")),
             qPrintable(r.err));
    r = cli({QStringLiteral("db"), QStringLiteral("add-user"), QStringLiteral("cli_carol"),
             QStringLiteral("--role"), QStringLiteral("agent"), QStringLiteral("--adopt"),
             QStringLiteral("--db"), url});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // Bob reads the queue as himself but cannot bulk-write (an import is the owner's job).
    DatabaseUrl bob = database->url();
    bob.user = QStringLiteral("bob");
    // An up-to-date shared schema needs no privilege to "migrate".
    r = cli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"),
             bob.toString()});
    QVERIFY2(r.code == 0 && r.out.contains("up to date"), qPrintable(r.err));
    r = cli({QStringLiteral("queue"), QStringLiteral("--db"), bob.toString(),
             QStringLiteral("--now"), QString::fromLatin1(Now), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    auto empty = testsupport::TestDatabase::create(Engine::PostgreSQL, &error);
    QVERIFY2(empty, qPrintable(error));
    r = cli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--admin"),
             QStringLiteral("--db"), empty->urlText()});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    DatabaseUrl bobEmpty = empty->url();
    bobEmpty.user = QStringLiteral("bob");
    r = cli({QStringLiteral("demo"), QStringLiteral("--db"), bobEmpty.toString(),
             QStringLiteral("--tickets"), QStringLiteral("10")});
    QCOMPARE(r.code, 1);
    QVERIFY2(isOneLineError(r, QStringLiteral("demo")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("permission denied")), qPrintable(r.err));
    r = cli({QStringLiteral("export"), QStringLiteral("--db"), empty->urlText(),
             QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out)
                     .object()
                     .value(QStringLiteral("tickets"))
                     .toArray()
                     .size(),
             0);
    // Roles need a server.
    r = cli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--admin"),
             QStringLiteral("--db"), sqlite(QStringLiteral("local.sqlite"))});
    QCOMPARE(r.code, 1);
    QVERIFY2(isOneLineError(r, QStringLiteral("db")), qPrintable(r.err));
}

void TestCliStore::dbCheck()
{
    const QString db = sqlite(QStringLiteral("check.sqlite"));
    Run r = cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--tickets"),
                 QStringLiteral("200"), QStringLiteral("--seed"), QStringLiteral("3"),
                 QStringLiteral("--now"), QString::fromLatin1(Now)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), db});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("200"), r.out.constData());
    // A cached severity that its events do not give.
    {
        StoreError error;
        auto connection = Connection::open(*DatabaseUrl::parse(db, nullptr),
                                           Connection::Mode::OpenExisting, &error);
        QVERIFY2(connection, qPrintable(error.message));
        QVERIFY(connection->exec(
                QStringLiteral("UPDATE tickets SET severity = 'made-up' WHERE id = 7"), &error));
    }
    r = cli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), db});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains("ticket #7: severity: stored made-up"), r.out.constData());
    QVERIFY2(isOneLineError(r, QStringLiteral("db")), qPrintable(r.err));
    r = cli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--json"),
             QStringLiteral("--db"), db});
    QCOMPARE(r.code, 1);
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(json.value(QStringLiteral("mismatch_count")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("mismatches"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("ticket"))
                     .toInt(),
             7);
}

// "db repair" rewrites what "db check" finds, naming each change; afterwards the check is clean.
void TestCliStore::dbRepair()
{
    const QString db = sqlite(QStringLiteral("repair.sqlite"));
    Run r = cli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--tickets"),
                 QStringLiteral("200"), QStringLiteral("--seed"), QStringLiteral("3"),
                 QStringLiteral("--now"), QString::fromLatin1(Now)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    {
        StoreError error;
        auto connection = Connection::open(*DatabaseUrl::parse(db, nullptr),
                                           Connection::Mode::OpenExisting, &error);
        QVERIFY2(connection, qPrintable(error.message));
        QVERIFY(connection->exec(
                QStringLiteral("UPDATE tickets SET severity = 'made-up' WHERE id = 9"), &error));
    }
    r = cli({QStringLiteral("db"), QStringLiteral("repair"), QStringLiteral("--db"), db});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains("ticket #9: severity: made-up → "), r.out.constData());
    QVERIFY2(r.out.contains("1 ticket"), r.out.constData());
    r = cli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), db});
    QVERIFY2(r.code == 0, qPrintable(QString::fromUtf8(r.out) + r.err));
    r = cli({QStringLiteral("db"), QStringLiteral("repair"), QStringLiteral("--json"),
             QStringLiteral("--db"), db});
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("repaired")).toInt(-1),
             0);
}

// On a shared server only the catalog stored in the database counts: a local catalog file that
// adds a plan is refused with one line naming the file and the plan; on SQLite it is used.
void TestCliStore::sharedModeUsesTheDatabaseCatalog()
{
    QString error;
    auto database = testsupport::TestDatabase::create(Engine::PostgreSQL, &error);
    QVERIFY2(database, qPrintable(error));
    const QString url = database->urlText();
    Run r = cli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), url});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    CatalogPtr builtIn = Catalog::loadBuiltIn(&error);
    QVERIFY(builtIn);
    TeamCatalog team;
    const QString planId = team.duplicatePlan(
            *builtIn, QStringLiteral("L3"), QStringLiteral("acme"), QStringLiteral("gold"), &error);
    QVERIFY2(!planId.isEmpty(), qPrintable(error));
    const QString file = m_dir->filePath(QStringLiteral("local-team.json"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(CatalogWriter::toJson(team));
    }
    r = cli({QStringLiteral("queue"), QStringLiteral("--db"), url, QStringLiteral("--catalog"),
             file});
    QCOMPARE(r.code, 1);
    QVERIFY2(isOneLineError(r, QStringLiteral("queue")), qPrintable(r.err));
    QVERIFY2(r.err.contains(file) && r.err.contains(planId), qPrintable(r.err));
    // Without the file, and with it on a SQLite file: fine.
    r = cli({QStringLiteral("queue"), QStringLiteral("--db"), url});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({QStringLiteral("plans"), QStringLiteral("--catalog"), file});
    QVERIFY2(r.code == 0 && r.out.contains(planId.toUtf8()), qPrintable(r.err));
    r = cli({QStringLiteral("queue"), QStringLiteral("--db"),
             sqlite(QStringLiteral("local.sqlite")), QStringLiteral("--catalog"), file});
    QVERIFY2(r.code == 0 || r.err.contains(QLatin1String("no database")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliStore)
#include "tst_clistore.moc"
