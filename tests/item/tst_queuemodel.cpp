// SPDX-License-Identifier: GPL-3.0-or-later
// QueueModel under QAbstractItemModelTester: order by next breach, ticks that repaint only the
// countdown cells of visible rows, state crossings found through the pending queue (checked
// against a brute-force recount on random data), filters, search, live changes that keep the
// selection, and sorting.

#include "models/item/queuemodel.h"
#include "tests/support/fakeclock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTimeZone>
#include <QTranslator>
#include <QtTest>

#include <random>

using namespace dueline;

namespace {

constexpr qint64 Minute = 60;
constexpr qint64 Hour = 3600;

Instant moscow(const char *local)
{
    const QDateTime dt = QDateTime::fromString(QString::fromLatin1(local), Qt::ISODate);
    return QDateTime(dt.date(), dt.time(), QTimeZone("Europe/Moscow")).toSecsSinceEpoch();
}

ClockSnapshot running(Instant due, qint64 required)
{
    ClockSnapshot c;
    c.phase = ClockPhase::Running;
    c.due = due;
    c.requiredSeconds = required;
    c.remainingSeconds = required;
    return c;
}

QueueRow row(qint64 id, const char *plan, const char *severity, Instant created,
             ClockSnapshot response, ClockSnapshot resolution = {}, qint64 assignee = 0)
{
    QueueRow r;
    r.id = id;
    r.customerId = id % 3 + 1;
    r.assigneeId = assignee;
    r.planId = QString::fromLatin1(plan);
    r.severity = QString::fromLatin1(severity);
    r.status = TicketStatus::Open;
    r.subject = QStringLiteral("Ticket %1").arg(id);
    r.createdAt = created;
    r.updatedAt = created;
    r.response = response;
    r.resolution = resolution;
    Instant next = InvalidInstant;
    for (const ClockSnapshot *c : {&r.response, &r.resolution}) {
        if (c->phase == ClockPhase::Running && (next == InvalidInstant || c->due < next))
            next = c->due;
    }
    r.nextBreach = next;
    return r;
}

Instant utc(const char *text)
{
    return QDateTime::fromString(QString::fromLatin1(text), Qt::ISODate).toSecsSinceEpoch();
}

// A clock of a catalog plan as the store caches it at `opened`.
ClockSnapshot planClock(const Catalog &catalog, const char *plan, const char *severity,
                        TargetKind kind, Instant opened)
{
    const Plan *p = catalog.plan(QString::fromLatin1(plan));
    const Target target = p->targetsFor(QString::fromLatin1(severity))->target(kind);
    const WorkCalendarPtr calendar = catalog.calendarFor(*p, target);
    ClockInput input;
    input.start = opened;
    const ClockResult r = SlaClock::evaluate(*calendar, target, input, opened);
    return running(r.due, r.requiredSeconds);
}

QString cell(const QueueModel &model, qint64 id, int column, int role = Qt::DisplayRole)
{
    return model.index(model.rowForTicket(id), column).data(role).toString();
}

QList<qint64> shownIds(const QueueModel &model)
{
    QList<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids << model.ticketAt(r);
    return ids;
}

} // namespace

class TestQueueModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void orderAndCountdown();
    void tickRepaintsVisibleCountdownsOnly();
    void crossingsAndCategoryViews();
    void outsideHoursAndPaused();
    void filtersAndSearch();
    void liveChangesKeepSelection();
    void sortKeepsSelection();
    void pendingQueueMatchesRecount();
    void sortKeysAgreeWithLiveInsertion();
    void searchWithSharedSubjectsAndLiveChanges();
    void sparseIdsUnsharedStringsAndRenamedCustomers();
    void rowFromTicket();
    void heldOrderWaits();
    void pinnedTicketKeepsItsRow();
    void heldTickWaitsInCategoryViews();
    void heldAndPinnedAgreeWithFreshModel_data();
    void heldAndPinnedAgreeWithFreshModel();
    void countdownsInTheTargetsUnit();
    void breachCountsWallClockTime();
    void nextBreachInTheReadersLanguage();
    void sortByClockGroupsStates();
    void customLeadTimes();

private:
    CatalogPtr m_catalog;
    QTranslator m_translator;
    std::vector<QueueRow> sample(Instant t0) const;
};

void TestQueueModel::initTestCase()
{
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    // English plurals ("5 business days") come from the English translation.
    QVERIFY(m_translator.load(QStringLiteral(":/i18n/dueline_en")));
    QCoreApplication::installTranslator(&m_translator);
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
}

std::vector<QueueRow> TestQueueModel::sample(Instant t0) const
{
    // VK CS runs 24x7: due instants are plain arithmetic.
    return {row(1, "vkcs/standard", "critical", t0, running(t0 + 3600, 3600),
                running(t0 + 7200, 7200)),
            row(2, "vkcs/standard", "low", t0, running(t0 + 1800, 3600),
                running(t0 + 48 * Hour, 48 * Hour), 7),
            row(3, "vkcs/standard", "high", t0, ClockSnapshot{}, running(t0 + 8 * Hour, 8 * Hour)),
            row(4, "alibaba/basic", "down", t0, ClockSnapshot{}, ClockSnapshot{}),
            row(5, "vkcs/standard", "medium", t0, running(t0 + 600, 3600),
                running(t0 + 12 * Hour, 12 * Hour), 7)};
}

void TestQueueModel::orderAndCountdown()
{
    QueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(m_catalog);
    const Instant t0 = moscow("2026-03-02T10:00:00");
    model.setRows(sample(t0), t0);
    QCOMPARE(shownIds(model), (QList<qint64>{5, 2, 1, 3, 4}));
    QCOMPARE(model.index(0, QueueModel::ResponseColumn).data().toString(),
             QStringLiteral("0:10:00"));
    QCOMPARE(model.index(2, QueueModel::ResolutionColumn).data().toString(),
             QStringLiteral("2:00:00"));
    QCOMPARE(model.index(4, QueueModel::ResponseColumn).data().toString(), QStringLiteral("—"));
    QCOMPARE(model.index(0, QueueModel::SeverityColumn).data(QueueModel::LevelRole).toInt(), 3);
    QCOMPARE(model.index(2, QueueModel::SeverityColumn).data(QueueModel::LevelRole).toInt(), 1);
    QCOMPARE(model.counts().open, 5);
    QCOMPARE(model.counts().atRisk, 1); // #5: 10 min of 1 h left
    QCOMPARE(model.counts().unassigned, 3);
    QCOMPARE(model.counts().byProvider.value(QStringLiteral("vkcs")), 4);
    QCOMPARE(ClockState(model.index(0, QueueModel::ResponseColumn)
                                .data(QueueModel::ClockStateRole)
                                .toInt()),
             ClockState::AtRisk);
    QCOMPARE(model.index(0, QueueModel::ResponseColumn).data(QueueModel::ProgressRole).toDouble(),
             50.0 / 60.0);
}

