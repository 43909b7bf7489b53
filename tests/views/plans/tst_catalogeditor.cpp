// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog editor driven as a team lead would, offscreen: invalid input is marked on its
// field and never reaches the disk; valid edits are saved and load again; built-in plans are
// read-only but can be duplicated; days off come from an iCalendar file through libical.
#include "models/catalog/catalog.h"
#include "models/store/migrations.h"
#include "models/store/teamcatalogstore.h"
#include "models/store/ticketstore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/icsfiles.h"
#include "tests/support/testdatabase.h"
#include "views/plans/catalogeditordialog.h"
#include "views/plans/catalogeditorwidgets.h"
#include "views/plans/plansbanner.h"
#include "views/plans/plansworkspace.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>

using namespace dueline;

namespace {

// Replaces a line edit's text by typing, as a user does (textEdited fires).
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    if (text.isEmpty())
        return;
    // QTest types ASCII only; "09:00–13:00" (en dash) goes in as a paste would.
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 128;
    if (ascii) {
        QTest::keyClicks(edit, text);
    } else {
        edit->insert(text);
        emit edit->textEdited(edit->text());
    }
}

// Waits for the editor's store call (reading or saving the shared database's team catalog).
bool settled(const CatalogEditorDialog &editor)
{
    return QTest::qWaitFor([&] { return !editor.isBusy(); }, 20000);
}

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCatalogEditor : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void builtInEntriesAreReadOnly();
    void emptyIdIsRefused();
    void invalidInputNeverReachesDisk_data();
    void invalidInputNeverReachesDisk();
    void invalidInputKeepsAnExistingFile();
    void targetsCannotBeNegative();
    void validEditsAreSavedAndLoadAgain();
    void leadTimesOfABuiltInPlan();
    void icsImportGivesTheExpectedCalendar();
    void brokenIcsIsReported();
    void sharedDatabaseNeedsAConnection();
    void sharedDatabaseIsReadOffTheGuiThread();
    void leadSavesToSharedDatabase();
    void agentCannotSaveToSharedDatabase();
    void invalidInputNeverReachesDatabase();
    void concurrentSavesConflict();
    void badDatabaseFileIsSkipped();

private:
    // A dialog on the team file with acme/gold (a copy of stormbpmn/enterprise) and its own
    // calendar "acme-hours" (a copy of the Moscow business calendar).
    std::unique_ptr<CatalogEditorDialog> editorWithDrafts(const SharedCatalogDatabase &shared = {});
    // A SQLite database with an agent and a lead (m_agent, m_lead), its team catalog store.
    bool openDatabase();
    SharedCatalogDatabase shared(const Agent &me)
    {
        SharedCatalogDatabase s;
        s.url = m_db->url();
        s.clock = &m_clock;
        s.me = me;
        s.database = m_db->url().path;
        return s;
    }
    QVector<TeamCatalogFile> databaseFiles()
    {
        StoreError error;
        auto files = m_teamStore->files(&error);
        if (error)
            qWarning("%s", qPrintable(error.message));
        return files;
    }
    // Runs dialogs through whatever m_runner is at the time.
    DialogRunner forwardingRunner()
    {
        return [this](QDialog &dialog) {
            return m_runner(dialog);
        };
    }

    CatalogPtr m_catalog;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::function<int(QDialog &)> m_runner;
    FakeClock m_clock = FakeClock::at("2026-03-02T09:00:00Z");
    std::unique_ptr<testsupport::TestDatabase> m_db;
    std::unique_ptr<TicketStore> m_store;
    std::unique_ptr<TeamCatalogStore> m_teamStore;
    Agent m_agent;
    Agent m_lead;
};

void TestCatalogEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

void TestCatalogEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("catalog/team.json"));
    m_runner = [](QDialog &) {
        return int(QDialog::Rejected);
    };
}

