// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "HttpsTestClient.h"
#include "ServerProcess.h"
#include "TestBackend.h"
#include "VoucherSeed.h"
#include "core/domain/Crypto.h"
#include "core/domain/VoucherKey.h"
#include "core/domain/VoucherManualCode.h"
#include "core/domain/VoucherToken.h"
#include "server/MunicipalitySettings.h"
#include "server/RedemptionService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::test;

// A shop's counter redeems vouchers over the real HTTPS API: money moves
// from escrow to the shop exactly once, every refusal says why and changes
// nothing, and offline acceptances the server cannot pay reach staff.
class TestRedemptionApi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void redeemByTokenPaysTheShopOnce();
    void redeemByManualCode();
    void badBodiesAreRefused_data();
    void badBodiesAreRefused();
    void forgedTokensPayNothing_data();
    void forgedTokensPayNothing();
    void unknownVoucher();
    void expiredVoucherGoesBackToTheResident();
    void cancelledVoucher();
    void offlineAcceptanceOfAnIssuedVoucherPays();
    void offlineAcceptanceOnTheLastDayStillPays();
    void offlineRetryOfOwnRedemptionIsNoConflict();
    void offlineDoubleSpendIsReportedToStaff();
    void onlyFinanceAndAdminSeeConflicts();
    void ledgerAndAuditHold();

private:
    HttpReply redeem(const EnrolledDevice& counter, const QJsonObject& body, const QByteArray& key = {});
    VoucherSeed::Voucher issueOne(qint64 amountCents, QDate expiresOn);
    qint64 balance(const QString& kind, qint64 owner);
    QString voucherStatus(const QString& publicId);
    QDate today() const { return server::RedemptionService::municipalityDay(QDateTime::currentDateTimeUtc()); }

    ServerProcess m_server;
    std::unique_ptr<VoucherSeed> m_seed;
    EnrolledDevice m_kiosk;
    EnrolledDevice m_counterA;   // shop 1
    EnrolledDevice m_counterA2;  // shop 1, second till
    EnrolledDevice m_counterB;   // shop 2
    EnrolledDevice m_staffDesk;
    qint64 m_residentId = 0;
    int m_keys = 0;
};

