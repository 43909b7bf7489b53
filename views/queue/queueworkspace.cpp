#include "views/queue/queueworkspace.h"

#include "models/item/ticker.h"
#include "views/common/commonui.h"
#include "views/common/icons.h"
#include "views/queue/countdowndelegate.h"
#include "views/queue/newticketdialog.h"
#include "views/queue/offlinebanner.h"
#include "views/queue/ticketactiondialog.h"
#include "views/queue/ticketpanel.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace dueline;
using CommonUi::uiLanguage;

namespace {

const QString viewKey = QStringLiteral("Queue/view");
const QString headerKey = QStringLiteral("Queue/header");
const QString splitterKey = QStringLiteral("Queue/splitter");
const QString notifyKey = QStringLiteral("notifications/enabled");
const QString quietStartKey = QStringLiteral("notifications/workStart");
const QString quietEndKey = QStringLiteral("notifications/workEnd");

enum SidebarRole { ViewRole = Qt::UserRole + 1, ProviderRole, PlanRole, KeyRole };

QString filterKey(const QueueFilter &f)
{
    if (!f.planId.isEmpty())
        return QStringLiteral("plan:") + f.planId;
    if (!f.providerId.isEmpty())
        return QStringLiteral("provider:") + f.providerId;
    return QStringLiteral("view:%1").arg(int(f.view));
}

// The queue's table. QAbstractItemView repaints the whole viewport for a change spanning
// several rows and columns (Qt 6.4); the ticker's change covers only the two countdown columns of
// the visible rows, so only those cells are repainted.
class QueueTableView : public QTableView
{
public:
    using QTableView::QTableView;

protected:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles) override
    {
        if (topLeft == bottomRight || !topLeft.isValid() || !bottomRight.isValid() ||
            topLeft.parent() != bottomRight.parent() || !isVisible()) {
            QTableView::dataChanged(topLeft, bottomRight, roles);
            return;
        }
        const int top = rowViewportPosition(topLeft.row());
        const int bottom = rowViewportPosition(bottomRight.row()) + rowHeight(bottomRight.row());
        QRegion dirty;
        for (int c = topLeft.column(); c <= bottomRight.column(); ++c) {
            if (isColumnHidden(c))
                continue;
            dirty += QRect(columnViewportPosition(c), top, columnWidth(c), bottom - top);
        }
        dirty &= viewport()->rect();
        if (!dirty.isEmpty())
            viewport()->update(dirty);
#if QT_CONFIG(accessibility)
        if (QAccessible::isActive()) {
            QAccessibleTableModelChangeEvent event(this,
                                                   QAccessibleTableModelChangeEvent::DataChanged);
            event.setFirstRow(topLeft.row());
            event.setFirstColumn(topLeft.column());
            event.setLastRow(bottomRight.row());
            event.setLastColumn(bottomRight.column());
            QAccessible::updateAccessibility(&event);
        }
#endif
    }
};

} // namespace

QueueWorkspace::QueueWorkspace(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("queueWorkspace"));
    m_model = new QueueModel(this);
    m_model->setObjectName(QStringLiteral("queueModel"));

    m_sidebar = new QTreeWidget(this);
    m_sidebar->setObjectName(QStringLiteral("queueSidebar"));
    m_sidebar->setColumnCount(2);
    m_sidebar->setHeaderHidden(true);
    m_sidebar->setRootIsDecorated(false);
    m_sidebar->setIndentation(12);
    m_sidebar->header()->setStretchLastSection(false);
    m_sidebar->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // The counts column is sized by updateSidebarCounts(): ResizeToContents would measure every
    // item and relayout the whole sidebar each time a count changes (every tick at 1 M tickets).
    m_sidebar->header()->setSectionResizeMode(1, QHeaderView::Fixed);
    m_sidebar->setMinimumWidth(190);

    auto *center = new QWidget(this);
    m_toolBar = new QToolBar(center);
    m_toolBar->setObjectName(QStringLiteral("queueToolBar"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_search = new QLineEdit(center);
    m_search->setObjectName(QStringLiteral("queueSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(320);
    m_search->installEventFilter(this);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    m_message = new QLabel(center);
    m_message->setObjectName(QStringLiteral("queueMessage"));
    m_message->setWordWrap(true);
    m_message->setContentsMargins(8, 6, 8, 6);
    m_message->setAutoFillBackground(true);
    m_message->hide();

    m_view = new QueueTableView(center);
    m_view->setObjectName(QStringLiteral("queueView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    // A fixed row height: never resize rows to contents (docs/architecture.md §6).
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSortIndicator(QueueModel::NextBreachColumn, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setItemDelegateForColumn(QueueModel::ResponseColumn, new CountdownDelegate(m_view));
    m_view->setItemDelegateForColumn(QueueModel::ResolutionColumn, new CountdownDelegate(m_view));
    m_view->setItemDelegateForColumn(QueueModel::SeverityColumn, new SeverityDelegate(m_view));
    const std::array<int, QueueModel::ColumnCount> widths{60,  160, 130, 130, 240,
                                                          110, 130, 130, 130, 130};
    for (int c = 0; c < QueueModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, widths[std::size_t(c)]);
    // What an agent reads first comes first; the saved layout (Queue/header) overrides it.
    {
        QHeaderView *header = m_view->horizontalHeader();
        const int order[] = {QueueModel::IdColumn,       QueueModel::SeverityColumn,
                             QueueModel::ResponseColumn, QueueModel::ResolutionColumn,
                             QueueModel::SubjectColumn,  QueueModel::CustomerColumn,
                             QueueModel::AssigneeColumn, QueueModel::StatusColumn,
                             QueueModel::PlanColumn,     QueueModel::NextBreachColumn};
        for (int visual = 0; visual < QueueModel::ColumnCount; ++visual)
            header->moveSection(header->visualIndex(order[visual]), visual);
    }
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);

    auto *searchRow = new QHBoxLayout;
    searchRow->setContentsMargins(4, 2, 4, 2);
    searchRow->addWidget(m_toolBar, 1);
    searchRow->addWidget(m_search);
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->setSpacing(0);
    centerLayout->addLayout(searchRow);
    centerLayout->addWidget(m_message);
    centerLayout->addWidget(m_view, 1);

    m_panel = new TicketPanel(this);
    m_panel->setMinimumWidth(300);
    m_panel->setNames(&m_agentNames, &m_customers);
    m_panel->installEventFilter(this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("queueSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(center);
    m_splitter->addWidget(m_panel);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({200, 740, 340});
    // The offline banner spans the whole workspace, above the sidebar, queue and panel.
    m_banner = new OfflineBanner(this);
    m_banner->hide();
    m_reconnectTimer = new QTimer(this);
    m_reconnectTimer->setObjectName(QStringLiteral("reconnectTimer"));
    m_reconnectTimer->setSingleShot(true);
    m_reconnectTimer->setTimerType(Qt::PreciseTimer); // the banner counts its seconds down
    connect(m_reconnectTimer, &QTimer::timeout, this, &QueueWorkspace::reconnectNow);
    connect(m_banner, &OfflineBanner::retryRequested, this, &QueueWorkspace::reconnectNow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *bannerRow = new QHBoxLayout;
    bannerRow->setContentsMargins(6, 6, 6, 4);
    bannerRow->addWidget(m_banner);
    layout->addLayout(bannerRow);
    layout->addWidget(m_splitter, 1);

    createActions();
    retranslateUi();

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &QueueWorkspace::currentChanged);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &QueueWorkspace::updateVisibleRows);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QueueWorkspace::updateVisibleRows);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &QueueWorkspace::updateVisibleRows);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &QueueWorkspace::updateVisibleRows);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &QueueWorkspace::updateVisibleRows);
    connect(m_model, &QueueModel::countsChanged, this, [this] {
        updateSidebarCounts();
        updateTray();
        emit statusChanged();
    });
    connect(m_model, &QueueModel::ticketStateChanged, this, &QueueWorkspace::notify);
    connect(m_sidebar, &QTreeWidget::currentItemChanged, this, &QueueWorkspace::sidebarChanged);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        QueueFilter f = m_model->filter();
        f.text = m_search->text().trimmed();
        setFilter(f);
    });
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (!m_restoring && isOpen())
            QSettings().setValue(headerKey, m_view->horizontalHeader()->saveState());
    });
    connect(m_view->horizontalHeader(), &QHeaderView::sectionMoved, this, [this] {
        if (!m_restoring && isOpen())
            QSettings().setValue(headerKey, m_view->horizontalHeader()->saveState());
    });
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this] {
        if (!m_restoring && isOpen())
            QSettings().setValue(headerKey, m_view->horizontalHeader()->saveState());
    });
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(splitterKey, m_splitter->saveState()); });
    updateActions();
}