void TestQueueModel::tickRepaintsVisibleCountdownsOnly()
{
    QueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(m_catalog);
    const Instant t0 = moscow("2026-03-02T10:00:00");
    model.setRows(sample(t0), t0);
    model.setVisibleRows(1, 2);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    FakeClock clock(t0);
    clock.advance(1);
    model.tick(clock.nowUtc());
    QCOMPARE(changed.count(), 1);
    const QModelIndex from = changed.at(0).at(0).toModelIndex(),
                      to = changed.at(0).at(1).toModelIndex();
    QCOMPARE(from.row(), 1);
    QCOMPARE(to.row(), 2);
    QCOMPARE(from.column(), int(QueueModel::ResponseColumn));
    QCOMPARE(to.column(), int(QueueModel::ResolutionColumn));
    QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(Qt::DisplayRole));
    QCOMPARE(layout.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.index(1, QueueModel::ResponseColumn).data().toString(),
             QStringLiteral("0:29:59"));
}

void TestQueueModel::crossingsAndCategoryViews()
{
    QueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(m_catalog);
    const Instant t0 = moscow("2026-03-02T10:00:00");
    model.setRows(sample(t0), t0);
    QueueFilter atRisk;
    atRisk.view = QueueFilter::View::AtRisk;
    model.setFilter(atRisk);
    QCOMPARE(shownIds(model), QList<qint64>{5});
    QSignalSpy crossed(&model, &QueueModel::ticketStateChanged);
    // 10:12: #5 (due 10:10) has breached and leaves the at-risk view.
    QCOMPARE(model.tick(t0 + 12 * Minute), QVector<qint64>{5});
    QCOMPARE(crossed.count(), 1);
    QCOMPARE(ClockState(crossed.at(0).at(1).toInt()), ClockState::Breached);
    QCOMPARE(shownIds(model), QList<qint64>{});
    QCOMPARE(model.counts().breached, 1);
    QCOMPARE(model.counts().atRisk, 0);
    // 10:15: #2 (due 10:30, 1 h target) reaches 25 % left; #1 (45 of 60 min left) does not.
    QCOMPARE(model.tick(t0 + 15 * Minute), QVector<qint64>{2});
    QCOMPARE(ClockState(crossed.at(1).at(1).toInt()), ClockState::AtRisk);
    QCOMPARE(shownIds(model), QList<qint64>{2});
    QCOMPARE(model.counts().atRisk, 1);
    QCOMPARE(model.tick(t0 + 16 * Minute), QVector<qint64>{});
    QCOMPARE(model.index(0, QueueModel::ResponseColumn).data().toString(),
             QStringLiteral("0:14:00"));
    QueueFilter breached;
    breached.view = QueueFilter::View::Breached;
    model.setFilter(breached);
    QCOMPARE(shownIds(model), QList<qint64>{5});
    // A breached countdown counts up, negative.
    QCOMPARE(model.index(0, QueueModel::ResponseColumn).data().toString(),
             QStringLiteral("−0:06:00"));
    QCOMPARE(
            model.index(0, QueueModel::ResponseColumn).data(QueueModel::RemainingRole).toLongLong(),
            qlonglong(-360));
}

void TestQueueModel::outsideHoursAndPaused()
{
    QueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(m_catalog);
    // Stormbpmn Enterprise on 11:00–20:00, seen on Saturday 7 March with its due on Tuesday
    // 18:00; Monday 9 March is the day off for Sunday 8 March.
    const Instant opened = moscow("2026-03-06T19:00:00");
    const Instant due = moscow("2026-03-10T18:00:00");
    std::vector<QueueRow> rows{
            row(10, "stormbpmn/enterprise", "critical", opened, running(due, 16 * Hour))};
    QueueRow waiting = row(11, "vkcs/standard", "high", opened, ClockSnapshot{},
                           running(opened + 3600, 8 * Hour));
    waiting.resolution.phase = ClockPhase::Paused;
    waiting.resolution.remainingSeconds = 5 * Hour;
    waiting.status = TicketStatus::WaitingCustomer;
    waiting.paused = true;
    waiting.nextBreach = InvalidInstant;
    rows.push_back(waiting);
    model.setRows(rows, moscow("2026-03-07T12:00:00"));
    const int r = model.rowForTicket(10);
    Instant resumes = InvalidInstant;
    qint64 remaining = 0;
    QCOMPARE(model.clockState(*model.ticket(10), TargetKind::Response, &remaining, &resumes),
             ClockState::OutsideHours);
    QCOMPARE(QDateTime::fromSecsSinceEpoch(resumes, QTimeZone("Europe/Moscow"))
                     .toString(Qt::ISODate),
             QStringLiteral("2026-03-10T11:00:00+03:00"));
    QCOMPARE(remaining, qint64(7 * 3600));
    QVERIFY(model.index(r, QueueModel::ResponseColumn).data(QueueModel::ResumesAtRole).isValid());
    const int w = model.rowForTicket(11);
    QCOMPARE(ClockState(model.index(w, QueueModel::ResolutionColumn)
                                .data(QueueModel::ClockStateRole)
                                .toInt()),
             ClockState::Paused);
    QCOMPARE(model.index(w, QueueModel::ResolutionColumn).data().toString(),
             QStringLiteral("5:00:00"));
    QCOMPARE(model.counts().waiting, 1);
    QCOMPARE(w, 1); // no running clock: after the ticket that has one
}

void TestQueueModel::filtersAndSearch()
{
    QueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(m_catalog);
    model.setCustomers({{1, QStringLiteral("Иванов Пётр")},
                        {2, QStringLiteral("王伟")},
                        {3, QStringLiteral("Alice Smith")}});
    model.setCurrentAgent(7);
    const Instant t0 = moscow("2026-03-02T10:00:00");
    model.setRows(sample(t0), t0);
    QueueFilter f;
    f.view = QueueFilter::View::Mine;
    model.setFilter(f);
    QCOMPARE(shownIds(model), (QList<qint64>{5, 2}));
    QCOMPARE(model.counts().mine, 2);
    f.view = QueueFilter::View::Unassigned;
    model.setFilter(f);
    QCOMPARE(shownIds(model), (QList<qint64>{1, 3, 4}));
    f = {};
    f.providerId = QStringLiteral("alibaba");
    model.setFilter(f);
    QCOMPARE(shownIds(model), QList<qint64>{4});
    f = {};
    f.text = QStringLiteral("#3");
    model.setFilter(f);
    QCOMPARE(shownIds(model), QList<qint64>{3});
    f.text = QStringLiteral("王");
    model.setFilter(f);
    QCOMPARE(shownIds(model), (QList<qint64>{1, 4})); // customer 2 = id % 3 + 1
    f.text = QStringLiteral("ticket 5");
    model.setFilter(f);
    QCOMPARE(shownIds(model), QList<qint64>{5});
}

