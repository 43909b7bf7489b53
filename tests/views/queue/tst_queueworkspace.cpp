// SPDX-License-Identifier: GPL-3.0-or-later
// The Queue workspace driven as an agent would, offscreen, on a temporary SQLite database whose
// tickets are made through TicketStore with a fake clock: ticket actions through the UI actions
// (checked in the store), the new-ticket dialog (customer → plan → that plan's severities), a
// second connection's change arriving live in place with the selection kept, the conflict
// message with the fresh state, ticks that repaint only visible countdown cells, sidebar counts
// and the remembered view, the main window's status bar once a database is open, a saved view
// opening with its ticket and actions, the empty state of an empty view or search (and the panel
// cleared), and a panel that tells why a ticket has no SLA and its history in sentences.
#include "app/bootstrap/i18n.h"
#include "models/item/planmatrixmodel.h"
#include "models/item/ticker.h"
#include "models/store/changefeed.h"
#include "models/store/ticketstore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/queueopening.h"
#include "views/common/emptystatewidget.h"
#include "views/queue/countdowndelegate.h"
#include "views/queue/newticketdialog.h"
#include "views/queue/queuehold.h"
#include "views/queue/queuesidebar.h"
#include "views/queue/queueworkspace.h"
#include "views/queue/ticketactiondialog.h"
#include "views/queue/ticketpanel.h"
#include "views/shell/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeWidget>

#include <memory>

using namespace dueline;

class TestQueueWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensOnTheQueueWithThePanel();
    void actionsRunOnTheStore();
    void newTicketOffersOnlyThePlansSeverities();
    void secondConnectionUpdatesRowInPlace();
    void conflictShowsMessageAndFreshState();
    void tickRepaintsVisibleCountdownsOnly();
    void sidebarCountsAndRememberedView();
    void quickSearchFilters();
    void mainWindowStatusBar();
    void savedViewShowsTheTicketWithItsActions();
    void emptyViewAndSearchClearThePanel();
    void emptyFinishedViewClearsThePanel();
    void panelTellsTheWholeStory();
    void listHoldsStillUnderThePointer();
    void takeKeepsTheRowTheSelectionAndThePanel();
    void dashboardFilterShowsInSidebarAndSearch();
    void chineseKeepsItsPunctuation();

private:
    std::unique_ptr<TicketStore> openStore(FakeClock &clock);
    std::unique_ptr<QueueWorkspace> openWorkspace(bool live = false);
    static QString labelText(QueueWorkspace &workspace, const char *name);
    static void chooseView(QueueWorkspace &workspace, QueueFilter::View view);
    qint64 addTicket(TicketStore &store, qint64 customer, const char *subject,
                     const char *severity);

    CatalogPtr m_catalog;
    std::unique_ptr<QTemporaryDir> m_dir;
    DatabaseUrl m_url;
    FakeClock m_clock{0};
    std::unique_ptr<Ticker> m_ticker;
    Agent m_anna;
    Agent m_lead;
    qint64 m_vkCustomer = 0;
    qint64 m_stormCustomer = 0;
    QVector<qint64> m_tickets;
    // What the dialog runner does with the next dialog.
    std::function<int(QDialog &)> m_answer;
    int m_dialogs = 0;
};

void TestQueueWorkspace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Dueline"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_queueworkspace"));
    // English plural forms ("2 changes") come from the English translation, as in the app.
    QVERIFY(i18n::installTranslators(QStringLiteral("en")));
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

std::unique_ptr<TicketStore> TestQueueWorkspace::openStore(FakeClock &clock)
{
    StoreError error;
    auto store =
            TicketStore::open(m_url, m_catalog, clock, Connection::Mode::CreateIfMissing, &error);
    if (!store)
        qWarning("%s", qPrintable(error.message));
    return store;
}

qint64 TestQueueWorkspace::addTicket(TicketStore &store, qint64 customer, const char *subject,
                                     const char *severity)
{
    NewTicket t;
    t.customerId = customer;
    t.subject = QString::fromUtf8(subject);
    t.severity = QString::fromLatin1(severity);
    t.channel = QStringLiteral("email");
    t.body = QStringLiteral("Please help");
    const ActionResult r = store.createTicket(Action::newActionId(), m_lead.id, t);
    if (!r.ok())
        qWarning("%s", qPrintable(r.error.message));
    return r.ticket.id;
}

void TestQueueWorkspace::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_url = DatabaseUrl::sqlite(m_dir->filePath(QStringLiteral("queue.sqlite")));
    // Monday 2026-03-02 10:00 Moscow time.
    m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(7, 0), Qt::UTC).toSecsSinceEpoch());
    m_ticker = std::make_unique<Ticker>(m_clock);

    auto store = openStore(m_clock);
    QVERIFY(store);
    StoreError error;
    QVERIFY2(store->migrate(&error) >= 0, qPrintable(error.message));
    m_lead.login = QStringLiteral("lead");
    m_lead.displayName = QStringLiteral("Lena Lead");
    m_lead.role = Agent::Role::Lead;
    m_lead.id = store->addAgent(m_lead, &error);
    m_anna.login = QStringLiteral("anna");
    m_anna.displayName = QStringLiteral("Anna Agent");
    m_anna.id = store->addAgent(m_anna, &error);
    QVERIFY2(m_lead.id && m_anna.id, qPrintable(error.message));
    Customer vk;
    vk.name = QStringLiteral("Ivan");
    vk.company = QStringLiteral("Romashka");
    vk.planId = QStringLiteral("vkcs/standard");
    vk.timeZone = "Europe/Moscow";
    vk.language = QStringLiteral("ru");
    m_vkCustomer = store->addCustomer(vk, &error);
    Customer storm = vk;
    storm.name = QStringLiteral("Olga");
    storm.company = QStringLiteral("Vector");
    storm.planId = QStringLiteral("stormbpmn/enterprise");
    m_stormCustomer = store->addCustomer(storm, &error);
    QVERIFY2(m_vkCustomer && m_stormCustomer, qPrintable(error.message));
    m_tickets.clear();
    m_tickets << addTicket(*store, m_vkCustomer, "Database down", "critical");
    m_tickets << addTicket(*store, m_vkCustomer, "Slow disks", "medium");
    m_tickets << addTicket(*store, m_stormCustomer, "Diagram editor crashes", "critical");
    m_tickets << addTicket(*store, m_vkCustomer, "Question about quotas", "low");
    QVERIFY(!m_tickets.contains(0));
    m_dialogs = 0;
    m_answer = [](QDialog &) {
        return int(QDialog::Rejected);
    };
}

