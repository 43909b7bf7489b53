// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a person sees of a widget tree, as lines of text in a stable order: every visible label,
// button, box, line edit, tab, table (its headers and first rows, with their colours), tree and
// Qt Charts chart, with the colours and style sheets they are drawn in. Two windows in the same
// language, theme and data give the same lines; a run-time language or theme switch that misses
// a widget shows as a difference (tests/views/shell/tst_runtimeswitch.cpp). Header-only: only
// tests that link the views include it.

#include <QAbstractBarSeries>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QStringList>
#include <QTabBar>
#include <QValueAxis>
#include <QWidget>

#include <functional>

namespace testsupport {

inline QString colourName(const QVariant &value)
{
    if (value.canConvert<QColor>())
        return value.value<QColor>().name(QColor::HexArgb);
    if (value.canConvert<QBrush>())
        return value.value<QBrush>().color().name(QColor::HexArgb);
    return {};
}

// `extra` adds lines for widgets of the project's own (a chart drawn with QPainter).
inline QStringList renderingOf(QWidget *root, int rowsPerView = 12,
                               const std::function<QStringList(QWidget *)> &extra = {})
{
    QStringList out;
    const auto describe = [&](QWidget *w) {
        QStringList lines;
        const QString id = w->objectName() + QLatin1Char('/') +
                           QString::fromLatin1(w->metaObject()->className()) + QStringLiteral(": ");
        if (!w->styleSheet().isEmpty())
            lines << id + QStringLiteral("style ") + w->styleSheet();
        if (w->testAttribute(Qt::WA_SetPalette))
            lines << id + QStringLiteral("palette %1 %2")
                                     .arg(w->palette().color(QPalette::WindowText).name(),
                                          w->palette().color(QPalette::Window).name());
        if (auto *label = qobject_cast<QLabel *>(w)) {
            lines << id + label->text() + QLatin1Char('|') + label->toolTip();
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            lines << id + button->text() + QLatin1Char('|') + button->toolTip();
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                lines << id + combo->itemText(i);
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            lines << id + edit->text() + QLatin1Char('|') + edit->placeholderText();
        } else if (auto *date = qobject_cast<QDateTimeEdit *>(w)) {
            lines << id + date->displayFormat() + QLatin1Char('|') + date->text();
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                lines << id + tabs->tabText(i) + QLatin1Char('|') + tabs->tabToolTip(i);
        } else if (auto *menuBar = qobject_cast<QMenuBar *>(w)) {
            for (QAction *action : menuBar->actions())
                lines << id + action->text();
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            QAbstractItemModel *model = view->model();
            if (!model)
                return lines;
            for (int c = 0; c < model->columnCount(); ++c)
                lines << id + model->headerData(c, Qt::Horizontal).toString();
            const std::function<void(const QModelIndex &, int)> rows =
                    [&](const QModelIndex &parent, int depth) {
                        for (int r = 0; r < std::min(model->rowCount(parent), rowsPerView); ++r) {
                            for (int c = 0; c < model->columnCount(parent); ++c) {
                                const QModelIndex index = model->index(r, c, parent);
                                lines << id + QString(depth, QLatin1Char('>')) +
                                                 index.data(Qt::DisplayRole).toString() +
                                                 QLatin1Char('|') +
                                                 index.data(Qt::ToolTipRole).toString() +
                                                 QLatin1Char('|') +
                                                 colourName(index.data(Qt::ForegroundRole)) +
                                                 QLatin1Char('|') +
                                                 colourName(index.data(Qt::BackgroundRole));
                            }
                            const QModelIndex first = model->index(r, 0, parent);
                            if (depth < 3 && model->hasChildren(first))
                                rows(first, depth + 1);
                        }
                    };
            rows(view->rootIndex(), 0);
        } else if (auto *chartView = qobject_cast<QChartView *>(w)) {
            QChart *chart = chartView->chart();
            lines << id + QStringLiteral("theme %1 locale %2 background %3")
                                     .arg(int(chart->theme()))
                                     .arg(chart->locale().name(),
                                          chart->backgroundBrush().color().name());
            for (QAbstractAxis *axis : chart->axes()) {
                if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
                    lines << id + categories->categories().join(QLatin1Char('|'));
                else if (auto *values = qobject_cast<QValueAxis *>(axis))
                    lines << id + values->labelFormat();
                lines << id + axis->labelsBrush().color().name();
            }
            for (QAbstractSeries *series : chart->series()) {
                if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
                    lines << id + bars->labelsFormat();
                    for (QBarSet *set : bars->barSets())
                        lines << id + set->label() + QLatin1Char(' ') + set->color().name();
                }
            }
        }
        if (extra)
            lines << extra(w);
        return lines;
    };
    out << QStringLiteral("palette %1 %2 %3")
                    .arg(root->palette().color(QPalette::Window).name(),
                         root->palette().color(QPalette::Base).name(),
                         root->palette().color(QPalette::Text).name());
    out << describe(root);
    for (QWidget *child : root->findChildren<QWidget *>()) {
        if (child->isVisibleTo(root))
            out << describe(child);
    }
    return out;
}

} // namespace testsupport
