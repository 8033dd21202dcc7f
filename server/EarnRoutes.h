// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "server/Router.h"

namespace buurtmunt::server {

// A resident at a kiosk: log in with pass and PIN, see balance and earnings
// against the cap, claim a task, mark it done or give it back; and the
// toolbox hand-out by the code on the claim slip.
void registerResidentRoutes(Router& router);

// Staff at the municipal desktop: log in, review submitted claims, approve
// (which mints the reward) one at a time or in batches, or reject with a reason.
void registerReviewRoutes(Router& router);

} // namespace buurtmunt::server