void TestQueueWorkspace::cleanup()
{
    m_ticker.reset();
    m_dir.reset();
    QSettings().clear();
}

std::unique_ptr<QueueWorkspace> TestQueueWorkspace::openWorkspace(bool live)
{
    auto workspace = std::make_unique<QueueWorkspace>();
    workspace->setDialogRunner([this](QDialog &dialog) {
        ++m_dialogs;
        return m_answer(dialog);
    });
    QueueSource source;
    source.url = m_url;
    source.catalog = m_catalog;
    source.clock = &m_clock;
    source.live = live;
    source.feedIntervalMs = 20;
    QString error;
    if (!testsupport::openQueue(*workspace, source, m_anna, m_ticker.get(), &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    workspace->resize(1280, 700);
    workspace->show();
    workspace->activateWindow();
    if (!QTest::qWaitForWindowActive(workspace.get()))
        return nullptr;
    return workspace;
}

void TestQueueWorkspace::opensOnTheQueueWithThePanel()
{
    auto workspace = openWorkspace();
    QVERIFY(workspace);
    QCOMPARE(workspace->model()->rowCount(), 4);
    // Next breach first: the critical VK CS ticket (1 h response) leads.
    QCOMPARE(workspace->model()->ticketAt(0), m_tickets[0]);
    QCOMPARE(workspace->currentTicketId(), m_tickets[0]);
    QCOMPARE(workspace->panel()->ticketId(), m_tickets[0]);
    const auto *title = workspace->panel()->findChild<QLabel *>(QStringLiteral("ticketTitle"));
    QVERIFY(title->text().contains(QStringLiteral("Database down")));
    const auto *clocks = workspace->panel()->findChild<QLabel *>(QStringLiteral("ticketClocks"));
    QVERIFY(clocks->text().contains(QStringLiteral(" MSK"))); // the calendar's zone, named
    const auto *why = workspace->panel()->findChild<QLabel *>(QStringLiteral("ticketExplanation"));
    QVERIFY(why->text().contains(QStringLiteral("Why this deadline?")));
    // Shortcuts are shown in tooltips.
    QCOMPARE(workspace->action(QueueWorkspace::TakeAction)->toolTip(),
             QStringLiteral("Take (Ctrl+T)"));
    // Agents do not see the lead-only action.
    QVERIFY(!workspace->action(QueueWorkspace::OverrideDueAction)->isVisible());

    // Stormbpmn works 11:00-20:00 Moscow time: at 10:00 its clock waits for the opening.
    QVERIFY(workspace->selectTicket(m_tickets[2]));
    QVERIFY(testsupport::settled(*workspace));
    QCOMPARE(workspace->panel()->clockState(TargetKind::Response), ClockState::OutsideHours);
}

void TestQueueWorkspace::actionsRunOnTheStore()
{
    auto workspace = openWorkspace();
    QVERIFY(workspace);
    FakeClock checkClock(m_clock.nowUtc());
    auto check = openStore(checkClock);
    StoreError error;
    const qint64 id = m_tickets[1];
    QVERIFY(workspace->selectTicket(id));
    QVERIFY(testsupport::settled(*workspace));

    // Take: no dialog.
    QVERIFY(workspace->action(QueueWorkspace::TakeAction)->isEnabled());
    workspace->action(QueueWorkspace::TakeAction)->trigger();
    QVERIFY(testsupport::settled(*workspace));
    QCOMPARE(check->ticket(id, &error)->assigneeId, m_anna.id);
    QVERIFY(!workspace->action(QueueWorkspace::TakeAction)->isEnabled());
    QCOMPARE(workspace->model()->ticket(id)->assigneeId, m_anna.id);
    QCOMPARE(workspace->model()->counts().mine, 1);

    // Reply: the dialog asks for the text.
    m_clock.advance(600);
    m_answer = [](QDialog &dialog) {
        auto *d = qobject_cast<TicketActionDialog *>(&dialog);
        if (!d || d->kind() != TicketActionDialog::Reply)
            return int(QDialog::Rejected);
        d->findChild<QPlainTextEdit *>(QStringLiteral("actionText"))
                ->setPlainText(QStringLiteral("Looking into it"));
        return int(QDialog::Accepted);
    };
    workspace->action(QueueWorkspace::ReplyAction)->trigger();
    QVERIFY(testsupport::settled(*workspace));
    QCOMPARE(m_dialogs, 1);
    QCOMPARE(check->ticket(id, &error)->response.phase, ClockPhase::Met);
    const QModelIndex response = workspace->model()->index(workspace->model()->rowForTicket(id),
                                                           QueueModel::ResponseColumn);
    QCOMPARE(response.data(QueueModel::ClockStateRole).toInt(), int(ClockState::Met));
    QCOMPARE(workspace->currentTicketId(), id);

    // Reply and wait (its dialog asks for the reply) pauses the clocks, Resume runs them again.
    m_answer = [](QDialog &dialog) {
        auto *d = qobject_cast<TicketActionDialog *>(&dialog);
        if (!d || d->kind() != TicketActionDialog::ReplyAndWait)
            return int(QDialog::Rejected);
        d->findChild<QPlainTextEdit *>(QStringLiteral("actionText"))
                ->setPlainText(QStringLiteral("Which disks?"));
        return int(QDialog::Accepted);
    };
    workspace->action(QueueWorkspace::WaitAction)->trigger();
    QVERIFY(testsupport::settled(*workspace));
    QCOMPARE(check->ticket(id, &error)->status, TicketStatus::WaitingCustomer);
    QCOMPARE(workspace->model()->counts().waiting, 1);
    QVERIFY(workspace->action(QueueWorkspace::ResumeAction)->isEnabled());
    QVERIFY(!workspace->action(QueueWorkspace::WaitAction)->isEnabled());
    const QModelIndex resolution = workspace->model()->index(workspace->model()->rowForTicket(id),
                                                             QueueModel::ResolutionColumn);
    QCOMPARE(resolution.data(QueueModel::ClockStateRole).toInt(), int(ClockState::Paused));
    m_clock.advance(600);
    workspace->action(QueueWorkspace::ResumeAction)->trigger();
    QVERIFY(testsupport::settled(*workspace));
    QCOMPARE(check->ticket(id, &error)->status, TicketStatus::Open);

    // Resolve: the ticket leaves the open tickets; its row stays, resolved, with the selection
    // and the panel on it (so it can be reopened) until another ticket is chosen.
    m_answer = [](QDialog &dialog) {
        auto *d = qobject_cast<TicketActionDialog *>(&dialog);
        if (!d || d->kind() != TicketActionDialog::Resolve)
            return int(QDialog::Rejected);
        d->findChild<QPlainTextEdit *>(QStringLiteral("actionText"))
                ->setPlainText(QStringLiteral("Disks replaced"));
        return int(QDialog::Accepted);
    };
    workspace->action(QueueWorkspace::ResolveAction)->trigger();
    QVERIFY(testsupport::settled(*workspace));
    QCOMPARE(check->ticket(id, &error)->status, TicketStatus::Resolved);
    const int resolvedRow = workspace->model()->rowForTicket(id);
    QVERIFY(resolvedRow >= 0);
    QCOMPARE(workspace->model()->index(resolvedRow, QueueModel::StatusColumn).data().toString(),
             QStringLiteral("Resolved"));
    QCOMPARE(workspace->model()->counts().open, 3);
    QCOMPARE(workspace->currentTicketId(), id);
    QCOMPARE(workspace->panel()->ticketId(), id);
    QVERIFY(workspace->action(QueueWorkspace::ReopenAction)->isEnabled());
    const QVector<Event> events = check->events(id, &error);
    QCOMPARE(events.last().kind, EventKind::Resolved);
    QCOMPARE(events.last().body, QStringLiteral("Disks replaced"));
    QCOMPARE(events.last().actorId, m_anna.id);

    // Reopen brings it back.
    m_answer = [](QDialog &) {
        return int(QDialog::Accepted);
    };
    workspace->action(QueueWorkspace::ReopenAction)->trigger();
    QVERIFY(testsupport::settled(*workspace));
    QCOMPARE(check->ticket(id, &error)->status, TicketStatus::Open);
    QCOMPARE(workspace->model()->rowForTicket(id), resolvedRow);
    QCOMPARE(workspace->model()->counts().open, 4);

    // A refused action says why, in the message line.
    QVERIFY(workspace->message().isEmpty());
    m_answer = [](QDialog &dialog) {
        auto *d = qobject_cast<TicketActionDialog *>(&dialog);
        if (!d || d->kind() != TicketActionDialog::ChangeSeverity)
            return int(QDialog::Rejected);
        auto *combo = d->findChild<QComboBox *>(QStringLiteral("severityCombo"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("critical")));
        return int(QDialog::Accepted);
    };
    workspace->action(QueueWorkspace::ChangeSeverityAction)->trigger();
    QVERIFY(testsupport::settled(*workspace));
    QCOMPARE(check->ticket(id, &error)->severity, QStringLiteral("critical"));
    QCOMPARE(workspace->model()
                     ->index(workspace->model()->rowForTicket(id), QueueModel::SeverityColumn)
                     .data(QueueModel::LevelRole)
                     .toInt(),
             1);
}

void TestQueueWorkspace::newTicketOffersOnlyThePlansSeverities()
{
    auto workspace = openWorkspace();
    QVERIFY(workspace);
    QStringList offered;
    QStringList channels;
    QString plan;
    m_answer = [&](QDialog &dialog) {
        auto *d = qobject_cast<NewTicketDialog *>(&dialog);
        if (!d)
            return int(QDialog::Rejected);
        auto *customer = d->findChild<QComboBox *>(QStringLiteral("customerCombo"));
        customer->setCurrentIndex(customer->findText(QStringLiteral("Olga (Vector)")));
        plan = d->findChild<QLabel *>(QStringLiteral("planLabel"))->text();
        auto *severity = d->findChild<QComboBox *>(QStringLiteral("severityCombo"));
        for (int i = 0; i < severity->count(); ++i)
            offered << severity->itemData(i).toString();
        severity->setCurrentIndex(0);
        // Channels the plan offers now: not the retired in-app chat (cloud version only).
        auto *channel = d->findChild<QComboBox *>(QStringLiteral("channelCombo"));
        for (int i = 0; channel && i < channel->count(); ++i)
            channels << channel->itemData(i).toString();
        d->findChild<QLineEdit *>(QStringLiteral("subjectEdit"))
                ->setText(QStringLiteral("Process engine stopped"));
        return int(QDialog::Accepted);
    };
    workspace->action(QueueWorkspace::NewTicketAction)->trigger();
    QVERIFY(testsupport::settled(*workspace));
    QCOMPARE(offered, (QStringList{QStringLiteral("critical"), QStringLiteral("other")}));
    QCOMPARE(channels, (QStringList{QStringLiteral("email"), QStringLiteral("portal"),
                                    QStringLiteral("telegram-bot")}));
    QCOMPARE(plan, m_catalog->plan(QStringLiteral("stormbpmn/enterprise"))
                           ->names.text(QStringLiteral("en")));
    QCOMPARE(workspace->model()->rowCount(), 5);
    const qint64 id = workspace->currentTicketId();
    QVERIFY(!m_tickets.contains(id));
    QCOMPARE(workspace->model()->ticket(id)->subject, QStringLiteral("Process engine stopped"));
    QCOMPARE(workspace->model()->ticket(id)->planId, QStringLiteral("stormbpmn/enterprise"));
    QCOMPARE(workspace->panel()->ticketId(), id);
}

void TestQueueWorkspace::secondConnectionUpdatesRowInPlace()
{
    auto workspace = openWorkspace(true);
    QVERIFY(workspace);
    QCOMPARE(workspace->connectionText(), QStringLiteral("Live"));
    const qint64 selected = m_tickets[1];
    QVERIFY(workspace->selectTicket(selected));
    QVERIFY(testsupport::settled(*workspace));
    QueueModel *model = workspace->model();
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);

    // Another agent takes a different ticket.
    FakeClock otherClock(m_clock.nowUtc() + 30);
    auto other = openStore(otherClock);
    Action action{Action::newActionId(), m_lead.id, m_tickets[3], 0};
    QVERIFY(other->take(action).ok());
    QTRY_COMPARE(model->ticket(m_tickets[3])->assigneeId, m_lead.id);
    QCOMPARE(model->index(model->rowForTicket(m_tickets[3]), QueueModel::AssigneeColumn)
                     .data()
                     .toString(),
             QStringLiteral("Lena Lead"));
    QCOMPARE(workspace->currentTicketId(), selected);
    QCOMPARE(workspace->panel()->ticketId(), selected);

    // …and then the selected one: the panel shows the fresh state, the selection stays.
    Action onSelected{Action::newActionId(), m_lead.id, selected, 0};
    QVERIFY(other->note(onSelected, QStringLiteral("Customer called")).ok());
    QTRY_VERIFY(workspace->panel()
                        ->findChild<QLabel *>(QStringLiteral("ticketHistory"))
                        ->text()
                        .contains(QStringLiteral("Customer called")));
    QCOMPARE(workspace->currentTicketId(), selected);

    // Resolved elsewhere: the row leaves the queue.
    Action resolve{Action::newActionId(), m_lead.id, m_tickets[3], 0};
    QVERIFY(other->resolve(resolve).ok());
    QTRY_COMPARE(model->rowForTicket(m_tickets[3]), -1);
    QCOMPARE(workspace->currentTicketId(), selected);
    QCOMPARE(resets.count(), 0);
}

void TestQueueWorkspace::conflictShowsMessageAndFreshState()
{
    auto workspace = openWorkspace(); // no change feed: the agent's view is stale
    QVERIFY(workspace);
    const qint64 id = m_tickets[0];
    QVERIFY(workspace->selectTicket(id));
    QVERIFY(testsupport::settled(*workspace));
    const qint64 seen = workspace->panel()->ticket()->rowVersion;

    FakeClock otherClock(m_clock.nowUtc() + 5);
    auto other = openStore(otherClock);
    QVERIFY(other->take(Action{Action::newActionId(), m_lead.id, id, 0}).ok());

    workspace->action(QueueWorkspace::TakeAction)->trigger();
    QVERIFY(testsupport::settled(*workspace));
    QVERIFY2(workspace->message().contains(QStringLiteral("changed by someone else")),
             qPrintable(workspace->message()));
    StoreError error;
    const std::optional<Ticket> stored = other->ticket(id, &error);
    QCOMPARE(stored->assigneeId, m_lead.id); // nothing overwritten
    QVERIFY(workspace->panel()->ticket()->rowVersion > seen);
    QCOMPARE(workspace->panel()->ticket()->assigneeId, m_lead.id);
    QCOMPARE(workspace->model()->ticket(id)->assigneeId, m_lead.id);
    QCOMPARE(workspace->currentTicketId(), id);

    // The fresh state lets the next action through.
    workspace->action(QueueWorkspace::TakeAction)->trigger();
    QVERIFY(testsupport::settled(*workspace));
    QVERIFY(workspace->message().isEmpty());
    QCOMPARE(other->ticket(id, &error)->assigneeId, m_anna.id);
}

void TestQueueWorkspace::tickRepaintsVisibleCountdownsOnly()
{
    auto workspace = openWorkspace();
    QVERIFY(workspace);
    QueueModel *model = workspace->model();
    QSignalSpy changes(model, &QAbstractItemModel::dataChanged);
    QSignalSpy crossed(model, &QueueModel::ticketStateChanged);
    // 50 minutes later the three VK CS tickets' 1 h responses are at risk (≤ 15 min left).
    m_clock.advance(qint64(50) * 60);
    m_ticker->tickNow();
    QCOMPARE(changes.count(), 1);
    const QModelIndex top = changes.at(0).at(0).value<QModelIndex>();
    const QModelIndex bottom = changes.at(0).at(1).value<QModelIndex>();
    QCOMPARE(top.column(), int(QueueModel::ResponseColumn));
    QCOMPARE(bottom.column(), int(QueueModel::ResolutionColumn));
    QCOMPARE(top.row(), 0);
    QCOMPARE(bottom.row(), model->rowCount() - 1); // all four fit in the viewport
    QCOMPARE(crossed.count(), 3);
    QCOMPARE(crossed.at(0).at(0).toLongLong(), m_tickets[0]);
    const QModelIndex response =
            model->index(model->rowForTicket(m_tickets[0]), QueueModel::ResponseColumn);
    QCOMPARE(response.data(QueueModel::ClockStateRole).toInt(), int(ClockState::AtRisk));
    QCOMPARE(response.data().toString(), QStringLiteral("0:10:00"));
    QCOMPARE(model->counts().atRisk, 3);
    QCOMPARE(workspace->panel()->clockState(TargetKind::Response), ClockState::AtRisk);
    // Colours differ between states and between light and dark palettes.
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, Qt::white);
    QVERIFY(CountdownDelegate::stateColor(ClockState::AtRisk, light) !=
            CountdownDelegate::stateColor(ClockState::Breached, light));
    QVERIFY(CountdownDelegate::stateColor(ClockState::Breached, light).lightness() <
            CountdownDelegate::stateColor(ClockState::Breached, dark).lightness());

    // Another 10 minutes: breached, counting up.
    m_clock.advance(10 * 60 + 5);
    m_ticker->tickNow();
    QCOMPARE(response.data(QueueModel::ClockStateRole).toInt(), int(ClockState::Breached));
    QCOMPARE(response.data().toString(), QStringLiteral("\u22120:00:05")); // a true minus sign
    QCOMPARE(model->counts().breached, 3);
    QCOMPARE(crossed.count(), 6);

    // A short viewport: only the rows it shows are repainted.
    workspace->view()->setFixedHeight(workspace->view()->horizontalHeader()->height() +
                                      workspace->view()->verticalHeader()->defaultSectionSize() *
                                              2);
    QTest::qWait(20);
    QCoreApplication::processEvents();
    changes.clear();
    m_ticker->tickNow();
    QCOMPARE(changes.count(), 1);
    const int last = changes.at(0).at(1).value<QModelIndex>().row();
    QVERIFY(last < model->rowCount() - 1);
    QCOMPARE(last, workspace->view()->rowAt(workspace->view()->viewport()->height() - 1));
}

