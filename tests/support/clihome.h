// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// dueline-cli run as a user would, with a home of its own: HOME and the XDG folders point into a
// temporary folder, so what it remembers (who I am on which database, the language) neither
// reads nor touches the settings of the person running the tests, nor leaks from one test to
// the next. Messages in English (DUELINE_LANG=en unless set), no DUELINE_DB or DUELINE_CATALOG.
namespace testsupport {

struct CliRun
{
    int code = 0;
    QByteArray out;
    QString err;

    QString text() const { return QString::fromUtf8(out); }
    // Exactly one line on stderr, "dueline-cli COMMAND: …".
    bool isOneLineError(const QString &command) const;
};

class CliHome
{
public:
    explicit CliHome(const QString &program);

    bool isValid() const { return m_dir.isValid(); }
    // Runs the program with `arguments`, `input` on its standard input. Waits up to 5 minutes.
    CliRun run(const QStringList &arguments, const QByteArray &input = {}) const;
    // An environment variable for the following runs (DUELINE_LANG, PGPASSWORD, …).
    void setEnvironment(const QString &name, const QString &value);
    // A file in the temporary folder.
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // The settings file dueline-cli and Dueline share ($XDG_CONFIG_HOME/Dueline/Dueline.conf).
    QString settingsFile() const;

private:
    QString m_program;
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
};

} // namespace testsupport
