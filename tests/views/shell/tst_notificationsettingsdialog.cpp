// SPDX-License-Identifier: GPL-3.0-or-later
// Settings ▸ Notifications (issue 20): the weekly hours editor (days incl. the weekend, an
// interval across midnight says when it ends, add and remove), always / my hours, time zone, do
// not disturb, scope and the lead's escalation; saving through the queue's controller into the
// database for the current person (on a SQLite file: the person chosen); a failed save keeps every
// choice and says why; Preferences sums the settings up; the hours an earlier Dueline kept in
// QSettings move into the database once.

#include "models/item/ticker.h"
#include "models/presenters/queuecontroller.h"
#include "models/store/notificationsettingsstore.h"
#include "models/store/ticketstore.h"
#include "tests/support/fakeclock.h"
#include "views/queue/queueworkspace.h"
#include "views/shell/mainwindow.h"
#include "views/shell/notificationsettingsdialog.h"
#include "views/shell/preferencesdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QToolButton>

#include <functional>
#include <memory>

using namespace dueline;

namespace {

template<typename T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QLatin1String(name));
}

QList<WeeklyHoursRow *> rows(QDialog &dialog)
{
    return dialog.findChildren<WeeklyHoursRow *>();
}

NotificationSettings nightShift()
{
    NotificationSettings s;
    s.always = false;
    s.timeZone = QStringLiteral("Europe/Moscow");
    s.hours = {{WeeklyHours::Weekdays, 20 * 60, 6 * 60}};
    return s;
}

QPushButton *saveButton(QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
}

} // namespace

class TestNotificationSettingsDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void editorShowsAndEditsTheHours();
    void problemsAreSaidBeforeSaving();
    void scopeAndEscalation();
    void failedSaveKeepsEveryChoice();
    void summaries();
    void savedForThePersonThroughTheMenu();
    void preferencesChangeButton();
    void offlineSaveIsRefusedAndKept();
    void oldHoursMoveIntoTheDatabaseOnce();
    void oldHoursGiveWayToTheDatabase();

private:
    std::unique_ptr<TicketStore> openStore();
    bool openWindow();
    bool settled() const;
    std::optional<NotificationSettings> stored(qint64 agentId);

    CatalogPtr m_catalog;
    std::unique_ptr<QTemporaryDir> m_dir;
    DatabaseUrl m_url;
    FakeClock m_clock{0};
    std::unique_ptr<Ticker> m_ticker;
    Agent m_lead;
    Agent m_anna;
    std::unique_ptr<MainWindow> m_window;
};

void TestNotificationSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Dueline"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_notificationsettingsdialog"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

std::unique_ptr<TicketStore> TestNotificationSettingsDialog::openStore()
{
    StoreError error;
    auto store =
            TicketStore::open(m_url, m_catalog, m_clock, Connection::Mode::CreateIfMissing, &error);
    if (!store)
        qWarning("%s", qPrintable(error.message));
    return store;
}

void TestNotificationSettingsDialog::init()
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
    for (Agent *a : {&m_lead, &m_anna})
        a->id = store->addAgent(*a, &error);
    QVERIFY2(m_lead.id && m_anna.id, qPrintable(error.message));
}

void TestNotificationSettingsDialog::cleanup()
{
    m_window.reset();
    QSettings().clear();
}

bool TestNotificationSettingsDialog::settled() const
{
    return QTest::qWaitFor([this] { return m_window->queueWorkspace()->controller()->isIdle(); },
                           10000);
}

bool TestNotificationSettingsDialog::openWindow()
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

std::optional<NotificationSettings> TestNotificationSettingsDialog::stored(qint64 agentId)
{
    auto store = openStore();
    NotificationSettingsStore settings(store->connection(), m_clock);
    StoreError error;
    const auto all = settings.readAll(&error);
    if (!all.contains(agentId))
        return std::nullopt;
    return all.value(agentId);
}

