// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ShopService.h"

#include "core/domain/Clock.h"
#include "server/AuditLog.h"
#include "server/LedgerService.h"
#include "server/MunicipalitySettings.h"
#include "server/SettlementService.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

namespace {

const QString kShopSelect =
    u"SELECT sh.id, sh.name, sh.address, sh.category, sh.iban, sh.active, sh.created_at, sh.updated_at, "
    "COALESCE(a.balance_cents, 0) FROM shops sh LEFT JOIN accounts a ON a.kind = 'shop' AND a.owner_id = sh.id"_s;

QDateTime instant(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

ShopService::Shop readShop(const QSqlQuery& q)
{
    ShopService::Shop shop;
    shop.id = q.value(0).toLongLong();
    shop.name = q.value(1).toString();
    shop.address = q.value(2).toString();
    shop.category = q.value(3).toString();
    // Rows written before IBANs were checked keep whatever they hold; a
    // stored one that does not parse shows as null rather than as a lie.
    shop.iban = Iban::parse(q.value(4).toString()).valueOr(Iban());
    shop.active = q.value(5).toLongLong() != 0;
    shop.createdAt = instant(q.value(6).toLongLong());
    if (!q.value(7).isNull())
        shop.updatedAt = instant(q.value(7).toLongLong());
    shop.balance = Coins(q.value(8).toLongLong());
    return shop;
}

Result<ShopService::Shop> reload(QSqlDatabase& db, qint64 shopId)
{
    auto shop = ShopService::find(db, shopId);
    if (!shop)
        return shop.error();
    if (!shop.value())
        return Result<ShopService::Shop>::failure(u"database-error"_s, u"Shop %1 vanished while it was being changed."_s.arg(shopId));
    return *shop.value();
}

Error invalidBody(const QList<InvalidParam>& invalid)
{
    QStringList parts;
    for (const InvalidParam& param : invalid)
        parts << param.name + u' ' + param.reason;
    return {u"invalid-body"_s, parts.join(u"; "_s) + u'.'};
}

// Start and end (exclusive) of a local day in msecs since the epoch, UTC.
std::pair<qint64, qint64> localDayRange(QDate day)
{
    static const QTimeZone amsterdam("Europe/Amsterdam");
    const QTimeZone zone = amsterdam.isValid() ? amsterdam : QTimeZone::utc();
    return {QDateTime(day, QTime(0, 0), zone).toMSecsSinceEpoch(),
            QDateTime(day.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch()};
}

Status audit(QSqlDatabase& db, const QString& actor, std::optional<qint64> deviceId, const QString& requestId,
             const QString& action, qint64 shopId, const QJsonObject& details)
{
    AuditEntry entry;
    entry.actor = actor;
    entry.deviceId = deviceId;
    entry.requestId = requestId.isNull() ? QString::fromLatin1("", 0) : requestId;
    entry.action = action;
    entry.object = u"shop:%1"_s.arg(shopId);
    entry.details = details;
    return AuditLog::append(db, entry);
}

QJsonObject detailsJson(const ShopService::Details& details, const Iban& iban)
{
    return {{u"name"_s, details.name}, {u"address"_s, details.address}, {u"category"_s, details.category},
            {u"iban"_s, iban.toString()}, {u"active"_s, details.active}};
}

} // namespace

const QStringList& ShopService::categories()
{
    static const QStringList list{u"bakery"_s,   u"greengrocer"_s, u"butcher"_s, u"supermarket"_s, u"bicycles"_s,
                                  u"books"_s,    u"hardware"_s,    u"cafe"_s,    u"clothing"_s,    u"other"_s};
    return list;
}

QJsonObject ShopService::Shop::toJson(bool withAccount) const
{
    QJsonObject json{
        {u"id"_s, id},
        {u"name"_s, name},
        {u"address"_s, address},
        {u"category"_s, category},
        {u"active"_s, active},
    };
    if (withAccount) {
        json.insert(u"iban"_s, iban.isNull() ? QJsonValue() : QJsonValue(iban.toString()));
        json.insert(u"balanceCents"_s, balance.cents());
    }
    return json;
}

QJsonObject ShopService::Redemption::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"voucherId"_s, voucherId},
        {u"amountCents"_s, amount.cents()},
        {u"shopId"_s, shopId},
        {u"shopName"_s, shopName},
        {u"deviceId"_s, deviceId},
        {u"redeemedAt"_s, redeemedAt.toUTC().toString(Qt::ISODate)},
        {u"offlineAcceptedAt"_s,
         offlineAcceptedAt ? QJsonValue(offlineAcceptedAt->toUTC().toString(Qt::ISODate)) : QJsonValue()},
    };
}

