// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard use of the whole application (issue 19), offscreen on a temporary SQLite queue: Tab
// and Shift+Tab between the queue's areas, J/K and the arrows between its rows, one binding per
// key sequence in every window, Ctrl+Enter submitting every dialog with a multi-line text,
// &-mnemonics unique in every menu, the menu bar and each window and dialog in English, Russian
// and Simplified Chinese, and Help ▸ Keyboard Shortcuts listing every action with its keys.
// Every dialog is opened the way a user opens it (its menu action or button) and reaches the test
// through the dialog runner, which walks it instead of running it.
#include "app/bootstrap/i18n.h"
#include "models/item/ticker.h"
#include "models/store/ticketstore.h"
#include "tests/support/fakeclock.h"
#include "tests/support/queueopening.h"
#include "views/common/commonui.h"
#include "views/plans/catalogeditordialog.h"
#include "views/plans/plansworkspace.h"
#include "views/queue/newticketdialog.h"
#include "views/queue/queueworkspace.h"
#include "views/queue/ticketactiondialog.h"
#include "views/queue/ticketpanel.h"
#include "views/shell/agentpickerdialog.h"
#include "views/shell/mainwindow.h"
#include "views/shell/notificationsettingsdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QShortcut>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>
#include <QTreeWidget>
#include <QWidgetAction>

#include <memory>

using namespace dueline;

namespace {

void processLanguageChange()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
}

// The character a '&' marks in `text` ("&&" is a literal ampersand), in upper case; null when
// there is none. The same rule as QKeySequence::mnemonic(), for menus too.
QChar mnemonicOf(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toUpper();
    }
    return {};
}

// A label as the user reads it: "&Take" → "Take", "领取(&T)…" → "领取".
QString plain(QString text)
{
    static const QRegularExpression chinese(QStringLiteral("[(\uFF08]&[^)\uFF09][)\uFF09]"));
    text.remove(chinese);
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    text.remove(QStringLiteral("…"));
    return text.trimmed();
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// The window an object's shortcuts and mnemonics work in: the nearest window above it that is
// not a menu (a menu belongs to the window that opens it).
QWidget *ownerWindow(QObject *object)
{
    while (object && !object->isWidgetType())
        object = object->parent();
    auto *widget = static_cast<QWidget *>(object);
    while (widget && (!widget->isWindow() || qobject_cast<QMenu *>(widget)))
        widget = widget->parentWidget();
    return widget;
}

template<typename T>
QList<T *> ownChildren(QWidget *window)
{
    QList<T *> own;
    for (T *child : window->findChildren<T *>()) {
        if (ownerWindow(child) == window)
            own << child;
    }
    return own;
}

bool hasCyrillic(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x0400 && c.unicode() <= 0x04FF)
            return true;
    }
    return false;
}

