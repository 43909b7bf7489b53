// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/queue/queueworkspace.h"

#include "models/item/ticker.h"
#include "views/common/commonui.h"
#include "views/common/icons.h"
#include "views/queue/finishedticketsview.h"
#include "views/queue/newticketdialog.h"
#include "views/queue/offlinebanner.h"
#include "views/queue/queueemptystate.h"
#include "views/queue/queuehold.h"
#include "views/queue/queuenotifier.h"
#include "views/queue/queuesidebar.h"
#include "views/queue/queuetableview.h"
#include "views/queue/ticketactiondialog.h"
#include "views/queue/ticketpanel.h"
#include "views/queue/undobar.h"

#include <QAction>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <utility>

namespace dueline {

using CommonUi::uiLanguage;

namespace {

const QString headerKey = QStringLiteral("Queue/header");
const QString splitterKey = QStringLiteral("Queue/splitter");

} // namespace

QueueWorkspace::QueueWorkspace(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("queueWorkspace"));
    m_controller = new QueueController(this);
    m_controller->setObjectName(QStringLiteral("queueController"));

    m_sidebar = new QueueSidebar(this);
    m_notifier = new QueueNotifier(this);
    m_notifier->setController(m_controller);

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
    // What filters the list beyond the sidebar's item and the search (from the dashboard).
    m_filterBar = new QWidget(center);
    m_filterBar->setObjectName(QStringLiteral("queueFilterBar"));
    m_filterBar->setAutoFillBackground(true);
    m_filterBar->setBackgroundRole(QPalette::AlternateBase);
    auto *filterBarLayout = new QHBoxLayout(m_filterBar);
    filterBarLayout->setContentsMargins(8, 2, 4, 2);
    m_filterBarText = new QLabel(m_filterBar);
    m_filterBarText->setWordWrap(true);
    m_filterBarClear = new QToolButton(m_filterBar);
    m_filterBarClear->setObjectName(QStringLiteral("queueFilterBarClear"));
    m_filterBarClear->setAutoRaise(true);
    m_filterBarClear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_filterBarClear->setIcon(Icons::get(QStringLiteral("edit-clear")));
    filterBarLayout->addWidget(m_filterBarText, 1);
    filterBarLayout->addWidget(m_filterBarClear);
    m_filterBar->hide();

    m_view = new QueueTableView(model(), center);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    // A calm list: rows hold still under the pointer and for a while after a key press; what
    // moves meanwhile waits behind the "N changes — show" button.
    m_hold = new QueueHold(m_view, this);
    connect(m_hold, &QueueHold::heldChanged, model(), &QueueModel::setOrderHeld);
    m_waitingButton = new WaitingChangesButton(model(), m_view);
    m_empty = new QueueEmptyState(this);

    auto *searchRow = new QHBoxLayout;
    searchRow->setContentsMargins(4, 2, 4, 2);
    searchRow->addWidget(m_toolBar, 1);
    searchRow->addWidget(m_search);
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->setSpacing(0);
    centerLayout->addLayout(searchRow);
    centerLayout->addWidget(m_message);
    centerLayout->addWidget(m_filterBar);
    centerLayout->addWidget(m_view, 1);
    m_finished = new FinishedTicketsView(m_controller, center);
    m_finished->hide();
    centerLayout->addWidget(m_finished, 1);
    // Undo of a take or an assign, at the foot of the queue (views/queue/undobar.h).
    centerLayout->addWidget(new UndoBar(m_controller, this, center));

