// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the catalog loader on arbitrary bytes. A bad file must come back as an
// error naming the file; a good one must hold together.

#include "models/catalog/catalog.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace dueline;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const CatalogPtr catalog =
            Catalog::loadData({{QStringLiteral("fuzz.json"), bytes}}, false, &error);
    if (!catalog) {
        if (!error.startsWith(QLatin1String("fuzz.json")))
            std::abort();
        return 0;
    }
    for (const Plan &plan : catalog->plans()) {
        for (const QString &severity : plan.severities) {
            if (!plan.targetsFor(severity))
                std::abort();
        }
        if (!catalog->calendar(plan.calendarId))
            std::abort();
    }
    return 0;
}
