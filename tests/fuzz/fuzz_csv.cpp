// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the RFC 4180 CSV reader on arbitrary bytes. It must never crash; a malformed
// record must come back as an error with a line; and whatever it reads must survive writing and
// reading again unchanged.

#include "models/store/csv.h"

#include <QBuffer>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace dueline;
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    csv::Reader reader(&in);
    QList<QStringList> records;
    QStringList fields;
    int line = 0;
    int previousLine = 0;
    while (reader.next(&fields, &line)) {
        if (line < 1 || line < previousLine)
            std::abort(); // records start on increasing lines
        previousLine = line;
        records.append(fields);
    }
    if (!reader.error().isEmpty()) {
        if (reader.errorLine() < 1)
            std::abort(); // an error always names its line
        return 0;
    }

    // Round trip: what was read, written again, reads back the same.
    QByteArray written;
    for (const QStringList &record : std::as_const(records))
        csv::appendRecord(written, record);
    QBuffer again(&written);
    again.open(QIODevice::ReadOnly);
    csv::Reader rereader(&again);
    qsizetype i = 0;
    while (rereader.next(&fields, &line)) {
        if (i >= records.size() || fields != records.at(i))
            std::abort();
        ++i;
    }
    if (!rereader.error().isEmpty() || i != records.size())
        std::abort();
    return 0;
}
