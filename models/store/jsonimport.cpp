// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON reader of an import: the document's sections in order (catalog, agents, customers,
// tickets with their events), each object handed to the import run as a record.

#include "models/store/importrun_p.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dueline::exchange {

namespace {

// JSON values to the string fields the importer checks.
bool jsonValues(const QJsonObject &object, RecordType type, const Location &loc, Values *v,
                StoreError *error, const QStringList &extraKeys = {})
{
    const QVector<int> &allowed = fieldsOf(type);
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        int column = -1;
        for (int c = Id; c < ColumnCount; ++c) {
            if (it.key() == QLatin1String(columnNames[c]))
                column = c;
        }
        if (extraKeys.contains(it.key()))
            continue;
        if (column < 0 || !allowed.contains(column) ||
            (type == RecordType::Event && column == TicketCol))
            return storeFail(error, StoreError::Kind::Import,
                             QStringLiteral("%1: %2.%3: ").arg(loc.file, loc.path, it.key()) +
                                     QCoreApplication::translate("store", "unknown field"));
        const QJsonValue value = it.value();
        QString &text = (*v)[column];
        if (value.isNull()) {
            text.clear();
        } else if (value.isString()) {
            if (isNumeric(column))
                return storeFail(error, StoreError::Kind::Import,
                                 loc.at(column) + QStringLiteral(": ") +
                                         QCoreApplication::translate("store", "expected a number"));
            text = value.toString();
        } else if (value.isDouble()) {
            const double d = value.toDouble();
            if (!isNumeric(column) || d != double(qint64(d)))
                return storeFail(error, StoreError::Kind::Import,
                                 loc.at(column) + QStringLiteral(": ") +
                                         (isNumeric(column)
                                                  ? QCoreApplication::translate(
                                                            "store", "expected a whole number")
                                                  : QCoreApplication::translate(
                                                            "store", "expected a string")));
            text = QString::number(qint64(d));
        } else {
            return storeFail(
                    error, StoreError::Kind::Import,
                    loc.at(column) + QStringLiteral(": ") +
                            (isNumeric(column)
                                     ? QCoreApplication::translate("store", "expected a number")
                                     : QCoreApplication::translate("store", "expected a string")));
        }
    }
    return true;
}

// The key whose string value holds byte `offset` of a JSON text (where the parser found an
// invalid UTF-8 sequence), or an empty string when the offset is not inside such a value.
QString jsonKeyAt(const QByteArray &data, qsizetype offset)
{
    // An unescaped quote: one not preceded by an odd number of backslashes.
    auto unescapedQuote = [&data](qsizetype i) {
        if (i < 0 || data.at(i) != '"')
            return false;
        qsizetype slashes = 0;
        while (i - 1 - slashes >= 0 && data.at(i - 1 - slashes) == '\\')
            ++slashes;
        return slashes % 2 == 0;
    };
    auto skipSpaceBack = [&data](qsizetype i) {
        while (i >= 0 && (data.at(i) == ' ' || data.at(i) == '\n' || data.at(i) == '\r' ||
                          data.at(i) == '\t'))
            --i;
        return i;
    };
    qsizetype i = std::min(offset, data.size()) - 1;
    while (i >= 0 && !unescapedQuote(i))
        --i; // the value's opening quote
    i = skipSpaceBack(i - 1);
    if (i < 0 || data.at(i) != ':')
        return {};
    i = skipSpaceBack(i - 1);
    if (!unescapedQuote(i))
        return {};
    const qsizetype end = i;
    --i;
    while (i >= 0 && !unescapedQuote(i))
        --i;
    if (i < 0 || end - i - 1 > 64)
        return {};
    return QString::fromUtf8(data.mid(i + 1, end - i - 1));
}

} // namespace

