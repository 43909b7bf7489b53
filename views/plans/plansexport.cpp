// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/plans/plansexport.h"

#include "models/item/dateformat.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPrinter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace dueline::PlansExport {

namespace {

QByteArray csvField(const QString &text)
{
    QByteArray field = text.toUtf8();
    if (field.contains(',') || field.contains('"') || field.contains('\r') ||
        field.contains('\n')) {
        field.replace("\"", "\"\"");
        field = '"' + field + '"';
    }
    return field;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

const QUrl imageUrl(QStringLiteral("dueline-export://chart.png"));

// The table (or a part of it: `shown`, the columns in view), its header rows in <thead>, so
// that they are repeated at the top of every page.
QString table(const Document &document, const QVector<int> &shown)
{
    QString out;
    out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                          "style=\"border-collapse: collapse; border-color: #9a9a9a\">");
    out += QStringLiteral("<thead>");
    if (!document.bands.isEmpty()) {
        out += QStringLiteral("<tr>");
        for (int i = 0; i < shown.size();) {
            const QString band = document.bands.value(shown.at(i));
            int span = 1;
            while (i + span < shown.size() && !band.isEmpty() &&
                   document.bands.value(shown.at(i + span)) == band)
                ++span;
            out += QStringLiteral("<th colspan=\"%1\" style=\"background-color: #dfe3e8\">%2</th>")
                           .arg(span)
                           .arg(escaped(band));
            i += span;
        }
        out += QStringLiteral("</tr>");
    }
    out += QStringLiteral("<tr>");
    for (const int c : shown) {
        const int percent = document.columnPercents.value(c);
        const QString width =
                percent > 0 ? QStringLiteral(" width=\"%1%\"").arg(percent) : QString();
        out += QStringLiteral("<th%1 style=\"background-color: #eef0f2\">%2</th>")
                       .arg(width, escaped(document.header.value(c)));
    }
    out += QStringLiteral("</tr></thead>");
    // A row empty in every column shown (another provider's own severity) is left out of this
    // part, and so is a section left without rows.
    const auto empty = [&shown](const Row &row) {
        return std::all_of(shown.cbegin() + 1, shown.cend(),
                           [&row](int c) { return row.cells.value(c).isEmpty(); });
    };
    QString section;
    for (const Row &row : document.rows) {
        if (row.section) {
            section = QStringLiteral("<tr><td colspan=\"%1\" style=\"background-color: #f3f4f5\">"
                                     "<b>%2</b></td></tr>")
                              .arg(shown.size())
                              .arg(escaped(row.cells.value(0)));
            continue;
        }
        if (shown.size() > 1 && empty(row))
            continue;
        out += std::exchange(section, QString());
        out += QStringLiteral("<tr>");
        for (const int c : shown) {
            const QString text = escaped(row.cells.value(c));
            if (row.best.value(c))
                out += QStringLiteral("<td align=\"center\" style=\"background-color: #d4efdf\">"
                                      "<b>%1</b></td>")
                               .arg(text);
            else
                out += QStringLiteral("<td%1>%2</td>")
                               .arg(c == 0 ? QString() : QStringLiteral(" align=\"center\""), text);
        }
        out += QStringLiteral("</tr>");
    }
    out += QStringLiteral("</table>");
    return out;
}

// Moves a section — a heading and what follows it up to the next heading — that would straddle
// a page break to the next page when it fits on one page; a longer section keeps at least its
// heading with the block after it (a chart's title with the chart). `scale`: from the root
// frame's margins (96 dpi) to the layout's units.
void keepSectionsTogether(QTextDocument *document, qreal scale)
{
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    const qreal pageHeight = document->pageSize().height();
    const QTextFrameFormat root = document->rootFrame()->frameFormat();
    const qreal bodyHeight = pageHeight - (root.topMargin() + root.bottomMargin()) * scale;
    const auto pageOf = [pageHeight](qreal y) {
        return int(y / pageHeight);
    };
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        if (format.headingLevel() == 0 || !block.next().isValid() ||
            format.pageBreakPolicy().testFlag(QTextFormat::PageBreak_AlwaysBefore))
            continue;
        QTextBlock last = block;
        for (QTextBlock next = block.next();
             next.isValid() && next.blockFormat().headingLevel() == 0; next = next.next())
            last = next;
        const qreal top = layout->blockBoundingRect(block).top();
        qreal bottom = layout->blockBoundingRect(last).bottom();
        if (bottom - top > bodyHeight)
            bottom = layout->blockBoundingRect(block.next()).bottom();
        if (pageOf(top) == pageOf(bottom - 1))
            continue;
        QTextBlockFormat moved = format;
        moved.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(moved);
    }
}

} // namespace

