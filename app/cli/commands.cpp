// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/commands.h"

namespace dueline {

// The one place where dueline-cli's commands are registered, in the order --help lists them.
std::vector<std::unique_ptr<Command>> createCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(makePlansCommand());
    commands.push_back(makeDueCommand());
    commands.push_back(makeCompareCommand());
    commands.push_back(makeBenchCommand());
    commands.push_back(makeDbCommand());
    commands.push_back(makeDemoCommand());
    commands.push_back(makeImportCommand());
    commands.push_back(makeExportCommand());
    commands.push_back(makeQueueCommand());
    commands.push_back(makeTicketCommand());
    commands.push_back(makeReportCommand());
    commands.push_back(makeAgentCommand());
    commands.push_back(makeWhoamiCommand());
    return commands;
}

} // namespace dueline