bool hasHan(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

// Walks windows, dialogs and menus and writes down what clashes.
class KeyboardWalker
{
public:
    QStringList mnemonicIssues; // a mnemonic taken twice, a '&' shown literally
    QStringList keyIssues; // a key sequence bound twice in one window
    QStringList submitIssues; // a dialog with a multi-line text that Ctrl+Enter does not submit
    QStringList walked; // the windows and dialogs walked, by object name

    void walkWindow(QWidget *window, const QString &name)
    {
        walked << window->objectName();
        walkScope(window, {}, name);
        for (QMenu *menu : ownChildren<QMenu>(window)) {
            QString title = plain(menu->title());
            if (title.isEmpty())
                title = menu->objectName();
            walkMenu(QStringLiteral("%1: menu %2").arg(name, quoted(title)), menu->actions());
        }
        for (QWidget *widget : ownChildren<QWidget>(window)) {
            if (widget->contextMenuPolicy() == Qt::ActionsContextMenu &&
                !widget->actions().isEmpty())
                walkMenu(QStringLiteral("%1: context menu of %2").arg(name, widget->objectName()),
                         widget->actions());
            // Popups of the window's own (a chooser's panel): a scope of their own.
            if (widget->isWindow() && widget->windowType() == Qt::Popup &&
                !qobject_cast<QMenu *>(widget) && widget != window)
                walkScope(widget, {},
                          QStringLiteral("%1: popup %2").arg(name, widget->objectName()));
        }
        walkKeys(window, name);
    }

private:
    struct Key
    {
        QString key; // "Alt+S", "Ctrl+Shift+O", or a menu's letter "S"
        QString what;
        const void *owner;
    };
    using Keys = QVector<Key>;

    void addMnemonic(Keys *keys, const QString &text, const void *owner, const QString &what = {})
    {
        const QChar m = mnemonicOf(text);
        if (!m.isNull())
            *keys << Key{QStringLiteral("Alt+") + m, what.isEmpty() ? quoted(text) : what, owner};
    }

    // The mnemonics of `widget` itself.
    void widgetMnemonics(QWidget *widget, Keys *keys, const QString &scope)
    {
        if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            addMnemonic(keys, button->text(), button);
            // A standard button with the platform's text: GNOME's and KDE's have a mnemonic
            // ("&OK", "&Cancel") where this platform's has none.
            const QString desktop = desktopButtonText(button);
            if (!desktop.isEmpty())
                addMnemonic(keys, desktop, button,
                            QStringLiteral("%1 (GNOME)").arg(quoted(desktop)));
        } else if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->buddy()) {
                addMnemonic(keys, label->text(), label);
            } else if (!mnemonicOf(label->text()).isNull() && label->textFormat() != Qt::RichText &&
                       (label->textFormat() == Qt::PlainText ||
                        !Qt::mightBeRichText(label->text()))) {
                mnemonicIssues << QStringLiteral("%1: the label %2 has a mnemonic but no buddy "
                                                 "(its '&' shows)")
                                          .arg(scope, quoted(label->text()));
            }
        } else if (auto *box = qobject_cast<QGroupBox *>(widget)) {
            addMnemonic(keys, box->title(), box);
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                addMnemonic(keys, tabs->tabText(i), tabs,
                            QStringLiteral("tab %1").arg(quoted(tabs->tabText(i))));
        } else if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
            for (QAction *action : bar->actions())
                addMnemonic(keys, action->text(), action,
                            QStringLiteral("menu %1").arg(quoted(action->text())));
        }
    }

    // What GNOME's platform theme writes on a standard button that shows the generic text (Qt
    // translates both, qgenericunixthemes.cpp); empty for any other button.
    static QString desktopButtonText(QAbstractButton *button)
    {
        auto *box = button->parentWidget()
                            ? qobject_cast<QDialogButtonBox *>(button->parentWidget())
                            : nullptr;
        auto *push = qobject_cast<QPushButton *>(button);
        if (!box || !push)
            return {};
        struct Text
        {
            QDialogButtonBox::StandardButton button;
            const char *generic;
            const char *gnome;
        };
        static const Text texts[] = {{QDialogButtonBox::Ok, "OK", "&OK"},
                                     {QDialogButtonBox::Save, "Save", "&Save"},
                                     {QDialogButtonBox::Cancel, "Cancel", "&Cancel"},
                                     {QDialogButtonBox::Close, "Close", "&Close"}};
        for (const Text &t : texts) {
            if (box->standardButton(push) == t.button &&
                button->text() == QCoreApplication::translate("QPlatformTheme", t.generic))
                return QCoreApplication::translate("QGnomeTheme", t.gnome);
        }
        return {};
    }

    // The mnemonics under `widget`, not looking into other windows; the pages of stacked widgets
    // (and so of tab widgets) are left for walkScope(), one at a time.
    void collect(QWidget *widget, Keys *keys, QList<QWidget *> *pages, const QString &scope)
    {
        for (QObject *object : widget->children()) {
            auto *child = qobject_cast<QWidget *>(object);
            if (!child || child->isWindow())
                continue;
            widgetMnemonics(child, keys, scope);
            if (auto *stack = qobject_cast<QStackedWidget *>(child)) {
                for (int i = 0; i < stack->count(); ++i)
                    *pages << stack->widget(i);
                continue;
            }
            collect(child, keys, pages, scope);
        }
    }

    // A scope: what is always there plus one page of each stacked widget at a time.
    void walkScope(QWidget *root, const Keys &base, const QString &scope)
    {
        Keys keys = base;
        QList<QWidget *> pages;
        collect(root, &keys, &pages, scope);
        report(scope, keys, &mnemonicIssues);
        for (QWidget *page : pages)
            walkScope(page, keys,
                      page->objectName().isEmpty()
                              ? scope
                              : QStringLiteral("%1 › %2").arg(scope, page->objectName()));
    }

    void walkMenu(const QString &scope, const QList<QAction *> &actions)
    {
        Keys keys;
        for (QAction *action : actions) {
            if (action->isSeparator())
                continue;
            const QChar m = mnemonicOf(action->text());
            if (!m.isNull())
                keys << Key{QString(m), quoted(action->text()), action};
            if (auto *widgetAction = qobject_cast<QWidgetAction *>(action)) {
                if (QWidget *widget = widgetAction->defaultWidget()) {
                    Keys inner;
                    QList<QWidget *> pages;
                    collect(widget, &inner, &pages, scope);
                    for (Key k : inner) {
                        k.key.remove(QStringLiteral("Alt+"));
                        keys << k;
                    }
                }
            }
        }
        report(scope, keys, &mnemonicIssues);
    }

    // Every key sequence bound in `window`: its actions' shortcuts (standard keys as this
    // platform binds them), its QShortcuts, its buttons' own shortcuts and the menu bar's
    // mnemonics; a multi-line text asks for Ctrl+Enter and Ctrl+Return.
    void walkKeys(QWidget *window, const QString &name)
    {
        Keys keys;
        QSet<QAction *> actions;
        for (QAction *action : ownChildren<QAction>(window))
            actions.insert(action);
        QList<QWidget *> widgets = ownChildren<QWidget>(window);
        widgets << window;
        for (QWidget *widget : std::as_const(widgets)) {
            for (QAction *action : widget->actions())
                actions.insert(action);
        }
        for (QAction *action : std::as_const(actions)) {
            if (action->associatedObjects().isEmpty())
                continue; // in no widget: its shortcut never fires
            for (const QKeySequence &key : action->shortcuts())
                keys << Key{key.toString(QKeySequence::PortableText),
                            action->text().isEmpty() ? action->objectName()
                                                     : quoted(action->text()),
                            action};
        }
        for (QShortcut *shortcut : ownChildren<QShortcut>(window)) {
            for (const QKeySequence &key : shortcut->keys())
                keys << Key{key.toString(QKeySequence::PortableText),
                            QStringLiteral("shortcut %1").arg(shortcut->objectName()), shortcut};
        }
        for (QAbstractButton *button : ownChildren<QAbstractButton>(window)) {
            const QKeySequence key = button->shortcut();
            if (!key.isEmpty() && key != QKeySequence::mnemonic(button->text()))
                keys << Key{key.toString(QKeySequence::PortableText),
                            QStringLiteral("button %1").arg(quoted(button->text())), button};
        }
        for (QMenuBar *bar : ownChildren<QMenuBar>(window)) {
            for (QAction *action : bar->actions()) {
                const QKeySequence key = QKeySequence::mnemonic(action->text());
                if (!key.isEmpty())
                    keys << Key{key.toString(QKeySequence::PortableText),
                                QStringLiteral("menu %1").arg(quoted(action->text())), action};
            }
        }
        report(name, keys, &keyIssues);

        bool multiLine = false;
        for (QPlainTextEdit *edit : ownChildren<QPlainTextEdit>(window))
            multiLine = multiLine || !edit->isReadOnly();
        for (QTextEdit *edit : ownChildren<QTextEdit>(window))
            multiLine = multiLine || !edit->isReadOnly();
        if (multiLine && qobject_cast<QDialog *>(window)) {
            for (const char *key : {"Ctrl+Return", "Ctrl+Enter"}) {
                const bool bound = std::any_of(keys.begin(), keys.end(), [key](const Key &k) {
                    return k.key == QLatin1String(key);
                });
                if (!bound)
                    submitIssues << QStringLiteral("%1 has a multi-line text but %2 does not "
                                                   "submit it")
                                            .arg(name, QLatin1String(key));
            }
        }
    }

    void report(const QString &scope, const Keys &keys, QStringList *issues)
    {
        QMap<QString, QVector<Key>> byKey;
        for (const Key &k : keys) {
            QVector<Key> &same = byKey[k.key];
            if (std::none_of(same.begin(), same.end(),
                             [&k](const Key &o) { return o.owner == k.owner && o.what == k.what; }))
                same << k;
        }
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
            if (it.value().size() < 2)
                continue;
            QStringList whats;
            for (const Key &k : it.value())
                whats << k.what;
            const QString issue =
                    QStringLiteral("%1: %2 is taken by %3")
                            .arg(scope, it.key(), whats.join(QStringLiteral(" and ")));
            if (!issues->contains(issue))
                *issues << issue;
        }
    }
};

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void tabMovesBetweenTheQueueAreas();
    void jAndKMoveBetweenRows();
    void keySequencesAreUniqueInEachWindow();
    void ctrlEnterSubmitsEveryMultiLineDialog();
    void mnemonicsAreUnique_data();
    void mnemonicsAreUnique();
    void helpListsEveryShortcut_data();
    void helpListsEveryShortcut();

