// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "Earnings.h"

#include "core/domain/JsonNumber.h"

using namespace Qt::StringLiterals;

namespace buurtmunt {

Result<Earnings> Earnings::fromJson(const QJsonObject& object)
{
    QString missing;
    const auto cents = [&](const QString& name) -> qint64 {
        // Money is integer cents on the wire; a fraction means a broken answer.
        const auto number = JsonNumber::whole(object.value(name));
        if (!number || *number < 0) {
            if (missing.isEmpty())
                missing = name;
            return 0;
        }
        return *number;
    };
    Earnings e;
    e.displayName = object.value(u"displayName"_s).toString();
    e.neighbourhood = object.value(u"neighbourhood"_s).toString();
    e.balanceCents = cents(u"balanceCents"_s);
    e.earnedThisYearCents = cents(u"earnedThisYearCents"_s);
    e.earnedThisMonthCents = cents(u"earnedThisMonthCents"_s);
    e.pendingCents = cents(u"pendingCents"_s);
    e.remainingYearCents = cents(u"remainingYearCents"_s);
    e.remainingMonthCents = cents(u"remainingMonthCents"_s);
    e.yearlyCapCents = cents(u"yearlyCapCents"_s);
    e.monthlyCapCents = cents(u"monthlyCapCents"_s);
    e.openClaims = int(cents(u"openClaims"_s));
    e.maxOpenClaims = int(cents(u"maxOpenClaims"_s));
    e.asOf = QDateTime::fromString(object.value(u"asOf"_s).toString(), Qt::ISODate);
    if (!missing.isEmpty())
        return Error{u"bad-response"_s, u"The server's earnings answer has no valid \"%1\"."_s.arg(missing)};
    if (!e.asOf.isValid())
        return Error{u"bad-response"_s, u"The server's earnings answer has no valid \"asOf\" time."_s};
    e.asOf = e.asOf.toUTC();
    return e;
}

} // namespace buurtmunt
