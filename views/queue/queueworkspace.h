// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/presenters/queuecontroller.h"
#include "views/common/dialogrunner.h"
#include "views/common/keyhelp.h"
#include "views/queue/queuetableview.h"

#include <QWidget>

#include <functional>

#include <array>

class QAction;
class QDialog;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;
class QToolBar;
class QToolButton;

namespace dueline {

class OfflineBanner;
class QueueEmptyState;
class QueueNotifier;
class QueueHold;
class WaitingChangesButton;
class FinishedTicketsView;
class QueueSidebar;
class TicketPanel;
class Ticker;

// The agent's workspace: the layout and bindings of a QueueController (which owns the store in
// its worker thread, the actions, the offline rules and the messages). Sidebar views with
// counts (QueueSidebar), the live queue (the controller's QueueModel in a QueueTableView with
// countdown delegates), quick search, the ticket panel, the ticket actions and their dialogs,
// the offline banner, and the notifications and the tray (QueueNotifier). Changes keep the
// selection and the scroll; one shared ticker advances the countdowns of the visible rows only.
class QueueWorkspace : public QWidget
{
    Q_OBJECT
public:
    enum ActionId {
        NewTicketAction,
        TakeAction,
        AssignAction,
        ReplyAction,
        NoteAction,
        WaitAction,
        ResumeAction,
        ChangeSeverityAction,
        ChangePlanAction,
        ResolveAction,
        ReopenAction,
        OverrideDueAction,
        CustomerReportAction, // the SLA report of the shown ticket's customer
        FindAction,
        RefreshAction,
        ActionCount
    };
    Q_ENUM(ActionId)

    explicit QueueWorkspace(QWidget *parent = nullptr);
    ~QueueWorkspace() override;

    // Shows the queue of `source` for agent `me`, advancing with `ticker` (not owned). The
    // controller opens it in its worker: opened() or openFailed() follows.
    void open(const dueline::QueueSource &source, const dueline::Agent &me,
              dueline::Ticker *ticker);
    bool isOpen() const { return m_controller->isOpen(); }

    dueline::QueueController *controller() const { return m_controller; }
    const dueline::Agent &agent() const { return m_controller->agent(); }
    dueline::QueueModel *model() const { return m_controller->model(); }
    QTableView *view() const { return m_view; }
    TicketPanel *panel() const { return m_panel; }
    QAction *action(ActionId id) const { return m_actions[id]; }
    QList<QAction *> ticketActions() const;

    qint64 currentTicketId() const;
    // Selects a ticket of the queue; one not loaded yet is selected when the queue opens.
    bool selectTicket(qint64 ticketId);
    // Shows any ticket, whatever its status (search, dashboard, notification), selected in the
    // view that lists it: this view or "All open" for an open ticket, Resolved or Closed (with
    // its number as the search) for a finished one.
    void openTicket(qint64 ticketId);
    // Opens a ticket and takes it once it is shown (a notification's Take); a ticket that cannot
    // be taken then (taken meanwhile, or the queue busy or offline) says so in the status bar.
    void takeTicket(qint64 ticketId);
    // A notification's Assign…: opens the ticket, then asks who works on it (AssignDialog).
    void assignTicket(qint64 ticketId);
    // The Resolved or Closed view (the sidebar's item), and the table it shows.
    FinishedTicketsView *finishedTickets() const { return m_finished; }
    // Desktop notifications and the tray; a click on a notification opens its ticket.
    QueueNotifier *notifier() const { return m_notifier; }
    QueueHold *hold() const { return m_hold; }
    WaitingChangesButton *waitingChangesButton() const { return m_waitingButton; }
    void setFilter(const dueline::QueueFilter &filter);
    // Shows the open tickets of exactly `filter` (a click on the dashboard): the sidebar's view
    // or plan and the search box say so, and a bar above the table names what else filters the
    // list (a plan with a view, a severity, an agent), with a button that drops it.
    void openFilter(const dueline::QueueFilter &filter);
    // The text of that bar; empty when it is hidden.
    QString filterBarText() const;

    // The last message shown above the queue (a conflict, a refused action); empty when none.
    QString message() const;
    bool isConnected() const { return m_controller->isOnline(); }
    QString connectionText() const { return m_controller->connectionText(); }

