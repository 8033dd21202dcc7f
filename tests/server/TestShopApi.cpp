// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "HttpsTestClient.h"
#include "ServerProcess.h"
#include "TestBackend.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::test;

// Staff register and edit shops; every desk lists the active ones; a counter
// sees its own shop, its day and its payouts. Through the real server.
class TestShopApi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void aBadIbanIsRefusedByNameAndNothingIsCreated_data();
    void aBadIbanIsRefusedByNameAndNothingIsCreated();
    void registeringOpensAnAccount();
    void editingAndDeactivating();
    void onlyStaffSeeInactiveShopsAndAccounts();
    void theCounterSeesItsOwnShop();

private:
    using Device = EnrolledDevice;
    HttpReply send(const Device& device, const QByteArray& method, const QString& path, const QJsonObject& body,
                   const QByteArray& session = {});
    HttpReply get(const Device& device, const QString& path, const QByteArray& session = {});
    QJsonObject findShop(const HttpReply& listing, qint64 id) const;
    qint64 count(const QString& sql);
    qint64 registerShop(const QString& name);

    ServerProcess m_server;
    Device m_staffDesk;
    Device m_kiosk;
    QByteArray m_admin;
    int m_keys = 0;
};

void TestShopApi::initTestCase()
{
    QString error;
    const ServerProcess::Options options = serverOptions(true, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    m_staffDesk = enrolDevice(m_server, u"staff"_s);
    m_kiosk = enrolDevice(m_server, u"kiosk"_s);
    QVERIFY(m_staffDesk.id > 0 && m_kiosk.id > 0);
    const HttpReply login = send(m_staffDesk, "POST", u"/v1/staff-sessions"_s,
                                 {{u"username"_s, u"demo"_s}, {u"password"_s, u"heitje-demo"_s}});
    QVERIFY2(login.status == 201, qPrintable(login.describe()));
    m_admin = login.json().value(u"token"_s).toString().toLatin1();
}

void TestShopApi::cleanupTestCase()
{
    m_server.stop();
    QSqlDatabase::removeDatabase(u"shops"_s);
}

HttpReply TestShopApi::send(const Device& device, const QByteArray& method, const QString& path, const QJsonObject& body,
                            const QByteArray& session)
{
    HttpsTestClient client(m_server.url(), m_server.fingerprint());
    client.setDeviceCredentials(device.id, device.secret);
    HeaderList headers{{"Content-Type", "application/json"}, {"Idempotency-Key", "shop-" + QByteArray::number(++m_keys) + "-key"}};
    if (!session.isEmpty())
        headers.append({"Buurtmunt-Session", session});
    return client.send(method, path, headers, QJsonDocument(body).toJson());
}

HttpReply TestShopApi::get(const Device& device, const QString& path, const QByteArray& session)
{
    HttpsTestClient client(m_server.url(), m_server.fingerprint());
    client.setDeviceCredentials(device.id, device.secret);
    HeaderList headers;
    if (!session.isEmpty())
        headers.append({"Buurtmunt-Session", session});
    return client.get(path, headers);
}

QJsonObject TestShopApi::findShop(const HttpReply& listing, qint64 id) const
{
    for (const QJsonValue& item : listing.json().value(u"items"_s).toArray()) {
        if (item.toObject().value(u"id"_s).toInteger() == id)
            return item.toObject();
    }
    return {};
}

qint64 TestShopApi::count(const QString& sql)
{
    QSqlDatabase db = QSqlDatabase::contains(u"shops"_s) ? QSqlDatabase::database(u"shops"_s)
                                                         : openServerDatabase(m_server, u"shops"_s);
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

qint64 TestShopApi::registerShop(const QString& name)
{
    const HttpReply made = send(m_staffDesk, "POST", u"/v1/shops"_s,
                                {{u"name"_s, name}, {u"address"_s, u"Promenade 1, Heerlen"_s},
                                 {u"category"_s, u"cafe"_s}, {u"iban"_s, u"NL91 ABNA 0417 1643 00"_s}},
                                m_admin);
    return made.status == 201 ? made.json().value(u"id"_s).toInteger() : 0;
}

void TestShopApi::aBadIbanIsRefusedByNameAndNothingIsCreated_data()
{
    QTest::addColumn<QString>("iban");
    QTest::addColumn<QString>("reason");
    QTest::newRow("one digit mistyped") << u"NL91 ABNA 0417 1643 01"_s << u"fails the mod-97 check"_s;
    QTest::newRow("an account number") << u"417164300"_s << u"is not an IBAN"_s;
    QTest::newRow("a digit short") << u"NL91ABNA041716430"_s << u"has 17 characters, NL IBANs have 18"_s;
}

void TestShopApi::aBadIbanIsRefusedByNameAndNothingIsCreated()
{
    QFETCH(QString, iban);
    QFETCH(QString, reason);
    const qint64 shops = count(u"SELECT COUNT(*) FROM shops"_s);
    const qint64 accounts = count(u"SELECT COUNT(*) FROM accounts"_s);
    const HttpReply refused = send(m_staffDesk, "POST", u"/v1/shops"_s,
                                   {{u"name"_s, u"Slagerij Janssen"_s}, {u"address"_s, u"Akerstraat 5, Heerlen"_s},
                                    {u"category"_s, u"butcher"_s}, {u"iban"_s, iban}},
                                   m_admin);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.problemSlug(), u"invalid-body"_s);
    const QJsonArray invalid = refused.json().value(u"invalidParams"_s).toArray();
    QCOMPARE(invalid.size(), 1);
    QCOMPARE(invalid.first().toObject().value(u"name"_s).toString(), u"iban"_s);
    QVERIFY2(invalid.first().toObject().value(u"reason"_s).toString().contains(reason), qPrintable(refused.describe()));
    QCOMPARE(count(u"SELECT COUNT(*) FROM shops"_s), shops);
    QCOMPARE(count(u"SELECT COUNT(*) FROM accounts"_s), accounts);
}

void TestShopApi::registeringOpensAnAccount()
{
    const HttpReply made = send(m_staffDesk, "POST", u"/v1/shops"_s,
                                {{u"name"_s, u"Slagerij Janssen"_s}, {u"address"_s, u"Akerstraat 5, Heerlen"_s},
                                 {u"category"_s, u"butcher"_s}, {u"iban"_s, u"nl91 abna 0417 1643 00"_s}},
                                m_admin);
    QVERIFY2(made.status == 201, qPrintable(made.describe()));
    const QJsonObject shop = made.json();
    const qint64 id = shop.value(u"id"_s).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(shop.value(u"iban"_s).toString(), u"NL91ABNA0417164300"_s);
    QCOMPARE(shop.value(u"balanceCents"_s).toInteger(-1), 0);
    QCOMPARE(shop.value(u"active"_s).toBool(), true);
    QCOMPARE(count(u"SELECT COUNT(*) FROM accounts WHERE kind = 'shop' AND owner_id = %1"_s.arg(id)), 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'shop.create' AND object = 'shop:%1'"_s.arg(id)), 1);
    // The kiosk lists it, without the bank details.
    const QJsonObject listed = findShop(get(m_kiosk, u"/v1/shops"_s), id);
    QCOMPARE(listed.value(u"name"_s).toString(), u"Slagerij Janssen"_s);
    QVERIFY(!listed.contains(u"iban"_s) && !listed.contains(u"balanceCents"_s));

    // A wrong category and a missing name are both named at once.
    const HttpReply refused = send(m_staffDesk, "POST", u"/v1/shops"_s,
                                   {{u"address"_s, u"Akerstraat 5"_s}, {u"category"_s, u"casino"_s},
                                    {u"iban"_s, u"NL91ABNA0417164300"_s}},
                                   m_admin);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.json().value(u"invalidParams"_s).toArray().size(), 2);
}

void TestShopApi::editingAndDeactivating()
{
    const qint64 id = registerShop(u"Café De Pit"_s);
    QVERIFY(id > 0);
    QJsonObject edit{{u"name"_s, u"Café De Pit Heerlen"_s}, {u"address"_s, u"Promenade 3, Heerlen"_s},
                     {u"category"_s, u"cafe"_s}, {u"iban"_s, u"BE68 5390 0754 7034"_s}, {u"active"_s, true}};
    const HttpReply edited = send(m_staffDesk, "PUT", u"/v1/shops/%1"_s.arg(id), edit, m_admin);
    QVERIFY2(edited.status == 200, qPrintable(edited.describe()));
    QCOMPARE(edited.json().value(u"name"_s).toString(), u"Café De Pit Heerlen"_s);
    QCOMPARE(edited.json().value(u"iban"_s).toString(), u"BE68539007547034"_s);
    QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'shop.update' AND object = 'shop:%1'"_s.arg(id)), 1);

    edit.insert(u"iban"_s, u"BE68 5390 0754 7035"_s);
    const HttpReply badIban = send(m_staffDesk, "PUT", u"/v1/shops/%1"_s.arg(id), edit, m_admin);
    QCOMPARE(badIban.status, 400);
    QCOMPARE(findShop(get(m_staffDesk, u"/v1/shops"_s), id).value(u"iban"_s).toString(), u"BE68539007547034"_s);

    edit.insert(u"iban"_s, u"BE68539007547034"_s);
    edit.insert(u"active"_s, false);
    const HttpReply closed = send(m_staffDesk, "PUT", u"/v1/shops/%1"_s.arg(id), edit, m_admin);
    QVERIFY2(closed.status == 200, qPrintable(closed.describe()));
    QCOMPARE(closed.json().value(u"active"_s).toBool(true), false);
    QVERIFY(findShop(get(m_kiosk, u"/v1/shops"_s), id).isEmpty());
    QVERIFY(findShop(get(m_staffDesk, u"/v1/shops"_s), id).isEmpty());
    QCOMPARE(findShop(get(m_staffDesk, u"/v1/shops?include=inactive"_s), id).value(u"active"_s).toBool(true), false);

    const HttpReply missing = send(m_staffDesk, "PUT", u"/v1/shops/999999"_s, edit, m_admin);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.problemSlug(), u"shop-not-found"_s);
}

