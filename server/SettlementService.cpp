// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "SettlementService.h"

#include "core/domain/Clock.h"
#include "core/domain/Iban.h"
#include "server/AuditLog.h"
#include "server/LedgerService.h"
#include "server/MunicipalitySettings.h"
#include "server/SepaCreditTransfer.h"

#include <QJsonArray>
#include <QMap>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

namespace {

QDateTime instant(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

QString isoUtc(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODate);
}

const QTimeZone& municipalityZone()
{
    static const QTimeZone zone("Europe/Amsterdam");
    return zone;
}

QDate localDate(const QDateTime& at)
{
    return municipalityZone().isValid() ? at.toTimeZone(municipalityZone()).date() : at.toUTC().date();
}

QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return QString(QLatin1Char('"') + quoted + QLatin1Char('"'));
}

QByteArray csvRow(const QStringList& fields)
{
    QStringList out;
    for (const QString& field : fields)
        out << csvField(field);
    return out.join(u',').toUtf8() + "\r\n";
}

// The settlement row without lines; `id` or `period` selects it.
Result<std::optional<Settlement>> loadSettlement(QSqlDatabase& db, const QString& where, const QVariant& value)
{
    auto q = execSql(db, u"SELECT s.id, s.period, s.closed_at, s.closed_by, COALESCE(st.display_name, ''), "
                          "s.euro_cents_per_coin, s.sepa_message_id, s.total_coins_cents, s.total_euro_cents "
                          "FROM settlements s LEFT JOIN staff st ON st.id = s.closed_by WHERE s."_s
                         + where + u" = ?"_s,
                     {value});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<Settlement>();
    const QSqlQuery& row = q.value();
    Settlement s;
    s.id = row.value(0).toLongLong();
    s.period = row.value(1).toString();
    s.closedAt = instant(row.value(2).toLongLong());
    s.closedById = row.value(3).toLongLong();
    s.closedBy = row.value(4).toString();
    s.euroCentsPerCoin = row.value(5).toLongLong();
    s.sepaMessageId = row.value(6).toString();
    s.totalCoins = Coins(row.value(7).toLongLong());
    s.totalEuroCents = row.value(8).toLongLong();
    return std::optional<Settlement>(s);
}

Status loadLines(QSqlDatabase& db, Settlement& settlement)
{
    auto q = execSql(db, u"SELECT l.shop_id, sh.name, sh.iban, l.redemption_count, l.coins_cents, l.euro_cents, "
                          "l.end_to_end_id, l.ledger_transaction_id FROM settlement_lines l "
                          "JOIN shops sh ON sh.id = l.shop_id WHERE l.settlement_id = ? ORDER BY sh.name, l.shop_id"_s,
                     {settlement.id});
    if (!q)
        return q.error();
    settlement.lines.clear();
    QSqlQuery& row = q.value();
    while (row.next()) {
        SettlementLine line;
        line.shopId = row.value(0).toLongLong();
        line.shopName = row.value(1).toString();
        line.iban = row.value(2).toString();
        line.redemptionCount = row.value(3).toInt();
        line.coins = Coins(row.value(4).toLongLong());
        line.euroCents = row.value(5).toLongLong();
        line.endToEndId = row.value(6).toString();
        line.ledgerTransactionId = row.value(7).toLongLong();
        settlement.lines.append(line);
    }
    return {};
}

Result<Settlement> findWithLines(QSqlDatabase& db, const QString& where, const QVariant& value, const QString& missing)
{
    auto found = loadSettlement(db, where, value);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{u"settlement-not-found"_s, missing};
    Settlement settlement = *found.value();
    if (Status lines = loadLines(db, settlement); !lines)
        return lines.error();
    return settlement;
}

struct ShopTotals {
    QList<qint64> redemptionIds;
    qint64 coinsCents = 0;
};

} // namespace

QJsonObject SettlementLine::toJson() const
{
    return QJsonObject{
        {u"shopId"_s, shopId},
        {u"shopName"_s, shopName},
        {u"iban"_s, iban},
        {u"redemptionCount"_s, redemptionCount},
        {u"coinsCents"_s, coins.cents()},
        {u"euroCents"_s, euroCents},
        {u"endToEndId"_s, endToEndId},
    };
}

