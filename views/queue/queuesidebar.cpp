// SPDX-License-Identifier: GPL-3.0-or-later
// QueueSidebar: the items of the queue's views, providers and plans, their counts and the
// remembered view.
#include "views/queue/queuesidebar.h"

#include "views/common/icons.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QSettings>
#include <QSignalBlocker>
#include <QStyle>
#include <QTreeWidgetItemIterator>

#include <algorithm>

namespace dueline {

namespace {

const QString viewKey = QStringLiteral("Queue/view");

QString filterKey(const QueueFilter &f)
{
    if (!f.planId.isEmpty())
        return QStringLiteral("plan:") + f.planId;
    if (!f.providerId.isEmpty())
        return QStringLiteral("provider:") + f.providerId;
    return QStringLiteral("view:%1").arg(int(f.view));
}

} // namespace

QueueSidebar::QueueSidebar(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("queueSidebar"));
    setColumnCount(2);
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setIndentation(12);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // The counts column is sized by updateCounts(): ResizeToContents would measure every item
    // and relayout the whole sidebar each time a count changes (every tick at 1 M tickets).
    header()->setSectionResizeMode(1, QHeaderView::Fixed);
    setMinimumWidth(190);
    retranslateUi();
    connect(this, &QTreeWidget::currentItemChanged, this, &QueueSidebar::currentItemChosen);
}

void QueueSidebar::retranslateUi()
{
    setAccessibleName(tr("Queue views"));
}

void QueueSidebar::changeEvent(QEvent *event)
{
    QTreeWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void QueueSidebar::rebuild(const Catalog *catalog, const QString &language,
                           const QueueModel::Counts &counts)
{
    const QSignalBlocker blocker(this);
    const QString current = QSettings().value(viewKey, QStringLiteral("view:0")).toString();
    clear();
    const auto add = [this](QTreeWidgetItem *parent, const QString &text, const QString &icon,
                            const QueueFilter &f) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
        item->setText(0, text);
        if (!icon.isEmpty())
            item->setIcon(0, Icons::get(icon));
        item->setData(0, ViewRole, int(f.view));
        item->setData(0, ProviderRole, f.providerId);
        item->setData(0, PlanRole, f.planId);
        item->setData(0, KeyRole, filterKey(f));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    using View = QueueFilter::View;
    const auto view = [](View v) {
        QueueFilter f;
        f.view = v;
        return f;
    };
    add(nullptr, tr("All open", "queue view"), QStringLiteral("view-list-details"),
        view(View::AllOpen));
    add(nullptr, tr("Mine", "queue view: tickets assigned to me"), QStringLiteral("im-user"),
        view(View::Mine));
    add(nullptr, tr("Unassigned", "queue view"), QStringLiteral("im-user-offline"),
        view(View::Unassigned));
    add(nullptr, tr("At risk", "queue view"), QStringLiteral("dialog-warning"), view(View::AtRisk));
    add(nullptr, tr("Breached", "queue view"), QStringLiteral("dialog-error"),
        view(View::Breached));
    add(nullptr, tr("Waiting on customer", "queue view"), QStringLiteral("media-playback-pause"),
        view(View::Waiting));
    // Finished tickets: their own list (no count: a file keeps every ticket it ever had).
    const auto finished = [&](const QString &text, const QString &icon, TicketStatus status) {
        QTreeWidgetItem *item = add(nullptr, text, icon, view(View::AllOpen));
        item->setData(0, FinishedRole, int(status));
        item->setData(0, KeyRole, QString(QStringLiteral("finished:") + ticketStatusKey(status)));
    };
    finished(tr("Resolved", "queue view: tickets resolved, most recent first"),
             QStringLiteral("dialog-ok-apply"), TicketStatus::Resolved);
    finished(tr("Closed", "queue view: tickets closed, most recent first"),
             QStringLiteral("archive-remove"), TicketStatus::Closed);
    if (catalog) {
        for (const Provider &provider : catalog->providers()) {
            QueueFilter pf;
            pf.providerId = provider.id;
            QTreeWidgetItem *top = add(nullptr, provider.names.text(language), QString(), pf);
            QFont bold = top->font(0);
            bold.setBold(true);
            top->setFont(0, bold);
            for (const QString &planId : provider.planIds) {
                const Plan *plan = catalog->plan(planId);
                QueueFilter f;
                f.providerId = provider.id;
                f.planId = planId;
                add(top, plan ? plan->names.text(language) : planId, QString(), f);
            }
            top->setExpanded(true);
        }
    }
    updateCounts(counts);
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        if ((*it)->data(0, KeyRole).toString() == current) {
            setCurrentItem(*it);
            break;
        }
    }
    if (!currentItem())
        setCurrentItem(topLevelItem(0));
}

