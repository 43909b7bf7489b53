// SPDX-License-Identifier: GPL-3.0-or-later
// AssignDialog: the list of people a ticket can go to, filtered as one types.
#include "views/queue/assigndialog.h"

#include "models/item/dateformat.h"
#include "views/common/icons.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dueline {

namespace {

enum Column { NameColumn, RoleColumn, OpenColumn, AvailabilityColumn, ColumnCount };
constexpr int IdRole = Qt::UserRole;
constexpr int SearchRole = Qt::UserRole + 1; // name and login, lower case

} // namespace

AssignDialog::AssignDialog(const Ticket &ticket, const QVector<Agent> &agents, qint64 meId,
                           const QHash<qint64, int> &openTickets,
                           const QHash<qint64, NotificationSettings> &settings, Instant now,
                           QWidget *parent)
    : QDialog(parent)
    , m_current(ticket.assigneeId)
{
    setObjectName(QStringLiteral("assignDialog"));
    setWindowTitle(tr("Assign Ticket #%1").arg(ticket.id));

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("assignIntro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setText(tr("Who works on #%1 %2?").arg(ticket.id).arg(ticket.subject));

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("assignFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Type a name or login"));
    m_filter->setAccessibleName(tr("Find an agent"));
    m_filter->installEventFilter(this);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("assignList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Agent"), tr("Role"), tr("Open tickets"),
                             tr("Notifications now", "whether the agent is in their hours")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setAccessibleName(tr("Agents"));
    m_list->header()->setStretchLastSection(true);

    const auto add = [this, meId](qint64 id, const QString &name, const QString &search) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(NameColumn, IdRole, id);
        item->setData(NameColumn, SearchRole, search.toLower());
        const bool me = id != 0 && id == meId;
        if (id == m_current) {
            // Where it is now: shown, not offered.
            item->setText(NameColumn,
                          me ? tr("%1 (me, assigned now)", "myself in the assign list").arg(name)
                             : tr("%1 (assigned now)", "an agent in the assign list").arg(name));
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        } else {
            item->setText(NameColumn,
                          me ? tr("%1 (me)", "myself in the assign list").arg(name) : name);
        }
        return item;
    };
    const QString nobodyName = tr("Nobody", "assign the ticket to no one");
    QTreeWidgetItem *nobody = add(0, nobodyName, nobodyName);
    nobody->setIcon(NameColumn, Icons::get(QStringLiteral("im-user-offline")));
    nobody->setToolTip(NameColumn, tr("Back to the unassigned tickets"));
    nobody->setText(OpenColumn, QLocale().toString(openTickets.value(0)));
    nobody->setTextAlignment(OpenColumn, Qt::AlignRight | Qt::AlignVCenter);

    // Me first, then by name.
    QVector<Agent> sorted;
    for (const Agent &a : agents) {
        if (a.active)
            sorted.append(a);
    }
    std::sort(sorted.begin(), sorted.end(), [meId](const Agent &a, const Agent &b) {
        if ((a.id == meId) != (b.id == meId))
            return a.id == meId;
        return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
    });
    static const NotificationSettings defaults;
    for (const Agent &a : sorted) {
        QTreeWidgetItem *item =
                add(a.id, a.displayName, a.displayName + QLatin1Char(' ') + a.login);
        item->setIcon(NameColumn, Icons::get(QStringLiteral("im-user")));
        item->setToolTip(NameColumn, a.login);
        item->setText(RoleColumn, a.role == Agent::Role::Lead ? tr("Team lead") : tr("Agent"));
        item->setText(OpenColumn, QLocale().toString(openTickets.value(a.id)));
        item->setTextAlignment(OpenColumn, Qt::AlignRight | Qt::AlignVCenter);
        bool available = true;
        const auto it = settings.constFind(a.id);
        item->setText(AvailabilityColumn,
                      availability(it == settings.cend() ? defaults : *it, now, &available));
        if (!available)
            item->setIcon(AvailabilityColumn, Icons::get(QStringLiteral("dialog-warning")));
    }
    int width = 0;
    for (int c = 0; c < ColumnCount; ++c) {
        m_list->resizeColumnToContents(c);
        width += m_list->columnWidth(c);
    }

    m_noMatch = new QLabel(tr("No agent matches."), this);
    m_noMatch->setObjectName(QStringLiteral("assignNoMatch"));
    m_noMatch->setAlignment(Qt::AlignCenter);
    m_noMatch->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("assignButtons"));
    m_assign = m_buttons->addButton(tr("&Assign"), QDialogButtonBox::AcceptRole);
    m_assign->setObjectName(QStringLiteral("assignButton"));
    m_assign->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_noMatch, 1);
    layout->addWidget(m_buttons);

    connect(m_filter, &QLineEdit::textChanged, this, &AssignDialog::applyFilter);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AssignDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item && (item->flags() & Qt::ItemIsEnabled))
            accept();
    });
    // Nothing chosen until the person types or moves to a row: Enter never unassigns by accident.
    applyFilter();
    m_filter->setFocus();
    // Wide enough for every column in every language.
    resize(std::max(640, width + 48), 420);
}

QString AssignDialog::availability(const NotificationSettings &settings, Instant now,
                                   bool *available)
{
    const bool on = settings.isOn(now);
    if (available)
        *available = on;
    if (settings.doNotDisturb)
        return tr("Do not disturb");
    if (on)
        return settings.always ? tr("On") : tr("In their hours");
    const Instant back = settings.nextChange(now);
    if (back == InvalidInstant)
        return tr("Outside their hours");
    // When they are back, in the reader's zone; the date too when not today.
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const QDateTime at = QDateTime::fromSecsSinceEpoch(back, zone);
    const QLocale locale;
    const QString when = at.date() == QDateTime::fromSecsSinceEpoch(now, zone).date()
                                 ? locale.toString(at.time(), QStringLiteral("HH:mm"))
                                 : DateFormat::dateTime(locale, at);
    return tr("Outside their hours until %1").arg(when);
}

qint64 AssignDialog::assigneeId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(NameColumn, IdRole).toLongLong() : m_current;
}

bool AssignDialog::select(qint64 agentId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(NameColumn, IdRole).toLongLong() == agentId && !item->isHidden() &&
            (item->flags() & Qt::ItemIsEnabled)) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void AssignDialog::applyFilter()
{
    const QString text = m_filter->text().trimmed().toLower();
    QTreeWidgetItem *first = nullptr;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const bool shown =
                text.isEmpty() || item->data(NameColumn, SearchRole).toString().contains(text);
        item->setHidden(!shown);
        if (shown && !first && (item->flags() & Qt::ItemIsEnabled))
            first = item;
    }
    QTreeWidgetItem *current = m_list->currentItem();
    if (current && current->isHidden())
        m_list->setCurrentItem(nullptr);
    if (!text.isEmpty() && !m_list->currentItem())
        m_list->setCurrentItem(first);
    m_noMatch->setVisible(!first);
    m_list->setVisible(first);
    updateButtons();
}

void AssignDialog::updateButtons()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    m_assign->setEnabled(item && !item->isHidden() && (item->flags() & Qt::ItemIsEnabled));
}

bool AssignDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down in the filter move through the list, so typing and choosing need no mouse.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up ||
            key->key() == Qt::Key_PageDown || key->key() == Qt::Key_PageUp) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace dueline