QJsonObject ShopService::Payout::toJson() const
{
    return QJsonObject{
        {u"transactionId"_s, transactionId},
        {u"at"_s, at.toUTC().toString(Qt::ISODate)},
        {u"amountCents"_s, amount.cents()},
        {u"euroCents"_s, euroCents},
        {u"memo"_s, memo},
    };
}

QList<InvalidParam> ShopService::validate(const Details& details, Iban* iban)
{
    QList<InvalidParam> invalid;
    const auto checkText = [&invalid](const QString& name, const QString& value, int maxLength) {
        if (value.trimmed().isEmpty())
            invalid.append({name, u"must not be empty"_s});
        else if (value.size() > maxLength)
            invalid.append({name, u"must be at most %1 characters"_s.arg(maxLength)});
    };
    checkText(u"name"_s, details.name, kMaxNameLength);
    checkText(u"address"_s, details.address, kMaxAddressLength);
    if (!categories().contains(details.category))
        invalid.append({u"category"_s, u"must be one of %1"_s.arg(categories().join(u", "_s))});
    auto parsed = Iban::parse(details.iban);
    if (!parsed)
        invalid.append({u"iban"_s, parsed.error().message});
    else if (iban)
        *iban = parsed.value();
    return invalid;
}

Result<ShopService::Shop> ShopService::create(QSqlDatabase& db, const Details& details, const QString& actor,
                                              std::optional<qint64> deviceId, const QString& requestId)
{
    Iban iban;
    if (const QList<InvalidParam> invalid = validate(details, &iban); !invalid.isEmpty())
        return invalidBody(invalid);
    const qint64 now = Clock::instance().nowMsecs();
    auto inserted = execSql(db, u"INSERT INTO shops (name, address, category, iban, active, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                            {details.name.trimmed(), details.address.trimmed(), details.category, iban.toString(),
                             details.active ? 1 : 0, now, now});
    if (!inserted)
        return inserted.error();
    if (!inserted.value().next())
        return Result<Shop>::failure(u"database-error"_s, u"The new shop got no id."_s);
    const qint64 shopId = inserted.value().value(0).toLongLong();
    // The account exists from the start, so the first redemption finds it
    // and finance sees the shop with a zero balance.
    if (auto account = LedgerService::account(db, AccountKind::Shop, shopId); !account)
        return account.error();
    if (Status s = audit(db, actor, deviceId, requestId, u"shop.create"_s, shopId, detailsJson(details, iban)); !s)
        return s.error();
    return reload(db, shopId);
}

Result<ShopService::Shop> ShopService::update(QSqlDatabase& db, qint64 shopId, const Details& details, const QString& actor,
                                              std::optional<qint64> deviceId, const QString& requestId)
{
    Iban iban;
    if (const QList<InvalidParam> invalid = validate(details, &iban); !invalid.isEmpty())
        return invalidBody(invalid);
    auto before = find(db, shopId);
    if (!before)
        return before.error();
    if (!before.value())
        return Result<Shop>::failure(u"shop-not-found"_s, u"There is no shop number %1."_s.arg(shopId));
    auto updated = execSql(db, u"UPDATE shops SET name = ?, address = ?, category = ?, iban = ?, active = ?, updated_at = ? "
                                "WHERE id = ?"_s,
                           {details.name.trimmed(), details.address.trimmed(), details.category, iban.toString(),
                            details.active ? 1 : 0, Clock::instance().nowMsecs(), shopId});
    if (!updated)
        return updated.error();
    if (auto account = LedgerService::account(db, AccountKind::Shop, shopId); !account)
        return account.error();
    QJsonObject change = detailsJson(details, iban);
    const Shop& old = *before.value();
    change.insert(u"before"_s, QJsonObject{{u"name"_s, old.name}, {u"address"_s, old.address},
                                           {u"category"_s, old.category}, {u"iban"_s, old.iban.toString()},
                                           {u"active"_s, old.active}});
    if (Status s = audit(db, actor, deviceId, requestId, u"shop.update"_s, shopId, change); !s)
        return s.error();
    return reload(db, shopId);
}

Result<std::optional<ShopService::Shop>> ShopService::find(QSqlDatabase& db, qint64 shopId)
{
    auto rows = execSql(db, kShopSelect + u" WHERE sh.id = ?"_s, {shopId});
    if (!rows)
        return rows.error();
    if (!rows.value().next())
        return std::optional<Shop>{};
    return std::optional<Shop>{readShop(rows.value())};
}

