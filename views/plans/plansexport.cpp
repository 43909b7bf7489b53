#include "views/plans/plansexport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

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

QString html(const Document &document)
{
    const QLocale locale;
    QString out;
    out += QStringLiteral("<html><body>");
    out += QStringLiteral("<h2 style=\"margin-bottom: 2px\">%1</h2>").arg(escaped(document.title));
    out += QStringLiteral("<p style=\"color: #555; margin-top: 0\">%1</p>")
                   .arg(escaped(QCoreApplication::translate("PlansExport",
                                                            "Dueline %1 · printed %2",
                                                            "%1 version, %2 date and time")
                                        .arg(QCoreApplication::applicationVersion(),
                                             locale.toString(QDateTime::currentDateTime(),
                                                             QLocale::LongFormat))));
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

    const int columns = int(document.header.size());
    out += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                          "style=\"border-collapse: collapse; border-color: #9a9a9a\">");
    if (!document.bands.isEmpty()) {
        out += QStringLiteral("<tr>");
        for (int c = 0; c < columns;) {
            const QString band = document.bands.value(c);
            int span = 1;
            while (c + span < columns && !band.isEmpty() && document.bands.value(c + span) == band)
                ++span;
            out += QStringLiteral("<th colspan=\"%1\" style=\"background-color: #dfe3e8\">%2</th>")
                           .arg(span)
                           .arg(escaped(band));
            c += span;
        }
        out += QStringLiteral("</tr>");
    }
    out += QStringLiteral("<tr>");
    for (const QString &title : document.header)
        out += QStringLiteral("<th style=\"background-color: #eef0f2\">%1</th>")
                       .arg(escaped(title));
    out += QStringLiteral("</tr>");
    for (const Row &row : document.rows) {
        if (row.section) {
            out += QStringLiteral("<tr><td colspan=\"%1\" style=\"background-color: #f3f4f5\">"
                                  "<b>%2</b></td></tr>")
                           .arg(columns)
                           .arg(escaped(row.cells.value(0)));
            continue;
        }
        out += QStringLiteral("<tr>");
        for (int c = 0; c < columns; ++c) {
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

    if (!document.image.isNull()) {
        if (!document.imageTitle.isEmpty())
            out += QStringLiteral("<h3>%1</h3>").arg(escaped(document.imageTitle));
        out += QStringLiteral("<p><img src=\"%1\" width=\"%2\"></p>")
                       .arg(imageUrl.toString())
                       .arg(document.landscape ? 900 : 640);
    }
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
    QFont font = text.defaultFont();
    font.setPointSizeF(document.landscape ? 7.5 : 9);
    text.setDefaultFont(font);
    if (!document.image.isNull())
        text.addResource(QTextDocument::ImageResource, imageUrl, document.image);
    text.setHtml(html(document));
    text.print(printer);
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
