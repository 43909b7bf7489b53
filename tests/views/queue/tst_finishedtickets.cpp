// SPDX-License-Identifier: GPL-3.0-or-later
// Every ticket findable (issue 18): the Resolved and Closed views list finished tickets, most
// recently changed first; choosing one shows it in the panel with Reopen; search by number finds
// a ticket whatever its status and whatever view is shown; text search in a finished view finds
// words of any script, case-insensitively.

#include "models/item/ticker.h"
#include "models/presenters/queuecontroller.h"
#include "models/store/ticketstore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/queueopening.h"
#include "views/queue/finishedticketsview.h"
#include "views/queue/queuenotifier.h"
#include "views/queue/queuesidebar.h"
#include "views/queue/queuetableview.h"
#include "views/queue/queueworkspace.h"
#include "views/queue/ticketpanel.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidgetItemIterator>

#include <memory>

using namespace dueline;

class TestFinishedTickets : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void resolvedViewListsMostRecentFirst();
    void reopenFromTheResolvedView();
    void closedViewAndRememberedView();
    void numberSearchFindsAnyStatus();
    void openTicketNotInTheView();
    void textSearchInFinishedTickets();
    void notificationOpensItsTicket();

private:
    std::unique_ptr<TicketStore> openStore();
    qint64 addTicket(TicketStore &store, const char *subject);
    ActionResult act(TicketStore &store, qint64 ticketId,
                     ActionResult (TicketStore::*action)(const Action &, const QString &));
    std::unique_ptr<QueueWorkspace> openWorkspace();
    static void chooseSidebarItem(QueueWorkspace &workspace, const QString &key);
    static void search(QueueWorkspace &workspace, const QString &text);
    static QVector<qint64> listed(QueueWorkspace &workspace);

    CatalogPtr m_catalog;
    std::unique_ptr<QTemporaryDir> m_dir;
    DatabaseUrl m_url;
    FakeClock m_clock{0};
    std::unique_ptr<Ticker> m_ticker;
    Agent m_anna;
    qint64 m_customer = 0;
    qint64 m_open = 0; // open, unassigned
    qint64 m_resolvedFirst = 0; // resolved at 10:00
    qint64 m_resolvedLater = 0; // resolved at 11:00
    qint64 m_closed = 0; // resolved, then closed
};

void TestFinishedTickets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Dueline"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_finishedtickets"));
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

std::unique_ptr<TicketStore> TestFinishedTickets::openStore()
{
    StoreError error;
    auto store =
            TicketStore::open(m_url, m_catalog, m_clock, Connection::Mode::CreateIfMissing, &error);
    if (!store)
        qWarning("%s", qPrintable(error.message));
    return store;
}

qint64 TestFinishedTickets::addTicket(TicketStore &store, const char *subject)
{
    NewTicket t;
    t.customerId = m_customer;
    t.subject = QString::fromUtf8(subject);
    t.severity = QStringLiteral("medium");
    t.channel = QStringLiteral("email");
    t.body = QStringLiteral("Please help");
    const ActionResult r = store.createTicket(Action::newActionId(), m_anna.id, t);
    if (!r.ok())
        qWarning("%s", qPrintable(r.error.message));
    return r.ticket.id;
}

ActionResult TestFinishedTickets::act(TicketStore &store, qint64 ticketId,
                                      ActionResult (TicketStore::*action)(const Action &,
                                                                          const QString &))
{
    Action a;
    a.actionId = Action::newActionId();
    a.actorId = m_anna.id;
    a.ticketId = ticketId;
    return (store.*action)(a, QString());
}

