// SPDX-License-Identifier: GPL-3.0-or-later
// The Queue workspace's honest actions, offscreen on a temporary SQLite file (issue 19): Take
// shows "#N taken — Undo" for a few seconds, and Undo (the button or Ctrl+Z) gives the ticket back
// to whoever had it before, nobody included; the bar goes when its time is up. "Reply and Wait"
// asks for the reply, and the ticket then has the reply and waits.

#include "models/item/ticker.h"
#include "models/store/ticketstore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/queueopening.h"
#include "views/queue/queueworkspace.h"
#include "views/queue/ticketactiondialog.h"
#include "views/queue/ticketpanel.h"
#include "views/queue/undobar.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dueline;

class TestUndoBar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void takeShowsUndoAndUndoGivesItBack();
    void ctrlZUndoesATakeOverFromAnother();
    void undoBarGoesWhenItsTimeIsUp();
    void replyAndWaitAsksForTheReply();

private:
    std::unique_ptr<TicketStore> openStore();
    std::unique_ptr<QueueWorkspace> openWorkspace();
    qint64 addTicket(const char *subject, const char *severity);
    Ticket stored(qint64 id);

    CatalogPtr m_catalog;
    std::unique_ptr<QTemporaryDir> m_dir;
    DatabaseUrl m_url;
    FakeClock m_clock{0};
    std::unique_ptr<Ticker> m_ticker;
    std::unique_ptr<TicketStore> m_store; // the test's own connection, to check and to act
    Agent m_anna;
    Agent m_lead;
    qint64 m_customer = 0;
    std::function<int(QDialog &)> m_answer;
};

void TestUndoBar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Dueline"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_undobar"));
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

std::unique_ptr<TicketStore> TestUndoBar::openStore()
{
    StoreError error;
    auto store =
            TicketStore::open(m_url, m_catalog, m_clock, Connection::Mode::CreateIfMissing, &error);
    if (!store)
        qWarning("%s", qPrintable(error.message));
    return store;
}

qint64 TestUndoBar::addTicket(const char *subject, const char *severity)
{
    NewTicket t;
    t.customerId = m_customer;
    t.subject = QString::fromUtf8(subject);
    t.severity = QString::fromLatin1(severity);
    t.channel = QStringLiteral("email");
    const ActionResult r = m_store->createTicket(Action::newActionId(), m_lead.id, t);
    if (!r.ok())
        qWarning("%s", qPrintable(r.error.message));
    return r.ticket.id;
}

Ticket TestUndoBar::stored(qint64 id)
{
    StoreError error;
    return m_store->ticket(id, &error).value_or(Ticket());
}

void TestUndoBar::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_url = DatabaseUrl::sqlite(m_dir->filePath(QStringLiteral("queue.sqlite")));
    m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(7, 0), Qt::UTC).toSecsSinceEpoch());
    m_ticker = std::make_unique<Ticker>(m_clock);
    m_store = openStore();
    QVERIFY(m_store);
    StoreError error;
    QVERIFY2(m_store->migrate(&error) >= 0, qPrintable(error.message));
    m_lead = {0, QStringLiteral("lead"), QStringLiteral("Lena Lead"), Agent::Role::Lead};
    m_lead.id = m_store->addAgent(m_lead, &error);
    m_anna = {0, QStringLiteral("anna"), QStringLiteral("Anna Agent"), Agent::Role::Agent};
    m_anna.id = m_store->addAgent(m_anna, &error);
    QVERIFY2(m_lead.id && m_anna.id, qPrintable(error.message));
    Customer vk;
    vk.name = QStringLiteral("Ivan");
    vk.planId = QStringLiteral("vkcs/standard");
    vk.timeZone = "Europe/Moscow";
    m_customer = m_store->addCustomer(vk, &error);
    QVERIFY2(m_customer, qPrintable(error.message));
    m_answer = [](QDialog &) {
        return int(QDialog::Rejected);
    };
}

void TestUndoBar::cleanup()
{
    m_store.reset();
    m_ticker.reset();
    m_dir.reset();
    QSettings().clear();
}

std::unique_ptr<QueueWorkspace> TestUndoBar::openWorkspace()
{
    auto workspace = std::make_unique<QueueWorkspace>();
    workspace->setDialogRunner([this](QDialog &dialog) { return m_answer(dialog); });
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
    workspace->activateWindow();
    if (!QTest::qWaitForWindowActive(workspace.get()))
        return nullptr;
    return workspace;
}

// Take: the bar names the ticket and offers Undo; Undo leaves the ticket with nobody again (in
// the database and in the queue), and the bar goes.
void TestUndoBar::takeShowsUndoAndUndoGivesItBack()
{
    const qint64 id = addTicket("Database down", "critical");
    auto workspace = openWorkspace();
    QVERIFY(workspace);
    auto *bar = workspace->findChild<UndoBar *>(QStringLiteral("undoBar"));
    QVERIFY(bar);
    QVERIFY(!bar->isVisible());
    QVERIFY(!bar->undoAction()->isEnabled());
    QVERIFY(workspace->selectTicket(id));
    QVERIFY(testsupport::settled(*workspace));

    workspace->action(QueueWorkspace::TakeAction)->trigger();
    QVERIFY(testsupport::settled(*workspace));
    QCOMPARE(stored(id).assigneeId, m_anna.id);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->text(), QStringLiteral("#%1 taken").arg(id));
    QCOMPARE(bar->ticketId(), id);
    QVERIFY(bar->undoButton()->isEnabled());
    QVERIFY(bar->undoButton()->toolTip().contains(QStringLiteral("Ctrl+Z")));

    // Another ticket is selected meanwhile: the undo still names the taken one.
    const qint64 other = addTicket("Slow disks", "low");
    workspace->reload();
    QVERIFY(testsupport::settled(*workspace));
    QVERIFY(workspace->selectTicket(other));
    QVERIFY(testsupport::settled(*workspace));

    QTest::mouseClick(bar->undoButton(), Qt::LeftButton);
    QVERIFY(testsupport::settled(*workspace));
    QCOMPARE(stored(id).assigneeId, 0);
    QCOMPARE(workspace->model()->ticket(id)->assigneeId, 0);
    QCOMPARE(stored(other).assigneeId, 0);
    QVERIFY(!bar->isVisible());
    QVERIFY(!bar->undoAction()->isEnabled());
    StoreError error;
    const Event last = m_store->events(id, &error).last();
    QCOMPARE(last.kind, EventKind::Assigned);
    QCOMPARE(last.assigneeId, 0);
    QCOMPARE(last.actorId, m_anna.id);
    QVERIFY(last.actionId.endsWith(QLatin1String("/undo")));
}

