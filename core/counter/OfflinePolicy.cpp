// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "OfflinePolicy.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {

Error badField(const QString& field)
{
    return {u"bad-response"_s,
            QCoreApplication::translate("OfflinePolicy", "The server's offline redemption rule is unusable: “%1” is missing or wrong.")
                .arg(field)};
}

} // namespace

Result<OfflinePolicy> OfflinePolicy::fromJson(const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull())
        return OfflinePolicy{};
    if (!value.isObject())
        return badField(u"offlineRedemption"_s);
    const QJsonObject object = value.toObject();
    OfflinePolicy policy;
    const QJsonValue enabled = object.value(u"enabled"_s);
    if (!enabled.isBool())
        return badField(u"offlineRedemption.enabled"_s);
    policy.enabled = enabled.toBool();
    const QJsonValue floor = object.value(u"floorLimitCents"_s);
    if (!floor.isDouble() || floor.toInteger(-1) < 0)
        return badField(u"offlineRedemption.floorLimitCents"_s);
    policy.floorLimit = Coins(floor.toInteger());
    const QJsonValue maxConsecutive = object.value(u"maxConsecutive"_s);
    if (!maxConsecutive.isDouble() || maxConsecutive.toInteger(-1) < 0)
        return badField(u"offlineRedemption.maxConsecutive"_s);
    policy.maxConsecutive = int(maxConsecutive.toInteger());
    return policy;
}

QJsonObject OfflinePolicy::toJson() const
{
    return QJsonObject{{u"enabled"_s, enabled},
                       {u"floorLimitCents"_s, floorLimit.cents()},
                       {u"maxConsecutive"_s, maxConsecutive}};
}

} // namespace buurtmunt
