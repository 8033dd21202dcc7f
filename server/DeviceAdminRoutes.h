// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "server/Router.h"

namespace buurtmunt::server {

// Admins at the staff desk look after the devices: the list with role, shop
// and last contact, one-time enrolment codes for new kiosks, counters and
// desks, and revocation that takes effect on the device's next call and ends
// every session opened on it.
void registerDeviceAdminRoutes(Router& router);

} // namespace buurtmunt::server
