// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "SepaSchemeCheck.h"
#include "TestBackend.h"

#include "core/domain/Clock.h"
#include "core/domain/Iban.h"
#include "core/domain/PassToken.h"
#include "server/AuditLog.h"
#include "server/LedgerService.h"
#include "server/MunicipalitySettings.h"
#include "server/RedemptionService.h"
#include "server/SettingsCatalogue.h"
#include "server/SettlementService.h"
#include "server/ShopService.h"
#include "server/VoucherService.h"

#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::server;

// A simulated October 2026 in Heerlen: residents earn, make vouchers and
// spend them at three shops on different days; one voucher stays unused and
// one is spent on 1 November. Closing October must move exactly what each
// shop received into the settlement account, once, and the statements and
// the SEPA file must say the same. Runs on SQLite and on PostgreSQL.
class TestSettlementService : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void closingOctoberPaysEachShopWhatTheLedgerSays();
    void closingAgainMovesNothing();
    void aBusyShopsWholeMonthIsSettled();
    void anUnfinishedMonthCannotBeClosed();
    void theNovemberRedemptionIsInNovembersSettlement();
    void theSepaFileMatchesTheSettlement();
    void theSepaFileNeedsTheMunicipalityIban();
    void badPeriodsAreRefused_data();
    void badPeriodsAreRefused();
    void euroValueIsRoundedHalfUp();
    void settingsCheckTheMunicipalityAccount();

private:
    template <typename T, typename F>
    Result<T> run(F work);
    qint64 insertRow(const QString& sql, const QVariantList& binds);
    qint64 addShop(const QString& name, const QString& bban);
    qint64 addCounter(qint64 shopId);
    qint64 addResident(const QString& name);
    void reward(qint64 resident, qint64 cents);
    QString makeVoucher(qint64 resident, qint64 cents);
    void redeem(const QString& token, qint64 counter, qint64 shop);
    void at(int month, int day, int hour = 12);
    qint64 scalar(const QString& sql, const QVariantList& binds = {});
    qint64 shopBalance(qint64 shop);
    void simulateOctober();
    Result<SettlementService::Closed> close(const QString& period);
    void setSetting(const QString& key, const QString& value);

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    qint64 m_kiosk = 0;
    qint64 m_staff = 0;
    QList<qint64> m_shops;
    QList<qint64> m_counters;
    QString m_novemberToken;
};

void TestSettlementService::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC));
    Clock::setInstance(m_clock.get());
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_database = test::freshMigratedDatabase(*m_dir, &error);
    QVERIFY2(m_database, qPrintable(error));
    m_kiosk = insertRow(u"INSERT INTO devices (name, role, neighbourhood, secret_hash, created_at) "
                         "VALUES ('Kiosk Grasbroek', 'kiosk', 'Grasbroek', ?, 0) RETURNING id"_s,
                        {QByteArray(32, 'k')});
    m_staff = insertRow(u"INSERT INTO staff (username, display_name, password_hash, roles, created_at) "
                         "VALUES ('marieke', 'Marieke Janssen', 'unused', 'finance', 0) RETURNING id"_s, {});
    QVERIFY(m_kiosk > 0 && m_staff > 0);
    // RedemptionService keeps voucher public keys for the process's life (a
    // server has one database); every test's fresh database therefore gets
    // the same voucher key.
    static QString keySecret;
    const Status keyed = m_database->transaction([&](QSqlDatabase& db) -> Status {
        if (!keySecret.isEmpty()) {
            if (Status s = writeSetting(db, u"voucher.activeKeyId"_s, u"1"_s); !s)
                return s;
            return writeSetting(db, u"voucher.key.1"_s, keySecret);
        }
        if (auto key = VoucherKeyRing::activeKey(db); !key)
            return key.error();
        auto secret = readSetting(db, u"voucher.key.1"_s);
        if (!secret)
            return secret.error();
        keySecret = secret.value();
        return {};
    });
    QVERIFY(keyed.ok() && !keySecret.isEmpty());
    m_shops.clear();
    m_counters.clear();
    m_shops << addShop(u"Bakkerij Bongers"_s, u"INGB0001234567"_s) << addShop(u"Groente Hermans"_s, u"RABO0123456789"_s)
            << addShop(u"Fietsen Coenen"_s, u"ABNA0417164300"_s);
    for (qint64 shop : std::as_const(m_shops)) {
        QVERIFY(shop > 0);
        m_counters << addCounter(shop);
    }
    setSetting(u"municipality.name"_s, u"Gemeente Heerlen"_s);
    setSetting(u"municipality.coinNamePlural"_s, u"Heitjes"_s);
    setSetting(u"municipality.euroCentsPerCoin"_s, u"50"_s);
    setSetting(u"municipality.iban"_s, Iban::withCheckDigits(u"NL", u"BNGH0285001234"));
    setSetting(u"municipality.bic"_s, u"BNGHNL2G"_s);
}

