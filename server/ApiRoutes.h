// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "server/Database.h"
#include "server/Metrics.h"
#include "server/Router.h"

namespace buurtmunt::server {

// Registers every endpoint of the API with the roles that may call it.
// docs/openapi.yaml describes the same set; a test holds the two together.
void registerApiRoutes(Router& router, Database& database, Metrics& metrics);

} // namespace buurtmunt::server