void TestCatalogEditor::cleanup()
{
    m_teamStore.reset();
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

bool TestCatalogEditor::openDatabase()
{
    QString error;
    m_db = testsupport::TestDatabase::create(Engine::SQLite, &error);
    if (!m_db) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    StoreError storeError;
    m_store = TicketStore::open(m_db->url(), m_catalog, m_clock, Connection::Mode::CreateIfMissing,
                                &storeError);
    if (!m_store || m_store->migrate(&storeError) != Migrations::latestVersion()) {
        qWarning("%s", qPrintable(storeError.message));
        return false;
    }
    m_agent = {0, QStringLiteral("anna"), QStringLiteral("Anna"), Agent::Role::Agent};
    m_agent.id = m_store->addAgent(m_agent, &storeError);
    m_lead = {0, QStringLiteral("lead"), QStringLiteral("Lena"), Agent::Role::Lead};
    m_lead.id = m_store->addAgent(m_lead, &storeError);
    m_teamStore = std::make_unique<TeamCatalogStore>(m_store->connection(), m_clock);
    return m_agent.id > 0 && m_lead.id > 0;
}

std::unique_ptr<CatalogEditorDialog>
TestCatalogEditor::editorWithDrafts(const SharedCatalogDatabase &shared)
{
    auto editor = std::make_unique<CatalogEditorDialog>(m_catalog, m_path, QStringList(), shared,
                                                        [this](QDialog &d) { return m_runner(d); });
    if (!settled(*editor))
        qWarning("the editor did not open the shared database's team catalog");
    QString error;
    const QString plan = editor->duplicatePlan(
            QStringLiteral("stormbpmn/enterprise"), QStringLiteral("acme"), QStringLiteral("gold"),
            QStringLiteral("Acme"), QStringLiteral("Gold"), &error);
    if (plan != QLatin1String("acme/gold"))
        qWarning("duplicatePlan: %s", qPrintable(error));
    const QString calendar = editor->duplicateCalendar(
            m_catalog->plan(QStringLiteral("stormbpmn/enterprise"))->calendarId,
            QStringLiteral("acme-hours"), QStringLiteral("Acme hours"), &error);
    if (calendar != QLatin1String("acme-hours"))
        qWarning("duplicateCalendar: %s", qPrintable(error));
    editor->show();
    return editor;
}

void TestCatalogEditor::builtInEntriesAreReadOnly()
{
    CatalogEditorDialog editor(m_catalog, m_path, {}, forwardingRunner());
    editor.show();
    QVERIFY(editor.selectPlan(QStringLiteral("vkcs/standard")));
    QVERIFY(editor.planNameEdit(0)->isReadOnly());
    QVERIFY(!editor.severitiesTable()->cellWidget(0, 2)->isEnabled());
    QVERIFY(editor.selectCalendar(QStringLiteral("moscow-business")));
    QVERIFY(!editor.zoneCombo()->isEnabled());
    QVERIFY(editor.weekdayEdit(0)->isReadOnly());
    QVERIFY(!editor.saveButton()->isEnabled());
    QVERIFY(editor.problems().isEmpty());
    QVERIFY(!editor.isModified());
    QVERIFY(!QFile::exists(m_path));
}

void TestCatalogEditor::emptyIdIsRefused()
{
    CatalogEditorDialog editor(m_catalog, m_path, {}, forwardingRunner());
    editor.show();
    QVERIFY(editor.selectPlan(QStringLiteral("stormbpmn/team")));
    bool okEnabled = true;
    QString problem;
    bool ran = false;
    m_runner = [&](QDialog &dialog) {
        ran = true;
        auto *ids = qobject_cast<CatalogIdDialog *>(&dialog);
        if (!ids)
            return int(QDialog::Rejected);
        typeInto(ids->primaryIdEdit(), QString());
        okEnabled =
                dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
        problem = dialog.findChild<QLabel *>(QStringLiteral("idProblem"))->text();
        if (!CatalogEditing::isMarkedInvalid(ids->primaryIdEdit()))
            problem.clear();
        // A bad id, then one that names a built-in provider.
        typeInto(ids->primaryIdEdit(), QStringLiteral("Gold Plan"));
        okEnabled =
                okEnabled ||
                dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
        return int(QDialog::Rejected);
    };
    editor.duplicateSelected();
    QVERIFY(ran);
    QVERIFY(!okEnabled);
    QVERIFY(!problem.isEmpty());
    QVERIFY(editor.team().plans.isEmpty());

    QVERIFY(!editor.isModified());
    QVERIFY(!QFile::exists(m_path));
}

void TestCatalogEditor::invalidInputNeverReachesDisk_data()
{
    QTest::addColumn<QString>("field"); // what the test types into
    QTest::addColumn<QString>("text");
    QTest::newRow("bad time zone") << "zone"
                                   << "Mars/Olympus_Mons";
    QTest::newRow("empty time zone") << "zone"
                                     << "";
    QTest::newRow("overlapping hours") << "weekday"
                                       << "09:00–13:00, 12:00–18:00";
    QTest::newRow("end before start") << "weekday"
                                      << "18:00–09:00";
    QTest::newRow("not a time") << "weekday"
                                << "nine to five";
    QTest::newRow("hour 25") << "weekday"
                             << "09:00–25:00";
    QTest::newRow("empty calendar name") << "calendarName"
                                         << "";
    QTest::newRow("empty plan name") << "planName"
                                     << "";
    QTest::newRow("empty severity code") << "severityCode"
                                         << "";
    QTest::newRow("severity code with spaces") << "severityCode"
                                               << "very bad";
}

void TestCatalogEditor::invalidInputNeverReachesDisk()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    auto editor = editorWithDrafts();
    QVERIFY(editor->problems().isEmpty());
    QVERIFY(editor->saveButton()->isEnabled());

    QWidget *marked = nullptr;
    if (field == QLatin1String("zone")) {
        QVERIFY(editor->selectCalendar(QStringLiteral("acme-hours")));
        editor->zoneCombo()->setFocus();
        editor->zoneCombo()->lineEdit()->selectAll();
        QTest::keyClick(editor->zoneCombo()->lineEdit(), Qt::Key_Backspace);
        QTest::keyClicks(editor->zoneCombo()->lineEdit(), text);
        marked = editor->zoneCombo();
    } else if (field == QLatin1String("weekday")) {
        QVERIFY(editor->selectCalendar(QStringLiteral("acme-hours")));
        typeInto(editor->weekdayEdit(2), text);
        marked = editor->weekdayEdit(2);
    } else if (field == QLatin1String("calendarName")) {
        QVERIFY(editor->selectCalendar(QStringLiteral("acme-hours")));
        auto *name = editor->findChild<QLineEdit *>(QStringLiteral("calendarName_en"));
        typeInto(name, text);
        marked = name;
    } else if (field == QLatin1String("planName")) {
        QVERIFY(editor->selectPlan(QStringLiteral("acme/gold")));
        typeInto(editor->planNameEdit(0), text);
        marked = editor->planNameEdit(0);
    } else if (field == QLatin1String("severityCode")) {
        QVERIFY(editor->selectPlan(QStringLiteral("acme/gold")));
        auto *code = qobject_cast<QLineEdit *>(editor->severitiesTable()->cellWidget(0, 0));
        QVERIFY(code);
        typeInto(code, text);
        marked = editor->severitiesTable()->cellWidget(0, 0);
    }
    QVERIFY(marked);
    // Flagged inline, on the field itself, with the reason as its tooltip.
    QVERIFY2(CatalogEditing::isMarkedInvalid(marked), qPrintable(field));
    QVERIFY(!marked->toolTip().isEmpty());
    QVERIFY(!editor->problems().isEmpty());
    QVERIFY(!editor->banner()->isHidden());
    QVERIFY(!editor->saveButton()->isEnabled());
    // Even when asked to, nothing is written.
    QVERIFY(!editor->save());
    QVERIFY(!QFile::exists(m_path));
    QVERIFY(!editor->saved());
}

