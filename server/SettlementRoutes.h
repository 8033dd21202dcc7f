// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "server/Router.h"

namespace buurtmunt::server {

// Monthly settlement at the staff desk (staff role finance): closing a
// month, the settlements with their lines, each shop's statement (JSON or
// CSV) and the SEPA payment file for the municipality's bank.
void registerSettlementRoutes(Router& router);

} // namespace buurtmunt::server