void TestNotificationSettingsDialog::editorShowsAndEditsTheHours()
{
    NotificationSettingsDialog dialog(nightShift(), false, QStringLiteral("Anna"));
    QVERIFY(child<QRadioButton>(&dialog, "myHoursRadio")->isChecked());
    QCOMPARE(rows(dialog).size(), 1);
    WeeklyHoursRow *row = rows(dialog).first();
    // Monday to Friday on, the weekend off; 20:00–06:00 ends the next day.
    for (int day = 0; day < 7; ++day)
        QCOMPARE(child<QToolButton>(row, qPrintable(QStringLiteral("dayButton%1").arg(day)))
                         ->isChecked(),
                 day < 5);
    QCOMPARE(child<QToolButton>(row, "dayButton5")->text(), QStringLiteral("Sat"));
    QCOMPARE(child<QLabel>(row, "intervalNote")->text(), QStringLiteral("ends next day 06:00"));
    QCOMPARE(child<QComboBox>(&dialog, "timeZoneCombo")->currentText(),
             QStringLiteral("Europe/Moscow"));
    QVERIFY(dialog.settings() == nightShift());

    // Saturday too; ends at midnight (00:00 is the end of the day): no longer crosses it.
    child<QToolButton>(row, "dayButton5")->click();
    child<QTimeEdit>(row, "toEdit")->setTime(QTime(0, 0));
    QCOMPARE(child<QLabel>(row, "intervalNote")->text(), QString());
    NotificationSettings expected = nightShift();
    expected.hours[0] = {0x3f, 20 * 60, 24 * 60};
    QVERIFY(dialog.settings() == expected);
    child<QTimeEdit>(row, "fromEdit")->setTime(QTime(0, 0));
    QCOMPARE(child<QLabel>(row, "intervalNote")->text(), QStringLiteral("all day"));

    // Add Interval continues the last one; remove takes a row away.
    child<QPushButton>(&dialog, "addIntervalButton")->click();
    QCOMPARE(rows(dialog).size(), 2);
    QCOMPARE(rows(dialog).last()->hours(), rows(dialog).first()->hours());
    child<QToolButton>(rows(dialog).first(), "removeIntervalButton")->click();
    QCOMPARE(rows(dialog).size(), 1);
    QCOMPARE(dialog.settings().hours.size(), 1);

    // Always: the hours are kept (greyed) for later, and no longer used.
    child<QRadioButton>(&dialog, "alwaysRadio")->click();
    QVERIFY(!rows(dialog).first()->isEnabled());
    QVERIFY(dialog.settings().always);
    QCOMPARE(dialog.settings().hours.size(), 1);
    // The system's zone is the first entry; the combo finds a zone by typing.
    auto *zone = child<QComboBox>(&dialog, "timeZoneCombo");
    zone->setCurrentIndex(0);
    QVERIFY(dialog.settings().timeZone.isEmpty());
    QVERIFY(zone->currentText().startsWith(QLatin1String("System (")));
    zone->lineEdit()->setText(QStringLiteral("Asia/Shanghai"));
    QCOMPARE(dialog.settings().timeZone, QStringLiteral("Asia/Shanghai"));
    // Do not disturb.
    child<QCheckBox>(&dialog, "doNotDisturbCheck")->setChecked(true);
    QVERIFY(dialog.settings().doNotDisturb);
}

void TestNotificationSettingsDialog::problemsAreSaidBeforeSaving()
{
    NotificationSettings empty;
    empty.always = false;
    NotificationSettingsDialog dialog(empty, false, QStringLiteral("Anna"));
    QSignalSpy requested(&dialog, &NotificationSettingsDialog::saveRequested);
    auto *error = child<QLabel>(&dialog, "saveError");
    saveButton(dialog)->click();
    QCOMPARE(requested.count(), 0);
    QVERIFY(error->isVisibleTo(&dialog));
    QVERIFY2(error->text().contains(QLatin1String("at least one interval")),
             qPrintable(error->text()));
    dialog.addInterval();
    WeeklyHoursRow *row = rows(dialog).first();
    for (int day = 0; day < 5; ++day)
        child<QToolButton>(row, qPrintable(QStringLiteral("dayButton%1").arg(day)))->click();
    QVERIFY(!error->isVisibleTo(&dialog)); // an edit clears the message
    saveButton(dialog)->click();
    QCOMPARE(requested.count(), 0);
    QVERIFY2(error->text().contains(QLatin1String("at least one day")), qPrintable(error->text()));
    child<QToolButton>(row, "dayButton6")->click(); // Sunday
    child<QComboBox>(&dialog, "timeZoneCombo")->lineEdit()->setText(QStringLiteral("Mars/Base"));
    saveButton(dialog)->click();
    QCOMPARE(requested.count(), 0);
    QVERIFY2(error->text().contains(QLatin1String("Mars/Base")), qPrintable(error->text()));
    child<QComboBox>(&dialog, "timeZoneCombo")->setCurrentIndex(0);
    saveButton(dialog)->click();
    QCOMPARE(requested.count(), 1);
    const auto sent = requested.first().first().value<NotificationSettings>();
    QCOMPARE(sent.hours.size(), 1);
    QCOMPARE(sent.hours.first(), (WeeklyHours{0x40, 9 * 60, 18 * 60}));
}

