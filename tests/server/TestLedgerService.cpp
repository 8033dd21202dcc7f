// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestBackend.h"

#include "server/LedgerService.h"
#include "server/Migrations.h"

#include <QAtomicInteger>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::server;

class TestLedgerService : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rewardMovesCoinsFromTheIssuer();
    void sameKeyTwiceMovesMoneyOnce();
    void sameKeyForOtherEntriesIsRefused();
    void overdraftIsRefusedAndChangesNothing();
    void unbalancedAndEmptyPostingsAreRefused();
    void balancesAtCommitRefuseAnOverdraftWithTheWholeTransaction();
    void reversalUndoesATransactionOnce();
    void ledgerRowsCannotBeEditedOrDeleted();
    void accountsAndShopsAreKeptForGood();
    void concurrentSpendingNeverOverdraws();
    void invariantCheckNoticesATamperedBalance();

private:
    struct Accounts {
        qint64 issuer = 0;
        qint64 resident = 0;
        qint64 shop = 0;
        qint64 escrow = 0;
    };
    Accounts makeAccounts(qint64 residentId = 1, qint64 shopId = 1);
    Result<LedgerService::Posted> transfer(qint64 from, qint64 to, qint64 cents, const QString& key,
                                           const QString& kind = u"voucher_redeem"_s);
    qint64 balance(qint64 account);
    qint64 count(const QString& table);
    void verifyInvariants();
    // Each statement must be refused by the database itself, saying `why`.
    void expectRefused(const QStringList& statements, const QString& why);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void TestLedgerService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    m_database = test::freshMigratedDatabase(*m_dir, &error);
    QVERIFY2(m_database, qPrintable(error));
}

void TestLedgerService::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

TestLedgerService::Accounts TestLedgerService::makeAccounts(qint64 residentId, qint64 shopId)
{
    Accounts accounts;
    const Status status = m_database->transaction([&](QSqlDatabase& db) -> Status {
        for (auto [kind, owner, target] : {std::tuple{AccountKind::Issuer, qint64(0), &accounts.issuer},
                                           std::tuple{AccountKind::Resident, residentId, &accounts.resident},
                                           std::tuple{AccountKind::Shop, shopId, &accounts.shop},
                                           std::tuple{AccountKind::Escrow, qint64(0), &accounts.escrow}}) {
            auto id = LedgerService::account(db, kind, owner);
            if (!id)
                return id.error();
            *target = id.value();
        }
        return {};
    });
    if (!status.ok())
        qWarning("%s", qPrintable(status.error().message));
    return accounts;
}

Result<LedgerService::Posted> TestLedgerService::transfer(qint64 from, qint64 to, qint64 cents, const QString& key,
                                                         const QString& kind)
{
    Result<LedgerService::Posted> result = Error{u"not-run"_s, QString()};
    const Status status = m_database->transaction([&](QSqlDatabase& db) -> Status {
        LedgerPosting posting;
        posting.kind = kind;
        posting.actor = u"test"_s;
        posting.idempotencyKey = key;
        posting.memo = u"test transfer"_s;
        posting.entries = {{from, Coins(-cents)}, {to, Coins(cents)}};
        result = LedgerService::post(db, posting);
        return result ? Status{} : Status(result.error());
    });
    if (!status)
        return status.error();
    return result;
}

qint64 TestLedgerService::balance(qint64 account)
{
    auto conn = m_database->connection();
    if (!conn)
        return -999999;
    auto value = LedgerService::balance(conn.value(), account);
    return value ? value.value().cents() : -999999;
}

qint64 TestLedgerService::count(const QString& table)
{
    auto conn = m_database->connection();
    auto rows = execSql(conn.value(), u"SELECT COUNT(*) FROM "_s + table);
    if (!rows || !rows.value().next())
        return -1;
    return rows.value().value(0).toLongLong();
}

void TestLedgerService::verifyInvariants()
{
    auto conn = m_database->connection();
    QVERIFY(conn.ok());
    auto report = LedgerService::checkInvariants(conn.value());
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QVERIFY2(report.value().ok(), qPrintable(report.value().violations.join(u"; "_s)));
}

void TestLedgerService::expectRefused(const QStringList& statements, const QString& why)
{
    auto conn = m_database->connection();
    QVERIFY(conn.ok());
    QSqlDatabase db = conn.value();
    for (const QString& sql : statements) {
        auto result = execSql(db, sql);
        QVERIFY2(!result.ok(), qPrintable(u"the database allowed: "_s + sql));
        QVERIFY2(result.error().message.contains(why), qPrintable(result.error().message));
    }
}

