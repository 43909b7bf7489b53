// SPDX-License-Identifier: GPL-3.0-or-later
// A damaged SQLite file is detected when it is opened and reported in one line that names the
// file and says what to do (issue 9, crash safety): through the store (Connection::open,
// Connection::checkIntegrity) and through dueline-cli as a user sees it.

#include "models/store/demodata.h"
#include "models/store/ticketstore.h"
#include "tests/support/fakeclock.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using namespace dueline;

namespace {

constexpr qsizetype PageSize = 4096; // SQLite's default, used by Dueline's files

struct Run
{
    int code = 0;
    QString err;
};

// dueline-cli `arguments`, as `user` when given (through runuser; the test runs as root in CI),
// then from `program`: a copy the other user can reach wherever the build tree is.
Run cli(const QStringList &arguments, const QString &user = {}, const QString &program = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DUELINE_DB"));
    process.setProcessEnvironment(env);
    if (user.isEmpty()) {
        process.start(QStringLiteral(DUELINE_CLI_PATH), arguments);
    } else {
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), user, QStringLiteral("--"), program} +
                              arguments);
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        qFatal("dueline-cli did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

// What a damaged file does to a good database file.
enum class Damage { TextFile, RandomBytes, Truncated, OverwrittenPages, ZeroLength, Unreadable };

} // namespace

Q_DECLARE_METATYPE(Damage)

class TestSqliteCorruption : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void damagedFile_data();
    void damagedFile();
    void backupNamedAndRestorable();
    void checkIntegrity();

private:
    // A copy of the good database at `path` (with its schema and 300 demo tickets).
    bool copyGood(const QString &path);

    CatalogPtr m_catalog;
    QTemporaryDir m_dir;
    QString m_good;
    QString m_cliCopy; // dueline-cli where another user can run it
};

void TestSqliteCorruption::initTestCase()
{
    QString text;
    m_catalog = Catalog::loadBuiltIn(&text);
    QVERIFY2(m_catalog, qPrintable(text));
    QVERIFY(m_dir.isValid());
    m_good = m_dir.filePath(QStringLiteral("good.sqlite"));
    FakeClock clock = FakeClock::at("2026-03-02T09:00:00Z");
    {
        StoreError error;
        auto store = TicketStore::open(DatabaseUrl::sqlite(m_good), m_catalog, clock,
                                       Connection::Mode::CreateIfMissing, &error);
        QVERIFY2(store, qPrintable(error.message));
        QVERIFY2(store->migrate(&error) >= 0, qPrintable(error.message));
        DemoOptions options;
        options.tickets = 300;
        QVERIFY2(DemoData::generate(store->connection(), *m_catalog, clock.nowUtc(), options,
                                    nullptr, &error),
                 qPrintable(error.message));
        // Everything into the main file (the last connection to close removes the WAL).
        QVERIFY(store->connection().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"),
                                         &error));
    }
    QVERIFY(!QFile::exists(m_good + QStringLiteral("-wal")) ||
            QFileInfo(m_good + QStringLiteral("-wal")).size() == 0);
    const qint64 size = QFileInfo(m_good).size();
    QVERIFY2(size > 20 * PageSize && size < Connection::FullCheckLimitBytes,
             qPrintable(QString::number(size)));
    // runuser needs to reach the files as another user.
    QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFile::ReadOther |
                                                QFile::ExeOther | QFile::ReadGroup |
                                                QFile::ExeGroup);
    // The build tree may sit in a folder only its owner enters (a fresh clone in mktemp -d).
    m_cliCopy = m_dir.filePath(QStringLiteral("dueline-cli"));
    QVERIFY(QFile::copy(QStringLiteral(DUELINE_CLI_PATH), m_cliCopy));
    QVERIFY(QFile::setPermissions(m_cliCopy, QFile::permissions(m_cliCopy) | QFile::ReadOther |
                                                     QFile::ExeOther | QFile::ReadGroup |
                                                     QFile::ExeGroup));
}

