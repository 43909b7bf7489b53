// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: iCalendar day-off import on arbitrary bytes.

#include "models/catalog/icsimport.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace dueline;
    // libical reads a NUL-terminated string.
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto import = IcsImport::parse(bytes, QStringLiteral("fuzz.ics"), 2020, 2030, &error);
    if (!import) {
        if (!error.startsWith(QLatin1String("fuzz.ics: ")))
            std::abort();
        return 0;
    }
    for (int i = 1; i < import->days.size(); ++i) {
        if (!(import->days.at(i - 1).date < import->days.at(i).date))
            std::abort();
    }
    return 0;
}
