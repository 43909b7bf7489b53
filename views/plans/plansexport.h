#pragma once

#include <QImage>
#include <QString>
#include <QStringList>
#include <QVector>

class QPrinter;

// Export of the Plans workspace's tables: CSV (RFC 4180, UTF-8 without a byte-order mark) and a
// printed document (title, date, inputs, the table, optionally the chart) for PDF files and the
// system's printers.
namespace dueline::PlansExport {

struct Row
{
    QStringList cells;
    QVector<bool> best; // per cell: the best value of its row (bold, tinted)
    bool section = false; // a section title spanning the table (only cells[0] is used)
};

struct Document
{
    QString title;
    QStringList inputs; // "Incident: …", "Opened: …"
    QStringList notes; // warnings, shown in a box under the inputs
    QStringList bands; // optional provider band per column; equal neighbours are joined
    QStringList header;
    QVector<Row> rows;
    bool landscape = false;
    QImage image; // optional, after the table
    QString imageTitle;
    QString appendixTitle; // optional, after the image: preformatted lines
    QStringList appendix;
};

// One record per row, fields quoted when they hold a comma, a quote, CR or LF (quotes doubled),
// records ended by CRLF. The first record is `header`.
QByteArray csv(const QStringList &header, const QVector<QStringList> &rows);
bool writeCsv(const QStringList &header, const QVector<QStringList> &rows, const QString &path,
              QString *error);

// The document as HTML for QTextDocument (tables, a provider band, best cells tinted).
QString html(const Document &document);
// Lays the document out on `printer` (any output format) and prints it.
void print(const Document &document, QPrinter *printer);
// Writes the document to a PDF file.
bool writePdf(const Document &document, const QString &path, QString *error);

} // namespace dueline::PlansExport
