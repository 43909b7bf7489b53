// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/shell/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QRegularExpression>
#include <QScreen>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace dueline {

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action", "keyboard shortcuts: what a key does"),
                             tr("Keys", "keyboard shortcuts: the keys that do it")});
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    // A reference sheet: the focus stays on Close, so Enter and Escape close it.
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setWordWrap(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->setAccessibleName(windowTitle());

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
}

QSize ShortcutsDialog::sizeHint() const
{
    // Every row without eliding or scrolling, as far as the screen allows.
    int rows = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        rows += 1 + m_list->topLevelItem(i)->childCount();
    const int frame = 2 * m_list->frameWidth();
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_list);
    const QAbstractItemView *view = m_list; // QTreeView's override is protected
    const int listWidth = m_list->indentation() + view->sizeHintForColumn(0) +
                          view->sizeHintForColumn(1) + frame + scrollBar + 16;
    const int listHeight = m_list->header()->sizeHint().height() +
                           rows * std::max(1, m_list->sizeHintForRow(0)) + frame + 4;
    const QMargins margins = layout()->contentsMargins();
    QSize wanted(listWidth + margins.left() + margins.right(),
                 listHeight + layout()->spacing() + m_buttons->sizeHint().height() + margins.top() +
                         margins.bottom());
    if (const QScreen *screen = this->screen())
        wanted = wanted.boundedTo(screen->availableGeometry().size() * 0.9);
    return wanted.expandedTo(QSize(480, 360));
}

void ShortcutsDialog::fitContents()
{
    // Past QWidget's first size, which a window gets bounded to 2/3 of the screen.
    resize(sizeHint());
}

QString ShortcutsDialog::plainText(const QString &text)
{
    static const QRegularExpression mnemonic(QStringLiteral("[(\uFF08]&[^)\uFF09][)\uFF09]"));
    QString plain = text;
    plain.remove(mnemonic);
    plain.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    plain.remove(QLatin1Char('&'));
    plain.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    plain.remove(QStringLiteral("…"));
    return plain.trimmed();
}

QTreeWidgetItem *ShortcutsDialog::addGroup(const QString &title)
{
    const QString text = plainText(title);
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->text(0) == text)
            return m_list->topLevelItem(i);
    }
    auto *group = new QTreeWidgetItem(m_list, {text});
    group->setFlags(Qt::ItemIsEnabled);
    group->setFirstColumnSpanned(true);
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    group->setExpanded(true);
    return group;
}

void ShortcutsDialog::addRow(QTreeWidgetItem *group, const QString &what,
                             const QList<QKeySequence> &keys)
{
    QStringList names;
    for (const QKeySequence &key : keys) {
        // Return and Enter have one name in some languages (Chinese: 回车).
        const QString name = key.toString(QKeySequence::NativeText);
        if (!names.contains(name))
            names << name;
    }
    auto *row = new QTreeWidgetItem(group, {what, names.join(QStringLiteral(", "))});
    row->setFlags(Qt::ItemIsEnabled);
    group->setExpanded(true);
}

void ShortcutsDialog::addActions(const QString &title, const QList<QAction *> &actions)
{
    QTreeWidgetItem *group = nullptr;
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible() || action->shortcuts().isEmpty())
            continue;
        if (!group)
            group = addGroup(title);
        addRow(group, plainText(action->text()), action->shortcuts());
    }
    fitContents();
}

void ShortcutsDialog::addKeys(const QString &title, const QList<KeyHelp> &keys)
{
    if (keys.isEmpty())
        return;
    QTreeWidgetItem *group = addGroup(title);
    for (const KeyHelp &key : keys)
        addRow(group, key.description, key.keys);
    fitContents();
}

} // namespace dueline
