// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace buurtmunt {

// The opaque token in a resident's pass card QR. Pure randomness, never
// derived from personal data, so a lost card reveals nothing about its owner.
// 26 random characters of the 31-character alphabet (26 × log2(31) ≈ 128.8
// bits) and a check character so a typed token with a typo is caught locally.
class PassToken final {
public:
    static constexpr int length = 27;

    PassToken() = default;  // null; for containers

    static PassToken generate();
    // Errors: "bad-character", "wrong-length", "bad-check-character".
    static Result<PassToken> parse(QStringView typed);

    bool isNull() const { return m_token.isEmpty(); }
    QString toString() const { return m_token; }
    // Nine groups of three, short enough to read aloud and type.
    QString display() const;
    // SHA-256 of the canonical text: the only form the server stores.
    QByteArray hash() const;

    bool operator==(const PassToken&) const = default;

private:
    explicit PassToken(QString token) : m_token(std::move(token)) {}

    QString m_token;
};

} // namespace buurtmunt
