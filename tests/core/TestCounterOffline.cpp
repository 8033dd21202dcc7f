// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "CounterTestSupport.h"
#include "TcpRelay.h"

#include "core/counter/CounterSession.h"
#include "core/counter/CounterTodayModel.h"
#include "core/staff/StaffSession.h"
#include "core/store/LocalStore.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::test;
using namespace std::chrono_literals;

// Acceptance 5: the counter with its network cable pulled (a relay between
// it and the real server is cut). Offline acceptance is off by default; when
// the municipality switches it on, small vouchers are accepted and queued,
// and each queued redemption reaches the server exactly once, also across a
// restart. A voucher spent offline at two counters ends as a conflict staff see.
class TestCounterOffline : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void offlineIsOffByDefault();
    void offlineRulesThenExactlyOnceDelivery();
    void queueSurvivesARestart();
    void doubleSpendAtTwoCountersReachesStaff();

private:
    // One counter PC: its own store, network client and session.
    struct Counter {
        std::unique_ptr<QTemporaryDir> dir;
        std::unique_ptr<LocalStore> store;
        std::unique_ptr<ApiClient> api;
        std::unique_ptr<CounterSession> session;
        Enrolment enrolment;
        QString secret;
    };

    bool makeCounter(Counter& counter, qint64 shopId);
    bool startSession(Counter& counter);
    static ScanOutcome submitAndWait(CounterSession& session, const QString& token);
    QString token(qint64 cents);
    bool enableOffline();
    QList<QJsonObject> serverRedemptions(Counter& counter, const QString& voucherId);
    qint64 serverBalance(Counter& counter);
    bool ledgerIsConsistent();

    ServerProcess m_server;
    QNetworkAccessManager m_network;
    TcpRelay m_relay;
    std::unique_ptr<VoucherMint> m_mint;
    Counter m_counter;
    QHash<QString, QString> m_voucherIds;  // token -> id
};

void TestCounterOffline::initTestCase()
{
    QVERIFY2(m_server.start(ServerProcess::Options::withDemoData()), qPrintable(m_server.errorString()));
    QVERIFY(m_relay.start(quint16(m_server.url().port())));
    QString error;
    QVERIFY2(setServerSetting(m_server, u"voucher.maxOpen"_s, u"100"_s, &error), qPrintable(error));
    m_mint = std::make_unique<VoucherMint>(m_server, &m_network);
    QVERIFY2(m_mint->setUp(&error), qPrintable(error));
    // 73 coins: room for one voucher over the floor limit and several under it.
    QVERIFY2(m_mint->fund(u"Joep Vliegen"_s, {1, 2, 3, 5, 6, 7}, &error), qPrintable(error));
    QVERIFY(makeCounter(m_counter, 1));
}

void TestCounterOffline::cleanup()
{
    m_relay.restore();
}

bool TestCounterOffline::makeCounter(Counter& counter, qint64 shopId)
{
    QString error;
    auto enrolment = enrolCounter(m_server, &m_network, shopId, &counter.secret, &error);
    if (!enrolment) {
        qWarning("enrolling a counter failed: %s", qPrintable(error));
        return false;
    }
    counter.enrolment = *enrolment;
    counter.dir = std::make_unique<QTemporaryDir>();
    counter.store = std::make_unique<LocalStore>(counter.dir->path());
    return counter.store->open().ok() && counter.store->saveEnrolment(counter.enrolment).ok();
}

bool TestCounterOffline::startSession(Counter& counter)
{
    counter.session.reset();
    counter.api = std::make_unique<ApiClient>(&m_network);
    // Through the relay, so the test can pull the cable; same certificate.
    counter.api->setBaseUrl(m_relay.urlFor(m_server.url()));
    counter.api->setPinnedFingerprint(m_server.fingerprint());
    counter.api->setDeviceCredentials(counter.enrolment.deviceId.value(), counter.secret);
    counter.api->setRole(u"counter"_s);
    const auto stored = counter.store->enrolment();
    if (!stored.ok() || !stored->has_value())
        return false;
    counter.session = std::make_unique<CounterSession>(counter.api.get(), counter.store.get(), stored->value());
    counter.session->setProbeInterval(300ms);
    counter.session->setRetryPolicy(RetryPolicy(7));
    QSignalSpy refreshed(counter.session.get(), &CounterSession::refreshed);
    counter.session->start();
    return refreshed.wait(20000);
}

