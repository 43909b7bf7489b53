// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Connect: the form builds the database URL a user means, refuses incomplete input,
// keeps the password out of the URL text, and "Test Connection" tells a good database from a
// missing, foreign or corrupt one without creating anything. A password stays with its server,
// and a server whose certificate is not verified is flagged.
#include "models/store/connection.h"
#include "models/store/migrations.h"
#include "views/shell/connectiondialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace dueline;

class TestConnectionDialog : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T *child(ConnectionDialog &dialog, const char *name)
    {
        T *widget = dialog.findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    static QPushButton *okButton(ConnectionDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    static QString runTest(ConnectionDialog &dialog)
    {
        QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
        dialog.testConnection();
        if (!finished.wait(20000))
            return QStringLiteral("(no answer)");
        return dialog.testResultText();
    }

private slots:
    void sqliteNeedsAFile()
    {
        ConnectionDialog dialog;
        child<QComboBox>(dialog, "engine")->setCurrentIndex(0);
        QVERIFY(!okButton(dialog)->isEnabled());
        QCOMPARE(dialog.validationMessage(), QStringLiteral("Choose the database file."));
        QTemporaryDir dir;
        child<QLineEdit>(dialog, "sqlitePath")->setText(dir.path());
        QVERIFY(dialog.validationMessage().contains(QLatin1String("is a folder")));
        QVERIFY(!okButton(dialog)->isEnabled());
        const QString file = dir.filePath(QStringLiteral("team.sqlite"));
        child<QLineEdit>(dialog, "sqlitePath")->setText(file);
        QVERIFY(okButton(dialog)->isEnabled());
        QCOMPARE(dialog.url().toString(), QStringLiteral("sqlite:") + file);
        QCOMPARE(child<QLabel>(dialog, "urlText")->text(), QStringLiteral("sqlite:") + file);
    }

    void postgresUrlFromTheForm()
    {
        ConnectionDialog dialog;
        child<QComboBox>(dialog, "engine")->setCurrentIndex(1);
        QVERIFY(!okButton(dialog)->isEnabled());
        child<QLineEdit>(dialog, "host")->setText(QStringLiteral("db.example.org"));
        QCOMPARE(dialog.validationMessage(), QStringLiteral("Enter the database name."));
        child<QLineEdit>(dialog, "database")->setText(QStringLiteral("support"));
        child<QLineEdit>(dialog, "user")->setText(QStringLiteral("anna"));
        child<QSpinBox>(dialog, "port")->setValue(6432);
        auto *ssl = child<QComboBox>(dialog, "sslMode");
        ssl->setCurrentIndex(ssl->findData(QStringLiteral("verify-full")));
        QTemporaryDir dir;
        const QString ca = dir.filePath(QStringLiteral("root.crt"));
        child<QLineEdit>(dialog, "caFile")->setText(ca);
        QVERIFY(dialog.validationMessage().contains(QLatin1String("does not exist")));
        QFile caFile(ca);
        QVERIFY(caFile.open(QIODevice::WriteOnly));
        caFile.close();
        child<QLineEdit>(dialog, "password")->setText(QStringLiteral("s3cret-Pa55"));
        QVERIFY(dialog.validationMessage().isEmpty());
        QVERIFY(okButton(dialog)->isEnabled());

        const DatabaseUrl url = dialog.url();
        QCOMPARE(url.password, QStringLiteral("s3cret-Pa55"));
        const QString text = url.toString();
        QCOMPARE(text,
                 QStringLiteral("postgresql://anna@db.example.org:6432/support?sslmode=verify-full"
                                "&sslrootcert=") +
                         QString::fromUtf8(QUrl::toPercentEncoding(ca)));
        QVERIFY(!text.contains(QLatin1String("s3cret")));
        QVERIFY(!child<QLabel>(dialog, "urlText")->text().contains(QLatin1String("s3cret")));

        // The text parses back to the same server, and the form shows it again.
        QString error;
        const std::optional<DatabaseUrl> parsed = DatabaseUrl::parse(text, &error);
        QVERIFY2(parsed, qPrintable(error));
        ConnectionDialog again;
        again.setUrl(*parsed);
        QCOMPARE(again.url().toString(), text);
        QCOMPARE(child<QSpinBox>(again, "port")->value(), 6432);
    }

    void testTellsWhatIsThere()
    {
        QTemporaryDir dir;
        ConnectionDialog dialog;

        // A file that does not exist yet is fine and is not created by the test.
        const QString fresh = dir.filePath(QStringLiteral("new.sqlite"));
        dialog.setUrl(DatabaseUrl::sqlite(fresh));
        QVERIFY(runTest(dialog).contains(QLatin1String("does not exist yet")));
        QVERIFY(!QFile::exists(fresh));

        // A Dueline database says its schema.
        const QString made = dir.filePath(QStringLiteral("made.sqlite"));
        {
            StoreError error;
            auto connection = Connection::open(DatabaseUrl::sqlite(made),
                                               Connection::Mode::CreateIfMissing, &error);
            QVERIFY2(connection, qPrintable(error.message));
            QVERIFY2(Migrations::migrate(*connection, 0, &error) > 0, qPrintable(error.message));
        }
        dialog.setUrl(DatabaseUrl::sqlite(made));
        QCOMPARE(runTest(dialog), QStringLiteral("Connected to SQLite, Dueline schema %1.")
                                          .arg(Migrations::latestVersion()));

        // A file that is not a database is reported, and left as it was.
        const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray bytes(4096, 'x');
        file.write(bytes);
        file.close();
        dialog.setUrl(DatabaseUrl::sqlite(junk));
        QVERIFY(runTest(dialog).contains(QLatin1String("not a Dueline database")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
    }

    // A password the dialog was given belongs to its server (issue 15): changing the host, the
    // port or the user drops it, so the URL and connection for the new server carry none.
    void passwordStaysWithItsServer_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("host") << "host"
                              << "b.example.org";
        QTest::newRow("user") << "user"
                              << "lena";
        QTest::newRow("port") << "port"
                              << "6432";
    }

    void passwordStaysWithItsServer()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        DatabaseUrl a;
        a.engine = Engine::PostgreSQL;
        a.host = QStringLiteral("a.example.org");
        a.user = QStringLiteral("anna");
        a.database = QStringLiteral("support");
        a.password = QStringLiteral("password-of-A");
        ConnectionDialog dialog;
        dialog.setUrl(a);
        auto *password = child<QLineEdit>(dialog, "password");
        QCOMPARE(password->text(), QStringLiteral("password-of-A"));
        QCOMPARE(dialog.url().password, QStringLiteral("password-of-A"));

        // Another database on the same server: the same login, the password stays.
        child<QLineEdit>(dialog, "database")->setText(QStringLiteral("archive"));
        QCOMPARE(dialog.url().password, QStringLiteral("password-of-A"));

        if (field == QLatin1String("port"))
            child<QSpinBox>(dialog, "port")->setValue(value.toInt());
        else
            child<QLineEdit>(dialog, qPrintable(field))->setText(value);
        QVERIFY(password->text().isEmpty());
        QVERIFY(!child<QCheckBox>(dialog, "remember")->isChecked());
        const DatabaseUrl next = dialog.url();
        QVERIFY(next.password.isEmpty());
        QVERIFY(!next.toString().contains(QLatin1String("password-of-A")));
        // Changing it back does not bring the password back either.
        if (field != QLatin1String("port"))
            child<QLineEdit>(dialog, qPrintable(field))
                    ->setText(field == QLatin1String("host") ? a.host : a.user);
        QVERIFY(dialog.url().password.isEmpty());

        // A password the user types now is theirs for what the form shows, and stays.
        QTest::keyClicks(password, QStringLiteral("typed"));
        child<QLineEdit>(dialog, "host")->setText(QStringLiteral("c.example.org"));
        QCOMPARE(dialog.url().password, QStringLiteral("typed"));

        // Showing another server's URL replaces whatever was there.
        DatabaseUrl b = a;
        b.host = QStringLiteral("b.example.org");
        b.password.clear();
        dialog.setUrl(b);
        QVERIFY(password->text().isEmpty());
        QVERIFY(dialog.url().password.isEmpty());
    }

    // A server on another computer without verify-full is flagged in the form.
    void unverifiedServerIsFlagged()
    {
        ConnectionDialog dialog;
        DatabaseUrl url;
        url.engine = Engine::PostgreSQL;
        url.host = QStringLiteral("db.example.org");
        url.database = QStringLiteral("support");
        dialog.setUrl(url);
        auto *warning = child<QLabel>(dialog, "tlsWarning");
        QVERIFY(warning->isVisibleTo(&dialog));
        QVERIFY(warning->text().contains(QLatin1String("verify-full")));
        auto *ssl = child<QComboBox>(dialog, "sslMode");
        ssl->setCurrentIndex(ssl->findData(QStringLiteral("verify-ca")));
        QVERIFY(warning->isVisibleTo(&dialog));
        ssl->setCurrentIndex(ssl->findData(QStringLiteral("verify-full")));
        QVERIFY(!warning->isVisibleTo(&dialog));
        ssl->setCurrentIndex(ssl->findData(QStringLiteral("disable")));
        child<QLineEdit>(dialog, "host")->setText(QStringLiteral("127.0.0.1"));
        QVERIFY(!warning->isVisibleTo(&dialog));
        child<QComboBox>(dialog, "engine")->setCurrentIndex(0);
        QVERIFY(!warning->isVisibleTo(&dialog));
    }

    void unreachableServerIsAnErrorNotAHang()
    {
        ConnectionDialog dialog;
        DatabaseUrl url;
        url.engine = Engine::PostgreSQL;
        url.host = QStringLiteral("127.0.0.1");
        url.port = 1; // nothing listens on port 1
        url.database = QStringLiteral("support");
        url.options.insert(QStringLiteral("connect_timeout"), QStringLiteral("3"));
        dialog.setUrl(url);
        const QString result = runTest(dialog);
        QVERIFY2(result != QLatin1String("(no answer)"), "the test never finished");
        QVERIFY2(!result.contains(QLatin1String("Connected")), qPrintable(result));
        QVERIFY(!result.isEmpty());
    }
};

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
