// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QtGlobal>

namespace buurtmunt {

// The server's Ed25519 voucher signing key. The key id travels in every
// token so keys can be rotated while older vouchers stay valid; counter PCs
// get the public halves at enrolment.
class VoucherKeyPair final {
public:
    static constexpr int publicKeySize = 32;
    static constexpr int secretKeySize = 64;

    static VoucherKeyPair generate(quint16 keyId);
    // secretKey64 is libsodium's 64-byte form (seed followed by public key);
    // refused ("invalid-key") if the halves do not belong together.
    static Result<VoucherKeyPair> fromSecretKey(quint16 keyId, const QByteArray& secretKey64);

    quint16 keyId() const { return m_keyId; }
    QByteArray publicKey() const { return m_publicKey; }
    QByteArray secretKey() const { return m_secretKey; }

private:
    VoucherKeyPair(quint16 keyId, QByteArray publicKey, QByteArray secretKey);

    quint16 m_keyId = 0;
    QByteArray m_publicKey;
    QByteArray m_secretKey;
};

} // namespace buurtmunt
