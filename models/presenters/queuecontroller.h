// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/item/queuemodel.h"
#include "models/item/ticketlistmodel.h"
#include "models/presenters/queuerequest.h"
#include "models/sla/notificationsettings.h"
#include "models/store/changefeed.h"
#include "models/store/ticketstore.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

class QThread;
class QTimer;

namespace dueline {

// Where a queue's tickets come from. The controller opens it in its worker thread (a database
// connection belongs to the thread that opened it).
struct QueueSource
{
    DatabaseUrl url = DatabaseUrl::sqlite(QString());
    CatalogPtr catalog;
    const ClockSource *clock = nullptr; // not owned; outlives the controller
    bool live = true; // watch other clients' changes (a ChangeFeed)
    int feedIntervalMs = 0; // the feed's poll or heartbeat interval; 0: its default
};

// The agent's queue without widgets (docs/architecture.md §1, presenters): it owns the ticket
// store, which lives in a worker thread, and everything the queue workspace shows about it — the
// queue model, the ticket shown in detail, which actions fit, the messages, the connection
// state. No call reaches the database on the calling (GUI) thread: opening, reloads, the change
// feed, actions and reconnects run in the worker one after another and report back, so a slow
// or locked server never freezes the window.
//
// Every action runs with the row version the agent saw; a conflict says so and shows the fresh
// state. Losing the database (issue 9): the change feed's heartbeat, or an action or read failing
// with a lost connection, turns the controller offline; it tries again after
// ReconnectBackoff's delays (1, 2, 4 … s, capped at 30 s, with jitter) or at once on
// reconnectNow(). An action whose outcome was unknown when the connection dropped is kept with
// its action id and sent again after reconnecting, so that it is saved exactly once (or the
// store's refusal is shown); the queue is then loaded again.
class QueueController : public QObject
{
    Q_OBJECT
public:
    enum class State { Closed, Opening, Online, Offline };
    Q_ENUM(State)

    explicit QueueController(QObject *parent = nullptr);
    ~QueueController() override;

    // Opens `source` for agent `me` in the worker: the store, agents and customers, the queue,
    // then the change feed. opened() or openFailed() reports; the model fills on opened().
    void open(const QueueSource &source, const Agent &me);
    // Closes the store and empties the model (waits for the worker's current call to end).
    void close();

    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Online || m_state == State::Offline; }
    bool isOnline() const { return m_state == State::Online; }
    bool isOffline() const { return m_state == State::Offline; }
    // Whether an action is on its way to the database (no other action starts meanwhile).
    bool isBusy() const { return m_busy.has_value(); }
    // Whether the worker has nothing left to do (tests wait for this).
    bool isIdle() const { return m_outstanding == 0; }

    const Agent &agent() const { return m_me; }
    // Every agent of the database, active or not, by id (for "who I am" and assignment).
    const QVector<Agent> &agents() const { return m_agents; }
    // Switches who I am, in place: "Mine", the actions that fit and the actor of the next
    // action follow. `me` must be an active agent of agents().
    void setAgent(const Agent &me);
    // Adds an agent (id 0) or renames, changes the role of or (de)activates one, in the worker;
    // agentsChanged() or agentSaveFailed() follows. While offline: refused with a message.
    void saveAgent(const Agent &agent);
    const QueueSource &source() const { return m_source; }
    // Everybody's notification settings (issue 20, schema 10), by agent id, read with the queue
    // and again on reload, on the change feed's news and after a save; an agent missing here
    // never saved theirs and has the defaults (notificationSettingsOf()).
    // notificationSettingsChanged() follows every change.
    const QHash<qint64, NotificationSettings> &notificationSettings() const
    {
        return m_notificationSettings;
    }
    NotificationSettings notificationSettingsOf(qint64 agentId) const
    {
        return m_notificationSettings.value(agentId);
    }
    // Saves the settings of the current person (agent()) in the worker;
    // notificationSettingsSaved() or notificationSettingsSaveFailed() follows (while offline: at
    // once, refused).
    void saveNotificationSettings(const NotificationSettings &settings);
    const Catalog &catalog() const { return *m_source.catalog; }
    QueueModel *model() const { return m_model; }
    const QHash<qint64, QString> &agentNames() const { return m_agentNames; }
    const QHash<qint64, Customer> &customers() const { return m_customers; }
    QVector<Customer> customersByName() const;
    // Server clock minus this computer's clock, in seconds (0 on SQLite); "now" for the queue.
    qint64 serverClockOffset() const { return m_serverOffset; }
    Instant now() const;
    // "127.0.0.1:5432/dueline", or the SQLite file's name.
    QString serverName() const;
    // "Live", "Connected" or "Offline, reconnecting"; empty while closed.
    QString connectionText() const;
    // The reason the database was lost (the driver's words); empty while online.
    QString connectionError() const { return m_connectionError; }

    // The ticket shown in detail: showTicket() asks the worker for it and its events;
    // shownTicketChanged() follows. While offline nothing can be read, and the ticket is
    // unavailable (a different one than the last shown) or stays as it was.
    void showTicket(qint64 ticketId); // 0: none
    qint64 shownTicketId() const { return m_shownId; }
    bool isShownTicketLoaded() const { return m_shown && m_shown->id == m_shownId; }
    bool isShownTicketUnavailable() const { return m_shownUnavailable; }
    const std::optional<Ticket> &shownTicket() const { return m_shown; }
    const QVector<Event> &shownEvents() const { return m_shownEvents; }