QueueWorkspace::~QueueWorkspace()
{
    if (m_feed)
        m_feed->stop();
}

void QueueWorkspace::createActions()
{
    struct Spec
    {
        ActionId id;
        const char *name;
        const char *icon;
        QKeySequence key;
    };
    const Spec specs[] = {
            {NewTicketAction, "newTicketAction", "document-new", QKeySequence::New},
            {TakeAction, "takeAction", "im-user", QKeySequence(Qt::CTRL | Qt::Key_T)},
            {ReplyAction, "replyAction", "mail-reply-sender", QKeySequence(Qt::CTRL | Qt::Key_R)},
            {NoteAction, "noteAction", "document-edit",
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N)},
            {WaitAction, "waitAction", "media-playback-pause", QKeySequence(Qt::CTRL | Qt::Key_W)},
            {ResumeAction, "resumeAction", "media-playback-start",
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W)},
            {ChangeSeverityAction, "changeSeverityAction", "flag",
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
            {ChangePlanAction, "changePlanAction", "view-financial-list",
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
            {ResolveAction, "resolveAction", "dialog-ok-apply", QKeySequence(Qt::CTRL | Qt::Key_D)},
            {ReopenAction, "reopenAction", "edit-undo",
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)},
            {OverrideDueAction, "overrideDueAction", "appointment-new",
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)},
            {FindAction, "findAction", "edit-find", QKeySequence::Find},
            {RefreshAction, "refreshAction", "view-refresh", QKeySequence::Refresh},
    };
    for (const Spec &s : specs) {
        auto *a = new QAction(Icons::get(QLatin1String(s.icon)), QString(), this);
        a->setObjectName(QLatin1String(s.name));
        a->setShortcut(s.key);
        // Shortcuts work while the focus is in the queue workspace (not in other workspaces).
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        m_actions[s.id] = a;
    }
    connect(m_actions[NewTicketAction], &QAction::triggered, this, &QueueWorkspace::newTicket);
    connect(m_actions[TakeAction], &QAction::triggered, this, &QueueWorkspace::take);
    connect(m_actions[ReplyAction], &QAction::triggered, this, &QueueWorkspace::reply);
    connect(m_actions[NoteAction], &QAction::triggered, this, &QueueWorkspace::note);
    connect(m_actions[WaitAction], &QAction::triggered, this, &QueueWorkspace::wait);
    connect(m_actions[ResumeAction], &QAction::triggered, this, &QueueWorkspace::resume);
    connect(m_actions[ChangeSeverityAction], &QAction::triggered, this,
            &QueueWorkspace::changeSeverity);
    connect(m_actions[ChangePlanAction], &QAction::triggered, this, &QueueWorkspace::changePlan);
    connect(m_actions[ResolveAction], &QAction::triggered, this, &QueueWorkspace::resolve);
    connect(m_actions[ReopenAction], &QAction::triggered, this, &QueueWorkspace::reopen);
    connect(m_actions[OverrideDueAction], &QAction::triggered, this, &QueueWorkspace::overrideDue);
    connect(m_actions[FindAction], &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_actions[RefreshAction], &QAction::triggered, this, &QueueWorkspace::reload);

    for (ActionId id : {NewTicketAction, TakeAction, ReplyAction, WaitAction, ResolveAction})
        m_toolBar->addAction(m_actions[id]);
    for (ActionId id :
         {TakeAction, ReplyAction, NoteAction, WaitAction, ResumeAction, ChangeSeverityAction,
          ChangePlanAction, ResolveAction, ReopenAction, OverrideDueAction})
        m_view->addAction(m_actions[id]);
}