    m_panel = new TicketPanel(this);
    m_panel->setMinimumWidth(300);
    m_panel->setNames(&m_controller->agentNames(), &m_controller->customers());
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
    connect(m_banner, &OfflineBanner::retryRequested, this, &QueueWorkspace::reconnectNow);
    m_busyTimer = new QTimer(this);
    m_busyTimer->setSingleShot(true);
    m_busyTimer->setInterval(400);
    connect(m_busyTimer, &QTimer::timeout, this, [this] {
        if (m_controller->isBusy())
            showMessage(tr("Waiting for the database: %1…").arg(m_controller->busyDescription()),
                        false);
    });

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
    connect(model(), &QAbstractItemModel::modelReset, this, &QueueWorkspace::updateVisibleRows);
    connect(model(), &QAbstractItemModel::layoutChanged, this, &QueueWorkspace::updateVisibleRows);
    connect(model(), &QAbstractItemModel::rowsInserted, this, &QueueWorkspace::updateVisibleRows);
    connect(model(), &QAbstractItemModel::rowsRemoved, this, &QueueWorkspace::updateVisibleRows);
    connect(model(), &QueueModel::countsChanged, this, [this] {
        m_sidebar->updateCounts(model()->counts());
        updateTray();
        emit statusChanged();
    });
    connect(model(), &QueueModel::ticketStateChanged, this, [this](qint64 ticketId, int state) {
        if (const QueueRow *row = model()->ticket(ticketId))
            m_notifier->ticketStateChanged(*row, ClockState(state), agent(), storeNow());
    });
    connect(m_notifier, &QueueNotifier::statusMessage, this, &QueueWorkspace::statusMessage);
    connect(m_notifier, &QueueNotifier::ticketRequested, this, &QueueWorkspace::openTicket);
    connect(m_notifier, &QueueNotifier::takeRequested, this, &QueueWorkspace::takeTicket);
    connect(m_notifier, &QueueNotifier::assignRequested, this, &QueueWorkspace::assignTicket);
    // Everybody's notification settings, from the database (loaded with the queue, read again on
    // reload, with the change feed and after the person saves theirs).
    connect(m_controller, &QueueController::notificationSettingsChanged, this,
            [this] { m_notifier->setSettings(m_controller->notificationSettings()); });
    connect(m_controller, &QueueController::opened, this, &QueueWorkspace::controllerOpened);
    connect(m_controller, &QueueController::openFailed, this, &QueueWorkspace::openFailed);
    connect(m_controller, &QueueController::stateChanged, this, &QueueWorkspace::stateChanged);
    connect(m_controller, &QueueController::queueAboutToChange, this,
            &QueueWorkspace::queueAboutToChange);
    connect(m_controller, &QueueController::queueChanged, this, &QueueWorkspace::queueChanged);
    connect(m_controller, &QueueController::shownTicketChanged, this,
            &QueueWorkspace::shownTicketChanged);
    connect(m_controller, &QueueController::finishedChanged, this, [this] {
        if (m_controller->finishedModel()->rowCount() == 0)
            showNoTicket(); // nothing unrelated stays in the panel
        updateEmptyState();
    });
    connect(m_controller, &QueueController::messageChanged, this, &QueueWorkspace::showMessage);
    connect(m_controller, &QueueController::statusMessage, this, &QueueWorkspace::statusMessage);
    connect(m_controller, &QueueController::actionSaved, this,
            [this](QueueRequest::Kind kind, qint64 ticketId) {
                if (kind == QueueRequest::NewTicket && !selectTicket(ticketId))
                    m_controller->showTicket(ticketId);
            });
    connect(m_sidebar, &QueueSidebar::filterChosen, this, &QueueWorkspace::chooseView);
    connect(m_filterBarClear, &QToolButton::clicked, this, [this] {
        chooseView(m_sidebar->currentFilter());
        m_view->setFocus(Qt::OtherFocusReason);
    });
    connect(m_sidebar, &QueueSidebar::finishedChosen, this, &QueueWorkspace::chooseFinished);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] {
        const QString text = m_search->text().trimmed();
        if (const auto finished = m_controller->finishedStatus()) {
            m_controller->showFinished(*finished, text);
            lookUpNumber(text);
            return;
        }
        QueueFilter f = model()->filter();
        f.text = text;
        setFilter(f);
        lookUpNumber(text);
    });
    connect(m_controller, &QueueController::ticketFound, this, &QueueWorkspace::ticketFound);
    const auto saveHeader = [this] {
        if (!m_restoring && isOpen())
            QSettings().setValue(headerKey, m_view->horizontalHeader()->saveState());
    };
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this, saveHeader);
    connect(m_view->horizontalHeader(), &QHeaderView::sectionMoved, this, saveHeader);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, saveHeader);
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { QSettings().setValue(splitterKey, m_splitter->saveState()); });
    updateActions();
}

