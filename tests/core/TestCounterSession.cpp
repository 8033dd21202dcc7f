// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "CounterTestSupport.h"

#include "core/counter/CounterSession.h"
#include "core/counter/CounterTodayModel.h"
#include "core/domain/Clock.h"
#include "core/domain/Crypto.h"
#include "core/domain/VoucherToken.h"
#include "core/store/LocalStore.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::test;

// The counter PC against the real server: local signature check before any
// request, online redemption by token and by typed code, the refusals a
// shopkeeper sees, and the camera's repeat filter.
class TestCounterSession : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void startLoadsShopPolicyAndKeys();
    void alteredDigitIsRefusedWithoutAskingTheServer();
    void expiredTokenIsRefusedLocally();
    void scannedTokenIsRedeemedAndShowsInBalanceAndToday();
    void typedManualCodeIsRedeemed();
    void secondScanSaysAlreadyRedeemedAndWhen();
    void cameraRepeatIsIgnoredButScannerIsNot();
    void noiseIsNotAVoucher_data();
    void noiseIsNotAVoucher();
    void busySessionIgnoresFurtherCodes();
    void newSigningKeyIsFetchedBeforeRefusing();
    void tokenSignedByAStrangerIsForged();

private:
    ScanOutcome submitAndWait(const QString& text, ScanSource source);
    QJsonObject newVoucher(qint64 cents);

    ServerProcess m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<VoucherMint> m_mint;
    Enrolment m_enrolment;
    QString m_secret;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<CounterSession> m_session;
};

void TestCounterSession::initTestCase()
{
    QVERIFY2(m_server.start(ServerProcess::Options::withDemoData()), qPrintable(m_server.errorString()));
    QString error;
    QVERIFY2(setServerSetting(m_server, u"voucher.maxOpen"_s, u"100"_s, &error), qPrintable(error));
    m_mint = std::make_unique<VoucherMint>(m_server, &m_network);
    QVERIFY2(m_mint->setUp(&error), qPrintable(error));
    QVERIFY2(m_mint->fund(u"Joep Vliegen"_s, {1, 6}, &error), qPrintable(error));
    auto enrolment = enrolCounter(m_server, &m_network, 1, &m_secret, &error);
    QVERIFY2(enrolment, qPrintable(error));
    m_enrolment = *enrolment;
}

void TestCounterSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<LocalStore>(m_dir->path());
    QVERIFY(m_store->open().ok());
    QVERIFY(m_store->saveEnrolment(m_enrolment).ok());
    m_api = std::make_unique<ApiClient>(&m_network);
    pinTo(*m_api, m_server);
    m_api->setDeviceCredentials(m_enrolment.deviceId.value(), m_secret);
    m_api->setRole(u"counter"_s);
    m_session = std::make_unique<CounterSession>(m_api.get(), m_store.get(), m_enrolment);
    QSignalSpy refreshed(m_session.get(), &CounterSession::refreshed);
    QSignalSpy failed(m_session.get(), &CounterSession::refreshFailed);
    m_session->start();
    QVERIFY(refreshed.wait(20000));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().value<Error>().message));
}

void TestCounterSession::cleanup()
{
    m_session.reset();
    m_api.reset();
    m_store.reset();
    m_dir.reset();
    Clock::setInstance(nullptr);
}

QJsonObject TestCounterSession::newVoucher(qint64 cents)
{
    QString error;
    const QJsonObject voucher = m_mint->voucher(cents, &error);
    if (voucher.isEmpty())
        qWarning("making a voucher failed: %s", qPrintable(error));
    return voucher;
}

ScanOutcome TestCounterSession::submitAndWait(const QString& text, ScanSource source)
{
    QSignalSpy outcomes(m_session.get(), &CounterSession::outcome);
    if (!m_session->submitCode(text, source))
        return ScanOutcome{};
    if (outcomes.isEmpty() && !outcomes.wait(20000))
        return ScanOutcome{};
    // Exactly one outcome per accepted submission.
    QTest::qWait(50);
    if (outcomes.size() != 1)
        qWarning("%d outcomes for one code", int(outcomes.size()));
    return outcomes.first().first().value<ScanOutcome>();
}