private:
    std::unique_ptr<TicketStore> openStore();
    qint64 addTicket(TicketStore &store, qint64 customer, const char *subject,
                     const char *severity);
    // The main window in `language` on the queue, as the lead (every action offered).
    std::unique_ptr<MainWindow> openWindow(const QString &language);
    // Opens every window and dialog the main window can open and walks it.
    void walkEverything(MainWindow &window, KeyboardWalker *walker);
    int inspect(QDialog &dialog);
    static QWidget *focused() { return QApplication::focusWidget(); }

    CatalogPtr m_catalog;
    std::unique_ptr<QTemporaryDir> m_dir;
    DatabaseUrl m_url;
    FakeClock m_clock{0};
    std::unique_ptr<Ticker> m_ticker;
    Agent m_lead;
    Agent m_anna;
    qint64 m_vkCustomer = 0;
    QVector<qint64> m_tickets;
    // What the dialog runner does with a dialog (by default: walks it, then rejects it).
    std::function<int(QDialog &)> m_answer;
    KeyboardWalker *m_walker = nullptr;
};

void TestKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Dueline"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_keyboard"));
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
}

std::unique_ptr<TicketStore> TestKeyboard::openStore()
{
    StoreError error;
    auto store =
            TicketStore::open(m_url, m_catalog, m_clock, Connection::Mode::CreateIfMissing, &error);
    if (!store)
        qWarning("%s", qPrintable(error.message));
    return store;
}