void TestQueueWorkspace::sidebarCountsAndRememberedView()
{
    {
        auto workspace = openWorkspace();
        QVERIFY(workspace);
        auto *sidebar = workspace->findChild<QTreeWidget *>(QStringLiteral("queueSidebar"));
        QVERIFY(sidebar);
        QCOMPARE(sidebar->topLevelItem(0)->text(1), QStringLiteral("4"));
        // Providers with their plans.
        QTreeWidgetItem *storm = nullptr;
        for (int i = 0; i < sidebar->topLevelItemCount(); ++i) {
            if (sidebar->topLevelItem(i)->text(0) ==
                m_catalog->provider(QStringLiteral("stormbpmn"))->names.text(QStringLiteral("en")))
                storm = sidebar->topLevelItem(i);
        }
        QVERIFY(storm);
        QCOMPARE(storm->text(1), QStringLiteral("1"));
        sidebar->setCurrentItem(storm);
        QVERIFY(testsupport::settled(*workspace));
        QCOMPARE(workspace->model()->rowCount(), 1);
        QCOMPARE(workspace->model()->ticketAt(0), m_tickets[2]);
        QCOMPARE(workspace->currentTicketId(), m_tickets[2]);
    }
    // Opened again: the same view.
    auto workspace = openWorkspace();
    QVERIFY(workspace);
    QCOMPARE(workspace->model()->filter().providerId, QStringLiteral("stormbpmn"));
    QCOMPARE(workspace->model()->rowCount(), 1);
}

