// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "AuditVerification.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace buurtmunt {

Result<AuditVerification> AuditVerification::fromJson(const QJsonObject& object)
{
    auto bad = [](const QString& field) {
        return Error{u"bad-response"_s, QCoreApplication::translate(
                                            "AuditVerification",
                                            "The server's audit check is unusable: “%1” is missing or wrong.")
                                            .arg(field)};
    };
    AuditVerification verification;
    const QJsonValue intact = object.value(u"intact"_s);
    if (!intact.isBool())
        return bad(u"intact"_s);
    verification.intact = intact.toBool();
    const QJsonValue rows = object.value(u"rows"_s);
    if (!rows.isDouble() || rows.toInteger() < 0)
        return bad(u"rows"_s);
    verification.rows = rows.toInteger();
    verification.firstBrokenId = object.value(u"firstBrokenId"_s).toInteger();
    verification.problem = object.value(u"problem"_s).toString();
    // A broken chain that names no row would leave the admin nothing to look at.
    if (!verification.intact && verification.firstBrokenId <= 0)
        return bad(u"firstBrokenId"_s);
    return verification;
}

} // namespace buurtmunt