// A ticket the lead had: Anna takes it over, and Ctrl+Z in the queue gives it back to the lead.
void TestUndoBar::ctrlZUndoesATakeOverFromAnother()
{
    const qint64 id = addTicket("Database down", "critical");
    QVERIFY(m_store->assign({Action::newActionId(), m_lead.id, id, 0}, m_lead.id).ok());
    auto workspace = openWorkspace();
    QVERIFY(workspace);
    auto *bar = workspace->findChild<UndoBar *>(QStringLiteral("undoBar"));
    QVERIFY(bar);
    QVERIFY(workspace->selectTicket(id));
    QVERIFY(testsupport::settled(*workspace));
    workspace->view()->setFocus();
    QTest::keyClick(workspace->view(), Qt::Key_Z, Qt::ControlModifier); // nothing to undo yet
    QVERIFY(testsupport::settled(*workspace));
    QCOMPARE(stored(id).assigneeId, m_lead.id);

    workspace->action(QueueWorkspace::TakeAction)->trigger();
    QVERIFY(testsupport::settled(*workspace));
    QCOMPARE(stored(id).assigneeId, m_anna.id);
    QVERIFY(bar->isVisible());
    QTest::keyClick(workspace->view(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(testsupport::settled(*workspace));
    QCOMPARE(stored(id).assigneeId, m_lead.id);
    QCOMPARE(workspace->panel()->ticketId(), id);
    QVERIFY(!bar->isVisible());
    // Once: a second Ctrl+Z does nothing.
    const int events = int(m_store->events(id, nullptr).size());
    QTest::keyClick(workspace->view(), Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(testsupport::settled(*workspace));
    QCOMPARE(int(m_store->events(id, nullptr).size()), events);
}

void TestUndoBar::undoBarGoesWhenItsTimeIsUp()
{
    const qint64 id = addTicket("Database down", "critical");
    auto workspace = openWorkspace();
    QVERIFY(workspace);
    auto *bar = workspace->findChild<UndoBar *>(QStringLiteral("undoBar"));
    QVERIFY(bar);
    QCOMPARE(UndoBar::DefaultTimeoutMs, 10000);
    bar->setTimeout(200);
    QVERIFY(workspace->selectTicket(id));
    QVERIFY(testsupport::settled(*workspace));
    workspace->action(QueueWorkspace::TakeAction)->trigger();
    QVERIFY(testsupport::settled(*workspace));
    QVERIFY(bar->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!bar->isVisible(), 2000);
    QVERIFY(!bar->undoAction()->isEnabled());
    QCOMPARE(stored(id).assigneeId, m_anna.id);
}

// "Reply and Wait…" opens the reply dialog; without a text it cannot be sent; sent, the ticket
// has the reply (its response clock met) and waits on the customer.
void TestUndoBar::replyAndWaitAsksForTheReply()
{
    const qint64 id = addTicket("Database down", "critical");
    auto workspace = openWorkspace();
    QVERIFY(workspace);
    QVERIFY(workspace->selectTicket(id));
    QVERIFY(testsupport::settled(*workspace));
    QAction *wait = workspace->action(QueueWorkspace::WaitAction);
    QVERIFY(wait->isEnabled());
    QCOMPARE(wait->text(), QStringLiteral("Reply and &Wait…"));
    bool okWhileEmpty = true;
    int dialogs = 0;
    m_answer = [&](QDialog &dialog) {
        ++dialogs;
        auto *d = qobject_cast<TicketActionDialog *>(&dialog);
        if (!d || d->kind() != TicketActionDialog::ReplyAndWait)
            return int(QDialog::Rejected);
        auto *ok = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        okWhileEmpty = ok->isEnabled();
        d->findChild<QPlainTextEdit *>(QStringLiteral("actionText"))
                ->setPlainText(QStringLiteral("Which VM?"));
        return ok->isEnabled() ? int(QDialog::Accepted) : int(QDialog::Rejected);
    };
    wait->trigger();
    QVERIFY(testsupport::settled(*workspace));
    QCOMPARE(dialogs, 1);
    QVERIFY(!okWhileEmpty);
    const Ticket t = stored(id);
    QCOMPARE(t.status, TicketStatus::WaitingCustomer);
    QCOMPARE(t.response.phase, ClockPhase::Met);
    StoreError error;
    const QVector<Event> log = m_store->events(id, &error);
    QCOMPARE(log.at(log.size() - 2).kind, EventKind::Replied);
    QCOMPARE(log.at(log.size() - 2).body, QStringLiteral("Which VM?"));
    QCOMPARE(log.last().status, TicketStatus::WaitingCustomer);
}

QTEST_MAIN(TestUndoBar)
#include "tst_undobar.moc"