qint64 TestKeyboard::addTicket(TicketStore &store, qint64 customer, const char *subject,
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

void TestKeyboard::init()
{
    QSettings().clear();
    QVERIFY(dueline::i18n::installTranslators(QStringLiteral("en")));
    processLanguageChange();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_url = DatabaseUrl::sqlite(m_dir->filePath(QStringLiteral("queue.sqlite")));
    // Monday 2026-03-02 10:00 Moscow time.
    m_clock.set(QDateTime(QDate(2026, 3, 2), QTime(7, 0), Qt::UTC).toSecsSinceEpoch());
    m_ticker = std::make_unique<Ticker>(m_clock);

    auto store = openStore();
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
    QVERIFY2(m_vkCustomer, qPrintable(error.message));
    m_tickets.clear();
    m_tickets << addTicket(*store, m_vkCustomer, "Database down", "critical");
    m_tickets << addTicket(*store, m_vkCustomer, "Slow disks", "medium");
    m_tickets << addTicket(*store, m_vkCustomer, "Backups fail", "high");
    m_tickets << addTicket(*store, m_vkCustomer, "Question about quotas", "low");
    QVERIFY(!m_tickets.contains(0));
    m_answer = [this](QDialog &dialog) {
        return inspect(dialog);
    };
}

void TestKeyboard::cleanup()
{
    m_walker = nullptr;
    dueline::i18n::installTranslators(QStringLiteral("en"));
    processLanguageChange();
    m_ticker.reset();
    m_dir.reset();
    QSettings().clear();
}

std::unique_ptr<MainWindow> TestKeyboard::openWindow(const QString &language)
{
    // As app/gui/main.cpp does: the translators first, then the window.
    if (!dueline::i18n::installTranslators(language))
        return nullptr;
    processLanguageChange();
    auto window = std::make_unique<MainWindow>();
    window->setDialogRunner([this](QDialog &dialog) { return m_answer(dialog); });
    window->setCatalog(m_catalog);
    window->setTeamCatalogFiles([] { return QStringList(); });
    window->setDatabaseUrl(m_url);
    QueueSource source;
    source.url = m_url;
    source.catalog = m_catalog;
    source.clock = &m_clock;
    source.live = false;
    QSignalSpy opened(window->queueWorkspace(), &QueueWorkspace::opened);
    window->openQueue(source, m_lead, m_ticker.get());
    if (!opened.wait(10000) || !testsupport::settled(*window->queueWorkspace()))
        return nullptr;
    window->resize(1280, 800);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        return nullptr;
    return window;
}

int TestKeyboard::inspect(QDialog &dialog)
{
    if (!m_walker)
        return QDialog::Rejected;
    QString name = dialog.objectName().isEmpty()
                           ? QString::fromLatin1(dialog.metaObject()->className())
                           : dialog.objectName();
    if (!dialog.windowTitle().isEmpty())
        name += QStringLiteral(" (%1)").arg(quoted(dialog.windowTitle()));
    // The notification hours with an interval row to walk too.
    if (auto *notifications = qobject_cast<NotificationSettingsDialog *>(&dialog))
        notifications->addInterval();
    m_walker->walkWindow(&dialog, name);

    // The dialogs these dialogs open.
    if (auto *picker = qobject_cast<AgentPickerDialog *>(&dialog)) {
        picker->newAgent();
        picker->select(m_anna.id);
        picker->editSelected();
    } else if (auto *editor = qobject_cast<CatalogEditorDialog *>(&dialog)) {
        if (!QTest::qWaitFor([editor] { return !editor->isBusy(); }, 20000))
            qWarning("the catalog editor stays busy");
        const auto click = [editor](const char *button) {
            if (auto *found = editor->findChild<QPushButton *>(QLatin1String(button)))
                found->click();
        };
        if (editor->selectPlan(QStringLiteral("vkcs/standard")))
            click("duplicateButton");
        if (editor->selectCalendar(m_catalog->plan(QStringLiteral("vkcs/standard"))->calendarId))
            click("duplicateButton");
        click("newCalendarButton");
        // A change, then Close: "Close without saving?"
        QString error;
        editor->duplicatePlan(QStringLiteral("vkcs/standard"), QStringLiteral("acme"),
                              QStringLiteral("gold"), QStringLiteral("Acme"),
                              QStringLiteral("Gold"), &error);
        editor->reject();
    }
    return QDialog::Rejected;
}

void TestKeyboard::walkEverything(MainWindow &window, KeyboardWalker *walker)
{
    m_walker = walker;
    walker->walkWindow(&window, QStringLiteral("main window"));
    const auto trigger = [&window, walker](const char *name) {
        auto *action = window.findChild<QAction *>(QLatin1String(name));
        if (!action) {
            walker->walked << QStringLiteral("(no action %1)").arg(QLatin1String(name));
            return;
        }
        if (!action->isEnabled())
            walker->walked << QStringLiteral("(%1 disabled)").arg(QLatin1String(name));
        action->trigger();
    };
    for (const char *name :
         {"connectAction", "switchPersonAction", "preferencesAction", "notificationSettingsAction",
          "aboutAction", "shortcutsAction", "newTicketAction", "replyAction", "noteAction",
          "resolveAction", "changeSeverityAction", "changePlanAction", "overrideDueAction",
          "assignAction", "editCatalogAction", "missedNotificationsAction"}) {
        trigger(name);
        QVERIFY(testsupport::settled(*window.queueWorkspace()));
    }
    // A resolved ticket's Reopen.
    {
        Ticket ticket;
        ticket.id = m_tickets[0];
        ticket.subject = QStringLiteral("Database down");
        ticket.planId = QStringLiteral("vkcs/standard");
        ticket.severity = QStringLiteral("critical");
        TicketActionDialog reopen(TicketActionDialog::Reopen, *m_catalog, ticket,
                                  CommonUi::uiLanguage(), &window);
        inspect(reopen);
    }
    // A server on another computer without a verified certificate.
    window.confirmInsecureConnection(
            *DatabaseUrl::parse(QStringLiteral("postgresql://lena@db.example.com/team"), nullptr),
            true);
    // The wallboard, a window of its own.
    trigger("wallboardAction");
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top->objectName() == QLatin1String("wallboard")) {
            walker->walkWindow(top, QStringLiteral("wallboard"));
            top->close();
        }
    }
    // Wait on Customer last (it changes the ticket, and may ask for a reply first).
    trigger("waitAction");
    QVERIFY(testsupport::settled(*window.queueWorkspace()));
    m_walker = nullptr;
}

