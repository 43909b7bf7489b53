// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 22: the customer's SLA report made from the GUI (Dashboard ▸ Customer Report…) is the
// document `dueline-cli report --customer` makes: the same CSV bytes for the same customer, days
// and language; a PDF in the customer's language while the interface stays in its own (no text
// of the window changes, the default locale comes back); errors shown in the dialog.

#include "models/store/migrations.h"
#include "models/store/ticketstore.h"
#include "tests/support/clihome.h"
#include "tests/support/fakeclock.h"
#include "tests/support/testdatabase.h"
#include "views/dashboard/customerreportdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimeZone>
#include <QtTest>

using namespace dueline;
using testsupport::CliHome;
using testsupport::TestDatabase;

class TestCustomerReportDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sameCsvAsTheCommandLine();
    void pdfInTheCustomersLanguage();
    void customerChosenFromATicket();
    void errorsStayInTheDialog();

private:
    CustomerReportDialog *openDialog();
    Action action(qint64 ticket) const;

    CatalogPtr m_catalog;
    FakeClock m_clock = FakeClock::at("2026-11-02T07:00:00Z"); // Mon 2 Nov 10:00 in Moscow
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<TicketStore> m_store;
    std::unique_ptr<CliHome> m_home;
    qint64 m_agent = 0;
    qint64 m_customer = 0;
    qint64 m_second = 0;
};

Action TestCustomerReportDialog::action(qint64 ticket) const
{
    Action a;
    a.actionId = Action::newActionId();
    a.actorId = m_agent;
    a.ticketId = ticket;
    return a;
}

void TestCustomerReportDialog::initTestCase()
{
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    m_db = TestDatabase::create(Engine::SQLite, &error);
    QVERIFY2(m_db, qPrintable(error));
    m_home = std::make_unique<CliHome>(QStringLiteral(DUELINE_CLI_PATH));
    StoreError se;
    m_store = TicketStore::open(m_db->url(), m_catalog, m_clock, Connection::Mode::CreateIfMissing,
                                &se);
    QVERIFY2(m_store, qPrintable(se.message));
    QCOMPARE(m_store->migrate(&se), Migrations::latestVersion());
    m_agent = m_store->addAgent(
            {0, QStringLiteral("anna"), QStringLiteral("Anna Smirnova"), Agent::Role::Agent}, &se);
    Customer c;
    c.name = QStringLiteral("Ольга Петрова");
    c.company = QStringLiteral("ООО Ромашка");
    c.planId = QStringLiteral("vkcs/standard");
    c.timeZone = "Europe/Moscow";
    c.language = QStringLiteral("ru");
    m_customer = m_store->addCustomer(c, &se);
    c.name = QStringLiteral("Wang Fang");
    c.company = QStringLiteral("Acme");
    c.language = QStringLiteral("zh_CN");
    m_second = m_store->addCustomer(c, &se);
    QVERIFY2(m_agent > 0 && m_customer > 0 && m_second > 0, qPrintable(se.message));
    // Two tickets: one answered late (breached), one answered in time and resolved (met).
    for (int i = 0; i < 2; ++i) {
        NewTicket nt;
        nt.customerId = m_customer;
        nt.subject = QStringLiteral("Ticket %1").arg(i + 1);
        nt.severity = QStringLiteral("high");
        nt.channel = QStringLiteral("email");
        const ActionResult created = m_store->createTicket(Action::newActionId(), 0, nt);
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        m_clock.advance(i == 0 ? 2 * 3600 : 600);
        QVERIFY(m_store->reply(action(created.ticket.id), QStringLiteral("Hello")).ok());
        m_clock.advance(3600);
        QVERIFY(m_store->resolve(action(created.ticket.id), QStringLiteral("Done")).ok());
    }
    m_clock.set(QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc()).toSecsSinceEpoch());
}

CustomerReportDialog *TestCustomerReportDialog::openDialog()
{
    auto *dialog = new CustomerReportDialog(m_db->url(), m_catalog, m_clock);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    if (!dialog->customersLoaded()) {
        QSignalSpy ready(dialog, &CustomerReportDialog::customersReady);
        if (!ready.wait(20000))
            qWarning("the customers were not read");
    }
    return dialog;
}