QueueWorkspace::~QueueWorkspace() = default;

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
            {AssignAction, "assignAction", "list-add-user",
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)},
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
            {CustomerReportAction, "customerReportAction", "application-pdf", QKeySequence()},
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
    connect(m_actions[TakeAction], &QAction::triggered, this, [this] { run(QueueRequest::Take); });
    connect(m_actions[AssignAction], &QAction::triggered, this,
            [this] { run(QueueRequest::Assign); });
    connect(m_actions[ReplyAction], &QAction::triggered, this,
            [this] { run(QueueRequest::Reply); });
    connect(m_actions[NoteAction], &QAction::triggered, this, [this] { run(QueueRequest::Note); });
    connect(m_actions[WaitAction], &QAction::triggered, this, [this] { run(QueueRequest::Wait); });
    connect(m_actions[ResumeAction], &QAction::triggered, this,
            [this] { run(QueueRequest::Resume); });
    connect(m_actions[ChangeSeverityAction], &QAction::triggered, this,
            [this] { run(QueueRequest::ChangeSeverity); });
    connect(m_actions[ChangePlanAction], &QAction::triggered, this,
            [this] { run(QueueRequest::ChangePlan); });
    connect(m_actions[ResolveAction], &QAction::triggered, this,
            [this] { run(QueueRequest::Resolve); });
    connect(m_actions[ReopenAction], &QAction::triggered, this,
            [this] { run(QueueRequest::Reopen); });
    connect(m_actions[OverrideDueAction], &QAction::triggered, this,
            [this] { run(QueueRequest::OverrideDue); });
    connect(m_actions[CustomerReportAction], &QAction::triggered, this, [this] {
        const auto &shown = m_controller->shownTicket();
        if (m_controller->isShownTicketLoaded() && shown)
            emit customerReportRequested(shown->customerId);
    });
    connect(m_actions[FindAction], &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_actions[RefreshAction], &QAction::triggered, this, &QueueWorkspace::reload);

    for (ActionId id :
         {NewTicketAction, TakeAction, ReplyAction, WaitAction, ResolveAction, ReopenAction})
        m_toolBar->addAction(m_actions[id]);
    for (ActionId id : {NoteAction, ReopenAction, CustomerReportAction})
        m_finished->view()->addAction(m_actions[id]);
    m_finished->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (ActionId id : {TakeAction, AssignAction, ReplyAction, NoteAction, WaitAction, ResumeAction,
                        ChangeSeverityAction, ChangePlanAction, ResolveAction, ReopenAction,
                        OverrideDueAction, CustomerReportAction})
        m_view->addAction(m_actions[id]);
}

QList<QAction *> QueueWorkspace::ticketActions() const
{
    return {m_actions.begin(), m_actions.end()};
}

