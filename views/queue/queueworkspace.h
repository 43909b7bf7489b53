#pragma once

#include "models/item/queuemodel.h"
#include "models/store/changefeed.h"
#include "models/store/ticketstore.h"
#include "views/common/dialogrunner.h"

#include <QHash>
#include <QWidget>

#include <array>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QDialog;
class QLabel;
class QLineEdit;
class QSplitter;
class QSystemTrayIcon;
class QTableView;
class QTimer;
class QToolBar;
class QTreeWidget;
class QTreeWidgetItem;
class OfflineBanner;
class TicketPanel;

namespace dueline {
class Ticker;
}

// The agent's workspace: sidebar views with counts, the live queue (QueueModel in a table with
// countdown delegates), quick search, the ticket panel and the ticket actions. Every action runs
// on the store with the row version the agent saw; a conflict shows a clear message and the fresh
// state. Other agents' changes (the change feed) update rows in place, keeping selection and
// scroll. One shared ticker advances the countdowns of the visible rows only.
//
// Losing the database (issue 9): the change feed's heartbeat, or an action or read failing with
// a lost connection, turns the workspace offline. An offline banner names the server and counts
// down to the next automatic attempt (ReconnectBackoff: 1, 2, 4 … s, capped at 30 s, with
// jitter; "Retry Now" or Reload try at once); every ticket action is disabled; countdowns keep
// ticking from the last known state. An action that was in flight when the connection dropped
// is kept with its action id and shown as not confirmed; after reconnecting it is sent again
// with the same id, so it is saved exactly once (or the store's refusal is shown), the queue is
// loaded again with the selection kept, the banner goes and the status bar says it is back.
class QueueWorkspace : public QWidget
{
    Q_OBJECT
public:
    enum ActionId {
        NewTicketAction,
        TakeAction,
        ReplyAction,
        NoteAction,
        WaitAction,
        ResumeAction,
        ChangeSeverityAction,
        ChangePlanAction,
        ResolveAction,
        ReopenAction,
        OverrideDueAction,
        FindAction,
        RefreshAction,
        ActionCount
    };
    Q_ENUM(ActionId)

    explicit QueueWorkspace(QWidget *parent = nullptr);
    ~QueueWorkspace() override;

    // Shows the queue of `store` for agent `me`, advancing with `ticker` (not owned) and live
    // through `feed` (optional; started here). Returns false with *error when the queue cannot
    // be loaded.
    bool open(std::unique_ptr<dueline::TicketStore> store, const dueline::Agent &me,
              dueline::Ticker *ticker, std::unique_ptr<dueline::ChangeFeed> feed, QString *error);
    bool isOpen() const { return m_store != nullptr; }

    dueline::TicketStore *store() const { return m_store.get(); }
    dueline::ChangeFeed *changeFeed() const { return m_feed.get(); }
    const dueline::Agent &agent() const { return m_me; }
    dueline::QueueModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    TicketPanel *panel() const { return m_panel; }
    QAction *action(ActionId id) const { return m_actions[id]; }
    QList<QAction *> ticketActions() const;

    qint64 currentTicketId() const;
    bool selectTicket(qint64 ticketId);
    void setFilter(const dueline::QueueFilter &filter);

    // The last message shown above the queue (a conflict, a refused action); empty when none.
    QString message() const;
    bool isConnected() const { return m_connected; }
    QString connectionText() const;

    // Offline mode: whether the database is lost (an open workspace only), the banner, the
    // backoff (tests shorten its delays), and the action whose outcome is not confirmed yet.
    bool isOffline() const { return m_store && !m_connected; }
    OfflineBanner *offlineBanner() const { return m_banner; }
    dueline::ReconnectBackoff &reconnectBackoff() { return m_backoff; }
    bool hasPendingAction() const { return m_pending.has_value(); }
    // The unconfirmed action in words ("taking ticket #2"), empty without one.
    QString pendingDescription() const;
    // "127.0.0.1:5432/dueline", or the SQLite file's name.
    QString serverName() const;

    void setDialogRunner(DialogRunner runner);

public slots:
    void reload(); // loads the whole queue again, keeping the selection
    void refreshTickets(const QVector<qint64> &ids); // loads these tickets again, in place
    void tick(qint64 now);
    void reconnectNow(); // offline: tries to reconnect at once

signals:
    // Counts, connection state or clock offset changed (for the status bar).
    void statusChanged();
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void retranslateUi();
    void rebuildSidebar();
    void updateSidebarCounts();
    void updateVisibleRows();
    void updateActions();
    void currentChanged();
    void loadPanel(qint64 ticketId);
    void applyTicket(const dueline::Ticket &ticket);
    void showMessage(const QString &text, bool error);
    void clearMessage();
    void sidebarChanged();
    void restoreSelection(qint64 ticketId);
    void notify(qint64 ticketId, int state);
    void updateTray();
    bool quietNow() const;
    int runDialog(QDialog &dialog);
    dueline::Instant storeNow() const;

    using Perform = std::function<dueline::ActionResult(const dueline::Action &)>;
    void perform(ActionId kind, const Perform &what, const QString &done);
    // Offline mode.
    struct PendingAction
    {
        ActionId kind = TakeAction;
        qint64 ticketId = 0; // 0 for a new ticket
        QString subject; // a new ticket's
        std::function<dueline::ActionResult()> run; // the same action id each time
        QString done; // the status message on success, with %1 for the ticket number
    };
    // If `error` means the connection is gone: goes offline and returns true.
    bool handleLost(const dueline::StoreError &error);
    void goOffline(const QString &reason);
    void scheduleReconnect();
    void goOnline();
    void retryPending();
    void updateBanner();
    void take();
    void reply();
    void note();
    void wait();
    void resume();
    void changeSeverity();
    void changePlan();
    void resolve();
    void reopen();
    void overrideDue();
    void newTicket();

    std::unique_ptr<dueline::TicketStore> m_store;
    std::unique_ptr<dueline::ChangeFeed> m_feed;
    dueline::Agent m_me;
    dueline::Ticker *m_ticker = nullptr;
    QHash<qint64, QString> m_agentNames;
    QHash<qint64, dueline::Customer> m_customers;
    bool m_connected = false;
    QString m_connectionError;
    std::optional<PendingAction> m_pending;
    dueline::ReconnectBackoff m_backoff;
    QTimer *m_reconnectTimer = nullptr;
    OfflineBanner *m_banner = nullptr;

    dueline::QueueModel *m_model = nullptr;
    QSplitter *m_splitter = nullptr;
    QTreeWidget *m_sidebar = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_view = nullptr;
    QToolBar *m_toolBar = nullptr;
    TicketPanel *m_panel = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    std::array<QAction *, ActionCount> m_actions{};
    DialogRunner m_dialogRunner;
    bool m_restoring = false;
};
