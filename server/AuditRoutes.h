// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "server/Router.h"

namespace buurtmunt::server {

// Admins search the audit log (newest first, paged by row id so a page never
// shifts while new rows arrive) and check its hash chain from the desk.
void registerAuditRoutes(Router& router);

} // namespace buurtmunt::server