void TestQueueWorkspace::quickSearchFilters()
{
    auto workspace = openWorkspace();
    QVERIFY(workspace);
    workspace->action(QueueWorkspace::FindAction)->trigger();
    QVERIFY(testsupport::settled(*workspace));
    auto *search = workspace->findChild<QLineEdit *>(QStringLiteral("queueSearch"));
    QVERIFY(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("quota"));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(testsupport::settled(*workspace));
    QCOMPARE(workspace->model()->rowCount(), 1);
    QCOMPARE(workspace->model()->ticketAt(0), m_tickets[3]);
    QVERIFY(workspace->view()->hasFocus());
    QCOMPARE(workspace->currentTicketId(), m_tickets[3]);
    // Keyboard: Ctrl+T takes the selected ticket.
    QTest::keyClick(workspace->view(), Qt::Key_T, Qt::ControlModifier);
    QVERIFY(testsupport::settled(*workspace));
    StoreError error;
    QCOMPARE(openStore(m_clock)->ticket(m_tickets[3], &error)->assigneeId, m_anna.id);
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(workspace->model()->rowCount(), 4);
}

void TestQueueWorkspace::mainWindowStatusBar()
{
    MainWindow window;
    QVERIFY(window.emptyState(MainWindow::Queue)->isVisibleTo(&window));
    QueueSource source;
    source.url = m_url;
    source.catalog = m_catalog;
    source.clock = &m_clock;
    source.live = false;
    QSignalSpy opened(window.queueWorkspace(), &QueueWorkspace::opened);
    window.openQueue(source, m_anna, m_ticker.get());
    QVERIFY(opened.wait(10000));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.emptyState(MainWindow::Queue)->isVisible());
    QVERIFY(window.queueWorkspace()->isVisible());
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("databaseStatusLabel"))->text(),
             QStringLiteral("queue.sqlite"));
    QCOMPARE(window.findChild<QToolButton *>(QStringLiteral("agentStatusButton"))->text(),
             QStringLiteral("Anna Agent"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("countsStatusLabel"))->text(),
             QStringLiteral("4 open · 0 at risk · 0 breached"));
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("connectionStatusLabel"))->text().isEmpty());
    auto *menu = window.findChild<QMenu *>(QStringLiteral("ticketMenu"));
    QVERIFY(menu && menu->menuAction()->isVisible());
    QVERIFY(menu->actions().contains(window.queueWorkspace()->action(QueueWorkspace::TakeAction)));
}

