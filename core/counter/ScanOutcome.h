// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Coins.h"

#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace buurtmunt {

// Where a code came from: the webcam, a keyboard-wedge scanner or typed.
enum class ScanSource { Camera, Scanner, Typed };

// The answer to one submitted code at the counter. Only slugs and values: the
// counter window turns them into words, colour and sound.
struct ScanOutcome final {
    enum Kind { Accepted, AcceptedOffline, Refused };

    Kind kind = Refused;
    ScanSource source = ScanSource::Typed;
    Coins amount{0};    // from the token, or the server's answer for a typed code
    QString voucherId;  // 32 hex; empty when the code said nothing readable
    // Empty when accepted. Otherwise the server's problem slug
    // (voucher-already-redeemed, voucher-expired, voucher-cancelled,
    // voucher-unknown, voucher-forged, voucher-offline-conflict, ...) or a
    // local one: "forged", "expired", "not-a-voucher", "needs-network",
    // "over-floor-limit", "offline-limit-reached", "already-redeemed-here",
    // or "store-error" when the local database failed.
    QString refusal;
    // With "forged" / "voucher-forged": malformed, unknown-version,
    // unknown-key, bad-signature. With "not-a-voucher" from a mistyped manual
    // code: bad-character, wrong-length, bad-check-character.
    QString reason;
    QDateTime redeemedAt;               // voucher-already-redeemed / offline conflict; UTC
    std::optional<bool> redeemedHere;   // voucher-already-redeemed: by this shop?
    QDate expiresOn;                    // expired (local or server) and accepted tokens
    QDateTime offlineAcceptedAt;        // AcceptedOffline, and refused queued ones
    QString message;                    // the server's or store's sentence, for logs

    bool isAccepted() const { return kind != Refused; }
};

} // namespace buurtmunt

Q_DECLARE_METATYPE(buurtmunt::ScanOutcome)
