// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace buurtmunt {

// One enrolled device as the admin's device list shows it: what it is, where
// it stands and whether it may still call the server.
struct DeviceRecord final {
    qint64 id = 0;
    QString name;
    QString role;  // kiosk, counter, staff
    qint64 shopId = 0;  // 0 unless a counter
    QString shopName;
    QString neighbourhood;
    QDateTime createdAt;   // UTC
    QDateTime lastSeenAt;  // UTC; null if it never called after enrolling
    QDateTime revokedAt;   // UTC; null while active

    bool isActive() const { return revokedAt.isNull(); }

    // The API's Device object ("bad-response" naming the field).
    static Result<DeviceRecord> fromJson(const QJsonObject& object);

    bool operator==(const DeviceRecord&) const = default;
};

} // namespace buurtmunt