void TestShopApi::onlyStaffSeeInactiveShopsAndAccounts()
{
    const HttpReply kiosk = get(m_kiosk, u"/v1/shops?include=inactive"_s);
    QCOMPARE(kiosk.status, 400);
    QCOMPARE(kiosk.problemSlug(), u"invalid-parameter"_s);
    QCOMPARE(get(m_staffDesk, u"/v1/shops?include=everything"_s).status, 400);
    QCOMPARE(get(m_staffDesk, u"/v1/shops?colour=red"_s).status, 400);
    const HttpReply staff = get(m_staffDesk, u"/v1/shops"_s);
    QCOMPARE(staff.status, 200);
    const QJsonArray items = staff.json().value(u"items"_s).toArray();
    QVERIFY(items.size() >= 4);
    QVERIFY(items.first().toObject().contains(u"iban"_s));
    // Sorted by name for every desk.
    for (qsizetype i = 1; i < items.size(); ++i)
        QVERIFY(items.at(i - 1).toObject().value(u"name"_s).toString() <= items.at(i).toObject().value(u"name"_s).toString());
    // Registering needs the admin role: the kiosk cannot.
    QCOMPARE(send(m_kiosk, "POST", u"/v1/shops"_s, {{u"name"_s, u"X"_s}}).status, 403);
}

