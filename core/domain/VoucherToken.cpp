// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "VoucherToken.h"

#include "Crypto.h"

#include <QtEndian>

#include <sodium.h>

#include <algorithm>
#include <array>
#include <limits>

using namespace Qt::StringLiterals;

namespace buurtmunt {

static_assert(VoucherCodec::signatureSize == crypto_sign_BYTES);

const QDate VoucherCodec::epoch{2020, 1, 1};

namespace {

constexpr int groupBytes = 7;
constexpr int groupDigits = 17;
// Digits needed for the largest value of 0..7 bytes.
constexpr std::array<int, groupBytes + 1> digitsForBytes{0, 3, 5, 8, 10, 13, 15, 17};

constexpr int offsetVersion = 0;
constexpr int offsetKeyId = 1;
constexpr int offsetVoucherId = 3;
constexpr int voucherIdSize = 16;
constexpr int offsetAmount = 19;
constexpr int offsetExpiry = 23;

const uchar* ubytes(const QByteArray& array)
{
    return reinterpret_cast<const uchar*>(array.constData());
}

Error malformed(const QString& what)
{
    return Error{u"malformed"_s, u"This is not a valid voucher code: %1."_s.arg(what)};
}

} // namespace

int VoucherCodec::digitCount(int byteCount)
{
    if (byteCount < 0)
        return 0;
    return (byteCount / groupBytes) * groupDigits + digitsForBytes[static_cast<size_t>(byteCount % groupBytes)];
}

QString VoucherCodec::bytesToDigits(const QByteArray& bytes)
{
    QString text;
    text.reserve(digitCount(static_cast<int>(bytes.size())));
    for (qsizetype start = 0; start < bytes.size(); start += groupBytes) {
        const qsizetype count = std::min<qsizetype>(groupBytes, bytes.size() - start);
        quint64 value = 0;
        for (qsizetype i = 0; i < count; ++i)
            value = (value << 8) | static_cast<uchar>(bytes.at(start + i));
        text += u"%1"_s.arg(value, digitsForBytes[static_cast<size_t>(count)], 10, QChar(u'0'));
    }
    return text;
}

Result<QByteArray> VoucherCodec::digitsToBytes(QStringView digits)
{
    for (qsizetype i = 0; i < digits.size(); ++i) {
        const char16_t c = digits.at(i).unicode();
        if (c < u'0' || c > u'9')
            return malformed(u"character %1 (\"%2\") is not a digit"_s.arg(i + 1).arg(QString(digits.at(i))));
    }
    const qsizetype remainder = digits.size() % groupDigits;
    int lastGroupBytes = 0;
    if (remainder != 0) {
        const auto found = std::find(digitsForBytes.begin(), digitsForBytes.end(), static_cast<int>(remainder));
        if (found == digitsForBytes.end())
            return malformed(u"%1 digits cannot be a whole number of bytes"_s.arg(digits.size()));
        lastGroupBytes = static_cast<int>(found - digitsForBytes.begin());
    }

    QByteArray bytes;
    bytes.reserve((digits.size() / groupDigits) * groupBytes + lastGroupBytes);
    for (qsizetype start = 0; start < digits.size();) {
        const bool full = digits.size() - start >= groupDigits;
        const qsizetype length = full ? groupDigits : remainder;
        const int count = full ? groupBytes : lastGroupBytes;
        quint64 value = 0;
        for (qsizetype i = 0; i < length; ++i)
            value = value * 10 + (digits.at(start + i).unicode() - u'0');  // 17 digits < 2^64
        if (value >> (8 * count) != 0)
            return malformed(u"the digit group starting at character %1 is too large"_s.arg(start + 1));
        for (int i = count - 1; i >= 0; --i)
            bytes.append(static_cast<char>((value >> (8 * i)) & 0xff));
        start += length;
    }
    return bytes;
}

Result<QString> VoucherCodec::encode(const VoucherClaims& claims, const VoucherKeyPair& key)
{
    crypto::ensureSodium();
    if (claims.keyId != key.keyId()) {
        return Error{u"key-mismatch"_s,
                     u"The voucher names key %1 but is being signed with key %2."_s.arg(claims.keyId).arg(key.keyId())};
    }
    if (claims.voucherId.size() != voucherIdSize) {
        return Error{u"invalid-voucher-id"_s,
                     u"A voucher id has %1 bytes; this one has %2."_s.arg(voucherIdSize).arg(claims.voucherId.size())};
    }
    if (claims.amount.cents() <= 0 || claims.amount.cents() > std::numeric_limits<quint32>::max()) {
        return Error{u"invalid-amount"_s,
                     u"A voucher amount must be more than 0 and at most %1 cents; it is %2."_s
                         .arg(std::numeric_limits<quint32>::max())
                         .arg(claims.amount.cents())};
    }
    const qint64 expiryDays = claims.expiryDay.isValid() ? epoch.daysTo(claims.expiryDay) : -1;
    if (expiryDays < 0 || expiryDays > std::numeric_limits<quint16>::max()) {
        return Error{u"invalid-expiry"_s,
                     u"A voucher must expire between %1 and %2; \"%3\" is outside that."_s.arg(
                         epoch.toString(Qt::ISODate), epoch.addDays(std::numeric_limits<quint16>::max()).toString(Qt::ISODate),
                         claims.expiryDay.toString(Qt::ISODate))};
    }

    QByteArray token(tokenSize, '\0');
    uchar* out = reinterpret_cast<uchar*>(token.data());
    out[offsetVersion] = version;
    qToBigEndian<quint16>(claims.keyId, out + offsetKeyId);
    std::copy(claims.voucherId.cbegin(), claims.voucherId.cend(), token.begin() + offsetVoucherId);
    qToBigEndian<quint32>(static_cast<quint32>(claims.amount.cents()), out + offsetAmount);
    qToBigEndian<quint16>(static_cast<quint16>(expiryDays), out + offsetExpiry);
    crypto_sign_detached(out + payloadSize, nullptr, out, payloadSize, ubytes(key.secretKey()));
    return bytesToDigits(token);
}

Result<VoucherClaims> VoucherCodec::inspect(QStringView text)
{
    const int expectedDigits = digitCount(tokenSize);
    if (text.size() != expectedDigits) {
        return malformed(u"a voucher code has %1 digits, this one has %2"_s.arg(expectedDigits).arg(text.size()));
    }
    auto decoded = digitsToBytes(text);
    if (!decoded)
        return decoded.error();
    const QByteArray& token = decoded.value();
    const uchar* in = ubytes(token);
    if (in[offsetVersion] != version) {
        return Error{u"unknown-version"_s,
                     u"This voucher code has format version %1, which this program does not know."_s.arg(in[offsetVersion])};
    }
    VoucherClaims claims;
    claims.keyId = qFromBigEndian<quint16>(in + offsetKeyId);
    claims.voucherId = token.mid(offsetVoucherId, voucherIdSize);
    claims.amount = Coins(qFromBigEndian<quint32>(in + offsetAmount));
    claims.expiryDay = epoch.addDays(qFromBigEndian<quint16>(in + offsetExpiry));
    if (claims.amount.isZero())
        return malformed(u"it claims an amount of zero"_s);
    return claims;
}

Result<VoucherClaims> VoucherCodec::decode(QStringView text, const QHash<quint16, QByteArray>& publicKeys, QDate today)
{
    crypto::ensureSodium();
    auto claims = inspect(text);
    if (!claims)
        return claims;

    const auto key = publicKeys.constFind(claims->keyId);
    if (key == publicKeys.cend() || key->size() != VoucherKeyPair::publicKeySize) {
        return Error{u"unknown-key"_s,
                     u"This voucher was signed with key %1, which this device does not know."_s.arg(claims->keyId)};
    }

    // Only the text was kept by inspect(); the bytes are cheap to rebuild and
    // inspect() has already proven they parse.
    const QByteArray token = digitsToBytes(text).value();
    if (crypto_sign_verify_detached(ubytes(token) + payloadSize, ubytes(token), payloadSize, ubytes(*key)) != 0)
        return Error{u"bad-signature"_s, u"This voucher code is forged or damaged: its signature does not match."_s};

    if (!today.isValid() || today > claims->expiryDay) {
        return Error{u"expired"_s,
                     u"This voucher expired on %1."_s.arg(claims->expiryDay.toString(Qt::ISODate))};
    }
    return claims;
}

} // namespace buurtmunt
