// SPDX-License-Identifier: GPL-3.0-or-later
// Who I am on a SQLite file (issue 18): File ▸ Switch Person… and the status bar's name open the
// agent picker; choosing another person changes "Mine", the status bar and the actor of the next
// action; agents are added, renamed and deactivated from the picker; the choice is remembered
// per database by the application (bootstrap::rememberLogin, tested in tst_bootstrap).

#include "models/item/ticker.h"
#include "models/presenters/queuecontroller.h"
#include "models/store/ticketstore.h"
#include "tests/support/fakeclock.h"
#include "views/queue/queueworkspace.h"
#include "views/shell/agentpickerdialog.h"
#include "views/shell/mainwindow.h"
#include "views/shell/personswitcher.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <functional>
#include <memory>

using namespace dueline;

class TestPersonSwitcher : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void switchingPersonChangesMineAndTheActor();
    void statusButtonOpensThePicker();
    void addAgentFromThePicker();
    void renameAndDeactivateFromThePicker();
    void deactivatedAgentCannotBeChosenOrAssigned();
    void cancelKeepsThePerson();

private:
    std::unique_ptr<TicketStore> openStore();
    qint64 addTicket(TicketStore &store, const char *subject, qint64 assignee);
    bool openWindow();
    bool settled() const;
    static QTreeWidgetItem *itemFor(QTreeWidget *list, const QString &login);
    // Answers the picker (and its nested dialogs) with `answer`.
    void answerWith(std::function<int(QDialog &)> answer);

    CatalogPtr m_catalog;
    std::unique_ptr<QTemporaryDir> m_dir;
    DatabaseUrl m_url;
    FakeClock m_clock{0};
    std::unique_ptr<Ticker> m_ticker;
    Agent m_lead;
    Agent m_anna;
    Agent m_boris;
    qint64 m_customer = 0;
    qint64 m_annasTicket = 0;
    qint64 m_unassigned = 0;
    std::unique_ptr<MainWindow> m_window;
};

void TestPersonSwitcher::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Dueline"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_personswitcher"));
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

std::unique_ptr<TicketStore> TestPersonSwitcher::openStore()
{
    StoreError error;
    auto store =
            TicketStore::open(m_url, m_catalog, m_clock, Connection::Mode::CreateIfMissing, &error);
    if (!store)
        qWarning("%s", qPrintable(error.message));
    return store;
}

qint64 TestPersonSwitcher::addTicket(TicketStore &store, const char *subject, qint64 assignee)
{
    NewTicket t;
    t.customerId = m_customer;
    t.subject = QString::fromUtf8(subject);
    t.severity = QStringLiteral("medium");
    t.channel = QStringLiteral("email");
    t.body = QStringLiteral("Please help");
    const ActionResult r = store.createTicket(Action::newActionId(), m_lead.id, t);
    if (!r.ok()) {
        qWarning("%s", qPrintable(r.error.message));
        return 0;
    }
    if (assignee != 0) {
        Action a;
        a.actionId = Action::newActionId();
        a.actorId = m_lead.id;
        a.ticketId = r.ticket.id;
        if (!store.assign(a, assignee).ok())
            return 0;
    }
    return r.ticket.id;
}

void TestPersonSwitcher::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_url = DatabaseUrl::sqlite(m_dir->filePath(QStringLiteral("team.sqlite")));
    m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(7, 0), Qt::UTC).toSecsSinceEpoch());
    m_ticker = std::make_unique<Ticker>(m_clock);
    auto store = openStore();
    QVERIFY(store);
    StoreError error;
    QVERIFY2(store->migrate(&error) >= 0, qPrintable(error.message));
    m_lead = {0, QStringLiteral("lena"), QStringLiteral("Lena Lead"), Agent::Role::Lead};
    m_anna = {0, QStringLiteral("anna"), QStringLiteral("Anna Agent"), Agent::Role::Agent};
    m_boris = {0, QStringLiteral("boris"), QStringLiteral("Борис Петров"), Agent::Role::Agent};
    for (Agent *a : {&m_lead, &m_anna, &m_boris})
        a->id = store->addAgent(*a, &error);
    QVERIFY2(m_lead.id && m_anna.id && m_boris.id, qPrintable(error.message));
    Customer c;
    c.name = QStringLiteral("Ivan");
    c.company = QStringLiteral("Romashka");
    c.planId = QStringLiteral("vkcs/standard");
    c.timeZone = "Europe/Moscow";
    c.language = QStringLiteral("ru");
    m_customer = store->addCustomer(c, &error);
    QVERIFY(m_customer);
    m_annasTicket = addTicket(*store, "Disk full", m_anna.id);
    m_unassigned = addTicket(*store, "Login fails", 0);
    QVERIFY(m_annasTicket && m_unassigned);
}