void QueueSidebar::updateCounts(const QueueModel::Counts &counts)
{
    const QFontMetrics metrics(font());
    int width = 0;
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        QTreeWidgetItem *item = *it;
        if (item->data(0, FinishedRole).isValid())
            continue;
        const QString plan = item->data(0, PlanRole).toString();
        const QString provider = item->data(0, ProviderRole).toString();
        int n = 0;
        if (!plan.isEmpty())
            n = counts.byPlan.value(plan);
        else if (!provider.isEmpty())
            n = counts.byProvider.value(provider);
        else {
            switch (static_cast<QueueFilter::View>(item->data(0, ViewRole).toInt())) {
            case QueueFilter::View::AllOpen:
                n = counts.open;
                break;
            case QueueFilter::View::Mine:
                n = counts.mine;
                break;
            case QueueFilter::View::Unassigned:
                n = counts.unassigned;
                break;
            case QueueFilter::View::AtRisk:
                n = counts.atRisk;
                break;
            case QueueFilter::View::Breached:
                n = counts.breached;
                break;
            case QueueFilter::View::Waiting:
                n = counts.waiting;
                break;
            }
        }
        const QString text = QLocale().toString(n);
        if (item->text(1) != text)
            item->setText(1, text);
        // setHidden relayouts the whole tree even when nothing changes: only on a change.
        if (!provider.isEmpty() && !plan.isEmpty() && item->isHidden() != (n == 0))
            item->setHidden(n == 0);
        width = std::max(width, metrics.horizontalAdvance(text));
    }
    // As wide as the widest count (with the item's text margins); resized only when that changes.
    const int margin = style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1;
    width += 2 * margin;
    if (header()->sectionSize(1) != width)
        header()->resizeSection(1, width);
}

QueueFilter QueueSidebar::currentFilter() const
{
    QueueFilter f;
    if (const QTreeWidgetItem *item = currentItem()) {
        f.view = static_cast<QueueFilter::View>(item->data(0, ViewRole).toInt());
        f.providerId = item->data(0, ProviderRole).toString();
        f.planId = item->data(0, PlanRole).toString();
    }
    return f;
}

std::optional<TicketStatus> QueueSidebar::currentFinished() const
{
    const QTreeWidgetItem *item = currentItem();
    if (!item || !item->data(0, FinishedRole).isValid())
        return std::nullopt;
    return TicketStatus(item->data(0, FinishedRole).toInt());
}

void QueueSidebar::chooseFinished(TicketStatus status)
{
    for (QTreeWidgetItemIterator it(this); *it; ++it) {
        const QVariant finished = (*it)->data(0, FinishedRole);
        if (finished.isValid() && TicketStatus(finished.toInt()) == status) {
            setCurrentItem(*it);
            return;
        }
    }
}

QueueFilter QueueSidebar::showFilter(const QueueFilter &filter)
{
    QVector<QueueFilter> candidates;
    QueueFilter viewOnly;
    viewOnly.view = filter.view;
    if (filter.view == QueueFilter::View::AllOpen) {
        QueueFilter plan;
        plan.providerId = filter.providerId;
        plan.planId = filter.planId;
        if (!plan.planId.isEmpty())
            candidates << plan;
        if (!plan.providerId.isEmpty()) {
            plan.planId.clear();
            candidates << plan;
        }
    }
    candidates << viewOnly;
    for (const QueueFilter &candidate : std::as_const(candidates)) {
        const QString key = filterKey(candidate);
        for (QTreeWidgetItemIterator it(this); *it; ++it) {
            QTreeWidgetItem *item = *it;
            if (item->data(0, KeyRole).toString() != key || item->isHidden())
                continue;
            const QSignalBlocker blocker(this);
            setCurrentItem(item);
            QSettings().setValue(viewKey, key);
            return currentFilter();
        }
    }
    return currentFilter();
}

void QueueSidebar::currentItemChosen()
{
    QTreeWidgetItem *item = currentItem();
    if (!item)
        return;
    QSettings().setValue(viewKey, item->data(0, KeyRole).toString());
    if (const auto finished = currentFinished())
        emit finishedChosen(*finished);
    else
        emit filterChosen(currentFilter());
}

} // namespace dueline
