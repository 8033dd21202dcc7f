// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "server/Router.h"

namespace buurtmunt::server {

// Coordinators at the staff desk: list every task including drafts, create
// and edit tasks, and move them through draft -> published -> closed |
// cancelled. Every change takes the next task change sequence value, so
// kiosks see it in their next GET /v1/tasks sync.
void registerStaffTaskRoutes(Router& router);

} // namespace buurtmunt::server
