// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/shell/connectiondialog.h"

#include "models/store/connectionpolicy.h"
#include "models/store/migrations.h"
#include "views/queue/countdowndelegate.h"
#include "views/shell/passwordkeychain.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

namespace dueline {

namespace {

enum EngineIndex { SqliteIndex, PostgresIndex };

// libpq's sslmode values, weakest first.
const char *const sslModes[] = {"disable", "allow",     "prefer",
                                "require", "verify-ca", "verify-full"};

QWidget *withButton(QLineEdit *edit, QPushButton *button, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    return row;
}

// A form row with a label (retranslateUi() sets its text) whose mnemonic focuses `buddy`.
void addLabelledRow(QFormLayout *form, QWidget *field, QWidget *buddy)
{
    auto *label = new QLabel(field->parentWidget());
    label->setBuddy(buddy);
    form->addRow(label, field);
}

struct TestOutcome
{
    bool ok = false;
    QString text;
};

// Opens the database (never creating one) and says what is there. Runs in a worker thread.
TestOutcome probe(const DatabaseUrl &url)
{
    TestOutcome outcome;
    if (url.engine == Engine::SQLite && !QFileInfo::exists(url.path)) {
        outcome.ok = true;
        outcome.text = QCoreApplication::translate("ConnectionDialog",
                                                   "%1 does not exist yet: Dueline will create it.")
                               .arg(url.path);
        return outcome;
    }
    StoreError error;
    std::unique_ptr<Connection> connection =
            Connection::open(url, Connection::Mode::OpenExisting, &error);
    if (!connection) {
        outcome.text = error.message;
        return outcome;
    }
    QString server;
    if (url.engine == Engine::PostgreSQL) {
        QSqlQuery query = connection->query();
        if (query.exec(QStringLiteral("SHOW server_version")) && query.next())
            server = QStringLiteral("PostgreSQL ") + query.value(0).toString();
    } else {
        server = QStringLiteral("SQLite");
    }
    const int version = Migrations::currentVersion(*connection, &error);
    outcome.ok = version >= 0;
    if (version < 0)
        outcome.text = error.message;
    else if (version == 0)
        outcome.text = QCoreApplication::translate(
                               "ConnectionDialog",
                               "Connected to %1. The database is empty: Dueline will set it up.")
                               .arg(server);
    else if (version > Migrations::latestVersion()) {
        outcome.ok = false;
        outcome.text =
                QCoreApplication::translate(
                        "ConnectionDialog",
                        "Connected to %1, but a newer Dueline made this database (schema %2).")
                        .arg(server)
                        .arg(version);
    } else
        outcome.text = QCoreApplication::translate("ConnectionDialog",
                                                   "Connected to %1, Dueline schema %2.")
                               .arg(server)
                               .arg(version);
    return outcome;
}

} // namespace

ConnectionDialog::ConnectionDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("connectionDialog"));
    m_engineLabel = new QLabel(this);
    m_engine = new QComboBox(this);
    m_engine->setObjectName(QStringLiteral("engine"));
    m_engine->addItem(QString());
    m_engine->addItem(QString());
    m_engineLabel->setBuddy(m_engine);

    m_pages = new QStackedWidget(this);

    auto *sqlitePage = new QWidget(m_pages);
    m_sqliteForm = new QFormLayout(sqlitePage);
    m_sqliteForm->setContentsMargins(0, 0, 0, 0);
    m_sqlitePath = new QLineEdit(sqlitePage);
    m_sqlitePath->setObjectName(QStringLiteral("sqlitePath"));
    m_sqliteBrowse = new QPushButton(sqlitePage);
    addLabelledRow(m_sqliteForm, withButton(m_sqlitePath, m_sqliteBrowse, sqlitePage),
                   m_sqlitePath);
    m_pages->addWidget(sqlitePage);

    auto *pgPage = new QWidget(m_pages);
    m_pgForm = new QFormLayout(pgPage);
    m_pgForm->setContentsMargins(0, 0, 0, 0);
    m_host = new QLineEdit(pgPage);
    m_host->setObjectName(QStringLiteral("host"));
    m_port = new QSpinBox(pgPage);
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_database = new QLineEdit(pgPage);
    m_database->setObjectName(QStringLiteral("database"));
    m_user = new QLineEdit(pgPage);
    m_user->setObjectName(QStringLiteral("user"));
    m_password = new QLineEdit(pgPage);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(pgPage);
    m_remember->setObjectName(QStringLiteral("remember"));
    m_sslMode = new QComboBox(pgPage);
    m_sslMode->setObjectName(QStringLiteral("sslMode"));
    for (const char *mode : sslModes)
        m_sslMode->addItem(QString(), QString::fromLatin1(mode));
    m_sslMode->setCurrentIndex(2); // prefer: libpq's default
    m_caFile = new QLineEdit(pgPage);
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caBrowse = new QPushButton(pgPage);
    addLabelledRow(m_pgForm, m_host, m_host);
    addLabelledRow(m_pgForm, m_port, m_port);
    addLabelledRow(m_pgForm, m_database, m_database);
    addLabelledRow(m_pgForm, m_user, m_user);
    addLabelledRow(m_pgForm, m_password, m_password);
    addLabelledRow(m_pgForm, m_remember, m_remember);
    addLabelledRow(m_pgForm, m_sslMode, m_sslMode);
    addLabelledRow(m_pgForm, withButton(m_caFile, m_caBrowse, pgPage), m_caFile);
    m_pages->addWidget(pgPage);

    m_urlLabel = new QLabel(this);
    m_urlText = new QLabel(this);
    m_urlText->setObjectName(QStringLiteral("urlText"));
    m_urlText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_urlText->setWordWrap(true);
    m_tlsWarning = new QLabel(this);
    m_tlsWarning->setObjectName(QStringLiteral("tlsWarning"));
    m_tlsWarning->setWordWrap(true);
    m_tlsWarning->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_testButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_testButton->setObjectName(QStringLiteral("testButton"));

    auto *top = new QFormLayout;
    top->addRow(m_engineLabel, m_engine);
    auto *urlRow = new QFormLayout;
    urlRow->addRow(m_urlLabel, m_urlText);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_pages);
    layout->addLayout(urlRow);
    layout->addWidget(m_tlsWarning);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    // Only the shown page counts for the dialog's size.
    connect(m_engine, &QComboBox::currentIndexChanged, this, [this](int index) {
        for (int i = 0; i < m_pages->count(); ++i)
            m_pages->widget(i)->setSizePolicy(
                    i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                    i == index ? QSizePolicy::Preferred : QSizePolicy::Ignored);
        m_pages->setCurrentIndex(index);
        adjustSize();
    });
    for (QLineEdit *edit : {m_sqlitePath, m_host, m_database, m_user, m_caFile, m_password})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionDialog::updateState);
    for (QLineEdit *edit : {m_host, m_user})
        connect(edit, &QLineEdit::textChanged, this,
                &ConnectionDialog::forgetPasswordOfAnotherServer);
    connect(m_port, &QSpinBox::valueChanged, this,
            &ConnectionDialog::forgetPasswordOfAnotherServer);
    // A password the user types belongs to what the form shows while they type it.
    connect(m_password, &QLineEdit::textEdited, this, [this] { m_passwordServer.clear(); });
    connect(m_engine, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateState);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectionDialog::updateState);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateState);
    connect(m_sqliteBrowse, &QPushButton::clicked, this, &ConnectionDialog::browseSqlite);
    connect(m_caBrowse, &QPushButton::clicked, this, &ConnectionDialog::browseCaFile);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);

    m_pages->widget(PostgresIndex)->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    retranslateUi();
    updateState();
    setMinimumWidth(520);
}

