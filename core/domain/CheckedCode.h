// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Result.h"

#include <QString>
#include <QStringView>

namespace buurtmunt {

// Codes people read off paper and type: voucher manual codes and pass tokens.
//
// The alphabet has 31 characters: digits and upper-case letters without I, O
// and U (easily confused) and without Y and Z (they swap places between German
// and US keyboard layouts). The last character is a check character making
// sum(i × value(c_i)) ≡ 0 (mod 31) over 1-based positions. Since 31 is prime
// and every weight 1..30 is invertible, any single substitution and any swap
// of neighbours changes the sum, so every such typo is caught.
class CheckedCode final {
public:
    static constexpr QStringView alphabet = u"0123456789ABCDEFGHJKLMNPQRSTVWX";
    static constexpr int radix = 31;
    // The weights must stay distinct and non-zero modulo 31.
    static constexpr int maxLength = 30;

    // Position of c in the alphabet, or -1.
    static int valueOf(QChar c);

    // body followed by its check character; empty if body is empty, longer
    // than maxLength - 1, or has a character outside the alphabet.
    static QString appendCheck(QString body);
    static bool isValid(QStringView code);

    // What people type into what the code is: upper case, no spaces or
    // dashes, O read as 0 and I as 1.
    static QString normalize(QStringView typed);

    // "7KD4M2QX9P" -> "7KD4M-2QX9P" for size 5.
    static QString group(QStringView code, int size);

    // length characters drawn uniformly from the alphabet (libsodium CSPRNG).
    static QString randomBody(int length);

    // Normalises typed text and checks it as a code of exactly `length`
    // characters. `what` names the code in messages ("voucher code").
    // Errors: "bad-character" (naming it), "wrong-length", "bad-check-character".
    static Result<QString> parse(QStringView typed, int length, const QString& what);
};

} // namespace buurtmunt