bool TestSqliteCorruption::copyGood(const QString &path)
{
    QFile::remove(path);
    return QFile::copy(m_good, path) &&
           QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther |
                                               QFile::ReadGroup);
}

void TestSqliteCorruption::damagedFile_data()
{
    QTest::addColumn<Damage>("damage");
    QTest::addColumn<QString>("expected"); // part of the message (besides the file and advice)
    QTest::newRow("text file") << Damage::TextFile << QStringLiteral("not a database");
    QTest::newRow("random bytes") << Damage::RandomBytes << QStringLiteral("not a database");
    QTest::newRow("truncated") << Damage::Truncated << QStringLiteral("damaged");
    QTest::newRow("overwritten pages") << Damage::OverwrittenPages << QStringLiteral("damaged");
    QTest::newRow("zero length") << Damage::ZeroLength << QStringLiteral("empty file (0 bytes)");
    QTest::newRow("unreadable") << Damage::Unreadable << QStringLiteral("cannot read");
}

void TestSqliteCorruption::damagedFile()
{
    QFETCH(Damage, damage);
    QFETCH(QString, expected);
    const QString name = QString::fromLatin1(QTest::currentDataTag())
                                 .replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString path = m_dir.filePath(name + QStringLiteral(".sqlite"));
    QVERIFY(copyGood(path));
    const QByteArray good = readAll(path);
    switch (damage) {
    case Damage::TextFile:
        QVERIFY(writeAll(path, "Meeting notes, 2 March: call the customer back about #42.\n"));
        break;
    case Damage::RandomBytes:
        QVERIFY(writeAll(path, randomBytes(16 * PageSize, 9)));
        break;
    case Damage::Truncated:
        QVERIFY(writeAll(path, good.left(good.size() / 2 / PageSize * PageSize)));
        break;
    case Damage::OverwrittenPages: {
        // Four pages in the middle replaced by noise; the file keeps its size.
        QByteArray bytes = good;
        const qsizetype first = bytes.size() / PageSize / 2;
        bytes.replace(first * PageSize, 4 * PageSize, randomBytes(4 * PageSize, 3));
        QCOMPARE(bytes.size(), good.size());
        QVERIFY(writeAll(path, bytes));
        break;
    }
    case Damage::ZeroLength:
        QVERIFY(writeAll(path, QByteArray()));
        break;
    case Damage::Unreadable:
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
        break;
    }

    const QByteArray damaged = damage == Damage::Unreadable ? good : readAll(path);

    // Through the store.
    StoreError error;
    auto connection =
            Connection::open(DatabaseUrl::sqlite(path), Connection::Mode::OpenExisting, &error);
    const bool root = ::geteuid() == 0;
    if (damage == Damage::Unreadable && root) {
        // Root reads any file: the store opens it, and the check below runs the CLI as an
        // ordinary user instead.
        QVERIFY2(connection, qPrintable(error.message));
        connection.reset();
    } else {
        QVERIFY(!connection);
        QCOMPARE(error.kind, damage == Damage::Unreadable ? StoreError::Kind::Connection
                                                          : StoreError::Kind::Corrupt);
        QVERIFY2(!error.message.contains(QLatin1Char('\n')), qPrintable(error.message));
        QVERIFY2(error.message.contains(path), qPrintable(error.message));
        QVERIFY2(error.message.contains(expected), qPrintable(error.message));
        if (damage != Damage::Unreadable)
            QVERIFY2(error.message.contains(QLatin1String("move the file away")) &&
                             error.message.contains(QLatin1String("restore")),
                     qPrintable(error.message));
        else
            QVERIFY2(error.message.contains(QLatin1String("read and write access")),
                     qPrintable(error.message));
    }

    // Through dueline-cli: exit 1 with one line on stderr.
    const Run r = cli(
            {QStringLiteral("queue"), QStringLiteral("--db"), QStringLiteral("sqlite:") + path},
            damage == Damage::Unreadable && root ? QStringLiteral("nobody") : QString(), m_cliCopy);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.startsWith(QLatin1String("dueline-cli queue: ")), qPrintable(r.err));
    QVERIFY2(r.err.count(QLatin1Char('\n')) == 1 && r.err.endsWith(QLatin1Char('\n')),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(path), qPrintable(r.err));
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));

    // Looking at the damaged file wrote nothing to it.
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(readAll(path) == damaged);
}