QList<QAction *> QueueWorkspace::ticketActions() const
{
    return {m_actions.begin(), m_actions.end()};
}

void QueueWorkspace::retranslateUi()
{
    const auto set = [this](ActionId id, const QString &text, const QString &tip) {
        QAction *a = m_actions[id];
        a->setText(text);
        // The label without its mnemonic: "&Take", and the Chinese form "领取(&T)" as a whole.
        QString plain = text;
        static const QRegularExpression mnemonic(QStringLiteral("[(\uFF08]&[^)\uFF09][)\uFF09]"));
        plain.remove(mnemonic);
        plain.remove(QLatin1Char('&'));
        plain.remove(QStringLiteral("…"));
        a->setIconText(plain);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(
                plain, a->shortcut().toString(QKeySequence::NativeText)));
        a->setStatusTip(tip);
    };
    set(NewTicketAction, tr("&New Ticket…"), tr("Open a ticket for a customer"));
    set(TakeAction, tr("&Take", "assign the ticket to myself"),
        tr("Assign the ticket to yourself"));
    set(ReplyAction, tr("&Reply…"), tr("Reply to the customer (meets the response target)"));
    set(NoteAction, tr("Add &Note…"), tr("An internal note the customer does not see"));
    set(WaitAction, tr("&Wait on Customer"), tr("Pause the SLA clocks until the customer answers"));
    set(ResumeAction, tr("Res&ume"), tr("The customer answered: run the SLA clocks again"));
    set(ChangeSeverityAction, tr("Change &Severity…"),
        tr("Recompute the targets from the ticket's start"));
    set(ChangePlanAction, tr("Change &Plan…"), tr("Move the ticket to another support plan"));
    set(ResolveAction, tr("Re&solve…"),
        tr("Mark the ticket resolved (meets the resolution target)"));
    set(ReopenAction, tr("Re&open…"), tr("Reopen a resolved ticket; its resolution clock resumes"));
    set(OverrideDueAction, tr("&Override Due…"),
        tr("Team leads: set a due instant, with a reason"));
    set(FindAction, tr("&Find…"), tr("Search the queue by number, subject or customer"));
    set(RefreshAction, tr("Re&load Queue"), tr("Load the whole queue again from the database"));
    m_search->setPlaceholderText(
            tr("Search number, subject, customer (%1)")
                    .arg(m_actions[FindAction]->shortcut().toString(QKeySequence::NativeText)));
    m_toolBar->setWindowTitle(tr("Ticket Actions"));
    m_sidebar->setAccessibleName(tr("Queue views"));
    m_view->setAccessibleName(tr("Tickets"));
    if (isOpen())
        rebuildSidebar();
}

void QueueWorkspace::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->setLanguage(uiLanguage());
        m_panel->setLanguage(uiLanguage());
    } else if (event->type() == QEvent::PaletteChange) {
        QPalette p = palette();
        p.setColor(QPalette::Window, p.color(QPalette::ToolTipBase));
        p.setColor(QPalette::WindowText, p.color(QPalette::ToolTipText));
        m_message->setPalette(p);
    }
}

