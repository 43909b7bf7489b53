// SPDX-License-Identifier: GPL-3.0-or-later
// QueueTableView: the queue's table, its columns and its partial repaint of the countdowns.
#pragma once

#include <QTableView>

class QAction;

namespace dueline {

// The queue's table over a QueueModel ("queueView"), or over a TicketListModel of finished
// tickets (same columns and roles): whole rows selected one at a time, sorted
// by the header (next breach first), countdown and severity delegates, the default column
// widths and order (what an agent reads first comes first; a saved header state overrides
// them), and fixed row heights (docs/architecture.md §6). In the
// default layout the subject takes the width the columns before it leave (number, severity and
// both clocks come first), until a saved layout is restored or the agent resizes or moves a
// column.
//
// QAbstractItemView repaints the whole viewport for a change spanning several rows and columns
// (Qt 6.4); the ticker's change covers only the two countdown columns of the visible rows, so
// only those cells are repainted.
//
// Keys: Tab leaves the table (it never walks the cells), and J and K go to the next and the
// previous row, as Down and Up do.
class QueueTableView : public QTableView
{
    Q_OBJECT
public:
    explicit QueueTableView(QAbstractItemModel *model, QWidget *parent = nullptr);

    // Restores a saved header state; false (the default layout stays) when there is none.
    bool restoreLayout(const QByteArray &state);

    // The order the table comes in (the queue: next breach first; finished tickets: the most
    // recent change first), set now and brought back by defaultOrderAction().
    void setDefaultOrder(int column, Qt::SortOrder order);
    // "Default Order", in the header's context menu (and the View menu): sorts by the default
    // order again. Disabled while the table is in it.
    QAction *defaultOrderAction() const { return m_defaultOrderAction; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles) override;

private:
    void fitSubject();
    void fitClockColumns(); // widens the clock and next-breach columns to their texts
    void retranslateUi();
    void updateDefaultOrderAction();

    bool m_fitSubject = true; // the default layout: the subject fills the viewport
    bool m_fitting = false;
    QAction *m_defaultOrderAction = nullptr;
    int m_defaultColumn = 0;
    Qt::SortOrder m_defaultOrder = Qt::AscendingOrder;
};

} // namespace dueline