// The copy the last schema update left next to the file is named in the message, and putting it
// back gives a database that opens.
void TestSqliteCorruption::backupNamedAndRestorable()
{
    const QString path = m_dir.filePath(QStringLiteral("with-backup.sqlite"));
    const QString backup = path + QStringLiteral(".before-v2");
    QVERIFY(copyGood(path));
    QVERIFY(copyGood(backup));
    QVERIFY(copyGood(path + QStringLiteral(".before-v1"))); // an older one: not the advice
    QByteArray bytes = readAll(path);
    bytes.replace(bytes.size() / 2 / PageSize * PageSize, 2 * PageSize,
                  randomBytes(2 * PageSize, 5));
    QVERIFY(writeAll(path, bytes));
    StoreError error;
    QVERIFY(!Connection::open(DatabaseUrl::sqlite(path), Connection::Mode::OpenExisting, &error));
    QCOMPARE(error.kind, StoreError::Kind::Corrupt);
    QVERIFY2(error.message.contains(backup + QLatin1Char(' ')), qPrintable(error.message));
    // What the message says to do works.
    QVERIFY(QFile::remove(path));
    QVERIFY(QFile::copy(backup, path));
    auto connection =
            Connection::open(DatabaseUrl::sqlite(path), Connection::Mode::OpenExisting, &error);
    QVERIFY2(connection, qPrintable(error.message));
    QVERIFY2(connection->checkIntegrity(true, &error), qPrintable(error.message));
}

// The full check finds what the check on open (quick_check) does not look at: an index that no
// longer matches its table. "dueline-cli db check" runs it.
void TestSqliteCorruption::checkIntegrity()
{
    const QString path = m_dir.filePath(QStringLiteral("check.sqlite"));
    QVERIFY(copyGood(path));
    StoreError error;
    {
        auto connection =
                Connection::open(DatabaseUrl::sqlite(path), Connection::Mode::OpenExisting, &error);
        QVERIFY2(connection, qPrintable(error.message));
        QVERIFY2(connection->checkIntegrity(false, &error), qPrintable(error.message));
        QVERIFY2(connection->checkIntegrity(true, &error), qPrintable(error.message));
        // The index on created_at now claims to index updated_at.
        QVERIFY(connection->exec(QStringLiteral("PRAGMA writable_schema = ON"), &error));
        QVERIFY2(connection->exec(QStringLiteral("UPDATE sqlite_master SET sql = 'CREATE INDEX "
                                                 "tickets_created_at ON tickets (updated_at)' "
                                                 "WHERE name = 'tickets_created_at'"),
                                  &error),
                 qPrintable(error.message));
    }
    auto connection =
            Connection::open(DatabaseUrl::sqlite(path), Connection::Mode::OpenExisting, &error);
    QVERIFY2(connection, qPrintable(error.message)); // quick_check on open passes
    QVERIFY2(connection->checkIntegrity(false, &error), qPrintable(error.message));
    QVERIFY(!connection->checkIntegrity(true, &error));
    QCOMPARE(error.kind, StoreError::Kind::Corrupt);
    QVERIFY2(error.message.contains(path) && error.message.contains(QLatin1String("restore")) &&
                     error.message.contains(QLatin1String("tickets_created_at")),
             qPrintable(error.message));
    QVERIFY2(!error.message.contains(QLatin1Char('\n')), qPrintable(error.message));
}

QTEST_GUILESS_MAIN(TestSqliteCorruption)

#include "tst_sqlitecorruption.moc"
