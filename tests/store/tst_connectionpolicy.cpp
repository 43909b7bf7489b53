// SPDX-License-Identifier: GPL-3.0-or-later
// Connections to PostgreSQL (issue 15, "Connections"): URL options cannot smuggle other libpq
// settings into the connection (each injection is refused with a line naming the option, or
// keeps its meaning on the real test server), and the TLS policy: which hosts are this computer,
// which sslmodes leave the server unverified, and when channel binding is required.

#include "models/store/connectionpolicy.h"
#include "tests/support/testdatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace dueline;
using testsupport::TestDatabase;

class TestConnectionPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void injectionsAreRefused_data();
    void injectionsAreRefused();
    void valuesAreQuoted();
    void quotedValueKeepsItsMeaning();
    void sslmodeInAnotherOptionDoesNotTurnTlsOff();
    void directUrlCannotCarryASemicolon();
    void loopbackHosts_data();
    void loopbackHosts();
    void weakSslModes();
    void insecureNeedsARemoteHostAndAWeakMode();
    void channelBindingWhenAPasswordGoesOverTls();

private:
    DatabaseUrl pgUrl(const QString &host, const QString &sslmode) const;
    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
};

void TestConnectionPolicy::initTestCase()
{
    QString error;
    m_db = TestDatabase::create(Engine::PostgreSQL, &error);
    QVERIFY2(m_db, qPrintable(error));
    // Nothing from the environment of whoever runs the test.
    for (const char *name : {"PGHOST", "PGPORT", "PGSSLMODE", "PGPASSWORD", "PGUSER"})
        qunsetenv(name);
    qputenv("PGPASSFILE", QFile::encodeName(m_dir.filePath(QStringLiteral("none"))));
}

void TestConnectionPolicy::cleanup()
{
    qunsetenv("PGPASSWORD");
    qunsetenv("PGSSLMODE");
    qunsetenv("PGHOST");
    qputenv("PGPASSFILE", QFile::encodeName(m_dir.filePath(QStringLiteral("none"))));
}

DatabaseUrl TestConnectionPolicy::pgUrl(const QString &host, const QString &sslmode) const
{
    DatabaseUrl url;
    url.engine = Engine::PostgreSQL;
    url.host = host;
    url.user = QStringLiteral("agent");
    url.database = QStringLiteral("dueline");
    if (!sslmode.isEmpty())
        url.options.insert(QStringLiteral("sslmode"), sslmode);
    return url;
}

void TestConnectionPolicy::injectionsAreRefused_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("option");
    // The attacks of issue 15: each tried to append another libpq setting through a value.
    QTest::newRow("sslmode through target_session_attrs")
            << "sslmode=require&target_session_attrs=any%20sslmode%3Ddisable"
            << "target_session_attrs";
    QTest::newRow("port through ';'") << "application_name=x%3Bport%3D1"
                                      << "application_name";
    QTest::newRow("host through ';'") << "sslrootcert=a%3Bhost%3Devil.example"
                                      << "sslrootcert";
    QTest::newRow("newline") << "application_name=x%0Apassword%3Dy"
                             << "application_name";
    QTest::newRow("NUL") << "application_name=x%00y"
                         << "application_name";
    QTest::newRow("sslmode not a mode") << "sslmode=disable%20"
                                        << "sslmode";
    QTest::newRow("timeout not a number") << "connect_timeout=1%20port%3D2"
                                          << "connect_timeout";
    QTest::newRow("gssencmode") << "gssencmode=prefer%20host%3Dx"
                                << "gssencmode";
}

