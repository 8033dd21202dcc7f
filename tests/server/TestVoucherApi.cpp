// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "HttpsTestClient.h"
#include "ServerProcess.h"
#include "TestBackend.h"

#include "core/domain/Clock.h"
#include "core/domain/VoucherToken.h"
#include "server/LedgerService.h"
#include "server/VoucherService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::test;

// A resident at a kiosk turns coins into vouchers, through the real server
// over HTTPS: coins go to escrow and come back exactly once on cancel or
// expiry; the token is one the counter can verify offline.
class TestVoucherApi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void creatingMovesCoinsToEscrow();
    void theTokenVerifiesWithTheDevicesKeys();
    void aRetriedRequestMakesNoSecondVoucher();
    void badAmountsAreRefusedByName_data();
    void badAmountsAreRefusedByName();
    void notEnoughCoinsSaysTheBalance();
    void tooManyOpenVouchersSaysTheLimit();
    void cancellingGivesTheCoinsBackOnce();
    void anotherResidentsVoucherIsNotFound();
    void expiryGivesTheCoinsBackExactlyOnce();

private:
    using Device = EnrolledDevice;
    HttpReply post(const QString& path, const QJsonObject& body, const QByteArray& session, const QByteArray& key = {});
    HttpReply get(const QString& path, const QByteArray& session = {});
    QByteArray login(const QString& name);
    qint64 balance(const QByteArray& session);
    qint64 escrowCents();
    QSqlDatabase database();
    void checkLedger();

    ServerProcess m_server;
    QHash<QString, QPair<QString, QString>> m_residents;
    Device m_kiosk;
    QByteArray m_spender;  // Ria, who earned coins in the demo
    QByteArray m_other;    // Anja, who has not
    QByteArray m_joep;
    int m_keys = 0;
};

