// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "HttpsTestClient.h"
#include "SepaSchemeCheck.h"
#include "ServerProcess.h"
#include "TestBackend.h"
#include "VoucherSeed.h"

#include "core/domain/Crypto.h"
#include "core/domain/Iban.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::test;

// Finance closes last month at the staff desk through the real server:
// who may, 201 then 200 on a second close, the SEPA download and the CSV
// statement, and the refusals a finance officer can run into.
class TestSettlementApi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void onlyFinanceAtTheStaffDeskMayClose();
    void badPeriodsAreRefusedByName_data();
    void badPeriodsAreRefusedByName();
    void theCurrentMonthHasNotEnded();
    void closingLastMonthPaysTheShopsOnce();
    void theSepaFileNeedsTheMunicipalityAccount();
    void theStatementComesAsCsv();
    void unknownSettlementsAreNotFound();

private:
    HttpReply send(const EnrolledDevice& device, const QByteArray& method, const QString& path, const QJsonObject& body,
                   const QByteArray& session);
    HttpReply get(const EnrolledDevice& device, const QString& path, const QByteArray& session);
    QByteArray login(const QString& user, const QString& password);
    qint64 count(const QString& sql);
    QStringList databaseArguments() const;

    ServerProcess m_server;
    EnrolledDevice m_staffDesk;
    EnrolledDevice m_kiosk;
    QByteArray m_finance;
    QByteArray m_coordinator;
    QString m_lastMonth;
    QString m_thisMonth;
    qint64 m_settlementId = 0;
    qint64 m_bakeryCents = 0;
    int m_keys = 0;
};