void TestQueueModel::liveChangesKeepSelection()
{
    QueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(m_catalog);
    const Instant t0 = moscow("2026-03-02T10:00:00");
    model.setRows(sample(t0), t0);
    QPersistentModelIndex selected = model.index(model.rowForTicket(1), QueueModel::SubjectColumn);
    QCOMPARE(selected.row(), 2);
    // Another agent answers #5 (response met): its next breach moves to the resolution's.
    QueueRow five = *model.ticket(5);
    five.response.phase = ClockPhase::Met;
    five.nextBreach = five.resolution.due;
    // #6 is new and breaches first; #2 was resolved elsewhere.
    const QueueRow six = row(6, "vkcs/standard", "critical", t0, running(t0 + 300, 3600));
    model.applyChanges({five, six}, {2}, t0);
    QCOMPARE(shownIds(model), (QList<qint64>{6, 1, 3, 5, 4}));
    QVERIFY(selected.isValid());
    QCOMPARE(selected.row(), 1);
    QCOMPARE(selected.data(QueueModel::TicketIdRole).toLongLong(), qlonglong(1));
    QCOMPARE(model.counts().open, 5);
    QCOMPARE(model.index(3, QueueModel::ResponseColumn).data().toString(), QStringLiteral("met"));
    QVERIFY(!model.ticket(2));
}

// While the order is held, changes update rows where they are; no row moves, appears or leaves
// until released, and then the selection follows its ticket.
void TestQueueModel::heldOrderWaits()
{
    QueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(m_catalog);
    const Instant t0 = moscow("2026-03-02T10:00:00");
    model.setRows(sample(t0), t0);
    QCOMPARE(shownIds(model), (QList<qint64>{5, 2, 1, 3, 4}));
    QPersistentModelIndex selected = model.index(model.rowForTicket(1), QueueModel::SubjectColumn);
    QSignalSpy waiting(&model, &QueueModel::waitingChangesChanged);
    model.setOrderHeld(true);
    QueueRow five = *model.ticket(5);
    five.response.phase = ClockPhase::Met;
    five.nextBreach = five.resolution.due;
    const QueueRow six = row(6, "vkcs/standard", "critical", t0, running(t0 + 300, 3600));
    model.applyChanges({five, six}, {2}, t0);
    QCOMPARE(shownIds(model), (QList<qint64>{5, 2, 1, 3, 4}));
    QCOMPARE(model.index(0, QueueModel::ResponseColumn).data().toString(), QStringLiteral("met"));
    QCOMPARE(model.waitingChanges(), 3); // #5 out of place, #2 leaves, #6 comes
    QCOMPARE(waiting.count(), 1);
    QCOMPARE(waiting.last().at(0).toInt(), 3);
    QCOMPARE(selected.row(), 2);
    // A tick repaints in place and moves nothing.
    model.tick(t0 + 60);
    QCOMPARE(shownIds(model), (QList<qint64>{5, 2, 1, 3, 4}));

    model.setOrderHeld(false);
    QCOMPARE(shownIds(model), (QList<qint64>{6, 1, 3, 5, 4}));
    QCOMPARE(model.waitingChanges(), 0);
    QCOMPARE(waiting.last().at(0).toInt(), 0);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.data(QueueModel::TicketIdRole).toLongLong(), qlonglong(1));
    QCOMPARE(model.counts().open, 5);
    QVERIFY(!model.ticket(2));

    // "Show" while still held applies what waits, and the order stays held for what follows.
    model.setOrderHeld(true);
    QueueRow one = *model.ticket(1);
    one.nextBreach = t0 + 100 * Hour;
    one.response.due = one.resolution.due = t0 + 100 * Hour;
    model.applyChanges({one}, {}, t0);
    QCOMPARE(model.waitingChanges(), 1);
    model.applyWaiting();
    QCOMPARE(shownIds(model), (QList<qint64>{6, 3, 5, 1, 4}));
    QCOMPARE(selected.data(QueueModel::TicketIdRole).toLongLong(), qlonglong(1));
    QVERIFY(model.isOrderHeld());
    model.applyChanges({}, {3}, t0);
    QCOMPARE(shownIds(model), (QList<qint64>{6, 3, 5, 1, 4}));
}

// The pinned ticket (the panel's) keeps its row after an action, held or not, until another is
// pinned; other rows move at once when the order is not held.
void TestQueueModel::pinnedTicketKeepsItsRow()
{
    QueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(m_catalog);
    const Instant t0 = moscow("2026-03-02T10:00:00");
    model.setRows(sample(t0), t0);
    QueueFilter unassigned;
    unassigned.view = QueueFilter::View::Unassigned;
    model.setFilter(unassigned);
    model.setAgents({{7, QStringLiteral("Agent 7")}});
    QCOMPARE(shownIds(model), (QList<qint64>{1, 3, 4}));
    QPersistentModelIndex selected = model.index(0, 0);
    model.setPinnedTicket(1);
    QueueRow one = *model.ticket(1);
    one.assigneeId = 7; // taken
    model.applyChanges({one}, {}, t0);
    QCOMPARE(shownIds(model), (QList<qint64>{1, 3, 4}));
    QCOMPARE(model.index(0, QueueModel::AssigneeColumn).data().toString(),
             QStringLiteral("Agent 7")); // in place, with its new data
    QCOMPARE(model.waitingChanges(), 0); // the pinned one is not announced
    QCOMPARE(model.counts().unassigned, 2);
    QueueRow three = *model.ticket(3);
    three.assigneeId = 7;
    model.applyChanges({three}, {}, t0);
    QCOMPARE(shownIds(model), (QList<qint64>{1, 4}));
    QCOMPARE(selected.row(), 0);
    model.setPinnedTicket(4);
    QCOMPARE(shownIds(model), QList<qint64>{4});
    QVERIFY(!selected.isValid());
    // A pinned ticket the list does not show is not held: it appears when it matches.
    model.setPinnedTicket(3);
    three.assigneeId = 0;
    model.applyChanges({three}, {}, t0);
    QCOMPARE(shownIds(model), (QList<qint64>{3, 4}));
}

