// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "server/Database.h"

#include <QJsonObject>

#include <optional>

namespace buurtmunt::server {

struct AuditEntry final {
    QString actor;            // "device:7", "staff:3", "cli", "system"
    std::optional<qint64> deviceId;
    QString requestId;
    QString action;           // "device.enrol", "device.revoke", ...
    QString object;           // "device:7"
    QJsonObject details;
};

// Append-only, hash-chained audit log: each row's hash covers its content and
// the previous row's hash, and the chain's head (the number of rows and the
// last hash) is kept apart in audit_head, so an edited, inserted or deleted
// row breaks the chain at a row that verify() names.
class AuditLog final {
public:
    // Appends inside the caller's transaction.
    static Status append(QSqlDatabase& db, const AuditEntry& entry);

    struct Verification {
        bool intact = true;
        qint64 rows = 0;
        std::optional<qint64> firstBrokenId;
        QString problem;
    };
    static Result<Verification> verify(QSqlDatabase& db);
};

} // namespace buurtmunt::server
