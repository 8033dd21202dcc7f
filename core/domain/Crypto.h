// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

// Thin wrappers over libsodium so the rest of the code never handles raw
// buffers or forgets sodium_init(); every function here is thread-safe.
namespace buurtmunt::crypto {

// Initialises libsodium once per process; every entry point that touches
// libsodium calls it, so callers never have to.
void ensureSodium();

// Cryptographically secure random bytes; an empty array for n <= 0.
QByteArray randomBytes(int n);

// Uniform random integer in [0, upperBound) without modulo bias.
quint32 randomUniform(quint32 upperBound);

QByteArray sha256(const QByteArray& data);

// Argon2id (crypto_pwhash_str, interactive limits) for PINs, passwords and
// other low-entropy secrets. The result is the self-describing encoded form
// ("$argon2id$v=19$..."), salt included. Empty only if memory ran out.
QString hashSecret(const QString& secret);
bool verifySecret(const QString& hash, const QString& secret);

// Compares secrets without leaking where they differ; different lengths are
// unequal (the length of a secret is not secret here).
bool constantTimeEquals(const QByteArray& a, const QByteArray& b);

// RFC 4648 base64url without padding, as used on the wire for device secrets.
QString toBase64Url(const QByteArray& data);
// nullopt for anything that is not canonical unpadded base64url.
std::optional<QByteArray> fromBase64Url(QStringView text);

} // namespace buurtmunt::crypto
