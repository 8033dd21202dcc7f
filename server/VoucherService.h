// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Coins.h"
#include "server/Database.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace buurtmunt::server {

// Spending coins: a resident turns part of the balance into a signed voucher
// at a kiosk. The coins move to escrow in the same transaction that records
// the voucher, and come back when the voucher is cancelled or expires;
// redemption (RedemptionService) moves them on to the shop. Every function
// runs inside the caller's one Database::transaction; a refusal returns an
// Error with a stable code and a sentence a resident understands.
//
// Refusal codes: invalid-body (amount), resident-not-found, pass-blocked,
// insufficient-balance, too-many-open-vouchers, voucher-not-found,
// voucher-not-issued, invalid-setting. Transient conflicts come back as
// "retry" so Database::transaction reruns the unit.
class VoucherService final {
public:
    // The token carries the amount as an unsigned 32-bit number of cents.
    static constexpr qint64 kMaxAmountCents = 4294967295LL;

    static constexpr const char* kValidityDaysKey = "voucher.validityDays";
    static constexpr const char* kMaxOpenKey = "voucher.maxOpen";
    static constexpr const char* kOfflineEnabledKey = "counter.offline.enabled";
    static constexpr const char* kOfflineFloorLimitKey = "counter.offline.floorLimitCents";
    static constexpr const char* kOfflineMaxConsecutiveKey = "counter.offline.maxConsecutive";

    // The municipality's voucher settings (table `settings`); absent keys
    // keep these defaults. A stored value that is not a valid number is an
    // "invalid-setting" error naming the key, never silently replaced:
    // these numbers decide about money.
    struct Rules {
        int validityDays = 90;
        int maxOpen = 10;
        bool offlineEnabled = false;
        Coins offlineFloorLimit{2500};
        int offlineMaxConsecutive = 5;

        static Result<Rules> load(QSqlDatabase& db);
        Status save(QSqlDatabase& db) const;
        // The device answer's offlineRedemption object.
        QJsonObject offlineRedemptionJson() const;
    };

    enum class State { Issued, Redeemed, Cancelled, Expired };
    static QString toString(State state);
    static std::optional<State> stateFromString(const QString& text);

    struct Voucher {
        qint64 id = 0;         // row id; never leaves the server
        QString publicId;      // 32 lower-case hex characters, the id inside the token
        qint64 residentId = 0;
        Coins amount;
        State status = State::Issued;
        QDateTime createdAt;
        QDate expiresOn;       // last day it may be redeemed (municipality's local date)
        QString token;         // 217 digits, as in the QR
        QString manualCode;    // "7KD4M2QX9P", as stored
        std::optional<QDateTime> endedAt;
        QString shopName;      // where it was redeemed; empty otherwise
        quint16 keyId = 0;

        QString manualCodeDisplay() const;
        // The contract's Voucher JSON: id, amountCents, status, createdAt,
        // expiresOn, token, manualCode, manualCodeDisplay, endedAt, shopName.
        QJsonObject toJson() const;
    };

    // The municipality's local date (Europe/Amsterdam) at an instant: the
    // day a voucher's expiry is counted in.
    static QDate localDate(const QDateTime& instant);

    // `refusal`, when given, receives the members a refused request's
    // problem carries: balanceCents with insufficient-balance, maxOpen with
    // too-many-open-vouchers.
    static Result<Voucher> create(QSqlDatabase& db, qint64 residentId, qint64 amountCents, qint64 deviceId,
                                  const QString& requestId, QJsonObject* refusal = nullptr);
    // Issued vouchers of the resident that have not passed their last day,
    // newest first.
    static Result<QList<Voucher>> listIssued(QSqlDatabase& db, qint64 residentId);
    // Another resident's voucher is "voucher-not-found" too, so ids cannot be
    // probed. `refusal` receives {status} with voucher-not-issued.
    static Result<Voucher> cancel(QSqlDatabase& db, qint64 residentId, const QString& publicId, qint64 deviceId,
                                  const QString& requestId, QJsonObject* refusal = nullptr);
    // Issued vouchers whose last day lies before the local date of `now`
    // become expired and their coins go back to the resident. Safe to run
    // concurrently in several processes: the status change is conditional
    // and the ledger key is the voucher's, so coins come back once. Returns
    // how many this call expired.
    static Result<int> expireDue(QSqlDatabase& db, const QDateTime& now);

    // Lookups for redemption. `forUpdate` locks the voucher row on
    // PostgreSQL (SQLite writers are serialised by BEGIN IMMEDIATE).
    static Result<std::optional<Voucher>> findByPublicId(QSqlDatabase& db, const QString& publicIdHex, bool forUpdate);
    // `code` as stored (normalised by VoucherManualCode::parse).
    static Result<std::optional<Voucher>> findByManualCode(QSqlDatabase& db, const QString& code, bool forUpdate);
};

} // namespace buurtmunt::server