void TestRedemptionApi::initTestCase()
{
    QString error;
    const ServerProcess::Options options = serverOptions(true, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    m_kiosk = enrolDevice(m_server, u"kiosk"_s);
    m_counterA = enrolDevice(m_server, u"counter"_s, 1);
    m_counterA2 = enrolDevice(m_server, u"counter"_s, 1);
    m_counterB = enrolDevice(m_server, u"counter"_s, 2);
    m_staffDesk = enrolDevice(m_server, u"staff"_s);
    QVERIFY(m_kiosk.id && m_counterA.id && m_counterA2.id && m_counterB.id && m_staffDesk.id);
    m_seed = std::make_unique<VoucherSeed>(m_server);
    auto resident = m_seed->firstResidentId();
    QVERIFY2(resident && resident.value() > 0, "the demo data has no resident");
    m_residentId = resident.value();
}

void TestRedemptionApi::cleanupTestCase()
{
    m_seed.reset();
    m_server.stop();
}

HttpReply TestRedemptionApi::redeem(const EnrolledDevice& counter, const QJsonObject& body, const QByteArray& key)
{
    HttpsTestClient client(m_server.url(), m_server.fingerprint());
    client.setDeviceCredentials(counter.id, counter.secret);
    return client.postJson(u"/v1/redemptions"_s, QJsonDocument(body).toJson(QJsonDocument::Compact),
                           key.isEmpty() ? "redeem-" + QByteArray::number(++m_keys) + "-abcdef" : key);
}

VoucherSeed::Voucher TestRedemptionApi::issueOne(qint64 amountCents, QDate expiresOn)
{
    auto issued = m_seed->issue(m_residentId, m_kiosk.id, amountCents, 1, expiresOn);
    if (!issued) {
        qWarning("could not seed a voucher: %s", qPrintable(issued.error().message));
        return {};
    }
    return issued.value().first();
}

qint64 TestRedemptionApi::balance(const QString& kind, qint64 owner)
{
    return m_seed->balanceCents(kind, owner).valueOr(-1);
}

QString TestRedemptionApi::voucherStatus(const QString& publicId)
{
    QString status;
    Status read = m_seed->database().transaction([&](QSqlDatabase& db) -> Status {
        auto q = server::execSql(db, u"SELECT status FROM vouchers WHERE public_id = ?"_s, {publicId});
        if (!q)
            return q.error();
        status = q.value().next() ? q.value().value(0).toString() : QString();
        return {};
    });
    return read ? status : QString();
}

void TestRedemptionApi::redeemByTokenPaysTheShopOnce()
{
    const VoucherSeed::Voucher voucher = issueOne(1250, today().addDays(30));
    QVERIFY(!voucher.token.isEmpty());
    const qint64 escrowBefore = balance(u"escrow"_s, 0);
    const qint64 shopBefore = balance(u"shop"_s, 1);

    const HttpReply first = redeem(m_counterA, {{u"token"_s, voucher.token}}, "redeem-token-once-1");
    QVERIFY2(first.status == 201, qPrintable(first.describe()));
    const QJsonObject redemption = first.json();
    QCOMPARE(redemption.value(u"voucherId"_s).toString(), voucher.publicId);
    QCOMPARE(redemption.value(u"amountCents"_s).toInteger(), 1250);
    QCOMPARE(redemption.value(u"shopId"_s).toInteger(), 1);
    QCOMPARE(redemption.value(u"shopName"_s).toString(), u"Bakkerij Bongers"_s);
    QCOMPARE(redemption.value(u"deviceId"_s).toInteger(), m_counterA.id);
    QVERIFY(redemption.value(u"offlineAcceptedAt"_s).isNull());
    QCOMPARE(balance(u"shop"_s, 1), shopBefore + 1250);
    QCOMPARE(balance(u"escrow"_s, 0), escrowBefore - 1250);
    QCOMPARE(voucherStatus(voucher.publicId), u"redeemed"_s);

    // The counter lost the answer and sends the same request again.
    const HttpReply replay = redeem(m_counterA, {{u"token"_s, voucher.token}}, "redeem-token-once-1");
    QCOMPARE(replay.status, 201);
    QCOMPARE(replay.body, first.body);
    QCOMPARE(replay.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(balance(u"shop"_s, 1), shopBefore + 1250);

    // A new attempt (a second scan) is refused and says when it was used.
    const HttpReply again = redeem(m_counterA2, {{u"token"_s, voucher.token}});
    QCOMPARE(again.status, 409);
    QCOMPARE(again.problemSlug(), u"voucher-already-redeemed"_s);
    QCOMPARE(again.json().value(u"redeemedAt"_s).toString(), redemption.value(u"redeemedAt"_s).toString());
    QCOMPARE(again.json().value(u"redeemedHere"_s).toBool(), true);  // the same shop, another till
    const HttpReply elsewhere = redeem(m_counterB, {{u"token"_s, voucher.token}});
    QCOMPARE(elsewhere.status, 409);
    QCOMPARE(elsewhere.problemSlug(), u"voucher-already-redeemed"_s);
    QCOMPARE(elsewhere.json().value(u"redeemedHere"_s).toBool(), false);
    QCOMPARE(balance(u"shop"_s, 1), shopBefore + 1250);
    QCOMPARE(balance(u"shop"_s, 2) >= 0, true);
    QCOMPARE(balance(u"escrow"_s, 0), escrowBefore - 1250);
}

void TestRedemptionApi::redeemByManualCode()
{
    const VoucherSeed::Voucher voucher = issueOne(700, today().addDays(10));
    const qint64 shopBefore = balance(u"shop"_s, 2);
    // Typed as printed, with the dash, in lower case.
    const QString typed = (voucher.manualCode.left(5) + u'-' + voucher.manualCode.mid(5)).toLower();
    const HttpReply reply = redeem(m_counterB, {{u"manualCode"_s, typed}});
    QVERIFY2(reply.status == 201, qPrintable(reply.describe()));
    QCOMPARE(reply.json().value(u"voucherId"_s).toString(), voucher.publicId);
    QCOMPARE(balance(u"shop"_s, 2), shopBefore + 700);
    const HttpReply again = redeem(m_counterB, {{u"manualCode"_s, voucher.manualCode}});
    QCOMPARE(again.problemSlug(), u"voucher-already-redeemed"_s);
    QCOMPARE(balance(u"shop"_s, 2), shopBefore + 700);
}

void TestRedemptionApi::badBodiesAreRefused_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::newRow("neither token nor code") << QJsonObject{} << u"token"_s;
    QTest::newRow("both token and code") << QJsonObject{{u"token"_s, u"123"_s}, {u"manualCode"_s, u"7KD4M2QX9P"_s}}
                                         << u"manualCode"_s;
    QTest::newRow("manual code with a bad check character") << QJsonObject{{u"manualCode"_s, u"AAAAAAAAAA"_s}}
                                                            << u"manualCode"_s;
    QTest::newRow("manual code too short") << QJsonObject{{u"manualCode"_s, u"7KD4M"_s}} << u"manualCode"_s;
    QTest::newRow("manual code a number") << QJsonObject{{u"manualCode"_s, 12345}} << u"manualCode"_s;
    const QString code = VoucherManualCode::generate().toString();
    QTest::newRow("offline time with an offset")
        << QJsonObject{{u"manualCode"_s, code}, {u"offlineAcceptedAt"_s, u"2026-11-23T10:15:00+01:00"_s}}
        << u"offlineAcceptedAt"_s;
    QTest::newRow("offline time far in the future")
        << QJsonObject{{u"manualCode"_s, code}, {u"offlineAcceptedAt"_s, u"2099-01-01T00:00:00Z"_s}}
        << u"offlineAcceptedAt"_s;
    QTest::newRow("unknown field") << QJsonObject{{u"manualCode"_s, u"7KD4M2QX9P"_s}, {u"amountCents"_s, 5}}
                                   << u"amountCents"_s;
}

void TestRedemptionApi::badBodiesAreRefused()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const HttpReply reply = redeem(m_counterA, body);
    QVERIFY2(reply.status == 400, qPrintable(reply.describe()));
    QCOMPARE(reply.problemSlug(), u"invalid-body"_s);
    QStringList named;
    for (const QJsonValue& param : reply.json().value(u"invalidParams"_s).toArray())
        named << param.toObject().value(u"name"_s).toString();
    QVERIFY2(named.contains(field), qPrintable(reply.describe()));
}