void TestConnectionPolicy::injectionsAreRefused()
{
    QFETCH(QString, query);
    QFETCH(QString, option);
    QString error;
    const auto url = DatabaseUrl::parse(
            QStringLiteral("postgresql://agent@127.0.0.1/dueline?") + query, &error);
    QVERIFY2(!url, qPrintable(url ? url->toString() : QString()));
    QVERIFY2(error.contains(QStringLiteral("connection option ") + option), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
}

void TestConnectionPolicy::valuesAreQuoted()
{
    QCOMPARE(connectionpolicy::quoteConninfoValue(QStringLiteral("plain")),
             QStringLiteral("'plain'"));
    QCOMPARE(connectionpolicy::quoteConninfoValue(QString()), QStringLiteral("''"));
    QCOMPARE(connectionpolicy::quoteConninfoValue(QStringLiteral("it's a\\b c=d")),
             QStringLiteral("'it\\'s a\\\\b c=d'"));
    QString error;
    const auto url = DatabaseUrl::parse(
            QStringLiteral("postgresql://agent@127.0.0.1/dueline?application_name=x%20password%3D"
                           "p&sslrootcert=%2Ftmp%2Fmy%20ca%27s.crt"),
            &error);
    QVERIFY2(url, qPrintable(error));
    QCOMPARE(connectionpolicy::connectOptions(*url),
             QStringLiteral("application_name='x password=p';connect_timeout='10';"
                            "sslrootcert='/tmp/my ca\\'s.crt'"));
}

// application_name=x password=… once smuggled a password into the connection; quoted, the whole
// text is the application name the server sees, and nothing else changes.
void TestConnectionPolicy::quotedValueKeepsItsMeaning()
{
    QString error;
    const QString text = m_db->urlText() +
                         QStringLiteral("?application_name=x%20password%3Dsmuggled%20port%3D1");
    const auto url = DatabaseUrl::parse(text, &error);
    QVERIFY2(url, qPrintable(error));
    StoreError storeError;
    auto connection = Connection::open(*url, Connection::Mode::OpenExisting, &storeError);
    QVERIFY2(connection, qPrintable(storeError.message));
    QSqlQuery q = connection->query();
    QVERIFY(q.exec(QStringLiteral("SELECT current_setting('application_name'), "
                                  "current_setting('port')")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("x password=smuggled port=1"));
    QCOMPARE(q.value(1).toInt(), m_db->url().port);
}

// sslmode=require against the test server (no TLS) must fail, whatever another option says
// (sslrootcert comes after sslmode in the options, so unquoted its text would win).
void TestConnectionPolicy::sslmodeInAnotherOptionDoesNotTurnTlsOff()
{
    QString error;
    const auto url = DatabaseUrl::parse(
            m_db->urlText() + QStringLiteral("?sslmode=require&sslrootcert=x%20sslmode%3Ddisable"),
            &error);
    QVERIFY2(url, qPrintable(error));
    StoreError storeError;
    auto connection = Connection::open(*url, Connection::Mode::OpenExisting, &storeError);
    QVERIFY2(!connection, "connected without TLS");
    QVERIFY2(storeError.message.contains(QLatin1String("server does not support SSL")),
             qPrintable(storeError.message));

    // The same server without the TLS demand is reachable: the failure above is TLS.
    const auto plain = DatabaseUrl::parse(
            m_db->urlText() + QStringLiteral("?application_name=x%20sslmode%3Drequire"), &error);
    QVERIFY2(plain, qPrintable(error));
    QVERIFY2(Connection::open(*plain, Connection::Mode::OpenExisting, &storeError),
             qPrintable(storeError.message));
}

// URLs built by the GUI (not parsed) get the same refusal when the connection opens.
void TestConnectionPolicy::directUrlCannotCarryASemicolon()
{
    DatabaseUrl url = m_db->url();
    url.options.insert(QStringLiteral("sslrootcert"), QStringLiteral("/tmp/x;port=1"));
    StoreError error;
    QVERIFY(!Connection::open(url, Connection::Mode::OpenExisting, &error));
    QVERIFY2(error.message.contains(QLatin1String("connection option sslrootcert")),
             qPrintable(error.message));
}

void TestConnectionPolicy::loopbackHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("default socket") << "" << true;
    QTest::newRow("socket folder") << "/var/run/postgresql" << true;
    QTest::newRow("localhost") << "localhost" << true;
    QTest::newRow("LOCALHOST") << "LOCALHOST" << true;
    QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
    QTest::newRow("127.255.3.4") << "127.255.3.4" << true;
    QTest::newRow("::1") << "::1" << true;
    QTest::newRow("::1 long") << "0:0:0:0:0:0:0:1" << true;
    QTest::newRow("128.0.0.1") << "128.0.0.1" << false;
    QTest::newRow("0.0.0.0") << "0.0.0.0" << false;
    QTest::newRow("10.0.0.5") << "10.0.0.5" << false;
    QTest::newRow("name") << "db.example.org" << false;
    QTest::newRow("localhost.evil") << "localhost.example.org" << false;
    QTest::newRow("127 name") << "127.0.0.1.example.org" << false;
    QTest::newRow("host list") << "127.0.0.1,db.example.org" << false;
    QTest::newRow("short form") << "127.1" << false;
    QTest::newRow("mapped") << "::ffff:127.0.0.1" << false;
    QTest::newRow("::2") << "::2" << false;
}

void TestConnectionPolicy::loopbackHosts()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(connectionpolicy::isLoopbackHost(host), loopback);
}

void TestConnectionPolicy::weakSslModes()
{
    for (const char *mode : {"", "disable", "allow", "prefer", "require", "verify-ca"})
        QVERIFY2(connectionpolicy::isWeakSslMode(QString::fromLatin1(mode)), mode);
    QVERIFY(!connectionpolicy::isWeakSslMode(QStringLiteral("verify-full")));
}