QJsonObject Settlement::toJson(bool withLines) const
{
    QJsonObject json{
        {u"id"_s, id},
        {u"period"_s, period},
        {u"closedAt"_s, isoUtc(closedAt)},
        {u"closedBy"_s, closedBy},
        {u"euroCentsPerCoin"_s, euroCentsPerCoin},
        {u"totalCoinsCents"_s, totalCoins.cents()},
        {u"totalEuroCents"_s, totalEuroCents},
        {u"sepaMessageId"_s, sepaMessageId},
    };
    if (withLines) {
        QJsonArray array;
        for (const SettlementLine& line : lines)
            array.append(line.toJson());
        json.insert(u"lines"_s, array);
    }
    return json;
}

QJsonObject SettlementStatement::toJson() const
{
    QJsonArray rows;
    for (const Row& row : redemptions) {
        rows.append(QJsonObject{
            {u"id"_s, row.id},
            {u"voucherId"_s, row.voucherId},
            {u"redeemedAt"_s, isoUtc(row.redeemedAt)},
            {u"amountCents"_s, row.amount.cents()},
            {u"offlineAcceptedAt"_s, row.offlineAcceptedAt ? QJsonValue(isoUtc(*row.offlineAcceptedAt)) : QJsonValue()},
        });
    }
    return QJsonObject{
        {u"settlementId"_s, settlementId},
        {u"period"_s, period},
        {u"shop"_s, QJsonObject{{u"id"_s, shopId}, {u"name"_s, shopName}, {u"address"_s, shopAddress}, {u"iban"_s, shopIban}}},
        {u"euroCentsPerCoin"_s, euroCentsPerCoin},
        {u"redemptions"_s, rows},
        {u"totals"_s, QJsonObject{{u"count"_s, count}, {u"coinsCents"_s, coins.cents()}, {u"euroCents"_s, euroCents}}},
    };
}

QByteArray SettlementStatement::toCsv() const
{
    // Euro values are stated once, on the totals row: the shop is paid the
    // rounded euro value of its month's total, not a sum of rounded vouchers.
    QByteArray csv = csvRow({u"redemptionId"_s, u"voucherId"_s, u"redeemedAt"_s, u"offlineAcceptedAt"_s, u"coins"_s,
                             u"euro"_s});
    for (const Row& row : redemptions) {
        csv += csvRow({QString::number(row.id), row.voucherId, isoUtc(row.redeemedAt),
                       row.offlineAcceptedAt ? isoUtc(*row.offlineAcceptedAt) : QString(),
                       SepaCreditTransfer::amountText(row.amount.cents()), QString()});
    }
    csv += csvRow({u"total"_s, u"%1 vouchers"_s.arg(count), QString(), QString(),
                   SepaCreditTransfer::amountText(coins.cents()), SepaCreditTransfer::amountText(euroCents)});
    return csv;
}

std::optional<QDate> SettlementService::parsePeriod(const QString& period)
{
    static const QRegularExpression shape(u"^(\\d{4})-(\\d{2})$"_s);
    const auto match = shape.match(period);
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    const int month = match.captured(2).toInt();
    if (year < 2000 || month < 1 || month > 12)
        return std::nullopt;
    return QDate(year, month, 1);
}

QDateTime SettlementService::periodEnd(QDate firstDay)
{
    const QDate next = firstDay.addMonths(1);
    if (!municipalityZone().isValid())
        return QDateTime(next, QTime(0, 0), Qt::UTC);
    return QDateTime(next, QTime(0, 0), municipalityZone()).toUTC();
}

qint64 SettlementService::euroCentsFor(qint64 coinsCents, qint64 euroCentsPerCoin)
{
    return (coinsCents * euroCentsPerCoin + 50) / 100;
}

QString SettlementService::sepaFileName(const QString& period)
{
    return u"buurtmunt-%1.xml"_s.arg(period);
}

bool SettlementService::isBic(const QString& text)
{
    static const QRegularExpression shape(u"^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$"_s);
    return shape.match(text).hasMatch();
}