void TestCatalogEditor::invalidInputKeepsAnExistingFile()
{
    {
        auto editor = editorWithDrafts();
        QVERIFY(editor->save());
    }
    QVERIFY(QFile::exists(m_path));
    const QByteArray before = fileDigest(m_path);
    CatalogEditorDialog editor(m_catalog, m_path, {}, forwardingRunner());
    editor.show();
    QVERIFY(editor.selectCalendar(QStringLiteral("acme-hours")));
    typeInto(editor.weekdayEdit(0), QStringLiteral("10:00–12:00, 11:30–19:00"));
    QVERIFY(CatalogEditing::isMarkedInvalid(editor.weekdayEdit(0)));
    QVERIFY(!editor.save());
    QCOMPARE(fileDigest(m_path), before);
    // Corrected, it saves.
    typeInto(editor.weekdayEdit(0), QStringLiteral("10:00–12:00, 12:30–19:00"));
    QVERIFY(!CatalogEditing::isMarkedInvalid(editor.weekdayEdit(0)));
    QVERIFY(editor.save());
    QVERIFY(fileDigest(m_path) != before);
}

void TestCatalogEditor::targetsCannotBeNegative()
{
    auto editor = editorWithDrafts();
    QVERIFY(editor->selectPlan(QStringLiteral("acme/gold")));
    auto *target = qobject_cast<TargetEdit *>(editor->severitiesTable()->cellWidget(0, 2));
    QVERIFY(target);
    QSpinBox *amount = target->amountSpin();
    amount->setFocus();
    amount->selectAll();
    QTest::keyClicks(amount, QStringLiteral("-5"));
    QVERIFY(amount->value() > 0);
    amount->setValue(-5);
    QVERIFY(amount->value() >= 1);
    QVERIFY(target->target().amount > 0);
    QVERIFY(editor->save());
    const CatalogPtr saved = Catalog::load({m_path});
    QVERIFY(saved);
    for (const SeverityTargets &t : saved->plan(QStringLiteral("acme/gold"))->targets) {
        QVERIFY(!t.response.committed || t.response.amount > 0);
        QVERIFY(!t.resolution.committed || t.resolution.amount > 0);
    }
}

