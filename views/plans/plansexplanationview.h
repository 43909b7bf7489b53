// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/comparison.h"

#include <QTimeZone>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace dueline {

// "Why this deadline?" for one row of the calculator: for the response and the resolution
// clock, each piece of time between the opening and the due instant — counted working time,
// outside working hours, weekend, day off (with the holiday's name), shortened pre-holiday
// hour, paused — with its own colour, from/to in the chosen zone and its length.
class PlansExplanationView : public QWidget
{
    Q_OBJECT
public:
    explicit PlansExplanationView(QWidget *parent = nullptr);

    // Shows `row` (null: nothing chosen). Times in `zone`, catalog texts in `language`.
    void setRow(const dueline::ComparisonRow *row, const dueline::CatalogPtr &catalog,
                dueline::Instant opened, const QTimeZone &zone, const QString &language);

    QTreeWidget *tree() const { return m_tree; }
    // Every line as shown, one per line with tabs between the columns (tests and export).
    QString plainText() const;

    static QColor kindColor(dueline::ExplanationPiece::Kind kind);
    static QString kindText(const dueline::ExplanationPiece &piece, const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslateUi();

    dueline::ComparisonRow m_row;
    bool m_hasRow = false;
    dueline::CatalogPtr m_catalog;
    dueline::Instant m_opened = 0;
    QTimeZone m_zone = QTimeZone("UTC");
    QString m_language = QStringLiteral("en");
    QLabel *m_title = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace dueline
