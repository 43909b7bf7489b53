// SPDX-License-Identifier: GPL-3.0-or-later
// QueueSidebar: the queue's views and the catalog's providers and plans, with their counts.
#pragma once

#include "models/item/queuemodel.h"

#include <QTreeWidget>

#include <optional>

namespace dueline {

// The sidebar of the agent's workspace: the views (all open, mine, unassigned, at risk,
// breached, waiting on customer; then resolved and closed, without counts), then each provider of
// the catalog with its plans, each with its count of open tickets (a plan without any is hidden).
// Choosing an item remembers it (the setting Queue/view) and emits filterChosen(); rebuild() makes
// the remembered one current again.
class QueueSidebar : public QTreeWidget
{
    Q_OBJECT
public:
    enum Role { ViewRole = Qt::UserRole + 1, ProviderRole, PlanRole, KeyRole, FinishedRole };

    explicit QueueSidebar(QWidget *parent = nullptr);

    // Fills the views, then the providers and plans of `catalog` (none when null) named in
    // `language`, with `counts`, and makes the remembered item current without emitting
    // filterChosen().
    void rebuild(const dueline::Catalog *catalog, const QString &language,
                 const dueline::QueueModel::Counts &counts);
    void updateCounts(const dueline::QueueModel::Counts &counts);
    // The view, provider and plan of the current item (no search text).
    dueline::QueueFilter currentFilter() const;
    // The status of the current item when it is Resolved or Closed.
    std::optional<dueline::TicketStatus> currentFinished() const;
    // Makes the Resolved or Closed item current (and emits finishedChosen()).
    void chooseFinished(dueline::TicketStatus status);
    // Makes the item current that shows most of `filter` without emitting anything: the view
    // when it is not "All open", else the plan or the provider (when its item is visible), else
    // the view. Returns what that item stands for.
    dueline::QueueFilter showFilter(const dueline::QueueFilter &filter);
    // Makes "All open" current (and emits filterChosen()).
    void chooseAllOpen() { setCurrentItem(topLevelItem(0)); }

signals:
    void filterChosen(const dueline::QueueFilter &filter);
    // Resolved or Closed was chosen: finished tickets, most recently changed first.
    void finishedChosen(dueline::TicketStatus status);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void currentItemChosen();
};

} // namespace dueline