void TestCatalogEditor::validEditsAreSavedAndLoadAgain()
{
    auto editor = editorWithDrafts();
    // The calendar: Monday with a lunch break, Saturday mornings, Moscow time.
    QVERIFY(editor->selectCalendar(QStringLiteral("acme-hours")));
    typeInto(editor->weekdayEdit(0), QStringLiteral("09:00–13:00, 14:00–18:00"));
    typeInto(editor->weekdayEdit(5), QStringLiteral("10:00-14:00"));
    QVERIFY(!CatalogEditing::isMarkedInvalid(editor->weekdayEdit(0)));
    // The plan: a new name, counted on the new calendar, P1 response 4 working hours.
    QVERIFY(editor->selectPlan(QStringLiteral("acme/gold")));
    typeInto(editor->planNameEdit(0), QStringLiteral("Gold Support"));
    auto *calendars = editor->findChild<QComboBox *>(QStringLiteral("planCalendarCombo"));
    QVERIFY(calendars);
    const int acme = calendars->findData(QStringLiteral("acme-hours"));
    QVERIFY(acme >= 0);
    calendars->setCurrentIndex(acme);
    auto *response = qobject_cast<TargetEdit *>(editor->severitiesTable()->cellWidget(0, 2));
    response->unitCombo()->setCurrentIndex(response->unitCombo()->findData(int(TargetUnit::Hours)));
    response->amountSpin()->setValue(4);
    QVERIFY2(editor->problems().isEmpty(), qPrintable(editor->problems().join(QLatin1Char('\n'))));
    QVERIFY(editor->saveButton()->isEnabled());
    QVERIFY(editor->save());
    QVERIFY(editor->saved());

    QString error;
    const CatalogPtr loaded = Catalog::load({m_path}, &error);
    QVERIFY2(loaded, qPrintable(error));
    const Plan *plan = loaded->plan(QStringLiteral("acme/gold"));
    QVERIFY(plan);
    QVERIFY(!plan->builtIn);
    QCOMPARE(plan->names.english(), QStringLiteral("Gold Support"));
    QCOMPARE(plan->calendarId, QStringLiteral("acme-hours"));
    const SeverityTargets *critical = plan->targetsFor(plan->severities.first());
    QVERIFY(critical);
    QCOMPARE(critical->response.amount, qint64(4));
    QCOMPARE(critical->response.unit, TargetUnit::Hours);
    QVERIFY(loaded->provider(QStringLiteral("acme")));
    QCOMPARE(loaded->provider(QStringLiteral("acme"))->names.english(), QStringLiteral("Acme"));
    const WorkCalendarPtr calendar = loaded->calendar(QStringLiteral("acme-hours"));
    QVERIFY(calendar);
    const CalendarSpec &spec = calendar->spec();
    QCOMPARE(spec.timeZone, QByteArray("Europe/Moscow"));
    QCOMPARE(spec.weekly[0].size(), 2);
    QCOMPARE(spec.weekly[0][0].startMinute, 9 * 60);
    QCOMPARE(spec.weekly[0][1].endMinute, 18 * 60);
    QCOMPARE(spec.weekly[5].size(), 1);
    QCOMPARE(spec.weekly[5][0].startMinute, 10 * 60);
    // The file on its own (with the built-in calendars it names as holiday sets) loads too.
    QVERIFY(Catalog::loadFiles({m_path}, &error) || !error.isEmpty());
    // The built-in plan it came from is untouched.
    QCOMPARE(loaded->plan(QStringLiteral("stormbpmn/enterprise"))->calendarId,
             m_catalog->plan(QStringLiteral("stormbpmn/enterprise"))->calendarId);

    // Opening the editor again shows the saved team catalog, editable.
    CatalogEditorDialog again(loaded, m_path, {}, m_runner);
    QVERIFY(again.selectPlan(QStringLiteral("acme/gold")));
    QVERIFY(!again.planNameEdit(0)->isReadOnly());
    QCOMPARE(again.planNameEdit(0)->text(), QStringLiteral("Gold Support"));
    QCOMPARE(again.team().plans.size(), 1);
}

