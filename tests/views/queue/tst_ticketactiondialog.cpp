// SPDX-License-Identifier: GPL-3.0-or-later
// The ticket action dialog refuses before sending what the store and the server refuse (issue
// 19): Override Due with a due instant before the ticket was opened says why and cannot be sent;
// Reply and Wait needs its reply.

#include "views/queue/ticketactiondialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace dueline;

class TestTicketActionDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void overrideBeforeOpenedIsRefused();
    void replyAndWaitNeedsTheReply();

private:
    Ticket ticket() const;

    CatalogPtr m_catalog;
};

void TestTicketActionDialog::initTestCase()
{
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

Ticket TestTicketActionDialog::ticket() const
{
    Ticket t;
    t.id = 123;
    t.subject = QStringLiteral("Database down");
    t.planId = QStringLiteral("stormbpmn/enterprise");
    t.severity = QStringLiteral("critical");
    t.status = TicketStatus::Open;
    // Opened Monday 2026-03-02 12:00:30 UTC; the response due 16 working hours later.
    t.createdAt = QDateTime(QDate(2026, 3, 2), QTime(12, 0, 30), Qt::UTC).toSecsSinceEpoch();
    t.updatedAt = t.createdAt + 600;
    t.response.phase = ClockPhase::Running;
    t.response.due = t.createdAt + qint64(2) * 86400;
    t.resolution.phase = ClockPhase::Running;
    t.resolution.due = t.createdAt + qint64(20) * 86400;
    return t;
}

void TestTicketActionDialog::overrideBeforeOpenedIsRefused()
{
    const Ticket t = ticket();
    TicketActionDialog dialog(TicketActionDialog::OverrideDue, *m_catalog, t, QStringLiteral("en"));
    dialog.show();
    auto *due = dialog.findChild<QDateTimeEdit *>(QStringLiteral("dueEdit"));
    auto *text = dialog.findChild<QPlainTextEdit *>(QStringLiteral("actionText"));
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("dueProblem"));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(due && text && problem && ok);
    text->setPlainText(QStringLiteral("The customer agreed"));
    // The proposed due (the resolution's) is fine.
    QVERIFY(ok->isEnabled());
    QVERIFY(problem->isHidden());
    QVERIFY(dialog.problem().isEmpty());

    // Sixteen hours before the opening, a second before it: refused, with the opening named in
    // the reader's time.
    const QDateTime opened = QDateTime::fromSecsSinceEpoch(t.createdAt);
    for (const qint64 before : {qint64(16 * 3600), qint64(1)}) {
        due->setDateTime(opened.addSecs(-before));
        QVERIFY(!ok->isEnabled());
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QLatin1String("opened")), qPrintable(problem->text()));
        QVERIFY2(problem->text().contains(opened.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
                 qPrintable(problem->text()));
        QCOMPARE(dialog.problem(), problem->text());
    }
    // At the opening, and after it: fine again.
    due->setDateTime(opened);
    QVERIFY(ok->isEnabled());
    QVERIFY(problem->isHidden());
    due->setDateTime(opened.addSecs(3600));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.due(), t.createdAt + 3600);
    // Without a reason it still cannot be sent.
    text->clear();
    QVERIFY(!ok->isEnabled());
}

void TestTicketActionDialog::replyAndWaitNeedsTheReply()
{
    TicketActionDialog dialog(TicketActionDialog::ReplyAndWait, *m_catalog, ticket(),
                              QStringLiteral("en"));
    dialog.show();
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Reply and Wait"));
    auto *text = dialog.findChild<QPlainTextEdit *>(QStringLiteral("actionText"));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("waitExplanation")));
    QVERIFY(!ok->isEnabled());
    text->setPlainText(QStringLiteral(" \n "));
    QVERIFY(!ok->isEnabled());
    text->setPlainText(QStringLiteral("Which VM?"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.text(), QStringLiteral("Which VM?"));
}

QTEST_MAIN(TestTicketActionDialog)
#include "tst_ticketactiondialog.moc"
