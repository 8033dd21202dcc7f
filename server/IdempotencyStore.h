// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "server/ApiResponse.h"
#include "server/Database.h"

#include <optional>

namespace buurtmunt::server {

// Stored answers to mutating requests, keyed by (caller scope, Idempotency-Key).
// Looked up and written inside the request's own transaction, so a mutation
// and the record of its answer commit together or not at all.
class IdempotencyStore final {
public:
    struct Stored {
        QByteArray bodyHash;
        QString method;
        QString path;
        int status = 0;
        QByteArray contentType;
        QByteArray body;
    };

    static bool isValidKey(const QByteArray& key);
    static Result<std::optional<Stored>> find(QSqlDatabase& db, const QString& scope, const QString& key);
    // A concurrent request with the same key that committed first makes this
    // fail with code "retry", so the caller's transaction reruns and replays.
    static Status store(QSqlDatabase& db, const QString& scope, const QString& key, const Stored& stored);
    // Deletes records older than `maxAgeMsecs`; returns how many.
    static Result<int> purge(QSqlDatabase& db, qint64 maxAgeMsecs);
};

} // namespace buurtmunt::server