void TestSettlementApi::initTestCase()
{
    QString error;
    const ServerProcess::Options options = serverOptions(true, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    m_staffDesk = enrolDevice(m_server, u"staff"_s);
    m_kiosk = enrolDevice(m_server, u"kiosk"_s);
    const EnrolledDevice bakeryCounter = enrolDevice(m_server, u"counter"_s, 1);
    const EnrolledDevice grocerCounter = enrolDevice(m_server, u"counter"_s, 2);
    QVERIFY(m_staffDesk.id > 0 && m_kiosk.id > 0 && bakeryCounter.id > 0 && grocerCounter.id > 0);
    {
        QSqlDatabase db = openServerDatabase(m_server, u"settle-setup"_s);
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO staff (username, display_name, password_hash, roles, created_at) "
                   "VALUES ('planner', 'Planner', ?, 'coordinator', 0)"_s);
        q.addBindValue(crypto::hashSecret(u"plan-2026"_s));
        QVERIFY(q.exec());
        db.close();
    }
    QSqlDatabase::removeDatabase(u"settle-setup"_s);
    m_finance = login(u"demo"_s, u"heitje-demo"_s);
    m_coordinator = login(u"planner"_s, u"plan-2026"_s);
    QVERIFY(!m_finance.isEmpty() && !m_coordinator.isEmpty());

    // Last month in Heerlen, whatever today is: vouchers redeemed in it at
    // two shops, one on its last evening.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate today = now.toTimeZone(QTimeZone("Europe/Amsterdam")).date();
    const QDate thisMonth(today.year(), today.month(), 1);
    const QDate lastMonth = thisMonth.addMonths(-1);
    m_thisMonth = thisMonth.toString(u"yyyy-MM"_s);
    m_lastMonth = lastMonth.toString(u"yyyy-MM"_s);
    VoucherSeed seed(m_server);
    auto resident = seed.firstResidentId();
    QVERIFY(resident.ok());
    auto vouchers = seed.issue(resident.value(), m_kiosk.id, 1'250, 4, today.addDays(30));
    QVERIFY2(vouchers.ok(), qPrintable(vouchers ? QString() : vouchers.error().message));
    const QDateTime lastEvening = QDateTime(thisMonth, QTime(0, 0), QTimeZone("Europe/Amsterdam")).addSecs(-1800);
    QVERIFY(seed.redeemAt(vouchers.value().at(0).publicId, 1, bakeryCounter.id, QDateTime(lastMonth.addDays(3), QTime(10, 0), Qt::UTC)).ok());
    QVERIFY(seed.redeemAt(vouchers.value().at(1).publicId, 1, bakeryCounter.id, lastEvening).ok());
    QVERIFY(seed.redeemAt(vouchers.value().at(2).publicId, 2, grocerCounter.id, QDateTime(lastMonth.addDays(9), QTime(15, 0), Qt::UTC)).ok());
    // This month's: stays with the shop.
    QVERIFY(seed.redeemAt(vouchers.value().at(3).publicId, 2, grocerCounter.id, now.addSecs(-60)).ok());
    m_bakeryCents = 2'500;
}

void TestSettlementApi::cleanupTestCase()
{
    m_server.stop();
    QSqlDatabase::removeDatabase(u"settle"_s);
}

HttpReply TestSettlementApi::send(const EnrolledDevice& device, const QByteArray& method, const QString& path,
                                  const QJsonObject& body, const QByteArray& session)
{
    HttpsTestClient client(m_server.url(), m_server.fingerprint());
    client.setDeviceCredentials(device.id, device.secret);
    HeaderList headers{{"Content-Type", "application/json"}, {"Idempotency-Key", "settle-" + QByteArray::number(++m_keys) + "-key"}};
    if (!session.isEmpty())
        headers.append({"Buurtmunt-Session", session});
    return client.send(method, path, headers, QJsonDocument(body).toJson());
}

HttpReply TestSettlementApi::get(const EnrolledDevice& device, const QString& path, const QByteArray& session)
{
    HttpsTestClient client(m_server.url(), m_server.fingerprint());
    client.setDeviceCredentials(device.id, device.secret);
    HeaderList headers;
    if (!session.isEmpty())
        headers.append({"Buurtmunt-Session", session});
    return client.get(path, headers);
}

QByteArray TestSettlementApi::login(const QString& user, const QString& password)
{
    const HttpReply reply = send(m_staffDesk, "POST", u"/v1/staff-sessions"_s,
                                 {{u"username"_s, user}, {u"password"_s, password}}, {});
    return reply.status == 201 ? reply.json().value(u"token"_s).toString().toLatin1() : QByteArray();
}

qint64 TestSettlementApi::count(const QString& sql)
{
    QSqlDatabase db = QSqlDatabase::contains(u"settle"_s) ? QSqlDatabase::database(u"settle"_s)
                                                          : openServerDatabase(m_server, u"settle"_s);
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QStringList TestSettlementApi::databaseArguments() const
{
    QStringList arguments{u"--data-dir"_s, m_server.dataDir()};
    if (!m_server.databaseUrl().isEmpty())
        arguments << u"--database"_s << m_server.databaseUrl();
    return arguments;
}

void TestSettlementApi::onlyFinanceAtTheStaffDeskMayClose()
{
    const QJsonObject body{{u"period"_s, m_lastMonth}};
    QCOMPARE(send(m_staffDesk, "POST", u"/v1/settlements"_s, body, {}).status, 401);
    const HttpReply coordinator = send(m_staffDesk, "POST", u"/v1/settlements"_s, body, m_coordinator);
    QCOMPARE(coordinator.status, 403);
    QCOMPARE(get(m_staffDesk, u"/v1/settlements"_s, m_coordinator).status, 403);
    QCOMPARE(send(m_kiosk, "POST", u"/v1/settlements"_s, body, {}).status, 403);
    QCOMPARE(count(u"SELECT COUNT(*) FROM settlements"_s), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM ledger_transactions WHERE kind = 'settlement'"_s), 0);
}

void TestSettlementApi::badPeriodsAreRefusedByName_data()
{
    QTest::addColumn<QJsonValue>("period");
    QTest::newRow("month 13") << QJsonValue(u"2026-13"_s);
    QTest::newRow("two-digit year") << QJsonValue(u"26-11"_s);
    QTest::newRow("a number") << QJsonValue(202611);
}

void TestSettlementApi::badPeriodsAreRefusedByName()
{
    QFETCH(QJsonValue, period);
    const HttpReply refused = send(m_staffDesk, "POST", u"/v1/settlements"_s, {{u"period"_s, period}}, m_finance);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.problemSlug(), u"invalid-body"_s);
    const QJsonArray invalid = refused.json().value(u"invalidParams"_s).toArray();
    QCOMPARE(invalid.size(), 1);
    QCOMPARE(invalid.first().toObject().value(u"name"_s).toString(), u"period"_s);
    QCOMPARE(count(u"SELECT COUNT(*) FROM settlements"_s), 0);
}

void TestSettlementApi::theCurrentMonthHasNotEnded()
{
    const HttpReply refused = send(m_staffDesk, "POST", u"/v1/settlements"_s, {{u"period"_s, m_thisMonth}}, m_finance);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.problemSlug(), u"period-not-ended"_s);
    QCOMPARE(count(u"SELECT COUNT(*) FROM settlements"_s), 0);
}

void TestSettlementApi::closingLastMonthPaysTheShopsOnce()
{
    const qint64 grocerBefore = count(u"SELECT balance_cents FROM accounts WHERE kind = 'shop' AND owner_id = 2"_s);
    const HttpReply closed = send(m_staffDesk, "POST", u"/v1/settlements"_s, {{u"period"_s, m_lastMonth}}, m_finance);
    QVERIFY2(closed.status == 201, qPrintable(closed.describe()));
    const QJsonObject s = closed.json();
    m_settlementId = s.value(u"id"_s).toInteger();
    QVERIFY(m_settlementId > 0);
    QCOMPARE(closed.header("Location"), "/v1/settlements/" + QByteArray::number(m_settlementId));
    QCOMPARE(s.value(u"period"_s).toString(), m_lastMonth);
    QCOMPARE(s.value(u"totalCoinsCents"_s).toInteger(), 3'750);
    QCOMPARE(s.value(u"closedBy"_s).toString(), u"Demo medewerker"_s);
    const QJsonArray lines = s.value(u"lines"_s).toArray();
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).toObject().value(u"shopName"_s).toString(), u"Bakkerij Bongers"_s);
    QCOMPARE(lines.at(0).toObject().value(u"coinsCents"_s).toInteger(), m_bakeryCents);
    QCOMPARE(lines.at(0).toObject().value(u"redemptionCount"_s).toInt(), 2);
    QCOMPARE(lines.at(1).toObject().value(u"coinsCents"_s).toInteger(), 1'250);
    QCOMPARE(count(u"SELECT balance_cents FROM accounts WHERE kind = 'shop' AND owner_id = 1"_s), 0);
    QCOMPARE(count(u"SELECT balance_cents FROM accounts WHERE kind = 'shop' AND owner_id = 2"_s), grocerBefore - 1'250);
    QCOMPARE(count(u"SELECT balance_cents FROM accounts WHERE kind = 'settlement'"_s), 3'750);

    const qint64 transactions = count(u"SELECT COUNT(*) FROM ledger_transactions"_s);
    const HttpReply again = send(m_staffDesk, "POST", u"/v1/settlements"_s, {{u"period"_s, m_lastMonth}}, m_finance);
    QVERIFY2(again.status == 200, qPrintable(again.describe()));
    QCOMPARE(again.json().value(u"id"_s).toInteger(), m_settlementId);
    QCOMPARE(again.json().value(u"lines"_s).toArray(), lines);
    QCOMPARE(count(u"SELECT COUNT(*) FROM ledger_transactions"_s), transactions);
    QCOMPARE(count(u"SELECT balance_cents FROM accounts WHERE kind = 'settlement'"_s), 3'750);

    const HttpReply listed = get(m_staffDesk, u"/v1/settlements"_s, m_finance);
    QCOMPARE(listed.status, 200);
    const QJsonArray items = listed.json().value(u"items"_s).toArray();
    QCOMPARE(items.size(), 1);
    QVERIFY(!items.first().toObject().contains(u"lines"_s));
    const HttpReply shown = get(m_staffDesk, u"/v1/settlements/%1"_s.arg(m_settlementId), m_finance);
    QCOMPARE(shown.status, 200);
    QCOMPARE(shown.json().value(u"lines"_s).toArray(), lines);
}

void TestSettlementApi::theSepaFileNeedsTheMunicipalityAccount()
{
    QVERIFY(m_settlementId > 0);
    const QString path = u"/v1/settlements/%1/sepa"_s.arg(m_settlementId);
    const HttpReply missing = get(m_staffDesk, path, m_finance);
    QCOMPARE(missing.status, 409);
    QCOMPARE(missing.problemSlug(), u"settlement-config-missing"_s);
    QVERIFY2(missing.json().value(u"detail"_s).toString().contains(u"municipality.iban"_s), missing.body.constData());

    QByteArray err;
    QVERIFY(m_server.runCli(QStringList{u"settings"_s, u"set"_s, u"municipality.iban"_s, u"NL91 ABNA 0417 1643 01"_s}
                                + databaseArguments(),
                            nullptr, &err)
            != 0);
    QVERIFY2(QString::fromUtf8(err).contains(u"municipality.iban"_s), err.constData());
    const QString iban = Iban::withCheckDigits(u"NL", u"BNGH0285001234");
    QCOMPARE(m_server.runCli(QStringList{u"settings"_s, u"set"_s, u"municipality.iban"_s, iban} + databaseArguments(),
                             nullptr, &err),
             0);

    const HttpReply file = get(m_staffDesk, path, m_finance);
    QVERIFY2(file.status == 200, qPrintable(file.describe()));
    QCOMPARE(file.header("Content-Type"), "application/xml");
    QCOMPARE(file.header("Content-Disposition"),
             "attachment; filename=\"buurtmunt-" + m_lastMonth.toLatin1() + ".xml\"");
    const QStringList problems = schemeViolations(file.body);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
    QCOMPARE(texts(file.body, u"NbOfTxs"_s), (QStringList{u"2"_s, u"2"_s}));
    QCOMPARE(texts(file.body, u"CtrlSum"_s), (QStringList{u"37.50"_s, u"37.50"_s}));
    QVERIFY(texts(file.body, u"IBAN"_s).contains(iban));
}

void TestSettlementApi::theStatementComesAsCsv()
{
    QVERIFY(m_settlementId > 0);
    const QString base = u"/v1/settlements/%1/statements/1"_s.arg(m_settlementId);
    const HttpReply json = get(m_staffDesk, base, m_finance);
    QVERIFY2(json.status == 200, qPrintable(json.describe()));
    QCOMPARE(json.json().value(u"totals"_s).toObject().value(u"coinsCents"_s).toInteger(), m_bakeryCents);
    QCOMPARE(json.json().value(u"redemptions"_s).toArray().size(), 2);
    QCOMPARE(json.json().value(u"shop"_s).toObject().value(u"name"_s).toString(), u"Bakkerij Bongers"_s);

    const HttpReply csv = get(m_staffDesk, base + u"?format=csv"_s, m_finance);
    QVERIFY2(csv.status == 200, qPrintable(csv.describe()));
    QCOMPARE(csv.header("Content-Type"), "text/csv; charset=utf-8");
    const QList<QByteArray> rows = csv.body.split('\n');
    QCOMPARE(rows.size(), 5);  // header, two vouchers, totals, nothing after the last CRLF
    QCOMPARE(rows.at(0), "redemptionId,voucherId,redeemedAt,offlineAcceptedAt,coins,euro\r");
    QVERIFY2(rows.at(1).contains(",12.50,\r"), rows.at(1).constData());
    QVERIFY2(rows.at(1).contains("T10:00:00Z"), rows.at(1).constData());
    QCOMPARE(rows.at(3), "total,2 vouchers,,,25.00,25.00\r");

    const HttpReply bad = get(m_staffDesk, base + u"?format=pdf"_s, m_finance);
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.problemSlug(), u"invalid-parameter"_s);
    QCOMPARE(get(m_staffDesk, u"/v1/settlements/%1/statements/4"_s.arg(m_settlementId), m_finance).status, 404);
}

void TestSettlementApi::unknownSettlementsAreNotFound()
{
    for (const QString& path : {u"/v1/settlements/9999"_s, u"/v1/settlements/abc"_s, u"/v1/settlements/9999/sepa"_s,
                                u"/v1/settlements/9999/statements/1"_s}) {
        const HttpReply reply = get(m_staffDesk, path, m_finance);
        QVERIFY2(reply.status == 404, qPrintable(path + u": "_s + reply.describe()));
        QCOMPARE(reply.problemSlug(), u"settlement-not-found"_s);
    }
}

QTEST_GUILESS_MAIN(TestSettlementApi)
#include "TestSettlementApi.moc"
