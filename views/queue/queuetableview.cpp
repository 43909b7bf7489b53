// SPDX-License-Identifier: GPL-3.0-or-later
// QueueTableView: the queue table's set-up and the partial repaint of a change.
#include "views/queue/queuetableview.h"

#include "models/item/dateformat.h"
#include "models/item/queuemodel.h"
#include "views/queue/countdowndelegate.h"

#include <QAccessible>
#include <QAction>
#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QScrollBar>
#include <QStyle>

#include <algorithm>
#include <array>

namespace dueline {

namespace {

constexpr int MinSubjectWidth = 160;

} // namespace

QueueTableView::QueueTableView(QAbstractItemModel *model, QWidget *parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("queueView"));
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setShowGrid(false);
    // Tab goes on to the next area of the workspace instead of the next cell.
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    // A fixed row height: never resize rows to contents (docs/architecture.md §6).
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    m_defaultOrderAction = new QAction(this);
    m_defaultOrderAction->setObjectName(QStringLiteral("defaultOrderAction"));
    connect(m_defaultOrderAction, &QAction::triggered, this,
            [this] { horizontalHeader()->setSortIndicator(m_defaultColumn, m_defaultOrder); });
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            &QueueTableView::updateDefaultOrderAction);
    horizontalHeader()->setContextMenuPolicy(Qt::ActionsContextMenu);
    horizontalHeader()->addAction(m_defaultOrderAction);
    setDefaultOrder(QueueModel::NextBreachColumn, Qt::AscendingOrder);
    setSortingEnabled(true);
    setItemDelegateForColumn(QueueModel::ResponseColumn, new CountdownDelegate(this));
    setItemDelegateForColumn(QueueModel::ResolutionColumn, new CountdownDelegate(this));
    setItemDelegateForColumn(QueueModel::SeverityColumn, new SeverityDelegate(this));
    // Number, severity and both clocks narrow enough to leave the subject beside them at the
    // default window size (1280×800 with the ticket panel).
    const std::array<int, QueueModel::ColumnCount> widths{54,  160, 130, 106, 240,
                                                          110, 130, 114, 114, 130};
    for (int c = 0; c < QueueModel::ColumnCount; ++c)
        setColumnWidth(c, widths[std::size_t(c)]);
    fitClockColumns();
    // What an agent reads first comes first; the saved layout (Queue/header) overrides it.
    QHeaderView *header = horizontalHeader();
    const int order[] = {QueueModel::IdColumn,       QueueModel::SeverityColumn,
                         QueueModel::ResponseColumn, QueueModel::ResolutionColumn,
                         QueueModel::SubjectColumn,  QueueModel::CustomerColumn,
                         QueueModel::AssigneeColumn, QueueModel::StatusColumn,
                         QueueModel::PlanColumn,     QueueModel::NextBreachColumn};
    for (int visual = 0; visual < QueueModel::ColumnCount; ++visual)
        header->moveSection(header->visualIndex(order[visual]), visual);
    // The agent's own widths and order end the default layout.
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (!m_fitting)
            m_fitSubject = false;
    });
    connect(header, &QHeaderView::sectionMoved, this, [this] { m_fitSubject = false; });
    retranslateUi();
}

void QueueTableView::setDefaultOrder(int column, Qt::SortOrder order)
{
    m_defaultColumn = column;
    m_defaultOrder = order;
    horizontalHeader()->setSortIndicator(column, order);
    updateDefaultOrderAction();
    retranslateUi();
}

void QueueTableView::updateDefaultOrderAction()
{
    const QHeaderView *header = horizontalHeader();
    m_defaultOrderAction->setEnabled(header->sortIndicatorSection() != m_defaultColumn ||
                                     header->sortIndicatorOrder() != m_defaultOrder);
}

void QueueTableView::retranslateUi()
{
    m_defaultOrderAction->setText(tr("Default &Order", "sort the table as it first came"));
    m_defaultOrderAction->setStatusTip(
            m_defaultColumn == QueueModel::NextBreachColumn && m_defaultOrder == Qt::AscendingOrder
                    ? tr("Sort by the next breach again, the soonest first")
                    : tr("Sort by the last change again, the most recent first"));
}