bool importJson(ImportRun &run, QIODevice *in, const QString &fileName, StoreError *error)
{
    const QByteArray data = in->readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = data.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        if (parseError.error == QJsonParseError::IllegalUTF8String) {
            const QString key = jsonKeyAt(data, parseError.offset);
            return storeFail(
                    error, StoreError::Kind::Import,
                    QStringLiteral("%1:%2: ").arg(fileName).arg(line) +
                            (key.isEmpty() ? QString() : QStringLiteral("field %1: ").arg(key)) +
                            QCoreApplication::translate("store", "not valid UTF-8"));
        }
        return storeFail(error, StoreError::Kind::Import,
                         QStringLiteral("%1:%2: ").arg(fileName).arg(line) +
                                 QCoreApplication::translate("store", "not valid JSON (%1)")
                                         .arg(parseError.errorString()));
    }
    auto failAt = [&](const QString &path, const QString &reason) {
        return storeFail(error, StoreError::Kind::Import,
                         QStringLiteral("%1: %2: ").arg(fileName, path) + reason);
    };
    if (!doc.isObject())
        return failAt(QStringLiteral("$"),
                      QCoreApplication::translate("store", "expected an object"));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("dueline-tickets"))
        return failAt(QStringLiteral("$.format"),
                      QCoreApplication::translate("store", "expected \"dueline-tickets\""));
    if (root.value(QStringLiteral("version")).toInt() != Exchange::JsonVersion)
        return failAt(
                QStringLiteral("$.version"),
                QCoreApplication::translate("store", "expected %1 (this Dueline reads version %1)")
                        .arg(Exchange::JsonVersion));
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        static const QStringList known{QStringLiteral("format"),    QStringLiteral("version"),
                                       QStringLiteral("catalog"),   QStringLiteral("agents"),
                                       QStringLiteral("customers"), QStringLiteral("tickets")};
        if (!known.contains(it.key()))
            return failAt(QStringLiteral("$.") + it.key(),
                          QCoreApplication::translate("store", "unknown field"));
    }
    const struct
    {
        const char *key;
        RecordType type;
    } sections[] = {{"catalog", RecordType::Catalog},
                    {"agents", RecordType::Agent},
                    {"customers", RecordType::Customer},
                    {"tickets", RecordType::Ticket}};
    for (const auto &section : sections) {
        const QString key = QString::fromLatin1(section.key);
        const QJsonValue value = root.value(key);
        if (value.isUndefined())
            continue;
        if (!value.isArray())
            return failAt(QStringLiteral("$.") + key,
                          QCoreApplication::translate("store", "expected an array"));
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            Location loc;
            loc.file = fileName;
            loc.path = QStringLiteral("$.%1[%2]").arg(key).arg(i);
            if (!array.at(i).isObject())
                return failAt(loc.path, QCoreApplication::translate("store", "expected an object"));
            const QJsonObject object = array.at(i).toObject();
            Values v;
            if (!jsonValues(object, section.type, loc, &v, error,
                            section.type == RecordType::Ticket
                                    ? QStringList{QStringLiteral("events")}
                                    : QStringList{}))
                return false;
            if (!run.add(section.type, v, loc, error))
                return false;
            if (section.type != RecordType::Ticket)
                continue;
            const QJsonValue events = object.value(QStringLiteral("events"));
            if (!events.isArray())
                return failAt(loc.path + QStringLiteral(".events"),
                              QCoreApplication::translate("store", "expected an array"));
            const QJsonArray list = events.toArray();
            for (qsizetype j = 0; j < list.size(); ++j) {
                Location eventLoc;
                eventLoc.file = fileName;
                eventLoc.path = QStringLiteral("%1.events[%2]").arg(loc.path).arg(j);
                if (!list.at(j).isObject())
                    return failAt(eventLoc.path,
                                  QCoreApplication::translate("store", "expected an object"));
                Values ev;
                if (!jsonValues(list.at(j).toObject(), RecordType::Event, eventLoc, &ev, error))
                    return false;
                ev[TicketCol] = v[Id];
                if (!run.add(RecordType::Event, ev, eventLoc, error))
                    return false;
            }
        }
    }
    return true;
}

} // namespace dueline::exchange