QString TestQueueWorkspace::labelText(QueueWorkspace &workspace, const char *name)
{
    const auto *label = workspace.panel()->findChild<QLabel *>(QLatin1String(name));
    return label && label->isVisibleTo(workspace.panel()) ? label->text() : QString();
}

void TestQueueWorkspace::chooseView(QueueWorkspace &workspace, QueueFilter::View view)
{
    auto *sidebar = workspace.findChild<QTreeWidget *>(QStringLiteral("queueSidebar"));
    for (int i = 0; i < sidebar->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = sidebar->topLevelItem(i);
        if (item->data(0, QueueSidebar::ProviderRole).toString().isEmpty() &&
            !item->data(0, QueueSidebar::FinishedRole).isValid() &&
            item->data(0, QueueSidebar::ViewRole).toInt() == int(view)) {
            sidebar->setCurrentItem(item);
            return;
        }
    }
    QFAIL("no such view in the sidebar");
}

void TestQueueWorkspace::savedViewShowsTheTicketWithItsActions()
{
    // Issue 18: started on a saved view other than "All open", the panel said the ticket could
    // not be loaded while the connection to the database was lost, and disabled the actions —
    // on a local file, live. Each kind of saved view: a view, a provider, a plan.
    const QString keys[] = {QStringLiteral("view:%1").arg(int(QueueFilter::View::Unassigned)),
                            QStringLiteral("provider:vkcs"),
                            QStringLiteral("plan:stormbpmn/enterprise")};
    for (const QString &key : keys) {
        QSettings().setValue(QStringLiteral("Queue/view"), key);
        auto workspace = openWorkspace(true);
        QVERIFY(workspace);
        QVERIFY2(workspace->model()->rowCount() > 0, qPrintable(key));
        QVERIFY2(!(workspace->model()->filter() == QueueFilter()), qPrintable(key));
        QCOMPARE(workspace->connectionText(), QStringLiteral("Live"));
        const qint64 id = workspace->currentTicketId();
        QVERIFY2(id != 0, qPrintable(key));
        QCOMPARE(workspace->panel()->ticketId(), id);
        QCOMPARE(workspace->panel()->unavailableTicketId(), 0);
        QVERIFY(labelText(*workspace, "ticketPlaceholder").isEmpty());
        QVERIFY(!labelText(*workspace, "ticketHistory").isEmpty());
        for (QueueWorkspace::ActionId action :
             {QueueWorkspace::TakeAction, QueueWorkspace::ReplyAction, QueueWorkspace::NoteAction,
              QueueWorkspace::WaitAction, QueueWorkspace::ResolveAction})
            QVERIFY2(workspace->action(action)->isEnabled(), qPrintable(key));
    }
}

