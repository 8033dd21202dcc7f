// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace buurtmunt::server {

// One payment to a shop in a SEPA credit-transfer file.
struct SepaTransfer final {
    QString endToEndId;   // unique per payment, at most 35 characters, e.g. "BM-2026-11-S3"
    QString creditorName;
    QString creditorIban; // normalised: upper case, no spaces
    qint64 euroCents = 0; // > 0
    QString remittance;   // what the shop reads on its bank statement, at most 140 characters
};

// What the municipality's finance department hands to its bank: one payment
// instruction from the municipality's account with a transfer per shop.
struct SepaBatch final {
    QString messageId;    // unique per file, at most 35 characters
    QDateTime createdAt;  // written in UTC
    QDate executionDate;  // requested execution date
    QString debtorName;   // the municipality
    QString debtorIban;
    QString debtorBic;    // optional; "NOTPROVIDED" is written when empty
    QList<SepaTransfer> transfers;
};

// Writes pain.001.001.03 (ISO 20022 customer credit-transfer initiation, the
// version Dutch banks accept for SEPA batches): group header with the number
// of transactions and their control sum, one payment information block, and
// the transfers in the element order the scheme prescribes. Amounts are
// written from cents with exactly two decimals; texts are reduced to the
// SEPA character set (accents dropped, anything else becomes a space).
class SepaCreditTransfer final {
public:
    static constexpr auto kNamespace = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";

    // Errors ("invalid-sepa-batch") name the first field that is wrong: an
    // IBAN failing mod-97, an empty name, a non-positive amount, an identifier
    // that is too long or repeated, no transfers at all.
    static Result<QByteArray> write(const SepaBatch& batch);

    // 1250 -> "12.50"
    static QString amountText(qint64 cents);
    // Latin letters, digits, space and / - ? : ( ) . , ' + only; cut to maxLength.
    static QString sepaText(const QString& text, int maxLength);
};

} // namespace buurtmunt::server