Result<SettlementService::Closed> SettlementService::close(QSqlDatabase& db, const QString& period, qint64 staffId,
                                                           const QString& requestId, std::optional<qint64> deviceId)
{
    const auto firstDay = parsePeriod(period);
    if (!firstDay)
        return Error{u"invalid-body"_s, u"period \"%1\" is not a month written YYYY-MM, such as 2026-10."_s.arg(period.left(20))};
    const QDateTime end = periodEnd(*firstDay);
    const QDateTime now = Clock::instance().nowUtc();
    if (end > now)
        return Error{u"period-not-ended"_s,
                     u"%1 ends on %2 (Europe/Amsterdam); a month can be closed once it has ended."_s.arg(
                         period, firstDay->addMonths(1).toString(Qt::ISODate))};

    // Two finance desks closing at once: the second waits here and then
    // finds the first one's settlement, so nobody is paid twice.
    if (db.driverName() == u"QPSQL"_s) {
        if (Status locked = execStatus(db, u"LOCK TABLE settlements IN EXCLUSIVE MODE"_s); !locked)
            return locked.error();
    }
    if (auto existing = loadSettlement(db, u"period"_s, period); !existing) {
        return existing.error();
    } else if (existing.value()) {
        Settlement settlement = *existing.value();
        if (Status lines = loadLines(db, settlement); !lines)
            return lines.error();
        return Closed{settlement, false};
    }

    auto municipality = MunicipalitySettings::load(db);
    if (!municipality)
        return municipality.error();
    const qint64 rate = municipality.value().euroCentsPerCoin;

    // Every unsettled redemption before the end, also a late offline one
    // from an earlier month, so none is forgotten.
    const QString lock = db.driverName() == u"QPSQL"_s ? u" FOR UPDATE"_s : QString();
    auto rows = execSql(db, u"SELECT id, shop_id, amount_cents FROM voucher_redemptions "
                             "WHERE settlement_id IS NULL AND redeemed_at < ? ORDER BY shop_id, id"_s
                                + lock,
                        {end.toMSecsSinceEpoch()});
    if (!rows)
        return rows.error();
    QMap<qint64, ShopTotals> perShop;
    while (rows.value().next()) {
        ShopTotals& totals = perShop[rows.value().value(1).toLongLong()];
        totals.redemptionIds.append(rows.value().value(0).toLongLong());
        totals.coinsCents += rows.value().value(2).toLongLong();
    }

    // The id is chosen here (the table is locked or, on SQLite, the writer
    // is alone) because the SEPA message id carries it and both tables are
    // append-only.
    auto nextId = execSql(db, u"SELECT COALESCE(MAX(id), 0) + 1 FROM settlements"_s);
    if (!nextId || !nextId.value().next())
        return nextId ? Error{u"database-error"_s, u"No next settlement id."_s} : nextId.error();
    const qint64 settlementId = nextId.value().value(0).toLongLong();
    const QString messageId = u"BM-%1-%2"_s.arg(period).arg(settlementId);
    const QString actor = u"staff:%1"_s.arg(staffId);
    const qint64 nowMs = now.toMSecsSinceEpoch();

    qint64 totalCoins = 0;
    qint64 totalEuro = 0;
    for (auto it = perShop.cbegin(); it != perShop.cend(); ++it) {
        totalCoins += it->coinsCents;
        totalEuro += euroCentsFor(it->coinsCents, rate);
    }
    if (Status inserted = execStatus(db, u"INSERT INTO settlements (id, period, closed_at, closed_by, euro_cents_per_coin, "
                                          "sepa_message_id, total_coins_cents, total_euro_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                     {settlementId, period, nowMs, staffId, rate, messageId, totalCoins, totalEuro});
        !inserted)
        return inserted.error();

    auto settlementAccount = LedgerService::account(db, AccountKind::Settlement);
    if (!settlementAccount)
        return settlementAccount.error();
    for (auto it = perShop.cbegin(); it != perShop.cend(); ++it) {
        const qint64 shopId = it.key();
        const ShopTotals& totals = it.value();
        auto shopAccount = LedgerService::account(db, AccountKind::Shop, shopId);
        if (!shopAccount)
            return shopAccount.error();
        LedgerPosting posting;
        posting.kind = u"settlement"_s;
        posting.actor = actor;
        posting.idempotencyKey = u"settlement:%1:%2"_s.arg(period).arg(shopId);
        posting.memo = u"Settlement %1: %2 vouchers"_s.arg(period).arg(totals.redemptionIds.size());
        posting.entries = {LedgerEntry{shopAccount.value(), Coins(-totals.coinsCents)},
                           LedgerEntry{settlementAccount.value(), Coins(totals.coinsCents)}};
        auto posted = LedgerService::post(db, posting);
        if (!posted)
            return posted.error();
        // The period is not in settlements, so its key cannot be in the
        // ledger: if it is, the two disagree and nothing may be paid.
        if (posted.value().replayed)
            return Error{u"internal-error"_s,
                         u"The ledger already holds %1 but no settlement exists for %2."_s.arg(posting.idempotencyKey, period)};
        const qint64 euro = euroCentsFor(totals.coinsCents, rate);
        const QString endToEnd = u"%1-S%2"_s.arg(messageId).arg(shopId);
        if (Status line = execStatus(db, u"INSERT INTO settlement_lines (settlement_id, shop_id, redemption_count, coins_cents, "
                                          "euro_cents, end_to_end_id, ledger_transaction_id) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                                     {settlementId, shopId, totals.redemptionIds.size(), totals.coinsCents, euro, endToEnd,
                                      posted.value().transactionId});
            !line)
            return line.error();
        // The shop's redemptions are marked in chunks, one statement each
        // (a month can hold thousands); each must still be unsettled.
        constexpr qsizetype kMarkChunk = 500;
        for (qsizetype start = 0; start < totals.redemptionIds.size(); start += kMarkChunk) {
            const QList<qint64> chunk = totals.redemptionIds.mid(start, kMarkChunk);
            QString placeholders;
            QVariantList values{settlementId};
            for (qint64 redemptionId : chunk) {
                placeholders += values.size() == 1 ? u"?"_s : u", ?"_s;
                values << redemptionId;
            }
            auto marked = execSql(db, u"UPDATE voucher_redemptions SET settlement_id = ? "
                                       "WHERE settlement_id IS NULL AND id IN ("_s + placeholders + u')',
                                  values);
            if (!marked)
                return marked.error();
            if (marked.value().numRowsAffected() != chunk.size())
                return Error{u"retry"_s, u"A redemption of shop %1 was settled by another request."_s.arg(shopId)};
        }
        AuditEntry shopEntry;
        shopEntry.actor = actor;
        shopEntry.deviceId = deviceId;
        shopEntry.requestId = requestId;
        shopEntry.action = u"settlement.shop"_s;
        shopEntry.object = u"shop:%1"_s.arg(shopId);
        shopEntry.details = QJsonObject{{u"settlementId"_s, settlementId}, {u"period"_s, period},
                                        {u"redemptionCount"_s, totals.redemptionIds.size()},
                                        {u"coinsCents"_s, totals.coinsCents}, {u"euroCents"_s, euro},
                                        {u"ledgerTransactionId"_s, posted.value().transactionId}};
        if (Status audited = AuditLog::append(db, shopEntry); !audited)
            return audited.error();
    }

    AuditEntry entry;
    entry.actor = actor;
    entry.deviceId = deviceId;
    entry.requestId = requestId;
    entry.action = u"settlement.close"_s;
    entry.object = u"settlement:%1"_s.arg(settlementId);
    entry.details = QJsonObject{{u"period"_s, period}, {u"shops"_s, perShop.size()},
                                {u"totalCoinsCents"_s, totalCoins}, {u"totalEuroCents"_s, totalEuro},
                                {u"euroCentsPerCoin"_s, rate}};
    if (Status audited = AuditLog::append(db, entry); !audited)
        return audited.error();

    auto created = findWithLines(db, u"id"_s, settlementId, u"The settlement just written is missing."_s);
    if (!created)
        return created.error();
    return Closed{created.value(), true};
}