void TestQueueWorkspace::emptyViewAndSearchClearThePanel()
{
    auto workspace = openWorkspace(true);
    QVERIFY(workspace);
    const auto *empty = workspace->findChild<EmptyStateWidget *>(QStringLiteral("queueEmptyState"));
    QVERIFY(empty);
    QVERIFY(!empty->isVisible());
    QVERIFY(workspace->panel()->ticketId() != 0);

    // Nothing is assigned to Anna: "Mine" is empty, and no unrelated ticket stays in the panel.
    chooseView(*workspace, QueueFilter::View::Mine);
    QVERIFY(testsupport::settled(*workspace));
    QCOMPARE(workspace->model()->rowCount(), 0);
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->title(), QStringLiteral("No tickets in “Mine”"));
    QCOMPARE(workspace->currentTicketId(), 0);
    QCOMPARE(workspace->panel()->ticketId(), 0);
    QVERIFY(!labelText(*workspace, "ticketPlaceholder").isEmpty());
    QVERIFY(!workspace->action(QueueWorkspace::TakeAction)->isEnabled());
    QVERIFY(!workspace->action(QueueWorkspace::ReplyAction)->isEnabled());
    QVERIFY(workspace->action(QueueWorkspace::NewTicketAction)->isEnabled());

    // A ticket assigned to her elsewhere appears: the panel shows it.
    FakeClock otherClock(m_clock.nowUtc() + 30);
    auto other = openStore(otherClock);
    QVERIFY(other->assign(Action{Action::newActionId(), m_lead.id, m_tickets[1], 0}, m_anna.id)
                    .ok());
    QTRY_COMPARE(workspace->model()->rowCount(), 1);
    QTRY_COMPARE(workspace->panel()->ticketId(), m_tickets[1]);
    QVERIFY(testsupport::settled(*workspace));
    QVERIFY(!empty->isVisible());
    QCOMPARE(workspace->currentTicketId(), m_tickets[1]);
    QVERIFY(workspace->action(QueueWorkspace::ReplyAction)->isEnabled());

    // A search without hits says so and clears the panel; clearing it brings a ticket back.
    chooseView(*workspace, QueueFilter::View::AllOpen);
    auto *search = workspace->findChild<QLineEdit *>(QStringLiteral("queueSearch"));
    QTest::keyClicks(search, QStringLiteral("no such thing"));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(testsupport::settled(*workspace));
    QCOMPARE(workspace->model()->rowCount(), 0);
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->title(), QStringLiteral("No tickets match “no such thing”"));
    QCOMPARE(empty->description(), QStringLiteral("Nothing in “All open” matches the search."));
    QCOMPARE(workspace->panel()->ticketId(), 0);
    QVERIFY(!workspace->action(QueueWorkspace::ReplyAction)->isEnabled());
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(testsupport::settled(*workspace));
    QCOMPARE(workspace->model()->rowCount(), 4);
    QVERIFY(!empty->isVisible());
    QVERIFY(workspace->currentTicketId() != 0);
    QCOMPARE(workspace->panel()->ticketId(), workspace->currentTicketId());
    QVERIFY(workspace->action(QueueWorkspace::ReplyAction)->isEnabled());
}

void TestQueueWorkspace::emptyFinishedViewClearsThePanel()
{
    auto workspace = openWorkspace();
    QVERIFY(workspace);
    QVERIFY(workspace->panel()->ticketId() != 0);
    const auto *empty = workspace->findChild<EmptyStateWidget *>(QStringLiteral("queueEmptyState"));
    // Nothing is resolved yet: the Resolved view says so, and the panel keeps no open ticket.
    workspace->findChild<QueueSidebar *>()->chooseFinished(TicketStatus::Resolved);
    QVERIFY(testsupport::settled(*workspace));
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->title(), QStringLiteral("No tickets in “Resolved”"));
    QCOMPARE(workspace->panel()->ticketId(), 0);
    QVERIFY(!workspace->action(QueueWorkspace::NoteAction)->isEnabled());
    QVERIFY(!workspace->action(QueueWorkspace::ReopenAction)->isEnabled());
    // Back to the open tickets: one of them in the panel again.
    chooseView(*workspace, QueueFilter::View::AllOpen);
    QVERIFY(testsupport::settled(*workspace));
    QVERIFY(!empty->isVisible());
    QVERIFY(workspace->currentTicketId() != 0);
    QCOMPARE(workspace->panel()->ticketId(), workspace->currentTicketId());
    QVERIFY(workspace->action(QueueWorkspace::ReplyAction)->isEnabled());
}

void TestQueueWorkspace::panelTellsTheWholeStory()
{
    qint64 preview = 0;
    qint64 other = 0;
    {
        auto store = openStore(m_clock);
        NewTicket t;
        t.customerId = m_vkCustomer;
        t.subject = QStringLiteral("Managed Kubernetes beta fails");
        t.severity = QStringLiteral("medium");
        t.channel = QStringLiteral("telegram");
        t.serviceStage = QStringLiteral("preview");
        const ActionResult created = store->createTicket(Action::newActionId(), 0, t);
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        preview = created.ticket.id;
        QVERIFY(store->assign(Action{Action::newActionId(), m_lead.id, preview, 0}, m_anna.id)
                        .ok());
        QVERIFY(store->changeSeverity(Action{Action::newActionId(), m_lead.id, preview, 0},
                                      QStringLiteral("critical"),
                                      QStringLiteral("the whole cluster is down"))
                        .ok());
        t.customerId = m_stormCustomer;
        t.subject = QStringLiteral("Export to PNG is blurry");
        t.severity = QStringLiteral("other");
        t.channel = QStringLiteral("portal");
        t.serviceStage.clear();
        other = store->createTicket(Action::newActionId(), m_lead.id, t).ticket.id;
        QVERIFY(other != 0);
    }
    auto workspace = openWorkspace();
    QVERIFY(workspace);

    // A Preview ticket: no SLA, and why, naming the stage; the channel by its catalog name.
    QVERIFY(workspace->selectTicket(preview));
    QVERIFY(testsupport::settled(*workspace));
    const QString details = labelText(*workspace, "ticketDetails");
    QVERIFY2(details.contains(QStringLiteral("Telegram chat")), qPrintable(details));
    QVERIFY2(details.contains(QStringLiteral("Service stage")), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("VK Cloud Solutions Standard support")));
    const QString clocks = labelText(*workspace, "ticketClocks");
    QVERIFY2(clocks.contains(QStringLiteral("No SLA commitment: the service is in the Preview "
                                            "stage, which VK Cloud Solutions does not cover by "
                                            "an SLA.")),
             qPrintable(clocks));
    QVERIFY(!clocks.contains(QStringLiteral("no commitment")));
    QCOMPARE(workspace->panel()->clockState(TargetKind::Response), ClockState::NotApplicable);
    const QString history = labelText(*workspace, "ticketHistory");
    for (const char *sentence :
         {"Created by the customer — severity: Medium, plan: VK Cloud Solutions Standard support",
          "Assigned to Anna Agent by Lena Lead",
          "Severity changed from Medium to Critical by Lena Lead: the whole cluster is down"})
        QVERIFY2(history.contains(QString::fromUtf8(sentence)), qPrintable(history));
    for (const char *raw : {"created (", "severity changed to", "vkcs/standard", "telegram<"})
        QVERIFY2(!history.contains(QLatin1String(raw)) && !details.contains(QLatin1String(raw)),
                 raw);

    // A plan with no resolution commitment for the severity says so beside that clock.
    QVERIFY(workspace->selectTicket(other));
    QVERIFY(testsupport::settled(*workspace));
    QVERIFY(labelText(*workspace, "ticketDetails").contains(QStringLiteral("Support portal")));
    const QString stormClocks = labelText(*workspace, "ticketClocks");
    QVERIFY2(stormClocks.contains(QStringLiteral("Stormbpmn Enterprise makes no resolution "
                                                 "commitment for severity “Other failure”.")),
             qPrintable(stormClocks));
}

