// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "VoucherKey.h"

#include "Crypto.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace buurtmunt {

static_assert(VoucherKeyPair::publicKeySize == crypto_sign_PUBLICKEYBYTES);
static_assert(VoucherKeyPair::secretKeySize == crypto_sign_SECRETKEYBYTES);

namespace {
unsigned char* bytes(QByteArray& array)
{
    return reinterpret_cast<unsigned char*>(array.data());
}
} // namespace

VoucherKeyPair::VoucherKeyPair(quint16 keyId, QByteArray publicKey, QByteArray secretKey)
    : m_keyId(keyId)
    , m_publicKey(std::move(publicKey))
    , m_secretKey(std::move(secretKey))
{
}

VoucherKeyPair VoucherKeyPair::generate(quint16 keyId)
{
    crypto::ensureSodium();
    QByteArray publicKey(publicKeySize, Qt::Uninitialized);
    QByteArray secretKey(secretKeySize, Qt::Uninitialized);
    crypto_sign_keypair(bytes(publicKey), bytes(secretKey));
    return VoucherKeyPair(keyId, std::move(publicKey), std::move(secretKey));
}

Result<VoucherKeyPair> VoucherKeyPair::fromSecretKey(quint16 keyId, const QByteArray& secretKey64)
{
    crypto::ensureSodium();
    if (secretKey64.size() != secretKeySize) {
        return Error{u"invalid-key"_s,
                     u"A voucher secret key has %1 bytes; this one has %2."_s.arg(secretKeySize).arg(secretKey64.size())};
    }
    // Re-derive the pair from the seed: a secret key whose stored public half
    // was damaged would otherwise sign vouchers nobody can verify.
    QByteArray seed(crypto_sign_SEEDBYTES, Qt::Uninitialized);
    QByteArray secretKey = secretKey64;
    crypto_sign_ed25519_sk_to_seed(bytes(seed), reinterpret_cast<const unsigned char*>(secretKey.constData()));
    QByteArray publicKey(publicKeySize, Qt::Uninitialized);
    QByteArray derivedSecret(secretKeySize, Qt::Uninitialized);
    crypto_sign_seed_keypair(bytes(publicKey), bytes(derivedSecret), reinterpret_cast<const unsigned char*>(seed.constData()));
    sodium_memzero(seed.data(), static_cast<size_t>(seed.size()));
    if (!crypto::constantTimeEquals(derivedSecret, secretKey))
        return Error{u"invalid-key"_s, u"The voucher secret key is damaged: its public half does not match."_s};
    return VoucherKeyPair(keyId, std::move(publicKey), std::move(secretKey));
}

} // namespace buurtmunt
