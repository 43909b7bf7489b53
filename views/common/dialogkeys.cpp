// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/common/dialogkeys.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDialog>
#include <QShortcut>

namespace dueline::DialogKeys {

QList<QKeySequence> submitKeys()
{
    return {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)};
}

void bindSubmitKeys(QDialog *dialog, QAbstractButton *button)
{
    for (const QKeySequence &key : submitKeys()) {
        auto *shortcut = new QShortcut(key, dialog);
        shortcut->setObjectName(QStringLiteral("submitShortcut"));
        shortcut->setContext(Qt::WindowShortcut);
        QObject::connect(shortcut, &QShortcut::activated, button, [button] {
            if (button->isEnabled() && button->isVisible())
                button->click();
        });
    }
    // The shortcut as the platform writes it (Qt translates the key names itself).
    button->setToolTip(submitKeys().constFirst().toString(QKeySequence::NativeText));
}

QList<KeyHelp> keyHelp()
{
    return {{submitKeys(),
             QCoreApplication::translate("dueline::DialogKeys",
                                         "Submit a dialog from its text, where Enter starts a "
                                         "new line")},
            {{QKeySequence(Qt::Key_Escape)},
             QCoreApplication::translate("dueline::DialogKeys", "Cancel a dialog")}};
}

} // namespace dueline::DialogKeys
