// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace dueline::csv {

QByteArray quote(const QString &field)
{
    QByteArray utf8 = field.toUtf8();
    bool needs = false;
    for (char c : utf8) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n') {
            needs = true;
            break;
        }
    }
    if (!needs)
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

QString escapeFormula(const QString &text)
{
    if (text.isEmpty())
        return text;
    switch (text.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
    case '\'':
        return QLatin1Char('\'') + text;
    default:
        return text;
    }
}

QString unescapeFormula(const QString &text)
{
    return text.startsWith(QLatin1Char('\'')) ? text.mid(1) : text;
}

void appendRecord(QByteArray &out, const QStringList &fields)
{
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        out += quote(fields.at(i));
    }
    out += "\r\n";
}

Reader::Reader(QIODevice *device)
    : m_device(device)
{ }

bool Reader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray chunk = m_device->read(1 << 20);
    if (chunk.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_buffer += chunk;
    if (m_first) {
        m_first = false;
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_buffer.remove(0, 3);
    }
    return true;
}

bool Reader::next(QStringList *fields, int *line)
{
    fields->clear();
    m_error.clear();
    m_errorField = 0;
    if (m_pos >= m_buffer.size() && !fill())
        return false;
    *line = m_line;
    QByteArray field;
    bool quoted = false;
    bool afterQuote = false; // a quoted field ended: only a separator may follow
    auto pushField = [&]() -> bool {
        // Stateless: a sequence cut off at the end of the field is an error, not dropped.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
        const QString text = decoder(field);
        if (decoder.hasError()) {
            m_error = QCoreApplication::translate("store", "field %1 is not valid UTF-8")
                              .arg(fields->size() + 1);
            m_errorLine = m_line;
            m_errorField = int(fields->size()) + 1;
            return false;
        }
        fields->append(text);
        field.clear();
        afterQuote = false;
        return true;
    };
    for (;;) {
        if (m_pos >= m_buffer.size()) {
            if (!fill()) {
                if (quoted) {
                    m_error = QCoreApplication::translate(
                            "store", "a quoted field is not closed before the end of the file");
                    m_errorLine = *line;
                    return false;
                }
                return pushField();
            }
        }
        const char c = m_buffer.at(m_pos);
        if (quoted) {
            if (c == '"') {
                if (m_pos + 1 >= m_buffer.size() && !m_eof) {
                    fill();
                    continue; // look at the next character first
                }
                if (m_pos + 1 < m_buffer.size() && m_buffer.at(m_pos + 1) == '"') {
                    field += '"';
                    m_pos += 2;
                    continue;
                }
                quoted = false;
                afterQuote = true;
                ++m_pos;
                continue;
            }
            if (c == '\n')
                ++m_line;
            field += c;
            ++m_pos;
            continue;
        }
        if (c == ',') {
            ++m_pos;
            if (!pushField())
                return false;
            continue;
        }
        if (c == '\r' || c == '\n') {
            ++m_pos;
            if (c == '\r') {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '\n')
                    ++m_pos;
            }
            ++m_line;
            return pushField();
        }
        if (afterQuote) {
            m_error = QCoreApplication::translate("store",
                                                  "unexpected text after a quoted field (field %1)")
                              .arg(fields->size() + 1);
            m_errorLine = m_line;
            return false;
        }
        if (c == '"') {
            if (!field.isEmpty()) {
                m_error = QCoreApplication::translate("store",
                                                      "a quote inside an unquoted field (field %1)")
                                  .arg(fields->size() + 1);
                m_errorLine = m_line;
                return false;
            }
            quoted = true;
            ++m_pos;
            continue;
        }
        field += c;
        ++m_pos;
    }
}

} // namespace dueline::csv
