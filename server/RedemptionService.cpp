// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "RedemptionService.h"

#include "core/domain/Clock.h"
#include "core/domain/VoucherToken.h"
#include "server/AuditLog.h"
#include "server/LedgerService.h"
#include "server/MunicipalitySettings.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QMutex>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

namespace {

// A counter's clock may run a little ahead of the server's; an acceptance
// further in the future than this is a wrong clock or a made-up time.
constexpr qint64 kOfflineClockSkewMs = 5 * 60 * 1000;

QString instant(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODate);
}

QJsonValue optionalInstant(const std::optional<qint64>& msecs)
{
    return msecs ? QJsonValue(instant(*msecs)) : QJsonValue(QJsonValue::Null);
}

std::optional<qint64> optionalMsecs(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

struct VoucherRow {
    qint64 id = 0;
    QString publicId;
    qint64 residentId = 0;
    Coins amount;
    QString status;
    QDate expiresOn;
    std::optional<qint64> endedAt;
    QString token;  // as issued
};

struct ShopRow {
    qint64 id = 0;
    QString name;
    bool active = false;
    std::optional<qint64> accountId;  // unset until the shop's first payment
};

// What a redemption reads before it decides anything: the counter's shop
// with its account, and the voucher the code names, in one query. On
// PostgreSQL the voucher row is locked as it is read, so concurrent
// redemptions of one voucher queue on it and each sees the winner's status
// (SQLite's BEGIN IMMEDIATE already holds the write lock). Without a voucher
// column only the shop is read.
struct CounterLookup {
    std::optional<ShopRow> shop;
    std::optional<VoucherRow> voucher;
};

Result<CounterLookup> lookUp(QSqlDatabase& db, qint64 shopId, const QString& voucherColumn, const QString& voucherKey)
{
    const bool withVoucher = !voucherColumn.isEmpty();
    QString sql;
    QVariantList binds;
    if (withVoucher) {
        sql = u"WITH v AS (SELECT id, public_id, resident_id, amount_cents, status, expires_on, ended_at, token "
               "FROM vouchers WHERE "_s + voucherColumn + u" = ?"_s + (isPostgres(db) ? u" FOR UPDATE"_s : QString())
            + u") SELECT s.name, s.active, a.id, v.id, v.public_id, v.resident_id, v.amount_cents, v.status, "
               "v.expires_on, v.ended_at, v.token FROM shops s "_s;
        binds << voucherKey;
    } else {
        sql = u"SELECT s.name, s.active, a.id FROM shops s "_s;
    }
    sql += u"LEFT JOIN accounts a ON a.kind = 'shop' AND a.owner_id = s.id "_s;
    if (withVoucher)
        sql += u"LEFT JOIN v ON 1 = 1 "_s;
    sql += u"WHERE s.id = ?"_s;
    binds << shopId;
    auto q = execSql(db, sql, binds);
    if (!q)
        return q.error();
    CounterLookup found;
    if (!q.value().next())
        return found;
    const QSqlQuery& row = q.value();
    ShopRow shop;
    shop.id = shopId;
    shop.name = row.value(0).toString();
    shop.active = row.value(1).toInt() != 0;
    if (!row.value(2).isNull())
        shop.accountId = row.value(2).toLongLong();
    found.shop = shop;
    if (withVoucher && !row.value(3).isNull()) {
        VoucherRow voucher;
        voucher.id = row.value(3).toLongLong();
        voucher.publicId = row.value(4).toString();
        voucher.residentId = row.value(5).toLongLong();
        voucher.amount = Coins(row.value(6).toLongLong());
        voucher.status = row.value(7).toString();
        voucher.expiresOn = QDate::fromString(row.value(8).toString(), Qt::ISODate);
        voucher.endedAt = optionalMsecs(row.value(9));
        voucher.token = row.value(10).toString();
        found.voucher = voucher;
    }
    return found;
}

const QString kRedemptionSelect =
    u"SELECT r.id, v.public_id, r.amount_cents, r.shop_id, s.name, r.device_id, r.redeemed_at, r.offline_accepted_at "
    "FROM voucher_redemptions r JOIN vouchers v ON v.id = r.voucher_id JOIN shops s ON s.id = r.shop_id "_s;

Redemption redemptionFrom(const QSqlQuery& q, int first = 0)
{
    Redemption r;
    r.id = q.value(first).toLongLong();
    r.voucherId = q.value(first + 1).toString();
    r.amount = Coins(q.value(first + 2).toLongLong());
    r.shopId = q.value(first + 3).toLongLong();
    r.shopName = q.value(first + 4).toString();
    r.deviceId = q.value(first + 5).toLongLong();
    r.redeemedAt = q.value(first + 6).toLongLong();
    r.offlineAcceptedAt = optionalMsecs(q.value(first + 7));
    return r;
}

Result<Redemption> redemptionOf(QSqlDatabase& db, qint64 voucherRowId)
{
    auto q = execSql(db, kRedemptionSelect + u"WHERE r.voucher_id = ?"_s, {voucherRowId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{u"database-error"_s, u"Voucher %1 is marked redeemed but has no redemption."_s.arg(voucherRowId)};
    return redemptionFrom(q.value());
}

Status audit(QSqlDatabase& db, const RedeemingDevice& device, const QString& requestId, const QString& action,
             const VoucherRow& voucher, QJsonObject details)
{
    AuditEntry entry;
    entry.actor = device.actor;
    entry.deviceId = device.deviceId;
    entry.requestId = requestId;
    entry.action = action;
    entry.object = u"voucher:"_s + voucher.publicId;
    details.insert(u"amountCents"_s, voucher.amount.cents());
    entry.details = details;
    return AuditLog::append(db, entry);
}

// Escrow back to the resident for a voucher past its last day: the same
// posting and key as the expiry timer's, so whichever comes first releases
// it and the other finds nothing left to do.
Status releaseExpired(QSqlDatabase& db, VoucherRow& voucher, const RedeemingDevice& device, const QString& requestId)
{
    auto escrow = LedgerService::account(db, AccountKind::Escrow);
    if (!escrow)
        return escrow.error();
    auto resident = LedgerService::account(db, AccountKind::Resident, voucher.residentId);
    if (!resident)
        return resident.error();
    LedgerPosting posting;
    posting.kind = u"voucher_release"_s;
    posting.actor = u"system"_s;
    posting.idempotencyKey = u"voucher-release:"_s + voucher.publicId;
    posting.memo = u"Voucher expired on %1"_s.arg(voucher.expiresOn.toString(Qt::ISODate));
    posting.entries = {LedgerEntry{escrow.value(), Coins(-voucher.amount.cents())},
                       LedgerEntry{resident.value(), voucher.amount}};
    auto posted = LedgerService::post(db, posting);
    if (!posted)
        return posted.error();
    const qint64 now = Clock::instance().nowMsecs();
    auto updated = execSql(db, u"UPDATE vouchers SET status = 'expired', ended_at = ?, end_transaction_id = ? "
                                "WHERE id = ? AND status = 'issued'"_s,
                           {now, posted.value().transactionId, voucher.id});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return Status::failure(u"retry"_s, u"The voucher changed while it was being released."_s);
    voucher.status = u"expired"_s;
    voucher.endedAt = now;
    return audit(db, device, requestId, u"voucher.expire"_s, voucher,
                 {{u"expiresOn"_s, voucher.expiresOn.toString(Qt::ISODate)}, {u"by"_s, u"redemption"_s}});
}

Result<RedemptionService::Outcome> pay(QSqlDatabase& db, const VoucherRow& voucher, const RedeemingDevice& device,
                                       const ShopRow& shop, std::optional<qint64> offlineAcceptedAt,
                                       const QString& requestId)
{
    const qint64 now = Clock::instance().nowMsecs();
    auto escrow = LedgerService::account(db, AccountKind::Escrow);
    if (!escrow)
        return escrow.error();
    const Result<qint64> shopAccount = shop.accountId ? Result<qint64>(*shop.accountId)
                                                      : LedgerService::account(db, AccountKind::Shop, shop.id);
    if (!shopAccount)
        return shopAccount.error();
    LedgerPosting posting;
    posting.kind = u"voucher_redeem"_s;
    posting.actor = device.actor;
    posting.idempotencyKey = u"voucher-redeem:"_s + voucher.publicId;
    posting.memo = u"Voucher redeemed at %1"_s.arg(shop.name);
    posting.entries = {LedgerEntry{escrow.value(), Coins(-voucher.amount.cents())},
                       LedgerEntry{shopAccount.value(), voucher.amount}};
    // Every concurrent redemption queues for the escrow balance, so the
    // balances change last, with the audit entry and the commit, in one
    // round trip: the voucher and redemption rows are written while nobody
    // waits, and the shared rows stay locked only while the database works.
    auto posted = LedgerService::record(db, posting);
    if (!posted)
        return posted.error();
    if (posted.value().replayed)
        return Error{u"database-error"_s, u"Voucher %1 was paid in the ledger but is still issued."_s.arg(voucher.publicId)};
    // The voucher turns redeemed and the redemption row is written in one
    // step; no row means the voucher changed since it was read.
    const QString markRedeemed = u"UPDATE vouchers SET status = 'redeemed', ended_at = ?, end_transaction_id = ? "
                                  "WHERE id = ? AND status = 'issued'"_s;
    const QVariantList markValues{now, posted.value().transactionId, voucher.id};
    const QString insertColumns = u"INSERT INTO voucher_redemptions (voucher_id, shop_id, device_id, amount_cents, "
                                   "redeemed_at, offline_accepted_at, ledger_transaction_id) "_s;
    const QVariantList rowValues{*device.shopId, device.deviceId, voucher.amount.cents(), now,
                                 offlineAcceptedAt ? QVariant(*offlineAcceptedAt) : QVariant(QMetaType(QMetaType::LongLong)),
                                 posted.value().transactionId};
    auto inserted = [&]() -> Result<QSqlQuery> {
        if (isPostgres(db))
            return execSql(db, u"WITH v AS ("_s + markRedeemed + u" RETURNING id) "_s + insertColumns
                                   + u"SELECT v.id, ?, ?, ?, ?, ?, ? FROM v RETURNING id"_s,
                           markValues + rowValues);
        auto updated = execSql(db, markRedeemed, markValues);
        if (!updated)
            return updated.error();
        if (updated.value().numRowsAffected() != 1)
            return Error{u"retry"_s, u"The voucher changed while it was being redeemed."_s};
        updated.value().finish();
        return execSql(db, insertColumns + u"VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s, QVariantList{voucher.id} + rowValues);
    }();
    if (!inserted)
        return inserted.error();
    if (!inserted.value().next())
        return Error{u"retry"_s, u"The voucher changed while it was being redeemed."_s};
    const qint64 redemptionId = inserted.value().value(0).toLongLong();
    if (Status paid = LedgerService::applyBalancesAtCommit(db, posting); !paid)
        return paid.error();
    Redemption redemption;
    redemption.id = redemptionId;
    redemption.voucherId = voucher.publicId;
    redemption.amount = voucher.amount;
    redemption.shopId = *device.shopId;
    redemption.shopName = shop.name;
    redemption.deviceId = device.deviceId;
    redemption.redeemedAt = now;
    redemption.offlineAcceptedAt = offlineAcceptedAt;
    QJsonObject details{{u"shopId"_s, redemption.shopId}, {u"redemptionId"_s, redemption.id}};
    if (offlineAcceptedAt)
        details.insert(u"offlineAcceptedAt"_s, instant(*offlineAcceptedAt));
    if (Status logged = audit(db, device, requestId, u"voucher.redeem"_s, voucher, details); !logged)
        return logged.error();
    RedemptionService::Outcome outcome;
    outcome.redemption = redemption;
    outcome.created = true;
    return outcome;
}

// An offline acceptance the server cannot pay: one row per voucher and
// counter, so a counter resending it gets the same conflict back.
Result<RedemptionService::Outcome> recordConflict(QSqlDatabase& db, const VoucherRow& voucher, const RedeemingDevice& device,
                                                  const QString& reason, const std::optional<Redemption>& first,
                                                  qint64 offlineAcceptedAt, const QString& requestId)
{
    auto inserted = execSql(db, u"INSERT INTO voucher_conflicts (voucher_id, reason, first_redemption_id, shop_id, device_id, "
                                 "offline_accepted_at, reported_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                 "ON CONFLICT (voucher_id, device_id) DO NOTHING RETURNING id"_s,
                            {voucher.id, reason, first ? QVariant(first->id) : QVariant(QMetaType(QMetaType::LongLong)),
                             *device.shopId, device.deviceId, offlineAcceptedAt, Clock::instance().nowMsecs()});
    if (!inserted)
        return inserted.error();
    qint64 conflictId = 0;
    QString recordedReason = reason;
    if (inserted.value().next()) {
        conflictId = inserted.value().value(0).toLongLong();
        QJsonObject details{{u"conflictId"_s, conflictId}, {u"reason"_s, reason}, {u"shopId"_s, *device.shopId},
                            {u"offlineAcceptedAt"_s, instant(offlineAcceptedAt)}};
        if (first)
            details.insert(u"firstRedemptionId"_s, first->id);
        if (Status logged = audit(db, device, requestId, u"voucher.conflict"_s, voucher, details); !logged)
            return logged.error();
    } else {
        auto existing = execSql(db, u"SELECT id, reason FROM voucher_conflicts WHERE voucher_id = ? AND device_id = ?"_s,
                                {voucher.id, device.deviceId});
        if (!existing)
            return existing.error();
        if (!existing.value().next())
            return Error{u"retry"_s, u"The conflict was recorded concurrently."_s};
        conflictId = existing.value().value(0).toLongLong();
        recordedReason = existing.value().value(1).toString();
    }
    RedemptionService::Outcome outcome;
    outcome.refusal = u"voucher-offline-conflict"_s;
    const QString why = recordedReason == u"already-redeemed"_s ? u"it had already been redeemed"_s
                        : recordedReason == u"cancelled"_s      ? u"it had been cancelled"_s
                                                                : u"it had expired"_s;
    outcome.message = u"The voucher accepted offline could not be paid because %1; staff have been told (conflict %2)."_s
                          .arg(why).arg(conflictId);
    outcome.members = {{u"reason"_s, recordedReason},
                       {u"conflictId"_s, conflictId},
                       {u"redeemedAt"_s, first ? QJsonValue(instant(first->redeemedAt)) : QJsonValue(QJsonValue::Null)}};
    return outcome;
}

RedemptionService::Outcome refused(const QString& slug, const QString& message, const QJsonObject& members = {})
{
    RedemptionService::Outcome outcome;
    outcome.refusal = slug;
    outcome.message = message;
    outcome.members = members;
    return outcome;
}

// Checks the token's signature with the key it names. Only authenticity is
// judged here: expiry is decided against the stored voucher and, for an
// offline acceptance, against the day the counter accepted it.
Result<VoucherClaims> verifyToken(QSqlDatabase& db, const QString& token, QDate today)
{
    auto inspected = VoucherCodec::inspect(token);
    if (!inspected)
        return inspected.error();
    // A key id names one key for good (rotation adds a new id), so the
    // public halves are kept for the process's life: every redemption would
    // otherwise read and re-derive the same key.
    static QMutex cacheMutex;
    static QHash<quint16, QByteArray> cache;
    const quint16 keyId = inspected.value().keyId;
    QHash<quint16, QByteArray> keys;
    {
        QMutexLocker locker(&cacheMutex);
        if (cache.contains(keyId))
            keys.insert(keyId, cache.value(keyId));
    }
    if (keys.isEmpty()) {
        auto secret = readSetting(db, u"voucher.key.%1"_s.arg(keyId));
        if (!secret)
            return secret.error();
        if (!secret.value().isEmpty()) {
            auto key = VoucherKeyPair::fromSecretKey(keyId, QByteArray::fromBase64(secret.value().toLatin1()));
            if (!key)
                return Error{u"database-error"_s, u"Voucher key %1 is corrupt."_s.arg(keyId)};
            keys.insert(keyId, key.value().publicKey());
            QMutexLocker locker(&cacheMutex);
            cache.insert(keyId, key.value().publicKey());
        }
    }
    auto decoded = VoucherCodec::decode(token, keys, today);
    // "expired" is reported only after the signature checked out, so the
    // claims read without verification are the genuine ones.
    if (!decoded && decoded.error().code == u"expired"_s)
        return inspected;
    return decoded;
}

} // namespace

QJsonObject Redemption::toJson() const
{
    return {{u"id"_s, id},
            {u"voucherId"_s, voucherId},
            {u"amountCents"_s, amount.cents()},
            {u"shopId"_s, shopId},
            {u"shopName"_s, shopName},
            {u"deviceId"_s, deviceId},
            {u"redeemedAt"_s, instant(redeemedAt)},
            {u"offlineAcceptedAt"_s, optionalInstant(offlineAcceptedAt)}};
}

QJsonObject VoucherConflict::toJson() const
{
    return {{u"id"_s, id},
            {u"voucherId"_s, voucherId},
            {u"amountCents"_s, amount.cents()},
            {u"reason"_s, reason},
            {u"first"_s, first ? QJsonValue(first->toJson()) : QJsonValue(QJsonValue::Null)},
            {u"second"_s, QJsonObject{{u"shopId"_s, shopId},
                                      {u"shopName"_s, shopName},
                                      {u"deviceId"_s, deviceId},
                                      {u"offlineAcceptedAt"_s, instant(offlineAcceptedAt)},
                                      {u"reportedAt"_s, instant(reportedAt)}}},
            {u"resolvedAt"_s, optionalInstant(resolvedAt)},
            {u"resolvedBy"_s, resolvedBy ? QJsonValue(QJsonObject{{u"staffId"_s, *resolvedBy}, {u"name"_s, resolvedByName}})
                                         : QJsonValue(QJsonValue::Null)},
            {u"resolutionNote"_s, resolvedAt ? QJsonValue(resolutionNote) : QJsonValue(QJsonValue::Null)}};
}

QDate RedemptionService::municipalityDay(const QDateTime& utc)
{
    static const QTimeZone zone("Europe/Amsterdam");
    return zone.isValid() ? utc.toTimeZone(zone).date() : utc.toUTC().date();
}

Result<RedemptionService::Outcome> RedemptionService::redeem(QSqlDatabase& db, const RedeemingDevice& device,
                                                             const RedemptionInput& input, const QString& requestId)
{
    if (!device.shopId)
        return refused(u"forbidden"_s, u"This counter is not linked to a shop, so it cannot take vouchers."_s);
    // The voucher a token names is read from the token itself; its
    // signature is judged further down.
    const bool byToken = !input.token.isEmpty();
    Result<VoucherClaims> inspected = byToken ? VoucherCodec::inspect(input.token)
                                              : Result<VoucherClaims>(VoucherClaims());
    QString column;
    QString key;
    if (!byToken) {
        column = u"manual_code"_s;
        key = input.manualCode.toString();
    } else if (inspected) {
        column = u"public_id"_s;
        key = inspected.value().voucherIdHex();
    }
    auto looked = lookUp(db, *device.shopId, column, key);
    if (!looked)
        return looked.error();
    if (!looked.value().shop || !looked.value().shop->active)
        return refused(u"forbidden"_s, u"This counter's shop is deactivated; it cannot take vouchers."_s);
    const ShopRow shop = *looked.value().shop;

    const QDateTime now = Clock::instance().nowUtc();
    const QDate today = municipalityDay(now);
    std::optional<qint64> offlineAt;
    if (input.offlineAcceptedAt) {
        offlineAt = input.offlineAcceptedAt->toMSecsSinceEpoch();
        if (*offlineAt > now.toMSecsSinceEpoch() + kOfflineClockSkewMs)
            return refused(u"invalid-body"_s, u"offlineAcceptedAt lies in the future; check the counter's clock."_s,
                           {{u"invalidParams"_s, QJsonArray{QJsonObject{{u"name"_s, u"offlineAcceptedAt"_s},
                                                                       {u"reason"_s, u"lies in the future"_s}}}}});
    }

    const std::optional<VoucherRow>& found = looked.value().voucher;
    std::optional<VoucherClaims> claims;
    if (byToken) {
        const auto forged = [](const Error& why) {
            return refused(u"voucher-forged"_s, u"The voucher code is not genuine (%1)."_s.arg(why.code),
                           {{u"reason"_s, why.code}});
        };
        if (!inspected)
            return forged(inspected.error());
        // A code equal to the one issued for this voucher is the server's
        // own (a token has exactly one spelling), so its signature is
        // checked only for any other code: the check is the costliest step
        // of a redemption, and its answer is needed only to refuse.
        if (found && found->token == input.token) {
            claims = inspected.value();
        } else {
            auto verified = verifyToken(db, input.token, today);
            if (!verified) {
                if (verified.error().code == u"database-error"_s || verified.error().code == u"retry"_s)
                    return verified.error();
                return forged(verified.error());
            }
            claims = verified.value();
        }
    }
    if (!found)
        return refused(u"voucher-unknown"_s, claims ? u"No voucher with this code was ever issued here."_s
                                                    : u"No voucher has the code %1."_s.arg(input.manualCode.display()));
    VoucherRow voucher = *found;
    // A genuine signature over other figures than the stored ones means the
    // record or the key is not what it should be: pay nothing.
    if (claims && (claims->amount != voucher.amount || claims->expiryDay != voucher.expiresOn))
        return refused(u"voucher-forged"_s, u"The voucher code does not match the issued voucher."_s,
                       {{u"reason"_s, u"bad-signature"_s}});

    if (voucher.status == u"issued"_s) {
        // A counter clock running a little fast must not push an acceptance
        // made on the last day into the next one.
        const QDate judgedDay =
            offlineAt ? municipalityDay(QDateTime::fromMSecsSinceEpoch(std::min(*offlineAt, now.toMSecsSinceEpoch()), Qt::UTC))
                      : today;
        if (judgedDay <= voucher.expiresOn)
            return pay(db, voucher, device, shop, offlineAt, requestId);
        if (today > voucher.expiresOn) {
            if (Status released = releaseExpired(db, voucher, device, requestId); !released)
                return released.error();
        }
        if (offlineAt)
            return recordConflict(db, voucher, device, u"expired"_s, std::nullopt, *offlineAt, requestId);
        return refused(u"voucher-expired"_s,
                       u"The voucher was valid through %1."_s.arg(voucher.expiresOn.toString(Qt::ISODate)),
                       {{u"expiresOn"_s, voucher.expiresOn.toString(Qt::ISODate)}});
    }
    if (voucher.status == u"redeemed"_s) {
        auto first = redemptionOf(db, voucher.id);
        if (!first)
            return first.error();
        if (offlineAt) {
            // The counter's own earlier attempt reached the server after all.
            if (first.value().deviceId == device.deviceId) {
                Outcome outcome;
                outcome.redemption = first.value();
                return outcome;
            }
            return recordConflict(db, voucher, device, u"already-redeemed"_s, first.value(), *offlineAt, requestId);
        }
        // "Here" is the shop, not the counter: a shop with two tills wants to
        // know it was its own sale.
        const bool here = first.value().shopId == *device.shopId;
        return refused(u"voucher-already-redeemed"_s,
                       u"The voucher was already used on %1%2."_s.arg(instant(first.value().redeemedAt),
                                                                      here ? u" in this shop"_s : QString()),
                       {{u"redeemedAt"_s, instant(first.value().redeemedAt)}, {u"redeemedHere"_s, here}});
    }
    if (offlineAt)
        return recordConflict(db, voucher, device, voucher.status == u"cancelled"_s ? u"cancelled"_s : u"expired"_s,
                              std::nullopt, *offlineAt, requestId);
    if (voucher.status == u"cancelled"_s)
        return refused(u"voucher-cancelled"_s, u"The resident cancelled this voucher; the coins went back to them."_s,
                       {{u"cancelledAt"_s, optionalInstant(voucher.endedAt)}});
    return refused(u"voucher-expired"_s,
                   u"The voucher was valid through %1."_s.arg(voucher.expiresOn.toString(Qt::ISODate)),
                   {{u"expiresOn"_s, voucher.expiresOn.toString(Qt::ISODate)}});
}

namespace {

// Conflicts with both records, newest first; `where` narrows them.
Result<QList<VoucherConflict>> readConflicts(QSqlDatabase& db, const QString& where, QVariantList binds, int limit)
{
    auto q = execSql(db, u"SELECT c.id, v.public_id, v.amount_cents, c.reason, c.shop_id, s.name, c.device_id, "
                          "c.offline_accepted_at, c.reported_at, c.resolved_at, c.resolved_by, st.display_name, "
                          "c.resolution_note, "
                          "r.id, fv.public_id, r.amount_cents, r.shop_id, fs.name, r.device_id, r.redeemed_at, r.offline_accepted_at "
                          "FROM voucher_conflicts c JOIN vouchers v ON v.id = c.voucher_id JOIN shops s ON s.id = c.shop_id "
                          "LEFT JOIN staff st ON st.id = c.resolved_by "
                          "LEFT JOIN voucher_redemptions r ON r.id = c.first_redemption_id "
                          "LEFT JOIN vouchers fv ON fv.id = r.voucher_id LEFT JOIN shops fs ON fs.id = r.shop_id "_s
                         + where + u" ORDER BY c.reported_at DESC, c.id DESC LIMIT ?"_s,
                     binds << limit);
    if (!q)
        return q.error();
    QList<VoucherConflict> list;
    while (q.value().next()) {
        const QSqlQuery& row = q.value();
        VoucherConflict c;
        c.id = row.value(0).toLongLong();
        c.voucherId = row.value(1).toString();
        c.amount = Coins(row.value(2).toLongLong());
        c.reason = row.value(3).toString();
        c.shopId = row.value(4).toLongLong();
        c.shopName = row.value(5).toString();
        c.deviceId = row.value(6).toLongLong();
        c.offlineAcceptedAt = row.value(7).toLongLong();
        c.reportedAt = row.value(8).toLongLong();
        c.resolvedAt = optionalMsecs(row.value(9));
        if (!row.value(10).isNull())
            c.resolvedBy = row.value(10).toLongLong();
        c.resolvedByName = row.value(11).toString();
        c.resolutionNote = row.value(12).toString();
        if (!row.value(13).isNull())
            c.first = redemptionFrom(row, 13);
        list.append(c);
    }
    return list;
}

} // namespace

Result<QList<VoucherConflict>> RedemptionService::conflicts(QSqlDatabase& db, int limit)
{
    return readConflicts(db, QString(), {}, limit);
}

Result<VoucherConflict> RedemptionService::resolveConflict(QSqlDatabase& db, qint64 conflictId, qint64 staffId,
                                                           const QString& note, const QString& requestId)
{
    const qint64 now = Clock::instance().nowMsecs();
    // Only an open conflict changes, so two staff members settling it at
    // once cannot both do so.
    auto updated = execSql(db, u"UPDATE voucher_conflicts SET resolved_at = ?, resolved_by = ?, resolution_note = ? "
                                "WHERE id = ? AND resolved_at IS NULL"_s,
                           {now, staffId, note, conflictId});
    if (!updated)
        return updated.error();
    const bool changed = updated.value().numRowsAffected() == 1;
    updated.value().finish();
    auto found = readConflicts(db, u"WHERE c.id = ?"_s, {conflictId}, 1);
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return Error{u"conflict-not-found"_s, u"There is no offline conflict %1."_s.arg(conflictId)};
    const VoucherConflict conflict = found.value().constFirst();
    if (!changed) {
        return Error{u"conflict-already-resolved"_s,
                     u"Conflict %1 was already marked settled on %2 by %3."_s
                         .arg(conflictId)
                         .arg(conflict.resolvedAt ? instant(*conflict.resolvedAt) : QString(), conflict.resolvedByName)};
    }
    AuditEntry entry;
    entry.actor = u"staff:%1"_s.arg(staffId);
    entry.requestId = requestId;
    entry.action = u"voucher.conflict-resolve"_s;
    entry.object = u"voucher:"_s + conflict.voucherId;
    entry.details = {{u"conflictId"_s, conflictId}, {u"note"_s, note}, {u"amountCents"_s, conflict.amount.cents()}};
    if (Status logged = AuditLog::append(db, entry); !logged)
        return logged.error();
    return conflict;
}

} // namespace buurtmunt::server