void TestKeyboard::tabMovesBetweenTheQueueAreas()
{
    auto window = openWindow(QStringLiteral("en"));
    QVERIFY(window);
    QueueWorkspace *queue = window->queueWorkspace();
    auto *sidebar = queue->findChild<QWidget *>(QStringLiteral("queueSidebar"));
    auto *search = queue->findChild<QLineEdit *>(QStringLiteral("queueSearch"));
    QWidget *table = queue->view();
    QWidget *panel = queue->panel();
    QVERIFY(sidebar && search && table && panel);
    const auto in = [](QWidget *area) {
        QWidget *f = focused();
        return f && (f == area || area->isAncestorOf(f));
    };
    const auto name = [] {
        return focused() ? focused()->objectName() : QStringLiteral("(nothing)");
    };

    table->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(in(table));
    const QModelIndex current = queue->view()->currentIndex();
    // Forward: table → panel → search → sidebar → table, never a cell of the table.
    for (QWidget *next : {panel, static_cast<QWidget *>(search), sidebar, table}) {
        QTest::keyClick(focused(), Qt::Key_Tab);
        QVERIFY2(in(next),
                 qPrintable(
                         QStringLiteral("Tab went to %1, not %2").arg(name(), next->objectName())));
    }
    QCOMPARE(queue->view()->currentIndex(), current);
    // And back.
    for (QWidget *previous : {sidebar, static_cast<QWidget *>(search), panel, table}) {
        QTest::keyClick(focused(), Qt::Key_Backtab, Qt::ShiftModifier);
        QVERIFY2(in(previous), qPrintable(QStringLiteral("Shift+Tab went to %1, not %2")
                                                  .arg(name(), previous->objectName())));
    }
    QCOMPARE(queue->view()->currentIndex(), current);
}

