// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "server/Router.h"

namespace buurtmunt::server {

// Admins at the staff desk: register residents and print their pass, find
// them, see their earnings and history, reset a PIN, block, unblock, unlock
// and replace a pass.
void registerResidentAdminRoutes(Router& router);

} // namespace buurtmunt::server
