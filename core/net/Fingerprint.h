// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Result.h"

#include <QByteArray>
#include <QString>

class QSslCertificate;

namespace buurtmunt {

// A certificate's SHA-256 fingerprint, as pinned at enrolment. Raw 32 bytes
// inside the program; "AB:CD:…" for people, because that is how the server
// prints it and how an operator reads it out over the phone.
class Fingerprint final {
public:
    static constexpr int Size = 32;

    static QString format(const QByteArray& sha256);
    // Accepts upper or lower case, with or without colons, spaces or dashes.
    static Result<QByteArray> parse(const QString& text);
    // SHA-256 of the certificate's DER encoding.
    static QByteArray of(const QSslCertificate& certificate);
};

} // namespace buurtmunt
