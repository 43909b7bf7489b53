// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/common/keyhelp.h"

#include <QDialog>

class QAction;
class QDialogButtonBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace dueline {

// Help ▸ Keyboard Shortcuts…: the actions that have a shortcut, grouped by the menu they are in,
// and the keys that are no action (moving in the queue, submitting a dialog), in the UI language.
// MainWindow fills it from its actions each time it opens, so it lists what the window binds at
// that moment. The list ("shortcutsList") has a top-level item per group (its title in column
// 0) and a child per action or key: what it does in column 0, its keys in column 1 (several
// separated by ", ").
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *parent = nullptr);

    // Adds a group of the visible `actions` that have a shortcut (none: no group). `title` and
    // the actions' texts are shown without their mnemonics.
    void addActions(const QString &title, const QList<QAction *> &actions);
    void addKeys(const QString &title, const QList<KeyHelp> &keys);

    QTreeWidget *list() const { return m_list; }
    QSize sizeHint() const override;

    // A menu or action text as read: "&Take" → "Take", "领取(&T)…" → "领取", "A && B" → "A & B".
    static QString plainText(const QString &text);

private:
    void fitContents();
    QTreeWidgetItem *addGroup(const QString &title);
    void addRow(QTreeWidgetItem *group, const QString &what, const QList<QKeySequence> &keys);

    QTreeWidget *m_list = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace dueline
