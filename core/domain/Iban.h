// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Result.h"

#include <QString>
#include <QStringView>

namespace buurtmunt {

// A shop's bank account for settlement (ISO 13616). Staff type it from a
// letterhead, so spaces and lower case are accepted; the mod-97 check and the
// country's length catch nearly every typing error before money is sent.
class Iban final {
public:
    static constexpr int minLength = 15;  // for countries not in the table
    static constexpr int maxLength = 34;

    Iban() = default;  // null; for containers

    // Errors: "not-an-iban" (characters, shape), "wrong-length",
    // "bad-check-digits". The message completes a sentence that starts with
    // the field's name: "is not an IBAN: ...", "has 17 characters, NL IBANs
    // have 18", "fails the mod-97 check ...".
    static Result<Iban> parse(QStringView typed);

    // The length a country's IBANs have, or 0 when this table does not know it.
    static int lengthFor(QStringView countryCode);
    // Country + computed check digits + bban, e.g. for demo data.
    static QString withCheckDigits(QStringView countryCode, QStringView bban);

    bool isNull() const { return m_iban.isEmpty(); }
    QString toString() const { return m_iban; }      // "NL91ABNA0417164300", as stored
    QString display() const;                         // "NL91 ABNA 0417 1643 00", as printed
    QString countryCode() const { return m_iban.left(2); }
    bool operator==(const Iban&) const = default;

private:
    explicit Iban(QString iban) : m_iban(std::move(iban)) {}
    // The ISO 7064 remainder of the rearranged text (letters as 10..35).
    static int mod97(QStringView rearranged);

    QString m_iban;
};

} // namespace buurtmunt