void TestCatalogEditor::leadTimesOfABuiltInPlan()
{
    // Tencent Cloud Enterprise is built in and read-only, but its lead times (Warn before breach)
    // go to the team file: typed, checked live with the loader's message, saved, loaded again.
    CatalogEditorDialog editor(m_catalog, m_path, {}, m_runner);
    QVERIFY(editor.selectPlan(QStringLiteral("tencent/enterprise")));
    QVERIFY(editor.planNameEdit(0)->isReadOnly());
    auto *table = editor.findChild<QTableWidget *>(QStringLiteral("leadTimesTable"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 4); // all severities, down, abnormal, consult
    auto *allResponse = editor.findChild<QLineEdit *>(QStringLiteral("leadTimeResponse0"));
    auto *downResponse = editor.findChild<QLineEdit *>(QStringLiteral("leadTimeResponse1"));
    auto *downResolution = editor.findChild<QLineEdit *>(QStringLiteral("leadTimeResolution1"));
    QVERIFY(allResponse && downResponse && downResolution);
    QVERIFY(downResponse->isEnabled());
    QVERIFY(!downResolution->isEnabled()); // no resolution target: nothing to warn before
    QCOMPARE(downResponse->placeholderText(), QStringLiteral("25%"));

    // 15 minutes is the whole target: refused on the field, nothing to save.
    typeInto(downResponse, QStringLiteral("15m"));
    QVERIFY(CatalogEditing::isMarkedInvalid(downResponse));
    QCOMPARE(downResponse->toolTip(),
             QStringLiteral("15m is not below the target (15m of working time): a ticket would "
                            "be at risk from the start"));
    QVERIFY(!editor.saveButton()->isEnabled());
    typeInto(downResponse, QStringLiteral("in a while"));
    QVERIFY(CatalogEditing::isMarkedInvalid(downResponse));
    QVERIFY(downResponse->toolTip().startsWith(
            QStringLiteral("\"in a while\" is not a lead time")));
    typeInto(downResponse, QStringLiteral("10m"));
    QVERIFY(!CatalogEditing::isMarkedInvalid(downResponse));
    // The plan-wide value becomes what an empty severity field stands for.
    typeInto(allResponse, QStringLiteral("50%"));
    QCOMPARE(editor.findChild<QLineEdit *>(QStringLiteral("leadTimeResponse2"))->placeholderText(),
             QStringLiteral("50%"));
    QVERIFY2(editor.problems().isEmpty(), qPrintable(editor.problems().join(QLatin1Char('\n'))));
    QVERIFY(editor.saveButton()->isEnabled());
    QVERIFY(editor.save());

    QString error;
    const CatalogPtr loaded = Catalog::load({m_path}, &error);
    QVERIFY2(loaded, qPrintable(error));
    QCOMPARE(loaded->leadTime(QStringLiteral("tencent/enterprise"), QStringLiteral("down"),
                              TargetKind::Response),
             LeadTime::duration(600));
    QCOMPARE(loaded->leadTime(QStringLiteral("tencent/enterprise"), QStringLiteral("consult"),
                              TargetKind::Response),
             LeadTime::share(5000));
    QVERIFY(loaded->plan(QStringLiteral("tencent/enterprise"))->builtIn);

    // Opened again, the editor shows them; emptied, they leave the file.
    CatalogEditorDialog again(loaded, m_path, {}, m_runner);
    QVERIFY(again.selectPlan(QStringLiteral("tencent/enterprise")));
    auto *shown = again.findChild<QLineEdit *>(QStringLiteral("leadTimeResponse1"));
    QCOMPARE(shown->text(), QStringLiteral("10m"));
    typeInto(shown, QString());
    typeInto(again.findChild<QLineEdit *>(QStringLiteral("leadTimeResponse0")), QString());
    QVERIFY(again.save());
    const CatalogPtr emptied = Catalog::load({m_path}, &error);
    QVERIFY2(emptied, qPrintable(error));
    QVERIFY(emptied->leadTimeRules().isEmpty());
}

void TestCatalogEditor::icsImportGivesTheExpectedCalendar()
{
    const QString ics = m_dir->filePath(QStringLiteral("days-off.ics"));
    {
        QFile file(ics);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(testsupport::daysOffIcs());
    }
    auto editor = editorWithDrafts();
    // Only a team calendar takes days off.
    QVERIFY(editor->selectCalendar(QStringLiteral("moscow-business")));
    QString error;
    QCOMPARE(editor->importIcsFile(ics, &error), -1);
    QVERIFY(!error.isEmpty());

    QVERIFY(editor->selectCalendar(QStringLiteral("acme-hours")));
    const int before = editor->exceptionsTable()->rowCount();
    QCOMPARE(editor->importIcsFile(ics, &error), 3);
    QCOMPARE(editor->exceptionsTable()->rowCount(), before + 3);
    auto *result = editor->findChild<QLabel *>(QStringLiteral("importResult"));
    QVERIFY(result && result->text().contains(QLatin1String("3")));
    QVERIFY(result->text().contains(QLatin1String("skipped")));
    // A second import adds nothing. (What the days are, in the saved file and to the engine:
    // tests/presenters/tst_catalogeditingsession.cpp.)
    QCOMPARE(editor->importIcsFile(ics, &error), 0);
    QCOMPARE(editor->exceptionsTable()->rowCount(), before + 3);
    QVERIFY(editor->save());
    QVERIFY(QFile::exists(m_path));
}

void TestCatalogEditor::brokenIcsIsReported()
{
    const QString ics = m_dir->filePath(QStringLiteral("broken.ics"));
    {
        QFile file(ics);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:No start\r\nEND:VEVENT\r\n"
                   "END:VCALENDAR\r\n");
    }
    auto editor = editorWithDrafts();
    QVERIFY(editor->selectCalendar(QStringLiteral("acme-hours")));
    const int before = editor->exceptionsTable()->rowCount();
    QString error;
    QCOMPARE(editor->importIcsFile(ics, &error), -1);
    QVERIFY2(error.contains(QLatin1String("broken.ics")), qPrintable(error));
    QCOMPARE(editor->exceptionsTable()->rowCount(), before);
    QCOMPARE(editor->importIcsFile(m_dir->filePath(QStringLiteral("missing.ics")), &error), -1);
    QVERIFY(!QFile::exists(m_path));
}