// Rows entering the Breached view on a tick wait while the order is held.
void TestQueueModel::heldTickWaitsInCategoryViews()
{
    QueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(m_catalog);
    const Instant t0 = moscow("2026-03-02T10:00:00");
    model.setRows(sample(t0), t0);
    QueueFilter breached;
    breached.view = QueueFilter::View::Breached;
    model.setFilter(breached);
    QCOMPARE(model.rowCount(), 0);
    model.setOrderHeld(true);
    model.tick(t0 + 700); // #5 breaches
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.waitingChanges(), 1);
    QCOMPARE(model.counts().breached, 1);
    model.setOrderHeld(false);
    QCOMPARE(shownIds(model), QList<qint64>{5});
}

// Random changes, closings, new tickets and ticks while the order is held, released and pinned:
// whenever nothing waits, the list is exactly the one a fresh model shows for the same rows.
void TestQueueModel::heldAndPinnedAgreeWithFreshModel_data()
{
    QTest::addColumn<int>("tickets");
    QTest::addColumn<int>("steps");
    QTest::newRow("many tickets") << 200 << 300;
    // Few rows: binary searches land on the out-of-place pinned row often.
    QTest::newRow("few tickets, many steps") << 12 << 3000;
}

void TestQueueModel::heldAndPinnedAgreeWithFreshModel()
{
    QFETCH(int, tickets);
    QFETCH(int, steps);
    QueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(m_catalog);
    std::mt19937 random(11);
    const Instant t0 = moscow("2026-03-02T10:00:00");
    const char *severities[] = {"critical", "high", "medium", "low"};
    auto makeRow = [&](qint64 id) {
        const qint64 required = qint64(1 + random() % 48) * Hour;
        return row(id, "vkcs/standard", severities[random() % 4], t0,
                   running(t0 + qint64(random() % 2000) * Minute, required), ClockSnapshot{},
                   random() % 2 ? 0 : 7);
    };
    std::map<qint64, QueueRow> truth;
    std::vector<QueueRow> rows;
    for (qint64 id = 1; id <= tickets; ++id) {
        truth[id] = makeRow(id);
        rows.push_back(truth[id]);
    }
    model.setRows(rows, t0);
    QueueFilter unassigned;
    unassigned.view = QueueFilter::View::Unassigned;
    model.setFilter(unassigned);
    qint64 nextId = tickets + 1;
    Instant now = t0;
    int compared = 0;
    const auto compareWithFresh = [&] {
        QueueModel fresh;
        fresh.setCatalog(m_catalog);
        std::vector<QueueRow> all;
        all.reserve(truth.size());
        for (const auto &entry : truth)
            all.push_back(entry.second);
        fresh.setRows(all, now);
        fresh.setFilter(unassigned);
        QCOMPARE(shownIds(model), shownIds(fresh));
        QCOMPARE(model.counts().open, fresh.counts().open);
        QCOMPARE(model.counts().unassigned, fresh.counts().unassigned);
    };
    for (int step = 0; step < steps; ++step) {
        switch (random() % 6) {
        case 0:
            model.setOrderHeld(!model.isOrderHeld());
            break;
        case 1:
            model.setPinnedTicket(model.rowCount() > 0 && random() % 2
                                          ? model.ticketAt(int(random() % model.rowCount()))
                                          : 0);
            break;
        case 2:
            now += qint64(random() % 120) * Minute;
            model.tick(now);
            break;
        default: {
            std::vector<QueueRow> changed;
            QVector<qint64> closed;
            for (int k = int(random() % 4); k >= 0; --k) {
                const int kind = int(random() % 5);
                if (kind == 0) {
                    truth[nextId] = makeRow(nextId);
                    changed.push_back(truth[nextId]);
                    ++nextId;
                } else if (kind == 1 && truth.size() > 6) {
                    auto it = truth.begin();
                    std::advance(it, random() % truth.size());
                    if (std::find_if(changed.begin(), changed.end(), [&](const QueueRow &r) {
                            return r.id == it->first;
                        }) != changed.end())
                        continue; // a ticket is either changed or closed in one batch
                    closed.append(it->first);
                    truth.erase(it);
                } else if (!truth.empty()) {
                    auto it = truth.begin();
                    std::advance(it, random() % truth.size());
                    if (std::find_if(changed.begin(), changed.end(), [&](const QueueRow &r) {
                            return r.id == it->first;
                        }) != changed.end())
                        continue;
                    QueueRow changedRow = makeRow(it->first);
                    it->second = changedRow;
                    changed.push_back(changedRow);
                }
            }
            model.applyChanges(changed, closed, now);
            break;
        }
        }
        if (!model.isOrderHeld() && model.pinnedTicket() == 0) {
            compareWithFresh();
            ++compared;
        }
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(compared > 50);
    model.setOrderHeld(false);
    model.setPinnedTicket(0);
    compareWithFresh();
}

void TestQueueModel::sortKeepsSelection()
{
    QueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(m_catalog);
    const Instant t0 = moscow("2026-03-02T10:00:00");
    model.setRows(sample(t0), t0);
    QPersistentModelIndex selected = model.index(model.rowForTicket(3), 0);
    model.sort(QueueModel::IdColumn, Qt::DescendingOrder);
    QCOMPARE(shownIds(model), (QList<qint64>{5, 4, 3, 2, 1}));
    QCOMPARE(selected.row(), 2);
    model.sort(QueueModel::SeverityColumn, Qt::AscendingOrder);
    QCOMPARE(model.ticketAt(0), qint64(1)); // critical = P1
    QCOMPARE(model.index(selected.row(), 0).data(QueueModel::TicketIdRole).toLongLong(),
             qlonglong(3));
}

void TestQueueModel::pendingQueueMatchesRecount()
{
    // Random tickets on business-hours and 24x7 plans; after every tick the incremental counts
    // equal a recount of every row's live state.
    QueueModel model;
    model.setCatalog(m_catalog);
    std::mt19937 random(7);
    const Instant t0 = moscow("2026-04-27T09:00:00"); // around the Russian May holidays
    const char *plans[][2] = {{"stormbpmn/enterprise", "critical"},
                              {"vkcs/standard", "high"},
                              {"tencent/business", "down"},
                              {"stormbpmn/team", "other"}};
    std::vector<QueueRow> rows;
    for (int i = 1; i <= 3000; ++i) {
        const auto &p = plans[random() % 4];
        const qint64 required = qint64(1 + random() % 40) * 1800;
        const WorkCalendarPtr calendar =
                m_catalog->calendarFor(*m_catalog->plan(QString::fromLatin1(p[0])), Target{});
        const Instant due =
                calendar->addWorkingTime(t0 + qint64(random() % 7200) * 60 - 86400, required);
        rows.push_back(row(i, p[0], p[1], t0, running(due, required)));
    }
    model.setRows(rows, t0);
    for (int step = 0; step < 60; ++step) {
        const Instant now = t0 + qint64(step) * 3 * 3600 + qint64(random() % 3600);
        model.tick(now);
        int atRisk = 0, breached = 0;
        for (const QueueRow &r : rows) {
            qint64 remaining = 0;
            const ClockState state = model.clockState(r, TargetKind::Response, &remaining);
            if (state == ClockState::Breached)
                ++breached;
            else if (remaining <= qint64(0.25 * double(r.response.requiredSeconds)))
                ++atRisk;
        }
        QCOMPARE(model.counts().breached, breached);
        QCOMPARE(model.counts().atRisk, atRisk);
    }
    QVERIFY(model.counts().breached > 100);
}

// Sorting ranks text columns once per distinct value; rows arriving live are placed with the
// row comparison. Both must give the same order (case-insensitive text, then ticket id).
void TestQueueModel::sortKeysAgreeWithLiveInsertion()
{
    QueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(m_catalog);
    model.setCustomers({{1, QStringLiteral("beta")},
                        {2, QStringLiteral("Alpha")},
                        {3, QStringLiteral("alpha")},
                        {4, QStringLiteral("Gamma")}});
    const Instant t0 = moscow("2026-03-02T10:00:00");
    std::mt19937 random(11);
    std::vector<QueueRow> rows;
    for (qint64 id = 1; id <= 60; ++id) {
        QueueRow r = row(id, "vkcs/standard", "medium", t0,
                         running(t0 + 600 + qint64(random() % 7200), 3600));
        r.customerId = qint64(random() % 4) + 1;
        r.subject = QStringLiteral("Subject %1").arg(QChar(QLatin1Char(char('a' + random() % 5))));
        rows.push_back(r);
    }
    model.setRows(rows, t0);
    const auto isSorted = [&model](int column, Qt::SortOrder order) {
        for (int r = 1; r < model.rowCount(); ++r) {
            const QString a = model.index(r - 1, column).data(QueueModel::SortRole).toString();
            const QString b = model.index(r, column).data(QueueModel::SortRole).toString();
            int c = a.compare(b, Qt::CaseInsensitive);
            if (c == 0)
                c = model.ticketAt(r - 1) < model.ticketAt(r) ? -1 : 1;
            if (order == Qt::AscendingOrder ? c > 0 : c < 0)
                return false;
        }
        return true;
    };
    for (int column : {int(QueueModel::CustomerColumn), int(QueueModel::SubjectColumn)}) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(column, order);
            QVERIFY(isSorted(column, order));
            // A live row lands where a full sort would put it.
            QueueRow extra = rows[5];
            extra.id = 1000 + column * 10 + int(order);
            extra.customerId = 3;
            extra.subject = QStringLiteral("SUBJECT c");
            model.applyChanges({extra}, {}, t0);
            QVERIFY(isSorted(column, order));
        }
    }
    // Due columns: by instant, then id.
    model.sort(QueueModel::NextBreachColumn, Qt::AscendingOrder);
    for (int r = 1; r < model.rowCount(); ++r) {
        const qint64 a = model.index(r - 1, QueueModel::NextBreachColumn)
                                 .data(QueueModel::SortRole)
                                 .toLongLong();
        const qint64 b = model.index(r, QueueModel::NextBreachColumn)
                                 .data(QueueModel::SortRole)
                                 .toLongLong();
        QVERIFY(a < b || (a == b && model.ticketAt(r - 1) < model.ticketAt(r)));
    }
}

