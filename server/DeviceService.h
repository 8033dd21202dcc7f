// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "server/ApiRequest.h"
#include "server/Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMutex>

#include <optional>

namespace buurtmunt::server {

struct EnrolmentCodeRequest final {
    QString role;                  // kiosk | counter | staff
    std::optional<qint64> shopId;  // required for a counter
    QString neighbourhood;         // a kiosk's home neighbourhood, optional
    QString deviceName;            // suggested name, optional
    QString createdBy;             // "cli", "staff:3"
    QString requestId = QStringLiteral("cli");  // the API request that asked, for the audit log
    std::optional<qint64> requestingDeviceId;     // the staff desk that asked
};

struct DeviceRecord final {
    qint64 id = 0;
    QString name;
    QString role;
    std::optional<qint64> shopId;
    QString neighbourhood;
    qint64 createdAt = 0;
    std::optional<qint64> lastSeenAt;
    std::optional<qint64> revokedAt;

    QJsonObject toJson() const;
};


// Devices enrol once with a one-time code staff create for a role; after that
// every call authenticates with the device's secret. Revocation takes effect
// on the device's next call.
class DeviceService final {
public:
    static constexpr qint64 kCodeLifetimeMsecs = 24LL * 3600 * 1000;

    // Returns the code in its display form ("K7DM-4QXP-9TR2").
    static Result<QString> createEnrolmentCode(QSqlDatabase& db, const EnrolmentCodeRequest& request);
    // The device made its secret itself and sends it once; the server keeps
    // only its SHA-256 and never sends it back, so no stored answer (for an
    // Idempotency-Key replay) and no log ever holds it.
    static Result<DeviceRecord> enrol(QSqlDatabase& db, const QString& code, const QString& deviceName,
                                      const QString& secret, const QString& requestId);
    // A device secret is 32 random bytes in unpadded base64url.
    static bool isWellFormedSecret(const QString& secret);
    static Result<Caller> authenticate(QSqlDatabase& db, const QByteArray& authorizationHeader);
    static Status revoke(QSqlDatabase& db, qint64 deviceId, const QString& actor, const QString& requestId);
    static Result<QList<DeviceRecord>> list(QSqlDatabase& db);
    static Result<std::optional<DeviceRecord>> find(QSqlDatabase& db, qint64 deviceId);
};

} // namespace buurtmunt::server