void TestRedemptionApi::forgedTokensPayNothing_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("reason");
    QTest::newRow("one digit altered") << u"digit"_s << u"bad-signature"_s;
    QTest::newRow("signed with another key") << u"key"_s << u"bad-signature"_s;
    QTest::newRow("truncated") << u"truncate"_s << u"malformed"_s;
    QTest::newRow("letters in it") << u"letters"_s << u"malformed"_s;
}

void TestRedemptionApi::forgedTokensPayNothing()
{
    QFETCH(QString, change);
    QFETCH(QString, reason);
    const VoucherSeed::Voucher voucher = issueOne(900, today().addDays(30));
    QString token = voucher.token;
    if (change == u"digit"_s) {
        // A digit inside the amount's group: the signature no longer fits.
        const qsizetype at = 40;
        token[at] = token.at(at) == u'9' ? u'0' : QChar(token.at(at).unicode() + 1);
    } else if (change == u"key"_s) {
        auto claims = VoucherCodec::inspect(voucher.token);
        QVERIFY(claims);
        const VoucherKeyPair other = VoucherKeyPair::generate(claims.value().keyId);
        auto forged = VoucherCodec::encode(claims.value(), other);
        QVERIFY(forged);
        token = forged.value();
    } else if (change == u"truncate"_s) {
        token.chop(20);
    } else {
        token.replace(10, 3, u"abc"_s);
    }
    const qint64 shopBefore = balance(u"shop"_s, 1);
    const qint64 escrowBefore = balance(u"escrow"_s, 0);
    const HttpReply reply = redeem(m_counterA, {{u"token"_s, token}});
    QVERIFY2(reply.status == 422, qPrintable(reply.describe()));
    QCOMPARE(reply.problemSlug(), u"voucher-forged"_s);
    QCOMPARE(reply.json().value(u"reason"_s).toString(), reason);
    QCOMPARE(balance(u"shop"_s, 1), shopBefore);
    QCOMPARE(balance(u"escrow"_s, 0), escrowBefore);
    QCOMPARE(voucherStatus(voucher.publicId), u"issued"_s);
    // The genuine voucher is still good.
    QCOMPARE(redeem(m_counterA, {{u"token"_s, voucher.token}}).status, 201);
}

