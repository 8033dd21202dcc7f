// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "LedgerService.h"

#include "core/domain/Clock.h"

#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

namespace {

const QStringList kTransactionKinds{u"reward"_s, u"voucher_hold"_s, u"voucher_redeem"_s,
                                    u"voucher_release"_s, u"settlement"_s, u"reversal"_s};

bool sameEntries(QList<LedgerEntry> a, QList<LedgerEntry> b)
{
    const auto order = [](const LedgerEntry& x, const LedgerEntry& y) {
        return std::pair(x.accountId, x.amount.cents()) < std::pair(y.accountId, y.amount.cents());
    };
    std::sort(a.begin(), a.end(), order);
    std::sort(b.begin(), b.end(), order);
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const LedgerEntry& x, const LedgerEntry& y) {
        return x.accountId == y.accountId && x.amount == y.amount;
    });
}

Result<QList<LedgerEntry>> entriesOf(QSqlDatabase& db, qint64 transactionId)
{
    auto rows = execSql(db, u"SELECT account_id, amount_cents FROM ledger_entries WHERE transaction_id = ? ORDER BY id"_s,
                        {transactionId});
    if (!rows)
        return rows.error();
    QList<LedgerEntry> entries;
    while (rows.value().next())
        entries.append({rows.value().value(0).toLongLong(), Coins(rows.value().value(1).toLongLong())});
    return entries;
}

Result<std::optional<qint64>> existingTransaction(QSqlDatabase& db, const QString& key, QString* kind)
{
    auto found = execSql(db, u"SELECT id, kind FROM ledger_transactions WHERE idempotency_key = ?"_s, {key});
    if (!found)
        return found.error();
    if (!found.value().next())
        return std::optional<qint64>{};
    *kind = found.value().value(1).toString();
    return std::optional<qint64>{found.value().value(0).toLongLong()};
}

} // namespace

QString toString(AccountKind kind)
{
    switch (kind) {
    case AccountKind::Issuer: return u"issuer"_s;
    case AccountKind::Resident: return u"resident"_s;
    case AccountKind::Shop: return u"shop"_s;
    case AccountKind::Escrow: return u"escrow"_s;
    case AccountKind::Settlement: return u"settlement"_s;
    }
    return {};
}

Result<qint64> LedgerService::account(QSqlDatabase& db, AccountKind kind, qint64 ownerId)
{
    const QString kindText = toString(kind);
    // The singleton accounts are made by a migration and never change id,
    // so each connection looks them up once (the cache is per connection,
    // that is per database and thread).
    const bool singleton = kind == AccountKind::Issuer || kind == AccountKind::Escrow || kind == AccountKind::Settlement;
    thread_local QHash<QString, qint64> singletons;
    const QString cacheKey = singleton ? db.connectionName() + u'/' + kindText : QString();
    if (singleton) {
        if (auto it = singletons.constFind(cacheKey); it != singletons.cend())
            return it.value();
    }
    auto found = execSql(db, u"SELECT id FROM accounts WHERE kind = ? AND owner_id = ?"_s, {kindText, ownerId});
    if (!found)
        return found.error();
    if (found.value().next()) {
        const qint64 id = found.value().value(0).toLongLong();
        if (singleton)
            singletons.insert(cacheKey, id);
        return id;
    }
    auto created = execSql(db, u"INSERT INTO accounts (kind, owner_id, balance_cents, created_at) VALUES (?, ?, 0, ?) "
                                "ON CONFLICT (kind, owner_id) DO NOTHING RETURNING id"_s,
                           {kindText, ownerId, Clock::instance().nowMsecs()});
    if (!created)
        return created.error();
    if (created.value().next())
        return created.value().value(0).toLongLong();
    // Created concurrently by another transaction: rerun ours to see it.
    return Result<qint64>::failure(u"retry"_s, u"The account was created concurrently."_s);
}

Result<LedgerService::Posted> LedgerService::post(QSqlDatabase& db, const LedgerPosting& posting)
{
    auto recorded = record(db, posting);
    if (!recorded || recorded.value().replayed)
        return recorded;
    if (Status applied = applyBalances(db, posting); !applied)
        return applied.error();
    return recorded;
}

