// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

// RFC 4180 CSV in UTF-8: fields separated by commas, records by CRLF; a field with a comma, a
// quote, CR or LF is quoted and its quotes doubled.
namespace dueline::csv {

// Appends one record (CRLF-terminated) to `out`.
void appendRecord(QByteArray &out, const QStringList &fields);
QByteArray quote(const QString &field);

// Spreadsheet formula injection: a spreadsheet that opens the file runs a cell that starts with
// =, +, - or @ as a formula (and TAB or CR may hide such a start). escapeFormula() gives a text
// cell that starts with one of those characters, or with the escape character ' itself, one more
// leading '; unescapeFormula() removes exactly one leading ', so the two are exact inverses.
// Only for text: ids, numbers and instants are written as they are.
QString escapeFormula(const QString &text);
QString unescapeFormula(const QString &text);

// Reads records one by one; accepts LF or CRLF record ends and a UTF-8 byte-order mark.
class Reader
{
public:
    explicit Reader(QIODevice *device);
    // Next record into *fields; *line receives the line where it starts. Returns false at the
    // end (error() empty) or on a malformed record (error() says why; errorLine() where).
    bool next(QStringList *fields, int *line);
    QString error() const { return m_error; }
    int errorLine() const { return m_errorLine; }
    // The 1-based field of a record that is not valid UTF-8 (0 for other errors).
    int errorField() const { return m_errorField; }

private:
    bool fill();
    QIODevice *m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_eof = false;
    bool m_first = true;
    QString m_error;
    int m_errorLine = 0;
    int m_errorField = 0;
};

} // namespace dueline::csv