void TestRedemptionApi::unknownVoucher()
{
    // Genuinely signed with the server's key, but never issued: a voucher the
    // server has no record of is not paid.
    Result<VoucherKeyPair> key = Error{};
    Status loaded = m_seed->database().transaction([&](QSqlDatabase& db) -> Status {
        key = server::VoucherKeyRing::activeKey(db);
        return key ? Status() : Status(key.error());
    });
    QVERIFY(loaded);
    VoucherClaims claims;
    claims.keyId = key.value().keyId();
    claims.voucherId = crypto::randomBytes(16);
    claims.amount = Coins(500);
    claims.expiryDay = today().addDays(5);
    const HttpReply byToken = redeem(m_counterA, {{u"token"_s, VoucherCodec::encode(claims, key.value()).value()}});
    QVERIFY2(byToken.status == 404, qPrintable(byToken.describe()));
    QCOMPARE(byToken.problemSlug(), u"voucher-unknown"_s);
    const HttpReply byCode = redeem(m_counterA, {{u"manualCode"_s, VoucherManualCode::generate().toString()}});
    QVERIFY2(byCode.status == 404, qPrintable(byCode.describe()));
    QCOMPARE(byCode.problemSlug(), u"voucher-unknown"_s);
}

void TestRedemptionApi::expiredVoucherGoesBackToTheResident()
{
    const VoucherSeed::Voucher voucher = issueOne(1500, today().addDays(-1));
    const qint64 residentBefore = balance(u"resident"_s, m_residentId);
    const qint64 escrowBefore = balance(u"escrow"_s, 0);
    const qint64 shopBefore = balance(u"shop"_s, 1);
    const HttpReply reply = redeem(m_counterA, {{u"token"_s, voucher.token}});
    QVERIFY2(reply.status == 409, qPrintable(reply.describe()));
    QCOMPARE(reply.problemSlug(), u"voucher-expired"_s);
    QCOMPARE(reply.json().value(u"expiresOn"_s).toString(), voucher.expiresOn.toString(Qt::ISODate));
    // The refusal released the escrow, and that stayed although the answer was 409.
    QCOMPARE(voucherStatus(voucher.publicId), u"expired"_s);
    QCOMPARE(balance(u"resident"_s, m_residentId), residentBefore + 1500);
    QCOMPARE(balance(u"escrow"_s, 0), escrowBefore - 1500);
    QCOMPARE(balance(u"shop"_s, 1), shopBefore);
    // Asking again releases nothing twice.
    const HttpReply again = redeem(m_counterA, {{u"manualCode"_s, voucher.manualCode}});
    QCOMPARE(again.problemSlug(), u"voucher-expired"_s);
    QCOMPARE(balance(u"resident"_s, m_residentId), residentBefore + 1500);
}

void TestRedemptionApi::cancelledVoucher()
{
    const VoucherSeed::Voucher voucher = issueOne(300, today().addDays(20));
    QVERIFY(m_seed->cancel(voucher.publicId));
    const qint64 escrowBefore = balance(u"escrow"_s, 0);
    const HttpReply reply = redeem(m_counterA, {{u"token"_s, voucher.token}});
    QVERIFY2(reply.status == 409, qPrintable(reply.describe()));
    QCOMPARE(reply.problemSlug(), u"voucher-cancelled"_s);
    QVERIFY(!reply.json().value(u"cancelledAt"_s).toString().isEmpty());
    QCOMPARE(balance(u"escrow"_s, 0), escrowBefore);
}