    // Offline mode: whether the database is lost (an open workspace only), the banner, the
    // backoff (tests shorten its delays), and the action whose outcome is not confirmed yet.
    bool isOffline() const { return m_controller->isOffline(); }
    OfflineBanner *offlineBanner() const { return m_banner; }
    dueline::ReconnectBackoff &reconnectBackoff() { return m_controller->reconnectBackoff(); }
    bool hasPendingAction() const { return m_controller->hasPendingAction(); }
    QString pendingDescription() const { return m_controller->pendingDescription(); }
    QString serverName() const { return m_controller->serverName(); }

    void setDialogRunner(DialogRunner runner);

    // The workspace's keys that are no action (Tab between the areas, J and K between the rows,
    // Enter and Escape), for Help ▸ Keyboard Shortcuts, in the UI language.
    static QList<KeyHelp> keyHelp();

public slots:
    void reload(); // loads the whole queue again, keeping the selection
    void tick(qint64 now);
    void reconnectNow(); // offline: tries to reconnect at once

signals:
    void opened();
    void openFailed(const QString &error);
    // Counts, connection state or clock offset changed (for the status bar).
    void statusChanged();
    void statusMessage(const QString &message);
    // Ticket ▸ Customer's SLA Report…: the report of the shown ticket's customer is wanted.
    void customerReportRequested(qint64 customerId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Tab and Shift+Tab go round the areas: the sidebar, the table, the panel, the search field.
    bool focusNextPrevChild(bool next) override;

private:
    void createActions();
    void retranslateUi();
    void rebuildSidebar(); // and applies the remembered view
    void chooseView(const dueline::QueueFilter &view); // a sidebar item's view, provider, plan
    void chooseFinished(dueline::TicketStatus status); // Resolved or Closed
    void lookUpNumber(const QString &text);
    void ticketFound(qint64 ticketId, dueline::TicketStatus status);
    void chooseFinishedItem(dueline::TicketStatus status); // or searches it again
    void updateVisibleRows();
    void updateActions();
    void currentChanged();
    void shownTicketChanged();
    void controllerOpened();
    void queueAboutToChange();
    void queueChanged();
    void stateChanged();
    void showMessage(const QString &text, bool error);
    void restoreSelection(qint64 ticketId);
    void showNoTicket(); // no row selected, the panel empty
    // The empty state over the table: an empty view or a search without hits.
    void updateEmptyState();
    void updateFilterBar();
    void updateTray();
    int runDialog(QDialog &dialog);
    dueline::Instant storeNow() const;
    void updateBanner();
    // Runs a ticket action after its dialog (if any) was accepted.
    void run(dueline::QueueRequest::Kind kind);
    // Runs `action` once `ticketId` is shown in the panel; says `refused` when it is not open.
    void whenShown(qint64 ticketId, const QString &refused, const std::function<void()> &action);
    // Asks who works on `ticket` and sends `request` (an Assign) to them.
    void assign(dueline::QueueRequest &request, const dueline::Ticket &ticket);
    void newTicket();
    QueueTableView *currentTable() const; // the open tickets', or the finished ones' in view

    dueline::QueueController *m_controller = nullptr;
    QueueHold *m_hold = nullptr; // the list holds still under the pointer
    WaitingChangesButton *m_waitingButton = nullptr;
    dueline::Ticker *m_ticker = nullptr;
    OfflineBanner *m_banner = nullptr;
    QTimer *m_busyTimer = nullptr; // an action taking long says so above the queue
    bool m_wasOffline = false;

    QSplitter *m_splitter = nullptr;
    QueueSidebar *m_sidebar = nullptr;
    FinishedTicketsView *m_finished = nullptr;
    qint64 m_openWhenFound = 0; // openTicket() of a ticket the queue does not have
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_filterBar = nullptr;
    QLabel *m_filterBarText = nullptr;
    QToolButton *m_filterBarClear = nullptr;
    QueueTableView *m_view = nullptr;
    QueueEmptyState *m_empty = nullptr;
    QToolBar *m_toolBar = nullptr;
    TicketPanel *m_panel = nullptr;
    QueueNotifier *m_notifier = nullptr;
    std::array<QAction *, ActionCount> m_actions{};
    DialogRunner m_dialogRunner;
    bool m_restoring = false;
    // Around a change of the rows: the ticket and the scroll to keep.
    qint64 m_keepTicket = 0;
    int m_keepScroll = 0;
    qint64 m_selectWhenOpen = 0; // selectTicket() before the queue was loaded
};

} // namespace dueline
