// SPDX-License-Identifier: GPL-3.0-or-later
// Countdowns that tell the truth (docs/architecture.md §2 "How a clock is shown"), in the
// widgets: the ticket panel writes a business-day clock in business days and its explanation in
// working hours, a breach in wall-clock time that counts on at night, and the due in the
// calendar's zone and in the reader's (Asia/Shanghai here), each named; the queue table's
// "Default Order" brings the next-breach order back, and its clock columns are wide enough for
// what they show.

#include "models/item/queuemodel.h"
#include "views/queue/countdowndelegate.h"
#include "views/queue/queuetableview.h"
#include "views/queue/ticketpanel.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QTextDocument>
#include <QTimeZone>
#include <QTranslator>
#include <QtTest>

using namespace dueline;

namespace {

constexpr qint64 Hour = 3600;

Instant moscow(const char *local)
{
    const QDateTime dt = QDateTime::fromString(QString::fromLatin1(local), Qt::ISODate);
    return QDateTime(dt.date(), dt.time(), QTimeZone("Europe/Moscow")).toSecsSinceEpoch();
}

QString plainText(const QWidget &panel, const char *label)
{
    const auto *l = panel.findChild<QLabel *>(QLatin1String(label));
    if (!l)
        return {};
    QTextDocument document;
    document.setHtml(l->text());
    return document.toPlainText();
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

} // namespace

class TestQueueCountdowns : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void panelWritesBusinessDaysAndWallClockBreaches();
    void defaultOrder();
    void clockColumnsFitTheirTexts();

private:
    CatalogPtr m_catalog;
    QTranslator m_translator;
};

void TestQueueCountdowns::initTestCase()
{
    QCOMPARE(QTimeZone::systemTimeZoneId(), QByteArray("Asia/Shanghai"));
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    QVERIFY(m_translator.load(QStringLiteral(":/i18n/dueline_en")));
    QCoreApplication::installTranslator(&m_translator);
    QLocale::setDefault(QLocale(QStringLiteral("en_US")));
}

void TestQueueCountdowns::panelWritesBusinessDaysAndWallClockBreaches()
{
    // Stormbpmn Team: 5 business days to respond on 11:00–20:00 Moscow time.
    const Instant opened = moscow("2026-03-16T11:00:00"); // a Monday
    Ticket ticket;
    ticket.id = 7;
    ticket.subject = QStringLiteral("Diagram export fails");
    ticket.planId = QStringLiteral("stormbpmn/team");
    ticket.severity = QStringLiteral("other");
    ticket.status = TicketStatus::New;
    ticket.createdAt = opened;
    Event created;
    created.ticketId = 7;
    created.seq = 1;
    created.at = opened;
    created.kind = EventKind::Created;
    created.planId = ticket.planId;
    created.severity = ticket.severity;
    TicketPanel panel;
    panel.setCatalog(m_catalog);
    panel.resize(420, 900);
    panel.show();
    panel.showTicket(ticket, {created}, moscow("2026-03-16T15:00:00"));

    const QString clocks = plainText(panel, "ticketClocks");
    for (const char *text :
         {"Response (5 business days): 4 business days 5 h left", "Due: Fri 20 Mar 20:00 MSK",
          "Sat 21 Mar 01:00 CST in your time zone", "41 h of working time left"})
        QVERIFY2(clocks.contains(QString::fromUtf8(text)),
                 qPrintable(QString::fromUtf8(text) + QStringLiteral(": ") + clocks));
    // "Why this deadline?": 45 working hours, never "1 d 21 h".
    const QString explanation = plainText(panel, "ticketExplanation");
    QVERIFY2(explanation.contains(
                     QStringLiteral("45 h of working time counted, 5 business days (times in MSK, "
                                    "Europe/Moscow)")),
             qPrintable(explanation));
    static const QRegularExpression days(QStringLiteral("\\d d\\b"));
    QVERIFY2(!clocks.contains(days) && !explanation.contains(days),
             qPrintable(clocks + explanation));
    // The year only when it is not the current one.
    QVERIFY2(plainText(panel, "ticketDetails").contains(QStringLiteral("Mon 16 Mar 16:00 CST")),
             qPrintable(plainText(panel, "ticketDetails")));

    // Saturday night, 8 days and 2 hours after the due: a breach in wall-clock time, still
    // counting on Sunday.
    panel.updateClocks(moscow("2026-03-28T22:00:00"));
    QCOMPARE(panel.clockState(TargetKind::Response), ClockState::Breached);
    QVERIFY2(plainText(panel, "ticketClocks").contains(QStringLiteral("breached 8 days 2 h ago")),
             qPrintable(plainText(panel, "ticketClocks")));
    panel.updateClocks(moscow("2026-03-29T03:00:00"));
    QVERIFY2(plainText(panel, "ticketClocks").contains(QStringLiteral("breached 8 days 7 h ago")),
             qPrintable(plainText(panel, "ticketClocks")));
}