void TestNotificationSettingsDialog::scopeAndEscalation()
{
    using Scope = NotificationSettings::Scope;
    {
        NotificationSettingsDialog agent(NotificationSettings(), false, QStringLiteral("Anna"));
        auto *scope = child<QComboBox>(&agent, "scopeCombo");
        QCOMPARE(scope->currentText(), QStringLiteral("My tickets and unassigned ones (default)"));
        QVERIFY(child<QCheckBox>(&agent, "escalateCheck")->isHidden());
        QCOMPARE(agent.settings().scope, Scope::Default); // the role's default stays a default
        scope->setCurrentIndex(scope->findData(int(Scope::Mine)));
        QCOMPARE(agent.settings().scope, Scope::Mine);
    }
    NotificationSettingsDialog lead(NotificationSettings(), true, QStringLiteral("Lena"));
    auto *scope = child<QComboBox>(&lead, "scopeCombo");
    QCOMPARE(scope->currentText(), QStringLiteral("All tickets (default)"));
    auto *escalate = child<QCheckBox>(&lead, "escalateCheck");
    QVERIFY(!escalate->isHidden());
    QVERIFY(!escalate->isChecked()); // off by default
    escalate->setChecked(true);
    QVERIFY(lead.settings().escalateOutsideHours);
    QCOMPARE(lead.settings().scope, Scope::Default);
}

void TestNotificationSettingsDialog::failedSaveKeepsEveryChoice()
{
    NotificationSettingsDialog dialog(nightShift(), true, QStringLiteral("Lena"));
    dialog.show();
    QSignalSpy requested(&dialog, &NotificationSettingsDialog::saveRequested);
    child<QCheckBox>(&dialog, "escalateCheck")->setChecked(true);
    child<QToolButton>(rows(dialog).first(), "dayButton6")->click();
    const NotificationSettings chosen = dialog.settings();
    saveButton(dialog)->click();
    QCOMPARE(requested.count(), 1);
    QVERIFY(dialog.isSaving());
    QVERIFY(!saveButton(dialog)->isEnabled());
    QVERIFY(!rows(dialog).first()->isEnabled());
    QCOMPARE(child<QLabel>(&dialog, "saveError")->text(), QStringLiteral("Saving…"));
    saveButton(dialog)->click(); // nothing twice
    QCOMPARE(requested.count(), 1);

    dialog.saveFailed(QStringLiteral("the server at db.example did not answer"));
    QVERIFY(!dialog.isSaving());
    QVERIFY(dialog.isVisible());
    QVERIFY(saveButton(dialog)->isEnabled());
    const QString message = child<QLabel>(&dialog, "saveError")->text();
    QVERIFY2(message.startsWith(QLatin1String("Not saved: the server at db.example did not "
                                              "answer")),
             qPrintable(message));
    QVERIFY(dialog.settings() == chosen);

    saveButton(dialog)->click();
    QCOMPARE(requested.count(), 2);
    dialog.saveSucceeded();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
}

void TestNotificationSettingsDialog::summaries()
{
    QCOMPARE(NotificationSettingsDialog::summary(NotificationSettings()),
             QStringLiteral("Always while Dueline runs"));
    NotificationSettings s = nightShift();
    s.hours << WeeklyHours{0x60, 10 * 60, 14 * 60} << WeeklyHours{0x15, 0, 24 * 60};
    QCOMPARE(NotificationSettingsDialog::summary(s),
             QStringLiteral("Mon–Fri 20:00–06:00; Sat, Sun 10:00–14:00; Mon, Wed, Fri 00:00–24:00 "
                            "(Europe/Moscow)"));
    s.doNotDisturb = true;
    QVERIFY(NotificationSettingsDialog::summary(s).startsWith(QLatin1String("Do not disturb")));
}