Result<QList<Settlement>> SettlementService::list(QSqlDatabase& db)
{
    auto ids = execSql(db, u"SELECT id FROM settlements ORDER BY period DESC"_s);
    if (!ids)
        return ids.error();
    QList<qint64> idList;
    while (ids.value().next())
        idList.append(ids.value().value(0).toLongLong());
    QList<Settlement> out;
    for (qint64 id : idList) {
        auto found = loadSettlement(db, u"id"_s, id);
        if (!found)
            return found.error();
        if (found.value())
            out.append(*found.value());
    }
    return out;
}

Result<Settlement> SettlementService::find(QSqlDatabase& db, qint64 settlementId)
{
    return findWithLines(db, u"id"_s, settlementId, u"There is no settlement %1."_s.arg(settlementId));
}

Result<SettlementStatement> SettlementService::statement(QSqlDatabase& db, qint64 settlementId, qint64 shopId)
{
    auto settlement = find(db, settlementId);
    if (!settlement)
        return settlement.error();
    const Settlement& s = settlement.value();
    const auto line = std::find_if(s.lines.cbegin(), s.lines.cend(),
                                   [shopId](const SettlementLine& l) { return l.shopId == shopId; });
    if (line == s.lines.cend())
        return Error{u"shop-not-found"_s, u"Shop %1 was paid nothing in settlement %2 (%3)."_s.arg(shopId).arg(s.id).arg(s.period)};
    auto shop = execSql(db, u"SELECT address FROM shops WHERE id = ?"_s, {shopId});
    if (!shop)
        return shop.error();
    SettlementStatement statement;
    statement.settlementId = s.id;
    statement.period = s.period;
    statement.shopId = shopId;
    statement.shopName = line->shopName;
    statement.shopAddress = shop.value().next() ? shop.value().value(0).toString() : QString();
    statement.shopIban = line->iban;
    statement.euroCentsPerCoin = s.euroCentsPerCoin;
    auto rows = execSql(db, u"SELECT r.id, v.public_id, r.redeemed_at, r.amount_cents, r.offline_accepted_at "
                             "FROM voucher_redemptions r JOIN vouchers v ON v.id = r.voucher_id "
                             "WHERE r.settlement_id = ? AND r.shop_id = ? ORDER BY r.redeemed_at, r.id"_s,
                        {s.id, shopId});
    if (!rows)
        return rows.error();
    QSqlQuery& q = rows.value();
    while (q.next()) {
        SettlementStatement::Row row;
        row.id = q.value(0).toLongLong();
        row.voucherId = q.value(1).toString();
        row.redeemedAt = instant(q.value(2).toLongLong());
        row.amount = Coins(q.value(3).toLongLong());
        if (!q.value(4).isNull())
            row.offlineAcceptedAt = instant(q.value(4).toLongLong());
        statement.redemptions.append(row);
        statement.coins = Coins(statement.coins.cents() + row.amount.cents());
    }
    statement.count = int(statement.redemptions.size());
    // The line is what was paid; the rows must add up to it, and a
    // statement that does not is a fault to report, never to print.
    if (statement.count != line->redemptionCount || statement.coins != line->coins)
        return Error{u"internal-error"_s, u"Statement of shop %1 in settlement %2 does not add up to its line."_s.arg(shopId).arg(s.id)};
    statement.euroCents = line->euroCents;
    return statement;
}