void TestLedgerService::rewardMovesCoinsFromTheIssuer()
{
    const Accounts a = makeAccounts();
    auto posted = transfer(a.issuer, a.resident, 1500, u"reward-1"_s, u"reward"_s);
    QVERIFY2(posted.ok(), qPrintable(posted.ok() ? QString() : posted.error().message));
    QVERIFY(!posted.value().replayed);
    QCOMPARE(balance(a.resident), 1500);
    QCOMPARE(balance(a.issuer), -1500);  // the issuer is the only account that may go below zero
    verifyInvariants();
}

void TestLedgerService::sameKeyTwiceMovesMoneyOnce()
{
    const Accounts a = makeAccounts();
    auto first = transfer(a.issuer, a.resident, 1200, u"reward-claim-7"_s, u"reward"_s);
    auto second = transfer(a.issuer, a.resident, 1200, u"reward-claim-7"_s, u"reward"_s);
    QVERIFY(first.ok() && second.ok());
    QVERIFY(second.value().replayed);
    QCOMPARE(second.value().transactionId, first.value().transactionId);
    QCOMPARE(balance(a.resident), 1200);
    QCOMPARE(count(u"ledger_transactions"_s), 1);
    verifyInvariants();
}

void TestLedgerService::sameKeyForOtherEntriesIsRefused()
{
    const Accounts a = makeAccounts();
    QVERIFY(transfer(a.issuer, a.resident, 1200, u"reward-claim-8"_s, u"reward"_s).ok());
    auto other = transfer(a.issuer, a.resident, 9900, u"reward-claim-8"_s, u"reward"_s);
    QVERIFY(!other.ok());
    QCOMPARE(other.error().code, u"ledger-key-reused"_s);
    QCOMPARE(balance(a.resident), 1200);
    verifyInvariants();
}

void TestLedgerService::overdraftIsRefusedAndChangesNothing()
{
    const Accounts a = makeAccounts();
    QVERIFY(transfer(a.issuer, a.resident, 1000, u"reward-1"_s, u"reward"_s).ok());
    const qint64 transactionsBefore = count(u"ledger_transactions"_s);
    const qint64 entriesBefore = count(u"ledger_entries"_s);
    auto overdraft = transfer(a.resident, a.shop, 1001, u"spend-too-much"_s);
    QVERIFY(!overdraft.ok());
    QCOMPARE(overdraft.error().code, u"insufficient-balance"_s);
    QCOMPARE(balance(a.resident), 1000);
    QCOMPARE(balance(a.shop), 0);
    QCOMPARE(count(u"ledger_transactions"_s), transactionsBefore);
    QCOMPARE(count(u"ledger_entries"_s), entriesBefore);
    // Exactly the balance is fine.
    QVERIFY(transfer(a.resident, a.shop, 1000, u"spend-all"_s).ok());
    QCOMPARE(balance(a.resident), 0);
    verifyInvariants();
}

// A posting whose balances change with the COMMIT: covered by construction
// where it is used, but an overdraft all the same must fail the transaction
// and leave neither the posting nor the other writes behind.
void TestLedgerService::balancesAtCommitRefuseAnOverdraftWithTheWholeTransaction()
{
    const Accounts a = makeAccounts();
    QVERIFY(transfer(a.issuer, a.resident, 1000, u"reward-1"_s, u"reward"_s).ok());
    QVERIFY(transfer(a.resident, a.escrow, 600, u"hold-1"_s, u"voucher_hold"_s).ok());
    const qint64 transactionsBefore = count(u"ledger_transactions"_s);
    const qint64 entriesBefore = count(u"ledger_entries"_s);
    const auto redeem = [&](qint64 cents, const QString& key) {
        return m_database->transaction([&](QSqlDatabase& db) -> Status {
            LedgerPosting posting;
            posting.kind = u"voucher_redeem"_s;
            posting.actor = u"test"_s;
            posting.idempotencyKey = key;
            posting.memo = u"test redemption"_s;
            posting.entries = {{a.escrow, Coins(-cents)}, {a.shop, Coins(cents)}};
            auto recorded = LedgerService::record(db, posting);
            if (!recorded)
                return recorded.error();
            if (Status s = execStatus(db, u"INSERT INTO change_sequences (name, value) VALUES ('test-marker', 1)"_s); !s)
                return s;
            return LedgerService::applyBalancesAtCommit(db, posting);
        });
    };
    const Status overdraft = redeem(601, u"redeem-too-much"_s);
    QVERIFY(!overdraft);
    QCOMPARE(overdraft.error().code, u"database-error"_s);
    QCOMPARE(balance(a.escrow), 600);
    QCOMPARE(balance(a.shop), 0);
    QCOMPARE(count(u"ledger_transactions"_s), transactionsBefore);
    QCOMPARE(count(u"ledger_entries"_s), entriesBefore);
    QCOMPARE(count(u"change_sequences WHERE name = 'test-marker'"_s), 0);
    const Status paid = redeem(600, u"redeem-all"_s);
    QVERIFY2(paid, qPrintable(paid ? QString() : paid.error().message));
    QCOMPARE(balance(a.escrow), 0);
    QCOMPARE(balance(a.shop), 600);
    verifyInvariants();
}