void QueueWorkspace::retranslateUi()
{
    m_waitingButton->retranslateUi();
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
        a->setToolTip(a->shortcut().isEmpty()
                              ? plain
                              : QStringLiteral("%1 (%2)").arg(
                                        plain, a->shortcut().toString(QKeySequence::NativeText)));
        a->setStatusTip(tip);
    };
    set(NewTicketAction, tr("&New Ticket…"), tr("Open a ticket for a customer"));
    set(TakeAction, tr("&Take", "assign the ticket to myself"),
        tr("Assign the ticket to yourself"));
    set(AssignAction, tr("&Assign…", "choose who works on the ticket"),
        tr("Choose who works on the ticket, or give it back to nobody"));
    set(ReplyAction, tr("&Reply…"), tr("Reply to the customer (meets the response target)"));
    set(NoteAction, tr("Add Not&e…"), tr("An internal note the customer does not see"));
    set(WaitAction, tr("Reply and &Wait…"),
        tr("Reply to the customer, then pause the SLA clocks until they answer"));
    set(ResumeAction, tr("Res&ume"), tr("The customer answered: run the SLA clocks again"));
    set(ChangeSeverityAction, tr("Change Se&verity…"),
        tr("Recompute the targets from the ticket's start"));
    set(ChangePlanAction, tr("Change &Plan…"), tr("Move the ticket to another support plan"));
    set(ResolveAction, tr("Re&solve…"),
        tr("Mark the ticket resolved (meets the resolution target)"));
    set(ReopenAction, tr("Re&open…"), tr("Reopen a resolved ticket; its resolution clock resumes"));
    set(OverrideDueAction, tr("Override &Due…"),
        tr("Team leads: set a due instant, with a reason"));
    set(CustomerReportAction, tr("&Customer's SLA Report…"),
        tr("The SLA report of this ticket's customer for a month, as PDF or CSV"));
    set(FindAction, tr("&Find…"), tr("Search the queue by number, subject or customer"));
    set(RefreshAction, tr("Re&load Queue"), tr("Load the whole queue again from the database"));
    m_search->setPlaceholderText(
            tr("Search number, subject, customer (%1)")
                    .arg(m_actions[FindAction]->shortcut().toString(QKeySequence::NativeText)));
    m_toolBar->setWindowTitle(tr("Ticket Actions"));
    m_view->setAccessibleName(tr("Tickets"));
    m_filterBarClear->setText(tr("Clear Filter"));
    m_filterBarClear->setToolTip(tr("Show the sidebar's view without the other filters"));
    if (isOpen())
        rebuildSidebar();
    updateFilterBar();
    updateEmptyState();
}

