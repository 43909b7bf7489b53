// SPDX-License-Identifier: GPL-3.0-or-later
// QueueEmptyState: what the queue's table says when it has no rows.
#pragma once

#include "views/common/emptystatewidget.h"

#include <QObject>
#include <QPointer>

namespace dueline {

// The empty state over the rows of the queue's table ("queueEmptyState", an EmptyStateWidget):
// which view has no tickets, or what a search found nothing in, and what to do. It lies over
// whichever table shows (the open tickets', or the finished ones' in the Resolved and Closed
// views) and follows its size.
class QueueEmptyState : public QObject
{
    Q_OBJECT
public:
    explicit QueueEmptyState(QObject *parent = nullptr);

    EmptyStateWidget *widget() const { return m_widget; }
    // Whether it is shown over its table (not whether that table shows).
    bool isShown() const { return m_widget && !m_widget->isHidden(); }
    // Shown over `viewport` (a table's) when `empty`: view `view` has no tickets, or none
    // matches the search `text` when it is not empty. Hidden otherwise.
    void update(QWidget *viewport, bool empty, const QString &view, const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_viewport;
    QPointer<EmptyStateWidget> m_widget;
};

} // namespace dueline
