// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "server/Database.h"

namespace buurtmunt::server {

// Versioned schema migrations, applied in order at start and recorded in
// schema_migrations. One schema for both databases; dialect differences are
// limited to a few type names.
class Migrations final {
public:
    static int latestVersion();
    // Applies every missing migration, each in its own transaction.
    static Status migrate(Database& database);
    static Result<int> currentVersion(Database& database);
};

} // namespace buurtmunt::server