void TestSettlementService::cleanup()
{
    m_database.reset();
    m_dir.reset();
    Clock::setInstance(nullptr);
}

template <typename T, typename F>
Result<T> TestSettlementService::run(F work)
{
    std::optional<Result<T>> out;
    const Status status = m_database->transaction([&](QSqlDatabase& db) -> Status {
        out.emplace(work(db));
        if (!out->ok())
            return out->error();
        return {};
    });
    if (!status)
        return status.error();
    return *out;
}

qint64 TestSettlementService::insertRow(const QString& sql, const QVariantList& binds)
{
    auto id = run<qint64>([&](QSqlDatabase& db) -> Result<qint64> {
        auto q = execSql(db, sql, binds);
        if (!q)
            return q.error();
        if (!q.value().next())
            return Error{u"no-row"_s, sql};
        return q.value().value(0).toLongLong();
    });
    if (!id)
        qWarning("%s", qPrintable(id.error().message));
    return id.valueOr(0);
}

void TestSettlementService::setSetting(const QString& key, const QString& value)
{
    const Status status = m_database->transaction([&](QSqlDatabase& db) { return SettingsCatalogue::change(db, key, value); });
    QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
}

qint64 TestSettlementService::addShop(const QString& name, const QString& bban)
{
    ShopService::Details details;
    details.name = name;
    details.address = u"Akerstraat 1, Heerlen"_s;
    details.category = u"other"_s;
    details.iban = Iban::withCheckDigits(u"NL", bban);
    auto shop = run<ShopService::Shop>([&](QSqlDatabase& db) {
        return ShopService::create(db, details, u"staff:%1"_s.arg(m_staff), std::nullopt, u"req-shop"_s);
    });
    if (!shop)
        qWarning("%s", qPrintable(shop.error().message));
    return shop ? shop.value().id : 0;
}

qint64 TestSettlementService::addCounter(qint64 shopId)
{
    return insertRow(u"INSERT INTO devices (name, role, shop_id, secret_hash, created_at) "
                      "VALUES ('Toonbank', 'counter', ?, ?, 0) RETURNING id"_s,
                     {shopId, QByteArray(32, 'c')});
}

qint64 TestSettlementService::addResident(const QString& name)
{
    return insertRow(u"INSERT INTO residents (display_name, neighbourhood, pass_hash, pin_hash, created_at) "
                      "VALUES (?, 'Grasbroek', ?, 'unused', 0) RETURNING id"_s,
                     {name, PassToken::generate().hash()});
}

// A reward as an approved claim mints it: issuer to resident.
void TestSettlementService::reward(qint64 resident, qint64 cents)
{
    static int counter = 0;
    auto posted = run<LedgerService::Posted>([&](QSqlDatabase& db) -> Result<LedgerService::Posted> {
        auto issuer = LedgerService::account(db, AccountKind::Issuer);
        auto account = LedgerService::account(db, AccountKind::Resident, resident);
        if (!issuer || !account)
            return Error{u"no-account"_s, u"accounts"_s};
        LedgerPosting posting;
        posting.kind = u"reward"_s;
        posting.actor = u"staff:%1"_s.arg(m_staff);
        posting.idempotencyKey = u"test-reward:%1"_s.arg(++counter);
        posting.memo = u"Bank geschilderd"_s;
        posting.entries = {LedgerEntry{issuer.value(), Coins(-cents)}, LedgerEntry{account.value(), Coins(cents)}};
        return LedgerService::post(db, posting);
    });
    QVERIFY2(posted.ok(), qPrintable(posted ? QString() : posted.error().message));
}

