// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "HttpsTestClient.h"
#include "ServerProcess.h"
#include "TestBackend.h"
#include "VoucherSeed.h"
#include "server/RedemptionService.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>
#include <QThread>

#include <barrier>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::test;

// One voucher presented at 64 tills at the same moment, 200 times over: the
// server pays it exactly once per round and tells the 63 others it was
// already redeemed, whatever order the database serialises them in.
class TestRedemptionConcurrency : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void oneVoucherPaysOnceUnderContention();

private:
    ServerProcess m_server;
};

namespace {
constexpr int kClients = 64;
constexpr int kRounds = 200;
constexpr qint64 kAmountCents = 375;
constexpr int kCounters = 4;  // the tills of one shop the clients are spread over
constexpr qint64 kShopId = 3;

struct Answer {
    int status = 0;
    QString slug;
    QString detail;
};
} // namespace

void TestRedemptionConcurrency::initTestCase()
{
    QString error;
    ServerProcess::Options options = serverOptions(true, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Quiet, so the log does not slow the server down under 12,800 requests.
    options.extraArguments << u"--no-access-log"_s;
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
}

void TestRedemptionConcurrency::cleanupTestCase()
{
    m_server.stop();
}

void TestRedemptionConcurrency::oneVoucherPaysOnceUnderContention()
{
    const EnrolledDevice kiosk = enrolDevice(m_server, u"kiosk"_s);
    QVERIFY(kiosk.id > 0);
    std::vector<EnrolledDevice> counters;
    for (int i = 0; i < kCounters; ++i) {
        counters.push_back(enrolDevice(m_server, u"counter"_s, kShopId));
        QVERIFY(counters.back().id > 0);
    }

    // The vouchers are made before the clock starts; only redemption races.
    VoucherSeed seed(m_server);
    auto resident = seed.firstResidentId();
    QVERIFY(resident && resident.value() > 0);
    const QDate expiresOn = server::RedemptionService::municipalityDay(QDateTime::currentDateTimeUtc()).addDays(30);
    auto issued = seed.issue(resident.value(), kiosk.id, kAmountCents, kRounds, expiresOn);
    QVERIFY2(issued, qPrintable(issued ? QString() : issued.error().message));
    const QList<VoucherSeed::Voucher> vouchers = issued.value();
    const qint64 escrowBefore = seed.balanceCents(u"escrow"_s, 0).valueOr(-1);
    const qint64 shopBefore = seed.balanceCents(u"shop"_s, kShopId).valueOr(-1);
    QVERIFY(escrowBefore >= kAmountCents * kRounds);

    std::vector<std::vector<Answer>> answers(kRounds, std::vector<Answer>(kClients));
    std::barrier start(kClients);
    std::vector<std::unique_ptr<QThread>> threads;
    QElapsedTimer clock;
    clock.start();
    for (int c = 0; c < kClients; ++c) {
        threads.emplace_back(QThread::create([&, c] {
            // One keep-alive connection per client for all rounds, opened
            // before the first round so the rounds race on the database
            // rather than on TLS handshakes.
            HttpsTestClient client(m_server.url(), m_server.fingerprint());
            const EnrolledDevice& till = counters.at(static_cast<size_t>(c % kCounters));
            client.setDeviceCredentials(till.id, till.secret);
            client.setTimeoutMs(60000);
            client.get(u"/healthz"_s);
            for (int round = 0; round < kRounds; ++round) {
                const QByteArray body = QJsonDocument(QJsonObject{{u"token"_s, vouchers.at(round).token}})
                                            .toJson(QJsonDocument::Compact);
                const QByteArray key = "race-" + QByteArray::number(round) + "-client-" + QByteArray::number(c);
                start.arrive_and_wait();
                const HttpReply reply = client.postJson(u"/v1/redemptions"_s, body, key);
                answers[static_cast<size_t>(round)][static_cast<size_t>(c)] =
                    Answer{reply.status, reply.problemSlug(), reply.status == 0 ? reply.transportError : reply.problemDetail()};
            }
        }));
        threads.back()->start();
    }
    for (const auto& thread : threads)
        QVERIFY(thread->wait(600000));
    const qint64 elapsedMs = clock.elapsed();
    qInfo("%d rounds of %d concurrent redemptions on %s: %lld ms (%.0f requests/s)", kRounds, kClients,
          usePostgres() ? "PostgreSQL" : "SQLite", static_cast<long long>(elapsedMs),
          kRounds * kClients * 1000.0 / std::max<qint64>(1, elapsedMs));

    for (int round = 0; round < kRounds; ++round) {
        int paid = 0;
        int alreadyRedeemed = 0;
        for (const Answer& answer : answers[static_cast<size_t>(round)]) {
            if (answer.status == 201)
                ++paid;
            else if (answer.status == 409 && answer.slug == u"voucher-already-redeemed"_s)
                ++alreadyRedeemed;
            else
                QFAIL(qPrintable(u"round %1: unexpected answer %2 %3: %4"_s.arg(round).arg(answer.status)
                                     .arg(answer.slug, answer.detail)));
        }
        QVERIFY2(paid == 1, qPrintable(u"round %1 paid %2 times"_s.arg(round).arg(paid)));
        QCOMPARE(alreadyRedeemed, kClients - 1);
    }

    QCOMPARE(seed.balanceCents(u"shop"_s, kShopId).valueOr(-1), shopBefore + kRounds * kAmountCents);
    QCOMPARE(seed.balanceCents(u"escrow"_s, 0).valueOr(-1), escrowBefore - kRounds * kAmountCents);
    QCOMPARE(seed.count(u"SELECT COUNT(*) FROM voucher_redemptions"_s).valueOr(-1), kRounds);
    QCOMPARE(seed.count(u"SELECT COUNT(*) FROM ledger_transactions WHERE kind = 'voucher_redeem'"_s).valueOr(-1), kRounds);
    QCOMPARE(seed.count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'voucher.redeem'"_s).valueOr(-1), kRounds);

    QStringList data{u"--data-dir"_s, m_server.dataDir()};
    if (!m_server.databaseUrl().isEmpty())
        data << u"--database"_s << m_server.databaseUrl();
    QByteArray out;
    QByteArray err;
    QVERIFY2(m_server.runCli(QStringList{u"ledger"_s, u"check"_s} + data, &out, &err) == 0, err.constData());
    QVERIFY2(m_server.runCli(QStringList{u"audit"_s, u"verify"_s} + data, &out, &err) == 0, err.constData());
}

QTEST_GUILESS_MAIN(TestRedemptionConcurrency)
#include "TestRedemptionConcurrency.moc"
