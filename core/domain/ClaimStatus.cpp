// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ClaimStatus.h"

using namespace Qt::StringLiterals;

namespace buurtmunt {

QString toString(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::Claimed:
        return u"claimed"_s;
    case ClaimStatus::Submitted:
        return u"submitted"_s;
    case ClaimStatus::Approved:
        return u"approved"_s;
    case ClaimStatus::Rejected:
        return u"rejected"_s;
    case ClaimStatus::Expired:
        return u"expired"_s;
    case ClaimStatus::Released:
        return u"released"_s;
    }
    return QString();  // unreachable: every enumerator is handled above
}

std::optional<ClaimStatus> claimStatusFromString(QStringView text)
{
    for (const ClaimStatus status : allClaimStatuses) {
        if (text == toString(status))
            return status;
    }
    return std::nullopt;
}

bool canTransition(ClaimStatus from, ClaimStatus to)
{
    switch (from) {
    case ClaimStatus::Claimed:
        return to == ClaimStatus::Submitted || to == ClaimStatus::Expired || to == ClaimStatus::Released;
    case ClaimStatus::Submitted:
        return to == ClaimStatus::Approved || to == ClaimStatus::Rejected;
    case ClaimStatus::Approved:
    case ClaimStatus::Rejected:
    case ClaimStatus::Expired:
    case ClaimStatus::Released:
        return false;
    }
    return false;
}

bool isOpen(ClaimStatus status)
{
    return status == ClaimStatus::Claimed || status == ClaimStatus::Submitted;
}

} // namespace buurtmunt