void TestCustomerReportDialog::sameCsvAsTheCommandLine()
{
    CustomerReportDialog *dialog = openDialog();
    QVERIFY(dialog->customersLoaded());
    // The month before the clock's: November 2026.
    const CustomerReportRequest r = dialog->request();
    QCOMPARE(QDateTime::fromSecsSinceEpoch(r.from, QTimeZone("Europe/Moscow")).date(),
             QDate(2026, 11, 1));
    QCOMPARE(QDateTime::fromSecsSinceEpoch(r.to, QTimeZone("Europe/Moscow")).date(),
             QDate(2026, 12, 1));
    dialog->selectCustomer(m_customer);
    // The customer's language is chosen with the customer.
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("languageChoice"))->currentData(),
             QVariant(QStringLiteral("ru")));
    const QString gui = m_home->path(QStringLiteral("gui.csv"));
    QSignalSpy saved(dialog, &CustomerReportDialog::saved);
    dialog->save(gui);
    QVERIFY(saved.wait(30000));
    QVERIFY2(dialog->statusText().contains(QStringLiteral("gui.csv")),
             qPrintable(dialog->statusText()));

    const QString cli = m_home->path(QStringLiteral("cli.csv"));
    const auto run = m_home->run({QStringLiteral("report"), QStringLiteral("--db"), m_db->urlText(),
                                  QStringLiteral("--customer"), QString::number(m_customer),
                                  QStringLiteral("--from"), QStringLiteral("2026-11-01"),
                                  QStringLiteral("--to"), QStringLiteral("2026-11-30"),
                                  QStringLiteral("--now"), QStringLiteral("2026-12-01T09:00:00Z"),
                                  QStringLiteral("--csv"), cli});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QFile a(gui), b(cli);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    const QByteArray bytes = a.readAll();
    QCOMPARE(bytes, b.readAll());
    // In Russian: 2 tickets, 1 met, 1 breached.
    QVERIFY2(bytes.contains("Итого"), bytes.constData());
    QVERIFY2(bytes.contains(",2,1,1,0,0,50.0,"), bytes.constData());
    dialog->close();
}

void TestCustomerReportDialog::pdfInTheCustomersLanguage()
{
    const QLocale before;
    CustomerReportDialog *dialog = openDialog();
    dialog->selectCustomer(m_customer);
    dialog->selectLanguage(QStringLiteral("zh_CN"));
    const QString title = dialog->windowTitle();
    auto *pdfButton = dialog->findChild<QPushButton *>(QStringLiteral("savePdfButton"));
    const QString buttonText = pdfButton->text();
    const QString path = m_home->path(QStringLiteral("gui.pdf"));
    QSignalSpy saved(dialog, &CustomerReportDialog::saved);
    dialog->save(path);
    QVERIFY(saved.wait(30000));
    // The interface kept its language and locale.
    QCoreApplication::processEvents();
    QCOMPARE(dialog->windowTitle(), title);
    QCOMPARE(pdfButton->text(), buttonText);
    QCOMPARE(QLocale().name(), before.name());
    QCOMPARE(QCoreApplication::translate("CustomerReport", "SLA report"),
             QStringLiteral("SLA report"));
    // The document is in Chinese.
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString pdf = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(pdf.contains(QStringLiteral("SLA 报告")), qPrintable(pdf));
    QVERIFY2(pdf.contains(QStringLiteral("第 1 页")), qPrintable(pdf));
    QVERIFY2(dialog->statusText().contains(QStringLiteral("gui.pdf")),
             qPrintable(dialog->statusText()));
    dialog->close();
}

void TestCustomerReportDialog::customerChosenFromATicket()
{
    CustomerReportDialog *dialog = openDialog();
    dialog->selectCustomer(m_second);
    QCOMPARE(dialog->request().customerId, m_second);
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("languageChoice"))->currentData(),
             QVariant(QStringLiteral("zh_CN")));
    dialog->selectPlan(QStringLiteral("vkcs/standard"));
    QCOMPARE(dialog->request().customerId, qint64(0));
    QCOMPARE(dialog->request().planId, QStringLiteral("vkcs/standard"));
    dialog->close();
}

void TestCustomerReportDialog::errorsStayInTheDialog()
{
    CustomerReportDialog *dialog = openDialog();
    dialog->selectCustomer(m_customer);
    QSignalSpy failed(dialog, &CustomerReportDialog::failed);
    dialog->save(m_home->path(QStringLiteral("no/such/folder/report.pdf")));
    QVERIFY(failed.wait(30000));
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("report.pdf")),
             qPrintable(failed.first().first().toString()));
    QVERIFY2(dialog->statusText().contains(QStringLiteral("report.pdf")),
             qPrintable(dialog->statusText()));
    // A range that ends before it begins cannot be saved.
    dialog->selectRange(QDate(2026, 11, 30), QDate(2026, 11, 1));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("savePdfButton"))->isEnabled());
    dialog->close();
}

QTEST_MAIN(TestCustomerReportDialog)
#include "tst_customerreportdialog.moc"