void TestCounterSession::startLoadsShopPolicyAndKeys()
{
    QVERIFY(m_session->shop().isValid());
    QCOMPARE(m_session->shop().id, ShopId(1));
    QCOMPARE(m_session->shop().name, u"Bakkerij Bongers"_s);
    QVERIFY(m_session->shop().iban.startsWith(u"NL"_s));
    QVERIFY(m_session->isOnline());
    // The municipality has not switched offline acceptance on.
    QVERIFY(!m_session->policy().enabled);
    QVERIFY(!m_session->enrolment().voucherKeys.isEmpty());
    // ... and the store has what the device answer said, for a restart offline.
    const auto stored = m_store->enrolment();
    QVERIFY(stored.ok() && stored->has_value());
    QCOMPARE(stored->value().voucherKeys, m_session->enrolment().voucherKeys);
}

void TestCounterSession::alteredDigitIsRefusedWithoutAskingTheServer()
{
    const QJsonObject voucher = newVoucher(150);
    QString token = voucher.value(u"token"_s).toString();
    QCOMPARE(token.size(), 217);
    // A digit inside the signature: the text still decodes, the signature fails.
    const int at = 120;
    token[at] = QChar(u'0' + (token.at(at).digitValue() + 1) % 10);
    QTest::qWait(200);
    const int before = redemptionRequests(m_server);

    const ScanOutcome outcome = submitAndWait(token, ScanSource::Scanner);
    QCOMPARE(outcome.kind, ScanOutcome::Refused);
    QCOMPARE(outcome.refusal, u"forged"_s);
    QVERIFY2(outcome.reason == u"bad-signature"_s || outcome.reason == u"malformed"_s, qPrintable(outcome.reason));
    QTest::qWait(300);
    QCOMPARE(redemptionRequests(m_server), before);

    // The untouched token does reach the server: the count above can move.
    const ScanOutcome real = submitAndWait(voucher.value(u"token"_s).toString(), ScanSource::Scanner);
    QCOMPARE(real.kind, ScanOutcome::Accepted);
    QTRY_COMPARE_WITH_TIMEOUT(redemptionRequests(m_server), before + 1, 5000);
}

void TestCounterSession::expiredTokenIsRefusedLocally()
{
    const QJsonObject voucher = newVoucher(120);
    const QDate expiresOn = QDate::fromString(voucher.value(u"expiresOn"_s).toString(), Qt::ISODate);
    QVERIFY(expiresOn.isValid());
    ManualClock late(QDateTime(expiresOn.addDays(2), QTime(12, 0), Qt::UTC));
    Clock::setInstance(&late);
    const int before = redemptionRequests(m_server);
    const ScanOutcome outcome = submitAndWait(voucher.value(u"token"_s).toString(), ScanSource::Scanner);
    Clock::setInstance(nullptr);
    QCOMPARE(outcome.kind, ScanOutcome::Refused);
    QCOMPARE(outcome.refusal, u"expired"_s);
    QCOMPARE(outcome.expiresOn, expiresOn);
    QCOMPARE(outcome.amount, Coins(120));
    QTest::qWait(200);
    QCOMPARE(redemptionRequests(m_server), before);
}

void TestCounterSession::scannedTokenIsRedeemedAndShowsInBalanceAndToday()
{
    const Coins balanceBefore = m_session->shop().balance;
    const int todayBefore = m_session->shop().todayCount;
    const QJsonObject voucher = newVoucher(275);
    QSignalSpy shopChanged(m_session.get(), &CounterSession::shopChanged);

    const ScanOutcome outcome = submitAndWait(voucher.value(u"token"_s).toString(), ScanSource::Scanner);
    QCOMPARE(outcome.kind, ScanOutcome::Accepted);
    QCOMPARE(outcome.amount, Coins(275));
    QCOMPARE(outcome.voucherId, voucher.value(u"id"_s).toString());
    QVERIFY(outcome.refusal.isEmpty());

    QTRY_COMPARE_WITH_TIMEOUT(m_session->shop().balance, Coins(balanceBefore.cents() + 275), 10000);
    QCOMPARE(m_session->shop().todayCount, todayBefore + 1);
    const CounterTodayModel* today = m_session->todayModel();
    QVERIFY(today->rowCount() >= 1);
    QCOMPARE(today->redemptionAt(0).voucherId, voucher.value(u"id"_s).toString());
    QCOMPARE(today->redemptionAt(0).state, CounterRedemption::State::Confirmed);
    QCOMPARE(today->index(0, 0).data(CounterTodayModel::AmountCentsRole).toLongLong(), 275);
}