void TestFinishedTickets::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_url = DatabaseUrl::sqlite(m_dir->filePath(QStringLiteral("queue.sqlite")));
    m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(7, 0), Qt::UTC).toSecsSinceEpoch());
    m_ticker = std::make_unique<Ticker>(m_clock);
    auto store = openStore();
    QVERIFY(store);
    StoreError error;
    QVERIFY2(store->migrate(&error) >= 0, qPrintable(error.message));
    m_anna = {0, QStringLiteral("anna"), QStringLiteral("Anna Agent"), Agent::Role::Lead};
    m_anna.id = store->addAgent(m_anna, &error);
    Customer c;
    c.name = QStringLiteral("Ivan");
    c.company = QStringLiteral("Romashka");
    c.planId = QStringLiteral("vkcs/standard");
    c.timeZone = "Europe/Moscow";
    c.language = QStringLiteral("ru");
    m_customer = store->addCustomer(c, &error);
    QVERIFY2(m_anna.id && m_customer, qPrintable(error.message));
    m_open = addTicket(*store, "Slow disks");
    m_resolvedFirst = addTicket(*store, "Вопрос о КВОТАХ");
    m_resolvedLater = addTicket(*store, "Database down");
    m_closed = addTicket(*store, "Password reset");
    m_clock.advance(3600);
    QVERIFY(act(*store, m_resolvedFirst, &TicketStore::resolve).ok());
    QVERIFY(act(*store, m_closed, &TicketStore::resolve).ok());
    m_clock.advance(3600);
    QVERIFY(act(*store, m_resolvedLater, &TicketStore::resolve).ok());
    Action close;
    close.actionId = Action::newActionId();
    close.actorId = m_anna.id;
    close.ticketId = m_closed;
    QVERIFY(store->close(close).ok());
}

void TestFinishedTickets::cleanup()
{
    m_ticker.reset();
    m_dir.reset();
    QSettings().clear();
}

