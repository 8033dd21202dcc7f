// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "Crypto.h"

#include <QtGlobal>

#include <sodium.h>

namespace buurtmunt::crypto {

void ensureSodium()
{
    // A function-local static is initialised exactly once even when several
    // threads arrive together (C++11 magic statics).
    static const int result = sodium_init();
    if (result < 0)
        qFatal("libsodium could not be initialised; refusing to run without a secure random source");
}

QByteArray randomBytes(int n)
{
    ensureSodium();
    if (n <= 0)
        return {};
    QByteArray bytes(n, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<size_t>(n));
    return bytes;
}

quint32 randomUniform(quint32 upperBound)
{
    ensureSodium();
    return randombytes_uniform(upperBound);
}

QByteArray sha256(const QByteArray& data)
{
    ensureSodium();
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char*>(digest.data()),
                       reinterpret_cast<const unsigned char*>(data.constData()),
                       static_cast<unsigned long long>(data.size()));
    return digest;
}

QString hashSecret(const QString& secret)
{
    ensureSodium();
    const QByteArray utf8 = secret.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0) {
        return {};
    }
    return QString::fromLatin1(out);
}

bool verifySecret(const QString& hash, const QString& secret)
{
    ensureSodium();
    const QByteArray encoded = hash.toLatin1();
    // crypto_pwhash_str_verify reads a NUL-terminated string of bounded size;
    // anything longer cannot be one of ours.
    if (encoded.isEmpty() || encoded.size() >= static_cast<qsizetype>(crypto_pwhash_STRBYTES))
        return false;
    const QByteArray utf8 = secret.toUtf8();
    return crypto_pwhash_str_verify(encoded.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size()))
        == 0;
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    ensureSodium();
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return sodium_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

QString toBase64Url(const QByteArray& data)
{
    return QString::fromLatin1(
        data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QByteArray> fromBase64Url(QStringView text)
{
    // A length of 1 modulo 4 can never come out of an encoder.
    if (text.size() % 4 == 1)
        return std::nullopt;
    QByteArray ascii;
    ascii.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        const bool allowed = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z')
            || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
        if (!allowed)
            return std::nullopt;
        ascii.append(static_cast<char>(c));
    }
    auto decoded = QByteArray::fromBase64Encoding(
        ascii, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    // Refuse non-canonical text (stray bits in the last character), so one
    // secret has exactly one spelling.
    if (decoded.decoded.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) != ascii)
        return std::nullopt;
    return decoded.decoded;
}

} // namespace buurtmunt::crypto
