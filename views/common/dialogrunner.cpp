#include "views/common/dialogrunner.h"

#include <QDialog>

int runDialog(const DialogRunner &runner, QDialog &dialog)
{
    return runner ? runner(dialog) : dialog.exec();
}
