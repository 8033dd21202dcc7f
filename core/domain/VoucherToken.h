// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Coins.h"
#include "Result.h"
#include "VoucherKey.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringView>

namespace buurtmunt {

// What a voucher's QR says, signed by the server.
struct VoucherClaims final {
    quint16 keyId = 0;
    QByteArray voucherId;  // 16 random bytes
    Coins amount;          // > 0, at most 42,949,672.95
    QDate expiryDay;       // last day on which it may be redeemed

    // The wire form of the voucher id: 32 lower-case hex characters.
    QString voucherIdHex() const { return QString::fromLatin1(voucherId.toHex()); }

    bool operator==(const VoucherClaims&) const = default;
};

// The voucher token: version (1) | keyId (u16) | voucherId (16 bytes) |
// amount (u32 cents) | expiry (u16 days since 2020-01-01), all big-endian,
// 25 bytes, then an Ed25519 signature over them (64 bytes).
//
// Its text is digits only, so it goes into a QR in numeric mode (as dense as
// binary) and survives keyboard-wedge scanners on NL, US and DE layouts: the
// 89 bytes are cut into 7-byte big-endian groups written as 17 digits each,
// the last shorter group in the fixed number of digits its size needs
// (5 bytes: 13 digits), 217 digits in all.
class VoucherCodec final {
public:
    static constexpr int version = 1;
    static constexpr int payloadSize = 25;
    static constexpr int signatureSize = 64;
    static constexpr int tokenSize = payloadSize + signatureSize;
    static const QDate epoch;  // 2020-01-01, day 0 of the expiry field

    // Errors: "key-mismatch", "invalid-voucher-id", "invalid-amount", "invalid-expiry".
    static Result<QString> encode(const VoucherClaims& claims, const VoucherKeyPair& key);

    // Verifies a scanned or typed token offline. Checks in this order and
    // reports the first failure: "malformed", "unknown-version",
    // "unknown-key", "bad-signature", "expired" (today > expiryDay).
    static Result<VoucherClaims> decode(QStringView text, const QHash<quint16, QByteArray>& publicKeys,
                                        QDate today);

    // Reads the claims without verifying anything, to show what a refused
    // code says it is. Errors: "malformed", "unknown-version".
    static Result<VoucherClaims> inspect(QStringView text);

    // The text layer on its own: bytes <-> digit groups ("malformed").
    static QString bytesToDigits(const QByteArray& bytes);
    static Result<QByteArray> digitsToBytes(QStringView digits);
    static int digitCount(int byteCount);
};

} // namespace buurtmunt