void TestCatalogEditor::sharedDatabaseNeedsAConnection()
{
    // Not connected: Save writes this computer's file; the database destination is disabled and
    // the editor says why.
    CatalogEditorDialog editor(m_catalog, m_path, {}, forwardingRunner());
    QCOMPARE(editor.destination(), CatalogEditorDialog::Destination::ThisComputer);
    QVERIFY(!editor.setDestination(CatalogEditorDialog::Destination::SharedDatabase));
    QString why;
    QVERIFY(!editor.canSaveToDatabase(&why));
    QVERIFY(why.contains(QLatin1String("not connected")));
    auto *model = qobject_cast<QStandardItemModel *>(editor.destinationCombo()->model());
    QVERIFY(model);
    QVERIFY(!model->item(1)->isEnabled());
    QVERIFY(model->item(0)->isEnabled());
    auto *note = editor.findChild<QLabel *>(QStringLiteral("storageNote"));
    QVERIFY(note);
    QVERIFY(note->text().remove(QChar(0x200B)).contains(QDir::toNativeSeparators(m_path)));
    QVERIFY(note->text().contains(QLatin1String("not connected")));
    QVERIFY(!note->text().contains(QLatin1String("not available yet")));
}

void TestCatalogEditor::sharedDatabaseIsReadOffTheGuiThread()
{
    QVERIFY(openDatabase());
    CatalogEditorDialog editor(m_catalog, m_path, {}, shared(m_lead), forwardingRunner());
    editor.show();
    // The store call's outcome comes through the event loop: until then the editor says that it
    // reads and takes no edits.
    QVERIFY(editor.isBusy());
    QVERIFY(!editor.session()->isOpen());
    QVERIFY(!editor.tree()->isEnabled());
    QVERIFY(!editor.saveButton()->isEnabled());
    QCOMPARE(editor.banner()->type(), PlansBanner::Information);
    QVERIFY(editor.banner()->text().contains(QLatin1String("shared database")));
    QVERIFY(settled(editor));
    QVERIFY(editor.session()->isOpen());
    QVERIFY(editor.tree()->isEnabled());
    QVERIFY(editor.tree()->topLevelItem(0)->childCount() > 0);
    QVERIFY(editor.banner()->text().isEmpty());
    QCOMPARE(editor.focusWidget(), editor.tree());
    QCOMPARE(editor.destination(), CatalogEditorDialog::Destination::SharedDatabase);
}

