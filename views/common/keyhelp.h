// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

namespace dueline {

// A key that is no action, as Help ▸ Keyboard Shortcuts lists it: the keys (any of them does
// it) and what they do, in the UI language.
struct KeyHelp
{
    QList<QKeySequence> keys;
    QString description;
};

} // namespace dueline