void TestKeyboard::jAndKMoveBetweenRows()
{
    auto window = openWindow(QStringLiteral("en"));
    QVERIFY(window);
    QueueWorkspace *queue = window->queueWorkspace();
    QTableView *table = queue->view();
    auto *search = queue->findChild<QLineEdit *>(QStringLiteral("queueSearch"));
    QVERIFY(search);
    table->setFocus(Qt::OtherFocusReason);
    QCOMPARE(table->currentIndex().row(), 0);
    const auto shows = [queue](int row) {
        return testsupport::settled(*queue) &&
               queue->currentTicketId() == queue->model()->ticketAt(row) &&
               queue->panel()->ticketId() == queue->model()->ticketAt(row);
    };

    QTest::keyClick(table, Qt::Key_J);
    QCOMPARE(table->currentIndex().row(), 1);
    QVERIFY(shows(1));
    QTest::keyClick(table, Qt::Key_J);
    QCOMPARE(table->currentIndex().row(), 2);
    QTest::keyClick(table, Qt::Key_K);
    QCOMPARE(table->currentIndex().row(), 1);
    QVERIFY(shows(1));
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(table->currentIndex().row(), 2);
    QTest::keyClick(table, Qt::Key_Up);
    QTest::keyClick(table, Qt::Key_Up);
    QCOMPARE(table->currentIndex().row(), 0);
    QVERIFY(shows(0));

    // Reading the ticket in the panel, J and K still go to the next and previous one.
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY(focused() &&
                (focused() == queue->panel() || queue->panel()->isAncestorOf(focused())));
    QTest::keyClick(focused(), Qt::Key_J);
    QCOMPARE(table->currentIndex().row(), 1);
    QTest::keyClick(focused(), Qt::Key_K);
    QCOMPARE(table->currentIndex().row(), 0);

    // Typing in the search field types.
    search->setFocus(Qt::OtherFocusReason);
    QTest::keyClicks(search, QStringLiteral("jk"));
    QCOMPARE(search->text(), QStringLiteral("jk"));
    QCOMPARE(table->currentIndex().row(), 0);
}

void TestKeyboard::keySequencesAreUniqueInEachWindow()
{
    auto window = openWindow(QStringLiteral("en"));
    QVERIFY(window);
    KeyboardWalker walker;
    walkEverything(*window, &walker);
    QVERIFY2(walker.keyIssues.isEmpty(), qPrintable(walker.keyIssues.join(QLatin1Char('\n'))));
}

