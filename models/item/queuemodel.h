// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/catalog.h"
#include "models/store/ticketstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>

#include <array>
#include <limits>
#include <queue>
#include <vector>

namespace dueline {

// Which open tickets a queue view shows.
struct QueueFilter
{
    enum class View { AllOpen, Mine, Unassigned, AtRisk, Breached, Waiting };
    View view = View::AllOpen;
    QString providerId; // empty: every provider
    QString planId; // empty: every plan
    QString text; // quick search over id, subject and customer (case-insensitive)
    QString severity; // empty: every severity
    qint64 assigneeId = -1; // -1: anybody's; 0: unassigned
    bool operator==(const QueueFilter &o) const
    {
        return view == o.view && providerId == o.providerId && planId == o.planId &&
               text == o.text && severity == o.severity && assigneeId == o.assigneeId;
    }
};

// The live SLA queue: a table over a compact in-memory index of the open tickets (no QObject per
// row, nothing allocated per tick). Sorting and filtering live in the model's own index, not in a
// QSortFilterProxyModel (docs/architecture.md §6: it does not scale to a million rows).
//
// Time: one shared ticker calls tick(now). A tick announces dataChanged for the countdown
// columns of the visible rows only (setVisibleRows), and finds the tickets that cross into at
// risk or breached through a queue ordered by their next state change — never by scanning every
// row. The default order (next breach first) is by absolute due instants, so a tick never
// re-sorts.
class QueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        CustomerColumn,
        PlanColumn,
        SeverityColumn,
        SubjectColumn,
        StatusColumn,
        AssigneeColumn,
        ResponseColumn,
        ResolutionColumn,
        NextBreachColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value of the column
        TicketIdRole,
        ClockStateRole, // ClockState of a clock column (int)
        RemainingRole, // working seconds left (negative: overdue) of a clock column
        DueRole, // due instant of a clock column (epoch seconds), null without one
        ProgressRole, // share of the target used, 0..1 (above 1 when breached)
        ResumesAtRole, // outside hours: the next working instant (epoch seconds)
        LevelRole, // incident level 1..4 of the severity (for its colour)
        OverriddenRole, // the due was set by a lead
        CompactTextRole, // a clock's text for a narrow cell ("4 workdays 5 h"), else DisplayRole's
    };
    Q_ENUM(Role)

    // Counts for the sidebar views.
    struct Counts
    {
        int open = 0;
        int mine = 0;
        int unassigned = 0;
        int atRisk = 0;
        int breached = 0;
        int waiting = 0;
        QHash<QString, int> byPlan;
        QHash<QString, int> byProvider;
    };

    explicit QueueModel(QObject *parent = nullptr);

    // The queue row of a stored ticket (for live changes and the results of actions).
    static QueueRow rowFromTicket(const Ticket &ticket);

    void setCatalog(CatalogPtr catalog);
    void setLanguage(const QString &language);
    // The reader's time zone (the system's by default): dates are shown in it, and a time in
    // another zone names its zone.
    void setTimeZone(const QTimeZone &zone);
    void setCurrentAgent(qint64 agentId);
    void setCustomers(const QHash<qint64, QString> &names);
    void setAgents(const QHash<qint64, QString> &names);

    // Replaces every row (a fresh load) at `now`.
    void setRows(std::vector<QueueRow> rows, Instant now);
    // Applies other agents' changes in place: updated or new rows, and ids no longer open (or
    // rows of tickets no longer open, which leave the same way unless their row is held: then
    // it shows that final state until released). Selection and scroll survive: rows keep their
    // identity and only moved rows move.
    void applyChanges(const std::vector<QueueRow> &changed, const QVector<qint64> &closedIds,
                      Instant now);

    // The ticker. Returns the ids of tickets that crossed into at risk or breached.
    QVector<qint64> tick(Instant now);
    Instant now() const { return m_now; }
    // The rows the view shows, so that a tick repaints only those.
    void setVisibleRows(int first, int last);

    // A calm list: while the order is held (the pointer is over the table, or a key was pressed
    // in it), changes and ticks update rows where they are, but no row moves, appears or
    // leaves; those moves wait until the order is released or applyWaiting() is called. The
    // pinned ticket (the one the panel shows) keeps its row, held or not, until another is
    // pinned, so an action never moves the row the agent acted on from under the selection.
    void setOrderHeld(bool held);
    bool isOrderHeld() const { return m_orderHeld; }
    void setPinnedTicket(qint64 ticketId);
    qint64 pinnedTicket() const { return m_pinned; }
    // The tickets whose row waits to move, appear or leave (the pinned one not counted).
    int waitingChanges() const { return m_waitingCount; }
    // Moves, adds and removes the waiting rows now (all but the pinned one); selection and
    // persistent indexes follow the rows that stay.
    void applyWaiting();

    void setFilter(const QueueFilter &filter);
    const QueueFilter &filter() const { return m_filter; }
    const Counts &counts() const { return m_counts; }

    int rowForTicket(qint64 ticketId) const; // -1 when not shown
    qint64 ticketAt(int row) const;
    const QueueRow *ticket(qint64 ticketId) const;
    int totalOpen() const { return int(m_rows.size()); }
    // The open tickets at risk now (not breached), whatever the filter: a scan of every row.
    QVector<qint64> ticketsAtRisk() const;
    // Agent id → the open tickets assigned to them (the assign dialog's load; 0: unassigned), a
    // scan.
    QHash<qint64, int> openTicketsByAssignee() const;

    // The live state of one clock of a ticket at the model's now.
    ClockState clockState(const QueueRow &row, TargetKind kind, qint64 *remaining = nullptr,
                          Instant *resumesAt = nullptr) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // A column's header, and a ticket status, in the current language.
    static QString columnTitle(int section);
    static QString statusText(TicketStatus status);

