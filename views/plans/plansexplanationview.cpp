// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/plans/plansexplanationview.h"

#include "models/item/dateformat.h"
#include "models/item/durationformat.h"
#include "models/sla/clocktext.h"
#include "views/plans/plansutil.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dueline {

namespace {

enum Column { WhatColumn, FromColumn, ToColumn, LengthColumn, CountedColumn, ColumnCount };

QString formatTime(Instant t, const QTimeZone &zone)
{
    return DateFormat::dateTime(QLocale(), QDateTime::fromSecsSinceEpoch(t, zone));
}

} // namespace

PlansExplanationView::PlansExplanationView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("explanationView"));
    m_title->setObjectName(QStringLiteral("explanationTitle"));
    m_tree->setObjectName(QStringLiteral("explanationTree"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setUniformRowHeights(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    for (int c = FromColumn; c < ColumnCount; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::Interactive);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_tree, 1);
    retranslateUi();
    rebuild();
}

QColor PlansExplanationView::kindColor(ExplanationPiece::Kind kind)
{
    switch (kind) {
    case ExplanationPiece::Kind::Counted:
        return QColor(39, 174, 96); // green: the clock runs
    case ExplanationPiece::Kind::OutsideHours:
        return QColor(127, 140, 141); // grey: night or a break
    case ExplanationPiece::Kind::Weekend:
        return QColor(61, 174, 233); // blue
    case ExplanationPiece::Kind::DayOff:
        return QColor(218, 68, 83); // red: a holiday
    case ExplanationPiece::Kind::Shortened:
        return QColor(246, 116, 0); // orange: the pre-holiday hour cut off
    case ExplanationPiece::Kind::Paused:
        return QColor(155, 89, 182); // purple
    }
    return {};
}

QString PlansExplanationView::kindText(const ExplanationPiece &piece, const QString &language)
{
    switch (piece.kind) {
    case ExplanationPiece::Kind::Counted:
        return tr("Working time, counted", "why this deadline: the SLA clock runs");
    case ExplanationPiece::Kind::OutsideHours:
        return tr("Outside working hours", "why this deadline: night or a break");
    case ExplanationPiece::Kind::Weekend:
        return tr("Weekend", "why this deadline");
    case ExplanationPiece::Kind::DayOff:
        if (piece.name.isEmpty())
            return tr("Day off", "why this deadline: a holiday without a name");
        return tr("Day off: %1", "why this deadline: %1 is the holiday's name")
                .arg(piece.name.text(language));
    case ExplanationPiece::Kind::Shortened:
        return tr("Shortened pre-holiday day", "why this deadline: the hour cut from the day");
    case ExplanationPiece::Kind::Paused:
        return tr("Paused", "why this deadline: waiting on the customer");
    }
    return {};
}

void PlansExplanationView::setRow(const ComparisonRow *row, const CatalogPtr &catalog,
                                  Instant opened, const QTimeZone &zone, const QString &language)
{
    m_hasRow = row != nullptr;
    m_row = row ? *row : ComparisonRow();
    m_catalog = catalog;
    m_opened = opened;
    if (zone.isValid())
        m_zone = zone;
    m_language = language;
    rebuild();
}

void PlansExplanationView::rebuild()
{
    m_tree->clear();
    if (!m_hasRow || !m_row.plan || !m_catalog) {
        m_title->setText(tr("Why this deadline?") + QStringLiteral(" — ") +
                         tr("choose a plan in the results above"));
        return;
    }
    const Provider *provider = m_catalog->provider(m_row.plan->providerId);
    const Severity *severity = provider ? provider->severity(m_row.severity) : nullptr;
    const QString planName =
            (provider ? provider->names.text(m_language) + QLatin1Char(' ') : QString()) +
            m_row.plan->names.text(m_language);
    m_title->setText(
            tr("Why this deadline? — %1, filed as “%2”", "%1 plan, %2 severity")
                    .arg(planName, severity ? severity->names.text(m_language) : m_row.severity));

    QFont bold = m_tree->font();
    bold.setBold(true);
    const struct
    {
        const ComparisonRow::Clock *clock;
        QString name;
    } clocks[] = {{&m_row.response, tr("Response", "the first reply's SLA clock")},
                  {&m_row.resolution, tr("Resolution", "the resolution's SLA clock")}};
    for (const auto &entry : clocks) {
        const ComparisonRow::Clock &clock = *entry.clock;
        auto *top = new QTreeWidgetItem(m_tree);
        top->setFont(WhatColumn, bold);
        if (clock.due == InvalidInstant) {
            top->setText(WhatColumn,
                         tr("%1: no commitment", "%1 is Response or Resolution").arg(entry.name));
            top->setFirstColumnSpanned(true);
            continue;
        }
        const QString calendar =
                clock.calendar ? clock.calendar->spec().names.text(m_language) : QString();
        // The due instant is in the "To" column.
        top->setText(WhatColumn, tr("%1, target %2", "%1 Response/Resolution, %2 a target")
                                         .arg(entry.name, DurationFormat::target(clock.target)));
        top->setToolTip(
                WhatColumn,
                tr("Counted on “%1” (%2)", "calendar name, time zone")
                        .arg(calendar, clock.calendar
                                               ? QString::fromUtf8(clock.calendar->spec().timeZone)
                                               : QString()));
        top->setText(FromColumn, formatTime(m_opened, m_zone));
        top->setText(ToColumn, formatTime(clock.due, m_zone));
        top->setText(LengthColumn, DurationFormat::span(clock.due - m_opened));
        top->setText(CountedColumn, ClockText::workingTime(clock.explanation.countedSeconds()));
        for (int c = LengthColumn; c < ColumnCount; ++c)
            top->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        for (const ExplanationPiece &piece : clock.explanation.pieces) {
            auto *item = new QTreeWidgetItem(top);
            item->setIcon(WhatColumn, PlansUi::swatch(kindColor(piece.kind)));
            item->setText(WhatColumn, kindText(piece, m_language));
            item->setToolTip(WhatColumn, item->text(WhatColumn));
            item->setText(FromColumn, formatTime(piece.from, m_zone));
            item->setText(ToColumn, formatTime(piece.to, m_zone));
            item->setText(LengthColumn, DurationFormat::span(piece.to - piece.from));
            if (piece.kind == ExplanationPiece::Kind::Counted)
                item->setText(CountedColumn, ClockText::workingTime(piece.workingSeconds));
            for (int c = LengthColumn; c < ColumnCount; ++c)
                item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    m_tree->expandAll();
    const QFontMetrics metrics(m_tree->font());
    const int timeWidth = metrics.horizontalAdvance(formatTime(m_opened, m_zone)) + 24;
    m_tree->setColumnWidth(FromColumn, timeWidth);
    m_tree->setColumnWidth(ToColumn, timeWidth);
    const int spanWidth =
            qMax(qMax(metrics.horizontalAdvance(DurationFormat::span(10 * 86400 + 23 * 3600)),
                      metrics.horizontalAdvance(ClockText::workingTime(270 * 3600 + 59 * 60))),
                 metrics.horizontalAdvance(m_tree->headerItem()->text(CountedColumn))) +
            20;
    m_tree->setColumnWidth(LengthColumn, spanWidth);
    m_tree->setColumnWidth(CountedColumn, spanWidth);
}

QString PlansExplanationView::plainText() const
{
    QStringList lines{m_title->text()};
    std::function<void(QTreeWidgetItem *, int)> walk = [&](QTreeWidgetItem *item, int depth) {
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells << item->text(c);
        lines << QString(qsizetype(depth) * 2, QLatin1Char(' ')) + cells.join(QLatin1Char('\t'));
        for (int i = 0; i < item->childCount(); ++i)
            walk(item->child(i), depth + 1);
    };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        walk(m_tree->topLevelItem(i), 0);
    return lines.join(QLatin1Char('\n'));
}

void PlansExplanationView::retranslateUi()
{
    m_tree->setHeaderLabels({tr("What", "why this deadline: kind of time"),
                             tr("From", "start of a piece of time"),
                             tr("To", "end of a piece of time"),
                             tr("Length", "wall-clock length of a piece of time"),
                             tr("Counted", "working time counted towards the target")});
    m_tree->setAccessibleName(tr("Why this deadline?"));
}

void PlansExplanationView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        rebuild();
    } else if (event->type() == QEvent::PaletteChange) {
        rebuild();
    }
}

} // namespace dueline