void TestPersonSwitcher::cleanup()
{
    m_window.reset();
}

bool TestPersonSwitcher::settled() const
{
    return QTest::qWaitFor([this] { return m_window->queueWorkspace()->controller()->isIdle(); },
                           10000);
}

bool TestPersonSwitcher::openWindow()
{
    m_window = std::make_unique<MainWindow>();
    QueueSource source;
    source.url = m_url;
    source.catalog = m_catalog;
    source.clock = &m_clock;
    source.live = false;
    QSignalSpy opened(m_window->queueWorkspace(), &QueueWorkspace::opened);
    m_window->openQueue(source, m_lead, m_ticker.get());
    if (!opened.wait(10000))
        return false;
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get()) && settled();
}

QTreeWidgetItem *TestPersonSwitcher::itemFor(QTreeWidget *list, const QString &login)
{
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(1) == login)
            return list->topLevelItem(i);
    }
    return nullptr;
}

void TestPersonSwitcher::answerWith(std::function<int(QDialog &)> answer)
{
    m_window->setDialogRunner(std::move(answer));
    // The switcher took the window's runner when the window was made; it forwards to it.
}

void TestPersonSwitcher::switchingPersonChangesMineAndTheActor()
{
    QVERIFY(openWindow());
    QueueController *queue = m_window->queueWorkspace()->controller();
    QCOMPARE(queue->agent().id, m_lead.id);
    QCOMPARE(queue->model()->counts().mine, 0);
    auto *button = m_window->findChild<QToolButton *>(QStringLiteral("agentStatusButton"));
    QVERIFY(button && button->isVisible());
    QCOMPARE(button->text(), m_lead.displayName);
    QAction *switchAction = m_window->personSwitcher()->action();
    QVERIFY(switchAction->isEnabled());

    QSignalSpy chosen(m_window->personSwitcher(), &PersonSwitcher::personChosen);
    int pickers = 0;
    answerWith([&](QDialog &dialog) {
        auto *picker = qobject_cast<AgentPickerDialog *>(&dialog);
        if (!picker)
            return int(QDialog::Rejected);
        ++pickers;
        auto *list = picker->findChild<QTreeWidget *>(QStringLiteral("agentList"));
        // Active agents only, the current person marked.
        if (list->topLevelItemCount() != 3)
            return int(QDialog::Rejected);
        list->setCurrentItem(itemFor(list, QStringLiteral("anna")));
        auto *ok = picker->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        if (ok->text() != QStringLiteral("Work as Anna Agent"))
            return int(QDialog::Rejected);
        return int(QDialog::Accepted);
    });
    switchAction->trigger();
    QCOMPARE(pickers, 1);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).value<Agent>().login, QStringLiteral("anna"));
    QCOMPARE(queue->agent().id, m_anna.id);
    QCOMPARE(button->text(), m_anna.displayName);
    // "Mine" now lists Anna's ticket.
    QCOMPARE(queue->model()->counts().mine, 1);
    QueueFilter mine;
    mine.view = QueueFilter::View::Mine;
    m_window->queueWorkspace()->setFilter(mine);
    QVERIFY(settled());
    QCOMPARE(queue->model()->rowCount(), 1);
    QCOMPARE(queue->model()->ticketAt(0), m_annasTicket);

    // The next action is recorded under Anna: she takes the unassigned ticket.
    m_window->queueWorkspace()->setFilter(QueueFilter{});
    QVERIFY(settled());
    m_window->queueWorkspace()->selectTicket(m_unassigned);
    QVERIFY(QTest::qWaitFor([&] { return queue->isShownTicketLoaded(); }, 10000));
    QVERIFY(queue->canRun(QueueRequest::Take));
    QueueRequest take;
    take.kind = QueueRequest::Take;
    QVERIFY(queue->run(take));
    QVERIFY(settled());
    StoreError error;
    const QVector<Event> events = openStore()->events(m_unassigned, &error);
    QCOMPARE(events.last().kind, EventKind::Assigned);
    QCOMPARE(events.last().actorId, m_anna.id);
    QCOMPARE(events.last().assigneeId, m_anna.id);
    QCOMPARE(queue->model()->counts().mine, 2);
}

