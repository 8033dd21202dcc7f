// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "server/Router.h"

namespace buurtmunt::server {

// A shop's counter PC redeems a scanned or typed voucher, also one it
// accepted while offline; staff in finance or administration see the offline
// acceptances that could not be paid.
void registerRedemptionRoutes(Router& router);

} // namespace buurtmunt::server
