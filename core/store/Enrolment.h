// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/counter/OfflinePolicy.h"
#include "core/domain/Ids.h"
#include "core/domain/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QUrl>

#include <optional>

namespace buurtmunt {

// What this device knows about itself and its server after enrolment. The
// device secret is not part of it: that lives only in the system keychain.
struct Enrolment final {
    QUrl serverUrl;
    QByteArray fingerprint;  // SHA-256 of the server certificate (DER), 32 bytes
    DeviceId deviceId;
    QString role;  // "kiosk", "counter" or "staff"
    std::optional<ShopId> shopId;
    QString deviceName;
    QString neighbourhood;  // a kiosk's home neighbourhood; empty if none
    QMap<int, QByteArray> voucherKeys;  // key id -> Ed25519 public key (32 bytes)
    QString municipalityName;
    QString coinName;
    QString coinNamePlural;
    qint64 euroCentsPerCoin = 100;
    // Counters only; off when the server did not send it.
    OfflinePolicy offlinePolicy;

    bool isValid() const { return deviceId.isValid() && serverUrl.isValid() && fingerprint.size() == 32; }

    // The server's answer to POST /v1/devices/enrol (docs/architecture.md),
    // without the secret; names the first field that is missing or wrong
    // (error code "bad-response").
    static Result<Enrolment> fromEnrolResponse(const QJsonObject& body, const QUrl& serverUrl,
                                               const QByteArray& fingerprint);

    bool operator==(const Enrolment&) const = default;
};

} // namespace buurtmunt