void TestPersonSwitcher::statusButtonOpensThePicker()
{
    QVERIFY(openWindow());
    int pickers = 0;
    answerWith([&](QDialog &dialog) {
        pickers += qobject_cast<AgentPickerDialog *>(&dialog) != nullptr;
        return int(QDialog::Rejected);
    });
    m_window->findChild<QToolButton *>(QStringLiteral("agentStatusButton"))->click();
    QCOMPARE(pickers, 1);
}

void TestPersonSwitcher::addAgentFromThePicker()
{
    QVERIFY(openWindow());
    QueueController *queue = m_window->queueWorkspace()->controller();
    QString listed;
    answerWith([&](QDialog &dialog) {
        if (auto *edit = qobject_cast<AgentEditDialog *>(&dialog)) {
            auto *ok = edit->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            auto *login = edit->findChild<QLineEdit *>(QStringLiteral("agentLoginEdit"));
            edit->findChild<QLineEdit *>(QStringLiteral("agentNameEdit"))
                    ->setText(QStringLiteral("Вера Новикова"));
            // A login that is taken, then one with a space, is refused before saving.
            login->setText(QStringLiteral("anna"));
            if (ok->isEnabled())
                return int(QDialog::Rejected);
            login->setText(QStringLiteral("v novikova"));
            if (ok->isEnabled())
                return int(QDialog::Rejected);
            login->setText(QStringLiteral("v.novikova"));
            return ok->isEnabled() ? int(QDialog::Accepted) : int(QDialog::Rejected);
        }
        auto *picker = qobject_cast<AgentPickerDialog *>(&dialog);
        if (!picker)
            return int(QDialog::Rejected);
        QSignalSpy saved(queue, &QueueController::agentsChanged);
        picker->findChild<QPushButton *>(QStringLiteral("newAgentButton"))->click();
        if (!saved.wait(10000))
            return int(QDialog::Rejected);
        auto *list = picker->findChild<QTreeWidget *>(QStringLiteral("agentList"));
        listed = list->currentItem() ? list->currentItem()->text(0) : QString();
        return int(QDialog::Accepted); // work as the new agent, selected after saving
    });
    QVERIFY(m_window->personSwitcher()->choose());
    QCOMPARE(listed, QStringLiteral("Вера Новикова"));
    QCOMPARE(queue->agent().login, QStringLiteral("v.novikova"));
    QCOMPARE(queue->agent().role, Agent::Role::Agent);
    StoreError error;
    const auto stored = openStore()->agentByLogin(QStringLiteral("v.novikova"), &error);
    QVERIFY(stored && stored->active);
    QCOMPARE(stored->displayName, QStringLiteral("Вера Новикова"));
    QCOMPARE(stored->id, queue->agent().id);
}