void TestKeyboard::ctrlEnterSubmitsEveryMultiLineDialog()
{
    // Every dialog the application opens: each one with a multi-line text binds both keys.
    {
        auto window = openWindow(QStringLiteral("en"));
        QVERIFY(window);
        KeyboardWalker walker;
        walkEverything(*window, &walker);
        QVERIFY2(walker.submitIssues.isEmpty(),
                 qPrintable(walker.submitIssues.join(QLatin1Char('\n'))));
    }

    // And they submit: Ctrl+Return (the main Enter key) and Ctrl+Enter (the keypad's), with the
    // focus in the text.
    const auto submits = [](QDialog &dialog, QWidget *text, Qt::Key key,
                            Qt::KeyboardModifiers mods) {
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            return false;
        dialog.activateWindow();
        text->setFocus(Qt::OtherFocusReason);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::keyClick(text, key, mods);
        return accepted.count() == 1 && dialog.result() == QDialog::Accepted;
    };
    const QVector<std::pair<Qt::Key, Qt::KeyboardModifiers>> keys{
            {Qt::Key_Return, Qt::ControlModifier},
            {Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier}};

    auto store = openStore();
    StoreError error;
    const std::optional<Ticket> ticket = store->ticket(m_tickets[1], &error);
    QVERIFY(ticket);
    for (const auto &[key, mods] : keys) {
        NewTicketDialog newTicket(*m_catalog, store->customers(&error), QStringLiteral("en"));
        newTicket.findChild<QLineEdit *>(QStringLiteral("subjectEdit"))
                ->setText(QStringLiteral("Disk full"));
        auto *description =
                newTicket.findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"));
        description->setPlainText(QStringLiteral("The disk is full"));
        QVERIFY2(
                submits(newTicket, description, key, mods),
                qPrintable(
                        QStringLiteral("New Ticket: %1").arg(QKeySequence(key | mods).toString())));
        for (auto kind :
             {TicketActionDialog::Reply, TicketActionDialog::Note, TicketActionDialog::Resolve,
              TicketActionDialog::Reopen, TicketActionDialog::ChangeSeverity,
              TicketActionDialog::ChangePlan, TicketActionDialog::OverrideDue}) {
            TicketActionDialog dialog(kind, *m_catalog, *ticket, QStringLiteral("en"));
            auto *text = dialog.findChild<QPlainTextEdit *>(QStringLiteral("actionText"));
            text->setPlainText(QStringLiteral("Because"));
            QVERIFY2(submits(dialog, text, key, mods),
                     qPrintable(QStringLiteral("%1: %2").arg(dialog.windowTitle(),
                                                             QKeySequence(key | mods).toString())));
        }
    }
}

void TestKeyboard::mnemonicsAreUnique_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"en", "ru", "zh_CN"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestKeyboard::mnemonicsAreUnique()
{
    QFETCH(QString, language);
    auto window = openWindow(language);
    QVERIFY(window);
    KeyboardWalker walker;
    walkEverything(*window, &walker);
    // Each one on a line of its own (a failure message is cut short).
    for (const QString &issue : std::as_const(walker.mnemonicIssues))
        qWarning("%s", qPrintable(issue));
    QVERIFY2(walker.mnemonicIssues.isEmpty(),
             qPrintable(QStringLiteral("%1 mnemonic clashes in %2, the first: %3")
                                .arg(walker.mnemonicIssues.size())
                                .arg(language, walker.mnemonicIssues.value(0))));
    // Every window and dialog was reached.
    for (const char *name :
         {"mainWindow", "connectionDialog", "agentPickerDialog", "agentEditDialog",
          "preferencesDialog", "aboutDialog", "shortcutsDialog", "newTicketDialog",
          "ticketActionDialog", "catalogEditorDialog", "duplicatePlanDialog",
          "duplicateCalendarDialog", "newCalendarDialog", "discardChangesBox", "insecureTlsBox",
          "missedNotificationsDialog", "assignDialog", "wallboard"})
        QVERIFY2(walker.walked.contains(QLatin1String(name)),
                 qPrintable(QStringLiteral("%1 was not reached; walked: %2")
                                    .arg(QLatin1String(name),
                                         walker.walked.join(QStringLiteral(", ")))));
}

void TestKeyboard::helpListsEveryShortcut_data()
{
    mnemonicsAreUnique_data();
}

