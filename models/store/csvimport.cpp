// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV reader of an import: the header line (every column once, in any order), then one
// record a line, each handed to the import run.

#include "models/store/importrun_p.h"

#include "models/store/csv.h"
#include "models/store/inputlimits.h"

#include <QCoreApplication>

namespace dueline::exchange {

bool importCsv(ImportRun &run, QIODevice *in, const QString &fileName, StoreError *error)
{
    csv::Reader reader(in);
    QStringList fields;
    int line = 0;
    if (!reader.next(&fields, &line)) {
        if (!reader.error().isEmpty())
            return storeFail(error, StoreError::Kind::Import,
                             QStringLiteral("%1:%2: %3")
                                     .arg(fileName)
                                     .arg(reader.errorLine())
                                     .arg(reader.error()));
        return storeFail(error, StoreError::Kind::Import,
                         QStringLiteral("%1:1: ").arg(fileName) +
                                 QCoreApplication::translate(
                                         "store", "the file is empty (expected the header line)"));
    }
    // Header: every column once, in any order.
    QVector<int> columnOfField(fields.size(), -1);
    QVector<bool> seen(ColumnCount, false);
    for (int i = 0; i < fields.size(); ++i) {
        int column = -1;
        for (int c = 0; c < ColumnCount; ++c) {
            if (fields.at(i) == QLatin1String(columnNames[c]))
                column = c;
        }
        if (column < 0)
            return storeFail(error, StoreError::Kind::Import,
                             QStringLiteral("%1:%2: ").arg(fileName).arg(line) +
                                     QCoreApplication::translate("store", "unknown column \"%1\"")
                                             .arg(fields.at(i)));
        if (seen[column])
            return storeFail(
                    error, StoreError::Kind::Import,
                    QStringLiteral("%1:%2: ").arg(fileName).arg(line) +
                            QCoreApplication::translate("store", "column \"%1\" appears twice")
                                    .arg(fields.at(i)));
        seen[column] = true;
        columnOfField[i] = column;
    }
    for (int c = 0; c < ColumnCount; ++c) {
        if (!seen[c])
            return storeFail(
                    error, StoreError::Kind::Import,
                    QStringLiteral("%1:%2: ").arg(fileName).arg(line) +
                            QCoreApplication::translate("store", "column \"%1\" is missing")
                                    .arg(columnName(c)));
    }
    while (reader.next(&fields, &line)) {
        if (fields.size() == 1 && fields.first().isEmpty())
            continue; // a blank line
        Location loc;
        loc.file = fileName;
        loc.line = line;
        if (fields.size() != columnOfField.size())
            return storeFail(
                    error, StoreError::Kind::Import,
                    loc.at() + QStringLiteral(": ") +
                            QCoreApplication::translate("store", "expected %1 fields, found %2")
                                    .arg(columnOfField.size())
                                    .arg(fields.size()));
        Values v;
        for (int i = 0; i < fields.size(); ++i) {
            const int column = columnOfField.at(i);
            v[column] = isText(column) ? csv::unescapeFormula(fields.at(i)) : fields.at(i);
        }
        if (const QString problem = inputlimits::lineProblem(v[Record], inputlimits::LineChars);
            !problem.isEmpty())
            return storeFail(error, StoreError::Kind::Import,
                             loc.at(Record) + QStringLiteral(": ") + problem);
        RecordType type;
        if (v[Record] == QLatin1String("catalog"))
            type = RecordType::Catalog;
        else if (v[Record] == QLatin1String("agent"))
            type = RecordType::Agent;
        else if (v[Record] == QLatin1String("customer"))
            type = RecordType::Customer;
        else if (v[Record] == QLatin1String("ticket"))
            type = RecordType::Ticket;
        else if (v[Record] == QLatin1String("event"))
            type = RecordType::Event;
        else
            return storeFail(
                    error, StoreError::Kind::Import,
                    loc.at(Record) + QStringLiteral(": ") +
                            QCoreApplication::translate(
                                    "store",
                                    "expected catalog, agent, customer, ticket or event, not "
                                    "\"%1\"")
                                    .arg(v[Record]));
        if (!run.add(type, v, loc, error))
            return false;
    }
    if (reader.errorField() > 0 && reader.errorField() <= columnOfField.size()) {
        Location loc;
        loc.file = fileName;
        loc.line = reader.errorLine();
        return storeFail(error, StoreError::Kind::Import,
                         loc.at(columnOfField.at(reader.errorField() - 1)) + QStringLiteral(": ") +
                                 QCoreApplication::translate("store", "not valid UTF-8"));
    }
    if (!reader.error().isEmpty())
        return storeFail(error, StoreError::Kind::Import,
                         QStringLiteral("%1:%2: %3")
                                 .arg(fileName)
                                 .arg(reader.errorLine())
                                 .arg(reader.error()));
    return true;
}

} // namespace dueline::exchange
