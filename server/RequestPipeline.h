// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "server/Database.h"
#include "server/Router.h"

#include <optional>

namespace buurtmunt::server {

// What every request goes through on a worker thread, in order:
// authentication, role check, and for mutating requests the Idempotency-Key,
// the JSON body, and one database transaction that holds both the change and
// the stored answer. A refused request changes nothing.
class RequestPipeline final {
public:
    explicit RequestPipeline(Database& database) : m_database(database) {}

    ApiResponse process(const ApiRequest& request, const Route& route);

private:
    std::optional<ApiResponse> authenticateSession(QSqlDatabase& db, const ApiRequest& request, const Route& route,
                                                   Caller* caller);
    ApiResponse runMutating(const ApiRequest& request, const Route& route, const Caller& caller);

    Database& m_database;
};

} // namespace buurtmunt::server