void TestCatalogEditor::leadSavesToSharedDatabase()
{
    QVERIFY(openDatabase());
    auto editor = editorWithDrafts(shared(m_lead));
    QVERIFY(editor->canSaveToDatabase());
    // No team file yet: a lead's Save goes to the team's database by default.
    QCOMPARE(editor->destination(), CatalogEditorDialog::Destination::SharedDatabase);
    auto *note = editor->findChild<QLabel *>(QStringLiteral("storageNote"));
    QVERIFY(note->text().contains(QLatin1String("shared database")));
    QVERIFY(editor->selectPlan(QStringLiteral("acme/gold")));
    typeInto(editor->planNameEdit(0), QStringLiteral("Gold Support"));
    QVERIFY(editor->saveButton()->isEnabled());
    // The store call runs off the GUI thread; meanwhile the editor takes no edits.
    QVERIFY(editor->save());
    QVERIFY(editor->isBusy());
    QVERIFY(!editor->saveButton()->isEnabled());
    QVERIFY(settled(*editor));
    QVERIFY(editor->saved());
    QCOMPARE(editor->savedTo(), CatalogEditorDialog::Destination::SharedDatabase);
    QVERIFY(!QFile::exists(m_path)); // nothing on this computer

    QVector<TeamCatalogFile> files = databaseFiles();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files[0].name, QStringLiteral("team.json"));
    QCOMPARE(files[0].rowVersion, 1);
    QCOMPARE(files[0].updatedBy, m_lead.id);

    // Another client's catalog: built-in + its local files + the database's files.
    QString localError;
    QStringList skipped;
    const CatalogPtr loaded = TeamCatalogStore::loadCombined({}, files, &localError, &skipped);
    QVERIFY2(loaded && localError.isEmpty() && skipped.isEmpty(),
             qPrintable(localError + skipped.join(QLatin1Char('\n'))));
    QVERIFY(loaded->plan(QStringLiteral("acme/gold")));
    QCOMPARE(loaded->plan(QStringLiteral("acme/gold"))->names.english(),
             QStringLiteral("Gold Support"));
    // The Plans workspace connected to the database loads it the same way.
    PlansWorkspace workspace;
    workspace.setTeamCatalogFiles([] { return QStringList(); });
    workspace.setSharedDatabase(m_db->url(), m_lead, &m_clock);
    QString error;
    QVERIFY2(workspace.reloadCatalog(&error, &skipped), qPrintable(error));
    QVERIFY(skipped.isEmpty());
    QVERIFY(workspace.catalog()->plan(QStringLiteral("acme/gold")));

    // Opening the editor again edits the database's copy; the next save is version 2.
    CatalogEditorDialog again(loaded, m_path, {}, shared(m_lead), forwardingRunner());
    QVERIFY(settled(again));
    QVERIFY(again.openedFromDatabase());
    QCOMPARE(again.destination(), CatalogEditorDialog::Destination::SharedDatabase);
    QVERIFY(again.selectPlan(QStringLiteral("acme/gold")));
    QVERIFY(!again.planNameEdit(0)->isReadOnly());
    typeInto(again.planNameEdit(0), QStringLiteral("Gold Plus"));
    QVERIFY(again.save());
    QVERIFY(settled(again));
    QVERIFY(again.saved());
    files = databaseFiles();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files[0].rowVersion, 2);
    QVERIFY(files[0].content.contains("Gold Plus"));
}

