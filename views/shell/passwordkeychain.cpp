// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/shell/passwordkeychain.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>

namespace dueline::PasswordKeychain {

namespace {

const QString service = QStringLiteral("Dueline");

Result run(QKeychain::Job &job, bool readPassword)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);

    Result result;
    switch (job.error()) {
    case QKeychain::NoError:
        result.ok = true;
        if (readPassword)
            result.password = static_cast<QKeychain::ReadPasswordJob &>(job).textData();
        break;
    case QKeychain::EntryNotFound:
        result.ok = true; // nothing stored: not an error
        break;
    case QKeychain::NoBackendAvailable:
        result.error = QCoreApplication::translate(
                "PasswordKeychain",
                "No system keychain is available on this desktop. Put the password into "
                "~/.pgpass instead.");
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        result.error = QCoreApplication::translate("PasswordKeychain",
                                                   "The system keychain refused access.");
        break;
    default:
        result.error =
                QCoreApplication::translate("PasswordKeychain", "The system keychain failed: %1")
                        .arg(job.errorString());
        break;
    }
    return result;
}

} // namespace

QString keyFor(const QString &urlText)
{
    return QStringLiteral("database:") + urlText;
}

Result read(const QString &urlText)
{
    QKeychain::ReadPasswordJob job(service);
    job.setKey(keyFor(urlText));
    return run(job, true);
}

Result write(const QString &urlText, const QString &password)
{
    QKeychain::WritePasswordJob job(service);
    job.setKey(keyFor(urlText));
    job.setTextData(password);
    return run(job, false);
}

Result remove(const QString &urlText)
{
    QKeychain::DeletePasswordJob job(service);
    job.setKey(keyFor(urlText));
    return run(job, false);
}

} // namespace dueline::PasswordKeychain
