// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/command.h"

namespace dueline {

// dueline-cli complete WHAT: the words the shell completions (resources/completions) offer, one
// a line, read from the program itself so that they follow its commands, options and catalog:
//   complete commands            the commands --help lists
//   complete options COMMAND     the options COMMAND --help lists (--plan, -h, …)
//   complete plans               every plan id and alias of the catalog
//   complete severities [PLAN]   the severity codes of PLAN (id or alias), else of every plan
// Not in --help: it is for the completion scripts, not for people.
int runComplete(const QStringList &arguments, const std::vector<std::unique_ptr<Command>> &commands,
                CliContext &context);

// The options a command's --help lists, as `--name` and `-x`, in its order.
QStringList optionsInHelp(const QString &helpText);

} // namespace dueline