void TestKeyboard::helpListsEveryShortcut()
{
    QFETCH(QString, language);
    auto window = openWindow(language);
    QVERIFY(window);
    auto *help = window->findChild<QMenu *>(QStringLiteral("helpMenu"));
    QVERIFY(help);
    QAction *shortcuts = nullptr;
    for (QAction *action : help->actions()) {
        if (action->objectName() == QLatin1String("shortcutsAction"))
            shortcuts = action;
    }
    QVERIFY2(shortcuts, "Help has no Keyboard Shortcuts");

    // group title → rows of (what, keys)
    QVector<std::pair<QString, QVector<std::pair<QString, QString>>>> groups;
    QString title;
    m_answer = [&](QDialog &dialog) {
        title = dialog.windowTitle();
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("shortcutsList"));
        if (!list)
            return int(QDialog::Rejected);
        for (int g = 0; g < list->topLevelItemCount(); ++g) {
            QTreeWidgetItem *group = list->topLevelItem(g);
            QVector<std::pair<QString, QString>> rows;
            for (int r = 0; r < group->childCount(); ++r)
                rows.append({group->child(r)->text(0), group->child(r)->text(1)});
            groups.append({group->text(0), rows});
        }
        return int(QDialog::Rejected);
    };
    shortcuts->trigger();
    QVERIFY(!groups.isEmpty());
    const auto listed = [&groups](const QString &group, const QString &what, const QString &key) {
        for (const auto &[g, rows] : groups) {
            if (!group.isEmpty() && g != group)
                continue;
            for (const auto &[w, k] : rows) {
                if ((what.isEmpty() || w == what) && k.split(QStringLiteral(", ")).contains(key))
                    return true;
            }
        }
        return false;
    };

    // Every action with a shortcut in a menu, under the menu's title, with each of its keys (a
    // hidden action's shortcut does nothing: Reopen of an open ticket).
    QSet<QAction *> inMenus;
    for (QAction *menuAction : window->menuBar()->actions()) {
        QMenu *menu = menuAction->menu();
        if (!menu || !menuAction->isVisible())
            continue;
        for (QAction *action : menu->actions()) {
            inMenus.insert(action);
            if (!action->isVisible())
                continue;
            for (const QKeySequence &key : action->shortcuts())
                QVERIFY2(listed(plain(menu->title()), plain(action->text()),
                                key.toString(QKeySequence::NativeText)),
                         qPrintable(QStringLiteral("%1 ▸ %2 (%3) is not listed")
                                            .arg(plain(menu->title()), plain(action->text()),
                                                 key.toString(QKeySequence::NativeText))));
        }
    }
    // Every other action with a shortcut in the window, somewhere.
    for (QAction *action : ownChildren<QAction>(window.get())) {
        if (inMenus.contains(action) || action->associatedObjects().isEmpty() ||
            !action->isVisible())
            continue;
        for (const QKeySequence &key : action->shortcuts())
            QVERIFY2(listed({}, plain(action->text()), key.toString(QKeySequence::NativeText)),
                     qPrintable(QStringLiteral("%1 (%2) is not listed")
                                        .arg(plain(action->text()),
                                             key.toString(QKeySequence::NativeText))));
    }
    // The keys that are no action: rows, areas, submitting a dialog.
    for (const QKeySequence &key :
         {QKeySequence(Qt::Key_J), QKeySequence(Qt::Key_K), QKeySequence(Qt::Key_Tab),
          QKeySequence(Qt::SHIFT | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_Return),
          QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        QVERIFY2(listed({}, {}, key.toString(QKeySequence::NativeText)),
                 qPrintable(key.toString(QKeySequence::NativeText) +
                            QStringLiteral(" is not listed")));
    // In the UI language.
    if (language == QLatin1String("ru")) {
        QVERIFY2(hasCyrillic(title), qPrintable(title));
        for (const auto &[group, rows] : groups) {
            QVERIFY2(hasCyrillic(group), qPrintable(group));
            for (const auto &[what, keys] : rows)
                QVERIFY2(hasCyrillic(what) || what.contains(QLatin1String("Qt")) ||
                                 what.contains(QLatin1String("Dueline")),
                         qPrintable(what));
        }
    } else if (language == QLatin1String("zh_CN")) {
        QVERIFY2(hasHan(title), qPrintable(title));
        for (const auto &[group, rows] : groups) {
            QVERIFY2(hasHan(group), qPrintable(group));
            for (const auto &[what, keys] : rows)
                QVERIFY2(hasHan(what), qPrintable(what));
        }
    }
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