void TestCounterSession::typedManualCodeIsRedeemed()
{
    const QJsonObject voucher = newVoucher(330);
    const Coins balanceBefore = m_session->shop().balance;
    // As the shopkeeper types it from the slip: grouped, in lower case.
    const QString typed = voucher.value(u"manualCodeDisplay"_s).toString().toLower();
    QVERIFY(!typed.isEmpty());
    const ScanOutcome outcome = submitAndWait(u"  "_s + typed + u" "_s, ScanSource::Typed);
    QCOMPARE(outcome.kind, ScanOutcome::Accepted);
    QCOMPARE(outcome.source, ScanSource::Typed);
    // The amount comes from the server: a typed code says nothing about it.
    QCOMPARE(outcome.amount, Coins(330));
    QCOMPARE(outcome.voucherId, voucher.value(u"id"_s).toString());
    QTRY_COMPARE_WITH_TIMEOUT(m_session->shop().balance, Coins(balanceBefore.cents() + 330), 10000);
}

void TestCounterSession::secondScanSaysAlreadyRedeemedAndWhen()
{
    const QJsonObject voucher = newVoucher(140);
    const QString token = voucher.value(u"token"_s).toString();
    const ScanOutcome first = submitAndWait(token, ScanSource::Scanner);
    QCOMPARE(first.kind, ScanOutcome::Accepted);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 5000);
    const Coins balance = m_session->shop().balance;

    const ScanOutcome second = submitAndWait(token, ScanSource::Scanner);
    QCOMPARE(second.kind, ScanOutcome::Refused);
    QCOMPARE(second.refusal, u"voucher-already-redeemed"_s);
    QVERIFY(second.redeemedAt.isValid());
    QVERIFY(qAbs(second.redeemedAt.secsTo(first.redeemedAt)) <= 1);
    QCOMPARE(second.redeemedHere, std::optional<bool>(true));
    QTest::qWait(300);
    QCOMPARE(m_session->shop().balance, balance);
}

void TestCounterSession::cameraRepeatIsIgnoredButScannerIsNot()
{
    const QJsonObject voucher = newVoucher(110);
    const QString token = voucher.value(u"token"_s).toString();
    QCOMPARE(submitAndWait(token, ScanSource::Camera).kind, ScanOutcome::Accepted);

    // The slip is still in front of the lens: the same frames keep decoding.
    QSignalSpy outcomes(m_session.get(), &CounterSession::outcome);
    QVERIFY(!m_session->submitCode(token, ScanSource::Camera));
    QVERIFY(!m_session->submitCode(u"\n"_s + token + u"\n"_s, ScanSource::Camera));
    QTest::qWait(300);
    QCOMPARE(outcomes.size(), 0);

    // A deliberate scan with the hand scanner is always answered.
    const ScanOutcome again = submitAndWait(token, ScanSource::Scanner);
    QCOMPARE(again.kind, ScanOutcome::Refused);
    QCOMPARE(again.refusal, u"voucher-already-redeemed"_s);
}

void TestCounterSession::noiseIsNotAVoucher_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("scanner noise") << u"]Q1%&*"_s << u"bad-character"_s;
    QTest::newRow("a short number") << u"12345"_s << u"wrong-length"_s;
    QTest::newRow("a token cut short") << QString(216, u'7') << u"wrong-length"_s;
    QTest::newRow("a web address") << u"https://heerlen.nl/buurtmunt"_s << u"bad-character"_s;
}

