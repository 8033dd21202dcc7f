// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "server/ServerCommandLine.h"

namespace buurtmunt::server {

// Carries out one command of the command line; returns the process exit code
// (0 success, 1 failure at run time; usage errors are 2 and handled earlier).
int runServerCommand(const ServerOptions& options);

} // namespace buurtmunt::server