void TestCatalogEditor::agentCannotSaveToSharedDatabase()
{
    QVERIFY(openDatabase());
    auto editor = editorWithDrafts(shared(m_agent));
    QString why;
    QVERIFY(!editor->canSaveToDatabase(&why));
    QVERIFY2(why.contains(QLatin1String("Only a team lead")), qPrintable(why));
    QCOMPARE(editor->destination(), CatalogEditorDialog::Destination::ThisComputer);
    QVERIFY(!editor->setDestination(CatalogEditorDialog::Destination::SharedDatabase));
    auto *model = qobject_cast<QStandardItemModel *>(editor->destinationCombo()->model());
    QVERIFY(!model->item(1)->isEnabled());
    QCOMPARE(editor->destinationCombo()->itemData(1, Qt::ToolTipRole).toString(), why);
    auto *note = editor->findChild<QLabel *>(QStringLiteral("storageNote"));
    QVERIFY(note->text().contains(QLatin1String("Only a team lead")));
    // Saving still works to this computer, and never reaches the database.
    QVERIFY(editor->save());
    QCOMPARE(editor->savedTo(), CatalogEditorDialog::Destination::ThisComputer);
    QVERIFY(QFile::exists(m_path));
    QVERIFY(databaseFiles().isEmpty());
}

void TestCatalogEditor::invalidInputNeverReachesDatabase()
{
    QVERIFY(openDatabase());
    auto editor = editorWithDrafts(shared(m_lead));
    QVERIFY(editor->setDestination(CatalogEditorDialog::Destination::SharedDatabase));
    QVERIFY(editor->selectCalendar(QStringLiteral("acme-hours")));
    typeInto(editor->weekdayEdit(2), QStringLiteral("25:00-26:00"));
    QVERIFY(CatalogEditing::isMarkedInvalid(editor->weekdayEdit(2)));
    QVERIFY(!editor->saveButton()->isEnabled());
    QVERIFY(!editor->save());
    QVERIFY(databaseFiles().isEmpty());
    // A plan id the built-in catalog has: refused, by the editor and by the store.
    typeInto(editor->weekdayEdit(2), QStringLiteral("09:00-18:00"));
    QVERIFY(editor->problems().isEmpty());
    TeamCatalog clash = editor->team();
    clash.plans.first().id = QStringLiteral("stormbpmn/enterprise");
    StoreError error;
    QCOMPARE(m_teamStore->save(m_lead.id, QStringLiteral("team.json"), CatalogWriter::toJson(clash),
                               0, &error),
             0);
    QCOMPARE(error.kind, StoreError::Kind::Invalid);
    QVERIFY(databaseFiles().isEmpty());
    QVERIFY(!QFile::exists(m_path));
}

void TestCatalogEditor::concurrentSavesConflict()
{
    QVERIFY(openDatabase());
    auto first = editorWithDrafts(shared(m_lead));
    auto second = editorWithDrafts(shared(m_lead));
    QVERIFY(first->save());
    QVERIFY(settled(*first));
    QVERIFY(first->saved());
    QCOMPARE(second->destination(), CatalogEditorDialog::Destination::SharedDatabase);
    QVERIFY(second->save());
    QVERIFY(settled(*second));
    QVERIFY(!second->saved());
    QVERIFY2(second->banner()->text().contains(QLatin1String("database:team.json")),
             qPrintable(second->banner()->text()));
    QCOMPARE(databaseFiles().size(), 1);
    QCOMPARE(databaseFiles().first().rowVersion, 1);
}

void TestCatalogEditor::badDatabaseFileIsSkipped()
{
    QVERIFY(openDatabase());
    {
        auto editor = editorWithDrafts(shared(m_lead));
        QVERIFY(editor->save());
        QVERIFY(settled(*editor));
    }
    // A file that got into the database some other way (an older Dueline, a hand edit).
    QSqlQuery q = m_store->connection().query();
    QVERIFY(q.exec(QStringLiteral("INSERT INTO team_catalog_files (name, content, row_version, "
                                  "updated_at) VALUES ('zz-bad.json', '{\"format\": 1', 1, 0)")));
    PlansWorkspace workspace;
    workspace.setTeamCatalogFiles([] { return QStringList(); });
    workspace.setSharedDatabase(m_db->url(), m_agent, &m_clock);
    QString error;
    QStringList skipped;
    QVERIFY2(workspace.reloadCatalog(&error, &skipped), qPrintable(error));
    QCOMPARE(skipped.size(), 1);
    QVERIFY2(skipped.first().startsWith(QLatin1String("database:zz-bad.json")),
             qPrintable(skipped.first()));
    // The good file still counts.
    QVERIFY(workspace.catalog()->plan(QStringLiteral("acme/gold")));
}

QTEST_MAIN(TestCatalogEditor)
#include "tst_catalogeditor.moc"