void TestVoucherApi::initTestCase()
{
    QString error;
    const ServerProcess::Options options = serverOptions(true, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    m_residents = demoResidents(m_server);
    QVERIFY2(m_residents.size() >= 4, qPrintable(m_server.standardOutput()));
    m_kiosk = enrolDevice(m_server, u"kiosk"_s);
    QVERIFY(m_kiosk.id > 0);
    m_spender = login(u"Ria Schepers"_s);
    m_other = login(u"Anja Dreessen"_s);
    m_joep = login(u"Joep Vliegen"_s);
    QVERIFY(!m_spender.isEmpty() && !m_other.isEmpty() && !m_joep.isEmpty());
    QVERIFY2(balance(m_spender) >= 2500, "the demo gives Ria earned coins to spend");
    QCOMPARE(balance(m_other), 0);
    QCOMPARE(balance(m_joep), 0);
}

void TestVoucherApi::cleanupTestCase()
{
    m_server.stop();
}

HttpReply TestVoucherApi::post(const QString& path, const QJsonObject& body, const QByteArray& session, const QByteArray& key)
{
    HttpsTestClient client(m_server.url(), m_server.fingerprint());
    client.setDeviceCredentials(m_kiosk.id, m_kiosk.secret);
    return client.postJson(path, QJsonDocument(body).toJson(),
                           key.isEmpty() ? "voucher-" + QByteArray::number(++m_keys) + "-key" : key,
                           {{"Buurtmunt-Session", session}});
}

HttpReply TestVoucherApi::get(const QString& path, const QByteArray& session)
{
    HttpsTestClient client(m_server.url(), m_server.fingerprint());
    client.setDeviceCredentials(m_kiosk.id, m_kiosk.secret);
    HeaderList headers;
    if (!session.isEmpty())
        headers.append({"Buurtmunt-Session", session});
    return client.get(path, headers);
}

QByteArray TestVoucherApi::login(const QString& name)
{
    const auto [pass, pin] = m_residents.value(name);
    HttpsTestClient client(m_server.url(), m_server.fingerprint());
    client.setDeviceCredentials(m_kiosk.id, m_kiosk.secret);
    const HttpReply reply = client.postJson(u"/v1/resident-sessions"_s,
        QJsonDocument(QJsonObject{{u"pass"_s, pass}, {u"pin"_s, pin}}).toJson(), "login-" + QByteArray::number(++m_keys) + "-key");
    return reply.json().value(u"token"_s).toString().toLatin1();
}

qint64 TestVoucherApi::balance(const QByteArray& session)
{
    const HttpReply me = get(u"/v1/me"_s, session);
    if (me.status != 200)
        return -1;
    return me.json().value(u"balanceCents"_s).toInteger(-1);
}

QSqlDatabase TestVoucherApi::database()
{
    if (QSqlDatabase::contains(u"vouchers"_s))
        return QSqlDatabase::database(u"vouchers"_s);
    return openServerDatabase(m_server, u"vouchers"_s);
}

qint64 TestVoucherApi::escrowCents()
{
    QSqlQuery q(database());
    if (!q.exec(u"SELECT COALESCE(SUM(balance_cents), 0) FROM accounts WHERE kind = 'escrow'"_s) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestVoucherApi::checkLedger()
{
    QSqlDatabase db = database();
    auto report = server::LedgerService::checkInvariants(db);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
    QVERIFY2(report.value().ok(), qPrintable(report.value().violations.join(u'\n')));
    // Escrow holds exactly what the issued vouchers are worth.
    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT COALESCE(SUM(amount_cents), 0) FROM vouchers WHERE status = 'issued'"_s) && q.next());
    QCOMPARE(escrowCents(), q.value(0).toLongLong());
}

void TestVoucherApi::creatingMovesCoinsToEscrow()
{
    const qint64 before = balance(m_spender);
    const qint64 escrowBefore = escrowCents();
    const HttpReply made = post(u"/v1/vouchers"_s, {{u"amountCents"_s, 750}}, m_spender);
    QVERIFY2(made.status == 201, qPrintable(made.describe()));
    const QJsonObject voucher = made.json();
    QVERIFY(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(voucher.value(u"id"_s).toString()).hasMatch());
    QCOMPARE(voucher.value(u"amountCents"_s).toInteger(), 750);
    QCOMPARE(voucher.value(u"status"_s).toString(), u"issued"_s);
    QVERIFY(QRegularExpression(u"^[0-9]{217}$"_s).match(voucher.value(u"token"_s).toString()).hasMatch());
    const QString code = voucher.value(u"manualCode"_s).toString();
    QCOMPARE(code.size(), 10);
    QCOMPARE(voucher.value(u"manualCodeDisplay"_s).toString(), code.left(5) + u'-' + code.mid(5));
    const QDate today = server::VoucherService::localDate(QDateTime::currentDateTimeUtc());
    QCOMPARE(voucher.value(u"expiresOn"_s).toString(), today.addDays(90).toString(Qt::ISODate));
    QVERIFY(voucher.value(u"endedAt"_s).isNull());
    QVERIFY(voucher.value(u"shopName"_s).isNull());

    QCOMPARE(balance(m_spender), before - 750);
    QCOMPARE(escrowCents(), escrowBefore + 750);
    const HttpReply mine = get(u"/v1/me/vouchers"_s, m_spender);
    QCOMPARE(mine.status, 200);
    QCOMPARE(mine.json().value(u"items"_s).toArray().first().toObject().value(u"id"_s), voucher.value(u"id"_s));
    checkLedger();

    QSqlQuery q(database());
    q.prepare(u"SELECT COUNT(*) FROM audit_log WHERE action = 'voucher.create' AND object = ?"_s);
    q.addBindValue(QString(u"voucher:"_s + voucher.value(u"id"_s).toString()));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestVoucherApi::theTokenVerifiesWithTheDevicesKeys()
{
    // The counter checks the signature with the keys of its device answer.
    const HttpReply device = get(u"/v1/device"_s);
    QCOMPARE(device.status, 200);
    QHash<quint16, QByteArray> keys;
    for (const QJsonValue& key : device.json().value(u"voucherKeys"_s).toArray())
        keys.insert(static_cast<quint16>(key.toObject().value(u"keyId"_s).toInt()),
                    QByteArray::fromBase64(key.toObject().value(u"publicKey"_s).toString().toLatin1()));
    QVERIFY(!keys.isEmpty());
    const QJsonObject offline = device.json().value(u"offlineRedemption"_s).toObject();
    QCOMPARE(offline.value(u"enabled"_s).toBool(true), false);
    QCOMPARE(offline.value(u"floorLimitCents"_s).toInteger(), 2500);
    QCOMPARE(offline.value(u"maxConsecutive"_s).toInteger(), 5);

    const HttpReply made = post(u"/v1/vouchers"_s, {{u"amountCents"_s, 125}}, m_spender);
    QVERIFY2(made.status == 201, qPrintable(made.describe()));
    const QString token = made.json().value(u"token"_s).toString();
    const QDate today = server::VoucherService::localDate(QDateTime::currentDateTimeUtc());
    const auto claims = VoucherCodec::decode(token, keys, today);
    QVERIFY2(claims, qPrintable(claims ? QString() : claims.error().message));
    QCOMPARE(claims.value().voucherIdHex(), made.json().value(u"id"_s).toString());
    QCOMPARE(claims.value().amount.cents(), 125);
    QCOMPARE(claims.value().expiryDay.toString(Qt::ISODate), made.json().value(u"expiresOn"_s).toString());
    // One changed digit no longer verifies.
    QString altered = token;
    altered[100] = altered.at(100) == u'1' ? u'2' : u'1';
    QVERIFY(!VoucherCodec::decode(altered, keys, today));
}

void TestVoucherApi::aRetriedRequestMakesNoSecondVoucher()
{
    const qint64 before = balance(m_spender);
    const HttpReply first = post(u"/v1/vouchers"_s, {{u"amountCents"_s, 200}}, m_spender, "voucher-retry-key-1");
    QVERIFY2(first.status == 201, qPrintable(first.describe()));
    const HttpReply again = post(u"/v1/vouchers"_s, {{u"amountCents"_s, 200}}, m_spender, "voucher-retry-key-1");
    QCOMPARE(again.status, 201);
    QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(again.json().value(u"id"_s), first.json().value(u"id"_s));
    QCOMPARE(balance(m_spender), before - 200);
    const HttpReply other = post(u"/v1/vouchers"_s, {{u"amountCents"_s, 300}}, m_spender, "voucher-retry-key-1");
    QCOMPARE(other.status, 422);
    QCOMPARE(balance(m_spender), before - 200);
}

void TestVoucherApi::badAmountsAreRefusedByName_data()
{
    QTest::addColumn<QJsonValue>("amount");
    QTest::newRow("zero") << QJsonValue(0);
    QTest::newRow("negative") << QJsonValue(-100);
    QTest::newRow("fraction") << QJsonValue(12.5);
    QTest::newRow("text") << QJsonValue(u"1000"_s);
    QTest::newRow("above what a token holds") << QJsonValue(4294967296.0);
    QTest::newRow("null") << QJsonValue();
}

void TestVoucherApi::badAmountsAreRefusedByName()
{
    QFETCH(QJsonValue, amount);
    const qint64 before = balance(m_spender);
    const HttpReply refused = post(u"/v1/vouchers"_s, {{u"amountCents"_s, amount}}, m_spender);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.problemSlug(), u"invalid-body"_s);
    const QJsonArray invalid = refused.json().value(u"invalidParams"_s).toArray();
    QCOMPARE(invalid.size(), 1);
    QCOMPARE(invalid.first().toObject().value(u"name"_s).toString(), u"amountCents"_s);
    QCOMPARE(balance(m_spender), before);
}

void TestVoucherApi::notEnoughCoinsSaysTheBalance()
{
    const qint64 escrow = escrowCents();
    const HttpReply joep = post(u"/v1/vouchers"_s, {{u"amountCents"_s, 100}}, m_joep);
    QCOMPARE(joep.status, 409);
    QCOMPARE(joep.problemSlug(), u"insufficient-balance"_s);
    QCOMPARE(joep.json().value(u"balanceCents"_s).toInteger(-1), 0);

    const qint64 anjas = balance(m_spender);
    const HttpReply anja = post(u"/v1/vouchers"_s, {{u"amountCents"_s, anjas + 1}}, m_spender);
    QCOMPARE(anja.status, 409);
    QCOMPARE(anja.problemSlug(), u"insufficient-balance"_s);
    QCOMPARE(anja.json().value(u"balanceCents"_s).toInteger(), anjas);
    QCOMPARE(balance(m_spender), anjas);
    QCOMPARE(escrowCents(), escrow);
}

void TestVoucherApi::tooManyOpenVouchersSaysTheLimit()
{
    QSqlQuery set(database());
    QVERIFY(set.exec(u"SELECT COUNT(*) FROM vouchers WHERE status = 'issued'"_s) && set.next());
    const int limit = set.value(0).toInt() + 2;
    QVERIFY(set.exec(u"INSERT INTO settings (key, value) VALUES ('voucher.maxOpen', '%1')"_s.arg(limit)));
    const qint64 before = balance(m_spender);
    QCOMPARE(post(u"/v1/vouchers"_s, {{u"amountCents"_s, 100}}, m_spender).status, 201);
    QCOMPARE(post(u"/v1/vouchers"_s, {{u"amountCents"_s, 100}}, m_spender).status, 201);
    const HttpReply third = post(u"/v1/vouchers"_s, {{u"amountCents"_s, 100}}, m_spender);
    QCOMPARE(third.status, 409);
    QCOMPARE(third.problemSlug(), u"too-many-open-vouchers"_s);
    QCOMPARE(third.json().value(u"maxOpen"_s).toInt(), limit);
    QCOMPARE(balance(m_spender), before - 200);

    // A stored value that is no number is an operator error, said as such.
    QVERIFY(set.exec(u"UPDATE settings SET value = 'many' WHERE key = 'voucher.maxOpen'"_s));
    const HttpReply broken = post(u"/v1/vouchers"_s, {{u"amountCents"_s, 100}}, m_spender);
    QCOMPARE(broken.status, 500);
    QCOMPARE(balance(m_spender), before - 200);
    QVERIFY(set.exec(u"UPDATE settings SET value = 'lots' WHERE key = 'voucher.maxOpen'"_s));
    const HttpReply device = get(u"/v1/device"_s);
    QCOMPARE(device.status, 500);
    QVERIFY(set.exec(u"DELETE FROM settings WHERE key = 'voucher.maxOpen'"_s));
    QSqlQuery cleanup(database());
    QVERIFY(cleanup.exec(u"INSERT INTO settings (key, value) VALUES ('counter.offline.floorLimitCents', 'ten euros')"_s));
    const HttpReply offline = get(u"/v1/device"_s);
    QCOMPARE(offline.status, 500);
    QVERIFY2(offline.problemDetail().contains(u"counter.offline.floorLimitCents"_s), qPrintable(offline.describe()));
    QVERIFY(cleanup.exec(u"DELETE FROM settings WHERE key = 'counter.offline.floorLimitCents'"_s));
    QCOMPARE(get(u"/v1/device"_s).status, 200);
}

void TestVoucherApi::cancellingGivesTheCoinsBackOnce()
{
    const qint64 before = balance(m_spender);
    const HttpReply made = post(u"/v1/vouchers"_s, {{u"amountCents"_s, 400}}, m_spender);
    QVERIFY2(made.status == 201, qPrintable(made.describe()));
    const QString id = made.json().value(u"id"_s).toString();
    QCOMPARE(balance(m_spender), before - 400);

    const HttpReply cancelled = post(u"/v1/vouchers/%1/cancel"_s.arg(id), {}, m_spender);
    QVERIFY2(cancelled.status == 200, qPrintable(cancelled.describe()));
    QCOMPARE(cancelled.json().value(u"status"_s).toString(), u"cancelled"_s);
    QVERIFY(!cancelled.json().value(u"endedAt"_s).isNull());
    QCOMPARE(balance(m_spender), before);
    for (const QJsonValue& item : get(u"/v1/me/vouchers"_s, m_spender).json().value(u"items"_s).toArray())
        QVERIFY(item.toObject().value(u"id"_s).toString() != id);

    const HttpReply twice = post(u"/v1/vouchers/%1/cancel"_s.arg(id), {}, m_spender);
    QCOMPARE(twice.status, 409);
    QCOMPARE(twice.problemSlug(), u"voucher-not-issued"_s);
    QCOMPARE(twice.json().value(u"status"_s).toString(), u"cancelled"_s);
    QCOMPARE(balance(m_spender), before);
    checkLedger();

    QSqlQuery q(database());
    q.prepare(u"SELECT COUNT(*) FROM ledger_transactions WHERE kind = 'voucher_release' AND idempotency_key = ?"_s);
    q.addBindValue(QString(u"voucher-release:"_s + id));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestVoucherApi::anotherResidentsVoucherIsNotFound()
{
    const HttpReply made = post(u"/v1/vouchers"_s, {{u"amountCents"_s, 100}}, m_spender);
    QVERIFY2(made.status == 201, qPrintable(made.describe()));
    const QString id = made.json().value(u"id"_s).toString();
    const HttpReply ria = post(u"/v1/vouchers/%1/cancel"_s.arg(id), {}, m_other);
    QCOMPARE(ria.status, 404);
    QCOMPARE(ria.problemSlug(), u"voucher-not-found"_s);
    const HttpReply unknown = post(u"/v1/vouchers/%1/cancel"_s.arg(QString(32, u'0')), {}, m_spender);
    QCOMPARE(unknown.status, 404);
    const HttpReply garbage = post(u"/v1/vouchers/not-a-voucher/cancel"_s, {}, m_spender);
    QCOMPARE(garbage.status, 404);
    // Still Anja's, still issued.
    QSqlQuery q(database());
    q.prepare(u"SELECT status FROM vouchers WHERE public_id = ?"_s);
    q.addBindValue(id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), u"issued"_s);
}

void TestVoucherApi::expiryGivesTheCoinsBackExactlyOnce()
{
    const qint64 before = balance(m_spender);
    const HttpReply made = post(u"/v1/vouchers"_s, {{u"amountCents"_s, 300}}, m_spender);
    QVERIFY2(made.status == 201, qPrintable(made.describe()));
    const QString id = made.json().value(u"id"_s).toString();
    {
        QSqlQuery q(database());
        // Its last day was yesterday.
        const QDate yesterday = server::VoucherService::localDate(QDateTime::currentDateTimeUtc()).addDays(-1);
        q.prepare(u"UPDATE vouchers SET expires_on = ? WHERE public_id = ?"_s);
        q.addBindValue(yesterday.toString(Qt::ISODate));
        q.addBindValue(id);
        QVERIFY(q.exec());
        QCOMPARE(q.numRowsAffected(), 1);
    }
    // Past its last day it is no longer listed, nor can it be cancelled.
    for (const QJsonValue& item : get(u"/v1/me/vouchers"_s, m_spender).json().value(u"items"_s).toArray())
        QVERIFY(item.toObject().value(u"id"_s).toString() != id);
    const HttpReply cancel = post(u"/v1/vouchers/%1/cancel"_s.arg(id), {}, m_spender);
    QCOMPARE(cancel.status, 409);
    QCOMPARE(cancel.json().value(u"status"_s).toString(), u"expired"_s);

    // Four expiry runs at once, as several server processes would, then one more.
    auto location = m_server.databaseUrl().isEmpty()
                        ? server::DatabaseLocation::sqliteFile(m_server.dataDir() + u"/buurtmunt.sqlite"_s)
                        : server::DatabaseLocation::fromUrl(m_server.databaseUrl());
    QVERIFY(location);
    server::Database db(location.value());
    QList<QFuture<int>> runs;
    for (int i = 0; i < 4; ++i) {
        runs.append(QtConcurrent::run([&db] {
            int expired = -1;
            const Status done = db.transaction([&expired](QSqlDatabase& conn) -> Status {
                auto count = server::VoucherService::expireDue(conn, QDateTime::currentDateTimeUtc());
                if (!count)
                    return count.error();
                expired = count.value();
                return {};
            });
            if (!done)
                qWarning("expiry failed: %s", qPrintable(done.error().message));
            db.closeThreadConnection();
            return done ? expired : -1;
        }));
    }
    int total = 0;
    for (QFuture<int>& run : runs) {
        run.waitForFinished();
        QVERIFY(run.result() >= 0);
        total += run.result();
    }
    QCOMPARE(total, 1);
    const Status again = db.transaction([](QSqlDatabase& conn) -> Status {
        auto count = server::VoucherService::expireDue(conn, QDateTime::currentDateTimeUtc());
        if (!count)
            return count.error();
        return count.value() == 0 ? Status{} : Status::failure(u"expired-twice"_s, u"expired again"_s);
    });
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
    db.closeThreadConnection();

    QCOMPARE(balance(m_spender), before);
    QSqlQuery q(database());
    q.prepare(u"SELECT status, end_transaction_id FROM vouchers WHERE public_id = ?"_s);
    q.addBindValue(id);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), u"expired"_s);
    QVERIFY(!q.value(1).isNull());
    q.prepare(u"SELECT COUNT(*) FROM audit_log WHERE action = 'voucher.expire' AND object = ?"_s);
    q.addBindValue(QString(u"voucher:"_s + id));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    checkLedger();
}

QTEST_GUILESS_MAIN(TestVoucherApi)
#include "TestVoucherApi.moc"