// The quick search caches matches per distinct subject and customer while the order is rebuilt;
// rows changed afterwards are checked directly.
void TestQueueModel::searchWithSharedSubjectsAndLiveChanges()
{
    QueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(m_catalog);
    model.setCustomers({{1, QStringLiteral("Romashka")}, {2, QStringLiteral("Vector")}});
    const Instant t0 = moscow("2026-03-02T10:00:00");
    const QString shared = QStringLiteral("Disk is full");
    std::vector<QueueRow> rows;
    for (qint64 id = 1; id <= 6; ++id) {
        QueueRow r = row(id, "vkcs/standard", "low", t0, running(t0 + 600 * id, 3600));
        r.customerId = id <= 3 ? 1 : 2;
        r.subject = id % 2 ? shared : QStringLiteral("Login fails %1").arg(id);
        rows.push_back(r);
    }
    model.setRows(rows, t0);
    QueueFilter f;
    f.text = QStringLiteral("disk");
    model.setFilter(f);
    QCOMPARE(shownIds(model), (QList<qint64>{1, 3, 5}));
    f.text = QStringLiteral("vector");
    model.setFilter(f);
    QCOMPARE(shownIds(model), (QList<qint64>{4, 5, 6}));
    f.text = QStringLiteral("6");
    model.setFilter(f);
    QCOMPARE(shownIds(model), (QList<qint64>{6})); // the number, and "Login fails 6"
    f.text = QStringLiteral("disk");
    model.setFilter(f);
    // A live change: ticket 2's subject now matches, ticket 3's no longer does.
    QueueRow two = rows[1];
    two.subject = QStringLiteral("DISK latency");
    QueueRow three = rows[2];
    three.subject = QStringLiteral("Billing");
    model.applyChanges({two, three}, {}, t0);
    QCOMPARE(shownIds(model), (QList<qint64>{1, 2, 5}));
}