Result<LedgerService::Posted> LedgerService::record(QSqlDatabase& db, const LedgerPosting& posting)
{
    const auto refuse = [](const QString& code, const QString& message) {
        return Result<Posted>::failure(code, message);
    };
    if (!kTransactionKinds.contains(posting.kind))
        return refuse(u"invalid-posting"_s, u"\"%1\" is not a ledger transaction kind."_s.arg(posting.kind));
    if (posting.idempotencyKey.isEmpty())
        return refuse(u"invalid-posting"_s, u"A ledger posting needs an idempotency key."_s);
    if (posting.actor.isEmpty())
        return refuse(u"invalid-posting"_s, u"A ledger posting needs an actor."_s);
    if (posting.entries.size() < 2)
        return refuse(u"invalid-posting"_s, u"A ledger posting needs at least two entries."_s);
    Coins sum;
    for (const LedgerEntry& entry : posting.entries) {
        if (entry.amount.isZero())
            return refuse(u"invalid-posting"_s, u"A ledger entry of zero moves nothing."_s);
        auto next = sum.plus(entry.amount);
        if (!next)
            return refuse(u"invalid-posting"_s, u"The entries overflow."_s);
        sum = next.value();
    }
    if (!sum.isZero())
        return refuse(u"unbalanced-posting"_s, u"The entries sum to %1 cents, not zero."_s.arg(sum.cents()));

    // The entries, in the posting's order so entry ids keep following it.
    // Joined to accounts, so an entry for a missing account is left out
    // instead of failing on the foreign key (which would abort a PostgreSQL
    // transaction before the missing account could be named). Typed, so
    // PostgreSQL can prepare the statement (see execSql).
    QString entryRows;
    QVariantList entryValues;
    qint64 position = 0;
    for (const LedgerEntry& entry : posting.entries) {
        entryRows += entryValues.isEmpty() ? QString() : u", "_s;
        entryRows += u"(CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT))"_s;
        entryValues << entry.accountId << entry.amount.cents() << ++position;
    }
    const QString entriesFrom = u"(VALUES "_s + entryRows + u") AS v JOIN accounts a ON a.id = v.column1 ORDER BY v.column3"_s;
    const QString insertTransaction =
        u"INSERT INTO ledger_transactions (kind, actor, idempotency_key, memo, reverses_id, created_at) "
         "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING RETURNING id"_s;
    const QVariantList transactionValues{
        posting.kind, posting.actor, posting.idempotencyKey, posting.memo,
        posting.reversesId ? QVariant::fromValue(*posting.reversesId) : QVariant(QMetaType::fromType<qint64>()),
        Clock::instance().nowMsecs()};

    // Inserted first and checked only if the key is taken: a new posting,
    // by far the usual case, is written at once. A concurrent posting with
    // the same key makes this one wait for it and then find it.
    std::optional<qint64> transactionId;
    qint64 entriesWritten = 0;
    if (isPostgres(db)) {
        // The transaction and its entries in one statement, one round trip.
        auto written = execSql(db, u"WITH t AS ("_s + insertTransaction + u"), "
                                    "e AS (INSERT INTO ledger_entries (transaction_id, account_id, amount_cents) "
                                    "SELECT t.id, v.column1, v.column2 FROM t CROSS JOIN "_s + entriesFrom + u" RETURNING 1) "
                                    "SELECT t.id, (SELECT COUNT(*) FROM e) FROM t"_s,
                               transactionValues + entryValues);
        if (!written)
            return written.error();
        if (written.value().next()) {
            transactionId = written.value().value(0).toLongLong();
            entriesWritten = written.value().value(1).toLongLong();
        }
    } else {
        auto inserted = execSql(db, insertTransaction, transactionValues);
        if (!inserted)
            return inserted.error();
        if (inserted.value().next()) {
            transactionId = inserted.value().value(0).toLongLong();
            inserted.value().finish();
            auto entries = execSql(db, u"INSERT INTO ledger_entries (transaction_id, account_id, amount_cents) "
                                        "SELECT ?, v.column1, v.column2 FROM "_s + entriesFrom,
                                   QVariantList{*transactionId} + entryValues);
            if (!entries)
                return entries.error();
            entriesWritten = entries.value().numRowsAffected();
        }
    }

    if (!transactionId) {
        QString existingKind;
        auto existing = existingTransaction(db, posting.idempotencyKey, &existingKind);
        if (!existing)
            return existing.error();
        if (!existing.value())
            return refuse(u"retry"_s, u"The posting with the same key was rolled back meanwhile."_s);
        auto entries = entriesOf(db, *existing.value());
        if (!entries)
            return entries.error();
        if (existingKind != posting.kind || !sameEntries(entries.value(), posting.entries))
            return refuse(u"ledger-key-reused"_s,
                u"The idempotency key %1 was already used for a different money movement."_s.arg(posting.idempotencyKey));
        return Posted{*existing.value(), true};
    }
    if (entriesWritten != posting.entries.size()) {
        for (const LedgerEntry& entry : posting.entries) {
            auto exists = execSql(db, u"SELECT 1 FROM accounts WHERE id = ?"_s, {entry.accountId});
            if (!exists)
                return exists.error();
            if (!exists.value().next())
                return refuse(u"account-not-found"_s, u"There is no account %1."_s.arg(entry.accountId));
        }
        return refuse(u"retry"_s, u"An account disappeared while the posting was written."_s);
    }

    return Posted{*transactionId, false};
}