QByteArray csv(const QStringList &header, const QVector<QStringList> &rows)
{
    QByteArray out;
    auto record = [&out](const QStringList &fields) {
        for (int i = 0; i < fields.size(); ++i) {
            if (i > 0)
                out += ',';
            out += csvField(fields.at(i));
        }
        out += "\r\n";
    };
    record(header);
    for (const QStringList &row : rows)
        record(row);
    return out;
}

bool writeCsv(const QStringList &header, const QVector<QStringList> &rows, const QString &path,
              QString *error)
{
    const QByteArray data = csv(header, rows);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    return true;
}

QVector<std::pair<int, int>> tableParts(const Document &document)
{
    const int columns = int(document.header.size());
    if (document.columnsPerPart <= 0 || columns - 1 <= document.columnsPerPart)
        return {{1, columns - 1}};
    // Runs of columns under the same band, then as many whole runs a part as fit.
    QVector<std::pair<int, int>> runs;
    for (int c = 1; c < columns; ++c) {
        const QString band = document.bands.value(c);
        if (!runs.isEmpty() && !band.isEmpty() && document.bands.value(runs.last().second) == band)
            runs.last().second = c;
        else
            runs.append({c, c});
    }
    QVector<std::pair<int, int>> parts;
    for (auto [first, last] : std::as_const(runs)) {
        while (first <= last) {
            const bool fits = !parts.isEmpty() &&
                              last - parts.last().first + 1 <= document.columnsPerPart &&
                              parts.last().second == first - 1;
            if (fits) {
                parts.last().second = last;
                break;
            }
            // A new part; a band wider than a part is cut.
            const int end = qMin(last, first + document.columnsPerPart - 1);
            parts.append({first, end});
            first = end + 1;
        }
    }
    return parts;
}

QString html(const Document &document)
{
    const QLocale locale;
    const QDateTime now = QDateTime::currentDateTime();
    QString out;
    out += QStringLiteral("<html><body>");
    out += QStringLiteral("<h2 style=\"margin-bottom: 2px\">%1</h2>").arg(escaped(document.title));
    out += QStringLiteral("<p style=\"color: #555; margin-top: 0\">%1</p>")
                   .arg(escaped(
                           QCoreApplication::translate("PlansExport", "Dueline %1 · printed %2",
                                                       "%1 version, %2 date and time")
                                   .arg(QCoreApplication::applicationVersion(),
                                        DateFormat::longDateTime(locale, now) + QLatin1Char(' ') +
                                                DateFormat::zoneName(now))));
    if (!document.inputs.isEmpty()) {
        out += QStringLiteral("<p>");
        for (const QString &line : document.inputs)
            out += escaped(line) + QStringLiteral("<br>");
        out += QStringLiteral("</p>");
    }
    if (!document.notes.isEmpty()) {
        out += QStringLiteral("<table width=\"100%\" cellpadding=\"4\" "
                              "style=\"background-color: #fdebd3; border: 1px solid #f67400\">"
                              "<tr><td>");
        out += escaped(document.notes.join(QLatin1Char('\n')));
        out += QStringLiteral("</td></tr></table><p></p>");
    }

    const QVector<std::pair<int, int>> parts = tableParts(document);
    for (const auto &[first, last] : parts) {
        // The first (label) column, then this part's columns.
        QVector<int> shown{0};
        for (int c = first; c <= last; ++c)
            shown << c;
        if (parts.size() > 1) {
            QStringList bands;
            for (int c = first; c <= last; ++c) {
                if (!document.bands.value(c).isEmpty() && !bands.contains(document.bands.value(c)))
                    bands << document.bands.value(c);
            }
            out += QStringLiteral("<h3>%1</h3>").arg(escaped(QLocale().createSeparatedList(bands)));
        }
        out += table(document, shown);
    }

    if (!document.image.isNull()) {
        // The chart starts a page of its own, its heading with it: a heading kept with a chart
        // by measuring the layout moved with every change of a text's length.
        if (!document.imageTitle.isEmpty())
            out += QStringLiteral("<h3 style=\"page-break-before: always\">%1</h3>")
                           .arg(escaped(document.imageTitle));
        out += QStringLiteral("<p><img src=\"%1\" width=\"%2\"></p>")
                       .arg(imageUrl.toString())
                       .arg(document.landscape ? 900 : 640);
    }
    if (!document.legend.isEmpty()) {
        // Two entries a row: a colour key, then the whole name.
        constexpr int perRow = 2;
        out += QStringLiteral("<table cellspacing=\"2\" cellpadding=\"2\">");
        for (int i = 0; i < document.legend.size(); i += perRow) {
            out += QStringLiteral("<tr>");
            for (int j = i; j < i + perRow; ++j) {
                if (j >= document.legend.size()) {
                    out += QStringLiteral("<td></td><td></td>");
                    continue;
                }
                const LegendEntry &entry = document.legend.at(j);
                out += QStringLiteral("<td width=\"16\" style=\"background-color: %1\">&nbsp;"
                                      "</td><td>%2&nbsp;&nbsp;</td>")
                               .arg(entry.color.name(), escaped(entry.name));
            }
            out += QStringLiteral("</tr>");
        }
        out += QStringLiteral("</table>");
    }
    if (!document.legendNotes.isEmpty())
        out += QStringLiteral("<p style=\"color: #555\">%1</p>")
                       .arg(escaped(document.legendNotes.join(QLatin1Char('\n'))));
    if (!document.appendix.isEmpty()) {
        if (!document.appendixTitle.isEmpty())
            out += QStringLiteral("<h3>%1</h3>").arg(escaped(document.appendixTitle));
        out += QStringLiteral("<pre style=\"font-size: small\">");
        out += document.appendix.join(QLatin1Char('\n')).toHtmlEscaped();
        out += QStringLiteral("</pre>");
    }
    out += QStringLiteral("</body></html>");
    return out;
}