void TestLedgerService::unbalancedAndEmptyPostingsAreRefused()
{
    const Accounts a = makeAccounts();
    const auto post = [&](QList<LedgerEntry> entries, const QString& key) {
        Result<LedgerService::Posted> result = Error{u"not-run"_s, QString()};
        (void)m_database->transaction([&](QSqlDatabase& db) -> Status {
            LedgerPosting posting{u"reward"_s, u"test"_s, key, u"bad"_s, entries, std::nullopt};
            result = LedgerService::post(db, posting);
            return result ? Status{} : Status(result.error());
        });
        return result;
    };
    QCOMPARE(post({{a.issuer, Coins(-100)}, {a.resident, Coins(99)}}, u"k1"_s).error().code, u"unbalanced-posting"_s);
    QCOMPARE(post({{a.resident, Coins(0)}, {a.issuer, Coins(0)}}, u"k2"_s).error().code, u"invalid-posting"_s);
    QCOMPARE(post({{a.issuer, Coins(-100)}}, u"k3"_s).error().code, u"invalid-posting"_s);
    QCOMPARE(post({{a.issuer, Coins(-100)}, {a.resident, Coins(100)}}, QString()).error().code, u"invalid-posting"_s);
    QCOMPARE(post({{a.issuer, Coins(-100)}, {999999, Coins(100)}}, u"k5"_s).error().code, u"account-not-found"_s);
    QCOMPARE(post({{a.issuer, Coins(std::numeric_limits<qint64>::max())}, {a.resident, Coins(std::numeric_limits<qint64>::max())}},
                  u"k6"_s).error().code, u"invalid-posting"_s);
    QCOMPARE(count(u"ledger_transactions"_s), 0);
    QCOMPARE(balance(a.resident), 0);
    verifyInvariants();
}

void TestLedgerService::reversalUndoesATransactionOnce()
{
    const Accounts a = makeAccounts();
    auto reward = transfer(a.issuer, a.resident, 1500, u"reward-1"_s, u"reward"_s);
    QVERIFY(reward.ok());
    const auto reverse = [&](const QString& key) {
        Result<LedgerService::Posted> result = Error{u"not-run"_s, QString()};
        (void)m_database->transaction([&](QSqlDatabase& db) -> Status {
            result = LedgerService::reverse(db, reward.value().transactionId, u"staff:1"_s, key, u"approved by mistake"_s);
            return result ? Status{} : Status(result.error());
        });
        return result;
    };
    auto reversed = reverse(u"reverse-1"_s);
    QVERIFY2(reversed.ok(), qPrintable(reversed.ok() ? QString() : reversed.error().message));
    QCOMPARE(balance(a.resident), 0);
    QCOMPARE(balance(a.issuer), 0);
    QVERIFY(reverse(u"reverse-1"_s).value().replayed);           // a retry of the same correction
    QCOMPARE(reverse(u"reverse-2"_s).error().code, u"already-reversed"_s);  // a second correction
    QCOMPARE(balance(a.resident), 0);
    QCOMPARE(count(u"ledger_transactions"_s), 2);                  // history kept: original and reversal
    verifyInvariants();
}

void TestLedgerService::ledgerRowsCannotBeEditedOrDeleted()
{
    const Accounts a = makeAccounts();
    QVERIFY(transfer(a.issuer, a.resident, 700, u"reward-1"_s, u"reward"_s).ok());
    expectRefused({u"UPDATE ledger_entries SET amount_cents = amount_cents * 2"_s,
                   u"DELETE FROM ledger_entries"_s,
                   u"UPDATE ledger_transactions SET memo = 'edited'"_s,
                   u"DELETE FROM ledger_transactions"_s},
                  u"append-only"_s);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(count(u"ledger_entries"_s), 2);
    verifyInvariants();
}

