// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "Fingerprint.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace buurtmunt {

QString Fingerprint::format(const QByteArray& sha256)
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

Result<QByteArray> Fingerprint::parse(const QString& text)
{
    QByteArray hex;
    hex.reserve(text.size());
    for (const QChar c : text) {
        if (c == u':' || c == u'-' || c.isSpace())
            continue;
        const char16_t u = c.unicode();
        const bool hexDigit = (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
        if (!hexDigit)
            return Error{u"invalid-fingerprint"_s,
                         QCoreApplication::translate("Fingerprint",
                                                     "The fingerprint contains “%1”, which is not a hexadecimal digit "
                                                     "(0–9, A–F).")
                             .arg(c)};
        hex.append(static_cast<char>(u));
    }
    if (hex.size() != Size * 2)
        return Error{u"invalid-fingerprint"_s,
                     QCoreApplication::translate("Fingerprint",
                                                 "A SHA-256 fingerprint has %1 hexadecimal digits (32 pairs); "
                                                 "this one has %2.")
                         .arg(Size * 2)
                         .arg(hex.size())};
    return QByteArray::fromHex(hex);
}

QByteArray Fingerprint::of(const QSslCertificate& certificate)
{
    if (certificate.isNull())
        return {};
    return QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256);
}

} // namespace buurtmunt
