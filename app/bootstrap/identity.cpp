// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/bootstrap/identity.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace dueline::bootstrap {

namespace {

QString databaseIdentity(const DatabaseUrl &url)
{
    if (url.engine == Engine::SQLite) {
        const QFileInfo file(url.path);
        const QString canonical = file.canonicalFilePath();
        return QStringLiteral("sqlite:") +
               (canonical.isEmpty() ? file.absoluteFilePath() : canonical);
    }
    return QStringLiteral("postgresql://%1:%2/%3")
            .arg(url.host, QString::number(url.port), url.database);
}

} // namespace

QString identityKey(const DatabaseUrl &url)
{
    const QByteArray digest =
            QCryptographicHash::hash(databaseIdentity(url).toUtf8(), QCryptographicHash::Sha256)
                    .toHex()
                    .left(24);
    return QStringLiteral("identity/") + QString::fromLatin1(digest);
}

QString rememberedLogin(const DatabaseUrl &url)
{
    const QSettings settings;
    const QString login = settings.value(identityKey(url)).toString();
    return login.isEmpty() ? settings.value(QStringLiteral("agent/login")).toString() : login;
}

void rememberLogin(const DatabaseUrl &url, const QString &login)
{
    QSettings().setValue(identityKey(url), login);
}

bool hasRememberedLogin(const DatabaseUrl &url)
{
    return !QSettings().value(identityKey(url)).toString().isEmpty();
}

} // namespace dueline::bootstrap