void print(const Document &document, QPrinter *printer)
{
    printer->setPageOrientation(document.landscape ? QPageLayout::Landscape
                                                   : QPageLayout::Portrait);
    printer->setDocName(document.title);
    QTextDocument text;
    text.documentLayout()->setPaintDevice(printer);
    QFont font = text.defaultFont();
    font.setPointSizeF(document.landscape ? 7.5 : 8.5);
    text.setDefaultFont(font);
    if (!document.image.isNull())
        text.addResource(QTextDocument::ImageResource, imageUrl, document.image);
    text.setHtml(html(document));

    // Pages of the printer's printable area, 1.5 cm inside it, the footer in the bottom margin.
    // The layout scales the frame's margins from 96 dpi to the printer's resolution.
    QFont footerFont = font;
    footerFont.setPointSizeF(font.pointSizeF() * 0.9);
    const qreal footerLine = QFontMetricsF(footerFont, printer).height();
    const qreal scale = printer->logicalDpiY() / 96.0;
    const qreal margin = 96 * 1.5 / 2.54;
    QTextFrameFormat frame = text.rootFrame()->frameFormat();
    frame.setMargin(margin);
    frame.setBottomMargin(margin + 2 * footerLine / scale);
    text.rootFrame()->setFrameFormat(frame);
    const QSizeF page(printer->width(), printer->height());
    text.setPageSize(page);
    keepSectionsTogether(&text, scale);

    const int pages = text.pageCount();
    QPainter painter(printer);
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            printer->newPage();
        painter.save();
        painter.translate(0, -p * page.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(QPointF(0, p * page.height()), page);
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(context.clip);
        text.documentLayout()->draw(&painter, context);
        painter.restore();

        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF footer(margin * scale, page.height() - margin * scale - footerLine,
                            page.width() - 2 * margin * scale, footerLine);
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, document.title);
        painter.drawText(
                footer, Qt::AlignRight | Qt::AlignVCenter,
                QCoreApplication::translate("PlansExport", "Page %1 of %2", "printed page footer")
                        .arg(p + 1)
                        .arg(pages));
    }
}

bool writePdf(const Document &document, const QString &path, QString *error)
{
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly)) {
        if (error)
            *error = path + QStringLiteral(": ") + probe.errorString();
        return false;
    }
    probe.close();
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setCreator(QStringLiteral("Dueline"));
    print(document, &printer);
    if (QFileInfo(path).size() == 0) {
        if (error)
            *error =
                    QCoreApplication::translate("PlansExport", "%1: nothing was written").arg(path);
        return false;
    }
    return true;
}

} // namespace dueline::PlansExport
