// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/connection.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QThread;

namespace dueline {

// File ▸ Connect: where the tickets live — a SQLite file, or a PostgreSQL server the whole team
// shares (host, port, database, user, TLS mode and CA file). "Test Connection" opens the
// database off the GUI thread and says what it found. The password is kept in the system keychain
// (QtKeychain) when the user asks for it, otherwise libpq reads ~/.pgpass; it never goes into the
// URL, the settings or a log, and a password the form was given for one server is dropped when
// the host, port or user change to another.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // Fills the form from `url` (and the keychain's password for it, when one is stored).
    void setUrl(const dueline::DatabaseUrl &url);
    // The database the form describes, with the typed password (not part of its text).
    dueline::DatabaseUrl url() const;

    // Empty when the form describes a database; otherwise what is missing, for the user.
    QString validationMessage() const;

    // Runs the connection test now; the result appears in testResultText() when it finishes
    // (testFinished is emitted).
    void testConnection();
    QString testResultText() const;
    bool isTesting() const { return m_testThread != nullptr; }

    void accept() override;

signals:
    void testFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void browseSqlite();
    void browseCaFile();
    void showTestResult(bool ok, const QString &text);
    // "host:port:user" the form shows now.
    QString formServer() const;
    // A password the form was given (the open connection's, or the keychain's) belongs to one
    // server: when host, port or user change, it is dropped (and not remembered).
    void forgetPasswordOfAnotherServer();

    QLabel *m_engineLabel = nullptr;
    QComboBox *m_engine = nullptr;
    QStackedWidget *m_pages = nullptr;

    QFormLayout *m_sqliteForm = nullptr;
    QLineEdit *m_sqlitePath = nullptr;
    QPushButton *m_sqliteBrowse = nullptr;

    QFormLayout *m_pgForm = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_caBrowse = nullptr;

    QLabel *m_urlLabel = nullptr;
    QLabel *m_urlText = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_tlsWarning = nullptr; // a server on another computer without verify-full
    QPushButton *m_testButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QThread *m_testThread = nullptr;
    QString m_testResult;
    QMap<QString, QString> m_otherOptions; // URL options the form has no field for, kept
    // formServer() when setUrl() filled the password (from the URL or the keychain); empty
    // when the field is empty or the user typed the password.
    QString m_passwordServer;
};

} // namespace dueline