ScanOutcome TestCounterOffline::submitAndWait(CounterSession& session, const QString& token)
{
    QSignalSpy outcomes(&session, &CounterSession::outcome);
    if (!session.submitCode(token, ScanSource::Scanner))
        return ScanOutcome{};
    if (outcomes.isEmpty() && !outcomes.wait(20000))
        return ScanOutcome{};
    return outcomes.first().first().value<ScanOutcome>();
}

QString TestCounterOffline::token(qint64 cents)
{
    QString error;
    const QJsonObject voucher = m_mint->voucher(cents, &error);
    if (voucher.isEmpty())
        qWarning("making a voucher failed: %s", qPrintable(error));
    const QString text = voucher.value(u"token"_s).toString();
    m_voucherIds.insert(text, voucher.value(u"id"_s).toString());
    return text;
}

bool TestCounterOffline::enableOffline()
{
    QString error;
    const bool ok = setServerSetting(m_server, u"counter.offline.enabled"_s, u"true"_s, &error)
                    && setServerSetting(m_server, u"counter.offline.floorLimitCents"_s, u"2500"_s, &error)
                    && setServerSetting(m_server, u"counter.offline.maxConsecutive"_s, u"3"_s, &error);
    if (!ok)
        qWarning("setting: %s", qPrintable(error));
    return ok;
}

QList<QJsonObject> TestCounterOffline::serverRedemptions(Counter& counter, const QString& voucherId)
{
    ApiClient direct(&m_network);
    pinTo(direct, m_server);
    direct.setDeviceCredentials(counter.enrolment.deviceId.value(), counter.secret);
    const ApiResult result = waitFor(direct.get(u"/v1/shop/redemptions"_s));
    QList<QJsonObject> found;
    const QJsonArray items = result.body.object().value(u"items"_s).toArray();
    for (const QJsonValue& item : items) {
        if (item.toObject().value(u"voucherId"_s).toString() == voucherId)
            found.append(item.toObject());
    }
    return found;
}

qint64 TestCounterOffline::serverBalance(Counter& counter)
{
    ApiClient direct(&m_network);
    pinTo(direct, m_server);
    direct.setDeviceCredentials(counter.enrolment.deviceId.value(), counter.secret);
    const ApiResult result = waitFor(direct.get(u"/v1/shop"_s));
    return result.body.object().value(u"shop"_s).toObject().value(u"balanceCents"_s).toInteger(-1);
}

bool TestCounterOffline::ledgerIsConsistent()
{
    QByteArray out;
    QByteArray err;
    const int code = m_server.runCli({u"ledger"_s, u"check"_s, u"--data-dir"_s, m_server.dataDir()}, &out, &err);
    if (code != 0)
        qWarning("ledger check: %d %s %s", code, out.constData(), err.constData());
    return code == 0;
}

void TestCounterOffline::offlineIsOffByDefault()
{
    QVERIFY(startSession(m_counter));
    CounterSession& session = *m_counter.session;
    QVERIFY(!session.policy().enabled);
    const QString small = token(300);

    m_relay.cut();
    const ScanOutcome outcome = submitAndWait(session, small);
    QCOMPARE(outcome.kind, ScanOutcome::Refused);
    QCOMPARE(outcome.refusal, u"needs-network"_s);
    QCOMPARE(outcome.amount, Coins(300));
    QVERIFY(!session.isOnline());
    QCOMPARE(session.queuedCount(), 0);

    // Back online, the very same slip pays: nothing was taken from it.
    m_relay.restore();
    QTRY_VERIFY_WITH_TIMEOUT(session.isOnline(), 10000);
    QCOMPARE(submitAndWait(session, small).kind, ScanOutcome::Accepted);
}