ConnectionDialog::~ConnectionDialog()
{
    if (m_testThread) {
        m_testThread->wait(); // a test opens at most one connection with a 10 s timeout
        delete m_testThread;
    }
}

void ConnectionDialog::setUrl(const DatabaseUrl &url)
{
    m_engine->setCurrentIndex(url.engine == Engine::SQLite ? SqliteIndex : PostgresIndex);
    if (url.engine == Engine::SQLite) {
        m_sqlitePath->setText(url.path);
    } else {
        // Nothing of a password shown before stays while the fields change.
        m_passwordServer.clear();
        m_password->clear();
        m_remember->setChecked(false);
        m_host->setText(url.host);
        m_port->setValue(url.port > 0 ? url.port : 5432);
        m_database->setText(url.database);
        m_user->setText(url.user);
        const int ssl = m_sslMode->findData(
                url.options.value(QStringLiteral("sslmode"), QStringLiteral("prefer")));
        m_sslMode->setCurrentIndex(ssl >= 0 ? ssl : 2);
        m_caFile->setText(url.options.value(QStringLiteral("sslrootcert")));
        m_otherOptions = url.options;
        m_otherOptions.remove(QStringLiteral("sslmode"));
        m_otherOptions.remove(QStringLiteral("sslrootcert"));
        m_password->setText(url.password);
        if (url.password.isEmpty()) {
            const PasswordKeychain::Result stored = PasswordKeychain::read(url.toString());
            if (stored.ok && !stored.password.isEmpty()) {
                m_password->setText(stored.password);
                m_remember->setChecked(true);
            }
        }
        if (!m_password->text().isEmpty())
            m_passwordServer = formServer();
    }
    updateState();
}

