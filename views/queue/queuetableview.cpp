// QueueTableView: the queue table's set-up and the partial repaint of a change.
#include "views/queue/queuetableview.h"

#include "models/item/queuemodel.h"
#include "views/queue/countdowndelegate.h"

#include <QAccessible>
#include <QHeaderView>

#include <array>

namespace dueline {

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
    verticalHeader()->hide();
    // A fixed row height: never resize rows to contents (docs/architecture.md §6).
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSortIndicator(QueueModel::NextBreachColumn, Qt::AscendingOrder);
    setSortingEnabled(true);
    setItemDelegateForColumn(QueueModel::ResponseColumn, new CountdownDelegate(this));
    setItemDelegateForColumn(QueueModel::ResolutionColumn, new CountdownDelegate(this));
    setItemDelegateForColumn(QueueModel::SeverityColumn, new SeverityDelegate(this));
    const std::array<int, QueueModel::ColumnCount> widths{60,  160, 130, 130, 240,
                                                          110, 130, 130, 130, 130};
    for (int c = 0; c < QueueModel::ColumnCount; ++c)
        setColumnWidth(c, widths[std::size_t(c)]);
    // What an agent reads first comes first; the saved layout (Queue/header) overrides it.
    QHeaderView *header = horizontalHeader();
    const int order[] = {QueueModel::IdColumn,       QueueModel::SeverityColumn,
                         QueueModel::ResponseColumn, QueueModel::ResolutionColumn,
                         QueueModel::SubjectColumn,  QueueModel::CustomerColumn,
                         QueueModel::AssigneeColumn, QueueModel::StatusColumn,
                         QueueModel::PlanColumn,     QueueModel::NextBreachColumn};
    for (int visual = 0; visual < QueueModel::ColumnCount; ++visual)
        header->moveSection(header->visualIndex(order[visual]), visual);
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