void TestCounterOffline::offlineRulesThenExactlyOnceDelivery()
{
    QVERIFY(enableOffline());
    CounterSession& session = *m_counter.session;
    QSignalSpy policyChanged(&session, &CounterSession::policyChanged);
    session.refresh();
    QVERIFY(policyChanged.wait(10000));
    QVERIFY(session.policy().enabled);
    QCOMPARE(session.policy().floorLimit, Coins(2500));
    QCOMPARE(session.policy().maxConsecutive, 3);

    const QString a = token(500);
    const QString over = token(2501);
    const QString c = token(250);
    const QString d = token(2500);  // exactly the floor limit is allowed
    const QString e = token(100);
    const qint64 balanceBefore = serverBalance(m_counter);
    QVERIFY(balanceBefore >= 0);

    QTest::qWait(200);
    const int requestsBefore = redemptionRequests(m_server);
    m_relay.cut();
    ScanOutcome outcome = submitAndWait(session, a);
    QCOMPARE(outcome.kind, ScanOutcome::AcceptedOffline);
    QCOMPARE(outcome.amount, Coins(500));
    QVERIFY(outcome.offlineAcceptedAt.isValid());
    QCOMPARE(session.queuedCount(), 1);

    outcome = submitAndWait(session, over);
    QCOMPARE(outcome.kind, ScanOutcome::Refused);
    QCOMPARE(outcome.refusal, u"over-floor-limit"_s);

    outcome = submitAndWait(session, a);
    QCOMPARE(outcome.kind, ScanOutcome::Refused);
    QCOMPARE(outcome.refusal, u"already-redeemed-here"_s);

    QCOMPARE(submitAndWait(session, c).kind, ScanOutcome::AcceptedOffline);
    QCOMPARE(submitAndWait(session, d).kind, ScanOutcome::AcceptedOffline);
    QCOMPARE(session.consecutiveOffline(), 3);
    outcome = submitAndWait(session, e);
    QCOMPARE(outcome.kind, ScanOutcome::Refused);
    QCOMPARE(outcome.refusal, u"offline-limit-reached"_s);
    QCOMPARE(session.queuedCount(), 3);

    // A typed code proves nothing by itself: offline it always needs the server.
    QString error;
    const QJsonObject typed = m_mint->voucher(10, &error);
    QVERIFY2(!typed.isEmpty(), qPrintable(error));
    QSignalSpy typedOutcome(&session, &CounterSession::outcome);
    QVERIFY(session.submitCode(typed.value(u"manualCodeDisplay"_s).toString(), ScanSource::Typed));
    QVERIFY(typedOutcome.wait(20000));
    QCOMPARE(typedOutcome.first().first().value<ScanOutcome>().refusal, u"needs-network"_s);
    QCOMPARE(session.queuedCount(), 3);

    // The counter's list shows the three as queued, newest first.
    const CounterTodayModel* today = session.todayModel();
    int queuedRows = 0;
    for (int row = 0; row < today->rowCount(); ++row)
        queuedRows += today->redemptionAt(row).state == CounterRedemption::State::Queued ? 1 : 0;
    QCOMPARE(queuedRows, 3);
    QCOMPARE(redemptionRequests(m_server), requestsBefore);

    QSignalSpy confirmed(&session, &CounterSession::queuedRedemptionConfirmed);
    QSignalSpy refused(&session, &CounterSession::queuedRedemptionRefused);
    m_relay.restore();
    QTRY_COMPARE_WITH_TIMEOUT(session.queuedCount(), 0, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(confirmed.size(), 3, 5000);
    QCOMPARE(refused.size(), 0);
    QVERIFY(session.isOnline());
    QCOMPARE(session.consecutiveOffline(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(redemptionRequests(m_server), requestsBefore + 3, 5000);

    // Exactly once each on the server, and the shop got exactly their sum.
    for (const QString& text : {a, c, d}) {
        const QList<QJsonObject> rows = serverRedemptions(m_counter, m_voucherIds.value(text));
        QCOMPARE(rows.size(), 1);
        QVERIFY(!rows.first().value(u"offlineAcceptedAt"_s).isNull());
    }
    QCOMPARE(serverRedemptions(m_counter, m_voucherIds.value(over)).size(), 0);
    QCOMPARE(serverBalance(m_counter), balanceBefore + 500 + 250 + 2500);
    QTRY_COMPARE_WITH_TIMEOUT(session.shop().balance, Coins(balanceBefore + 3250), 5000);
    const auto pending = m_counter.store->outboxItems(OutboxItem::State::Pending);
    QVERIFY(pending.ok());
    QCOMPARE(pending->size(), 0);
    QVERIFY(ledgerIsConsistent());

    // Online again, the refused ones can simply be scanned.
    QCOMPARE(submitAndWait(session, e).kind, ScanOutcome::Accepted);
}

void TestCounterOffline::queueSurvivesARestart()
{
    const QString f = token(400);
    const qint64 balanceBefore = serverBalance(m_counter);
    m_relay.cut();
    QCOMPARE(submitAndWait(*m_counter.session, f).kind, ScanOutcome::AcceptedOffline);
    QCOMPARE(m_counter.store->consecutiveOffline().valueOr(-1), 1);

    // The PC is switched off while the network is still out.
    m_counter.session.reset();
    m_counter.api.reset();
    m_counter.store = std::make_unique<LocalStore>(m_counter.dir->path());
    QVERIFY(m_counter.store->open().ok());
    QCOMPARE(m_counter.store->consecutiveOffline().valueOr(-1), 1);

    m_relay.restore();
    QVERIFY(startSession(m_counter));
    QTRY_COMPARE_WITH_TIMEOUT(m_counter.session->queuedCount(), 0, 20000);
    QCOMPARE(serverRedemptions(m_counter, m_voucherIds.value(f)).size(), 1);
    QCOMPARE(serverBalance(m_counter), balanceBefore + 400);
    QCOMPARE(m_counter.store->outboxItems(OutboxItem::State::Pending)->size(), 0);
    QCOMPARE(m_counter.store->outboxItems(OutboxItem::State::Sent)->size(), 4);
    QVERIFY(ledgerIsConsistent());
}

void TestCounterOffline::doubleSpendAtTwoCountersReachesStaff()
{
    Counter second;
    QVERIFY(makeCounter(second, 2));
    QVERIFY(startSession(second));
    QVERIFY(second.session->policy().enabled);
    CounterSession& first = *m_counter.session;

    // The resident shows the same slip (or a copy) at two shops while the
    // network is down for both.
    const QString g = token(700);
    m_relay.cut();
    QCOMPARE(submitAndWait(first, g).kind, ScanOutcome::AcceptedOffline);
    QCOMPARE(submitAndWait(*second.session, g).kind, ScanOutcome::AcceptedOffline);

    QSignalSpy firstConfirmed(&first, &CounterSession::queuedRedemptionConfirmed);
    QSignalSpy firstRefused(&first, &CounterSession::queuedRedemptionRefused);
    QSignalSpy secondConfirmed(second.session.get(), &CounterSession::queuedRedemptionConfirmed);
    QSignalSpy secondRefused(second.session.get(), &CounterSession::queuedRedemptionRefused);
    m_relay.restore();
    QTRY_COMPARE_WITH_TIMEOUT(first.queuedCount() + second.session->queuedCount(), 0, 20000);

    QCOMPARE(firstConfirmed.size() + secondConfirmed.size(), 1);
    QCOMPARE(firstRefused.size() + secondRefused.size(), 1);
    const ScanOutcome loser = (firstRefused.isEmpty() ? secondRefused : firstRefused).first().first().value<ScanOutcome>();
    QCOMPARE(loser.refusal, u"voucher-offline-conflict"_s);
    QCOMPARE(loser.voucherId, m_voucherIds.value(g));
    QCOMPARE(loser.amount, Coins(700));

    // The losing counter's list keeps the row, marked refused.
    CounterSession& losing = firstRefused.isEmpty() ? *second.session : first;
    bool markedRefused = false;
    for (int row = 0; row < losing.todayModel()->rowCount(); ++row) {
        const CounterRedemption& item = losing.todayModel()->redemptionAt(row);
        if (item.voucherId == m_voucherIds.value(g))
            markedRefused = item.state == CounterRedemption::State::Refused
                            && item.refusal == u"voucher-offline-conflict"_s;
    }
    QVERIFY(markedRefused);

    // Staff see the conflict with both records.
    StaffSession staff(&m_mint->staff());
    QSignalSpy loggedIn(&staff, &StaffSession::loggedIn);
    staff.login(u"demo"_s, u"heitje-demo"_s);
    QVERIFY(loggedIn.wait(20000));
    std::optional<StaffSession::Reply<QList<VoucherConflict>>> reply;
    staff.fetchVoucherConflicts([&reply](const StaffSession::Reply<QList<VoucherConflict>>& r) { reply = r; });
    QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 10000);
    QVERIFY2(reply->ok(), qPrintable(reply->errorCode()));
    const QList<VoucherConflict> conflicts = *reply->value;
    auto it = std::find_if(conflicts.cbegin(), conflicts.cend(),
                           [&](const VoucherConflict& c) { return c.voucherId == m_voucherIds.value(g); });
    QVERIFY(it != conflicts.cend());
    QCOMPARE(it->amount, Coins(700));
    QCOMPARE(it->reason, u"already-redeemed"_s);
    QVERIFY(it->first.has_value());
    QVERIFY(it->first->offlineAcceptedAt.isValid());
    QVERIFY(it->second.offlineAcceptedAt.isValid());
    const QSet<qint64> shops{it->first->shopId, it->second.shopId};
    QCOMPARE(shops, (QSet<qint64>{1, 2}));
    QVERIFY(ledgerIsConsistent());
}

QTEST_GUILESS_MAIN(TestCounterOffline)
#include "TestCounterOffline.moc"