void TestPersonSwitcher::renameAndDeactivateFromThePicker()
{
    QVERIFY(openWindow());
    QueueController *queue = m_window->queueWorkspace()->controller();
    bool checked = false;
    answerWith([&](QDialog &dialog) {
        if (auto *edit = qobject_cast<AgentEditDialog *>(&dialog)) {
            // The login of an existing agent stays.
            if (!edit->findChild<QLineEdit *>(QStringLiteral("agentLoginEdit"))->isReadOnly())
                return int(QDialog::Rejected);
            edit->findChild<QLineEdit *>(QStringLiteral("agentNameEdit"))
                    ->setText(QStringLiteral("Boris Petrov"));
            auto *role = edit->findChild<QComboBox *>(QStringLiteral("agentRoleCombo"));
            role->setCurrentIndex(role->findData(int(Agent::Role::Lead)));
            return int(QDialog::Accepted);
        }
        auto *picker = qobject_cast<AgentPickerDialog *>(&dialog);
        if (!picker)
            return int(QDialog::Rejected);
        auto *list = picker->findChild<QTreeWidget *>(QStringLiteral("agentList"));
        auto *toggle = picker->findChild<QPushButton *>(QStringLiteral("toggleAgentActiveButton"));
        // I cannot deactivate myself.
        list->setCurrentItem(itemFor(list, m_lead.login));
        if (toggle->isEnabled())
            return int(QDialog::Rejected);
        // Rename Boris and make him a lead.
        list->setCurrentItem(itemFor(list, m_boris.login));
        QSignalSpy saved(queue, &QueueController::agentsChanged);
        picker->findChild<QPushButton *>(QStringLiteral("editAgentButton"))->click();
        if (!saved.wait(10000) || !itemFor(list, m_boris.login) ||
            itemFor(list, m_boris.login)->text(0) != QStringLiteral("Boris Petrov"))
            return int(QDialog::Rejected);
        // Deactivate Anna: she stays listed, greyed, and cannot be chosen.
        list->setCurrentItem(itemFor(list, m_anna.login));
        toggle->click();
        if (!saved.wait(10000))
            return int(QDialog::Rejected);
        QTreeWidgetItem *anna = itemFor(list, m_anna.login);
        auto *ok = picker->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *showInactive = picker->findChild<QCheckBox *>(QStringLiteral("showInactiveAgents"));
        if (!anna || list->currentItem() != anna || ok->isEnabled() || !showInactive->isChecked())
            return int(QDialog::Rejected);
        showInactive->setChecked(false);
        if (itemFor(list, m_anna.login))
            return int(QDialog::Rejected);
        checked = true;
        return int(QDialog::Rejected);
    });
    QVERIFY(!m_window->personSwitcher()->choose());
    QVERIFY(checked);
    StoreError error;
    auto store = openStore();
    const auto boris = store->agent(m_boris.id, &error);
    QCOMPARE(boris->displayName, QStringLiteral("Boris Petrov"));
    QCOMPARE(boris->role, Agent::Role::Lead);
    QVERIFY(!store->agent(m_anna.id, &error)->active);
    // History keeps her name: the queue still names her as the assignee of her ticket.
    QCOMPARE(queue->agentNames().value(m_anna.id), m_anna.displayName);
    QCOMPARE(queue->agent().id, m_lead.id);
}

void TestPersonSwitcher::deactivatedAgentCannotBeChosenOrAssigned()
{
    {
        auto store = openStore();
        Agent anna = m_anna;
        anna.active = false;
        StoreError error;
        QVERIFY2(store->updateAgent(anna, &error), qPrintable(error.message));
    }
    QVERIFY(openWindow());
    QueueController *queue = m_window->queueWorkspace()->controller();
    bool listedAnna = true;
    answerWith([&](QDialog &dialog) {
        if (auto *picker = qobject_cast<AgentPickerDialog *>(&dialog)) {
            listedAnna = itemFor(picker->findChild<QTreeWidget *>(QStringLiteral("agentList")),
                                 m_anna.login) != nullptr;
        }
        return int(QDialog::Rejected);
    });
    m_window->personSwitcher()->choose();
    QVERIFY(!listedAnna);
    // The store refuses to assign her a ticket, naming her.
    StoreError error;
    Action a;
    a.actionId = Action::newActionId();
    a.actorId = m_lead.id;
    a.ticketId = m_unassigned;
    const ActionResult r = openStore()->assign(a, m_anna.id);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.message.contains(m_anna.displayName), qPrintable(r.error.message));
    QCOMPARE(queue->agent().id, m_lead.id);
}

void TestPersonSwitcher::cancelKeepsThePerson()
{
    QVERIFY(openWindow());
    QSignalSpy chosen(m_window->personSwitcher(), &PersonSwitcher::personChosen);
    answerWith([&](QDialog &dialog) {
        if (auto *picker = qobject_cast<AgentPickerDialog *>(&dialog)) {
            auto *list = picker->findChild<QTreeWidget *>(QStringLiteral("agentList"));
            list->setCurrentItem(itemFor(list, m_boris.login));
        }
        return int(QDialog::Rejected);
    });
    QVERIFY(!m_window->personSwitcher()->choose());
    QCOMPARE(chosen.count(), 0);
    QCOMPARE(m_window->queueWorkspace()->controller()->agent().id, m_lead.id);
}

QTEST_MAIN(TestPersonSwitcher)
#include "tst_personswitcher.moc"