QString TestSettlementService::makeVoucher(qint64 resident, qint64 cents)
{
    auto voucher = run<VoucherService::Voucher>([&](QSqlDatabase& db) {
        return VoucherService::create(db, resident, cents, m_kiosk, u"req-voucher"_s);
    });
    if (!voucher)
        qWarning("%s", qPrintable(voucher.error().message));
    return voucher ? voucher.value().token : QString();
}

void TestSettlementService::redeem(const QString& token, qint64 counter, qint64 shop)
{
    RedeemingDevice device{counter, shop, u"device:%1"_s.arg(counter)};
    RedemptionInput input;
    input.token = token;
    auto outcome = run<RedemptionService::Outcome>([&](QSqlDatabase& db) {
        return RedemptionService::redeem(db, device, input, u"req-redeem"_s);
    });
    QVERIFY2(outcome.ok(), qPrintable(outcome ? QString() : outcome.error().message));
    QVERIFY2(outcome.value().created, qPrintable(outcome.value().message));
}

void TestSettlementService::at(int month, int day, int hour)
{
    m_clock->set(QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC));
}

qint64 TestSettlementService::scalar(const QString& sql, const QVariantList& binds)
{
    auto conn = m_database->connection();
    auto q = execSql(conn.value(), sql, binds);
    if (!q || !q.value().next())
        return -1;
    return q.value().value(0).toLongLong();
}

qint64 TestSettlementService::shopBalance(qint64 shop)
{
    return scalar(u"SELECT balance_cents FROM accounts WHERE kind = 'shop' AND owner_id = ?"_s, {shop});
}