namespace {

// One change per account (a posting may name an account twice), in account
// order so two postings over the same accounts queue rather than deadlock.
struct BalanceUpdate {
    QString sql;
    QVariantList values;
    QMap<qint64, qint64> deltas;
};

BalanceUpdate balanceUpdate(const LedgerPosting& posting, bool guarded)
{
    BalanceUpdate update;
    for (const LedgerEntry& entry : posting.entries)
        update.deltas[entry.accountId] += entry.amount.cents();
    update.sql = u"UPDATE accounts SET balance_cents = balance_cents + d.column2 FROM (VALUES "_s;
    for (auto it = update.deltas.cbegin(); it != update.deltas.cend(); ++it) {
        // Typed, so PostgreSQL can prepare the statement (see execSql).
        update.sql += update.values.isEmpty() ? u"(CAST(? AS BIGINT), CAST(? AS BIGINT))"_s
                                              : u", (CAST(? AS BIGINT), CAST(? AS BIGINT))"_s;
        update.values << it.key() << it.value();
    }
    update.sql += u") AS d WHERE accounts.id = d.column1"_s;
    if (guarded)
        update.sql += u" AND (accounts.kind = 'issuer' OR accounts.balance_cents + d.column2 >= 0)"_s;
    return update;
}

} // namespace

Status LedgerService::applyBalancesAtCommit(QSqlDatabase& db, const LedgerPosting& posting)
{
    const BalanceUpdate update = balanceUpdate(posting, false);
    return deferUntilCommit(db, update.sql, update.values);
}

Status LedgerService::applyBalances(QSqlDatabase& db, const LedgerPosting& posting)
{
    const auto refuse = [](const QString& code, const QString& message) { return Status::failure(code, message); };
    // The balance check is part of the update, so two concurrent debits
    // cannot both pass a check made before either wrote.
    const BalanceUpdate balances = balanceUpdate(posting, true);
    const QMap<qint64, qint64>& deltas = balances.deltas;
    auto updated = execSql(db, balances.sql, balances.values);
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != deltas.size()) {
        // Name the first account that could not pay; the caller rolls back.
        for (auto it = deltas.cbegin(); it != deltas.cend(); ++it) {
            auto row = execSql(db, u"SELECT kind, balance_cents FROM accounts WHERE id = ?"_s, {it.key()});
            if (!row)
                return row.error();
            if (!row.value().next())
                return refuse(u"account-not-found"_s, u"There is no account %1."_s.arg(it.key()));
            if (row.value().value(0).toString() != u"issuer"_s && row.value().value(1).toLongLong() + it.value() < 0)
                return refuse(u"insufficient-balance"_s,
                    u"Account %1 does not hold enough to pay %2 cents."_s.arg(it.key()).arg(-it.value()));
        }
        return refuse(u"retry"_s, u"The account balances changed while they were being updated."_s);
    }
    return {};
}

Result<LedgerService::Posted> LedgerService::reverse(QSqlDatabase& db, qint64 transactionId, const QString& actor,
                                                    const QString& idempotencyKey, const QString& memo)
{
    auto entries = entriesOf(db, transactionId);
    if (!entries)
        return entries.error();
    if (entries.value().isEmpty())
        return Result<Posted>::failure(u"transaction-not-found"_s, u"There is no ledger transaction %1."_s.arg(transactionId));
    auto already = execSql(db, u"SELECT idempotency_key FROM ledger_transactions WHERE reverses_id = ?"_s, {transactionId});
    if (!already)
        return already.error();
    if (already.value().next() && already.value().value(0).toString() != idempotencyKey)
        return Result<Posted>::failure(u"already-reversed"_s, u"Ledger transaction %1 was already reversed."_s.arg(transactionId));
    LedgerPosting posting;
    posting.kind = u"reversal"_s;
    posting.actor = actor;
    posting.idempotencyKey = idempotencyKey;
    posting.memo = memo;
    posting.reversesId = transactionId;
    for (const LedgerEntry& entry : entries.value())
        posting.entries.append({entry.accountId, Coins(-entry.amount.cents())});
    return post(db, posting);
}