bool QueueWorkspace::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        QTimer::singleShot(0, this, &QueueWorkspace::updateVisibleRows);
    } else if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_view && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            // "Open": the panel takes the focus, so it can be scrolled with the keyboard.
            if (m_panel->ticketId() != 0)
                m_panel->setFocus(Qt::OtherFocusReason);
            return true;
        }
        if (watched == m_panel && key->key() == Qt::Key_Escape) {
            m_view->setFocus(Qt::OtherFocusReason);
            return true;
        }
        if (watched == m_search) {
            if (key->key() == Qt::Key_Escape) {
                m_search->clear();
                m_searchTimer->stop();
                QueueFilter f = m_model->filter();
                f.text.clear();
                setFilter(f);
                m_view->setFocus(Qt::OtherFocusReason);
                return true;
            }
            if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return ||
                key->key() == Qt::Key_Enter) {
                m_searchTimer->stop();
                QueueFilter f = m_model->filter();
                f.text = m_search->text().trimmed();
                setFilter(f);
                m_view->setFocus(Qt::OtherFocusReason);
                if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
                    m_view->setCurrentIndex(m_model->index(0, QueueModel::IdColumn));
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void QueueWorkspace::setDialogRunner(DialogRunner runner)
{
    m_dialogRunner = std::move(runner);
}

int QueueWorkspace::runDialog(QDialog &dialog)
{
    return ::runDialog(m_dialogRunner, dialog);
}

bool QueueWorkspace::open(std::unique_ptr<TicketStore> store, const Agent &me, Ticker *ticker,
                          std::unique_ptr<ChangeFeed> feed, QString *error)
{
    if (m_feed)
        m_feed->stop();
    m_feed.reset();
    m_store = std::move(store);
    m_me = me;
    m_model->setCatalog(m_store->catalogPtr());
    m_model->setLanguage(uiLanguage());
    m_model->setAtRiskFraction(m_store->atRiskFraction());
    m_model->setCurrentAgent(me.id);
    m_panel->setCatalog(m_store->catalogPtr());
    m_panel->setLanguage(uiLanguage());
    m_panel->setAtRiskFraction(m_store->atRiskFraction());

    StoreError storeError;
    const QVector<Agent> agents = m_store->agents(&storeError);
    const QVector<Customer> customers = m_store->customers(&storeError);
    if (storeError) {
        if (error)
            *error = storeError.message;
        m_store.reset();
        return false;
    }
    m_agentNames.clear();
    for (const Agent &a : agents)
        m_agentNames.insert(a.id, a.displayName.isEmpty() ? a.login : a.displayName);
    m_customers.clear();
    QHash<qint64, QString> customerNames;
    for (const Customer &c : customers) {
        m_customers.insert(c.id, c);
        customerNames.insert(c.id, c.company.isEmpty() ? c.name : c.company);
    }
    m_model->setAgents(m_agentNames);
    m_model->setCustomers(customerNames);

    m_restoring = true;
    const QSettings settings;
    m_view->horizontalHeader()->restoreState(settings.value(headerKey).toByteArray());
    m_splitter->restoreState(settings.value(splitterKey).toByteArray());
    m_restoring = false;

    std::vector<QueueRow> rows =
            m_store->loadQueue(&storeError, TicketStore::QueueOrder::Unordered);
    if (storeError) {
        if (error)
            *error = storeError.message;
        m_store.reset();
        return false;
    }
    m_model->setRows(std::move(rows), storeNow());
    // The saved sort (restoreState announced it before there were rows).
    m_model->sort(m_view->horizontalHeader()->sortIndicatorSection(),
                  m_view->horizontalHeader()->sortIndicatorOrder());
    rebuildSidebar();

    if (m_ticker != ticker) {
        if (m_ticker)
            disconnect(m_ticker, nullptr, this, nullptr);
        m_ticker = ticker;
        if (m_ticker)
            connect(m_ticker, &Ticker::tick, this, &QueueWorkspace::tick);
    }

    m_connected = true;
    m_connectionError.clear();
    m_pending.reset();
    m_reconnectTimer->stop();
    m_backoff.reset();
    m_banner->hide();
    m_feed = std::move(feed);
    if (m_feed) {
        // One backoff (this workspace's) brings back the store's connection and the feed's.
        m_feed->setAutoReconnect(false);
        connect(m_feed.get(), &ChangeFeed::ticketsChanged, this, &QueueWorkspace::refreshTickets);
        connect(m_feed.get(), &ChangeFeed::resyncNeeded, this, &QueueWorkspace::reload);
        connect(m_feed.get(), &ChangeFeed::connectionLost, this, &QueueWorkspace::goOffline);
        StoreError feedError;
        if (!m_feed->start(&feedError))
            goOffline(feedError.message);
    }
    if (m_model->rowCount() > 0)
        restoreSelection(0);
    updateActions();
    updateTray();
    updateVisibleRows();
    emit statusChanged();
    return true;
}

Instant QueueWorkspace::storeNow() const
{
    if (!m_store)
        return 0;
    return m_ticker ? m_ticker->now() + m_store->serverClockOffset() : m_store->now();
}

QString QueueWorkspace::serverName() const
{
    if (!m_store)
        return {};
    const DatabaseUrl &url = m_store->url();
    if (url.engine == Engine::SQLite)
        return QFileInfo(url.path).fileName();
    QString server = url.host.isEmpty() ? QStringLiteral("localhost") : url.host;
    if (url.port > 0)
        server += QLatin1Char(':') + QString::number(url.port);
    return server + QLatin1Char('/') + url.database;
}

bool QueueWorkspace::handleLost(const StoreError &error)
{
    if (!m_store || !error || !m_store->isConnectionLost(error))
        return false;
    goOffline(error.message);
    return true;
}

void QueueWorkspace::goOffline(const QString &reason)
{
    if (!m_store)
        return;
    m_connectionError = reason;
    m_banner->setReason(reason);
    if (!m_connected) { // already offline: a second report of the same loss
        updateBanner();
        emit statusChanged();
        return;
    }
    m_connected = false;
    if (m_feed)
        m_feed->stop();
    m_backoff.reset();
    m_banner->setServer(serverName());
    scheduleReconnect();
    m_banner->show();
    updateActions();
    emit statusChanged();
    emit statusMessage(tr("Connection to %1 lost", "status bar").arg(serverName()));
}

void QueueWorkspace::scheduleReconnect()
{
    m_reconnectTimer->start(m_backoff.nextDelayMs());
    updateBanner();
}

void QueueWorkspace::updateBanner()
{
    if (m_connected)
        return;
    const int ms = m_reconnectTimer->isActive() ? m_reconnectTimer->remainingTime() : -1;
    m_banner->setRetryIn(ms < 0 ? -1 : int(std::ceil(ms / 1000.0)));
    m_banner->setPending(pendingDescription());
}

void QueueWorkspace::reconnectNow()
{
    if (!m_store || m_connected)
        return;
    m_reconnectTimer->stop();
    updateBanner(); // "Reconnecting now…"
    StoreError error;
    if (!m_store->reconnect(&error) || (m_feed && !m_feed->start(&error))) {
        m_connectionError = error.message;
        m_banner->setReason(error.message);
        scheduleReconnect();
        emit statusChanged();
        return;
    }
    goOnline();
}

void QueueWorkspace::goOnline()
{
    m_connected = true;
    m_connectionError.clear();
    m_backoff.reset();
    m_banner->hide();
    if (m_pending)
        retryPending();
    if (!m_connected) // lost again while sending it
        return;
    // Resync: whatever changed while away (other agents, the retried action).
    reload();
    if (!m_connected)
        return;
    const qint64 current = currentTicketId();
    if (current != 0 && current != m_panel->ticketId())
        loadPanel(current);
    updateActions();
    emit statusChanged();
    emit statusMessage(tr("Connection to %1 is back; the queue is up to date.", "status bar")
                               .arg(serverName()));
}

void QueueWorkspace::retryPending()
{
    const PendingAction pending = *m_pending;
    const QString description = pendingDescription();
    const ActionResult result = pending.run();
    if (!result.ok() && m_store->isConnectionLost(result.error)) {
        goOffline(result.error.message); // still unknown: kept for the next attempt
        return;
    }
    m_pending.reset();
    if (!result.ok()) {
        if (result.error.kind == StoreError::Kind::Conflict) {
            showMessage(tr("Not saved: %1. The ticket was changed by someone else while the "
                           "connection was lost; its current state is shown now: check it and "
                           "try again.")
                                .arg(description),
                        true);
        } else {
            showMessage(tr("Not saved: %1. After reconnecting, the database refused it: %2")
                                .arg(description, result.error.message),
                        true);
        }
        return;
    }
    applyTicket(result.ticket);
    const QString done = pending.done.arg(result.ticket.id);
    showMessage(result.replayed ? tr("%1: it had been saved just before the connection was lost "
                                     "(confirmed after reconnecting, saved once).")
                                          .arg(done)
                                : tr("%1: sent again after reconnecting and saved.").arg(done),
                false);
}

QString QueueWorkspace::pendingDescription() const
{
    if (!m_pending)
        return {};
    const qint64 id = m_pending->ticketId;
    switch (m_pending->kind) {
    case NewTicketAction:
        return tr("the new ticket \"%1\"").arg(m_pending->subject);
    case TakeAction:
        return tr("taking ticket #%1").arg(id);
    case ReplyAction:
        return tr("your reply to ticket #%1").arg(id);
    case NoteAction:
        return tr("your note on ticket #%1").arg(id);
    case WaitAction:
        return tr("setting ticket #%1 to wait on the customer").arg(id);
    case ResumeAction:
        return tr("resuming ticket #%1").arg(id);
    case ChangeSeverityAction:
        return tr("the severity change of ticket #%1").arg(id);
    case ChangePlanAction:
        return tr("the plan change of ticket #%1").arg(id);
    case ResolveAction:
        return tr("resolving ticket #%1").arg(id);
    case ReopenAction:
        return tr("reopening ticket #%1").arg(id);
    case OverrideDueAction:
        return tr("the new due instant of ticket #%1").arg(id);
    case FindAction:
    case RefreshAction:
    case ActionCount:
        break;
    }
    return tr("your action on ticket #%1").arg(id);
}

QString QueueWorkspace::connectionText() const
{
    if (!m_store)
        return {};
    // The details (the driver's reason) are the offline banner's tooltip: one short state here.
    if (!m_connected)
        return tr("Offline, reconnecting", "connection state: the database was lost");
    return m_feed ? tr("Live", "connection state: changes by others appear at once")
                  : tr("Connected", "connection state");
}

void QueueWorkspace::rebuildSidebar()
{
    const QSignalBlocker blocker(m_sidebar);
    const QString current = QSettings().value(viewKey, QStringLiteral("view:0")).toString();
    m_sidebar->clear();
    const auto add = [this](QTreeWidgetItem *parent, const QString &text, const QString &icon,
                            const QueueFilter &f) {
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_sidebar);
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
    if (m_store) {
        const Catalog &catalog = m_store->catalog();
        const QString language = uiLanguage();
        for (const Provider &provider : catalog.providers()) {
            QueueFilter pf;
            pf.providerId = provider.id;
            QTreeWidgetItem *top = add(nullptr, provider.names.text(language), QString(), pf);
            QFont bold = top->font(0);
            bold.setBold(true);
            top->setFont(0, bold);
            for (const QString &planId : provider.planIds) {
                const Plan *plan = catalog.plan(planId);
                QueueFilter f;
                f.providerId = provider.id;
                f.planId = planId;
                add(top, plan ? plan->names.text(language) : planId, QString(), f);
            }
            top->setExpanded(true);
        }
    }
    updateSidebarCounts();
    for (QTreeWidgetItemIterator it(m_sidebar); *it; ++it) {
        if ((*it)->data(0, KeyRole).toString() == current) {
            m_sidebar->setCurrentItem(*it);
            break;
        }
    }
    if (!m_sidebar->currentItem())
        m_sidebar->setCurrentItem(m_sidebar->topLevelItem(0));
    // Apply the remembered view.
    QTreeWidgetItem *item = m_sidebar->currentItem();
    QueueFilter f = m_model->filter();
    f.view = static_cast<View>(item->data(0, ViewRole).toInt());
    f.providerId = item->data(0, ProviderRole).toString();
    f.planId = item->data(0, PlanRole).toString();
    if (!(f == m_model->filter()))
        setFilter(f);
}

void QueueWorkspace::updateSidebarCounts()
{
    const QueueModel::Counts &c = m_model->counts();
    const QFontMetrics metrics(m_sidebar->font());
    int width = 0;
    for (QTreeWidgetItemIterator it(m_sidebar); *it; ++it) {
        QTreeWidgetItem *item = *it;
        const QString plan = item->data(0, PlanRole).toString();
        const QString provider = item->data(0, ProviderRole).toString();
        int n = 0;
        if (!plan.isEmpty())
            n = c.byPlan.value(plan);
        else if (!provider.isEmpty())
            n = c.byProvider.value(provider);
        else {
            switch (static_cast<QueueFilter::View>(item->data(0, ViewRole).toInt())) {
            case QueueFilter::View::AllOpen:
                n = c.open;
                break;
            case QueueFilter::View::Mine:
                n = c.mine;
                break;
            case QueueFilter::View::Unassigned:
                n = c.unassigned;
                break;
            case QueueFilter::View::AtRisk:
                n = c.atRisk;
                break;
            case QueueFilter::View::Breached:
                n = c.breached;
                break;
            case QueueFilter::View::Waiting:
                n = c.waiting;
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
    const int margin =
            m_sidebar->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_sidebar) + 1;
    width += 2 * margin;
    if (m_sidebar->header()->sectionSize(1) != width)
        m_sidebar->header()->resizeSection(1, width);
}

void QueueWorkspace::sidebarChanged()
{
    QTreeWidgetItem *item = m_sidebar->currentItem();
    if (!item)
        return;
    QueueFilter f = m_model->filter();
    f.view = static_cast<QueueFilter::View>(item->data(0, ViewRole).toInt());
    f.providerId = item->data(0, ProviderRole).toString();
    f.planId = item->data(0, PlanRole).toString();
    QSettings().setValue(viewKey, item->data(0, KeyRole).toString());
    setFilter(f);
}

void QueueWorkspace::setFilter(const QueueFilter &filter)
{
    if (filter == m_model->filter())
        return;
    const qint64 id = currentTicketId();
    m_model->setFilter(filter);
    restoreSelection(id);
}

qint64 QueueWorkspace::currentTicketId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->ticketAt(current.row()) : 0;
}

bool QueueWorkspace::selectTicket(qint64 ticketId)
{
    const int row = m_model->rowForTicket(ticketId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, QueueModel::IdColumn);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    if (m_panel->ticketId() != ticketId)
        loadPanel(ticketId);
    return true;
}

void QueueWorkspace::restoreSelection(qint64 ticketId)
{
    if (ticketId != 0 && selectTicket(ticketId))
        return;
    if (m_model->rowCount() > 0) {
        // The first row, without moving the panel off a ticket the agent is working on.
        const QModelIndex index = m_model->index(0, QueueModel::IdColumn);
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
        m_view->scrollToTop();
    }
}

void QueueWorkspace::updateVisibleRows()
{
    const int first = m_view->rowAt(0);
    int last = m_view->rowAt(m_view->viewport()->height() - 1);
    if (first < 0) {
        m_model->setVisibleRows(0, -1);
        return;
    }
    if (last < 0)
        last = m_model->rowCount() - 1;
    m_model->setVisibleRows(first, last);
}

void QueueWorkspace::tick(qint64 now)
{
    if (!m_store)
        return;
    const Instant at = now + m_store->serverClockOffset();
    m_model->tick(at);
    m_panel->updateClocks(at);
    if (!m_connected)
        updateBanner();
}

void QueueWorkspace::currentChanged()
{
    if (m_restoring)
        return;
    const qint64 id = currentTicketId();
    if (id != 0 && id != m_panel->ticketId())
        loadPanel(id);
    updateActions();
}

void QueueWorkspace::loadPanel(qint64 ticketId)
{
    if (!m_store)
        return;
    if (!m_connected) {
        // Nothing can be read: the panel says so instead of showing a stale or empty ticket.
        if (m_panel->ticketId() != ticketId)
            m_panel->showUnavailable(ticketId);
        updateActions();
        return;
    }
    StoreError error;
    const std::optional<Ticket> ticket = m_store->ticket(ticketId, &error);
    const QVector<Event> events = ticket ? m_store->events(ticketId, &error) : QVector<Event>();
    if ((!ticket || error) && handleLost(error)) {
        if (m_panel->ticketId() != ticketId)
            m_panel->showUnavailable(ticketId);
    } else if (!ticket || error) {
        showMessage(error.message, true);
        m_panel->clear();
    } else {
        m_panel->showTicket(*ticket, events, storeNow());
    }
    updateActions();
}

void QueueWorkspace::updateActions()
{
    // Offline: no action can reach the database, so none is offered (the banner says why).
    const bool online = m_store && m_connected;
    const bool has = online && m_panel->ticket().has_value();
    const TicketStatus status = has ? m_panel->ticket()->status : TicketStatus::Closed;
    const bool open = has && isOpenStatus(status);
    m_actions[NewTicketAction]->setEnabled(online);
    m_actions[TakeAction]->setEnabled(open && m_panel->ticket()->assigneeId != m_me.id);
    m_actions[ReplyAction]->setEnabled(open);
    m_actions[NoteAction]->setEnabled(has && status != TicketStatus::Closed);
    m_actions[WaitAction]->setEnabled(open && status != TicketStatus::WaitingCustomer);
    m_actions[ResumeAction]->setEnabled(open && status == TicketStatus::WaitingCustomer);
    m_actions[ChangeSeverityAction]->setEnabled(open);
    m_actions[ChangePlanAction]->setEnabled(open);
    m_actions[ResolveAction]->setEnabled(open);
    m_actions[ReopenAction]->setEnabled(has && status == TicketStatus::Resolved);
    m_actions[OverrideDueAction]->setEnabled(open && m_me.role == Agent::Role::Lead);
    m_actions[OverrideDueAction]->setVisible(m_me.role == Agent::Role::Lead);
    m_actions[FindAction]->setEnabled(m_store != nullptr);
    m_actions[RefreshAction]->setEnabled(m_store != nullptr);
}

void QueueWorkspace::showMessage(const QString &text, bool error)
{
    QPalette p = palette();
    const bool dark = p.color(QPalette::Window).lightness() < 128;
    p.setColor(QPalette::Window,
               error ? (dark ? QColor(0x5a, 0x1e, 0x1e) : QColor(0xfd, 0xe2, 0xe1))
                     : p.color(QPalette::ToolTipBase));
    p.setColor(QPalette::WindowText,
               error ? (dark ? QColor(0xff, 0xd6, 0xd3) : QColor(0x6b, 0x10, 0x10))
                     : p.color(QPalette::ToolTipText));
    m_message->setPalette(p);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        emit statusMessage(text);
}

void QueueWorkspace::clearMessage()
{
    m_message->clear();
    m_message->hide();
}

QString QueueWorkspace::message() const
{
    return m_message->isVisibleTo(const_cast<QueueWorkspace *>(this)) ? m_message->text()
                                                                      : QString();
}

void QueueWorkspace::applyTicket(const Ticket &ticket)
{
    const Instant now = storeNow();
    m_restoring = true; // the panel stays on this ticket even if it leaves the queue
    if (isOpenStatus(ticket.status))
        m_model->applyChanges({QueueModel::rowFromTicket(ticket)}, {}, now);
    else
        m_model->applyChanges({}, {ticket.id}, now);
    m_restoring = false;
    if (m_panel->ticketId() == ticket.id)
        loadPanel(ticket.id);
    updateActions();
    updateVisibleRows();
}

void QueueWorkspace::refreshTickets(const QVector<qint64> &ids)
{
    if (!m_store || !m_connected || ids.isEmpty())
        return;
    std::vector<QueueRow> changed;
    QVector<qint64> closed;
    StoreError error;
    for (qint64 id : ids) {
        const std::optional<Ticket> t = m_store->ticket(id, &error);
        if (error && error.kind != StoreError::Kind::NotFound) {
            if (!handleLost(error))
                showMessage(error.message, true);
            return;
        }
        if (t && isOpenStatus(t->status))
            changed.push_back(QueueModel::rowFromTicket(*t));
        else if (m_model->ticket(id))
            closed.append(id);
    }
    const qint64 panelId = m_panel->ticketId();
    m_restoring = true;
    m_model->applyChanges(changed, closed, storeNow());
    m_restoring = false;
    if (panelId != 0 && ids.contains(panelId))
        loadPanel(panelId);
    updateVisibleRows();
}

void QueueWorkspace::reload()
{
    if (!m_store)
        return;
    if (!m_connected) { // Reload while offline: try the connection now
        reconnectNow();
        return;
    }
    const qint64 id = currentTicketId() ? currentTicketId() : m_panel->ticketId();
    const int scroll = m_view->verticalScrollBar()->value();
    StoreError error;
    std::vector<QueueRow> rows = m_store->loadQueue(&error, TicketStore::QueueOrder::Unordered);
    if (error) {
        if (!handleLost(error))
            showMessage(error.message, true);
        return;
    }
    m_restoring = true;
    m_model->setRows(std::move(rows), storeNow());
    m_restoring = false;
    const int row = m_model->rowForTicket(id);
    if (row >= 0) {
        const QModelIndex index = m_model->index(row, QueueModel::IdColumn);
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
    }
    m_view->verticalScrollBar()->setValue(scroll);
    if (m_panel->ticketId() != 0)
        loadPanel(m_panel->ticketId());
    updateVisibleRows();
}

void QueueWorkspace::perform(ActionId kind, const Perform &what, const QString &done)
{
    if (!m_store || !m_panel->ticket() || !m_connected)
        return;
    Action action;
    action.actionId = Action::newActionId();
    action.actorId = m_me.id;
    action.ticketId = m_panel->ticket()->id;
    action.expectedVersion = m_panel->ticket()->rowVersion;
    const ActionResult result = what(action);
    if (!result.ok() && m_store->isConnectionLost(result.error)) {
        // Its outcome is unknown (the commit may have reached the server): kept with its id and
        // sent again after reconnecting, where the store applies an id at most once.
        PendingAction pending;
        pending.kind = kind;
        pending.ticketId = action.ticketId;
        pending.run = [what, action] {
            return what(action);
        };
        pending.done = done;
        m_pending = std::move(pending);
        handleLost(result.error);
        return;
    }
    if (!result.ok()) {
        if (result.error.kind == StoreError::Kind::Conflict) {
            showMessage(tr("Ticket #%1 was changed by someone else before your action reached "
                           "it, so nothing was saved. Its current state is shown now: check it "
                           "and try again.")
                                .arg(action.ticketId),
                        true);
            refreshTickets({action.ticketId});
            loadPanel(action.ticketId);
        } else {
            showMessage(result.error.message, true);
        }
        return;
    }
    clearMessage();
    applyTicket(result.ticket);
    emit statusMessage(done.arg(action.ticketId));
}

void QueueWorkspace::take()
{
    perform(
            TakeAction, [this](const Action &a) { return m_store->take(a); },
            tr("Took ticket #%1"));
}

void QueueWorkspace::reply()
{
    if (!m_store || !m_panel->ticket())
        return;
    TicketActionDialog dialog(TicketActionDialog::Reply, m_store->catalog(), *m_panel->ticket(),
                              uiLanguage(), this);
    if (runDialog(dialog) != QDialog::Accepted || dialog.text().isEmpty())
        return;
    const QString text = dialog.text();
    perform(
            ReplyAction, [this, text](const Action &a) { return m_store->reply(a, text); },
            tr("Replied to ticket #%1"));
}

void QueueWorkspace::note()
{
    if (!m_store || !m_panel->ticket())
        return;
    TicketActionDialog dialog(TicketActionDialog::Note, m_store->catalog(), *m_panel->ticket(),
                              uiLanguage(), this);
    if (runDialog(dialog) != QDialog::Accepted || dialog.text().isEmpty())
        return;
    const QString text = dialog.text();
    perform(
            NoteAction, [this, text](const Action &a) { return m_store->note(a, text); },
            tr("Added a note to ticket #%1"));
}

void QueueWorkspace::wait()
{
    perform(
            WaitAction, [this](const Action &a) { return m_store->waitOnCustomer(a); },
            tr("Ticket #%1 waits on the customer; its clocks are paused"));
}

void QueueWorkspace::resume()
{
    perform(
            ResumeAction, [this](const Action &a) { return m_store->resume(a); },
            tr("Ticket #%1 resumed; its clocks run again"));
}

void QueueWorkspace::changeSeverity()
{
    if (!m_store || !m_panel->ticket())
        return;
    TicketActionDialog dialog(TicketActionDialog::ChangeSeverity, m_store->catalog(),
                              *m_panel->ticket(), uiLanguage(), this);
    if (runDialog(dialog) != QDialog::Accepted)
        return;
    const QString severity = dialog.severity();
    const QString reason = dialog.text();
    perform(
            ChangeSeverityAction,
            [this, severity, reason](const Action &a) {
                return m_store->changeSeverity(a, severity, reason);
            },
            tr("Changed the severity of ticket #%1"));
}

void QueueWorkspace::changePlan()
{
    if (!m_store || !m_panel->ticket())
        return;
    TicketActionDialog dialog(TicketActionDialog::ChangePlan, m_store->catalog(),
                              *m_panel->ticket(), uiLanguage(), this);
    if (runDialog(dialog) != QDialog::Accepted)
        return;
    const QString plan = dialog.planId();
    const QString severity = dialog.severity();
    const QString reason = dialog.text();
    perform(
            ChangePlanAction,
            [this, plan, severity, reason](const Action &a) {
                return m_store->changePlan(a, plan, severity, reason);
            },
            tr("Moved ticket #%1 to another plan"));
}

void QueueWorkspace::resolve()
{
    if (!m_store || !m_panel->ticket())
        return;
    TicketActionDialog dialog(TicketActionDialog::Resolve, m_store->catalog(), *m_panel->ticket(),
                              uiLanguage(), this);
    if (runDialog(dialog) != QDialog::Accepted)
        return;
    const QString summary = dialog.text();
    perform(
            ResolveAction,
            [this, summary](const Action &a) { return m_store->resolve(a, summary); },
            tr("Resolved ticket #%1"));
}

void QueueWorkspace::reopen()
{
    if (!m_store || !m_panel->ticket())
        return;
    TicketActionDialog dialog(TicketActionDialog::Reopen, m_store->catalog(), *m_panel->ticket(),
                              uiLanguage(), this);
    if (runDialog(dialog) != QDialog::Accepted)
        return;
    const QString reason = dialog.text();
    perform(
            ReopenAction, [this, reason](const Action &a) { return m_store->reopen(a, reason); },
            tr("Reopened ticket #%1"));
}

void QueueWorkspace::overrideDue()
{
    if (!m_store || !m_panel->ticket())
        return;
    TicketActionDialog dialog(TicketActionDialog::OverrideDue, m_store->catalog(),
                              *m_panel->ticket(), uiLanguage(), this);
    if (runDialog(dialog) != QDialog::Accepted || dialog.text().isEmpty())
        return;
    const TargetKind target = dialog.target();
    const Instant due = dialog.due();
    const QString reason = dialog.text();
    perform(
            OverrideDueAction,
            [this, target, due, reason](const Action &a) {
                return m_store->overrideDue(a, target, due, reason);
            },
            tr("Set a new due instant on ticket #%1"));
}

void QueueWorkspace::newTicket()
{
    if (!m_store)
        return;
    QVector<Customer> customers;
    customers.reserve(m_customers.size());
    for (const Customer &c : std::as_const(m_customers))
        customers.append(c);
    std::sort(customers.begin(), customers.end(), [](const Customer &a, const Customer &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    NewTicketDialog dialog(m_store->catalog(), customers, uiLanguage(), this);
    if (runDialog(dialog) != QDialog::Accepted || !m_connected)
        return;
    const QString actionId = Action::newActionId();
    const NewTicket ticket = dialog.ticket();
    const ActionResult result = m_store->createTicket(actionId, m_me.id, ticket);
    if (!result.ok() && m_store->isConnectionLost(result.error)) {
        PendingAction pending;
        pending.kind = NewTicketAction;
        pending.subject = ticket.subject;
        pending.run = [this, actionId, ticket] {
            return m_store->createTicket(actionId, m_me.id, ticket);
        };
        pending.done = tr("Created ticket #%1");
        m_pending = std::move(pending);
        handleLost(result.error);
        return;
    }
    if (!result.ok()) {
        showMessage(result.error.message, true);
        return;
    }
    clearMessage();
    applyTicket(result.ticket);
    if (!selectTicket(result.ticket.id))
        loadPanel(result.ticket.id);
    emit statusMessage(tr("Created ticket #%1").arg(result.ticket.id));
}

bool QueueWorkspace::quietNow() const
{
    // Quiet outside my own hours (weekdays, 09:00–18:00 by default, in my time zone).
    const QSettings settings;
    const QTime start =
            QTime::fromString(settings.value(quietStartKey, QStringLiteral("09:00")).toString(),
                              QStringLiteral("HH:mm"));
    const QTime end =
            QTime::fromString(settings.value(quietEndKey, QStringLiteral("18:00")).toString(),
                              QStringLiteral("HH:mm"));
    const QDateTime local = QDateTime::fromSecsSinceEpoch(storeNow());
    if (local.date().dayOfWeek() > 5)
        return true;
    if (!start.isValid() || !end.isValid())
        return false;
    return local.time() < start || local.time() >= end;
}

void QueueWorkspace::notify(qint64 ticketId, int state)
{
    const QueueRow *row = m_model->ticket(ticketId);
    if (!row || row->assigneeId != m_me.id || m_me.id == 0)
        return;
    if (!QSettings().value(notifyKey, true).toBool() || quietNow())
        return;
    const QString title = state == int(ClockState::Breached)
                                  ? tr("Ticket #%1 breached its SLA").arg(ticketId)
                                  : tr("Ticket #%1 is at risk").arg(ticketId);
    emit statusMessage(title);
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(title, row->subject,
                            state == int(ClockState::Breached) ? QSystemTrayIcon::Critical
                                                               : QSystemTrayIcon::Warning);
}

void QueueWorkspace::updateTray()
{
    if (!m_store || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setObjectName(QStringLiteral("queueTray"));
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            if (QWidget *w = window()) {
                w->showNormal();
                w->raise();
                w->activateWindow();
            }
        });
        m_tray->show();
    }
    const int atRisk = m_model->counts().atRisk;
    const int breached = m_model->counts().breached;
    QPixmap pixmap = Icons::application().pixmap(QSize(32, 32));
    if (atRisk > 0) {
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QRect badge(12, 12, 20, 20);
        p.setBrush(QColor(0xc2, 0x5e, 0x00));
        p.setPen(Qt::NoPen);
        p.drawEllipse(badge);
        QFont f = font();
        f.setBold(true);
        f.setPixelSize(atRisk > 99 ? 8 : 12);
        p.setFont(f);
        p.setPen(Qt::white);
        p.drawText(badge, Qt::AlignCenter,
                   atRisk > 999 ? QStringLiteral("999+") : QString::number(atRisk));
    }
    m_tray->setIcon(QIcon(pixmap));
    m_tray->setToolTip(tr("Dueline: %n at risk", "", atRisk) + QLatin1Char('\n') +
                       tr("%n breached", "", breached));
}
