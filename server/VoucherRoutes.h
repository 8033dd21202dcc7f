// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "server/Router.h"

namespace buurtmunt::server {

// A resident at a kiosk turns coins into vouchers, lists the unused ones and
// cancels one to get the coins back.
void registerVoucherRoutes(Router& router);

} // namespace buurtmunt::server
