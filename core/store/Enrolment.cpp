// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "Enrolment.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {

Error badField(const QString& field, const QString& why)
{
    return {u"bad-response"_s,
            QCoreApplication::translate("Enrolment", "The server's enrolment answer is unusable: “%1” %2.")
                .arg(field, why)};
}

} // namespace

Result<Enrolment> Enrolment::fromEnrolResponse(const QJsonObject& body, const QUrl& serverUrl,
                                               const QByteArray& fingerprint)
{
    Enrolment enrolment;
    enrolment.serverUrl = serverUrl;
    enrolment.fingerprint = fingerprint;

    const QJsonValue deviceId = body.value(u"deviceId"_s);
    if (!deviceId.isDouble() || deviceId.toInteger() <= 0)
        return badField(u"deviceId"_s, QCoreApplication::translate("Enrolment", "is missing or not a positive integer"));
    enrolment.deviceId = DeviceId(deviceId.toInteger());

    enrolment.role = body.value(u"role"_s).toString();
    if (enrolment.role != u"kiosk"_s && enrolment.role != u"counter"_s && enrolment.role != u"staff"_s)
        return badField(u"role"_s, QCoreApplication::translate("Enrolment", "is not kiosk, counter or staff"));

    const QJsonValue shopId = body.value(u"shopId"_s);
    if (shopId.isDouble() && shopId.toInteger() > 0)
        enrolment.shopId = ShopId(shopId.toInteger());
    else if (!shopId.isNull() && !shopId.isUndefined())
        return badField(u"shopId"_s, QCoreApplication::translate("Enrolment", "is neither null nor a shop id"));
    if (enrolment.role == u"counter"_s && !enrolment.shopId)
        return badField(u"shopId"_s, QCoreApplication::translate("Enrolment", "is missing for a counter device"));

    enrolment.deviceName = body.value(u"name"_s).toString();
    enrolment.neighbourhood = body.value(u"neighbourhood"_s).toString();

    const QJsonArray keys = body.value(u"voucherKeys"_s).toArray();
    for (const QJsonValue& value : keys) {
        const QJsonObject key = value.toObject();
        const QJsonValue keyId = key.value(u"keyId"_s);
        const QByteArray publicKey = QByteArray::fromBase64(key.value(u"publicKey"_s).toString().toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!keyId.isDouble() || publicKey.size() != 32)
            return badField(u"voucherKeys"_s,
                            QCoreApplication::translate("Enrolment", "holds a key without a key id or 32-byte public key"));
        enrolment.voucherKeys.insert(keyId.toInt(), publicKey);
    }

    const QJsonObject municipality = body.value(u"municipality"_s).toObject();
    enrolment.municipalityName = municipality.value(u"name"_s).toString();
    enrolment.coinName = municipality.value(u"coinName"_s).toString();
    enrolment.coinNamePlural = municipality.value(u"coinNamePlural"_s).toString(enrolment.coinName);
    if (enrolment.municipalityName.isEmpty() || enrolment.coinName.isEmpty())
        return badField(u"municipality"_s, QCoreApplication::translate("Enrolment", "lacks the name or coin name"));
    const QJsonValue euroCents = municipality.value(u"euroCentsPerCoin"_s);
    if (!euroCents.isDouble() || euroCents.toInteger() <= 0)
        return badField(u"municipality.euroCentsPerCoin"_s,
                        QCoreApplication::translate("Enrolment", "is missing or not a positive integer"));
    enrolment.euroCentsPerCoin = euroCents.toInteger();
    Result<OfflinePolicy> policy = OfflinePolicy::fromJson(body.value(u"offlineRedemption"_s));
    if (!policy)
        return policy.error();
    enrolment.offlinePolicy = policy.value();
    return enrolment;
}

} // namespace buurtmunt
