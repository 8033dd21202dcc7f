// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Coins.h"
#include "server/Database.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace buurtmunt::server {

// What one shop is paid for one closed month.
struct SettlementLine final {
    qint64 shopId = 0;
    QString shopName;
    QString iban;  // the shop's account as registered now, normalised
    int redemptionCount = 0;
    Coins coins;
    qint64 euroCents = 0;
    QString endToEndId;
    qint64 ledgerTransactionId = 0;

    // {shopId, shopName, iban, redemptionCount, coinsCents, euroCents, endToEndId}
    QJsonObject toJson() const;
};

struct Settlement final {
    qint64 id = 0;
    QString period;  // "2026-10"
    QDateTime closedAt;
    qint64 closedById = 0;
    QString closedBy;  // the staff member's display name
    qint64 euroCentsPerCoin = 0;
    Coins totalCoins;
    qint64 totalEuroCents = 0;
    QString sepaMessageId;
    QList<SettlementLine> lines;

    QJsonObject toJson(bool withLines) const;
};

// One shop's account of a settlement: every voucher it was paid for.
struct SettlementStatement final {
    struct Row {
        qint64 id = 0;
        QString voucherId;
        QDateTime redeemedAt;
        Coins amount;
        std::optional<QDateTime> offlineAcceptedAt;
    };

    qint64 settlementId = 0;
    QString period;
    qint64 shopId = 0;
    QString shopName;
    QString shopAddress;
    QString shopIban;
    qint64 euroCentsPerCoin = 0;
    QList<Row> redemptions;  // oldest first
    int count = 0;
    Coins coins;
    qint64 euroCents = 0;

    QJsonObject toJson() const;
    // RFC 4180 text for a spreadsheet: a header row, one row per voucher
    // (ISO 8601 UTC times, amounts with two decimals), then a totals row.
    QByteArray toCsv() const;
};

// Monthly settlement: finance closes a month, each shop's received coins move
// to the settlement account in the ledger, and the municipality pays the
// shops in euros by one SEPA file. Refusal codes: invalid-body,
// period-not-ended, settlement-not-found, shop-not-found,
// settlement-config-missing.
class SettlementService final {
public:
    static constexpr const char* kIbanKey = "municipality.iban";
    static constexpr const char* kBicKey = "municipality.bic";

    struct Closed {
        Settlement settlement;
        bool created = false;  // false: the period was closed before and nothing moved now
    };

    // In the caller's transaction, which must be the whole unit: closing
    // moves money for every shop at once or for none.
    static Result<Closed> close(QSqlDatabase& db, const QString& period, qint64 staffId, const QString& requestId,
                                std::optional<qint64> deviceId = std::nullopt);
    // Newest period first, without lines.
    static Result<QList<Settlement>> list(QSqlDatabase& db);
    static Result<Settlement> find(QSqlDatabase& db, qint64 settlementId);
    static Result<SettlementStatement> statement(QSqlDatabase& db, qint64 settlementId, qint64 shopId);
    // The pain.001.001.03 file for the municipality's bank, made afresh on
    // every call from the stored lines (only its creation time differs).
    static Result<QByteArray> sepa(QSqlDatabase& db, qint64 settlementId);

    // "2026-10" -> 1 October 2026; nullopt for anything else ("2026-13", "26-11").
    static std::optional<QDate> parsePeriod(const QString& period);
    // The first instant after the month, in the municipality's time zone
    // (Europe/Amsterdam), as UTC.
    static QDateTime periodEnd(QDate firstDay);
    // coins × euro cents per coin / 100, rounded half up.
    static qint64 euroCentsFor(qint64 coinsCents, qint64 euroCentsPerCoin);
    // "buurtmunt-2026-10.xml"
    static QString sepaFileName(const QString& period);
    // Checks a BIC's shape (ISO 9362: 8 or 11 characters).
    static bool isBic(const QString& text);
};

} // namespace buurtmunt::server