QString ConnectionDialog::formServer() const
{
    return m_host->text().trimmed() + QLatin1Char(':') + QString::number(m_port->value()) +
           QLatin1Char(':') + m_user->text().trimmed();
}

void ConnectionDialog::forgetPasswordOfAnotherServer()
{
    if (m_passwordServer.isEmpty() || formServer() == m_passwordServer)
        return;
    m_passwordServer.clear();
    m_password->clear();
    m_remember->setChecked(false);
}

DatabaseUrl ConnectionDialog::url() const
{
    DatabaseUrl url;
    if (m_engine->currentIndex() == SqliteIndex) {
        url.engine = Engine::SQLite;
        url.path = m_sqlitePath->text().trimmed();
        return url;
    }
    url.engine = Engine::PostgreSQL;
    url.host = m_host->text().trimmed();
    url.port = m_port->value() == 5432 ? 0 : m_port->value();
    url.database = m_database->text().trimmed();
    url.user = m_user->text().trimmed();
    url.password = m_password->text();
    url.options = m_otherOptions;
    const QString ssl = m_sslMode->currentData().toString();
    if (ssl != QLatin1String("prefer"))
        url.options.insert(QStringLiteral("sslmode"), ssl);
    const QString ca = m_caFile->text().trimmed();
    if (!ca.isEmpty())
        url.options.insert(QStringLiteral("sslrootcert"), ca);
    return url;
}

QString ConnectionDialog::validationMessage() const
{
    if (m_engine->currentIndex() == SqliteIndex) {
        const QString path = m_sqlitePath->text().trimmed();
        if (path.isEmpty())
            return tr("Choose the database file.");
        if (QFileInfo(path).isDir())
            return tr("%1 is a folder; choose a file.").arg(path);
        return {};
    }
    if (m_host->text().trimmed().isEmpty())
        return tr("Enter the server's host name or address.");
    if (m_database->text().trimmed().isEmpty())
        return tr("Enter the database name.");
    const QString ssl = m_sslMode->currentData().toString();
    const QString ca = m_caFile->text().trimmed();
    if (ssl.startsWith(QLatin1String("verify")) && !ca.isEmpty() && !QFileInfo::exists(ca))
        return tr("The CA file %1 does not exist.").arg(ca);
    return {};
}

void ConnectionDialog::updateState()
{
    const QString problem = validationMessage();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    m_testButton->setEnabled(problem.isEmpty() && !m_testThread);
    m_urlText->setText(problem.isEmpty() ? url().toString() : QString());
    m_remember->setEnabled(!m_password->text().isEmpty());
    const bool insecure = problem.isEmpty() && connectionpolicy::isInsecure(url());
    m_tlsWarning->setVisible(insecure);
    if (insecure) {
        // The queue's "at risk" colour, for the theme in use.
        QPalette warningPalette = m_tlsWarning->palette();
        warningPalette.setColor(QPalette::WindowText,
                                CountdownDelegate::stateColor(ClockState::AtRisk, palette()));
        m_tlsWarning->setPalette(warningPalette);
        m_tlsWarning->setText(tr("The server is not on this computer and its certificate is "
                                 "not verified: choose verify-full unless you trust every "
                                 "network in between. Dueline asks before it connects."));
    }
    const bool verify = m_sslMode->currentData().toString().startsWith(QLatin1String("verify"));
    m_caFile->setPlaceholderText(verify ? tr("~/.postgresql/root.crt when empty") : QString());
    if (!m_testThread)
        m_message->setText(problem);
}

