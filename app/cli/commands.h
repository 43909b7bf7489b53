// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/command.h"

namespace dueline {

// Factories of the commands; the registry (commands.cpp) lists them in one place.
std::unique_ptr<Command> makePlansCommand();
std::unique_ptr<Command> makeDueCommand();
std::unique_ptr<Command> makeCompareCommand();
std::unique_ptr<Command> makeBenchCommand();
std::unique_ptr<Command> makeDbCommand();
std::unique_ptr<Command> makeDemoCommand();
std::unique_ptr<Command> makeImportCommand();
std::unique_ptr<Command> makeExportCommand();
std::unique_ptr<Command> makeQueueCommand();
std::unique_ptr<Command> makeTicketCommand();
std::unique_ptr<Command> makeReportCommand();
std::unique_ptr<Command> makeAgentCommand();
std::unique_ptr<Command> makeWhoamiCommand();

} // namespace dueline