// The index finds tickets by id through an array over the id range, or a hash for ids far outside
// it; policies are found by the strings' identity (rows from loadQueue share them) or, for rows
// carrying their own copies, by value. Counts per plan and provider come from the policies.
void TestQueueModel::sparseIdsUnsharedStringsAndRenamedCustomers()
{
    QueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(m_catalog);
    model.setCustomers({{1, QStringLiteral("beta")}, {2, QString()}, {3, QStringLiteral("Alpha")}});
    const Instant t0 = moscow("2026-03-02T10:00:00");
    const qint64 far = 1000000000000;
    std::vector<QueueRow> rows{row(5, "vkcs/standard", "medium", t0, running(t0 + 600, 3600)),
                               row(7, "vkcs/standard", "medium", t0, running(t0 + 700, 3600)),
                               row(far, "alibaba/basic", "down", t0, running(t0 + 800, 3600)),
                               row(3, "vkcs/standard", "high", t0, running(t0 + 900, 3600))};
    rows[1].planId = rows[0].planId; // shared, as loadQueue interns them
    rows[1].severity = rows[0].severity;
    rows[0].customerId = 99; // unknown: an empty name
    rows[1].customerId = 2; // an empty name
    rows[2].customerId = 1;
    rows[3].customerId = 3;
    model.setRows(rows, t0);
    for (const QueueRow &r : rows) {
        QVERIFY(model.rowForTicket(r.id) >= 0);
        QCOMPARE(model.ticket(r.id)->id, r.id);
    }
    QCOMPARE(model.rowForTicket(4), -1);
    QCOMPARE(model.rowForTicket(far + 1), -1);
    QCOMPARE(model.counts().byPlan.value(QStringLiteral("vkcs/standard")), 3);
    QCOMPARE(model.counts().byPlan.value(QStringLiteral("alibaba/basic")), 1);
    QCOMPARE(model.counts().byProvider.value(QStringLiteral("vkcs")), 3);
    QCOMPARE(model.index(model.rowForTicket(5), QueueModel::SeverityColumn)
                     .data(QueueModel::LevelRole)
                     .toInt(),
             model.index(model.rowForTicket(7), QueueModel::SeverityColumn)
                     .data(QueueModel::LevelRole)
                     .toInt());

    // Live: a new ticket just past the range, one far beyond it, one closed.
    const qint64 farther = 5000000000000;
    QueueRow added = row(8, "vkcs/standard", "low", t0, running(t0 + 100, 3600));
    added.customerId = 2;
    QueueRow addedFar = row(farther, "alibaba/basic", "down", t0, running(t0 + 200, 3600));
    addedFar.customerId = 1;
    model.applyChanges({added, addedFar}, {7}, t0);
    QCOMPARE(model.rowForTicket(7), -1);
    QVERIFY(!model.ticket(7));
    for (const qint64 id : {qint64(3), qint64(5), qint64(8), far, farther})
        QCOMPARE(model.ticketAt(model.rowForTicket(id)), id);
    QCOMPARE(model.counts().open, 5);
    QCOMPARE(model.counts().byPlan.value(QStringLiteral("vkcs/standard")), 3);
    QCOMPARE(model.counts().byPlan.value(QStringLiteral("alibaba/basic")), 2);
    QCOMPARE(model.counts().byProvider.value(QStringLiteral("alibaba")), 2);

    // By customer: empty and unknown names first (then by id), case-insensitive.
    model.sort(QueueModel::CustomerColumn, Qt::AscendingOrder);
    QCOMPARE(shownIds(model), (QList<qint64>{5, 8, 3, far, farther}));
    // Renamed customers: asking for the same order again sorts by the new names.
    model.setCustomers({{1, QStringLiteral("beta")},
                        {2, QString()},
                        {3, QStringLiteral("zeta")},
                        {99, QStringLiteral("Omega")}});
    model.sort(QueueModel::CustomerColumn, Qt::AscendingOrder);
    QCOMPARE(shownIds(model), (QList<qint64>{8, far, farther, 5, 3}));
}

void TestQueueModel::rowFromTicket()
{
    Ticket t;
    t.id = 42;
    t.customerId = 3;
    t.assigneeId = 7;
    t.planId = QStringLiteral("vkcs/standard");
    t.severity = QStringLiteral("high");
    t.status = TicketStatus::WaitingCustomer;
    t.subject = QStringLiteral("VPN down");
    t.createdAt = 100;
    t.updatedAt = 200;
    t.nextBreach = 300;
    t.response = running(300, 3600);
    t.resolution = running(900, 7200);
    t.paused = true;
    const QueueRow r = QueueModel::rowFromTicket(t);
    QCOMPARE(r.id, t.id);
    QCOMPARE(r.customerId, t.customerId);
    QCOMPARE(r.assigneeId, t.assigneeId);
    QCOMPARE(r.planId, t.planId);
    QCOMPARE(r.severity, t.severity);
    QCOMPARE(r.status, t.status);
    QCOMPARE(r.subject, t.subject);
    QCOMPARE(r.createdAt, t.createdAt);
    QCOMPARE(r.updatedAt, t.updatedAt);
    QCOMPARE(r.nextBreach, t.nextBreach);
    QVERIFY(r.response == t.response);
    QVERIFY(r.resolution == t.resolution);
    QCOMPARE(r.paused, true);
}

// docs/architecture.md §2 "How a clock is shown": the remaining time in the target's own unit,
// never a "d" of 24 working hours.
void TestQueueModel::countdownsInTheTargetsUnit()
{
    QueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(m_catalog);
    const Catalog &catalog = *m_catalog;
    // Stormbpmn Team (11:00–20:00 Moscow): 5 business days to respond. Stormbpmn Enterprise: 16
    // working hours to respond, 15 business days to resolve. VK CS (24x7): 48 h to resolve.
    const Instant opened = moscow("2026-03-16T11:00:00"); // a Monday
    const ClockSnapshot team =
            planClock(catalog, "stormbpmn/team", "other", TargetKind::Response, opened);
    QCOMPARE(team.requiredSeconds, 45 * Hour);
    const std::vector<QueueRow> rows{row(1, "stormbpmn/team", "other", opened, team),
                                     row(2, "stormbpmn/enterprise", "critical", opened,
                                         planClock(catalog, "stormbpmn/enterprise", "critical",
                                                   TargetKind::Response, opened),
                                         planClock(catalog, "stormbpmn/enterprise", "critical",
                                                   TargetKind::Resolution, opened)),
                                     row(3, "vkcs/standard", "low", opened,
                                         running(opened + Hour, Hour),
                                         running(opened + 48 * Hour, 48 * Hour))};
    model.setRows(rows, opened);
    QCOMPARE(cell(model, 1, QueueModel::ResponseColumn), QStringLiteral("5 business days"));
    QCOMPARE(cell(model, 2, QueueModel::ResponseColumn), QStringLiteral("16:00:00"));
    QCOMPARE(cell(model, 2, QueueModel::ResolutionColumn), QStringLiteral("15 business days"));
    QCOMPARE(cell(model, 3, QueueModel::ResolutionColumn), QStringLiteral("48 h"));

    // Monday 15:00: Tuesday to Friday whole, and Monday's last 5 working hours.
    model.tick(moscow("2026-03-16T15:00:00"));
    QCOMPARE(cell(model, 1, QueueModel::ResponseColumn), QStringLiteral("4 business days 5 h"));
    QCOMPARE(cell(model, 2, QueueModel::ResponseColumn), QStringLiteral("12:00:00"));
    QCOMPARE(cell(model, 3, QueueModel::ResolutionColumn), QStringLiteral("44 h"));
    model.tick(moscow("2026-03-16T15:29:30"));
    QCOMPARE(cell(model, 3, QueueModel::ResolutionColumn), QStringLiteral("43 h 30 min"));
    // The tooltip has the exact working time left.
    QVERIFY2(cell(model, 1, QueueModel::ResponseColumn, Qt::ToolTipRole)
                     .startsWith(QStringLiteral("4 business days 4 h left (40 h 30 min of working "
                                                "time)\nDue Fri 20 Mar 20:00 MSK")),
             qPrintable(cell(model, 1, QueueModel::ResponseColumn, Qt::ToolTipRole)));
    QVERIFY2(cell(model, 3, QueueModel::ResolutionColumn, Qt::ToolTipRole)
                     .startsWith(QStringLiteral("43 h 30 min of working time left\n")),
             qPrintable(cell(model, 3, QueueModel::ResolutionColumn, Qt::ToolTipRole)));
    // Tuesday 12:00: 16 working hours less 10 h counted.
    model.tick(moscow("2026-03-17T12:00:00"));
    QCOMPARE(cell(model, 1, QueueModel::ResponseColumn), QStringLiteral("3 business days 8 h"));
    QCOMPARE(cell(model, 2, QueueModel::ResponseColumn), QStringLiteral("6:00:00"));
    // VK CS's 1 h response breached a day ago: that one is wall-clock time.
    QCOMPARE(cell(model, 3, QueueModel::ResponseColumn), QStringLiteral("−1 d 0 h"));
    static const QRegularExpression days(QStringLiteral("\\d d\\b"));
    for (qint64 id : {1, 2, 3}) {
        for (int column : {int(QueueModel::ResponseColumn), int(QueueModel::ResolutionColumn)}) {
            if (id != 3 || column != QueueModel::ResponseColumn)
                QVERIFY2(!cell(model, id, column).contains(days),
                         qPrintable(cell(model, id, column)));
        }
    }
}

