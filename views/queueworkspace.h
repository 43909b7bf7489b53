#pragma once

#include "models/item/queuemodel.h"
#include "models/store/changefeed.h"
#include "models/store/ticketstore.h"

#include <QHash>
#include <QWidget>

#include <array>
#include <functional>
#include <memory>

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
class TicketPanel;

namespace dueline {
class Ticker;
}

// The agent's workspace: sidebar views with counts, the live queue (QueueModel in a table with
// countdown delegates), quick search, the ticket panel and the ticket actions. Every action runs
// on the store with the row version the agent saw; a conflict shows a clear message and the fresh
// state. Other agents' changes (the change feed) update rows in place, keeping selection and
// scroll. One shared ticker advances the countdowns of the visible rows only.
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

    using DialogRunner = std::function<int(QDialog &)>;

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

    void setDialogRunner(DialogRunner runner);

public slots:
    void reload(); // loads the whole queue again, keeping the selection
    void refreshTickets(const QVector<qint64> &ids); // loads these tickets again, in place
    void tick(qint64 now);

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
    void perform(const Perform &what, const QString &done);
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