    // Finished tickets (the Resolved and Closed views): showFinished() asks the worker for
    // the tickets of `status` matching `text` (a number, or words of the subject or customer),
    // most recently changed first; finishedModel() has them when finishedChanged() follows.
    // Actions and other clients' changes keep the list current while it is shown.
    void showFinished(TicketStatus status, const QString &text);
    void hideFinished();
    TicketListModel *finishedModel() const { return m_finished; }
    std::optional<TicketStatus> finishedStatus() const { return m_finishedStatus; }
    // Looks a ticket up whatever its status; ticketFound() or ticketNotFound() follows.
    void findTicket(qint64 ticketId);

    // Which actions fit now: online, no other action on its way, the shown ticket loaded and in
    // a state that allows it, the lead's override for leads only.
    bool canRun(QueueRequest::Kind kind) const;
    // Sends `request` for the shown ticket (NewTicket: a new one); false when it does not fit.
    // Its action's ticket and expected row version, when set, are kept (the version the agent
    // saw when the action's dialog opened); else they are the shown ticket's now.
    bool run(QueueRequest request);
    // Undoes the agent's own take or assign `assignmentActionId` of ticket `ticketId` (as
    // assignmentSaved() named it), whichever ticket is shown: the ticket goes back to the
    // assignee before it. False when no action can start now.
    bool undoAssignment(qint64 ticketId, const QString &assignmentActionId);
    // The action on its way, or the one kept while offline, in words ("taking ticket #2").
    QString busyDescription() const;
    bool hasPendingAction() const { return m_pending.has_value(); }
    QString pendingDescription() const;

    // Offline: the backoff (tests shorten its delays) and the next automatic attempt.
    ReconnectBackoff &reconnectBackoff() { return m_backoff; }
    int msUntilReconnect() const; // -1 when none is scheduled

public slots:
    void reload(); // loads the whole queue again (offline: tries to reconnect at once)
    void refreshTickets(const QVector<qint64> &ids); // loads these tickets again, in place
    void reconnectNow();

signals:
    void opened();
    void openFailed(const QString &error);
    // Online/offline, busy, the pending action or the clock offset changed.
    void stateChanged();
    // Around every change of the model's rows (the view keeps its selection and scroll).
    void queueAboutToChange();
    void queueChanged();
    // The shown ticket was loaded, changed, or became unavailable.
    void shownTicketChanged();
    // The message above the queue: a conflict, a refused action; empty text hides it.
    void messageChanged(const QString &text, bool error);
    // A short note for the status bar.
    void statusMessage(const QString &message);
    // An action was saved (a new ticket: its number).
    void actionSaved(QueueRequest::Kind kind, qint64 ticketId);
    // A take or assign was saved (after actionSaved()): the action id that undoAssignment()
    // takes back, and who has the ticket now.
    void assignmentSaved(QueueRequest::Kind kind, qint64 ticketId, const QString &actionId,
                         qint64 assigneeId);
    // The agents were read again (after saveAgent(), a reload, or switching person); `savedId`
    // is the agent just saved (0: none).
    void agentsChanged(qint64 savedId);
    void agentSaveFailed(const QString &error);
    // notificationSettings() changed (read again, or saved by this person).
    void notificationSettingsChanged();
    void notificationSettingsSaved();
    void notificationSettingsSaveFailed(const QString &error);
    // The finished tickets asked for are in finishedModel().
    void finishedChanged();
    void ticketFound(qint64 ticketId, dueline::TicketStatus status);
    void ticketNotFound(qint64 ticketId);

private:
    struct Worker;
    // Runs `work` (Worker & → result) in the worker, then `finish` (result) here; a result of
    // an earlier open() is dropped.
    template<typename Work, typename Finish>
    void post(Work work, Finish finish);
    void finishOpen(bool ok, const QString &error);
    void finish(const QueueRequest &request, const ActionResult &result, bool lost,
                const QVector<Event> &events, bool retried);
    void send(const QueueRequest &request, bool retry);
    void applyTicket(const Ticket &ticket, const QVector<Event> &events);
    void applyRows(std::vector<QueueRow> rows);
    void loadQueue(bool back); // back: after reconnecting, say so when it is loaded
    void loadShown();
    void goOffline(const QString &reason);
    void goOnline();
    void scheduleReconnect();
    void setMessage(const QString &text, bool error);
    void applyAgents(const QVector<Agent> &agents);
    void applyNotificationSettings(const QHash<qint64, NotificationSettings> &settings);

    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives in m_thread; work is posted to it
    std::unique_ptr<Worker> m_worker; // touched in m_thread only
    int m_outstanding = 0;

    State m_state = State::Closed;
    QueueSource m_source;
    Agent m_me;
    qint64 m_serverOffset = 0;
    QString m_connectionError;
    QueueModel *m_model = nullptr;
    TicketListModel *m_finished = nullptr;
    std::optional<TicketStatus> m_finishedStatus;
    QString m_finishedText;
    QVector<Agent> m_agents;
    QHash<qint64, QString> m_agentNames;
    QHash<qint64, Customer> m_customers;
    QHash<qint64, NotificationSettings> m_notificationSettings;

    qint64 m_shownId = 0;
    std::optional<Ticket> m_shown;
    QVector<Event> m_shownEvents;
    bool m_shownUnavailable = false;
    bool m_shownLoading = false;

    std::optional<QueueRequest> m_busy;
    std::optional<QueueRequest> m_pending;
    ReconnectBackoff m_backoff;
    QTimer *m_reconnectTimer = nullptr;
    bool m_reconnecting = false;
    quint64 m_generation = 0; // a result of an earlier open() is dropped
};

} // namespace dueline