void TestShopApi::theCounterSeesItsOwnShop()
{
    const qint64 id = registerShop(u"Bakkerij Ortmans"_s);
    QVERIFY(id > 0);
    const Device counter = enrolDevice(m_server, u"counter"_s, id);
    QVERIFY(counter.id > 0);
    const HttpReply own = get(counter, u"/v1/shop"_s);
    QVERIFY2(own.status == 200, qPrintable(own.describe()));
    const QJsonObject shop = own.json().value(u"shop"_s).toObject();
    QCOMPARE(shop.value(u"id"_s).toInteger(), id);
    QCOMPARE(shop.value(u"name"_s).toString(), u"Bakkerij Ortmans"_s);
    QCOMPARE(shop.value(u"balanceCents"_s).toInteger(-1), 0);
    QCOMPARE(own.json().value(u"today"_s).toObject().value(u"count"_s).toInt(-1), 0);
    QCOMPARE(own.json().value(u"today"_s).toObject().value(u"totalCents"_s).toInteger(-1), 0);

    // In the shop list only its own shop carries the account.
    const HttpReply listing = get(counter, u"/v1/shops"_s);
    QVERIFY(findShop(listing, id).contains(u"balanceCents"_s));
    QVERIFY(!findShop(listing, 1).contains(u"balanceCents"_s));

    const HttpReply payouts = get(counter, u"/v1/shop/payouts"_s);
    QCOMPARE(payouts.status, 200);
    QVERIFY(payouts.json().value(u"items"_s).isArray());
    QCOMPARE(payouts.json().value(u"items"_s).toArray().size(), 0);
    const HttpReply today = get(counter, u"/v1/shop/redemptions"_s);
    QCOMPARE(today.status, 200);
    QCOMPARE(today.json().value(u"items"_s).toArray().size(), 0);
    QCOMPARE(get(counter, u"/v1/shop/redemptions?day=2026-02-30"_s).status, 400);
    QCOMPARE(get(counter, u"/v1/shop/redemptions?day=yesterday"_s).problemSlug(), u"invalid-parameter"_s);
    QCOMPARE(get(counter, u"/v1/shop/redemptions?day=2026-01-15"_s).status, 200);
    // Only counters have a shop of their own.
    QCOMPARE(get(m_kiosk, u"/v1/shop"_s).status, 403);
}

QTEST_GUILESS_MAIN(TestShopApi)
#include "TestShopApi.moc"
