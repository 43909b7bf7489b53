// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/common/dialogrunner.h"

#include <QDialog>

namespace dueline {

int runDialog(const DialogRunner &runner, QDialog &dialog)
{
    return runner ? runner(dialog) : dialog.exec();
}

} // namespace dueline
