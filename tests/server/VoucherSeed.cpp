// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "VoucherSeed.h"

#include "core/domain/Clock.h"
#include "core/domain/Crypto.h"
#include "core/domain/VoucherManualCode.h"
#include "core/domain/VoucherToken.h"
#include "server/LedgerService.h"
#include "server/MunicipalitySettings.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace buurtmunt::test {

using namespace buurtmunt::server;

namespace {

DatabaseLocation locationOf(const ServerProcess& server)
{
    if (!server.databaseUrl().isEmpty())
        return DatabaseLocation::fromUrl(server.databaseUrl()).valueOr(DatabaseLocation{});
    return DatabaseLocation::sqliteFile(server.dataDir() + u"/buurtmunt.sqlite"_s).valueOr(DatabaseLocation{});
}

} // namespace

VoucherSeed::VoucherSeed(const ServerProcess& server) : m_database(std::make_unique<Database>(locationOf(server))) {}

VoucherSeed::~VoucherSeed()
{
    m_database->closeThreadConnection();
}

Result<qint64> VoucherSeed::firstResidentId()
{
    return count(u"SELECT MIN(id) FROM residents"_s);
}

Result<qint64> VoucherSeed::count(const QString& sql)
{
    Result<qint64> result = Error{u"internal-error"_s, QString()};
    Status status = m_database->transaction([&](QSqlDatabase& db) -> Status {
        auto q = execSql(db, sql);
        if (!q)
            return q.error();
        result = q.value().next() ? q.value().value(0).toLongLong() : 0;
        return {};
    });
    if (!status)
        return status.error();
    return result;
}

Result<QList<VoucherSeed::Voucher>> VoucherSeed::issue(qint64 residentId, qint64 kioskDeviceId, qint64 amountCents,
                                                       int count, QDate expiresOn)
{
    QList<Voucher> vouchers;
    Status status = m_database->transaction([&](QSqlDatabase& db) -> Status {
        vouchers.clear();
        auto key = VoucherKeyRing::activeKey(db);
        if (!key)
            return key.error();
        auto issuer = LedgerService::account(db, AccountKind::Issuer);
        auto resident = LedgerService::account(db, AccountKind::Resident, residentId);
        auto escrow = LedgerService::account(db, AccountKind::Escrow);
        if (!issuer || !resident || !escrow)
            return Error{u"database-error"_s, u"accounts missing"_s};
        const qint64 now = Clock::instance().nowMsecs();
        LedgerPosting reward;
        reward.kind = u"reward"_s;
        reward.actor = u"system"_s;
        reward.idempotencyKey = u"seed-reward:"_s + QString::fromLatin1(crypto::randomBytes(12).toHex());
        reward.memo = u"Seeded for a test"_s;
        reward.entries = {LedgerEntry{issuer.value(), Coins(-amountCents * count)},
                          LedgerEntry{resident.value(), Coins(amountCents * count)}};
        if (auto posted = LedgerService::post(db, reward); !posted)
            return posted.error();
        for (int i = 0; i < count; ++i) {
            VoucherClaims claims;
            claims.keyId = key.value().keyId();
            claims.voucherId = crypto::randomBytes(16);
            claims.amount = Coins(amountCents);
            claims.expiryDay = expiresOn;
            auto token = VoucherCodec::encode(claims, key.value());
            if (!token)
                return token.error();
            Voucher voucher{claims.voucherIdHex(), token.value(), VoucherManualCode::generate().toString(), amountCents,
                            expiresOn};
            LedgerPosting hold;
            hold.kind = u"voucher_hold"_s;
            hold.actor = u"resident:%1"_s.arg(residentId);
            hold.idempotencyKey = u"voucher-hold:"_s + voucher.publicId;
            hold.memo = u"Voucher"_s;
            hold.entries = {LedgerEntry{resident.value(), Coins(-amountCents)}, LedgerEntry{escrow.value(), Coins(amountCents)}};
            auto held = LedgerService::post(db, hold);
            if (!held)
                return held.error();
            if (Status s = execStatus(db, u"INSERT INTO vouchers (public_id, resident_id, amount_cents, key_id, token, manual_code, "
                                           "status, expires_on, created_at, created_device_id, hold_transaction_id) "
                                           "VALUES (?, ?, ?, ?, ?, ?, 'issued', ?, ?, ?, ?)"_s,
                                      {voucher.publicId, residentId, amountCents, claims.keyId, voucher.token,
                                       voucher.manualCode, expiresOn.toString(Qt::ISODate), now, kioskDeviceId,
                                       held.value().transactionId});
                !s)
                return s;
            vouchers.append(voucher);
        }
        return {};
    });
    if (!status)
        return status.error();
    return vouchers;
}

