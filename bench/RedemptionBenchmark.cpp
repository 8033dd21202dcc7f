// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "RedemptionBenchmark.h"

#include "HttpsTestClient.h"
#include "TestBackend.h"
#include "VoucherSeed.h"
#include "server/RedemptionService.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTextStream>
#include <QThread>

#include <latch>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace buurtmunt::bench {

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

constexpr qint64 kShopId = 1;

} // namespace

RedemptionBenchmark::RedemptionBenchmark(Options options) : m_options(std::move(options)) {}

void RedemptionBenchmark::fail(const QString& what, const Error& error)
{
    out() << "bench_redemption: " << what << ": " << error.message << " [" << error.code << "]\n";
    out().flush();
}

int RedemptionBenchmark::run()
{
    if (!m_options.databaseUrl.startsWith(u"postgres"_s)) {
        fail(u"options"_s, {u"usage"_s, u"--database must be a postgresql:// URL of an empty database"_s});
        return ExitSetupFailed;
    }
    out() << "bench_redemption: " << m_options.vouchers << " vouchers, " << m_options.clients
          << " concurrent keep-alive HTTPS clients, server on PostgreSQL with "
          << (m_options.serverWorkers > 0 ? QString::number(m_options.serverWorkers) : u"its default number of"_s)
          << " workers\n";
    out().flush();

    test::ServerProcess::Options serverOptions;
    serverOptions.binary = m_options.serverBinary;
    serverOptions.databaseUrl = m_options.databaseUrl;
    serverOptions.demoData = true;  // shops and residents
    serverOptions.extraArguments = {u"--no-access-log"_s};
    if (m_options.serverWorkers > 0)
        serverOptions.extraArguments << u"--workers"_s << QString::number(m_options.serverWorkers);
    if (!m_server.start(serverOptions)) {
        fail(u"starting buurtmunt-server"_s, {u"server-start"_s, m_server.errorString()});
        return ExitSetupFailed;
    }
    const test::EnrolledDevice kiosk = test::enrolDevice(m_server, u"kiosk"_s);
    std::vector<test::EnrolledDevice> counters;
    for (int i = 0; i < m_options.clients; ++i)
        counters.push_back(test::enrolDevice(m_server, u"counter"_s, kShopId));
    for (const test::EnrolledDevice& device : counters) {
        if (kiosk.id == 0 || device.id == 0) {
            fail(u"enrolling devices"_s, {u"enrol"_s, m_server.errorString()});
            return ExitSetupFailed;
        }
    }

    test::VoucherSeed seed(m_server);
    QElapsedTimer seeding;
    seeding.start();
    auto resident = seed.firstResidentId();
    if (!resident || resident.value() == 0) {
        fail(u"finding a resident"_s, resident ? Error{u"no-resident"_s, u"the demo data has none"_s} : resident.error());
        return ExitSetupFailed;
    }
    const QDate expiresOn = server::RedemptionService::municipalityDay(QDateTime::currentDateTimeUtc()).addDays(30);
    auto issued = seed.issue(resident.value(), kiosk.id, m_options.amountCents, m_options.vouchers, expiresOn);
    if (!issued) {
        fail(u"issuing vouchers"_s, issued.error());
        return ExitSetupFailed;
    }
    const QList<test::VoucherSeed::Voucher> vouchers = issued.value();
    const qint64 shopBefore = seed.balanceCents(u"shop"_s, kShopId).valueOr(-1);
    out() << "Issued " << vouchers.size() << " vouchers in " << seeding.elapsed() << " ms (not timed).\n";
    out().flush();

    // Each client owns one keep-alive connection and redeems every C-th
    // voucher; all start together once their TLS handshakes are done. The
    // requests are written as raw bytes, so the load generator costs about
    // as little as pgbench's own C client and the cores go to the server.
    const int clients = m_options.clients;
    std::vector<int> created(static_cast<size_t>(clients), 0);
    std::vector<QString> firstFailure(static_cast<size_t>(clients));
    std::latch connected(clients + 1);
    std::latch go(1);
    std::vector<std::unique_ptr<QThread>> threads;
    const QUrl url = m_server.url();
    const QByteArray host = url.host().toLatin1() + ':' + QByteArray::number(url.port());
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back(QThread::create([&, c] {
            const test::EnrolledDevice& counter = counters.at(static_cast<size_t>(c));
            const QByteArray head = "POST /v1/redemptions HTTP/1.1\r\nHost: " + host
                                    + "\r\nAuthorization: Device " + QByteArray::number(counter.id) + ':'
                                    + counter.secret.toLatin1() + "\r\nContent-Type: application/json\r\n";
            test::RawHttpsConnection connection(url, m_server.fingerprint(), 60000);
            const bool opened = connection.open();
            if (!opened)
                firstFailure[static_cast<size_t>(c)] = u"no connection: "_s + connection.error();
            connected.count_down();
            go.wait();
            for (qsizetype i = c; opened && i < vouchers.size(); i += clients) {
                const QByteArray body = QJsonDocument(QJsonObject{{u"token"_s, vouchers.at(i).token}})
                                            .toJson(QJsonDocument::Compact);
                const QByteArray request = head + "Idempotency-Key: bench-redeem-" + QByteArray::number(i)
                                           + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
                                           + body;
                const test::HttpReply reply = connection.exchange(request);
                if (reply.status == 201)
                    ++created[static_cast<size_t>(c)];
                else if (firstFailure[static_cast<size_t>(c)].isEmpty())
                    firstFailure[static_cast<size_t>(c)] = reply.describe();
                if (reply.status == 0)
                    break;  // the connection is gone; the count shows what was lost
            }
        }));
        threads.back()->start();
    }
    connected.arrive_and_wait();
    QElapsedTimer clock;
    clock.start();
    go.count_down();
    for (const auto& thread : threads)
        thread->wait();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;

    int paid = 0;
    QString failure;
    for (int c = 0; c < clients; ++c) {
        paid += created[static_cast<size_t>(c)];
        if (failure.isEmpty())
            failure = firstFailure[static_cast<size_t>(c)];
    }
    const qint64 shopAfter = seed.balanceCents(u"shop"_s, kShopId).valueOr(-1);
    const double rate = paid / seconds;
    out() << u"Redeemed %1 of %2 vouchers in %3 s: %4 redemptions/s"_s.arg(paid).arg(vouchers.size())
                 .arg(seconds, 0, 'f', 2).arg(rate, 0, 'f', 1)
          << '\n';
    // run.sh reads this line.
    out() << "redemptions_per_second " << QString::number(rate, 'f', 1) << '\n';
    out().flush();
    if (paid != vouchers.size()) {
        fail(u"verification"_s, {u"not-all-paid"_s, u"%1 answers were not 201; the first: %2"_s
                                                       .arg(vouchers.size() - paid).arg(failure)});
        return ExitVerificationFailed;
    }
    if (shopAfter - shopBefore != m_options.amountCents * vouchers.size()) {
        fail(u"verification"_s, {u"balance"_s, u"the shop's balance rose by %1 cents, not %2"_s.arg(shopAfter - shopBefore)
                                                    .arg(m_options.amountCents * vouchers.size())});
        return ExitVerificationFailed;
    }
    out() << "Verified: every answer was 201 and the shop's balance rose by exactly " << shopAfter - shopBefore
          << " cents.\n";
    out().flush();
    m_server.stop();
    return ExitMeasured;
}

} // namespace buurtmunt::bench
