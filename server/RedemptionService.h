// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Coins.h"
#include "core/domain/VoucherManualCode.h"
#include "server/Database.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace buurtmunt::server {

// A voucher paid to a shop, as GET /v1/shop/redemptions and POST
// /v1/redemptions show it.
struct Redemption final {
    qint64 id = 0;
    QString voucherId;  // public id, 32 hex characters
    Coins amount;
    qint64 shopId = 0;
    QString shopName;
    qint64 deviceId = 0;
    qint64 redeemedAt = 0;  // msecs since the epoch, UTC
    std::optional<qint64> offlineAcceptedAt;

    QJsonObject toJson() const;
};

// A voucher a counter accepted offline that the server could not pay, kept
// for staff with both records.
struct VoucherConflict final {
    qint64 id = 0;
    QString voucherId;
    Coins amount;
    QString reason;  // already-redeemed | cancelled | expired
    std::optional<Redemption> first;
    qint64 shopId = 0;
    QString shopName;
    qint64 deviceId = 0;
    qint64 offlineAcceptedAt = 0;
    qint64 reportedAt = 0;
    // Set once staff have settled it with the shop.
    std::optional<qint64> resolvedAt;
    std::optional<qint64> resolvedBy;  // staff id
    QString resolvedByName;
    QString resolutionNote;

    QJsonObject toJson() const;
};

// The counter that presents a voucher.
struct RedeemingDevice final {
    qint64 deviceId = 0;
    std::optional<qint64> shopId;
    QString actor;  // for the ledger and the audit log: "device:7"
};

// What a counter presents: exactly one of the scanned token or the typed
// manual code, and for a voucher it accepted without the server, when.
struct RedemptionInput final {
    QString token;
    VoucherManualCode manualCode;
    std::optional<QDateTime> offlineAcceptedAt;
};

// Pays vouchers to shops, at most once each. Everything happens inside the
// caller's transaction (the request's): the voucher row is locked first on
// PostgreSQL (SQLite's BEGIN IMMEDIATE already serialises writers), its
// status changes only WHERE status = 'issued', the ledger refuses a second
// `voucher-redeem:<id>` key and voucher_redemptions has a unique voucher_id,
// so any one of them alone stops a double payment.
//
// Refusals that must survive the answer (the release of an expired voucher,
// an offline conflict) are written in the same transaction, so the route
// commits refusals.
class RedemptionService final {
public:
    struct Outcome {
        std::optional<Redemption> redemption;  // set when the voucher is paid to this counter
        bool created = false;                  // paid by this request (201) rather than earlier (200)
        QString refusal;                       // problem slug when not paid
        QString message;
        QJsonObject members;                   // extra problem members: redeemedAt, reason, conflictId, ...
    };

    static Result<Outcome> redeem(QSqlDatabase& db, const RedeemingDevice& device, const RedemptionInput& input,
                                  const QString& requestId);

    // Newest first.
    static Result<QList<VoucherConflict>> conflicts(QSqlDatabase& db, int limit);
    // Marks a conflict settled by a staff member, with how it was settled
    // (audited). Errors: "conflict-not-found", "conflict-already-resolved".
    static Result<VoucherConflict> resolveConflict(QSqlDatabase& db, qint64 conflictId, qint64 staffId,
                                                   const QString& note, const QString& requestId);

    // The municipality's calendar day (Europe/Amsterdam) at `utc`: a voucher
    // is valid through the last day printed on it, in local time.
    static QDate municipalityDay(const QDateTime& utc);
};

} // namespace buurtmunt::server