void TestRedemptionApi::offlineAcceptanceOfAnIssuedVoucherPays()
{
    const VoucherSeed::Voucher voucher = issueOne(2000, today().addDays(3));
    const qint64 shopBefore = balance(u"shop"_s, 2);
    const QString acceptedAt = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate);
    const HttpReply reply = redeem(m_counterB, {{u"token"_s, voucher.token}, {u"offlineAcceptedAt"_s, acceptedAt}});
    QVERIFY2(reply.status == 201, qPrintable(reply.describe()));
    QCOMPARE(reply.json().value(u"offlineAcceptedAt"_s).toString(), acceptedAt);
    QCOMPARE(balance(u"shop"_s, 2), shopBefore + 2000);
}

void TestRedemptionApi::offlineAcceptanceOnTheLastDayStillPays()
{
    // Accepted yesterday, its last day; the counter reaches the server today.
    const QDate lastDay = today().addDays(-1);
    const VoucherSeed::Voucher voucher = issueOne(450, lastDay);
    const QString acceptedAt = QDateTime(lastDay, QTime(11, 0), Qt::UTC).toString(Qt::ISODate);
    const HttpReply reply = redeem(m_counterB, {{u"manualCode"_s, voucher.manualCode}, {u"offlineAcceptedAt"_s, acceptedAt}});
    QVERIFY2(reply.status == 201, qPrintable(reply.describe()));
    QCOMPARE(voucherStatus(voucher.publicId), u"redeemed"_s);
    // Online, the same day, it would have been refused and released.
    const VoucherSeed::Voucher online = issueOne(450, lastDay);
    QCOMPARE(redeem(m_counterB, {{u"manualCode"_s, online.manualCode}}).problemSlug(), u"voucher-expired"_s);
}