// A breached clock shows how long ago it breached in wall-clock time, and keeps counting at
// night and on the weekend.
void TestQueueModel::breachCountsWallClockTime()
{
    QueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(m_catalog);
    model.setTimeZone(QTimeZone("UTC"));
    // Stormbpmn Enterprise, 16 working hours from Monday 11:00: due Tuesday 18:00 Moscow time.
    const Instant opened = moscow("2026-03-16T11:00:00");
    const ClockSnapshot response =
            planClock(*m_catalog, "stormbpmn/enterprise", "critical", TargetKind::Response, opened);
    QCOMPARE(response.due, moscow("2026-03-17T18:00:00"));
    model.setRows({row(1, "stormbpmn/enterprise", "critical", opened, response)},
                  moscow("2026-03-21T22:00:00")); // Saturday night, 4 days 4 h later
    QCOMPARE(ClockState(model.index(0, QueueModel::ResponseColumn)
                                .data(QueueModel::ClockStateRole)
                                .toInt()),
             ClockState::Breached);
    QCOMPARE(cell(model, 1, QueueModel::ResponseColumn), QStringLiteral("−4 d 4 h"));
    const QString tip = cell(model, 1, QueueModel::ResponseColumn, Qt::ToolTipRole);
    QVERIFY2(tip.startsWith(QStringLiteral("Breached 4 days 4 h ago, Tue 17 Mar 18:00 MSK\n"
                                           "Tue 17 Mar 15:00 UTC in your time zone")),
             qPrintable(tip));
    // Two hours later, on Sunday: still counting.
    model.tick(moscow("2026-03-22T00:00:00"));
    QCOMPARE(cell(model, 1, QueueModel::ResponseColumn), QStringLiteral("−4 d 6 h"));
    // Under a day: a clock face.
    model.tick(moscow("2026-03-17T23:30:05"));
    QCOMPARE(cell(model, 1, QueueModel::ResponseColumn), QStringLiteral("−5:30:05"));

    // A clock paused after its breach stays breached, and counts on.
    QueueRow paused = row(2, "stormbpmn/enterprise", "critical", opened, response);
    paused.response.phase = ClockPhase::Paused;
    paused.response.remainingSeconds = -2 * Hour;
    paused.status = TicketStatus::WaitingCustomer;
    paused.paused = true;
    paused.nextBreach = InvalidInstant;
    model.applyChanges({paused}, {}, moscow("2026-03-21T22:00:00"));
    QCOMPARE(cell(model, 2, QueueModel::ResponseColumn), QStringLiteral("−4 d 4 h"));
    QCOMPARE(model.counts().breached, 2);
}

// The "Next breach" column in the panel's date format, in the reader's zone; the year only when
// it is not the current one.
void TestQueueModel::nextBreachInTheReadersLanguage()
{
    QueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(m_catalog);
    model.setTimeZone(QTimeZone("UTC"));
    const Instant t0 = utc("2026-09-02T19:27:00Z");
    model.setRows(
            {row(1, "vkcs/standard", "critical", t0, running(t0 + 3 * Hour, 3 * Hour)),
             row(2, "vkcs/standard", "low", t0, running(utc("2027-01-06T08:53:00Z"), 48 * Hour))},
            t0);
    QCOMPARE(cell(model, 1, QueueModel::NextBreachColumn), QStringLiteral("Wed 2 Sep 22:27"));
    QCOMPARE(cell(model, 2, QueueModel::NextBreachColumn), QStringLiteral("Wed 6 Jan 2027 08:53"));
    // The tooltip: in the calendar's zone, named, and in the reader's.
    QCOMPARE(cell(model, 1, QueueModel::NextBreachColumn, Qt::ToolTipRole),
             QStringLiteral("Thu 3 Sep 01:27 MSK\nWed 2 Sep 22:27 UTC in your time zone"));
    model.setTimeZone(QTimeZone("Asia/Shanghai"));
    QCOMPARE(cell(model, 1, QueueModel::NextBreachColumn), QStringLiteral("Thu 3 Sep 06:27"));
    QLocale::setDefault(QLocale(QStringLiteral("ru_RU")));
    QCOMPARE(cell(model, 1, QueueModel::NextBreachColumn), QStringLiteral("чт 3 сент. 06:27"));
    QLocale::setDefault(QLocale(QStringLiteral("zh_CN")));
    QCOMPARE(cell(model, 1, QueueModel::NextBreachColumn), QStringLiteral("9月3日 周四 06:27"));
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
}

