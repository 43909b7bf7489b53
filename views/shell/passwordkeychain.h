// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Database passwords in the system keychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Manager) through QtKeychain. A password is filed under the database URL without its
// password, in the "Dueline" service; it never goes into settings, logs or the URL text.
// The calls wait for the keychain (it may ask the user to unlock it) while the event loop runs.
namespace dueline::PasswordKeychain {

struct Result
{
    bool ok = false;
    QString password; // read(): the stored password (empty when none is stored)
    QString error; // why the keychain refused, e.g. no keychain service on this desktop
};

// The key a URL's password is filed under.
QString keyFor(const QString &urlText);

Result read(const QString &urlText);
Result write(const QString &urlText, const QString &password);
Result remove(const QString &urlText);

} // namespace dueline::PasswordKeychain
