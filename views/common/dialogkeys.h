// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/common/keyhelp.h"

#include <QKeySequence>
#include <QList>

class QAbstractButton;
class QDialog;

// The keys every dialog shares.
namespace dueline::DialogKeys {

// Ctrl+Return (the main Enter key) and Ctrl+Enter (the keypad's): they submit a dialog with a
// multi-line text, where a plain Enter starts a new line.
QList<QKeySequence> submitKeys();

// Binds submitKeys() in `dialog` to `button` (the one that sends, saves or creates): pressed
// anywhere in the dialog, they click it when it is enabled. Its tooltip names the keys.
void bindSubmitKeys(QDialog *dialog, QAbstractButton *button);

// What Help ▸ Keyboard Shortcuts says about the keys of dialogs, in the UI language.
QList<KeyHelp> keyHelp();

} // namespace dueline::DialogKeys