// While the pointer is over the table (or a key was pressed in it), another agent's changes do
// not move, add or remove rows; they wait behind the "N changes — show" button, which applies
// them, as does the pointer leaving. Countdown cells still tick.
void TestQueueWorkspace::listHoldsStillUnderThePointer()
{
    auto workspace = openWorkspace(true);
    QVERIFY(workspace);
    QueueModel *model = workspace->model();
    QTableView *view = workspace->view();
    const qint64 selected = m_tickets[1];
    QVERIFY(workspace->selectTicket(selected));
    QVERIFY(testsupport::settled(*workspace));
    QList<qint64> before;
    for (int r = 0; r < model->rowCount(); ++r)
        before << model->ticketAt(r);
    QCOMPARE(before.size(), 4);

    QEnterEvent enter(QPointF(20, 40), QPointF(20, 40), view->mapToGlobal(QPointF(20, 40)));
    QCoreApplication::sendEvent(view, &enter);
    QVERIFY(workspace->hold()->isHeld());
    QVERIFY(model->isOrderHeld());
    WaitingChangesButton *button = workspace->waitingChangesButton();
    QVERIFY(button->isHidden());

    // Another agent opens a critical ticket and resolves the last one.
    FakeClock otherClock(m_clock.nowUtc() + 30);
    auto other = openStore(otherClock);
    NewTicket t;
    t.customerId = m_vkCustomer;
    t.subject = QStringLiteral("Cluster unreachable");
    t.severity = QStringLiteral("critical");
    t.channel = QStringLiteral("phone");
    t.body = QStringLiteral("Nothing answers");
    const ActionResult created = other->createTicket(Action::newActionId(), m_lead.id, t);
    QVERIFY(created.ok());
    Action resolve{Action::newActionId(), m_lead.id, before.last(), 0};
    QVERIFY(other->resolve(resolve).ok());
    QTRY_COMPARE(model->waitingChanges(), 2);
    QTRY_VERIFY(button->isVisible());
    QCOMPARE(button->text(), QStringLiteral("2 changes — show"));
    QCOMPARE(model->rowCount(), 4);
    for (int r = 0; r < model->rowCount(); ++r)
        QCOMPARE(model->ticketAt(r), before.at(r));
    QCOMPARE(workspace->currentTicketId(), selected);
    QCOMPARE(model->index(3, QueueModel::StatusColumn).data().toString(),
             QStringLiteral("Resolved")); // in place, with its final state
    QCOMPARE(model->counts().open, 4);
    // Over the rows, at their foot, not over the header.
    QVERIFY(button->geometry().top() > view->horizontalHeader()->height());
    QVERIFY(view->rect().contains(button->geometry()));

    // The button shows them: the new ticket leads, the resolved one is gone, the selection stays.
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(model->rowForTicket(created.ticket.id) >= 0);
    QCOMPARE(model->rowForTicket(before.last()), -1);
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(workspace->currentTicketId(), selected);
    QVERIFY(button->isHidden());
    QVERIFY(model->isOrderHeld());

    // Held again; the pointer leaving lets the change through.
    Action resolveNew{Action::newActionId(), m_lead.id, created.ticket.id, 0};
    QVERIFY(other->resolve(resolveNew).ok());
    QTRY_COMPARE(model->waitingChanges(), 1);
    QVERIFY(model->rowForTicket(created.ticket.id) >= 0);
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(view, &leave);
    QVERIFY(!model->isOrderHeld());
    QCOMPARE(model->rowForTicket(created.ticket.id), -1);
    QCOMPARE(model->waitingChanges(), 0);
    QCOMPARE(workspace->currentTicketId(), selected);

    // A key pressed in the table holds the order for a while.
    workspace->hold()->setKeyHoldInterval(150);
    QTest::keyClick(view, Qt::Key_Shift);
    QVERIFY(model->isOrderHeld());
    QTRY_VERIFY(!model->isOrderHeld());
}

// Take on a ticket of the Unassigned view: it no longer fits the view, but its row stays with
// the selection on it and the panel and the toolbar act on it, until another row is chosen.
void TestQueueWorkspace::takeKeepsTheRowTheSelectionAndThePanel()
{
    auto workspace = openWorkspace();
    QVERIFY(workspace);
    chooseView(*workspace, QueueFilter::View::Unassigned);
    QueueModel *model = workspace->model();
    QTRY_COMPARE(model->rowCount(), 4);
    const qint64 id = model->ticketAt(1);
    QVERIFY(workspace->selectTicket(id));
    QVERIFY(testsupport::settled(*workspace));
    workspace->action(QueueWorkspace::TakeAction)->trigger();
    QVERIFY(testsupport::settled(*workspace));
    QCOMPARE(model->ticket(id)->assigneeId, m_anna.id);
    QCOMPARE(model->rowForTicket(id), 1);
    QCOMPARE(workspace->currentTicketId(), id);
    QCOMPARE(workspace->panel()->ticketId(), id);
    QCOMPARE(model->index(1, QueueModel::AssigneeColumn).data().toString(),
             QStringLiteral("Anna Agent"));
    QVERIFY(!workspace->action(QueueWorkspace::TakeAction)->isEnabled()); // taken already
    QVERIFY(workspace->waitingChangesButton()->isHidden());
    QCOMPARE(model->counts().unassigned, 3);

    // Choosing another ticket lets the taken one leave the view.
    const qint64 next = model->ticketAt(2);
    QVERIFY(workspace->selectTicket(next));
    QCOMPARE(model->rowForTicket(id), -1);
    QCOMPARE(workspace->currentTicketId(), next);
    QCOMPARE(model->rowCount(), 3);
}