std::unique_ptr<QueueWorkspace> TestFinishedTickets::openWorkspace()
{
    auto workspace = std::make_unique<QueueWorkspace>();
    workspace->setDialogRunner([](QDialog &) { return int(QDialog::Accepted); });
    QueueSource source;
    source.url = m_url;
    source.catalog = m_catalog;
    source.clock = &m_clock;
    source.live = false;
    QString error;
    if (!testsupport::openQueue(*workspace, source, m_anna, m_ticker.get(), &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    workspace->resize(1280, 700);
    workspace->show();
    if (!QTest::qWaitForWindowExposed(workspace.get()))
        return nullptr;
    return workspace;
}

void TestFinishedTickets::chooseSidebarItem(QueueWorkspace &workspace, const QString &key)
{
    auto *sidebar = workspace.findChild<QueueSidebar *>(QStringLiteral("queueSidebar"));
    for (QTreeWidgetItemIterator it(sidebar); *it; ++it) {
        if ((*it)->data(0, QueueSidebar::KeyRole).toString() == key) {
            sidebar->setCurrentItem(*it);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no sidebar item %1").arg(key)));
}

void TestFinishedTickets::search(QueueWorkspace &workspace, const QString &text)
{
    auto *line = workspace.findChild<QLineEdit *>(QStringLiteral("queueSearch"));
    line->setText(text);
    // The search runs when typing pauses.
    QTest::qWait(300);
    QVERIFY(testsupport::settled(workspace));
}

QVector<qint64> TestFinishedTickets::listed(QueueWorkspace &workspace)
{
    const TicketListModel *model = workspace.controller()->finishedModel();
    QVector<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->ticketAt(row);
    return ids;
}

void TestFinishedTickets::resolvedViewListsMostRecentFirst()
{
    auto workspace = openWorkspace();
    QVERIFY(workspace);
    QCOMPARE(workspace->model()->rowCount(), 1); // the open queue has the open ticket only
    chooseSidebarItem(*workspace, QStringLiteral("finished:resolved"));
    QVERIFY(testsupport::settled(*workspace));
    FinishedTicketsView *finished = workspace->finishedTickets();
    QVERIFY(finished->isVisible());
    QVERIFY(!workspace->view()->isVisible());
    QCOMPARE(listed(*workspace), (QVector<qint64>{m_resolvedLater, m_resolvedFirst}));
    // The most recent one is selected and shown, with Reopen and without Take or Resolve.
    QCOMPARE(finished->currentTicketId(), m_resolvedLater);
    QVERIFY(QTest::qWaitFor([&] { return workspace->panel()->ticketId() == m_resolvedLater; }));
    QVERIFY(workspace->action(QueueWorkspace::ReopenAction)->isEnabled());
    QVERIFY(!workspace->action(QueueWorkspace::ResolveAction)->isEnabled());
    // Its clocks read as met, not as a countdown.
    const QModelIndex resolution =
            workspace->controller()->finishedModel()->index(0, QueueModel::ResolutionColumn);
    QCOMPARE(ClockState(resolution.data(QueueModel::ClockStateRole).toInt()), ClockState::Met);
    // Choosing another row shows it.
    finished->selectTicket(m_resolvedFirst);
    QVERIFY(QTest::qWaitFor([&] { return workspace->panel()->ticketId() == m_resolvedFirst; }));
    // Back to an open view: the queue's table again.
    chooseSidebarItem(*workspace, QStringLiteral("view:0"));
    QVERIFY(workspace->view()->isVisible());
    QVERIFY(!finished->isVisible());
    QVERIFY(!workspace->controller()->finishedStatus());
}

void TestFinishedTickets::reopenFromTheResolvedView()
{
    auto workspace = openWorkspace();
    QVERIFY(workspace);
    chooseSidebarItem(*workspace, QStringLiteral("finished:resolved"));
    QVERIFY(testsupport::settled(*workspace));
    workspace->finishedTickets()->selectTicket(m_resolvedFirst);
    QVERIFY(QTest::qWaitFor([&] {
        return workspace->controller()->isShownTicketLoaded() &&
               workspace->controller()->shownTicketId() == m_resolvedFirst;
    }));
    QVERIFY(workspace->action(QueueWorkspace::ReopenAction)->isEnabled());
    workspace->action(QueueWorkspace::ReopenAction)->trigger();
    QVERIFY(testsupport::settled(*workspace));
    // It left the Resolved list and is back in the open queue.
    QCOMPARE(listed(*workspace), QVector<qint64>{m_resolvedLater});
    QVERIFY(workspace->model()->ticket(m_resolvedFirst));
    StoreError error;
    QCOMPARE(openStore()->ticket(m_resolvedFirst, &error)->status, TicketStatus::Open);
}

void TestFinishedTickets::closedViewAndRememberedView()
{
    {
        auto workspace = openWorkspace();
        QVERIFY(workspace);
        chooseSidebarItem(*workspace, QStringLiteral("finished:closed"));
        QVERIFY(testsupport::settled(*workspace));
        QCOMPARE(listed(*workspace), QVector<qint64>{m_closed});
        QVERIFY(QTest::qWaitFor([&] { return workspace->panel()->ticketId() == m_closed; }));
    }
    // The next start opens on the Closed view, with its list and the panel filled.
    auto workspace = openWorkspace();
    QVERIFY(workspace);
    QVERIFY(testsupport::settled(*workspace));
    QVERIFY(workspace->finishedTickets()->isVisible());
    QCOMPARE(listed(*workspace), QVector<qint64>{m_closed});
    QVERIFY(QTest::qWaitFor([&] { return workspace->panel()->ticketId() == m_closed; }));
}

void TestFinishedTickets::numberSearchFindsAnyStatus()
{
    auto workspace = openWorkspace();
    QVERIFY(workspace);
    // In "All open", the number of a closed ticket: the Closed view, with it selected.
    search(*workspace, QStringLiteral("#%1").arg(m_closed));
    QVERIFY(QTest::qWaitFor([&] { return workspace->finishedTickets()->isVisible(); }));
    QVERIFY(testsupport::settled(*workspace));
    QCOMPARE(workspace->controller()->finishedStatus(), TicketStatus::Closed);
    QCOMPARE(listed(*workspace), QVector<qint64>{m_closed});
    QVERIFY(QTest::qWaitFor([&] { return workspace->panel()->ticketId() == m_closed; }));
    // In the Closed view, the number of a resolved ticket: the Resolved view.
    search(*workspace, QString::number(m_resolvedFirst));
    QVERIFY(QTest::qWaitFor(
            [&] { return workspace->controller()->finishedStatus() == TicketStatus::Resolved; }));
    QVERIFY(testsupport::settled(*workspace));
    QCOMPARE(listed(*workspace), QVector<qint64>{m_resolvedFirst});
    QVERIFY(QTest::qWaitFor([&] { return workspace->panel()->ticketId() == m_resolvedFirst; }));
}

void TestFinishedTickets::openTicketNotInTheView()
{
    auto workspace = openWorkspace();
    QVERIFY(workspace);
    // "Mine" is empty (the open ticket is unassigned); its number shows it in "All open",
    // selected, in the panel, with its actions.
    chooseSidebarItem(*workspace, QStringLiteral("view:1"));
    QVERIFY(testsupport::settled(*workspace));
    QCOMPARE(workspace->model()->rowCount(), 0);
    search(*workspace, QString::number(m_open));
    QVERIFY(QTest::qWaitFor([&] { return workspace->panel()->ticketId() == m_open; }));
    QVERIFY(QTest::qWaitFor([&] { return workspace->controller()->isShownTicketLoaded(); }));
    QCOMPARE(workspace->model()->filter().view, QueueFilter::View::AllOpen);
    QCOMPARE(workspace->currentTicketId(), m_open);
    QVERIFY(workspace->action(QueueWorkspace::TakeAction)->isEnabled());
    // From a finished view, the number of an open ticket: back to "All open".
    chooseSidebarItem(*workspace, QStringLiteral("finished:closed"));
    QVERIFY(testsupport::settled(*workspace));
    search(*workspace, QStringLiteral("#%1").arg(m_open));
    QVERIFY(QTest::qWaitFor([&] { return workspace->view()->isVisible(); }));
    QCOMPARE(workspace->currentTicketId(), m_open);
    // From anywhere (a notification, the dashboard): a resolved ticket, from an open view. Its
    // view lists it by number, selected; the panel, the selection and the actions agree.
    chooseSidebarItem(*workspace, QStringLiteral("view:0"));
    search(*workspace, QString());
    QVERIFY(!workspace->action(QueueWorkspace::ReopenAction)->isVisible());
    workspace->openTicket(m_resolvedFirst);
    QVERIFY(QTest::qWaitFor([&] {
        return workspace->controller()->isShownTicketLoaded() &&
               workspace->controller()->shownTicketId() == m_resolvedFirst;
    }));
    QVERIFY(testsupport::settled(*workspace));
    QCOMPARE(workspace->controller()->finishedStatus(), TicketStatus::Resolved);
    QCOMPARE(workspace->finishedTickets()->currentTicketId(), m_resolvedFirst);
    QCOMPARE(workspace->panel()->ticketId(), m_resolvedFirst);
    QVERIFY(workspace->action(QueueWorkspace::ReopenAction)->isVisible());
    QVERIFY(workspace->action(QueueWorkspace::ReopenAction)->isEnabled());
    QVERIFY(!workspace->action(QueueWorkspace::TakeAction)->isVisible());
    // And an open ticket from a finished view: "All open", selected.
    workspace->openTicket(m_open);
    QVERIFY(QTest::qWaitFor([&] { return workspace->currentTicketId() == m_open; }));
    QVERIFY(!workspace->controller()->finishedStatus());
    QVERIFY(QTest::qWaitFor([&] { return workspace->panel()->ticketId() == m_open; }));
    QVERIFY(workspace->action(QueueWorkspace::TakeAction)->isVisible());
}

void TestFinishedTickets::textSearchInFinishedTickets()
{
    auto workspace = openWorkspace();
    QVERIFY(workspace);
    chooseSidebarItem(*workspace, QStringLiteral("finished:resolved"));
    QVERIFY(testsupport::settled(*workspace));
    // Cyrillic, in another case than the subject's.
    search(*workspace, QStringLiteral("квотах"));
    QCOMPARE(listed(*workspace), QVector<qint64>{m_resolvedFirst});
    // The customer's company.
    search(*workspace, QStringLiteral("romashka"));
    QCOMPARE(listed(*workspace), (QVector<qint64>{m_resolvedLater, m_resolvedFirst}));
    search(*workspace, QStringLiteral("nothing like this"));
    QVERIFY(listed(*workspace).isEmpty());
}

// A click on a desktop notification opens its ticket, here one resolved since it was notified:
// its view, selected, in the panel.
void TestFinishedTickets::notificationOpensItsTicket()
{
    auto workspace = openWorkspace();
    QVERIFY(workspace);
    QueueRow row;
    row.id = m_resolvedLater;
    row.assigneeId = m_anna.id;
    row.subject = QStringLiteral("Database down");
    workspace->notifier()->ticketStateChanged(row, ClockState::Breached, m_anna, m_clock.nowUtc());
    workspace->notifier()->notificationClicked();
    QVERIFY(QTest::qWaitFor([&] {
        return workspace->controller()->isShownTicketLoaded() &&
               workspace->controller()->shownTicketId() == m_resolvedLater;
    }));
    QVERIFY(testsupport::settled(*workspace));
    QCOMPARE(workspace->controller()->finishedStatus(), TicketStatus::Resolved);
    QCOMPARE(workspace->finishedTickets()->currentTicketId(), m_resolvedLater);
}

QTEST_MAIN(TestFinishedTickets)
#include "tst_finishedtickets.moc"
