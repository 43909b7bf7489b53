// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/clihome.h"

#include <QDir>
#include <QProcess>

namespace testsupport {

bool CliRun::isOneLineError(const QString &command) const
{
    return err.startsWith(QStringLiteral("dueline-cli %1: ").arg(command)) &&
           err.endsWith(QLatin1Char('\n')) && err.count(QLatin1Char('\n')) == 1;
}

CliHome::CliHome(const QString &program)
    : m_program(program)
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    for (const char *name : {"DUELINE_DB", "DUELINE_CATALOG", "PGPASSWORD"})
        m_environment.remove(QString::fromLatin1(name));
    if (!m_environment.contains(QStringLiteral("DUELINE_LANG")))
        m_environment.insert(QStringLiteral("DUELINE_LANG"), QStringLiteral("en"));
    m_environment.insert(QStringLiteral("HOME"), m_dir.path());
    const char *folders[][2] = {{"XDG_CONFIG_HOME", "config"},
                                {"XDG_DATA_HOME", "data"},
                                {"XDG_CACHE_HOME", "cache"},
                                {"XDG_STATE_HOME", "state"}};
    for (const auto &folder : folders) {
        const QString path = m_dir.filePath(QString::fromLatin1(folder[1]));
        QDir().mkpath(path);
        m_environment.insert(QString::fromLatin1(folder[0]), path);
    }
}

CliRun CliHome::run(const QStringList &arguments, const QByteArray &input) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.start(m_program, arguments);
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(300000))
        qFatal("%s did not finish", qPrintable(m_program));
    return {process.exitCode(), process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

void CliHome::setEnvironment(const QString &name, const QString &value)
{
    m_environment.insert(name, value);
}

QString CliHome::settingsFile() const
{
    return m_dir.filePath(QStringLiteral("config/Dueline/Dueline.conf"));
}

} // namespace testsupport
