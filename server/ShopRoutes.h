// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "server/Router.h"

namespace buurtmunt::server {

// Shops: the list every desk shows, registration and editing by an admin at
// the staff desk, and a counter PC's view of its own shop (today's
// redemptions, balance, payouts).
void registerShopRoutes(Router& router);

} // namespace buurtmunt::server
