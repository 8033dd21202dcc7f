// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "HttpsTestClient.h"
#include "ServerProcess.h"
#include "TestBackend.h"
#include "VoucherSeed.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <map>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::test;

// The dashboard against the ledger itself: after demo claims and vouchers
// redeemed at two shops, every figure equals a total the test works out row
// by row from ledger_entries, with its own month arithmetic.
class TestDashboardApi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void figuresEqualTheLedger();
    void periodIsChecked_data();
    void periodIsChecked();
    void financeAdminAndCoordinatorOnly();

private:
    HttpReply get(const QString& path, const QByteArray& token);

    ServerProcess m_server;
    EnrolledDevice m_desk;
    QByteArray m_admin;
};

void TestDashboardApi::initTestCase()
{
    QString error;
    const ServerProcess::Options options = serverOptions(true, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    m_desk = enrolDevice(m_server, u"staff"_s);
    const EnrolledDevice kiosk = enrolDevice(m_server, u"kiosk"_s);
    const EnrolledDevice shopOne = enrolDevice(m_server, u"counter"_s, 1);
    const EnrolledDevice shopTwo = enrolDevice(m_server, u"counter"_s, 2);
    QVERIFY(m_desk.id && kiosk.id && shopOne.id && shopTwo.id);
    HttpsTestClient client(m_server.url(), m_server.fingerprint());
    client.setDeviceCredentials(m_desk.id, m_desk.secret);
    m_admin = client.postJson(u"/v1/staff-sessions"_s, R"({"username":"demo","password":"heitje-demo"})", "dash-login-1")
                  .json().value(u"token"_s).toString().toLatin1();
    QVERIFY(!m_admin.isEmpty());

    // Vouchers of two residents from different neighbourhoods, redeemed at
    // two shops; one stays unredeemed (held, not spent).
    VoucherSeed seed(m_server);
    QList<qint64> residents;
    {
        auto connection = seed.database().connection();
        QVERIFY(connection);
        auto rows = server::execSql(connection.value(), u"SELECT MIN(id) FROM residents GROUP BY neighbourhood ORDER BY 1"_s);
        QVERIFY(rows);
        while (rows.value().next())
            residents << rows.value().value(0).toLongLong();
    }
    QVERIFY2(residents.size() >= 2, "the demo data has residents in one neighbourhood only");
    const QDate expires = QDate::currentDate().addDays(30);
    auto first = seed.issue(residents.at(0), kiosk.id, 1250, 3, expires);
    auto second = seed.issue(residents.at(1), kiosk.id, 700, 2, expires);
    QVERIFY(first && second);
    const QList<QPair<EnrolledDevice, QString>> redemptions{
        {shopOne, first.value().at(0).token}, {shopTwo, first.value().at(1).token},
        {shopTwo, second.value().at(0).token}, {shopOne, second.value().at(1).token}};
    int key = 0;
    for (const auto& [counter, token] : redemptions) {
        HttpsTestClient counterClient(m_server.url(), m_server.fingerprint());
        counterClient.setDeviceCredentials(counter.id, counter.secret);
        const HttpReply redeemed = counterClient.postJson(u"/v1/redemptions"_s,
            QJsonDocument(QJsonObject{{u"token"_s, token}}).toJson(), "dash-redeem-" + QByteArray::number(++key));
        QVERIFY2(redeemed.status == 201, qPrintable(redeemed.describe()));
    }
}

void TestDashboardApi::cleanupTestCase()
{
    m_server.stop();
}

HttpReply TestDashboardApi::get(const QString& path, const QByteArray& token)
{
    HttpsTestClient client(m_server.url(), m_server.fingerprint());
    client.setDeviceCredentials(m_desk.id, m_desk.secret);
    return client.get(path, {{"Buurtmunt-Session", token}});
}

void TestDashboardApi::figuresEqualTheLedger()
{
    const HttpReply reply = get(u"/v1/dashboard"_s, m_admin);
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    const QJsonObject dashboard = reply.json();

    // The expected figures, one ledger row at a time.
    static const QTimeZone amsterdam("Europe/Amsterdam");
    const auto monthOf = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, amsterdam).toString(u"yyyy-MM"_s);
    };
    std::map<QString, qint64> minted, spent, turnover, tasks;
    std::map<QString, QSet<qint64>> active;
    {
        QSqlDatabase db = openServerDatabase(m_server, u"dash-check"_s);
        QHash<qint64, QString> neighbourhood, shopName;
        QHash<qint64, qint64> voucherOwner, redeemedVoucher;
        QSet<qint64> rewardOfClaim;
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT id, neighbourhood FROM residents"_s));
        while (q.next())
            neighbourhood.insert(q.value(0).toLongLong(), q.value(1).toString());
        QVERIFY(q.exec(u"SELECT id, name FROM shops"_s));
        while (q.next())
            shopName.insert(q.value(0).toLongLong(), q.value(1).toString());
        QVERIFY(q.exec(u"SELECT id, resident_id FROM vouchers"_s));
        while (q.next())
            voucherOwner.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
        QVERIFY(q.exec(u"SELECT ledger_transaction_id, voucher_id FROM voucher_redemptions"_s));
        while (q.next())
            redeemedVoucher.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
        QVERIFY(q.exec(u"SELECT reward_transaction_id FROM claims WHERE reward_transaction_id IS NOT NULL"_s));
        while (q.next())
            rewardOfClaim.insert(q.value(0).toLongLong());
        QHash<qint64, QPair<QString, qint64>> transactions;  // id -> kind, created_at
        QVERIFY(q.exec(u"SELECT id, kind, created_at FROM ledger_transactions"_s));
        while (q.next())
            transactions.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toLongLong()});
        QHash<qint64, QPair<QString, qint64>> accounts;  // id -> kind, owner
        QVERIFY(q.exec(u"SELECT id, kind, owner_id FROM accounts"_s));
        while (q.next())
            accounts.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toLongLong()});
        QVERIFY(q.exec(u"SELECT transaction_id, account_id, amount_cents FROM ledger_entries"_s));
        while (q.next()) {
            const qint64 transaction = q.value(0).toLongLong();
            const auto [kind, at] = transactions.value(transaction);
            const auto [accountKind, owner] = accounts.value(q.value(1).toLongLong());
            const qint64 cents = q.value(2).toLongLong();
            const QString month = monthOf(at);
            if (accountKind == u"resident"_s)
                active[month].insert(owner);
            if (kind == u"reward"_s && accountKind == u"resident"_s)
                minted[month + u'|' + neighbourhood.value(owner)] += cents;
            if (kind == u"voucher_redeem"_s && accountKind == u"shop"_s && cents > 0) {
                spent[month + u'|' + neighbourhood.value(voucherOwner.value(redeemedVoucher.value(transaction)))] += cents;
                turnover[month + u'|' + QString::number(owner) + u'|' + shopName.value(owner)] += cents;
            }
        }
        for (qint64 reward : rewardOfClaim)
            ++tasks[monthOf(transactions.value(reward).second)];
        db.close();
    }
    QSqlDatabase::removeDatabase(u"dash-check"_s);

    const QJsonArray months = dashboard.value(u"months"_s).toArray();
    QCOMPARE(months.size(), 12);
    const QString current = QDateTime::currentDateTimeUtc().toTimeZone(amsterdam).toString(u"yyyy-MM"_s);
    QCOMPARE(months.last().toString(), current);
    QCOMPARE(dashboard.value(u"to"_s).toString(), current);
    QCOMPARE(dashboard.value(u"from"_s).toString(), months.first().toString());
    QSet<QString> inPeriod;
    for (const QJsonValue& m : months)
        inPeriod.insert(m.toString());
    const auto restrict = [&](std::map<QString, qint64> all) {
        std::map<QString, qint64> out;
        for (const auto& [k, v] : all) {
            if (inPeriod.contains(k.section(u'|', 0, 0)))
                out[k] = v;
        }
        return out;
    };
    const auto byKey = [&](const QString& field, const QStringList& keys) {
        std::map<QString, qint64> out;
        for (const QJsonValue& value : dashboard.value(field).toArray()) {
            QStringList parts;
            for (const QString& k : keys)
                parts << value.toObject().value(k).toVariant().toString();
            const QJsonObject row = value.toObject();
            out[parts.join(u'|')] += row.contains(u"cents"_s) ? row.value(u"cents"_s).toInteger() : row.value(u"count"_s).toInteger();
        }
        return out;
    };

    const auto expectedMinted = restrict(minted);
    QVERIFY2(!expectedMinted.empty(), "the demo data minted nothing this year: the comparison would prove nothing");
    QCOMPARE(byKey(u"minted"_s, {u"month"_s, u"neighbourhood"_s}), expectedMinted);
    const auto expectedSpent = restrict(spent);
    QCOMPARE(expectedSpent.size(), size_t(2));
    QCOMPARE(byKey(u"spent"_s, {u"month"_s, u"neighbourhood"_s}), expectedSpent);
    qint64 spentTotal = 0;
    for (const auto& [k, v] : expectedSpent)
        spentTotal += v;
    QCOMPARE(spentTotal, 2 * 1250 + 2 * 700);
    const auto expectedTurnover = restrict(turnover);
    QCOMPARE(expectedTurnover.size(), size_t(2));
    QCOMPARE(byKey(u"turnoverByShop"_s, {u"month"_s, u"shopId"_s, u"shopName"_s}), expectedTurnover);

    // Counts: one entry per month, zero where nothing happened.
    std::map<QString, qint64> expectedTasks, expectedActive;
    for (const QString& month : inPeriod) {
        expectedTasks[month] = tasks.count(month) ? tasks.at(month) : 0;
        expectedActive[month] = active.count(month) ? active.at(month).size() : 0;
    }
    QVERIFY(expectedTasks.at(current) > 0);
    QCOMPARE(byKey(u"tasksDone"_s, {u"month"_s}), expectedTasks);
    QCOMPARE(byKey(u"activeResidents"_s, {u"month"_s}), expectedActive);
    QCOMPARE(dashboard.value(u"tasksDone"_s).toArray().size(), 12);

    // A period that ended before anything happened shows nothing.
    const HttpReply past = get(u"/v1/dashboard?from=2020-01&to=2020-03"_s, m_admin);
    QVERIFY2(past.status == 200, qPrintable(past.describe()));
    QCOMPARE(past.json().value(u"months"_s).toArray().size(), 3);
    QVERIFY(past.json().value(u"minted"_s).toArray().isEmpty());
    QCOMPARE(past.json().value(u"tasksDone"_s).toArray().first().toObject().value(u"count"_s).toInteger(), 0);
}

