// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "DeviceRecord.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {

// Null is fine (never seen, not revoked); anything else must be a real instant.
bool readInstant(const QJsonObject& object, const QString& field, QDateTime* out)
{
    const QJsonValue value = object.value(field);
    if (value.isNull() || value.isUndefined())
        return true;
    *out = QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC();
    return out->isValid();
}

} // namespace

Result<DeviceRecord> DeviceRecord::fromJson(const QJsonObject& object)
{
    auto bad = [](const QString& field) {
        return Error{u"bad-response"_s,
                     QCoreApplication::translate("DeviceRecord", "The server's device is unusable: “%1” is missing or wrong.")
                         .arg(field)};
    };
    DeviceRecord device;
    device.id = object.value(u"id"_s).toInteger();
    if (device.id <= 0)
        return bad(u"id"_s);
    device.role = object.value(u"role"_s).toString();
    if (device.role.isEmpty())
        return bad(u"role"_s);
    device.name = object.value(u"name"_s).toString();
    device.shopId = object.value(u"shopId"_s).toInteger();
    device.shopName = object.value(u"shopName"_s).toString();
    device.neighbourhood = object.value(u"neighbourhood"_s).toString();
    if (!readInstant(object, u"createdAt"_s, &device.createdAt) || device.createdAt.isNull())
        return bad(u"createdAt"_s);
    if (!readInstant(object, u"lastSeenAt"_s, &device.lastSeenAt))
        return bad(u"lastSeenAt"_s);
    if (!readInstant(object, u"revokedAt"_s, &device.revokedAt))
        return bad(u"revokedAt"_s);
    return device;
}

} // namespace buurtmunt
