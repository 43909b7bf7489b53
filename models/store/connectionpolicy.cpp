// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/connectionpolicy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringList>
#include <QTextStream>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <unistd.h>

namespace dueline::connectionpolicy {

namespace {

const QString sslModeKey = QStringLiteral("sslmode");

// The values libpq accepts for the options with a fixed set (PostgreSQL 15).
QStringList allowedValues(const QString &name)
{
    if (name == sslModeKey)
        return {QStringLiteral("disable"),   QStringLiteral("allow"),
                QStringLiteral("prefer"),    QStringLiteral("require"),
                QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    if (name == QLatin1String("gssencmode"))
        return {QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require")};
    if (name == QLatin1String("target_session_attrs"))
        return {QStringLiteral("any"),       QStringLiteral("read-write"),
                QStringLiteral("read-only"), QStringLiteral("primary"),
                QStringLiteral("standby"),   QStringLiteral("prefer-standby")};
    return {};
}

bool isNumberOption(const QString &name)
{
    return name == QLatin1String("connect_timeout") || name == QLatin1String("keepalives") ||
           name == QLatin1String("keepalives_idle");
}

// One field of a password-file line matches: "*" or the same text.
bool pgpassFieldMatches(const QString &field, const QString &value)
{
    return field == QLatin1String("*") || field == value;
}

// The fields of one password-file line: ':' separates, '\' escapes the next character.
QStringList pgpassFields(const QString &line)
{
    QStringList fields{QString()};
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == QLatin1Char('\\') && i + 1 < line.size())
            fields.last().append(line.at(++i));
        else if (c == QLatin1Char(':'))
            fields.append(QString());
        else
            fields.last().append(c);
    }
    return fields;
}

QString osUserName()
{
    if (const passwd *pw = getpwuid(geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}

// Whether the password file has a line for this host, port, database and user (libpq's own
// matching: "localhost" for the default socket, "*" matches anything).
bool pgpassHasEntry(const DatabaseUrl &url)
{
    QString path = qEnvironmentVariable("PGPASSFILE");
    if (path.isEmpty())
        path = QDir::homePath() + QStringLiteral("/.pgpass");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    QString host = effectiveHost(url);
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    const QString port = QString::number(effectivePort(url));
    QString user = url.user.isEmpty() ? qEnvironmentVariable("PGUSER") : url.user;
    if (user.isEmpty())
        user = osUserName();
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = pgpassFields(line);
        if (f.size() >= 5 && pgpassFieldMatches(f[0], host) && pgpassFieldMatches(f[1], port) &&
            pgpassFieldMatches(f[2], url.database) && pgpassFieldMatches(f[3], user))
            return true;
    }
    return false;
}

} // namespace

QString optionProblem(const QString &name, const QString &value)
{
    if (value.contains(QLatin1Char(';')))
        return QCoreApplication::translate(
                       "store", "connection option %1: a semicolon is not allowed in its value")
                .arg(name);
    for (const QChar c : value) {
        if (c.category() == QChar::Other_Control)
            return QCoreApplication::translate(
                           "store",
                           "connection option %1: control characters are not allowed in its value")
                    .arg(name);
    }
    const QStringList allowed = allowedValues(name);
    if (!allowed.isEmpty() && !allowed.contains(value))
        return QCoreApplication::translate("store", "connection option %1 must be one of: %2")
                .arg(name, allowed.join(QStringLiteral(", ")));
    if (isNumberOption(name)) {
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok || number < 0 || value.startsWith(QLatin1Char('+')))
            return QCoreApplication::translate("store",
                                               "connection option %1 must be a whole number")
                    .arg(name);
    }
    return {};
}

QString quoteConninfoValue(const QString &value)
{
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    quoted.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString connectOptions(const DatabaseUrl &url)
{
    QMap<QString, QString> options = url.options;
    if (!options.contains(QStringLiteral("connect_timeout")))
        options.insert(QStringLiteral("connect_timeout"), QStringLiteral("10"));
    if (!options.contains(QStringLiteral("application_name")))
        options.insert(QStringLiteral("application_name"), QStringLiteral("dueline"));
    if (needsChannelBinding(url))
        options.insert(QStringLiteral("channel_binding"), QStringLiteral("require"));
    QStringList parts;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        parts.append(it.key() + QLatin1Char('=') + quoteConninfoValue(it.value()));
    return parts.join(QLatin1Char(';'));
}

QString effectiveHost(const DatabaseUrl &url)
{
    return url.host.isEmpty() ? qEnvironmentVariable("PGHOST") : url.host;
}

int effectivePort(const DatabaseUrl &url)
{
    if (url.port > 0)
        return url.port;
    bool ok = false;
    const int port = qEnvironmentVariableIntValue("PGPORT", &ok);
    return ok && port > 0 && port < 65536 ? port : 5432;
}

QString effectiveSslMode(const DatabaseUrl &url)
{
    QString mode = url.options.value(sslModeKey);
    if (mode.isEmpty())
        mode = qEnvironmentVariable("PGSSLMODE");
    return mode.isEmpty() ? QStringLiteral("prefer") : mode;
}

QString serverKey(const DatabaseUrl &url)
{
    const QString host = effectiveHost(url);
    return (host.isEmpty() ? QStringLiteral("localhost") : host) + QLatin1Char(':') +
           QString::number(effectivePort(url));
}

bool isSocketHost(const QString &host)
{
    return host.isEmpty() || host.startsWith(QLatin1Char('/'));
}

bool isLoopbackHost(const QString &host)
{
    if (isSocketHost(host) || host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QByteArray text = host.toLatin1();
    if (QString::fromLatin1(text) != host)
        return false;
    in_addr v4{};
    if (inet_pton(AF_INET, text.constData(), &v4) == 1)
        return (ntohl(v4.s_addr) >> 24) == 127;
    in6_addr v6{};
    if (inet_pton(AF_INET6, text.constData(), &v6) == 1)
        return IN6_IS_ADDR_LOOPBACK(&v6);
    return false;
}

bool isWeakSslMode(const QString &mode)
{
    return mode != QLatin1String("verify-full");
}

bool isInsecure(const DatabaseUrl &url)
{
    return url.engine == Engine::PostgreSQL && !isLoopbackHost(effectiveHost(url)) &&
           isWeakSslMode(effectiveSslMode(url));
}

bool mayPassPassword(const DatabaseUrl &url)
{
    return !url.password.isEmpty() || !qEnvironmentVariable("PGPASSWORD").isEmpty() ||
           pgpassHasEntry(url);
}

bool needsChannelBinding(const DatabaseUrl &url)
{
    const QString mode = effectiveSslMode(url);
    const bool tlsRequired = mode == QLatin1String("require") ||
                             mode == QLatin1String("verify-ca") ||
                             mode == QLatin1String("verify-full");
    return url.engine == Engine::PostgreSQL && tlsRequired && !isSocketHost(effectiveHost(url)) &&
           mayPassPassword(url);
}

QString insecureMessage(const DatabaseUrl &url)
{
    const QString mode = url.options.value(sslModeKey);
    const QString why = mode.isEmpty() && qEnvironmentVariable("PGSSLMODE").isEmpty()
                                ? QCoreApplication::translate("store", "no sslmode is given")
                                : QCoreApplication::translate("store", "sslmode=%1 is set")
                                          .arg(effectiveSslMode(url));
    return QCoreApplication::translate(
                   "store",
                   "%1 is not on this computer and %2, so the server's certificate is not "
                   "verified: add sslmode=verify-full to the URL (and sslrootcert=FILE when the "
                   "CA is not in ~/.postgresql/root.crt)")
            .arg(serverKey(url), why);
}

} // namespace dueline::connectionpolicy
