// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace buurtmunt {

// claimed -> submitted -> approved | rejected; claimed -> expired | released.
enum class ClaimStatus { Claimed, Submitted, Approved, Rejected, Expired, Released };

inline constexpr std::array allClaimStatuses{ClaimStatus::Claimed,  ClaimStatus::Submitted,
                                             ClaimStatus::Approved, ClaimStatus::Rejected,
                                             ClaimStatus::Expired,  ClaimStatus::Released};

// The wire names: "claimed", "submitted", "approved", "rejected", "expired", "released".
QString toString(ClaimStatus status);
std::optional<ClaimStatus> claimStatusFromString(QStringView text);

// Approved, rejected, expired and released are final: an approval has minted
// coins, and the other three have given the slot back.
bool canTransition(ClaimStatus from, ClaimStatus to);

// A claim that still holds a task slot and counts towards the earnings cap.
bool isOpen(ClaimStatus status);

} // namespace buurtmunt
