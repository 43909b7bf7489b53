// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/presenters/queuecontroller.h"

#include "models/store/notificationsettingsstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>
#include <QTimer>

#include <algorithm>

// Texts are translated in the context "QueueController" (QObject::tr() would use the
// namespace-qualified class name, which translations/*.ts do not know).
namespace dueline {

// What the worker thread owns: touched only there.
struct QueueController::Worker
{
    std::unique_ptr<TicketStore> store;
    std::unique_ptr<ChangeFeed> feed;

    void close()
    {
        if (feed)
            feed->stop();
        feed.reset();
        store.reset();
    }
    // Whether `error` means the connection is gone.
    bool lost(const StoreError &error) const
    {
        return error && store && store->isConnectionLost(error);
    }
};

namespace {

// The outcome of opening a queue in the worker.
struct Opened
{
    QString error;
    QVector<Agent> agents;
    QVector<Customer> customers;
    QHash<qint64, NotificationSettings> notificationSettings;
    std::vector<QueueRow> rows;
    qint64 serverOffset = 0;
    QString feedError; // the change feed could not start: the queue opens offline
};

// The outcome of a read.
struct Read
{
    StoreError error;
    bool lost = false;
    qint64 serverOffset = 0;
    std::vector<QueueRow> rows; // reload: the whole queue; refresh: the open tickets read
    QVector<qint64> gone; // refresh: tickets that are no longer open (or no longer exist)
    std::optional<Ticket> ticket; // the shown ticket
    QVector<Event> events;
    QVector<Agent> agents; // reload: the agents too (another program may have added one)
    // Reload and refresh: everybody's notification settings (someone may have saved theirs).
    std::optional<QHash<qint64, NotificationSettings>> notificationSettings;
    bool more = false; // finished tickets: more than were read
};

// The outcome of an action.
struct Done
{
    ActionResult result;
    bool lost = false;
    qint64 serverOffset = 0;
    QVector<Event> events; // the ticket's events after it
};

} // namespace

QueueController::QueueController(QObject *parent)
    : QObject(parent)
    , m_worker(std::make_unique<Worker>())
{
    m_model = new QueueModel(this);
    m_model->setObjectName(QStringLiteral("queueModel"));
    m_finished = new TicketListModel(this);
    m_finished->setObjectName(QStringLiteral("finishedModel"));
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("queueStore"));
    m_context = new QObject; // no parent: it moves to the worker and is deleted there
    m_context->moveToThread(m_thread);
    m_thread->start();
    m_reconnectTimer = new QTimer(this);
    m_reconnectTimer->setObjectName(QStringLiteral("reconnectTimer"));
    m_reconnectTimer->setSingleShot(true);
    m_reconnectTimer->setTimerType(Qt::PreciseTimer); // the banner counts its seconds down
    connect(m_reconnectTimer, &QTimer::timeout, this, &QueueController::reconnectNow);
}

QueueController::~QueueController()
{
    // The store and the feed go in the thread that made them; then the thread ends. A call the
    // worker is in (a server holding a lock) is waited for.
    Worker *worker = m_worker.get();
    QThread *thread = m_thread;
    QMetaObject::invokeMethod(
            m_context,
            [worker, thread] {
                worker->close();
                thread->quit();
            },
            Qt::QueuedConnection);
    m_thread->wait();
    delete m_context; // its thread has ended: nothing can reach it any more
}