Result<Coins> LedgerService::balance(QSqlDatabase& db, qint64 accountId)
{
    auto row = execSql(db, u"SELECT balance_cents FROM accounts WHERE id = ?"_s, {accountId});
    if (!row)
        return row.error();
    if (!row.value().next())
        return Result<Coins>::failure(u"account-not-found"_s, u"There is no account %1."_s.arg(accountId));
    return Coins(row.value().value(0).toLongLong());
}

QJsonObject LedgerService::Movement::toJson() const
{
    return QJsonObject{
        {u"transactionId"_s, transactionId},
        {u"kind"_s, kind},
        {u"amountCents"_s, amount.cents()},
        {u"memo"_s, memo},
        {u"at"_s, QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODate)},
    };
}

Result<QList<LedgerService::Movement>> LedgerService::history(QSqlDatabase& db, qint64 accountId, int limit)
{
    auto rows = execSql(db, u"SELECT t.id, t.kind, e.amount_cents, t.memo, t.created_at FROM ledger_entries e "
                             "JOIN ledger_transactions t ON t.id = e.transaction_id "
                             "WHERE e.account_id = ? ORDER BY t.id DESC, e.id DESC LIMIT ?"_s, {accountId, limit});
    if (!rows)
        return rows.error();
    QList<Movement> movements;
    while (rows.value().next()) {
        const QSqlQuery& q = rows.value();
        movements.append({q.value(0).toLongLong(), q.value(1).toString(), Coins(q.value(2).toLongLong()),
                          q.value(3).toString(), q.value(4).toLongLong()});
    }
    return movements;
}

Result<LedgerService::InvariantReport> LedgerService::checkInvariants(QSqlDatabase& db)
{
    InvariantReport report;
    const auto collect = [&](const QString& sql, const QString& message) -> Status {
        auto rows = execSql(db, sql);
        if (!rows)
            return rows.error();
        while (rows.value().next())
            report.violations << message.arg(rows.value().value(0).toString(), rows.value().value(1).toString());
        return {};
    };
    if (Status s = collect(u"SELECT transaction_id, SUM(amount_cents) FROM ledger_entries GROUP BY transaction_id "
                            "HAVING SUM(amount_cents) <> 0"_s,
                           u"transaction %1 sums to %2 cents"_s); !s)
        return s.error();
    if (Status s = collect(u"SELECT t.id, COUNT(e.id) FROM ledger_transactions t LEFT JOIN ledger_entries e "
                            "ON e.transaction_id = t.id GROUP BY t.id HAVING COUNT(e.id) < 2"_s,
                           u"transaction %1 has %2 entries"_s); !s)
        return s.error();
    if (Status s = collect(u"SELECT a.id, a.balance_cents - COALESCE(e.total, 0) FROM accounts a LEFT JOIN "
                            "(SELECT account_id, SUM(amount_cents) AS total FROM ledger_entries GROUP BY account_id) e "
                            "ON e.account_id = a.id WHERE a.balance_cents <> COALESCE(e.total, 0)"_s,
                           u"account %1's balance differs from its entries by %2 cents"_s); !s)
        return s.error();
    if (Status s = collect(u"SELECT id, balance_cents FROM accounts WHERE kind <> 'issuer' AND balance_cents < 0"_s,
                           u"account %1 is negative: %2 cents"_s); !s)
        return s.error();
    if (Status s = collect(u"SELECT 'all accounts', SUM(balance_cents) FROM accounts HAVING SUM(balance_cents) <> 0"_s,
                           u"the balances of %1 sum to %2 cents"_s); !s)
        return s.error();
    auto counts = execSql(db, u"SELECT (SELECT COUNT(*) FROM ledger_transactions), (SELECT COUNT(*) FROM accounts)"_s);
    if (!counts)
        return counts.error();
    if (counts.value().next()) {
        report.transactions = counts.value().value(0).toLongLong();
        report.accounts = counts.value().value(1).toLongLong();
    }
    return report;
}

} // namespace buurtmunt::server