void TestQueueCountdowns::defaultOrder()
{
    QueueModel model;
    model.setCatalog(m_catalog);
    const Instant t0 = moscow("2026-03-02T10:00:00");
    const auto row = [&](qint64 id, qint64 responseIn, qint64 resolutionIn) {
        QueueRow r;
        r.id = id;
        r.planId = QStringLiteral("vkcs/standard");
        r.severity = QStringLiteral("high");
        r.status = TicketStatus::Open;
        r.createdAt = r.updatedAt = t0;
        r.response = running(t0 + responseIn, Hour);
        r.resolution = running(t0 + resolutionIn, 8 * Hour);
        r.nextBreach = t0 + std::min(responseIn, resolutionIn);
        return r;
    };
    model.setRows({row(1, 3 * Hour, 2 * Hour), row(2, Hour / 2, 8 * Hour), row(3, Hour, 4 * Hour)},
                  t0);
    QueueTableView view(&model);
    view.resize(1000, 400);
    view.show();
    const auto ids = [&model] {
        QList<qint64> list;
        for (int r = 0; r < model.rowCount(); ++r)
            list << model.ticketAt(r);
        return list;
    };
    QAction *action = view.defaultOrderAction();
    QVERIFY(action);
    QVERIFY(view.horizontalHeader()->actions().contains(action));
    QCOMPARE(ids(), (QList<qint64>{2, 3, 1}));
    QVERIFY(!action->isEnabled()); // already in the default order

    view.sortByColumn(QueueModel::ResolutionColumn, Qt::DescendingOrder);
    QCOMPARE(ids(), (QList<qint64>{2, 3, 1}));
    view.sortByColumn(QueueModel::ResolutionColumn, Qt::AscendingOrder);
    QCOMPARE(ids(), (QList<qint64>{1, 3, 2}));
    QVERIFY(action->isEnabled());
    QVERIFY(!action->text().isEmpty());
    action->trigger();
    QCOMPARE(view.horizontalHeader()->sortIndicatorSection(), int(QueueModel::NextBreachColumn));
    QCOMPARE(view.horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(ids(), (QList<qint64>{2, 3, 1}));
    QVERIFY(!action->isEnabled());

    // A table whose default is another order (finished tickets: the latest change first).
    QueueTableView finished(&model);
    finished.setDefaultOrder(QueueModel::NextBreachColumn, Qt::DescendingOrder);
    QCOMPARE(ids(), (QList<qint64>{1, 3, 2}));
    QVERIFY(!finished.defaultOrderAction()->isEnabled());
}

// A clock cell shows the whole text when the column has room, the compact form of the same
// quantities when it has not ("4 workdays 5 h", never an elided "4 business d…"), and the
// default widths hold the compact texts and the next breach with its year.
void TestQueueCountdowns::clockColumnsFitTheirTexts()
{
    QueueModel model;
    model.setCatalog(m_catalog);
    const Instant opened = moscow("2026-03-16T11:00:00");
    QueueRow r;
    r.id = 1;
    r.planId = QStringLiteral("stormbpmn/team");
    r.severity = QStringLiteral("other");
    r.status = TicketStatus::Open;
    r.createdAt = r.updatedAt = opened;
    r.response = running(moscow("2026-03-20T20:00:00"), 45 * Hour);
    r.nextBreach = r.response.due;
    model.setRows({r}, moscow("2026-03-16T15:00:00"));
    QueueTableView view(&model);
    const QFontMetrics metrics(view.font());
    const QModelIndex cell = model.index(0, QueueModel::ResponseColumn);
    QCOMPARE(CountdownDelegate::fittingText(cell, metrics, 400),
             QStringLiteral("4 business days 5 h"));
    const int narrow = metrics.horizontalAdvance(QStringLiteral("4 business days 5 h")) - 1;
    QCOMPARE(CountdownDelegate::fittingText(cell, metrics, narrow),
             QStringLiteral("4 workdays 5 h"));
    // At night the cell says when the clock resumes, or the time left when that is too wide.
    model.tick(moscow("2026-03-16T22:00:00"));
    QCOMPARE(ClockState(cell.data(QueueModel::ClockStateRole).toInt()), ClockState::OutsideHours);
    QCOMPARE(CountdownDelegate::fittingText(cell, metrics, 400),
             QStringLiteral("resumes Tue 16:00")); // 11:00 Moscow time in Shanghai
    QCOMPARE(CountdownDelegate::fittingText(cell, metrics, 90), QStringLiteral("4 workdays"));

    QFont bold = view.font();
    bold.setBold(true);
    for (int column : {int(QueueModel::ResponseColumn), int(QueueModel::ResolutionColumn)}) {
        const int room = view.columnWidth(column) - 8;
        QVERIFY(metrics.horizontalAdvance(QStringLiteral("30 workdays 8 h")) <= room);
        QVERIFY(QFontMetrics(bold).horizontalAdvance(QStringLiteral("−13 d 23 h")) <= room);
    }
    QVERIFY(metrics.horizontalAdvance(QStringLiteral("Wed 30 Sep 2026 22:27")) + 8 <=
            view.columnWidth(QueueModel::NextBreachColumn));
}

int main(int argc, char **argv)
{
    // The reader's zone differs from every calendar's.
    qputenv("TZ", "Asia/Shanghai");
    QApplication app(argc, argv);
    TestQueueCountdowns test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_queuecountdowns.moc"