// Sorting by a clock column: by state group — running and breached, paused, met, not
// applicable — and by due instant within it, so that a tick never reorders rows.
void TestQueueModel::sortByClockGroupsStates()
{
    QueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(m_catalog);
    const Instant t0 = moscow("2026-03-02T10:00:00");
    const auto withResponse = [&](qint64 id, ClockPhase phase, qint64 dueIn) {
        ClockSnapshot c = running(t0 + dueIn, Hour);
        c.phase = phase;
        c.remainingSeconds = phase == ClockPhase::Paused ? 30 * Minute : dueIn;
        if (phase == ClockPhase::NotApplicable)
            c = {};
        return row(id, "vkcs/standard", "high", t0 - Hour, c, running(t0 + 8 * Hour, 8 * Hour));
    };
    model.setRows({withResponse(1, ClockPhase::Running, Hour),
                   withResponse(2, ClockPhase::Met, -Hour),
                   withResponse(3, ClockPhase::Running, -30 * Minute), // breached
                   withResponse(4, ClockPhase::Paused, 2 * Hour),
                   withResponse(5, ClockPhase::NotApplicable, 0),
                   withResponse(6, ClockPhase::MetLate, -3 * Hour),
                   withResponse(7, ClockPhase::Running, 10 * Minute)},
                  t0);
    model.sort(QueueModel::ResponseColumn, Qt::AscendingOrder);
    QCOMPARE(shownIds(model), (QList<qint64>{3, 7, 1, 4, 6, 2, 5}));
    // Descending reverses the dues, not the groups.
    model.sort(QueueModel::ResponseColumn, Qt::DescendingOrder);
    QCOMPARE(shownIds(model), (QList<qint64>{1, 7, 3, 4, 2, 6, 5}));
    model.sort(QueueModel::ResponseColumn, Qt::AscendingOrder);

    // #7 breaches at 10:10: the order holds, nothing moves.
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    model.setVisibleRows(0, 6);
    for (Instant now = t0; now <= t0 + 20 * Minute; now += Minute)
        model.tick(now);
    QCOMPARE(ClockState(model.index(1, QueueModel::ResponseColumn)
                                .data(QueueModel::ClockStateRole)
                                .toInt()),
             ClockState::Breached);
    QCOMPARE(shownIds(model), (QList<qint64>{3, 7, 1, 4, 6, 2, 5}));
    QCOMPARE(layout.count(), 0);
    QCOMPARE(moved.count(), 0);

    // The sort role gives the same order, and a live row lands where a full sort puts it.
    for (int r = 1; r < model.rowCount(); ++r)
        QVERIFY(model.index(r - 1, QueueModel::ResponseColumn)
                        .data(QueueModel::SortRole)
                        .toLongLong() <
                model.index(r, QueueModel::ResponseColumn).data(QueueModel::SortRole).toLongLong());
    model.applyChanges({withResponse(8, ClockPhase::Met, -5 * Hour)}, {}, t0 + 20 * Minute);
    QCOMPARE(shownIds(model), (QList<qint64>{3, 7, 1, 4, 8, 6, 2, 5}));

    // The default order: next breach first.
    model.sort(QueueModel::NextBreachColumn, Qt::AscendingOrder);
    QCOMPARE(shownIds(model).first(), qint64(3));
}

void TestQueueModel::customLeadTimes()
{
    // A team's lead times (issue 20): Volcano Engine's 10-minute response warns at 5 min, a
    // 5-business-day Stormbpmn Team response 4 working hours before its due. The state changes
    // exactly at due − lead time (in working time), found through the pending queue; the same
    // rows under the default (25 %) change later.
    QString error;
    const CatalogPtr team = Catalog::loadData({{QStringLiteral("team.json"),
                                                R"({"format": "dueline-catalog/1", "lead_times": [
                  {"plan": "volcengine/standard", "response": "5m"},
                  {"plan": "stormbpmn/team", "severity": "critical", "response": "4h"}]})"}},
                                              true, &error);
    QVERIFY2(team, qPrintable(error));
    const Instant t0 = moscow("2026-03-16T11:00:00"); // Monday, no holiday that week
    const std::vector<QueueRow> rows{
            row(1, "volcengine/standard", "standard", t0,
                planClock(*team, "volcengine/standard", "standard", TargetKind::Response, t0)),
            row(2, "stormbpmn/team", "critical", t0,
                planClock(*team, "stormbpmn/team", "critical", TargetKind::Response, t0))};
    QCOMPARE(rows[0].response.due, t0 + 10 * Minute);
    QCOMPARE(rows[1].response.due, moscow("2026-03-20T20:00:00"));

    QueueModel custom;
    QAbstractItemModelTester tester(&custom,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    custom.setCatalog(team);
    custom.setRows(rows, t0);
    QueueModel standard;
    standard.setCatalog(m_catalog);
    standard.setRows(rows, t0);
    const auto state = [](const QueueModel &model, qint64 id) {
        return ClockState(model.index(model.rowForTicket(id), QueueModel::ResponseColumn)
                                  .data(QueueModel::ClockStateRole)
                                  .toInt());
    };

    QCOMPARE(custom.tick(t0 + 5 * Minute - 1), QVector<qint64>{});
    QCOMPARE(state(custom, 1), ClockState::Running);
    QCOMPARE(custom.tick(t0 + 5 * Minute), QVector<qint64>{1});
    QCOMPARE(state(custom, 1), ClockState::AtRisk);
    QCOMPARE(custom.counts().atRisk, 1);
    QCOMPARE(standard.tick(t0 + 5 * Minute), QVector<qint64>{});
    QCOMPARE(state(standard, 1), ClockState::Running);
    QCOMPARE(standard.counts().atRisk, 0);
    QCOMPARE(standard.tick(t0 + 7 * Minute + 30), QVector<qint64>{1}); // 25 % of 10 min
    QCOMPARE(custom.tick(t0 + 10 * Minute), QVector<qint64>{1}); // breached
    QCOMPARE(standard.tick(t0 + 10 * Minute), QVector<qint64>{1});

    // Business days: the default warns from Thursday 17:45 (11 h 15 min of working time before
    // the due), "4h" from Friday 16:00.
    QCOMPARE(standard.tick(moscow("2026-03-19T17:44:59")), QVector<qint64>{});
    QCOMPARE(standard.tick(moscow("2026-03-19T17:45:00")), QVector<qint64>{2});
    QCOMPARE(custom.tick(moscow("2026-03-19T17:45:00")), QVector<qint64>{});
    QCOMPARE(custom.tick(moscow("2026-03-20T15:59:59")), QVector<qint64>{});
    QCOMPARE(state(custom, 2), ClockState::Running);
    QCOMPARE(custom.counts().atRisk, 0);
    QCOMPARE(custom.tick(moscow("2026-03-20T16:00:00")), QVector<qint64>{2});
    QCOMPARE(state(custom, 2), ClockState::AtRisk);
    QCOMPARE(custom.counts().atRisk, 1);
    QCOMPARE(custom.index(custom.rowForTicket(2), QueueModel::ResponseColumn)
                     .data(QueueModel::RemainingRole)
                     .toLongLong(),
             qlonglong(4 * Hour));
}

QTEST_GUILESS_MAIN(TestQueueModel)
#include "tst_queuemodel.moc"
