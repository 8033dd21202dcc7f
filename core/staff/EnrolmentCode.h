// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace buurtmunt {

// A one-time code an admin hands to the person setting up a new device; the
// device's enrolment wizard exchanges it for its credentials before it expires.
struct EnrolmentCode final {
    // What the admin asks for (POST /v1/enrolment-codes).
    struct Request final {
        QString role;  // kiosk, counter, staff
        qint64 shopId = 0;  // counters only
        QString neighbourhood;
        QString deviceName;

        QJsonObject toJson() const;
    };

    QString code;
    QString role;
    qint64 shopId = 0;
    QString neighbourhood;
    QString deviceName;
    QDateTime expiresAt;  // UTC

    // The API's answer ("bad-response" naming the field).
    static Result<EnrolmentCode> fromJson(const QJsonObject& object);

    bool operator==(const EnrolmentCode&) const = default;
};

} // namespace buurtmunt
