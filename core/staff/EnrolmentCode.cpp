// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "EnrolmentCode.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {

Error bad(const char* what, const QString& field)
{
    return Error{u"bad-response"_s, QCoreApplication::translate("EnrolmentCode", what).arg(field)};
}

} // namespace

QJsonObject EnrolmentCode::Request::toJson() const
{
    QJsonObject body{{u"role"_s, role}};
    if (shopId > 0)
        body.insert(u"shopId"_s, shopId);
    if (!neighbourhood.trimmed().isEmpty())
        body.insert(u"neighbourhood"_s, neighbourhood.trimmed());
    if (!deviceName.trimmed().isEmpty())
        body.insert(u"deviceName"_s, deviceName.trimmed());
    return body;
}

Result<EnrolmentCode> EnrolmentCode::fromJson(const QJsonObject& object)
{
    const char* what = QT_TRANSLATE_NOOP("EnrolmentCode", "The server's enrolment code is unusable: “%1” is missing or wrong.");
    EnrolmentCode code;
    code.code = object.value(u"code"_s).toString();
    if (code.code.isEmpty())
        return bad(what, u"code"_s);
    code.role = object.value(u"role"_s).toString();
    if (code.role.isEmpty())
        return bad(what, u"role"_s);
    code.shopId = object.value(u"shopId"_s).toInteger();
    code.neighbourhood = object.value(u"neighbourhood"_s).toString();
    code.deviceName = object.value(u"deviceName"_s).toString();
    code.expiresAt = QDateTime::fromString(object.value(u"expiresAt"_s).toString(), Qt::ISODateWithMs).toUTC();
    if (!code.expiresAt.isValid())
        return bad(what, u"expiresAt"_s);
    return code;
}

} // namespace buurtmunt
