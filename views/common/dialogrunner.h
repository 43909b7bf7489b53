// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QDialog;

namespace dueline {

// Runs a modal dialog and returns its result, as QDialog::exec() does. Every modal dialog of the
// views (message boxes, file and print dialogs included) goes through one, so that tests replace
// it and nothing blocks in exec(): the main window hands its runner to the workspaces, the Plans
// workspace hands it on to the catalog editor.
using DialogRunner = std::function<int(QDialog &)>;

// Runs `dialog` through `runner`, or with QDialog::exec() when `runner` is empty.
int runDialog(const DialogRunner &runner, QDialog &dialog);

} // namespace dueline