Status VoucherSeed::cancel(const QString& publicId)
{
    return m_database->transaction([&](QSqlDatabase& db) -> Status {
        auto q = execSql(db, u"SELECT id, resident_id, amount_cents FROM vouchers WHERE public_id = ? AND status = 'issued'"_s,
                         {publicId});
        if (!q)
            return q.error();
        if (!q.value().next())
            return Status::failure(u"voucher-not-issued"_s, publicId);
        const qint64 id = q.value().value(0).toLongLong();
        const qint64 amount = q.value().value(2).toLongLong();
        auto resident = LedgerService::account(db, AccountKind::Resident, q.value().value(1).toLongLong());
        auto escrow = LedgerService::account(db, AccountKind::Escrow);
        if (!resident || !escrow)
            return Error{u"database-error"_s, u"accounts missing"_s};
        LedgerPosting release;
        release.kind = u"voucher_release"_s;
        release.actor = u"system"_s;
        release.idempotencyKey = u"voucher-release:"_s + publicId;
        release.memo = u"Voucher cancelled"_s;
        release.entries = {LedgerEntry{escrow.value(), Coins(-amount)}, LedgerEntry{resident.value(), Coins(amount)}};
        auto posted = LedgerService::post(db, release);
        if (!posted)
            return posted.error();
        return execStatus(db, u"UPDATE vouchers SET status = 'cancelled', ended_at = ?, end_transaction_id = ? WHERE id = ?"_s,
                          {Clock::instance().nowMsecs(), posted.value().transactionId, id});
    });
}

Result<qint64> VoucherSeed::redeemAt(const QString& publicId, qint64 shopId, qint64 counterDeviceId, const QDateTime& at)
{
    // The ledger stamps its rows with the process clock; for this one
    // posting that clock stands at `at`.
    const ManualClock then(at);
    const Clock* previous = &Clock::instance();
    Clock::setInstance(&then);
    Result<qint64> redemptionId = Error{u"internal-error"_s, QString()};
    Status status = m_database->transaction([&](QSqlDatabase& db) -> Status {
        auto q = execSql(db, u"SELECT id, amount_cents FROM vouchers WHERE public_id = ? AND status = 'issued'"_s, {publicId});
        if (!q)
            return q.error();
        if (!q.value().next())
            return Status::failure(u"voucher-not-issued"_s, publicId);
        const qint64 id = q.value().value(0).toLongLong();
        const qint64 amount = q.value().value(1).toLongLong();
        auto escrow = LedgerService::account(db, AccountKind::Escrow);
        auto shop = LedgerService::account(db, AccountKind::Shop, shopId);
        if (!escrow || !shop)
            return Error{u"database-error"_s, u"accounts missing"_s};
        LedgerPosting redeem;
        redeem.kind = u"voucher_redeem"_s;
        redeem.actor = u"device:%1"_s.arg(counterDeviceId);
        redeem.idempotencyKey = u"voucher-redeem:"_s + publicId;
        redeem.memo = u"Voucher redeemed (seeded for a test)"_s;
        redeem.entries = {LedgerEntry{escrow.value(), Coins(-amount)}, LedgerEntry{shop.value(), Coins(amount)}};
        auto posted = LedgerService::post(db, redeem);
        if (!posted)
            return posted.error();
        const qint64 when = at.toMSecsSinceEpoch();
        if (Status s = execStatus(db, u"UPDATE vouchers SET status = 'redeemed', ended_at = ?, end_transaction_id = ? WHERE id = ?"_s,
                                  {when, posted.value().transactionId, id});
            !s)
            return s;
        auto inserted = execSql(db, u"INSERT INTO voucher_redemptions (voucher_id, shop_id, device_id, amount_cents, redeemed_at, "
                                     "ledger_transaction_id) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
                                {id, shopId, counterDeviceId, amount, when, posted.value().transactionId});
        if (!inserted)
            return inserted.error();
        if (!inserted.value().next())
            return Error{u"database-error"_s, u"no redemption row"_s};
        redemptionId = inserted.value().value(0).toLongLong();
        return {};
    });
    Clock::setInstance(previous);
    if (!status)
        return status.error();
    return redemptionId;
}

Result<qint64> VoucherSeed::balanceCents(const QString& accountKind, qint64 ownerId)
{
    return count(u"SELECT COALESCE(MAX(balance_cents), 0) FROM accounts WHERE kind = '%1' AND owner_id = %2"_s
                     .arg(accountKind).arg(ownerId));
}

} // namespace buurtmunt::test