template<typename Work, typename Finish>
void QueueController::post(Work work, Finish finish)
{
    ++m_outstanding;
    const quint64 generation = m_generation;
    Worker *worker = m_worker.get();
    QMetaObject::invokeMethod(
            m_context,
            [this, worker, generation, work = std::move(work), finish = std::move(finish)] {
                auto result = work(*worker);
                QMetaObject::invokeMethod(
                        this,
                        [this, generation, finish, result = std::move(result)]() mutable {
                            --m_outstanding;
                            if (generation == m_generation)
                                finish(std::move(result));
                        },
                        Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
}

void QueueController::open(const QueueSource &source, const Agent &me)
{
    close();
    m_source = source;
    m_me = me;
    m_state = State::Opening;
    m_model->setCatalog(source.catalog);
    m_finished->setCatalog(source.catalog);
    m_model->setCurrentAgent(me.id);
    QueueController *self = this;
    post(
            [source, self](Worker &w) {
                Opened o;
                w.close();
                StoreError e;
                auto store = TicketStore::open(source.url, source.catalog, *source.clock,
                                               Connection::Mode::OpenExisting, &e);
                if (store && store->checkSchema(&e)) {
                    o.agents = store->agents(&e);
                    if (!e)
                        o.customers = store->customers(&e);
                    if (!e)
                        o.notificationSettings =
                                NotificationSettingsStore(store->connection(), *source.clock)
                                        .readAll(&e);
                    if (!e)
                        o.rows = store->loadQueue(&e, TicketStore::QueueOrder::Unordered);
                }
                if (!store || e) {
                    o.error = e.message;
                    return o;
                }
                o.serverOffset = store->serverClockOffset();
                w.store = std::move(store);
                if (source.live) {
                    w.feed = ChangeFeed::create(source.url);
                    if (source.feedIntervalMs > 0)
                        w.feed->setInterval(source.feedIntervalMs);
                    // One backoff (the controller's) brings back the store's connection and
                    // the feed's.
                    w.feed->setAutoReconnect(false);
                    connect(w.feed.get(), &ChangeFeed::ticketsChanged, self,
                            &QueueController::refreshTickets);
                    connect(w.feed.get(), &ChangeFeed::resyncNeeded, self,
                            &QueueController::reload);
                    connect(w.feed.get(), &ChangeFeed::connectionLost, self,
                            &QueueController::goOffline);
                    StoreError feedError;
                    if (!w.feed->start(&feedError))
                        o.feedError =
                                feedError.message.isEmpty()
                                        ? QCoreApplication::translate("QueueController",
                                                                      "the change feed stopped")
                                        : feedError.message;
                }
                return o;
            },
            [this](Opened o) {
                if (!o.error.isEmpty()) {
                    m_state = State::Closed;
                    emit stateChanged();
                    emit openFailed(o.error);
                    return;
                }
                m_serverOffset = o.serverOffset;
                applyAgents(o.agents);
                applyNotificationSettings(o.notificationSettings);
                m_customers.clear();
                QHash<qint64, QString> customerNames;
                for (const Customer &c : o.customers) {
                    m_customers.insert(c.id, c);
                    customerNames.insert(c.id, c.company.isEmpty() ? c.name : c.company);
                }
                m_model->setCustomers(customerNames);
                m_finished->setCustomers(customerNames);
                // Online before opened(): the workspace shows its saved view's first ticket from
                // there, which is read, not "unavailable while offline" (issue 18).
                m_state = State::Online;
                m_backoff.reset();
                applyRows(std::move(o.rows));
                if (m_finishedStatus)
                    showFinished(*m_finishedStatus, m_finishedText);
                emit opened();
                if (!o.feedError.isEmpty())
                    goOffline(o.feedError);
                emit stateChanged();
            });
}

void QueueController::applyAgents(const QVector<Agent> &agents)
{
    m_agents = agents;
    m_agentNames.clear();
    for (const Agent &a : agents) {
        m_agentNames.insert(a.id, a.displayName.isEmpty() ? a.login : a.displayName);
        if (a.id == m_me.id)
            m_me = a; // a new name or role
    }
    m_model->setAgents(m_agentNames);
    m_finished->setAgents(m_agentNames);
}

void QueueController::applyNotificationSettings(const QHash<qint64, NotificationSettings> &settings)
{
    if (settings == m_notificationSettings)
        return;
    m_notificationSettings = settings;
    emit notificationSettingsChanged();
}

void QueueController::saveNotificationSettings(const NotificationSettings &settings)
{
    if (!isOnline()) {
        emit notificationSettingsSaveFailed(QCoreApplication::translate(
                "QueueController",
                "Your notification settings cannot be saved while the database is offline."));
        return;
    }
    struct Saved
    {
        StoreError error;
        bool lost = false;
        std::optional<QHash<qint64, NotificationSettings>> all;
    };
    const qint64 me = m_me.id;
    post(
            [me, settings](Worker &w) {
                Saved s;
                if (!w.store) {
                    s.error = StoreError(StoreError::Kind::Database,
                                         QCoreApplication::translate("QueueController",
                                                                     "the database is not open"));
                    return s;
                }
                NotificationSettingsStore store(w.store->connection(), w.store->clock());
                store.save(me, settings, &s.error);
                s.lost = w.lost(s.error);
                if (!s.lost) {
                    StoreError readError;
                    const auto all = store.readAll(&readError);
                    if (!readError)
                        s.all = all;
                }
                return s;
            },
            [this](const Saved &s) {
                if (s.all)
                    applyNotificationSettings(*s.all);
                if (s.error) {
                    emit notificationSettingsSaveFailed(s.error.message);
                    if (s.lost)
                        goOffline(s.error.message);
                    return;
                }
                emit notificationSettingsSaved();
            });
}

void QueueController::setAgent(const Agent &me)
{
    if (me.id == m_me.id && me.displayName == m_me.displayName && me.role == m_me.role)
        return;
    m_me = me;
    emit queueAboutToChange();
    m_model->setCurrentAgent(me.id);
    emit queueChanged();
    emit stateChanged();
    emit agentsChanged(0);
}

void QueueController::saveAgent(const Agent &agent)
{
    if (!isOnline()) {
        emit agentSaveFailed(QCoreApplication::translate(
                "QueueController", "The agent cannot be saved while the database is offline."));
        return;
    }
    struct Saved
    {
        StoreError error;
        qint64 id = 0;
        QVector<Agent> agents;
    };
    post(
            [agent](Worker &w) {
                Saved s;
                if (!w.store) {
                    s.error = StoreError(StoreError::Kind::Database,
                                         QCoreApplication::translate("QueueController",
                                                                     "the database is not open"));
                    return s;
                }
                if (agent.id == 0) {
                    s.id = w.store->addAgent(agent, &s.error);
                } else if (w.store->updateAgent(agent, &s.error)) {
                    s.id = agent.id;
                }
                StoreError readError;
                s.agents = w.store->agents(&readError);
                if (!s.error && readError)
                    s.error = readError;
                return s;
            },
            [this](const Saved &s) {
                if (!s.agents.isEmpty())
                    applyAgents(s.agents);
                if (s.error) {
                    emit agentSaveFailed(s.error.message);
                    return;
                }
                emit stateChanged();
                emit agentsChanged(s.id);
            });
}

void QueueController::showFinished(TicketStatus status, const QString &text)
{
    m_finishedStatus = status;
    m_finishedText = text;
    if (!isOnline())
        return;
    TicketQuery query;
    query.statuses = {status};
    query.text = text;
    post(
            [query](Worker &w) {
                Read r;
                const TicketQueryResult found = w.store->findTickets(query, &r.error);
                r.rows = found.rows;
                r.more = found.more;
                r.lost = w.lost(r.error);
                return r;
            },
            [this, status, text](Read r) {
                if (r.lost) {
                    goOffline(r.error.message);
                    return;
                }
                if (r.error) {
                    setMessage(r.error.message, true);
                    return;
                }
                if (m_finishedStatus != status || m_finishedText != text)
                    return; // another list was asked for meanwhile
                m_finished->setNow(now());
                m_finished->setRows(std::move(r.rows), r.more);
                emit finishedChanged();
            });
}

void QueueController::hideFinished()
{
    m_finishedStatus.reset();
    m_finishedText.clear();
    m_finished->setRows({}, false);
}

void QueueController::findTicket(qint64 ticketId)
{
    if (!isOnline())
        return;
    post(
            [ticketId](Worker &w) {
                Read r;
                r.ticket = w.store->ticket(ticketId, &r.error);
                r.lost = w.lost(r.error);
                return r;
            },
            [this, ticketId](Read r) {
                if (r.lost) {
                    goOffline(r.error.message);
                    return;
                }
                if (r.ticket)
                    emit ticketFound(ticketId, r.ticket->status);
                else
                    emit ticketNotFound(ticketId);
            });
}

void QueueController::close()
{
    if (m_state == State::Closed && m_outstanding == 0)
        return;
    ++m_generation; // results still on their way are dropped
    Worker *worker = m_worker.get();
    ++m_outstanding;
    QMetaObject::invokeMethod(
            m_context,
            [this, worker] {
                worker->close();
                QMetaObject::invokeMethod(
                        this, [this] { --m_outstanding; }, Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    m_state = State::Closed;
    m_reconnectTimer->stop();
    m_busy.reset();
    m_pending.reset();
    m_connectionError.clear();
    m_shownId = 0;
    m_shown.reset();
    m_shownEvents.clear();
    m_shownUnavailable = false;
    m_shownLoading = false;
    emit queueAboutToChange();
    m_model->setRows({}, now());
    emit queueChanged();
    emit stateChanged();
}

Instant QueueController::now() const
{
    return m_source.clock ? m_source.clock->nowUtc() + m_serverOffset : 0;
}

QVector<Customer> QueueController::customersByName() const
{
    QVector<Customer> customers;
    customers.reserve(m_customers.size());
    for (const Customer &c : std::as_const(m_customers))
        customers.append(c);
    std::sort(customers.begin(), customers.end(), [](const Customer &a, const Customer &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    return customers;
}

QString QueueController::serverName() const
{
    if (m_state == State::Closed && !m_source.catalog)
        return {};
    const DatabaseUrl &url = m_source.url;
    if (url.engine == Engine::SQLite)
        return QFileInfo(url.path).fileName();
    QString server = url.host.isEmpty() ? QStringLiteral("localhost") : url.host;
    if (url.port > 0)
        server += QLatin1Char(':') + QString::number(url.port);
    return server + QLatin1Char('/') + url.database;
}

QString QueueController::connectionText() const
{
    switch (m_state) {
    case State::Closed:
        return {};
    case State::Opening:
        return QCoreApplication::translate("QueueController", "Connecting",
                                           "connection state: the queue is being opened");
    case State::Offline:
        // The details (the driver's reason) are the offline banner's tooltip: one short state.
        return QCoreApplication::translate("QueueController", "Offline, reconnecting",
                                           "connection state: the database was lost");
    case State::Online:
        break;
    }
    return m_source.live ? QCoreApplication::translate(
                                   "QueueController", "Live",
                                   "connection state: changes by others appear at once")
                         : QCoreApplication::translate("QueueController", "Connected",
                                                       "connection state");
}

int QueueController::msUntilReconnect() const
{
    return m_reconnectTimer->isActive() ? m_reconnectTimer->remainingTime() : -1;
}

// ---- the shown ticket

void QueueController::showTicket(qint64 ticketId)
{
    if (ticketId == m_shownId && (isShownTicketLoaded() || m_shownLoading))
        return;
    m_shownId = ticketId;
    if (ticketId == 0) {
        m_shown.reset();
        m_shownEvents.clear();
        m_shownUnavailable = false;
        emit shownTicketChanged();
        return;
    }
    loadShown();
}

void QueueController::loadShown()
{
    if (!isOpen() || m_shownId == 0)
        return;
    if (isOffline()) {
        // Nothing can be read: the ticket is unavailable instead of stale or empty.
        if (!m_shown || m_shown->id != m_shownId) {
            m_shown.reset();
            m_shownEvents.clear();
            m_shownUnavailable = true;
        }
        emit shownTicketChanged();
        return;
    }
    if (m_shownLoading) // one read at a time; the latest wish is read when it returns
        return;
    m_shownLoading = true;
    const qint64 id = m_shownId;
    post(
            [id](Worker &w) {
                Read r;
                r.ticket = w.store->ticket(id, &r.error);
                if (r.ticket)
                    r.events = w.store->events(id, &r.error);
                r.lost = w.lost(r.error);
                r.serverOffset = w.store->serverClockOffset();
                return r;
            },
            [this, id](const Read &r) {
                m_shownLoading = false;
                if (r.lost) {
                    goOffline(r.error.message);
                    loadShown();
                    return;
                }
                if (id != m_shownId) { // the selection moved on meanwhile
                    loadShown();
                    return;
                }
                m_shownUnavailable = false;
                if (!r.ticket || r.error) {
                    setMessage(r.error.message, true);
                    m_shown.reset();
                    m_shownEvents.clear();
                } else {
                    m_shown = r.ticket;
                    m_shownEvents = r.events;
                }
                emit shownTicketChanged(); // which actions fit follows from it
            });
}

// ---- actions

bool QueueController::canRun(QueueRequest::Kind kind) const
{
    if (!isOnline() || isBusy())
        return false;
    // An undo names its own ticket, which need not be the one shown any more.
    if (kind == QueueRequest::NewTicket || kind == QueueRequest::UndoAssignment)
        return true;
    if (!isShownTicketLoaded())
        return false;
    const Ticket &t = *m_shown;
    const bool open = isOpenStatus(t.status);
    switch (kind) {
    case QueueRequest::Take:
        return open && t.assigneeId != m_me.id;
    case QueueRequest::Reply:
    case QueueRequest::Assign:
    case QueueRequest::ChangeSeverity:
    case QueueRequest::ChangePlan:
    case QueueRequest::Resolve:
        return open;
    case QueueRequest::Note:
        return t.status != TicketStatus::Closed;
    case QueueRequest::Wait:
        return open && t.status != TicketStatus::WaitingCustomer;
    case QueueRequest::Resume:
        return open && t.status == TicketStatus::WaitingCustomer;
    case QueueRequest::Reopen:
        return t.status == TicketStatus::Resolved;
    case QueueRequest::OverrideDue:
        return open && m_me.role == Agent::Role::Lead;
    case QueueRequest::NewTicket:
    case QueueRequest::UndoAssignment:
    case QueueRequest::KindCount:
        break;
    }
    return false;
}

bool QueueController::run(QueueRequest request)
{
    if (!canRun(request.kind))
        return false;
    request.action.actionId = Action::newActionId();
    request.action.actorId = m_me.id;
    if (request.kind == QueueRequest::UndoAssignment) {
        if (request.action.ticketId == 0 || request.undoneActionId.isEmpty())
            return false;
        request.action.expectedVersion = 0; // the store checks it is still the latest assignment
    } else if (request.kind != QueueRequest::NewTicket) {
        // The version the agent saw when choosing the action (before its dialog) when given:
        // a change by someone else meanwhile is then a conflict, not overwritten.
        if (request.action.ticketId == 0) {
            request.action.ticketId = m_shown->id;
            request.action.expectedVersion = m_shown->rowVersion;
        } else if (request.action.ticketId != m_shown->id) {
            return false;
        }
    }
    send(request, false);
    return true;
}

void QueueController::send(const QueueRequest &request, bool retry)
{
    m_busy = request;
    emit stateChanged();
    post(
            [request](Worker &w) {
                Done d;
                d.result = runRequest(*w.store, request);
                d.lost = !d.result.ok() && w.lost(d.result.error);
                if (d.result.ok()) {
                    StoreError ignored; // the action is saved; the events are for the panel
                    d.events = w.store->events(d.result.ticket.id, &ignored);
                }
                d.serverOffset = w.store->serverClockOffset();
                return d;
            },
            [this, request, retry](const Done &d) {
                m_busy.reset();
                m_serverOffset = d.serverOffset;
                finish(request, d.result, d.lost, d.events, retry);
                emit stateChanged();
            });
}

void QueueController::finish(const QueueRequest &request, const ActionResult &result, bool lost,
                             const QVector<Event> &events, bool retried)
{
    if (lost) {
        // Its outcome is unknown (the commit may have reached the server): kept with its id and
        // sent again after reconnecting, where the store applies an id at most once.
        m_pending = request;
        goOffline(result.error.message);
        return;
    }
    const QString description = describeRequest(request);
    if (!result.ok()) {
        const qint64 id = request.action.ticketId;
        if (retried && result.error.kind == StoreError::Kind::Conflict) {
            setMessage(QCoreApplication::translate(
                               "QueueController",
                               "Not saved: %1. The ticket was changed by someone else while the "
                               "connection was lost; its current state is shown now: check it and "
                               "try again.")
                               .arg(description),
                       true);
        } else if (retried) {
            setMessage(QCoreApplication::translate(
                               "QueueController",
                               "Not saved: %1. After reconnecting, the database refused it: %2")
                               .arg(description, result.error.message),
                       true);
        } else if (result.error.kind == StoreError::Kind::Conflict) {
            setMessage(QCoreApplication::translate(
                               "QueueController",
                               "Ticket #%1 was changed by someone else before your action reached "
                               "it, so nothing was saved. Its current state is shown now: check it "
                               "and try again.")
                               .arg(id),
                       true);
            refreshTickets({id});
        } else {
            setMessage(result.error.message, true);
        }
        return;
    }
    applyTicket(result.ticket, events);
    const QString saved = savedText(request.kind, result.ticket.id);
    if (retried) {
        setMessage(result.replayed ? QCoreApplication::translate(
                                             "QueueController",
                                             "%1: it had been saved just before the connection was "
                                             "lost (confirmed after reconnecting, saved once).")
                                             .arg(saved)
                                   : QCoreApplication::translate(
                                             "QueueController",
                                             "%1: sent again after reconnecting and saved.")
                                             .arg(saved),
                   false);
    } else {
        setMessage(QString(), false);
        emit statusMessage(saved);
    }
    emit actionSaved(request.kind, result.ticket.id);
    if (request.kind == QueueRequest::Take || request.kind == QueueRequest::Assign)
        emit assignmentSaved(request.kind, result.ticket.id, result.event.actionId,
                             result.ticket.assigneeId);
}

bool QueueController::undoAssignment(qint64 ticketId, const QString &assignmentActionId)
{
    QueueRequest request;
    request.kind = QueueRequest::UndoAssignment;
    request.action.ticketId = ticketId;
    request.undoneActionId = assignmentActionId;
    return run(request);
}

QString QueueController::busyDescription() const
{
    return m_busy ? describeRequest(*m_busy) : QString();
}

QString QueueController::pendingDescription() const
{
    return m_pending ? describeRequest(*m_pending) : QString();
}

void QueueController::setMessage(const QString &text, bool error)
{
    emit messageChanged(text, error);
    if (!text.isEmpty())
        emit statusMessage(text);
}

void QueueController::applyTicket(const Ticket &ticket, const QVector<Event> &events)
{
    emit queueAboutToChange();
    // A ticket no longer open leaves the queue, unless its row is held (the panel's).
    m_model->applyChanges({QueueModel::rowFromTicket(ticket)}, {}, now());
    emit queueChanged();
    if (m_finishedStatus)
        m_finished->updateRow(QueueModel::rowFromTicket(ticket),
                              ticket.status == *m_finishedStatus);
    if (ticket.id == m_shownId) {
        m_shown = ticket;
        m_shownEvents = events;
        m_shownUnavailable = false;
        emit shownTicketChanged();
    }
}

// ---- reads

void QueueController::applyRows(std::vector<QueueRow> rows)
{
    emit queueAboutToChange();
    m_model->setRows(std::move(rows), now());
    emit queueChanged();
}

void QueueController::reload()
{
    if (!isOpen())
        return;
    if (isOffline()) { // Reload while offline: try the connection now
        reconnectNow();
        return;
    }
    loadQueue(false);
}

void QueueController::loadQueue(bool back)
{
    post(
            [](Worker &w) {
                Read r;
                r.agents = w.store->agents(&r.error);
                if (!r.error)
                    r.notificationSettings =
                            NotificationSettingsStore(w.store->connection(), w.store->clock())
                                    .readAll(&r.error);
                if (!r.error)
                    r.rows = w.store->loadQueue(&r.error, TicketStore::QueueOrder::Unordered);
                r.lost = w.lost(r.error);
                r.serverOffset = w.store->serverClockOffset();
                return r;
            },
            [this, back](Read r) {
                if (!isOnline())
                    return; // lost meanwhile (while sending a pending action, say)
                if (r.lost) {
                    goOffline(r.error.message);
                    return;
                }
                if (r.error) {
                    setMessage(r.error.message, true);
                    return;
                }
                m_serverOffset = r.serverOffset;
                applyAgents(r.agents);
                if (r.notificationSettings)
                    applyNotificationSettings(*r.notificationSettings);
                applyRows(std::move(r.rows));
                emit agentsChanged(0);
                if (m_finishedStatus)
                    showFinished(*m_finishedStatus, m_finishedText);
                if (m_shownId != 0 && !m_shownLoading)
                    loadShown();
                if (back) {
                    emit stateChanged();
                    emit statusMessage(QCoreApplication::translate(
                                               "QueueController",
                                               "Connection to %1 is back; the queue is up to date.",
                                               "status bar")
                                               .arg(serverName()));
                }
            });
}

void QueueController::refreshTickets(const QVector<qint64> &ids)
{
    if (!isOnline() || ids.isEmpty())
        return;
    post(
            [ids](Worker &w) {
                Read r;
                for (qint64 id : ids) {
                    StoreError error;
                    const std::optional<Ticket> t = w.store->ticket(id, &error);
                    if (error && error.kind != StoreError::Kind::NotFound) {
                        r.error = error;
                        r.lost = w.lost(error);
                        return r;
                    }
                    // A resolved ticket's row too: it leaves the queue, or shows its final
                    // state while its row is held.
                    if (t)
                        r.rows.push_back(QueueModel::rowFromTicket(*t));
                    if (!t || !isOpenStatus(t->status))
                        r.gone.append(id);
                }
                // Other people's notification settings ride along (a small table): a lead's
                // escalation sees an agent's new hours without a reload.
                StoreError settingsError;
                const auto settings =
                        NotificationSettingsStore(w.store->connection(), w.store->clock())
                                .readAll(&settingsError);
                if (!settingsError)
                    r.notificationSettings = settings;
                return r;
            },
            [this, ids](const Read &r) {
                if (r.lost) {
                    goOffline(r.error.message);
                    return;
                }
                if (r.error) {
                    setMessage(r.error.message, true);
                    return;
                }
                if (r.notificationSettings)
                    applyNotificationSettings(*r.notificationSettings);
                QVector<qint64> closed; // no longer in the store at all
                for (qint64 id : r.gone) {
                    if (m_model->ticket(id) &&
                        std::none_of(r.rows.cbegin(), r.rows.cend(),
                                     [id](const QueueRow &row) { return row.id == id; }))
                        closed.append(id);
                }
                emit queueAboutToChange();
                m_model->applyChanges(r.rows, closed, now());
                emit queueChanged();
                // A finished list shown: read again when a ticket left the queue or one it
                // lists changed (a reopen, a late note).
                if (m_finishedStatus &&
                    (!r.gone.isEmpty() || std::any_of(ids.cbegin(), ids.cend(), [this](qint64 id) {
                        return m_finished->rowForTicket(id) >= 0;
                    })))
                    showFinished(*m_finishedStatus, m_finishedText);
                if (m_shownId != 0 && ids.contains(m_shownId) && !m_shownLoading)
                    loadShown();
            });
}

// ---- offline

void QueueController::goOffline(const QString &reason)
{
    if (!isOpen())
        return;
    m_connectionError = reason;
    if (isOffline()) { // already offline: a second report of the same loss
        emit stateChanged();
        return;
    }
    m_state = State::Offline;
    post(
            [](Worker &w) {
                if (w.feed)
                    w.feed->stop();
                return true;
            },
            [](bool /*stopped*/) {});
    m_backoff.reset();
    scheduleReconnect();
    emit stateChanged();
    emit statusMessage(
            QCoreApplication::translate("QueueController", "Connection to %1 lost", "status bar")
                    .arg(serverName()));
}

void QueueController::scheduleReconnect()
{
    m_reconnectTimer->start(m_backoff.nextDelayMs());
}

void QueueController::reconnectNow()
{
    if (!isOffline() || m_reconnecting)
        return;
    m_reconnectTimer->stop();
    m_reconnecting = true;
    emit stateChanged(); // "Reconnecting now…"
    struct Attempt
    {
        QString error;
        qint64 serverOffset = 0;
    };
    post(
            [](Worker &w) {
                Attempt a;
                StoreError error;
                if (!w.store->reconnect(&error) || (w.feed && !w.feed->start(&error)))
                    a.error = error.message.isEmpty()
                                      ? QCoreApplication::translate("QueueController",
                                                                    "the server did not answer")
                                      : error.message;
                a.serverOffset = w.store->serverClockOffset();
                return a;
            },
            [this](const Attempt &a) {
                m_reconnecting = false;
                if (!isOffline())
                    return;
                if (!a.error.isEmpty()) {
                    m_connectionError = a.error;
                    scheduleReconnect();
                    emit stateChanged();
                    return;
                }
                m_serverOffset = a.serverOffset;
                goOnline();
            });
}

void QueueController::goOnline()
{
    m_state = State::Online;
    m_connectionError.clear();
    m_backoff.reset();
    if (m_pending) {
        const QueueRequest pending = *m_pending;
        m_pending.reset();
        send(pending, true);
    }
    // Resync: whatever changed while away (other agents, the retried action); the worker runs
    // it after the retried action.
    loadQueue(true);
    emit stateChanged();
}

} // namespace dueline
