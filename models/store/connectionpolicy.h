// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/connection.h"

#include <QString>

// How Dueline talks to a PostgreSQL server (issue 15, "Connections"): what a URL option may
// carry, the libpq connection options built from it, and the TLS policy. No widgets, no clock;
// the environment (PGHOST, PGPORT, PGUSER, PGSSLMODE, PGPASSWORD, PGPASSFILE) is read where
// libpq would read it too.
namespace dueline::connectionpolicy {

// Why `value` cannot be given as the URL option `name` (empty: it can): a semicolon (Qt's
// PostgreSQL driver turns every ';' of its options into a space, so the value would not reach
// libpq as written) or a control character, or a value outside the option's set (sslmode,
// gssencmode, target_session_attrs) or not a number (connect_timeout, keepalives,
// keepalives_idle). One line naming the option.
QString optionProblem(const QString &name, const QString &value);

// A value quoted for a libpq conninfo string: '…' with \ and ' escaped by a backslash, so that
// spaces and "key=value" text inside it stay part of the value.
QString quoteConninfoValue(const QString &value);

// The option string for QSqlDatabase::setConnectOptions(): the URL's options plus Dueline's
// defaults (connect_timeout 10, application_name dueline) and channel_binding=require when
// needsChannelBinding(), every value quoted, joined by ';'. Check optionProblem() first.
QString connectOptions(const DatabaseUrl &url);

// The host libpq will connect to: the URL's, else PGHOST, else "" (the default Unix socket).
QString effectiveHost(const DatabaseUrl &url);
// The port: the URL's, else PGPORT, else 5432.
int effectivePort(const DatabaseUrl &url);
// The sslmode libpq will use: the URL's, else PGSSLMODE, else "prefer" (libpq's default).
QString effectiveSslMode(const DatabaseUrl &url);
// "host:port" of the server, for messages and for the GUI's remembered answers.
QString serverKey(const DatabaseUrl &url);

// Whether `host` is this computer: empty (the default Unix socket), a Unix-socket folder
// ("/…"), "localhost", an IPv4 address in 127.0.0.0/8 or the IPv6 address ::1. Host lists and
// names that resolve to a loopback address are not: only what is certain counts.
bool isLoopbackHost(const QString &host);
// Whether a Unix-socket connection (no TLS at all) is meant: empty host or "/…".
bool isSocketHost(const QString &host);
// Whether an sslmode leaves the server's identity unchecked: every mode but verify-full.
bool isWeakSslMode(const QString &mode);
// Whether connecting to `url` sends passwords and data to a server that is not on this
// computer without verifying who it is: PostgreSQL, a non-loopback host, a weak sslmode.
bool isInsecure(const DatabaseUrl &url);

// Whether a password may be sent: one typed or from the keychain (url.password), PGPASSWORD,
// or a matching line of the password file (PGPASSFILE, else ~/.pgpass).
bool mayPassPassword(const DatabaseUrl &url);
// Whether libpq is told channel_binding=require: a password may be sent over a TCP connection
// with TLS required (sslmode require, verify-ca or verify-full). The server then has to prove
// with SCRAM channel binding that it holds the TLS certificate's key, so a machine in the
// middle that terminates TLS itself cannot learn or relay the login.
bool needsChannelBinding(const DatabaseUrl &url);

// The one-line message for an insecure connection (isInsecure()), saying what to do.
QString insecureMessage(const DatabaseUrl &url);

} // namespace dueline::connectionpolicy