signals:
    void countsChanged();
    // A ticket crossed into at risk or breached (for notifications).
    void ticketStateChanged(qint64 ticketId, int state);
    // waitingChanges() changed.
    void waitingChangesChanged(int count);

private:
    // What the clocks of a (plan, severity) run on; shared by every row with that pair.
    struct Policy
    {
        const WorkCalendar *calendar[2] = {nullptr, nullptr};
        TargetUnit unit[2] = {TargetUnit::Hours, TargetUnit::Hours}; // how a clock is shown
        LeadTime lead[2]; // at risk: the catalog's lead times (Catalog::leadTime()), else 25 %
        const Plan *plan = nullptr;
        QString planId;
        QString providerId;
        QString severity;
        int level = 4;
    };
    enum Category : quint8 { Fine = 0, AtRisk = 1, Breached = 2 };
    struct Pending
    {
        Instant at;
        int row;
        quint32 generation;
        bool operator>(const Pending &o) const
        {
            return at != o.at ? at > o.at
                              : (row != o.row ? row > o.row : generation > o.generation);
        }
    };

    // Ticket id -> index in m_rows: a plain array over the (usually dense) id range, a hash for
    // ids far outside it.
    class RowIndex
    {
    public:
        void rebuild(const std::vector<QueueRow> &rows);
        int find(qint64 id) const; // -1 when absent
        void insert(qint64 id, int row);
        void remove(qint64 id);

    private:
        qint64 m_base = 0;
        std::vector<int> m_dense; // m_dense[id - m_base], -1 when absent
        QHash<qint64, int> m_sparse;
        std::size_t m_count = 0;
    };
    // A (plan, severity) pair seen before; the strings are kept so that their data pointers
    // identify them (loadQueue shares one string per distinct value).
    struct PolicyKey
    {
        QString planId;
        QString severity;
        int policy;
    };

    // The sort key of a due instant: a missing one (InvalidInstant) sorts last.
    static Instant sortableDue(Instant t)
    {
        return t == InvalidInstant ? std::numeric_limits<Instant>::max() : t;
    }
    // The sort key of a clock column (docs/architecture.md §6: nothing that changes with time, so
    // a tick never reorders rows): its state group — running or breached (which due order
    // already separates), then paused, then met or met late, then not applicable — and the due
    // instant within the group. The group order holds in both directions; `descending` reverses
    // the dues only (the key is meant for a descending sort then).
    static qint64 clockSortKey(const ClockSnapshot &clock, bool descending);
    int policyFor(const QString &planId, const QString &severity);
    ClockState clockState(const QueueRow &row, int policy, TargetKind kind, qint64 *remaining,
                          Instant *resumesAt) const;
    void announceCounts();
    Category categoryOf(int row, Instant *next) const;
    void schedule(int row);
    void countRow(int row, int sign);
    bool accepts(int row) const;
    void rebuildOrder();
    void sortOrder();
    bool lessThan(int a, int b) const;
    // Where a row not in m_order goes: a binary search that steps over the waiting rows (which
    // may be out of place).
    int insertPosition(int rowIndex) const;
    bool isWaiting(int rowIndex) const;
    void applyNow(const std::vector<QueueRow> &changed, const QVector<qint64> &closedIds);
    int storeRow(const QueueRow &row); // its data, policy, schedule and counts; its index
    void holdChanges(const std::vector<QueueRow> &changed, const QVector<qint64> &closedIds,
                     const std::vector<QueueRow> &finished);
    void releaseWaiting(bool keepPinned);
    void dropClosedWaiting(); // before a rebuild: the rows closed while held leave m_rows
    void updateWaitingCount();
    void resetIndex(Instant now);
    QVariant clockData(const QueueRow &row, int rowIndex, TargetKind kind, int role) const;
    ClockState liveState(int rowIndex, TargetKind kind, qint64 *remaining,
                         Instant *resumesAt) const;

    CatalogPtr m_catalog;
    QString m_language = QStringLiteral("en");
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    qint64 m_me = 0;
    QHash<qint64, QString> m_customers;
    QHash<qint64, QString> m_agents;

    std::vector<QueueRow> m_rows;
    std::vector<quint16> m_policyOf; // per row
    std::vector<Category> m_category; // per row
    std::vector<quint32> m_generation; // per row, invalidates stale pending entries
    RowIndex m_rowOfTicket;
    std::vector<Policy> m_policies;
    std::vector<PolicyKey> m_policyKeys;
    std::size_t m_lastPolicyKey = 0;
    std::vector<int> m_openByPolicy; // open rows per policy (Counts::byPlan, byProvider)
    std::priority_queue<Pending, std::vector<Pending>, std::greater<Pending>> m_pending;

    std::vector<int> m_order; // shown rows (indices into m_rows) in display order
    std::vector<int> m_positionOf; // index in m_rows -> position in m_order, -1 when hidden
    QueueFilter m_filter;
    int m_sortColumn = NextBreachColumn;
    bool m_orderSorted = false; // m_order follows the sort column (texts may have changed)
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_firstVisible = 0;
    int m_lastVisible = -1;
    Instant m_now = 0;
    Counts m_counts;
    // The held order (setOrderHeld, setPinnedTicket): the tickets whose row waits, true for
    // the ones no longer open (their row stays, with its last data, until released).
    bool m_orderHeld = false;
    qint64 m_pinned = 0;
    QHash<qint64, bool> m_waiting;
    int m_waitingCount = 0;
    // The live state of recently painted clock cells (see liveState()).
    static constexpr int StateCacheSize = 256; // a power of two
    struct StateCacheEntry
    {
        int row = -1;
        int kind = 0;
        Instant now = 0;
        quint32 generation = 0;
        ClockState state = ClockState::NotApplicable;
        qint64 remaining = 0;
        Instant resumesAt = InvalidInstant;
    };
    mutable std::array<StateCacheEntry, StateCacheSize> m_stateCache{};
    // Quick search: the number searched for, and whether each customer and each distinct
    // (shared) subject text matches, filled lazily per filter.
    qint64 m_searchId = 0;
    bool m_searchCaching = false; // only while rebuildOrder() runs (rows do not change then)
    mutable QHash<qint64, bool> m_customerMatch;
    mutable QHash<const void *, bool> m_subjectMatch;
};

} // namespace dueline
