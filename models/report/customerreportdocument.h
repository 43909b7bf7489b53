// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/catalog.h"
#include "models/store/customerreport.h"

#include <QByteArray>
#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTimeZone>

class QTextDocument;

namespace dueline {

// The SLA report a provider sends its customer (docs/customer-report.md), as an A4 PDF and as
// CSV of the same figures: the plan's targets, tickets and compliance per severity, response
// and resolution times, breaches per week, every breach with its "why this deadline?" in short,
// and the dues leads set by hand. Every text is written in the report's language when the
// document is made (ReportLanguage), whatever the interface speaks; writing the PDF needs a
// QGuiApplication (fonts), on any platform plugin (offscreen too) — Qt Gui only, no widgets.
class CustomerReportDocument
{
public:
    // `language`: "en", "ru" or "zh_CN"; empty: the customer's language, else the interface's.
    CustomerReportDocument(const CustomerReportData &data, CatalogPtr catalog,
                           const QString &language = {});

    QString language() const { return m_language; }
    // "SLA report" with whom and when: the PDF's title and its pages' header.
    QString title() const { return m_title; }
    QString subtitle() const { return m_subtitle; }
    // The body as rich text (what the PDF lays out across pages).
    QString html() const { return m_html; }
    // RFC 4180 CSV, UTF-8: sections separated by an empty record, each with its header record
    // (docs/customer-report.md names the columns).
    QByteArray csv() const { return m_csv; }
    // A file name that says what the report holds: "sla-report_<whom>_<first>_<last>.<suffix>",
    // `whom` (a company, a name or a plan) in lower case with dashes for what is not a letter or
    // a digit ("sla-report_ооо-ромашка_2026-11-01_2026-11-30.pdf").
    static QString fileName(const QString &whom, QDate first, QDate last, const QString &suffix);

    // False and *error (one line naming the file) when it cannot be written; an existing file
    // is replaced only once the new one is complete.
    bool writePdf(const QString &path, QString *error) const;
    bool writeCsv(const QString &path, QString *error) const;
    // The PDF's pages (after writePdf()).
    int pageCount() const { return m_pageCount; }

private:
    void build(const CustomerReportData &data);
    QString buildHtml(const CustomerReportData &data) const;
    QByteArray buildCsv(const CustomerReportData &data) const;
    // "S1 · Critical": the severity's code and its provider's name for it.
    QString severityText(const QString &planId, const QString &severity) const;
    QString planText(const QString &planId) const;
    QString targetKindText(TargetKind kind) const;
    QString dateTimeText(Instant at) const;
    // "Why this deadline?" in one sentence: the working time counted, pauses, days off, working
    // weekends and shortened days on the way (or the lead's reason for a due set by hand).
    QString explanationText(const CustomerReportBreach &breach) const;
    QString stoppedText(const CustomerReportBreach &breach) const;

    CatalogPtr m_catalog;
    QString m_language;
    QLocale m_locale;
    QTimeZone m_zone;
    Instant m_now = 0;
    QDate m_firstDay;
    QDate m_lastDay;

    QString m_title;
    QString m_subtitle;
    QString m_html;
    QByteArray m_csv;
    QString m_pageText; // "Page %1 of %2" in the report's language
    QString m_footerText;
    // The chart of breaches per week.
    QVector<QDate> m_weeks;
    QVector<qint64> m_breachesPerWeek;
    QString m_seriesName;
    QString m_emptyChartText;
    mutable int m_pageCount = 0;
};

} // namespace dueline
