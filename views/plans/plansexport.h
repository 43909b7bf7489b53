// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QImage>
#include <QString>
#include <QStringList>
#include <QVector>

#include <utility>

class QPrinter;

// Export of the Plans workspace's tables: CSV (RFC 4180, UTF-8 without a byte-order mark) and a
// printed document (title, date, inputs, the table, optionally the chart with its legend) for PDF
// files and the system's printers. Printed pages repeat the table's header rows, keep a heading
// with what follows it when that fits on a page, and end with the title and "page N of M".
namespace dueline::PlansExport {

struct Row
{
    QStringList cells;
    QVector<bool> best; // per cell: the best value of its row (bold, tinted)
    bool section = false; // a section title spanning the table (only cells[0] is used)
};

// A line of a chart's legend: its colour and whose it is.
struct LegendEntry
{
    QColor color;
    QString name;
};

struct Document
{
    QString title;
    QStringList inputs; // "Incident: …", "Opened: …"
    QStringList notes; // warnings, shown in a box under the inputs
    QStringList bands; // optional provider band per column; equal neighbours are joined
    QStringList header;
    QVector<Row> rows;
    // More columns after the first than this (0: no limit) print as several tables, each with
    // the first column, cut between bands where they allow it.
    int columnsPerPart = 0;
    // Each column's share of the width in percent (0 or none: as its texts need).
    QVector<int> columnPercents;
    bool landscape = false;
    QImage image; // optional, after the table
    QString imageTitle;
    QVector<LegendEntry> legend; // under the image: a colour key and the name of each line
    QStringList legendNotes; // under the legend ("not drawn: …")
    QString appendixTitle; // optional, after the image: preformatted lines
    QStringList appendix;
};

// One record per row, fields quoted when they hold a comma, a quote, CR or LF (quotes doubled),
// records ended by CRLF. The first record is `header`.
QByteArray csv(const QStringList &header, const QVector<QStringList> &rows);
bool writeCsv(const QStringList &header, const QVector<QStringList> &rows, const QString &path,
              QString *error);

// The column ranges [first, last] the table is printed in (the first column repeated in each):
// one range of every column after the first, or parts of at most columnsPerPart columns.
QVector<std::pair<int, int>> tableParts(const Document &document);

// The document as HTML for QTextDocument (tables, a provider band, best cells tinted).
QString html(const Document &document);
// Lays the document out on `printer` (any output format) and prints it.
void print(const Document &document, QPrinter *printer);
// Writes the document to a PDF file.
bool writePdf(const Document &document, const QString &path, QString *error);

} // namespace dueline::PlansExport
