// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ServerProcess.h"
#include "core/domain/Result.h"
#include "server/Database.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace buurtmunt::test {

// Issues vouchers straight into a running server's database, for tests and
// benchmarks that need many of them quickly: coins are minted to the
// resident as a reward, then held in escrow exactly as the kiosk's voucher
// creation does (same ledger kinds and keys, a token signed with the
// server's active voucher key), so the ledger check still holds.
class VoucherSeed final {
public:
    struct Voucher {
        QString publicId;    // 32 hex characters
        QString token;       // 217 digits
        QString manualCode;  // "7KD4M2QX9P"
        qint64 amountCents = 0;
        QDate expiresOn;
    };

    explicit VoucherSeed(const ServerProcess& server);
    ~VoucherSeed();

    Result<qint64> firstResidentId();
    Result<QList<Voucher>> issue(qint64 residentId, qint64 kioskDeviceId, qint64 amountCents, int count, QDate expiresOn);
    // As a resident's cancel: coins back from escrow, status cancelled.
    Status cancel(const QString& publicId);
    // As a counter's redemption (escrow to shop, same ledger kind and key,
    // voucher redeemed, a voucher_redemptions row), but dated `at`, so a
    // test can fill a month that has ended and close it through the API.
    Result<qint64> redeemAt(const QString& publicId, qint64 shopId, qint64 counterDeviceId, const QDateTime& at);
    // Balance of the resident's, the escrow's (owner 0) or a shop's account.
    Result<qint64> balanceCents(const QString& accountKind, qint64 ownerId);
    Result<qint64> count(const QString& sql);

    server::Database& database() { return *m_database; }

private:
    std::unique_ptr<server::Database> m_database;
};

} // namespace buurtmunt::test