void TestConnectionPolicy::insecureNeedsARemoteHostAndAWeakMode()
{
    using connectionpolicy::isInsecure;
    const QString remote = QStringLiteral("db.example.org");
    for (const char *mode : {"", "disable", "allow", "prefer", "require", "verify-ca"})
        QVERIFY2(isInsecure(pgUrl(remote, QString::fromLatin1(mode))), mode);
    QVERIFY(!isInsecure(pgUrl(remote, QStringLiteral("verify-full"))));
    QVERIFY(!isInsecure(pgUrl(QStringLiteral("127.0.0.1"), QStringLiteral("disable"))));
    QVERIFY(!isInsecure(pgUrl(QString(), QString())));
    QVERIFY(!isInsecure(DatabaseUrl::sqlite(QStringLiteral("/tmp/x.sqlite"))));
    // libpq's environment counts as libpq counts it.
    qputenv("PGSSLMODE", "verify-full");
    QVERIFY(!isInsecure(pgUrl(remote, QString())));
    QVERIFY(isInsecure(pgUrl(remote, QStringLiteral("require"))));
    qunsetenv("PGSSLMODE");
    qputenv("PGHOST", "db.example.org");
    QVERIFY(isInsecure(pgUrl(QString(), QString())));
    QCOMPARE(connectionpolicy::serverKey(pgUrl(QString(), QString())),
             QStringLiteral("db.example.org:5432"));
    qunsetenv("PGHOST");

    const QString message =
            connectionpolicy::insecureMessage(pgUrl(remote, QStringLiteral("require")));
    QVERIFY2(message.contains(QLatin1String("db.example.org:5432")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("sslmode=verify-full")), qPrintable(message));
    QVERIFY(!message.contains(QLatin1Char('\n')));
}

void TestConnectionPolicy::channelBindingWhenAPasswordGoesOverTls()
{
    using connectionpolicy::connectOptions;
    using connectionpolicy::needsChannelBinding;
    const QString binding = QStringLiteral("channel_binding='require'");
    const QString remote = QStringLiteral("db.example.org");

    // No password known to be sent: nothing to bind (certificate or trust logins keep working).
    QVERIFY(!needsChannelBinding(pgUrl(remote, QStringLiteral("verify-full"))));

    // A typed or keychain password over required TLS.
    for (const char *mode : {"require", "verify-ca", "verify-full"}) {
        DatabaseUrl url = pgUrl(remote, QString::fromLatin1(mode));
        url.password = QStringLiteral("correct horse");
        QVERIFY2(needsChannelBinding(url), mode);
        QVERIFY2(connectOptions(url).contains(binding), qPrintable(connectOptions(url)));
    }
    // Not where TLS is optional or impossible (a Unix socket has none).
    for (const char *mode : {"disable", "allow", "prefer", ""}) {
        DatabaseUrl url = pgUrl(remote, QString::fromLatin1(mode));
        url.password = QStringLiteral("correct horse");
        QVERIFY2(!needsChannelBinding(url), mode);
        QVERIFY(!connectOptions(url).contains(QLatin1String("channel_binding")));
    }
    DatabaseUrl socket = pgUrl(QStringLiteral("/var/run/postgresql"), QStringLiteral("require"));
    socket.password = QStringLiteral("x");
    QVERIFY(!needsChannelBinding(socket));

    // PGPASSWORD, and a matching line of the password file.
    qputenv("PGPASSWORD", "from-env");
    QVERIFY(needsChannelBinding(pgUrl(remote, QStringLiteral("require"))));
    qunsetenv("PGPASSWORD");
    const QString passfile = m_dir.filePath(QStringLiteral("pgpass"));
    QFile file(passfile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# comment\n"
               "other.example.org:5432:*:agent:x\n"
               "db.example.org:*:dueline:agent:secret\\:with colon\n");
    file.close();
    qputenv("PGPASSFILE", QFile::encodeName(passfile));
    QVERIFY(needsChannelBinding(pgUrl(remote, QStringLiteral("verify-full"))));
    DatabaseUrl otherUser = pgUrl(remote, QStringLiteral("verify-full"));
    otherUser.user = QStringLiteral("lena");
    QVERIFY(!needsChannelBinding(otherUser));
    // Through a TLS-demanding PGSSLMODE too.
    qputenv("PGSSLMODE", "require");
    QVERIFY(needsChannelBinding(pgUrl(remote, QString())));
}

QTEST_MAIN(TestConnectionPolicy)
#include "tst_connectionpolicy.moc"