// The ledger names accounts and redemptions name shops: neither row may go
// or change its id, whether or not anything names it yet.
void TestLedgerService::accountsAndShopsAreKeptForGood()
{
    const Accounts a = makeAccounts();
    QVERIFY(transfer(a.issuer, a.resident, 700, u"reward-1"_s, u"reward"_s).ok());
    auto conn = m_database->connection();
    QVERIFY(conn.ok());
    QSqlDatabase db = conn.value();
    QVERIFY(execSql(db, u"INSERT INTO shops (name, address, category, iban, created_at) "
                         "VALUES ('Bakkerij', 'Markt 1', 'food', 'NL91ABNA0417164300', 0)"_s).ok());
    const qint64 accounts = count(u"accounts"_s);
    QStringList attempts{u"DELETE FROM accounts WHERE id = %1"_s.arg(a.resident),  // named by the ledger
                         u"DELETE FROM accounts WHERE id = %1"_s.arg(a.shop),      // named by nothing yet
                         u"UPDATE accounts SET id = id + 1000 WHERE id = %1"_s.arg(a.resident),
                         u"DELETE FROM shops"_s,
                         u"UPDATE shops SET id = id + 1000"_s};
    if (m_database->dialect() == Dialect::Postgres)
        attempts << u"TRUNCATE accounts CASCADE"_s << u"TRUNCATE shops CASCADE"_s;
    expectRefused(attempts, u"kept for good"_s);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(count(u"accounts"_s), accounts);
    QCOMPARE(count(u"shops"_s), 1);
    QCOMPARE(balance(a.resident), 700);
    // Renaming a shop or paying into an account still works.
    QVERIFY(execSql(db, u"UPDATE shops SET name = 'Bakkerij Jansen'"_s).ok());
    QVERIFY(transfer(a.resident, a.shop, 200, u"redeem-1"_s).ok());
    QCOMPARE(balance(a.shop), 200);
    verifyInvariants();
}

void TestLedgerService::concurrentSpendingNeverOverdraws()
{
    const Accounts a = makeAccounts();
    constexpr qint64 funded = 100'00;
    QVERIFY(transfer(a.issuer, a.resident, funded, u"fund"_s, u"reward"_s).ok());

    // Eight threads race to spend one balance in random amounts; the ledger
    // must let exactly as much through as there was.
    constexpr int threads = 8;
    constexpr int attemptsPerThread = 40;
    QAtomicInteger<qint64> spent = 0;
    QAtomicInteger<int> refused = 0;
    QAtomicInteger<int> failures = 0;
    QList<QThread*> workers;
    for (int t = 0; t < threads; ++t) {
        workers.append(QThread::create([&, t] {
            QRandomGenerator random(static_cast<quint32>(t + 1));
            for (int i = 0; i < attemptsPerThread; ++i) {
                const qint64 cents = 1 + random.bounded(150);
                auto result = transfer(a.resident, a.shop, cents, u"spend-%1-%2"_s.arg(t).arg(i));
                if (result.ok())
                    spent.fetchAndAddRelaxed(cents);
                else if (result.error().code == u"insufficient-balance"_s)
                    refused.fetchAndAddRelaxed(1);
                else {
                    qWarning("unexpected: %s", qPrintable(result.error().message));
                    failures.fetchAndAddRelaxed(1);
                }
            }
            m_database->closeThreadConnection();
        }));
        workers.last()->start();
    }
    for (QThread* worker : workers) {
        QVERIFY(worker->wait(120'000));
        delete worker;
    }
    qInfo("spent %lld of %lld cents in %d transfers; %d refused for lack of balance",
          static_cast<long long>(spent.loadRelaxed()), static_cast<long long>(funded),
          threads * attemptsPerThread - refused.loadRelaxed(), refused.loadRelaxed());
    QCOMPARE(failures.loadRelaxed(), 0);
    QVERIFY(refused.loadRelaxed() > 0);  // the race did reach the end of the money
    QCOMPARE(balance(a.resident), funded - spent.loadRelaxed());
    QCOMPARE(balance(a.shop), spent.loadRelaxed());
    QVERIFY(balance(a.resident) >= 0);
    verifyInvariants();
}

void TestLedgerService::invariantCheckNoticesATamperedBalance()
{
    const Accounts a = makeAccounts();
    QVERIFY(transfer(a.issuer, a.resident, 500, u"reward-1"_s, u"reward"_s).ok());
    auto conn = m_database->connection();
    QSqlDatabase db = conn.value();
    QVERIFY(execSql(db, u"UPDATE accounts SET balance_cents = balance_cents + 1 WHERE id = ?"_s, {a.resident}).ok());
    auto report = LedgerService::checkInvariants(db);
    QVERIFY(report.ok());
    QVERIFY(!report.value().ok());
    const QString all = report.value().violations.join(u"; "_s);
    QVERIFY2(all.contains(u"account %1's balance differs from its entries by 1 cents"_s.arg(a.resident)), qPrintable(all));
    QVERIFY2(all.contains(u"sum to 1 cents"_s), qPrintable(all));
}

QTEST_GUILESS_MAIN(TestLedgerService)
#include "TestLedgerService.moc"