Result<QByteArray> SettlementService::sepa(QSqlDatabase& db, qint64 settlementId)
{
    auto settlement = find(db, settlementId);
    if (!settlement)
        return settlement.error();
    const Settlement& s = settlement.value();
    auto municipality = MunicipalitySettings::load(db);
    if (!municipality)
        return municipality.error();
    auto ibanText = readSetting(db, QString::fromLatin1(kIbanKey));
    if (!ibanText)
        return ibanText.error();
    if (ibanText.value().trimmed().isEmpty())
        return Error{u"settlement-config-missing"_s,
                     u"The setting municipality.iban (the account the shops are paid from) is not set; "
                     "set it with: buurtmunt-server settings set municipality.iban <IBAN>."_s};
    const auto iban = Iban::parse(ibanText.value());
    if (!iban)
        return Error{u"settlement-config-missing"_s,
                     u"The setting municipality.iban %1."_s.arg(iban.error().message)};
    auto bic = readSetting(db, QString::fromLatin1(kBicKey));
    if (!bic)
        return bic.error();

    SepaBatch batch;
    batch.messageId = s.sepaMessageId;
    batch.createdAt = Clock::instance().nowUtc();
    batch.executionDate = localDate(batch.createdAt);
    batch.debtorName = municipality.value().name;
    batch.debtorIban = iban.value().toString();
    batch.debtorBic = bic.value().trimmed().toUpper();
    for (const SettlementLine& line : s.lines) {
        // A line worth less than half a euro cent pays nothing; a zero
        // transfer is not allowed in a SEPA file.
        if (line.euroCents <= 0)
            continue;
        SepaTransfer transfer;
        transfer.endToEndId = line.endToEndId;
        transfer.creditorName = line.shopName;
        transfer.creditorIban = line.iban;
        transfer.euroCents = line.euroCents;
        transfer.remittance = u"%1 %2, %3 bonnen"_s.arg(municipality.value().coinNamePlural, s.period)
                                  .arg(line.redemptionCount);
        batch.transfers.append(transfer);
    }
    if (batch.transfers.isEmpty())
        return Error{u"settlement-not-found"_s,
                     u"Settlement %1 (%2) pays no shop, so there is no payment file."_s.arg(s.id).arg(s.period)};
    return SepaCreditTransfer::write(batch);
}

} // namespace buurtmunt::server