Result<QList<ShopService::Shop>> ShopService::list(QSqlDatabase& db, bool includeInactive)
{
    auto rows = execSql(db, kShopSelect + (includeInactive ? QString() : u" WHERE sh.active = 1"_s)
                                + u" ORDER BY sh.name, sh.id"_s);
    if (!rows)
        return rows.error();
    QList<Shop> shops;
    while (rows.value().next())
        shops.append(readShop(rows.value()));
    return shops;
}

Result<QList<ShopService::Redemption>> ShopService::redemptionsOn(QSqlDatabase& db, qint64 shopId, QDate localDay)
{
    const auto [from, to] = localDayRange(localDay);
    auto rows = execSql(db, u"SELECT r.id, v.public_id, r.amount_cents, r.shop_id, sh.name, r.device_id, r.redeemed_at, "
                             "r.offline_accepted_at FROM voucher_redemptions r JOIN vouchers v ON v.id = r.voucher_id "
                             "JOIN shops sh ON sh.id = r.shop_id "
                             "WHERE r.shop_id = ? AND r.redeemed_at >= ? AND r.redeemed_at < ? "
                             "ORDER BY r.redeemed_at DESC, r.id DESC"_s,
                        {shopId, from, to});
    if (!rows)
        return rows.error();
    QList<Redemption> list;
    QSqlQuery& q = rows.value();
    while (q.next()) {
        Redemption redemption;
        redemption.id = q.value(0).toLongLong();
        redemption.voucherId = q.value(1).toString();
        redemption.amount = Coins(q.value(2).toLongLong());
        redemption.shopId = q.value(3).toLongLong();
        redemption.shopName = q.value(4).toString();
        redemption.deviceId = q.value(5).toLongLong();
        redemption.redeemedAt = instant(q.value(6).toLongLong());
        if (!q.value(7).isNull())
            redemption.offlineAcceptedAt = instant(q.value(7).toLongLong());
        list.append(redemption);
    }
    return list;
}

Result<ShopService::Day> ShopService::totalsOn(QSqlDatabase& db, qint64 shopId, QDate localDay)
{
    const auto [from, to] = localDayRange(localDay);
    auto rows = execSql(db, u"SELECT COUNT(*), COALESCE(SUM(amount_cents), 0) FROM voucher_redemptions "
                             "WHERE shop_id = ? AND redeemed_at >= ? AND redeemed_at < ?"_s,
                        {shopId, from, to});
    if (!rows)
        return rows.error();
    Day day;
    if (rows.value().next()) {
        day.count = rows.value().value(0).toInt();
        day.total = Coins(rows.value().value(1).toLongLong());
    }
    return day;
}

Result<QList<ShopService::Payout>> ShopService::payouts(QSqlDatabase& db, qint64 shopId, int limit)
{
    auto municipality = MunicipalitySettings::load(db);
    if (!municipality)
        return municipality.error();
    // The euro amount is the one the settlement paid (its line), so the
    // counter and the statement never differ by a rounding cent.
    auto rows = execSql(db, u"SELECT t.id, t.created_at, e.amount_cents, t.memo, l.euro_cents FROM ledger_entries e "
                             "JOIN ledger_transactions t ON t.id = e.transaction_id "
                             "JOIN accounts a ON a.id = e.account_id "
                             "LEFT JOIN settlement_lines l ON l.ledger_transaction_id = t.id "
                             "WHERE a.kind = 'shop' AND a.owner_id = ? AND t.kind = 'settlement' "
                             "ORDER BY t.created_at DESC, t.id DESC LIMIT ?"_s,
                        {shopId, qBound(1, limit, 5000)});
    if (!rows)
        return rows.error();
    QList<Payout> list;
    QSqlQuery& q = rows.value();
    while (q.next()) {
        Payout payout;
        payout.transactionId = q.value(0).toLongLong();
        payout.at = instant(q.value(1).toLongLong());
        // The entry debits the shop's account; a payout is shown as positive.
        payout.amount = Coins(-q.value(2).toLongLong());
        payout.euroCents = q.value(4).isNull()
            ? SettlementService::euroCentsFor(payout.amount.cents(), municipality.value().euroCentsPerCoin)
            : q.value(4).toLongLong();
        payout.memo = q.value(3).toString();
        list.append(payout);
    }
    return list;
}

} // namespace buurtmunt::server
