// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "VoucherService.h"

#include "core/domain/CheckedCode.h"
#include "core/domain/Clock.h"
#include "core/domain/Crypto.h"
#include "core/domain/VoucherManualCode.h"
#include "core/domain/VoucherToken.h"
#include "server/AuditLog.h"
#include "server/LedgerService.h"
#include "server/MunicipalitySettings.h"
#include "server/ResidentService.h"

#include <QLocale>
#include <QTimeZone>

#include <limits>

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

namespace {

const QString kVoucherColumns =
    u"v.id, v.public_id, v.resident_id, v.amount_cents, v.status, v.created_at, v.expires_on, v.token, "
    "v.manual_code, v.ended_at, v.key_id, s.name"_s;
const QString kVoucherFrom =
    u" FROM vouchers v LEFT JOIN voucher_redemptions r ON r.voucher_id = v.id LEFT JOIN shops s ON s.id = r.shop_id"_s;

// Tries before giving up on finding an unused manual code; with 44 random
// bits even one collision is unlikely for the lifetime of a scheme.
constexpr int kManualCodeAttempts = 8;

QString money(Coins amount)
{
    static const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    return amount.format(dutch);
}

QDateTime instant(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

VoucherService::Voucher readVoucher(const QSqlQuery& q)
{
    VoucherService::Voucher voucher;
    voucher.id = q.value(0).toLongLong();
    voucher.publicId = q.value(1).toString();
    voucher.residentId = q.value(2).toLongLong();
    voucher.amount = Coins(q.value(3).toLongLong());
    voucher.status = VoucherService::stateFromString(q.value(4).toString()).value_or(VoucherService::State::Issued);
    voucher.createdAt = instant(q.value(5).toLongLong());
    voucher.expiresOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    voucher.token = q.value(7).toString();
    voucher.manualCode = q.value(8).toString();
    if (!q.value(9).isNull())
        voucher.endedAt = instant(q.value(9).toLongLong());
    voucher.keyId = static_cast<quint16>(q.value(10).toUInt());
    voucher.shopName = q.value(11).toString();
    return voucher;
}

Result<std::optional<VoucherService::Voucher>> loadVoucher(QSqlDatabase& db, const QString& where, const QVariant& key,
                                                           bool lock)
{
    auto rows = execSql(db, u"SELECT "_s + kVoucherColumns + kVoucherFrom + u" WHERE "_s + where
                                + (lock && isPostgres(db) ? u" FOR UPDATE OF v"_s : QString()),
                        {key});
    if (!rows)
        return rows.error();
    if (!rows.value().next())
        return std::optional<VoucherService::Voucher>{};
    return std::optional<VoucherService::Voucher>{readVoucher(rows.value())};
}

Result<VoucherService::Voucher> reload(QSqlDatabase& db, qint64 id)
{
    auto voucher = loadVoucher(db, u"v.id = ?"_s, id, false);
    if (!voucher)
        return voucher.error();
    if (!voucher.value())
        return Result<VoucherService::Voucher>::failure(u"database-error"_s,
                                                        u"Voucher %1 vanished while it was being changed."_s.arg(id));
    return *voucher.value();
}

Status audit(QSqlDatabase& db, const QString& actor, std::optional<qint64> deviceId, const QString& requestId,
             const QString& action, const QString& publicId, const QJsonObject& details)
{
    AuditEntry entry;
    entry.actor = actor;
    entry.deviceId = deviceId;
    // Jobs such as expiry have no request; the column is NOT NULL.
    entry.requestId = requestId.isNull() ? QString::fromLatin1("", 0) : requestId;
    entry.action = action;
    entry.object = u"voucher:"_s + publicId;
    entry.details = details;
    return AuditLog::append(db, entry);
}

// Escrow back to the resident, once per voucher whatever calls it.
Result<qint64> release(QSqlDatabase& db, const VoucherService::Voucher& voucher, const QString& actor, const QString& memo)
{
    auto resident = LedgerService::account(db, AccountKind::Resident, voucher.residentId);
    if (!resident)
        return resident.error();
    auto escrow = LedgerService::account(db, AccountKind::Escrow);
    if (!escrow)
        return escrow.error();
    LedgerPosting posting;
    posting.kind = u"voucher_release"_s;
    posting.actor = actor;
    posting.idempotencyKey = u"voucher-release:"_s + voucher.publicId;
    posting.memo = memo;
    posting.entries = {{escrow.value(), Coins(-voucher.amount.cents())}, {resident.value(), voucher.amount}};
    auto posted = LedgerService::post(db, posting);
    if (!posted)
        return posted.error();
    return posted.value().transactionId;
}

// Ends an issued voucher: the conditional status change first (a concurrent
// cancel, expiry or redemption leaves it at 0 rows and this call at false),
// then the coins back, then the posting recorded on the voucher.
Result<bool> endAndRelease(QSqlDatabase& db, const VoucherService::Voucher& voucher, VoucherService::State to,
                           const QString& actor, const QString& memo)
{
    const qint64 now = Clock::instance().nowMsecs();
    auto updated = execSql(db, u"UPDATE vouchers SET status = ?, ended_at = ? WHERE id = ? AND status = 'issued'"_s,
                           {VoucherService::toString(to), now, voucher.id});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return false;
    auto released = release(db, voucher, actor, memo);
    if (!released)
        return released.error();
    if (Status s = execStatus(db, u"UPDATE vouchers SET end_transaction_id = ? WHERE id = ?"_s, {released.value(), voucher.id});
        !s)
        return s.error();
    return true;
}

Error notFound(const QString& publicId)
{
    return {u"voucher-not-found"_s, u"You have no voucher %1."_s.arg(publicId.left(64))};
}

} // namespace

Result<VoucherService::Rules> VoucherService::Rules::load(QSqlDatabase& db)
{
    Rules rules;
    auto validity = readNumberSetting(db, kValidityDaysKey, rules.validityDays, 1, 3650);
    if (!validity)
        return validity.error();
    auto maxOpen = readNumberSetting(db, kMaxOpenKey, rules.maxOpen, 1, 1000);
    if (!maxOpen)
        return maxOpen.error();
    auto enabled = readFlagSetting(db, kOfflineEnabledKey, rules.offlineEnabled);
    if (!enabled)
        return enabled.error();
    auto floor = readNumberSetting(db, kOfflineFloorLimitKey, rules.offlineFloorLimit.cents(), 0, kMaxAmountCents);
    if (!floor)
        return floor.error();
    auto consecutive = readNumberSetting(db, kOfflineMaxConsecutiveKey, rules.offlineMaxConsecutive, 0, 1000);
    if (!consecutive)
        return consecutive.error();
    rules.validityDays = static_cast<int>(validity.value());
    rules.maxOpen = static_cast<int>(maxOpen.value());
    rules.offlineEnabled = enabled.value();
    rules.offlineFloorLimit = Coins(floor.value());
    rules.offlineMaxConsecutive = static_cast<int>(consecutive.value());
    return rules;
}

buurtmunt::Status VoucherService::Rules::save(QSqlDatabase& db) const
{
    const QList<std::pair<const char*, QString>> values{
        {kValidityDaysKey, QString::number(validityDays)},
        {kMaxOpenKey, QString::number(maxOpen)},
        {kOfflineEnabledKey, offlineEnabled ? u"true"_s : u"false"_s},
        {kOfflineFloorLimitKey, QString::number(offlineFloorLimit.cents())},
        {kOfflineMaxConsecutiveKey, QString::number(offlineMaxConsecutive)},
    };
    for (const auto& [key, value] : values) {
        if (buurtmunt::Status s = writeSetting(db, QString::fromLatin1(key), value); !s)
            return s;
    }
    return {};
}

QJsonObject VoucherService::Rules::offlineRedemptionJson() const
{
    return QJsonObject{
        {u"enabled"_s, offlineEnabled},
        {u"floorLimitCents"_s, offlineFloorLimit.cents()},
        {u"maxConsecutive"_s, offlineMaxConsecutive},
    };
}

QString VoucherService::toString(State state)
{
    switch (state) {
    case State::Issued:
        return u"issued"_s;
    case State::Redeemed:
        return u"redeemed"_s;
    case State::Cancelled:
        return u"cancelled"_s;
    case State::Expired:
        return u"expired"_s;
    }
    return u"issued"_s;
}

std::optional<VoucherService::State> VoucherService::stateFromString(const QString& text)
{
    for (State state : {State::Issued, State::Redeemed, State::Cancelled, State::Expired}) {
        if (toString(state) == text)
            return state;
    }
    return std::nullopt;
}

QString VoucherService::Voucher::manualCodeDisplay() const
{
    return CheckedCode::group(manualCode, VoucherManualCode::length / 2);
}

QJsonObject VoucherService::Voucher::toJson() const
{
    return QJsonObject{
        {u"id"_s, publicId},
        {u"amountCents"_s, amount.cents()},
        {u"status"_s, toString(status)},
        {u"createdAt"_s, createdAt.toUTC().toString(Qt::ISODate)},
        {u"expiresOn"_s, expiresOn.toString(Qt::ISODate)},
        {u"token"_s, token},
        {u"manualCode"_s, manualCode},
        {u"manualCodeDisplay"_s, manualCodeDisplay()},
        {u"endedAt"_s, endedAt ? QJsonValue(endedAt->toUTC().toString(Qt::ISODate)) : QJsonValue()},
        {u"shopName"_s, shopName.isEmpty() ? QJsonValue() : QJsonValue(shopName)},
    };
}

QDate VoucherService::localDate(const QDateTime& instant)
{
    static const QTimeZone amsterdam("Europe/Amsterdam");
    if (!amsterdam.isValid())
        return instant.toUTC().date();  // no tz database: off by at most a day around midnight
    return instant.toTimeZone(amsterdam).date();
}

Result<VoucherService::Voucher> VoucherService::create(QSqlDatabase& db, qint64 residentId, qint64 amountCents,
                                                       qint64 deviceId, const QString& requestId, QJsonObject* refusal)
{
    using R = Result<Voucher>;
    if (amountCents < 1 || amountCents > kMaxAmountCents)
        return R::failure(u"invalid-body"_s, u"A voucher is worth from 0,01 to %1 coins."_s.arg(money(Coins(kMaxAmountCents))));
    const Coins amount(amountCents);
    auto rules = Rules::load(db);
    if (!rules)
        return rules.error();

    // Two kiosks cannot together spend one balance twice or pass the
    // open-voucher limit: this resident's vouchers are made one at a time.
    if (Status locked = ResidentService::lockUnblocked(db, residentId,
            u"This pass has been blocked, so no vouchers can be made with it. Ask staff at the desk for help."_s);
        !locked)
        return locked.error();

    auto open = execSql(db, u"SELECT COUNT(*) FROM vouchers WHERE resident_id = ? AND status = 'issued'"_s, {residentId});
    if (!open)
        return open.error();
    const qint64 openCount = open.value().next() ? open.value().value(0).toLongLong() : 0;
    if (openCount >= rules.value().maxOpen) {
        if (refusal)
            *refusal = {{u"maxOpen"_s, rules.value().maxOpen}};
        return R::failure(u"too-many-open-vouchers"_s,
                          u"You already have %1 unused vouchers, and %2 is the most you can hold at once. "
                           "Use or cancel one of them first."_s.arg(openCount).arg(rules.value().maxOpen));
    }

    auto account = LedgerService::account(db, AccountKind::Resident, residentId);
    if (!account)
        return account.error();
    auto balance = LedgerService::balance(db, account.value());
    if (!balance)
        return balance.error();
    if (balance.value() < amount) {
        if (refusal)
            *refusal = {{u"balanceCents"_s, balance.value().cents()}};
        return R::failure(u"insufficient-balance"_s, u"A voucher of %1 coins needs more than your balance of %2 coins."_s
                                                         .arg(money(amount), money(balance.value())));
    }

    auto key = VoucherKeyRing::activeKey(db);
    if (!key)
        return key.error();
    const QDateTime now = Clock::instance().nowUtc();
    VoucherClaims claims;
    claims.keyId = key.value().keyId();
    claims.voucherId = crypto::randomBytes(16);
    claims.amount = amount;
    claims.expiryDay = localDate(now).addDays(rules.value().validityDays);
    auto token = VoucherCodec::encode(claims, key.value());
    if (!token)
        return R::failure(u"internal-error"_s, u"The voucher could not be signed: %1"_s.arg(token.error().message));
    const QString publicId = claims.voucherIdHex();

    QString manualCode;
    for (int attempt = 0; attempt < kManualCodeAttempts && manualCode.isEmpty(); ++attempt) {
        const QString candidate = VoucherManualCode::generate().toString();
        auto taken = execSql(db, u"SELECT 1 FROM vouchers WHERE manual_code = ?"_s, {candidate});
        if (!taken)
            return taken.error();
        if (!taken.value().next())
            manualCode = candidate;
    }
    if (manualCode.isEmpty())
        return R::failure(u"internal-error"_s, u"No unused manual voucher code was found."_s);

    auto escrow = LedgerService::account(db, AccountKind::Escrow);
    if (!escrow)
        return escrow.error();
    LedgerPosting hold;
    hold.kind = u"voucher_hold"_s;
    hold.actor = u"resident:%1"_s.arg(residentId);
    hold.idempotencyKey = u"voucher-hold:"_s + publicId;
    hold.memo = u"Voucher %1"_s.arg(CheckedCode::group(manualCode, VoucherManualCode::length / 2));
    hold.entries = {{account.value(), Coins(-amountCents)}, {escrow.value(), amount}};
    auto posted = LedgerService::post(db, hold);
    if (!posted)
        return posted.error();

    auto inserted = execSql(db, u"INSERT INTO vouchers (public_id, resident_id, amount_cents, key_id, token, manual_code, "
                                 "status, expires_on, created_at, created_device_id, hold_transaction_id) "
                                 "VALUES (?, ?, ?, ?, ?, ?, 'issued', ?, ?, ?, ?) RETURNING id"_s,
                            {publicId, residentId, amountCents, int(claims.keyId), token.value(), manualCode,
                             claims.expiryDay.toString(Qt::ISODate), now.toMSecsSinceEpoch(), deviceId,
                             posted.value().transactionId});
    if (!inserted) {
        // Another voucher took the same manual code after it was checked:
        // start over with a new one.
        if (inserted.error().code == u"unique-violation"_s)
            return R::failure(u"retry"_s, u"A manual voucher code was taken concurrently."_s);
        return inserted.error();
    }
    if (!inserted.value().next())
        return R::failure(u"database-error"_s, u"The new voucher got no id."_s);
    const qint64 id = inserted.value().value(0).toLongLong();

    if (buurtmunt::Status s = audit(db, u"resident:%1"_s.arg(residentId), deviceId > 0 ? std::optional(deviceId) : std::nullopt,
                                    requestId, u"voucher.create"_s, publicId,
                                    {{u"amountCents"_s, amountCents},
                                     {u"expiresOn"_s, claims.expiryDay.toString(Qt::ISODate)},
                                     {u"transactionId"_s, posted.value().transactionId}});
        !s)
        return s.error();
    return reload(db, id);
}

Result<QList<VoucherService::Voucher>> VoucherService::listIssued(QSqlDatabase& db, qint64 residentId)
{
    // One a timer has not expired yet is past its last day all the same.
    const QString today = localDate(Clock::instance().nowUtc()).toString(Qt::ISODate);
    auto rows = execSql(db, u"SELECT "_s + kVoucherColumns + kVoucherFrom
                                + u" WHERE v.resident_id = ? AND v.status = 'issued' AND v.expires_on >= ? "
                                   "ORDER BY v.created_at DESC, v.id DESC"_s,
                        {residentId, today});
    if (!rows)
        return rows.error();
    QList<Voucher> vouchers;
    while (rows.value().next())
        vouchers.append(readVoucher(rows.value()));
    return vouchers;
}

Result<VoucherService::Voucher> VoucherService::cancel(QSqlDatabase& db, qint64 residentId, const QString& publicId,
                                                       qint64 deviceId, const QString& requestId, QJsonObject* refusal)
{
    using R = Result<Voucher>;
    auto found = findByPublicId(db, publicId, true);
    if (!found)
        return found.error();
    if (!found.value() || found.value()->residentId != residentId)
        return notFound(publicId);
    const Voucher voucher = *found.value();
    State state = voucher.status;
    if (state == State::Issued && localDate(Clock::instance().nowUtc()) > voucher.expiresOn)
        state = State::Expired;  // the expiry timer gives the coins back within a minute
    if (state != State::Issued) {
        if (refusal)
            *refusal = {{u"status"_s, toString(state)}};
        QString why;
        switch (state) {
        case State::Redeemed:
            why = u"it has already been used in a shop"_s;
            break;
        case State::Cancelled:
            why = u"it has already been cancelled and its coins are back in your balance"_s;
            break;
        case State::Expired:
            why = u"it has expired and its coins go back to your balance"_s;
            break;
        case State::Issued:
            break;
        }
        return R::failure(u"voucher-not-issued"_s, u"This voucher cannot be cancelled: %1."_s.arg(why));
    }
    auto ended = endAndRelease(db, voucher, State::Cancelled, u"resident:%1"_s.arg(residentId),
                               u"Voucher %1 cancelled"_s.arg(voucher.manualCodeDisplay()));
    if (!ended)
        return ended.error();
    if (!ended.value())
        return R::failure(u"retry"_s, u"Voucher %1 changed concurrently."_s.arg(publicId));
    if (buurtmunt::Status s = audit(db, u"resident:%1"_s.arg(residentId), deviceId > 0 ? std::optional(deviceId) : std::nullopt,
                                    requestId, u"voucher.cancel"_s, publicId, {{u"amountCents"_s, voucher.amount.cents()}});
        !s)
        return s.error();
    return reload(db, voucher.id);
}

Result<int> VoucherService::expireDue(QSqlDatabase& db, const QDateTime& now)
{
    const QString today = localDate(now).toString(Qt::ISODate);
    auto due = execSql(db, u"SELECT "_s + kVoucherColumns + kVoucherFrom
                               + u" WHERE v.status = 'issued' AND v.expires_on < ? ORDER BY v.id"_s
                               + (isPostgres(db) ? u" FOR UPDATE OF v SKIP LOCKED"_s : QString()),
                       {today});
    if (!due)
        return due.error();
    QList<Voucher> list;
    while (due.value().next())
        list.append(readVoucher(due.value()));
    int expired = 0;
    for (const Voucher& voucher : list) {
        auto ended = endAndRelease(db, voucher, State::Expired, u"system"_s,
                                   u"Voucher %1 expired"_s.arg(voucher.manualCodeDisplay()));
        if (!ended)
            return ended.error();
        if (!ended.value())
            continue;  // redeemed, cancelled or expired by someone else meanwhile
        if (buurtmunt::Status s = audit(db, u"system"_s, std::nullopt, {}, u"voucher.expire"_s, voucher.publicId,
                                        {{u"amountCents"_s, voucher.amount.cents()},
                                         {u"residentId"_s, voucher.residentId},
                                         {u"expiresOn"_s, voucher.expiresOn.toString(Qt::ISODate)}});
            !s)
            return s.error();
        ++expired;
    }
    return expired;
}

Result<std::optional<VoucherService::Voucher>> VoucherService::findByPublicId(QSqlDatabase& db, const QString& publicIdHex,
                                                                              bool forUpdate)
{
    // Only well-formed ids reach SQL; anything else is simply not a voucher.
    static const QString hex = u"0123456789abcdef"_s;
    if (publicIdHex.size() != 32)
        return std::optional<Voucher>{};
    for (QChar c : publicIdHex) {
        if (!hex.contains(c))
            return std::optional<Voucher>{};
    }
    return loadVoucher(db, u"v.public_id = ?"_s, publicIdHex, forUpdate);
}

Result<std::optional<VoucherService::Voucher>> VoucherService::findByManualCode(QSqlDatabase& db, const QString& code,
                                                                                bool forUpdate)
{
    return loadVoucher(db, u"v.manual_code = ?"_s, code, forUpdate);
}

} // namespace buurtmunt::server