void QueueTableView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_fitting = true; // widths for the language, not the agent's own
        fitClockColumns();
        m_fitting = false;
    }
}

bool QueueTableView::restoreLayout(const QByteArray &state)
{
    if (state.isEmpty() || !horizontalHeader()->restoreState(state))
        return false;
    m_fitSubject = false;
    // A layout saved before countdowns were written in business days may be too narrow for them.
    fitClockColumns();
    return true;
}

void QueueTableView::fitClockColumns()
{
    // Never narrower than what the clocks (in their compact form: CountdownDelegate::fittingText)
    // and the next breach show in the current language: an elided "4 business d…" would hide
    // the hours left.
    const int clock = CountdownDelegate::columnWidth(font());
    for (int c : {int(QueueModel::ResponseColumn), int(QueueModel::ResolutionColumn)})
        setColumnWidth(c, std::max(columnWidth(c), clock));
    const QDateTime sample(QDate(2026, 9, 30), QTime(22, 27));
    const int date = fontMetrics().horizontalAdvance(
                             DateFormat::dateTime(QLocale(), sample, DateFormat::Year::Show)) +
                     16;
    setColumnWidth(QueueModel::NextBreachColumn,
                   std::max(columnWidth(QueueModel::NextBreachColumn), date));
    if (m_fitSubject)
        fitSubject();
}

void QueueTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    if (m_fitSubject)
        fitSubject();
}

void QueueTableView::keyPressEvent(QKeyEvent *event)
{
    // J and K without a modifier: the next and the previous row (a letter would otherwise jump
    // to a row by its first character).
    if ((event->key() == Qt::Key_J || event->key() == Qt::Key_K) &&
        (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        QKeyEvent arrow(QEvent::KeyPress, event->key() == Qt::Key_J ? Qt::Key_Down : Qt::Key_Up,
                        Qt::NoModifier);
        QTableView::keyPressEvent(&arrow);
        event->setAccepted(arrow.isAccepted());
        return;
    }
    QTableView::keyPressEvent(event);
}

void QueueTableView::fitSubject()
{
    const QHeaderView *header = horizontalHeader();
    // The viewport as wide as it is with a vertical scroll bar, so that one appearing later
    // does not push the subject's end out of sight.
    int width = viewport()->width();
    if (!verticalScrollBar()->isVisible())
        width -= style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, this);
    const int before = header->sectionPosition(QueueModel::SubjectColumn);
    m_fitting = true;
    setColumnWidth(QueueModel::SubjectColumn, std::max(MinSubjectWidth, width - before));
    m_fitting = false;
}

void QueueTableView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                 const QList<int> &roles)
{
    if (topLeft == bottomRight || !topLeft.isValid() || !bottomRight.isValid() ||
        topLeft.parent() != bottomRight.parent() || !isVisible()) {
        QTableView::dataChanged(topLeft, bottomRight, roles);
        return;
    }
    const int top = rowViewportPosition(topLeft.row());
    const int bottom = rowViewportPosition(bottomRight.row()) + rowHeight(bottomRight.row());
    QRegion dirty;
    for (int c = topLeft.column(); c <= bottomRight.column(); ++c) {
        if (isColumnHidden(c))
            continue;
        dirty += QRect(columnViewportPosition(c), top, columnWidth(c), bottom - top);
    }
    dirty &= viewport()->rect();
    if (!dirty.isEmpty())
        viewport()->update(dirty);
#if QT_CONFIG(accessibility)
    if (QAccessible::isActive()) {
        QAccessibleTableModelChangeEvent event(this, QAccessibleTableModelChangeEvent::DataChanged);
        event.setFirstRow(topLeft.row());
        event.setFirstColumn(topLeft.column());
        event.setLastRow(bottomRight.row());
        event.setLastColumn(bottomRight.column());
        QAccessible::updateAccessibility(&event);
    }
#endif
}

} // namespace dueline