void TestNotificationSettingsDialog::savedForThePersonThroughTheMenu()
{
    QVERIFY(openWindow());
    QueueController *queue = m_window->queueWorkspace()->controller();
    int shown = 0;
    m_window->setDialogRunner([&](QDialog &dialog) {
        auto *settings = qobject_cast<NotificationSettingsDialog *>(&dialog);
        if (!settings)
            return int(QDialog::Rejected);
        ++shown;
        dialog.show();
        // A new person: always, no hours.
        if (!child<QRadioButton>(&dialog, "alwaysRadio")->isChecked())
            return int(QDialog::Rejected);
        child<QRadioButton>(&dialog, "myHoursRadio")->click();
        settings->addInterval();
        WeeklyHoursRow *row = rows(dialog).first();
        child<QTimeEdit>(row, "fromEdit")->setTime(QTime(20, 0));
        child<QTimeEdit>(row, "toEdit")->setTime(QTime(6, 0));
        child<QComboBox>(&dialog, "timeZoneCombo")
                ->lineEdit()
                ->setText(QStringLiteral("Asia/Shanghai"));
        if (!child<QCheckBox>(&dialog, "escalateCheck")->isVisibleTo(&dialog))
            return int(QDialog::Rejected);
        child<QCheckBox>(&dialog, "escalateCheck")->setChecked(true);
        saveButton(dialog)->click();
        if (!QTest::qWaitFor([&] { return !settings->isSaving(); }, 10000))
            return int(QDialog::Rejected);
        return dialog.result();
    });
    child<QAction>(m_window.get(), "notificationSettingsAction")->trigger();
    QCOMPARE(shown, 1);
    QVERIFY(settled());
    NotificationSettings expected;
    expected.always = false;
    expected.timeZone = QStringLiteral("Asia/Shanghai");
    expected.hours = {{WeeklyHours::Weekdays, 20 * 60, 6 * 60}};
    expected.escalateOutsideHours = true;
    QVERIFY(queue->notificationSettingsOf(m_lead.id) == expected);
    QVERIFY(stored(m_lead.id) && *stored(m_lead.id) == expected);
    QVERIFY(!stored(m_anna.id));

    // On a SQLite file the person chosen is who saves.
    queue->setAgent(m_anna);
    m_window->setDialogRunner([&](QDialog &dialog) {
        auto *settings = qobject_cast<NotificationSettingsDialog *>(&dialog);
        if (!settings || child<QCheckBox>(&dialog, "escalateCheck")->isVisibleTo(&dialog) ||
            !child<QRadioButton>(&dialog, "alwaysRadio")->isChecked())
            return int(QDialog::Rejected);
        dialog.show();
        child<QCheckBox>(&dialog, "doNotDisturbCheck")->setChecked(true);
        saveButton(dialog)->click();
        if (!QTest::qWaitFor([&] { return !settings->isSaving(); }, 10000))
            return int(QDialog::Rejected);
        return dialog.result();
    });
    child<QAction>(m_window.get(), "notificationSettingsAction")->trigger();
    QVERIFY(settled());
    QVERIFY(stored(m_anna.id) && stored(m_anna.id)->doNotDisturb);
    QVERIFY(*stored(m_lead.id) == expected);
}