// Amounts are chosen so that every shop's total differs and the euro value
// at 50 cents per coin needs rounding (4 125 coin cents -> 2 062.5 -> 2 063).
void TestSettlementService::simulateOctober()
{
    const qint64 anja = addResident(u"Anja"_s);
    const qint64 bram = addResident(u"Bram"_s);
    const qint64 cor = addResident(u"Cor"_s);
    QVERIFY(anja && bram && cor);
    at(10, 2);
    reward(anja, 5'000);
    reward(bram, 4'000);
    reward(cor, 3'000);
    at(10, 5);
    const QString a1 = makeVoucher(anja, 1'000);
    const QString a2 = makeVoucher(anja, 1'525);
    const QString b1 = makeVoucher(bram, 2'000);
    const QString b2 = makeVoucher(bram, 1'100);
    const QString c1 = makeVoucher(cor, 1'600);
    const QString unused = makeVoucher(cor, 700);
    m_novemberToken = makeVoucher(anja, 900);
    QVERIFY(!a1.isEmpty() && !a2.isEmpty() && !b1.isEmpty() && !b2.isEmpty() && !c1.isEmpty() && !unused.isEmpty()
            && !m_novemberToken.isEmpty());
    at(10, 6);
    redeem(a1, m_counters[0], m_shops[0]);  // bakery 1 000
    at(10, 14);
    redeem(b1, m_counters[1], m_shops[1]);  // greengrocer 2 000
    redeem(a2, m_counters[0], m_shops[0]);  // bakery 1 525
    at(10, 22);
    redeem(c1, m_counters[2], m_shops[2]);  // bicycles 1 600
    // 31 October, 23:30 in Heerlen (CET since the 25th): still October.
    m_clock->set(QDateTime(QDate(2026, 10, 31), QTime(22, 30), Qt::UTC));
    redeem(b2, m_counters[0], m_shops[0]);  // bakery 1 100 -> 3 625
    // 1 November, 00:30 in Heerlen: November.
    m_clock->set(QDateTime(QDate(2026, 10, 31), QTime(23, 30), Qt::UTC));
    redeem(m_novemberToken, m_counters[1], m_shops[1]);
}

Result<SettlementService::Closed> TestSettlementService::close(const QString& period)
{
    return run<SettlementService::Closed>([&](QSqlDatabase& db) {
        return SettlementService::close(db, period, m_staff, u"req-close-"_s + period);
    });
}

void TestSettlementService::closingOctoberPaysEachShopWhatTheLedgerSays()
{
    simulateOctober();
    at(11, 2, 9);
    const QDateTime octoberEnd = SettlementService::periodEnd(QDate(2026, 10, 1));
    QCOMPARE(octoberEnd, QDateTime(QDate(2026, 10, 31), QTime(23, 0), Qt::UTC));

    // What the ledger says each shop received in October.
    QHash<qint64, qint64> ledgerPerShop;
    QHash<qint64, qint64> balanceBefore;
    for (qint64 shop : std::as_const(m_shops)) {
        ledgerPerShop[shop] = scalar(u"SELECT COALESCE(SUM(e.amount_cents), 0) FROM ledger_entries e "
                                      "JOIN ledger_transactions t ON t.id = e.transaction_id "
                                      "JOIN accounts a ON a.id = e.account_id "
                                      "WHERE t.kind = 'voucher_redeem' AND a.kind = 'shop' AND a.owner_id = ? AND t.created_at < ?"_s,
                                     {shop, octoberEnd.toMSecsSinceEpoch()});
        balanceBefore[shop] = shopBalance(shop);
    }
    QCOMPARE(ledgerPerShop.value(m_shops[0]), 3'625);
    QCOMPARE(ledgerPerShop.value(m_shops[1]), 2'000);
    QCOMPARE(ledgerPerShop.value(m_shops[2]), 1'600);
    QCOMPARE(balanceBefore.value(m_shops[1]), 2'900);  // with the November voucher

    auto closed = close(u"2026-10"_s);
    QVERIFY2(closed.ok(), qPrintable(closed ? QString() : closed.error().message));
    QVERIFY(closed.value().created);
    const Settlement& s = closed.value().settlement;
    QCOMPARE(s.period, u"2026-10"_s);
    QCOMPARE(s.lines.size(), 3);
    QCOMPARE(s.euroCentsPerCoin, 50);
    QCOMPARE(s.closedBy, u"Marieke Janssen"_s);
    QCOMPARE(s.sepaMessageId, u"BM-2026-10-%1"_s.arg(s.id));
    qint64 sumCoins = 0;
    qint64 sumEuro = 0;
    for (const SettlementLine& line : s.lines) {
        QCOMPARE(line.coins.cents(), ledgerPerShop.value(line.shopId));
        QCOMPARE(line.euroCents, SettlementService::euroCentsFor(line.coins.cents(), 50));
        QCOMPARE(shopBalance(line.shopId), balanceBefore.value(line.shopId) - line.coins.cents());
        sumCoins += line.coins.cents();
        sumEuro += line.euroCents;
    }
    const auto bakery = std::find_if(s.lines.cbegin(), s.lines.cend(), [&](const SettlementLine& l) { return l.shopId == m_shops[0]; });
    QCOMPARE(bakery->redemptionCount, 3);
    QCOMPARE(bakery->euroCents, 1'813);  // 3 625 × 50 / 100 = 1 812.5, rounded up
    QCOMPARE(s.totalCoins.cents(), sumCoins);
    QCOMPARE(s.totalCoins.cents(), 7'225);
    QCOMPARE(s.totalEuroCents, sumEuro);
    QCOMPARE(shopBalance(m_shops[1]), 900);  // the November voucher waits for November
    QCOMPARE(scalar(u"SELECT balance_cents FROM accounts WHERE kind = 'settlement'"_s), 7'225);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM voucher_redemptions WHERE settlement_id IS NULL"_s), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'settlement.close'"_s), 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log WHERE action = 'settlement.shop'"_s), 3);

    // Each statement adds up to its line.
    for (const SettlementLine& line : s.lines) {
        auto statement = run<SettlementStatement>([&](QSqlDatabase& db) { return SettlementService::statement(db, s.id, line.shopId); });
        QVERIFY2(statement.ok(), qPrintable(statement ? QString() : statement.error().message));
        QCOMPARE(statement.value().count, line.redemptionCount);
        QCOMPARE(statement.value().coins, line.coins);
        QCOMPARE(statement.value().euroCents, line.euroCents);
        qint64 rows = 0;
        for (const auto& row : statement.value().redemptions) {
            QVERIFY(row.redeemedAt < octoberEnd);
            rows += row.amount.cents();
        }
        QCOMPARE(rows, line.coins.cents());
        const QByteArray csv = statement.value().toCsv();
        const QList<QByteArray> csvLines = csv.split('\n');
        QCOMPARE(csvLines.size(), line.redemptionCount + 3);  // header, rows, totals, empty after the last CRLF
        QVERIFY(csvLines.constFirst().startsWith("redemptionId,voucherId,redeemedAt"));
        QVERIFY2(csvLines.at(csvLines.size() - 2).endsWith(QByteArray("," + SepaCreditTransfer::amountText(line.euroCents).toLatin1() + "\r")),
                 csvLines.at(csvLines.size() - 2).constData());
    }
    // A shop that received nothing has no statement.
    const qint64 quiet = addShop(u"Boekhandel Stille"_s, u"INGB0007654321"_s);
    auto none = run<SettlementStatement>([&](QSqlDatabase& db) { return SettlementService::statement(db, s.id, quiet); });
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, u"shop-not-found"_s);

    auto conn = m_database->connection();
    auto report = LedgerService::checkInvariants(conn.value());
    QVERIFY(report.ok());
    QVERIFY2(report.value().ok(), qPrintable(report.value().violations.join(u"; "_s)));
    auto audit = AuditLog::verify(conn.value());
    QVERIFY(audit.ok());
    QVERIFY2(audit.value().intact, qPrintable(audit.value().problem));
}

void TestSettlementService::closingAgainMovesNothing()
{
    simulateOctober();
    at(11, 2, 9);
    auto first = close(u"2026-10"_s);
    QVERIFY(first.ok());
    const qint64 transactions = scalar(u"SELECT COUNT(*) FROM ledger_transactions"_s);
    const qint64 audits = scalar(u"SELECT COUNT(*) FROM audit_log"_s);
    const qint64 bakery = shopBalance(m_shops[0]);
    at(11, 20, 9);
    auto second = close(u"2026-10"_s);
    QVERIFY2(second.ok(), qPrintable(second ? QString() : second.error().message));
    QVERIFY(!second.value().created);
    QCOMPARE(second.value().settlement.id, first.value().settlement.id);
    QCOMPARE(second.value().settlement.closedAt, first.value().settlement.closedAt);
    QCOMPARE(second.value().settlement.totalCoins, first.value().settlement.totalCoins);
    QCOMPARE(second.value().settlement.lines.size(), first.value().settlement.lines.size());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger_transactions"_s), transactions);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM audit_log"_s), audits);
    QCOMPARE(shopBalance(m_shops[0]), bakery);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM settlements"_s), 1);

    // Settlement rows are history: the database refuses to edit them.
    auto conn = m_database->connection();
    QVERIFY(!execSql(conn.value(), u"UPDATE settlement_lines SET euro_cents = euro_cents + 1"_s).ok());
    QVERIFY(!execSql(conn.value(), u"DELETE FROM settlements"_s).ok());
}

// More redemptions at one shop than are marked settled in one statement:
// every one of them belongs to the settlement, and the shop is paid for all.
void TestSettlementService::aBusyShopsWholeMonthIsSettled()
{
    constexpr int kVouchers = 520;  // a full chunk of 500 and a part
    const qint64 dina = addResident(u"Dina"_s);
    QVERIFY(dina);
    at(10, 2);
    reward(dina, kVouchers * 100);
    at(10, 9);
    for (int i = 0; i < kVouchers; ++i) {
        const QString token = makeVoucher(dina, 100);
        QVERIFY(!token.isEmpty());
        redeem(token, m_counters[0], m_shops[0]);
        if (QTest::currentTestFailed())
            return;
    }
    at(11, 2, 9);
    auto closed = close(u"2026-10"_s);
    QVERIFY2(closed.ok(), qPrintable(closed ? QString() : closed.error().message));
    QCOMPARE(closed.value().settlement.lines.size(), 1);
    QCOMPARE(closed.value().settlement.lines.first().redemptionCount, kVouchers);
    QCOMPARE(closed.value().settlement.lines.first().coins.cents(), kVouchers * 100);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM voucher_redemptions WHERE settlement_id = ?"_s,
                    {closed.value().settlement.id}),
             kVouchers);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM voucher_redemptions WHERE settlement_id IS NULL"_s), 0);
    QCOMPARE(shopBalance(m_shops[0]), 0);
}

void TestSettlementService::anUnfinishedMonthCannotBeClosed()
{
    simulateOctober();
    at(11, 20, 9);
    const qint64 transactions = scalar(u"SELECT COUNT(*) FROM ledger_transactions"_s);
    auto refused = close(u"2026-11"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, u"period-not-ended"_s);
    QVERIFY2(refused.error().message.contains(u"2026-12-01"_s), qPrintable(refused.error().message));
    // One minute before midnight in Heerlen is still November.
    m_clock->set(QDateTime(QDate(2026, 11, 30), QTime(22, 59), Qt::UTC));
    QCOMPARE(close(u"2026-11"_s).error().code, u"period-not-ended"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM ledger_transactions"_s), transactions);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM settlements"_s), 0);
}

void TestSettlementService::theNovemberRedemptionIsInNovembersSettlement()
{
    simulateOctober();
    at(11, 2, 9);
    QVERIFY(close(u"2026-10"_s).ok());
    m_clock->set(QDateTime(QDate(2026, 11, 30), QTime(23, 0), Qt::UTC));  // 1 December, 00:00 in Heerlen
    auto november = close(u"2026-11"_s);
    QVERIFY2(november.ok(), qPrintable(november ? QString() : november.error().message));
    QVERIFY(november.value().created);
    const Settlement& s = november.value().settlement;
    QCOMPARE(s.lines.size(), 1);
    QCOMPARE(s.lines.first().shopId, m_shops[1]);
    QCOMPARE(s.lines.first().coins.cents(), 900);
    QCOMPARE(s.lines.first().redemptionCount, 1);
    QCOMPARE(shopBalance(m_shops[1]), 0);
    QCOMPARE(scalar(u"SELECT balance_cents FROM accounts WHERE kind = 'settlement'"_s), 7'225 + 900);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM voucher_redemptions WHERE settlement_id IS NULL"_s), 0);
    auto list = run<QList<Settlement>>([&](QSqlDatabase& db) { return SettlementService::list(db); });
    QVERIFY(list.ok());
    QCOMPARE(list.value().size(), 2);
    QCOMPARE(list.value().first().period, u"2026-11"_s);  // newest first
    auto conn = m_database->connection();
    auto report = LedgerService::checkInvariants(conn.value());
    QVERIFY(report.ok() && report.value().ok());
}

void TestSettlementService::theSepaFileMatchesTheSettlement()
{
    simulateOctober();
    at(11, 2, 9);
    auto closed = close(u"2026-10"_s);
    QVERIFY(closed.ok());
    const Settlement& s = closed.value().settlement;
    auto file = run<QByteArray>([&](QSqlDatabase& db) { return SettlementService::sepa(db, s.id); });
    QVERIFY2(file.ok(), qPrintable(file ? QString() : file.error().message));
    const QByteArray xml = file.value();
    const QStringList problems = test::schemeViolations(xml);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));

    const QStringList counts = test::texts(xml, u"NbOfTxs"_s);
    const QStringList sums = test::texts(xml, u"CtrlSum"_s);
    const QStringList amounts = test::texts(xml, u"InstdAmt"_s);
    QCOMPARE(amounts.size(), s.lines.size());
    for (const QString& count : counts)
        QCOMPARE(count, QString::number(s.lines.size()));
    static const QRegularExpression twoDecimals(u"^\\d+\\.\\d{2}$"_s);
    qint64 transfersCents = 0;
    for (const QString& amount : amounts) {
        QVERIFY2(twoDecimals.match(amount).hasMatch(), qPrintable(amount));
        transfersCents += QString(amount).remove(u'.').toLongLong();
    }
    QCOMPARE(transfersCents, s.totalEuroCents);
    for (const QString& sum : sums)
        QCOMPARE(sum, SepaCreditTransfer::amountText(s.totalEuroCents));
    const QStringList ibans = test::texts(xml, u"IBAN"_s);
    QCOMPARE(ibans.size(), s.lines.size() + 1);  // the municipality's and one per shop
    for (const QString& iban : ibans)
        QVERIFY2(Iban::parse(iban).ok(), qPrintable(iban));
    QCOMPARE(test::texts(xml, u"MsgId"_s), QStringList{u"BM-2026-10-%1"_s.arg(s.id)});
    QVERIFY(test::texts(xml, u"BIC"_s).contains(u"BNGHNL2G"_s));
    QStringList endToEnd;
    for (const SettlementLine& line : s.lines)
        endToEnd << line.endToEndId;
    QCOMPARE(test::texts(xml, u"EndToEndId"_s), endToEnd);
    QVERIFY(test::texts(xml, u"Ustrd"_s).contains(u"Heitjes 2026-10, 3 bonnen"_s));
}

void TestSettlementService::theSepaFileNeedsTheMunicipalityIban()
{
    simulateOctober();
    at(11, 2, 9);
    auto closed = close(u"2026-10"_s);
    QVERIFY(closed.ok());
    setSetting(u"municipality.iban"_s, QString());
    auto file = run<QByteArray>([&](QSqlDatabase& db) { return SettlementService::sepa(db, closed.value().settlement.id); });
    QVERIFY(!file.ok());
    QCOMPARE(file.error().code, u"settlement-config-missing"_s);
    QVERIFY2(file.error().message.contains(u"municipality.iban"_s), qPrintable(file.error().message));
    auto missing = run<QByteArray>([&](QSqlDatabase& db) { return SettlementService::sepa(db, 9999); });
    QCOMPARE(missing.error().code, u"settlement-not-found"_s);
}

void TestSettlementService::badPeriodsAreRefused_data()
{
    QTest::addColumn<QString>("period");
    QTest::newRow("month 13") << u"2026-13"_s;
    QTest::newRow("month 0") << u"2026-00"_s;
    QTest::newRow("two-digit year") << u"26-11"_s;
    QTest::newRow("day included") << u"2026-10-01"_s;
    QTest::newRow("empty") << QString();
}

void TestSettlementService::badPeriodsAreRefused()
{
    QFETCH(QString, period);
    at(12, 15);
    auto refused = close(period);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, u"invalid-body"_s);
    QVERIFY(refused.error().message.contains(u"YYYY-MM"_s));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM settlements"_s), 0);
}

void TestSettlementService::euroValueIsRoundedHalfUp()
{
    QCOMPARE(SettlementService::euroCentsFor(3'625, 50), 1'813);
    QCOMPARE(SettlementService::euroCentsFor(3'624, 50), 1'812);
    QCOMPARE(SettlementService::euroCentsFor(1'000, 100), 1'000);
    QCOMPARE(SettlementService::euroCentsFor(1, 49), 0);
    QCOMPARE(SettlementService::euroCentsFor(1, 50), 1);
    QCOMPARE(SettlementService::euroCentsFor(4'294'967'295LL * 1000, 100'000), 4'294'967'295LL * 1'000'000);
}

void TestSettlementService::settingsCheckTheMunicipalityAccount()
{
    Status bad = m_database->transaction([&](QSqlDatabase& db) {
        return SettingsCatalogue::change(db, u"municipality.iban"_s, u"NL00BNGH0285001234"_s);
    });
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, u"invalid-setting"_s);
    QVERIFY2(bad.error().message.contains(u"municipality.iban"_s), qPrintable(bad.error().message));
    Status badBic = m_database->transaction([&](QSqlDatabase& db) {
        return SettingsCatalogue::change(db, u"municipality.bic"_s, u"BNG"_s);
    });
    QVERIFY(!badBic.ok());
    QVERIFY(badBic.error().message.contains(u"municipality.bic"_s));
    // Typed from a letterhead: spaces and lower case become the stored form.
    const QString typed = Iban::parse(Iban::withCheckDigits(u"NL", u"BNGH0285001234")).value().display().toLower();
    setSetting(u"municipality.iban"_s, typed);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM settings WHERE key = 'municipality.iban' AND value = ?"_s,
                    {Iban::withCheckDigits(u"NL", u"BNGH0285001234")}),
             1);
}

QTEST_GUILESS_MAIN(TestSettlementService)
#include "TestSettlementService.moc"
