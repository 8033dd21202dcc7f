// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Result.h"

#include <QJsonObject>
#include <QString>

namespace buurtmunt {

// The server's check of the audit log's hash chain: intact, or the first row
// that was changed or removed and what is wrong with it.
struct AuditVerification final {
    bool intact = true;
    qint64 rows = 0;
    qint64 firstBrokenId = 0;  // 0 when intact
    QString problem;

    // GET /v1/audit/verification ("bad-response" naming the field).
    static Result<AuditVerification> fromJson(const QJsonObject& object);

    bool operator==(const AuditVerification&) const = default;
};

} // namespace buurtmunt