void TestCounterSession::noiseIsNotAVoucher()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const int before = redemptionRequests(m_server);
    const ScanOutcome outcome = submitAndWait(text, ScanSource::Scanner);
    QCOMPARE(outcome.kind, ScanOutcome::Refused);
    QCOMPARE(outcome.refusal, u"not-a-voucher"_s);
    QVERIFY2(!outcome.reason.isEmpty(), qPrintable(outcome.message));
    Q_UNUSED(reason)
    QTest::qWait(100);
    QCOMPARE(redemptionRequests(m_server), before);
}

void TestCounterSession::busySessionIgnoresFurtherCodes()
{
    // A manual code whose check character is wrong is named, not sent.
    const QJsonObject voucher = newVoucher(105);
    QString code = voucher.value(u"manualCode"_s).toString();
    const QChar last = code.back();
    code.back() = last == u'A' ? u'B' : u'A';
    const ScanOutcome mistyped = submitAndWait(code, ScanSource::Typed);
    QCOMPARE(mistyped.refusal, u"not-a-voucher"_s);
    QCOMPARE(mistyped.reason, u"bad-check-character"_s);

    QSignalSpy outcomes(m_session.get(), &CounterSession::outcome);
    QSignalSpy busy(m_session.get(), &CounterSession::busyChanged);
    QVERIFY(m_session->submitCode(voucher.value(u"token"_s).toString(), ScanSource::Scanner));
    QVERIFY(m_session->isBusy());
    QVERIFY(!m_session->submitCode(voucher.value(u"manualCode"_s).toString(), ScanSource::Typed));
    QVERIFY(outcomes.wait(20000));
    QTest::qWait(300);
    QCOMPARE(outcomes.size(), 1);
    QCOMPARE(outcomes.first().first().value<ScanOutcome>().kind, ScanOutcome::Accepted);
    QCOMPARE(busy.size(), 2);
    QVERIFY(!m_session->isBusy());
}

void TestCounterSession::newSigningKeyIsFetchedBeforeRefusing()
{
    // A counter that last saw the server before it rotated its key.
    Enrolment stale = m_enrolment;
    stale.voucherKeys = {{77, QByteArray(32, 'x')}};
    CounterSession session(m_api.get(), m_store.get(), stale);
    const QJsonObject voucher = newVoucher(125);
    QSignalSpy outcomes(&session, &CounterSession::outcome);
    QVERIFY(session.submitCode(voucher.value(u"token"_s).toString(), ScanSource::Scanner));
    QVERIFY(outcomes.wait(20000));
    const ScanOutcome outcome = outcomes.first().first().value<ScanOutcome>();
    QCOMPARE(outcome.kind, ScanOutcome::Accepted);
    QCOMPARE(outcome.amount, Coins(125));
    QCOMPARE(session.enrolment().voucherKeys, m_enrolment.voucherKeys);
    // ... and kept for the next start without network.
    QCOMPARE(m_store->enrolment()->value().voucherKeys, m_enrolment.voucherKeys);
}

void TestCounterSession::tokenSignedByAStrangerIsForged()
{
    const VoucherKeyPair stranger = VoucherKeyPair::generate(m_enrolment.voucherKeys.firstKey());
    const QString token =
        VoucherCodec::encode(VoucherClaims{stranger.keyId(), crypto::randomBytes(16), Coins(1000), CounterSession::localToday().addDays(30)},
                             stranger)
            .value();
    QTest::qWait(200);
    const int before = redemptionRequests(m_server);
    const ScanOutcome outcome = submitAndWait(token, ScanSource::Camera);
    QCOMPARE(outcome.kind, ScanOutcome::Refused);
    QCOMPARE(outcome.refusal, u"forged"_s);
    QCOMPARE(outcome.reason, u"bad-signature"_s);
    QCOMPARE(outcome.amount, Coins(1000));
    QTest::qWait(200);
    QCOMPARE(redemptionRequests(m_server), before);
}

QTEST_GUILESS_MAIN(TestCounterSession)
#include "TestCounterSession.moc"