void TestRedemptionApi::offlineRetryOfOwnRedemptionIsNoConflict()
{
    // The online attempt reached the server though the counter saw no
    // answer; the queued offline one arrives later under its own key.
    const VoucherSeed::Voucher voucher = issueOne(800, today().addDays(3));
    const HttpReply online = redeem(m_counterA, {{u"token"_s, voucher.token}});
    QCOMPARE(online.status, 201);
    const qint64 shopBefore = balance(u"shop"_s, 1);
    const HttpReply queued = redeem(m_counterA, {{u"token"_s, voucher.token},
                                                 {u"offlineAcceptedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
    QVERIFY2(queued.status == 200, qPrintable(queued.describe()));
    QCOMPARE(queued.json().value(u"id"_s).toInteger(), online.json().value(u"id"_s).toInteger());
    QCOMPARE(balance(u"shop"_s, 1), shopBefore);
}

void TestRedemptionApi::offlineDoubleSpendIsReportedToStaff()
{
    const VoucherSeed::Voucher voucher = issueOne(1100, today().addDays(3));
    // Counter B redeemed it online; counter A took a copy while offline.
    const HttpReply first = redeem(m_counterB, {{u"token"_s, voucher.token}});
    QCOMPARE(first.status, 201);
    const qint64 shopA = balance(u"shop"_s, 1);
    const qint64 shopB = balance(u"shop"_s, 2);
    const qint64 escrow = balance(u"escrow"_s, 0);
    const QString acceptedAt = QDateTime::currentDateTimeUtc().addSecs(-600).toString(Qt::ISODate);
    const QJsonObject body{{u"token"_s, voucher.token}, {u"offlineAcceptedAt"_s, acceptedAt}};
    const HttpReply conflict = redeem(m_counterA, body, "offline-conflict-1");
    QVERIFY2(conflict.status == 409, qPrintable(conflict.describe()));
    QCOMPARE(conflict.problemSlug(), u"voucher-offline-conflict"_s);
    QCOMPARE(conflict.json().value(u"reason"_s).toString(), u"already-redeemed"_s);
    QCOMPARE(conflict.json().value(u"redeemedAt"_s).toString(), first.json().value(u"redeemedAt"_s).toString());
    const qint64 conflictId = conflict.json().value(u"conflictId"_s).toInteger();
    QVERIFY(conflictId > 0);
    // The outbox resends (same key, and a fresh one): the same conflict.
    const HttpReply resent = redeem(m_counterA, body, "offline-conflict-1");
    QCOMPARE(resent.status, 409);
    QCOMPARE(resent.json().value(u"conflictId"_s).toInteger(), conflictId);
    QCOMPARE(redeem(m_counterA, body).json().value(u"conflictId"_s).toInteger(), conflictId);
    QCOMPARE(balance(u"shop"_s, 1), shopA);
    QCOMPARE(balance(u"shop"_s, 2), shopB);
    QCOMPARE(balance(u"escrow"_s, 0), escrow);
    QCOMPARE(m_seed->count(u"SELECT COUNT(*) FROM voucher_conflicts"_s).valueOr(-1), 1);

    // Staff see both records.
    HttpsTestClient staff(m_server.url(), m_server.fingerprint());
    staff.setDeviceCredentials(m_staffDesk.id, m_staffDesk.secret);
    const QByteArray token = staff.postJson(u"/v1/staff-sessions"_s, R"({"username":"demo","password":"heitje-demo"})",
                                            "conflict-staff-login").json().value(u"token"_s).toString().toLatin1();
    QVERIFY(!token.isEmpty());
    const HttpReply list = staff.get(u"/v1/voucher-conflicts"_s, {{"Buurtmunt-Session", token}});
    QVERIFY2(list.status == 200, qPrintable(list.describe()));
    const QJsonArray items = list.json().value(u"items"_s).toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject item = items.first().toObject();
    QCOMPARE(item.value(u"id"_s).toInteger(), conflictId);
    QCOMPARE(item.value(u"voucherId"_s).toString(), voucher.publicId);
    QCOMPARE(item.value(u"amountCents"_s).toInteger(), 1100);
    QCOMPARE(item.value(u"reason"_s).toString(), u"already-redeemed"_s);
    QCOMPARE(item.value(u"first"_s).toObject(), first.json());
    const QJsonObject second = item.value(u"second"_s).toObject();
    QCOMPARE(second.value(u"shopId"_s).toInteger(), 1);
    QCOMPARE(second.value(u"shopName"_s).toString(), u"Bakkerij Bongers"_s);
    QCOMPARE(second.value(u"deviceId"_s).toInteger(), m_counterA.id);
    QCOMPARE(second.value(u"offlineAcceptedAt"_s).toString(), acceptedAt);
    QVERIFY(item.value(u"resolvedAt"_s).isNull());

    // A cancelled voucher accepted offline is a conflict with no first record.
    const VoucherSeed::Voucher cancelled = issueOne(250, today().addDays(3));
    QVERIFY(m_seed->cancel(cancelled.publicId));
    const HttpReply late = redeem(m_counterB, {{u"manualCode"_s, cancelled.manualCode}, {u"offlineAcceptedAt"_s, acceptedAt}});
    QCOMPARE(late.problemSlug(), u"voucher-offline-conflict"_s);
    QCOMPARE(late.json().value(u"reason"_s).toString(), u"cancelled"_s);
    QVERIFY(late.json().value(u"redeemedAt"_s).isNull());
    const QJsonArray after = staff.get(u"/v1/voucher-conflicts"_s, {{"Buurtmunt-Session", token}}).json().value(u"items"_s).toArray();
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.first().toObject().value(u"reason"_s).toString(), u"cancelled"_s);  // newest first
    QVERIFY(after.first().toObject().value(u"first"_s).isNull());

    // Staff settle the first one with the bakery and say how.
    const auto settle = [&](const QString& path, const QByteArray& body, const QByteArray& key) {
        return staff.postJson(path, body, key, {{"Buurtmunt-Session", token}});
    };
    const QString resolution = u"/v1/voucher-conflicts/%1/resolution"_s.arg(conflictId);
    const HttpReply noNote = settle(resolution, R"({"note":"  "})", "settle-empty");
    QCOMPARE(noNote.status, 400);
    QVERIFY2(noNote.body.contains("note"), qPrintable(noNote.describe()));
    QCOMPARE(settle(u"/v1/voucher-conflicts/999999/resolution"_s, R"({"note":"Paid"})", "settle-unknown").problemSlug(),
             u"conflict-not-found"_s);
    QCOMPARE(settle(u"/v1/voucher-conflicts/abc/resolution"_s, R"({"note":"Paid"})", "settle-abc").status, 404);
    const QByteArray note = R"({"note":"Paid Bakkerij Bongers 11 coins at the May settlement"})";
    const HttpReply settled = settle(resolution, note, "settle-1");
    QVERIFY2(settled.status == 200, qPrintable(settled.describe()));
    QVERIFY(!settled.json().value(u"resolvedAt"_s).toString().isEmpty());
    QCOMPARE(settled.json().value(u"resolvedBy"_s).toObject().value(u"name"_s).toString(), u"Demo medewerker"_s);
    QCOMPARE(settled.json().value(u"resolutionNote"_s).toString(), u"Paid Bakkerij Bongers 11 coins at the May settlement"_s);
    const HttpReply replayed = settle(resolution, note, "settle-1");
    QCOMPARE(replayed.status, 200);
    QCOMPARE(replayed.header("Idempotent-Replayed"), QByteArray("true"));
    const HttpReply again = settle(resolution, R"({"note":"Paid twice?"})", "settle-2");
    QCOMPARE(again.status, 409);
    QCOMPARE(again.problemSlug(), u"conflict-already-resolved"_s);
    QVERIFY2(again.problemDetail().contains(u"Demo medewerker"_s), qPrintable(again.describe()));
    const QJsonArray settledList = staff.get(u"/v1/voucher-conflicts"_s, {{"Buurtmunt-Session", token}}).json().value(u"items"_s).toArray();
    QCOMPARE(settledList.size(), 2);
    QVERIFY(settledList.first().toObject().value(u"resolvedAt"_s).isNull());  // the cancelled one is still open
    QCOMPARE(settledList.last().toObject().value(u"resolutionNote"_s).toString(),
             u"Paid Bakkerij Bongers 11 coins at the May settlement"_s);
    QCOMPARE(m_seed->count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'voucher.conflict-resolve'"_s).valueOr(-1), 1);
    // Settling moves no money: the shop is paid through the settlement.
    QCOMPARE(balance(u"shop"_s, 1), shopA);
    QCOMPARE(balance(u"escrow"_s, 0), escrow);
}

void TestRedemptionApi::onlyFinanceAndAdminSeeConflicts()
{
    // A counter cannot read them at all.
    HttpsTestClient counter(m_server.url(), m_server.fingerprint());
    counter.setDeviceCredentials(m_counterA.id, m_counterA.secret);
    QCOMPARE(counter.get(u"/v1/voucher-conflicts"_s).status, 403);
    QCOMPARE(counter.postJson(u"/v1/voucher-conflicts/1/resolution"_s, R"({"note":"mine"})", "counter-settle-1").status, 403);
    // Nor a staff desk without a login.
    HttpsTestClient staff(m_server.url(), m_server.fingerprint());
    staff.setDeviceCredentials(m_staffDesk.id, m_staffDesk.secret);
    QCOMPARE(staff.get(u"/v1/voucher-conflicts"_s).status, 401);
    QCOMPARE(staff.postJson(u"/v1/voucher-conflicts/1/resolution"_s, R"({"note":"paid"})", "anonymous-settle-1").status, 401);
    // Nor a kiosk redeem vouchers.
    HttpsTestClient kiosk(m_server.url(), m_server.fingerprint());
    kiosk.setDeviceCredentials(m_kiosk.id, m_kiosk.secret);
    QCOMPARE(kiosk.postJson(u"/v1/redemptions"_s, R"({"manualCode":"7KD4M2QX9P"})", "kiosk-redeem-1").status, 403);
}

void TestRedemptionApi::ledgerAndAuditHold()
{
    QStringList data{u"--data-dir"_s, m_server.dataDir()};
    if (!m_server.databaseUrl().isEmpty())
        data << u"--database"_s << m_server.databaseUrl();
    QByteArray out;
    QCOMPARE(m_server.runCli(QStringList{u"ledger"_s, u"check"_s} + data, &out), 0);
    QCOMPARE(m_server.runCli(QStringList{u"audit"_s, u"verify"_s} + data, &out), 0);
    // Every payment and every conflict left an audit row.
    QVERIFY(m_seed->count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'voucher.redeem'"_s).valueOr(0)
            == m_seed->count(u"SELECT COUNT(*) FROM voucher_redemptions"_s).valueOr(-1));
    QCOMPARE(m_seed->count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'voucher.conflict'"_s).valueOr(-1), 2);
}

QTEST_GUILESS_MAIN(TestRedemptionApi)
#include "TestRedemptionApi.moc"