void ConnectionDialog::testConnection()
{
    if (m_testThread || !validationMessage().isEmpty())
        return;
    auto outcome = std::make_shared<TestOutcome>();
    const DatabaseUrl target = url();
    m_testThread = QThread::create([outcome, target] { *outcome = probe(target); });
    connect(m_testThread, &QThread::finished, this, [this, outcome] {
        m_testThread->deleteLater();
        m_testThread = nullptr;
        showTestResult(outcome->ok, outcome->text);
    });
    m_message->setText(tr("Connecting…"));
    m_testButton->setEnabled(false);
    m_testThread->start();
}

void ConnectionDialog::showTestResult(bool ok, const QString &text)
{
    m_testResult = text;
    m_message->setText(text);
    m_message->setForegroundRole(ok ? QPalette::WindowText : QPalette::BrightText);
    updateState();
    m_message->setText(text);
    emit testFinished(ok);
}

QString ConnectionDialog::testResultText() const
{
    return m_testResult;
}

void ConnectionDialog::accept()
{
    if (!validationMessage().isEmpty())
        return;
    const DatabaseUrl chosen = url();
    if (chosen.engine == Engine::PostgreSQL) {
        const QString key = chosen.toString();
        PasswordKeychain::Result stored;
        if (m_remember->isChecked() && !chosen.password.isEmpty())
            stored = PasswordKeychain::write(key, chosen.password);
        else
            stored = PasswordKeychain::remove(key);
        if (!stored.ok) {
            // The connection still works for this session; say why it will not be remembered.
            m_message->setText(stored.error);
            if (m_remember->isChecked()) {
                m_remember->setChecked(false);
                return; // let the user read it; a second OK goes on without the keychain
            }
        }
    }
    QDialog::accept();
}

void ConnectionDialog::browseSqlite()
{
    const QString path =
            QFileDialog::getSaveFileName(this, tr("Database File"), m_sqlitePath->text(),
                                         tr("Dueline databases (*.sqlite *.db);;All files (*)"),
                                         nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_sqlitePath->setText(path);
}

void ConnectionDialog::browseCaFile()
{
    const QString path =
            QFileDialog::getOpenFileName(this, tr("CA Certificate"), m_caFile->text(),
                                         tr("Certificates (*.crt *.pem);;All files (*)"));
    if (!path.isEmpty())
        m_caFile->setText(path);
}

void ConnectionDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ConnectionDialog::retranslateUi()
{
    setWindowTitle(tr("Connect to a Database"));
    m_engineLabel->setText(tr("&Database:"));
    m_engine->setItemText(SqliteIndex, tr("SQLite file on this computer"));
    m_engine->setItemText(PostgresIndex, tr("PostgreSQL server shared by the team"));
    auto setLabel = [](QFormLayout *form, QWidget *field, const QString &text) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
            label->setText(text);
    };
    setLabel(m_sqliteForm, m_sqlitePath->parentWidget(), tr("&File:"));
    m_sqliteBrowse->setText(tr("&Browse…"));
    setLabel(m_pgForm, m_host, tr("&Host:"));
    setLabel(m_pgForm, m_port, tr("&Port:"));
    setLabel(m_pgForm, m_database, tr("Database &name:"));
    setLabel(m_pgForm, m_user, tr("&User:"));
    setLabel(m_pgForm, m_password, tr("Pass&word:"));
    m_password->setPlaceholderText(tr("from ~/.pgpass when empty"));
    m_remember->setText(tr("&Remember the password in the system keychain"));
    setLabel(m_pgForm, m_sslMode, tr("T&LS:"));
    const QString sslNames[] = {
            tr("Off (disable)"),
            tr("Only if the server insists (allow)"),
            tr("When the server offers it (prefer)"),
            tr("Always, without checking the certificate (require)"),
            tr("Always, certificate signed by the CA (verify-ca)"),
            tr("Always, certificate and host name checked (verify-full)"),
    };
    for (int i = 0; i < m_sslMode->count(); ++i)
        m_sslMode->setItemText(i, sslNames[i]);
    setLabel(m_pgForm, m_caFile->parentWidget(), tr("C&A file:"));
    m_caBrowse->setText(tr("&Browse…"));
    m_urlLabel->setText(tr("URL:"));
    m_testButton->setText(tr("&Test Connection"));
    updateState();
}

} // namespace dueline