// A click on the dashboard opens the queue on exactly its filter (issue 21): the sidebar's item
// and the search box say so, the old search text goes, and what neither shows (a plan with a
// view, a severity, an agent) is named in a bar above the list whose button drops it.
void TestQueueWorkspace::dashboardFilterShowsInSidebarAndSearch()
{
    auto workspace = openWorkspace();
    QVERIFY(workspace);
    auto *sidebar = workspace->findChild<QueueSidebar *>(QStringLiteral("queueSidebar"));
    auto *search = workspace->findChild<QLineEdit *>(QStringLiteral("queueSearch"));
    auto *bar = workspace->findChild<QWidget *>(QStringLiteral("queueFilterBar"));
    QVERIFY(sidebar && search && bar);
    QTest::keyClicks(search, QStringLiteral("quota"));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(testsupport::settled(*workspace));
    QCOMPARE(workspace->model()->rowCount(), 1);

    // A plan and a severity: the plan's item, the severity in the bar, no search text.
    QueueFilter critical;
    critical.providerId = QStringLiteral("vkcs");
    critical.planId = QStringLiteral("vkcs/standard");
    critical.severity = QStringLiteral("critical");
    workspace->openFilter(critical);
    QVERIFY(testsupport::settled(*workspace));
    QCOMPARE(workspace->model()->filter(), critical);
    QCOMPARE(sidebar->currentFilter().planId, QStringLiteral("vkcs/standard"));
    QCOMPARE(search->text(), QString());
    QCOMPARE(workspace->model()->rowCount(), 1);
    QCOMPARE(workspace->model()->ticketAt(0), m_tickets[0]);
    QVERIFY(bar->isVisible());
    QVERIFY2(workspace->filterBarText().contains(QStringLiteral("severity")),
             qPrintable(workspace->filterBarText()));
    QVERIFY2(!workspace->filterBarText().contains(QStringLiteral("plan ")),
             qPrintable(workspace->filterBarText()));
    // The search keeps the dashboard's filter.
    QTest::keyClicks(search, QStringLiteral("disks"));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(testsupport::settled(*workspace));
    QCOMPARE(workspace->model()->rowCount(), 0);
    QCOMPARE(workspace->model()->filter().severity, QStringLiteral("critical"));

    // A view and a plan: the view's item, the plan in the bar.
    QueueFilter unassigned;
    unassigned.view = QueueFilter::View::Unassigned;
    unassigned.planId = QStringLiteral("vkcs/standard");
    workspace->openFilter(unassigned);
    QVERIFY(testsupport::settled(*workspace));
    QCOMPARE(sidebar->currentFilter().view, QueueFilter::View::Unassigned);
    QVERIFY(sidebar->currentFilter().planId.isEmpty());
    QCOMPARE(search->text(), QString());
    QCOMPARE(workspace->model()->rowCount(), 3);
    const QString planName =
            m_catalog->plan(QStringLiteral("vkcs/standard"))->names.text(QStringLiteral("en"));
    QVERIFY2(workspace->filterBarText().contains(planName), qPrintable(workspace->filterBarText()));
    // DUELINE_SCREENSHOTS=DIR keeps a picture of the queue with its filter bar to look at.
    if (const QString dir = qEnvironmentVariable("DUELINE_SCREENSHOTS"); !dir.isEmpty())
        workspace->grab().save(QDir(dir).filePath(QStringLiteral("queue-filter-bar.png")));
    // Clear Filter: the sidebar's view alone.
    auto *clear = workspace->findChild<QToolButton *>(QStringLiteral("queueFilterBarClear"));
    QVERIFY(clear);
    clear->click();
    QVERIFY(testsupport::settled(*workspace));
    QVERIFY(!bar->isVisible());
    QueueFilter onlyUnassigned;
    onlyUnassigned.view = QueueFilter::View::Unassigned;
    QCOMPARE(workspace->model()->filter(), onlyUnassigned);
    QCOMPARE(workspace->model()->rowCount(), 4);

    // An agent's tickets.
    QVERIFY(workspace->selectTicket(m_tickets[1]));
    QVERIFY(testsupport::settled(*workspace));
    workspace->action(QueueWorkspace::TakeAction)->trigger();
    QVERIFY(testsupport::settled(*workspace));
    StoreError error;
    QCOMPARE(openStore(m_clock)->ticket(m_tickets[1], &error)->assigneeId, m_anna.id);
    QueueFilter annas;
    annas.assigneeId = m_anna.id;
    workspace->openFilter(annas);
    QVERIFY(testsupport::settled(*workspace));
    QCOMPARE(workspace->model()->rowCount(), 1);
    QCOMPARE(workspace->model()->ticketAt(0), m_tickets[1]);
    QVERIFY2(workspace->filterBarText().contains(QStringLiteral("Anna Agent")),
             qPrintable(workspace->filterBarText()));
    QCOMPARE(sidebar->currentFilter().view, QueueFilter::View::AllOpen);

    // A view alone: its item, no bar.
    QueueFilter breached;
    breached.view = QueueFilter::View::Breached;
    workspace->openFilter(breached);
    QVERIFY(testsupport::settled(*workspace));
    QCOMPARE(sidebar->currentFilter().view, QueueFilter::View::Breached);
    QVERIFY(!bar->isVisible());
    QCOMPARE(workspace->filterBarText(), QString());
}

// Issue 23: the ticket panel and the comparison matrix in Chinese write full-width punctuation
// next to Chinese text — no ASCII ":" or "(" glued to it by code ("响应 (5 个工作日): 已达标").
void TestQueueWorkspace::chineseKeepsItsPunctuation()
{
    const QRegularExpression glued(
            QStringLiteral("[\\x{4e00}-\\x{9fff}] ?[:(]|[:)] ?[\\x{4e00}-\\x{9fff}]"));
    QStringList problems;
    const auto check = [&](const QString &where, const QString &richText) {
        QTextDocument document;
        document.setHtml(richText);
        for (const QString &line : document.toPlainText().split(QLatin1Char('\n'))) {
            if (glued.match(line).hasMatch())
                problems << where + QStringLiteral(": ") + line;
        }
    };
    QVERIFY(i18n::installTranslators(QStringLiteral("zh_CN")));
    {
        auto workspace = openWorkspace();
        QVERIFY(workspace);
        int checked = 0;
        for (qint64 id : {m_tickets[0], m_tickets[2]}) {
            QVERIFY(workspace->selectTicket(id));
            QVERIFY(testsupport::settled(*workspace));
            for (QLabel *label : workspace->panel()->findChildren<QLabel *>()) {
                if (label->isVisibleTo(workspace->panel()) && !label->text().isEmpty()) {
                    check(QStringLiteral("panel of #%1").arg(id), label->text());
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 4);
    }
    PlanMatrixModel matrix;
    matrix.setCatalog(m_catalog);
    matrix.setLanguage(QStringLiteral("zh_CN"));
    for (int row = 0; row < matrix.rowCount(); ++row) {
        for (int column = 0; column < matrix.columnCount(); ++column) {
            const QModelIndex index = matrix.index(row, column);
            check(QStringLiteral("matrix"), index.data(Qt::DisplayRole).toString().toHtmlEscaped());
            check(QStringLiteral("matrix tooltip"),
                  index.data(Qt::ToolTipRole).toString().toHtmlEscaped());
        }
    }
    for (int column = 0; column < matrix.columnCount(); ++column)
        check(QStringLiteral("matrix header"),
              matrix.headerData(column, Qt::Horizontal, Qt::ToolTipRole)
                      .toString()
                      .toHtmlEscaped());
    QVERIFY(i18n::installTranslators(QStringLiteral("en")));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestQueueWorkspace)
#include "tst_queueworkspace.moc"
