// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the ticket import (CSV and JSON) on arbitrary bytes, into a real SQLite
// database. The first byte picks the format. An import is all or nothing: a rejected file must
// come back as an error naming the file and leave every table as it was.

#include "models/catalog/catalog.h"
#include "models/store/connection.h"
#include "models/store/exchange.h"
#include "models/store/migrations.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

using namespace dueline;

struct Fixture
{
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Connection> connection;
    CatalogPtr catalog;
};

Fixture *fixture = nullptr;

[[noreturn]] void die(const char *what, const QString &message)
{
    std::fprintf(stderr, "fuzz_import: %s: %s\n", what, qPrintable(message));
    std::abort();
}

qint64 count(const char *table)
{
    QSqlQuery query = fixture->connection->query();
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) ||
        !query.next())
        die("count", sqlErrorText(query));
    return query.value(0).toLongLong();
}

// Events are append-only (a trigger refuses DELETE), so a fresh database replaces the one an
// accepted import filled.
void reopen()
{
    fixture->connection.reset();
    const QString path = fixture->dir->filePath(QStringLiteral("f.db"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    StoreError error;
    fixture->connection =
            Connection::open(DatabaseUrl::sqlite(path), Connection::Mode::CreateIfMissing, &error);
    if (!fixture->connection || Migrations::migrate(*fixture->connection, 0, &error) < 0)
        die("open", error.message);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fixture = new Fixture;
    fixture->app = std::make_unique<QCoreApplication>(*argc, *argv);
    fixture->dir = std::make_unique<QTemporaryDir>();
    QString message;
    fixture->catalog = Catalog::loadBuiltIn(&message);
    if (!fixture->catalog)
        die("catalog", message);
    reopen();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const ExchangeFormat format = (data[0] & 1) ? ExchangeFormat::Json : ExchangeFormat::Csv;
    QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);

    ExchangeSummary summary;
    StoreError error;
    const bool ok = Exchange::importFrom(*fixture->connection, *fixture->catalog, &in,
                                         QStringLiteral("fuzz.in"), format, &summary, &error);
    if (!ok) {
        if (!error.message.startsWith(QLatin1String("fuzz.in")))
            die("error does not name the file", error.message);
        for (const char *table : {"events", "tickets", "customers", "agents"}) {
            if (count(table) != 0)
                die("a rejected import wrote rows into", QLatin1String(table));
        }
        return 0;
    }
    if (count("tickets") != summary.tickets || count("events") != summary.events)
        die("summary", QStringLiteral("counts differ from the rows written"));
    reopen();
    return 0;
}