void TestDashboardApi::periodIsChecked_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("name");
    QTest::newRow("not a month") << u"from=2026-13"_s << u"from"_s;
    QTest::newRow("a date") << u"to=2026-11-01"_s << u"to"_s;
    QTest::newRow("to before from") << u"from=2026-05&to=2026-04"_s << u"to"_s;
    QTest::newRow("37 months") << u"from=2023-01&to=2026-01"_s << u"to"_s;
    QTest::newRow("unknown") << u"month=2026-01"_s << u"month"_s;
}

void TestDashboardApi::periodIsChecked()
{
    QFETCH(QString, query);
    QFETCH(QString, name);
    const HttpReply reply = get(u"/v1/dashboard?"_s + query, m_admin);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.problemSlug(), u"invalid-parameter"_s);
    QCOMPARE(reply.json().value(u"invalidParams"_s).toArray().first().toObject().value(u"name"_s).toString(), name);
    QCOMPARE(get(u"/v1/dashboard?from=2023-02&to=2026-01"_s, m_admin).json().value(u"months"_s).toArray().size(), 36);
}

void TestDashboardApi::financeAdminAndCoordinatorOnly()
{
    {
        QSqlDatabase db = openServerDatabase(m_server, u"dash-staff"_s);
        QSqlQuery q(db);
        QVERIFY(q.exec(u"INSERT INTO staff (username, display_name, password_hash, roles, created_at) "
                       "SELECT 'keurder', 'Keurder', password_hash, 'approver', 0 FROM staff WHERE username = 'demo'"_s));
        QVERIFY(q.exec(u"INSERT INTO staff (username, display_name, password_hash, roles, created_at) "
                       "SELECT 'planner', 'Planner', password_hash, 'coordinator', 0 FROM staff WHERE username = 'demo'"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"dash-staff"_s);
    const auto login = [&](const QString& user) {
        HttpsTestClient client(m_server.url(), m_server.fingerprint());
        client.setDeviceCredentials(m_desk.id, m_desk.secret);
        return client.postJson(u"/v1/staff-sessions"_s,
                               QJsonDocument(QJsonObject{{u"username"_s, user}, {u"password"_s, u"heitje-demo"_s}}).toJson(),
                               "dash-login-" + user.toLatin1())
            .json().value(u"token"_s).toString().toLatin1();
    };
    const QByteArray approver = login(u"keurder"_s);
    const QByteArray coordinator = login(u"planner"_s);
    QVERIFY(!approver.isEmpty() && !coordinator.isEmpty());
    QCOMPARE(get(u"/v1/dashboard"_s, approver).status, 403);
    QCOMPARE(get(u"/v1/dashboard"_s, coordinator).status, 200);
    QCOMPARE(get(u"/v1/dashboard"_s, QByteArray()).status, 401);
}

QTEST_GUILESS_MAIN(TestDashboardApi)
#include "TestDashboardApi.moc"