void TestNotificationSettingsDialog::preferencesChangeButton()
{
    QVERIFY(openWindow());
    QStringList summaries;
    m_window->setDialogRunner([&](QDialog &dialog) {
        if (auto *settings = qobject_cast<NotificationSettingsDialog *>(&dialog)) {
            dialog.show();
            child<QCheckBox>(&dialog, "doNotDisturbCheck")->setChecked(true);
            saveButton(dialog)->click();
            if (!QTest::qWaitFor([&] { return !settings->isSaving(); }, 10000))
                return int(QDialog::Rejected);
            return dialog.result();
        }
        if (!qobject_cast<PreferencesDialog *>(&dialog))
            return int(QDialog::Rejected);
        auto *summary = child<QLabel>(&dialog, "notificationSummary");
        summaries << summary->text();
        child<QPushButton>(&dialog, "notificationSettingsButton")->click();
        summaries << summary->text();
        return int(QDialog::Accepted);
    });
    child<QAction>(m_window.get(), "preferencesAction")->trigger();
    QCOMPARE(summaries,
             QStringList({QStringLiteral("Always while Dueline runs"),
                          QStringLiteral("Do not disturb: nothing until you turn it off")}));
    // No database: nobody to change them for.
    PreferencesDialog alone;
    QVERIFY(!child<QPushButton>(&alone, "notificationSettingsButton")->isEnabled());
    QVERIFY(child<QLabel>(&alone, "notificationSummary")
                    ->text()
                    .contains(QLatin1String("database")));
}

// The database goes away while the dialog is open: Save says so, and every choice stays.
void TestNotificationSettingsDialog::offlineSaveIsRefusedAndKept()
{
    QVERIFY(openWindow());
    QueueController *queue = m_window->queueWorkspace()->controller();
    QString message;
    NotificationSettings chosen;
    m_window->setDialogRunner([&](QDialog &dialog) {
        auto *settings = qobject_cast<NotificationSettingsDialog *>(&dialog);
        if (!settings)
            return int(QDialog::Rejected);
        dialog.show();
        child<QRadioButton>(&dialog, "myHoursRadio")->click();
        settings->addInterval();
        chosen = settings->settings();
        queue->close();
        saveButton(dialog)->click();
        if (!QTest::qWaitFor([&] { return !settings->isSaving(); }, 10000))
            return int(QDialog::Rejected);
        message = child<QLabel>(&dialog, "saveError")->text();
        if (!(settings->settings() == chosen) || !dialog.isVisible())
            return int(QDialog::Accepted);
        return int(QDialog::Rejected);
    });
    child<QAction>(m_window.get(), "notificationSettingsAction")->trigger();
    QVERIFY2(message.startsWith(QLatin1String("Not saved: ")) &&
                     message.contains(QLatin1String("offline")),
             qPrintable(message));
    QVERIFY(!stored(m_lead.id));
}

void TestNotificationSettingsDialog::oldHoursMoveIntoTheDatabaseOnce()
{
    {
        QSettings settings;
        settings.setValue(QStringLiteral("notifications/enabled"), false);
        settings.setValue(QStringLiteral("notifications/workStart"), QStringLiteral("22:00"));
        settings.setValue(QStringLiteral("notifications/workEnd"), QStringLiteral("07:00"));
    }
    QVERIFY(openWindow());
    QTRY_VERIFY(stored(m_lead.id).has_value());
    NotificationSettings expected;
    expected.always = false;
    expected.doNotDisturb = true;
    expected.hours = {{WeeklyHours::Weekdays, 22 * 60, 7 * 60}}; // now it may cross midnight
    QVERIFY(*stored(m_lead.id) == expected);
    QVERIFY(settled());
    QVERIFY(m_window->queueWorkspace()->controller()->notificationSettingsOf(m_lead.id) ==
            expected);
    QSettings settings;
    for (const char *key :
         {"notifications/enabled", "notifications/workStart", "notifications/workEnd"})
        QVERIFY2(!settings.contains(QLatin1String(key)), key);
}

void TestNotificationSettingsDialog::oldHoursGiveWayToTheDatabase()
{
    {
        auto store = openStore();
        StoreError error;
        QVERIFY(NotificationSettingsStore(store->connection(), m_clock)
                        .save(m_lead.id, nightShift(), &error));
        QSettings settings;
        settings.setValue(QStringLiteral("notifications/workStart"), QStringLiteral("09:00"));
        settings.setValue(QStringLiteral("notifications/workEnd"), QStringLiteral("18:00"));
    }
    QVERIFY(openWindow());
    QVERIFY(*stored(m_lead.id) == nightShift());
    QVERIFY(!QSettings().contains(QStringLiteral("notifications/workStart")));
}

QTEST_MAIN(TestNotificationSettingsDialog)
#include "tst_notificationsettingsdialog.moc"
