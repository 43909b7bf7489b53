// QueueTableView: the queue's table, its columns and its partial repaint of the countdowns.
#pragma once

#include <QTableView>

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
public:
    explicit QueueTableView(QAbstractItemModel *model, QWidget *parent = nullptr);

    // Restores a saved header state; false (the default layout stays) when there is none.
    bool restoreLayout(const QByteArray &state);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles) override;

private:
    void fitSubject();

    bool m_fitSubject = true; // the default layout: the subject fills the viewport
    bool m_fitting = false;
};

} // namespace dueline