void QueueWorkspace::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        model()->setLanguage(uiLanguage());
        m_controller->finishedModel()->setLanguage(uiLanguage());
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
            currentTable()->setFocus(Qt::OtherFocusReason);
            return true;
        }
        if (watched == m_panel && (key->key() == Qt::Key_J || key->key() == Qt::Key_K) &&
            (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            // Reading the panel, J and K go to the next and the previous ticket.
            QCoreApplication::sendEvent(currentTable(), event);
            return true;
        }
        if (watched == m_search) {
            if (key->key() == Qt::Key_Escape) {
                m_search->clear();
                m_searchTimer->stop();
                QueueFilter f = model()->filter();
                f.text.clear();
                setFilter(f);
                m_view->setFocus(Qt::OtherFocusReason);
                return true;
            }
            if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return ||
                key->key() == Qt::Key_Enter) {
                m_searchTimer->stop();
                QueueFilter f = model()->filter();
                f.text = m_search->text().trimmed();
                setFilter(f);
                m_view->setFocus(Qt::OtherFocusReason);
                if (!m_view->currentIndex().isValid() && model()->rowCount() > 0)
                    m_view->setCurrentIndex(model()->index(0, QueueModel::IdColumn));
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void QueueWorkspace::setDialogRunner(DialogRunner runner)
{
    m_notifier->setDialogRunner(runner);
    m_dialogRunner = std::move(runner);
}

int QueueWorkspace::runDialog(QDialog &dialog)
{
    return dueline::runDialog(m_dialogRunner, dialog);
}

void QueueWorkspace::open(const QueueSource &source, const Agent &me, Ticker *ticker)
{
    // The saved layout first, while the model is empty: restoring the header announces its sort.
    m_restoring = true;
    const QSettings settings;
    m_view->restoreLayout(settings.value(headerKey).toByteArray());
    m_splitter->restoreState(settings.value(splitterKey).toByteArray());
    m_restoring = false;
    model()->setLanguage(uiLanguage());
    m_controller->finishedModel()->setLanguage(uiLanguage());
    m_panel->setCatalog(source.catalog);
    m_panel->setLanguage(uiLanguage());
    m_panel->clear();
    if (m_ticker != ticker) {
        if (m_ticker)
            disconnect(m_ticker, nullptr, this, nullptr);
        m_ticker = ticker;
        if (m_ticker)
            connect(m_ticker, &Ticker::tick, this, &QueueWorkspace::tick);
    }
    m_controller->open(source, me);
}

void QueueWorkspace::controllerOpened()
{
    m_notifier->setSettings(m_controller->notificationSettings());
    // The saved sort (restoreState announced it before there were rows).
    model()->sort(m_view->horizontalHeader()->sortIndicatorSection(),
                  m_view->horizontalHeader()->sortIndicatorOrder());
    rebuildSidebar();
    const qint64 wanted = std::exchange(m_selectWhenOpen, 0);
    if (model()->rowCount() > 0)
        restoreSelection(wanted);
    updateEmptyState();
    updateActions();
    updateTray();
    updateVisibleRows();
    emit statusChanged();
    emit opened();
}

Instant QueueWorkspace::storeNow() const
{
    return m_ticker ? m_ticker->now() + m_controller->serverClockOffset() : m_controller->now();
}

void QueueWorkspace::stateChanged()
{
    const bool offline = m_controller->isOffline();
    if (offline != m_wasOffline) {
        m_wasOffline = offline;
        m_banner->setServer(serverName());
        m_banner->setVisible(offline);
    }
    if (offline) {
        m_banner->setReason(m_controller->connectionError());
        updateBanner();
    }
    if (!m_controller->isBusy())
        m_busyTimer->stop();
    else if (!m_busyTimer->isActive())
        m_busyTimer->start();
    updateActions();
    emit statusChanged();
}

void QueueWorkspace::updateBanner()
{
    if (!isOffline())
        return;
    const int ms = m_controller->msUntilReconnect();
    m_banner->setRetryIn(ms < 0 ? -1 : int(std::ceil(ms / 1000.0)));
    m_banner->setPending(pendingDescription());
}

void QueueWorkspace::reconnectNow()
{
    m_controller->reconnectNow();
}

void QueueWorkspace::rebuildSidebar()
{
    m_sidebar->rebuild(m_controller->source().catalog.get(), uiLanguage(), model()->counts());
    // The remembered view.
    if (const auto finished = m_sidebar->currentFinished())
        chooseFinished(*finished);
    else
        chooseView(m_sidebar->currentFilter());
}

void QueueWorkspace::chooseView(const QueueFilter &view)
{
    if (m_controller->finishedStatus()) {
        m_controller->hideFinished();
        m_finished->hide();
        m_view->show();
        updateActions();
    }
    QueueFilter f = model()->filter();
    f.view = view.view;
    f.providerId = view.providerId;
    f.planId = view.planId;
    f.severity.clear();
    f.assigneeId = -1;
    setFilter(f);
    // Back from a finished view: over the open tickets again, one of them in the panel.
    if (!m_view->currentIndex().isValid() && model()->rowCount() > 0)
        restoreSelection(0);
    updateFilterBar();
    updateEmptyState();
}

void QueueWorkspace::openFilter(const QueueFilter &filter)
{
    if (m_controller->finishedStatus()) {
        m_controller->hideFinished();
        m_finished->hide();
        m_view->show();
        updateActions();
    }
    m_sidebar->showFilter(filter);
    m_searchTimer->stop();
    {
        const QSignalBlocker blocker(m_search);
        m_search->setText(filter.text);
    }
    setFilter(filter);
    if (!m_view->currentIndex().isValid() && model()->rowCount() > 0)
        restoreSelection(0);
    updateFilterBar();
    updateEmptyState();
}

QString QueueWorkspace::filterBarText() const
{
    return m_filterBar->isHidden() ? QString() : m_filterBarText->text();
}

void QueueWorkspace::updateFilterBar()
{
    const QueueFilter &f = model()->filter();
    const QueueFilter shown = m_sidebar->currentFilter();
    const Catalog *catalog = m_controller->source().catalog.get();
    const QString language = uiLanguage();
    QStringList parts;
    if (!f.planId.isEmpty() && shown.planId != f.planId) {
        const Plan *plan = catalog ? catalog->plan(f.planId) : nullptr;
        const Provider *provider = plan ? catalog->provider(plan->providerId) : nullptr;
        const QString name = !plan       ? f.planId
                             : !provider ? plan->names.text(language)
                                         : tr("%1 %2", "a provider and its plan")
                                                   .arg(provider->names.text(language),
                                                        plan->names.text(language));
        parts << tr("plan %1", "the queue is also filtered by").arg(name);
    } else if (f.planId.isEmpty() && !f.providerId.isEmpty() && shown.providerId != f.providerId) {
        const Provider *provider = catalog ? catalog->provider(f.providerId) : nullptr;
        parts << tr("provider %1", "the queue is also filtered by")
                         .arg(provider ? provider->names.text(language) : f.providerId);
    }
    if (!f.severity.isEmpty()) {
        QStringList names;
        if (catalog) {
            for (const Provider &provider : catalog->providers()) {
                if (!f.providerId.isEmpty() && provider.id != f.providerId)
                    continue;
                for (const Severity &severity : provider.severities) {
                    const QString name = severity.names.text(language);
                    if (severity.code == f.severity && !names.contains(name))
                        names << name;
                }
            }
        }
        parts << tr("severity %1", "the queue is also filtered by")
                         .arg(names.isEmpty() ? f.severity : names.join(QStringLiteral(" / ")));
    }
    if (f.assigneeId == 0 && f.view != QueueFilter::View::Unassigned)
        parts << tr("unassigned", "the queue is also filtered by");
    else if (f.assigneeId > 0)
        parts << tr("assigned to %1", "the queue is also filtered by")
                         .arg(m_controller->agentNames().value(f.assigneeId,
                                                               QString::number(f.assigneeId)));
    m_filterBar->setVisible(!parts.isEmpty());
    if (!parts.isEmpty())
        m_filterBarText->setText(
                tr("Also filtered: %1", "the list of filters, joined by the next text")
                        .arg(parts.join(tr(", ", "between the filters of the queue"))));
}

void QueueWorkspace::setFilter(const QueueFilter &filter)
{
    if (filter == model()->filter())
        return;
    const qint64 id = currentTicketId();
    model()->setFilter(filter);
    restoreSelection(id);
    if (model()->rowCount() == 0)
        showNoTicket(); // nothing unrelated stays in the panel
    updateEmptyState();
}

void QueueWorkspace::showNoTicket()
{
    model()->setPinnedTicket(0);
    m_view->selectionModel()->clear();
    m_finished->view()->selectionModel()->clear();
    m_controller->showTicket(0);
}

void QueueWorkspace::updateEmptyState()
{
    // Over the open tickets' table, or the finished ones' in the Resolved and Closed views.
    const bool finished = m_controller->finishedStatus().has_value();
    const int rows = finished ? m_controller->finishedModel()->rowCount() : model()->rowCount();
    const QTreeWidgetItem *item = m_sidebar->currentItem();
    m_empty->update(finished ? m_finished->view()->viewport() : m_view->viewport(),
                    isOpen() && rows == 0, item ? item->text(0) : QString(),
                    finished ? m_search->text().trimmed() : model()->filter().text);
}

qint64 QueueWorkspace::currentTicketId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? model()->ticketAt(current.row()) : 0;
}

bool QueueWorkspace::selectTicket(qint64 ticketId)
{
    const int row = model()->rowForTicket(ticketId);
    if (row < 0) {
        if (m_controller->state() == QueueController::State::Opening)
            m_selectWhenOpen = ticketId;
        return false;
    }
    const QModelIndex index = model()->index(row, QueueModel::IdColumn);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    m_controller->showTicket(ticketId);
    return true;
}

void QueueWorkspace::restoreSelection(qint64 ticketId)
{
    if (ticketId != 0 && selectTicket(ticketId))
        return;
    if (model()->rowCount() > 0) {
        // The first row, without moving the panel off a ticket the agent is working on.
        const QModelIndex index = model()->index(0, QueueModel::IdColumn);
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
        model()->setVisibleRows(0, -1);
        return;
    }
    if (last < 0)
        last = model()->rowCount() - 1;
    model()->setVisibleRows(first, last);
}

void QueueWorkspace::tick(qint64 now)
{
    if (!isOpen())
        return;
    const Instant at = now + m_controller->serverClockOffset();
    model()->tick(at);
    m_notifier->checkSchedules(agent(), at);
    m_panel->updateClocks(at);
    if (isOffline())
        updateBanner();
}

void QueueWorkspace::currentChanged()
{
    if (m_restoring)
        return;
    const qint64 id = currentTicketId();
    if (id != 0) {
        m_controller->showTicket(id);
        // The row the panel shows stays put when an action changes it (it may no longer fit
        // the view), so that the selection, the panel and the toolbar name the same ticket.
        model()->setPinnedTicket(id);
    }
    updateActions();
}

void QueueWorkspace::shownTicketChanged()
{
    const qint64 id = m_controller->shownTicketId();
    if (m_controller->isShownTicketUnavailable()) {
        if (m_panel->ticketId() != id)
            m_panel->showUnavailable(id);
    } else if (m_controller->isShownTicketLoaded()) {
        m_panel->showTicket(*m_controller->shownTicket(), m_controller->shownEvents(), storeNow());
    } else {
        m_panel->clear();
    }
    updateActions();
}

void QueueWorkspace::updateActions()
{
    // Offline, or while an action is on its way, none is offered (the banner or the message
    // says why); each fits the shown ticket's state.
    using R = QueueRequest;
    const std::pair<ActionId, R::Kind> kinds[] = {
            {NewTicketAction, R::NewTicket},
            {TakeAction, R::Take},
            {AssignAction, R::Assign},
            {ReplyAction, R::Reply},
            {NoteAction, R::Note},
            {WaitAction, R::Wait},
            {ResumeAction, R::Resume},
            {ChangeSeverityAction, R::ChangeSeverity},
            {ChangePlanAction, R::ChangePlan},
            {ResolveAction, R::Resolve},
            {ReopenAction, R::Reopen},
            {OverrideDueAction, R::OverrideDue},
    };
    for (const auto &[id, kind] : kinds)
        m_actions[id]->setEnabled(m_controller->canRun(kind));
    // A finished view offers what fits finished tickets (Note, Reopen); the open views the rest.
    const bool finished = m_controller->finishedStatus().has_value();
    for (ActionId id : {TakeAction, AssignAction, ReplyAction, WaitAction, ResumeAction,
                        ChangeSeverityAction, ChangePlanAction, ResolveAction})
        m_actions[id]->setVisible(!finished);
    // Reopen also right after resolving a ticket of the queue (the panel keeps it).
    m_actions[ReopenAction]->setVisible(finished || m_controller->canRun(QueueRequest::Reopen));
    m_actions[OverrideDueAction]->setVisible(!finished && agent().role == Agent::Role::Lead);
    m_actions[CustomerReportAction]->setEnabled(isOpen() && m_controller->isShownTicketLoaded());
    m_actions[FindAction]->setEnabled(isOpen());
    m_actions[RefreshAction]->setEnabled(isOpen());
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
}

QString QueueWorkspace::message() const
{
    return m_message->isVisibleTo(const_cast<QueueWorkspace *>(this)) ? m_message->text()
                                                                      : QString();
}

void QueueWorkspace::queueAboutToChange()
{
    // The panel stays on its ticket even if it leaves the queue; a reload keeps the selection.
    m_restoring = true;
    m_keepTicket = currentTicketId() ? currentTicketId() : m_panel->ticketId();
    m_keepScroll = m_view->verticalScrollBar()->value();
}

void QueueWorkspace::queueChanged()
{
    m_restoring = false;
    // Rows in a view that was empty: the panel shows the first of them again.
    if (!m_controller->finishedStatus() && m_empty->isShown() && model()->rowCount() > 0 &&
        m_controller->shownTicketId() == 0 && !m_view->currentIndex().isValid())
        restoreSelection(0);
    if (!m_view->currentIndex().isValid() && m_keepTicket != 0) { // after a reload
        const int row = model()->rowForTicket(m_keepTicket);
        if (row >= 0) {
            m_restoring = true;
            m_view->selectionModel()->setCurrentIndex(model()->index(row, QueueModel::IdColumn),
                                                      QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
            m_restoring = false;
        }
        m_view->verticalScrollBar()->setValue(m_keepScroll);
    }
    updateEmptyState();
    updateActions();
    updateVisibleRows();
}

void QueueWorkspace::reload()
{
    m_controller->reload();
}

void QueueWorkspace::run(QueueRequest::Kind kind)
{
    if (!m_controller->canRun(kind))
        return;
    using R = QueueRequest;
    using D = TicketActionDialog;
    QueueRequest request;
    request.kind = kind;
    // The version the agent saw when choosing the action: a change by someone else while the
    // dialog is open is a conflict, not overwritten.
    const Ticket ticket = *m_controller->shownTicket();
    request.action.ticketId = ticket.id;
    request.action.expectedVersion = ticket.rowVersion;
    if (kind == R::Assign) {
        assign(request, ticket);
        return;
    }
    std::optional<D::Kind> dialogKind;
    switch (kind) {
    case R::Reply:
        dialogKind = D::Reply;
        break;
    case R::Wait: // a pause is earned by a reply (DESIGN §2)
        dialogKind = D::ReplyAndWait;
        break;
    case R::Note:
        dialogKind = D::Note;
        break;
    case R::ChangeSeverity:
        dialogKind = D::ChangeSeverity;
        break;
    case R::ChangePlan:
        dialogKind = D::ChangePlan;
        break;
    case R::Resolve:
        dialogKind = D::Resolve;
        break;
    case R::Reopen:
        dialogKind = D::Reopen;
        break;
    case R::OverrideDue:
        dialogKind = D::OverrideDue;
        break;
    default:
        break;
    }
    if (dialogKind) {
        TicketActionDialog dialog(*dialogKind, m_controller->catalog(), ticket, uiLanguage(), this);
        if (runDialog(dialog) != QDialog::Accepted)
            return;
        request.text = dialog.text();
        if (request.text.isEmpty() &&
            (kind == R::Reply || kind == R::Wait || kind == R::Note || kind == R::OverrideDue))
            return;
        if (kind == R::ChangeSeverity || kind == R::ChangePlan)
            request.severity = dialog.severity();
        if (kind == R::ChangePlan)
            request.planId = dialog.planId();
        if (kind == R::OverrideDue) {
            request.target = dialog.target();
            request.due = dialog.due();
        }
    }
    m_controller->run(request);
}

void QueueWorkspace::newTicket()
{
    if (!m_controller->canRun(QueueRequest::NewTicket))
        return;
    NewTicketDialog dialog(m_controller->catalog(), m_controller->customersByName(), uiLanguage(),
                           this);
    if (runDialog(dialog) != QDialog::Accepted)
        return;
    QueueRequest request;
    request.kind = QueueRequest::NewTicket;
    request.ticket = dialog.ticket();
    m_controller->run(request);
}

void QueueWorkspace::updateTray()
{
    if (isOpen())
        m_notifier->updateTray(model()->counts());
}

} // namespace dueline
