// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "CoreTestSession.h"
#include "ResidentTestSupport.h"

#include "core/domain/Clock.h"
#include "core/domain/PassToken.h"
#include "core/net/ApiClient.h"
#include "core/resident/ResidentClaimsModel.h"
#include "core/resident/ResidentHistoryModel.h"
#include "core/resident/ResidentSession.h"
#include "core/resident/ResidentVoucherModel.h"
#include "core/resident/SessionIdleGuard.h"

#include <QNetworkAccessManager>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::test;
using namespace std::chrono_literals;

// A resident's kiosk visit through the real server: log in, see earnings,
// claim, mark done, release, be refused at the cap, log out with nothing left.
// The idle guard runs on a manual clock.
class TestResidentSession : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void loginShowsNameAndEarnings();
    void typoInPassIsNamedWithoutAskingTheServer();
    void wrongPinSaysHowManyTriesAreLeft();
    void claimSubmitAndRelease();
    void capRefusalCarriesTheRemainingRoom();
    void sameTapAfterNetworkFailureReusesTheKey();
    void logoutEndsTheServerSessionAndWipes();
    void wipeWorksWhenTheServerIsGone();
    void serverEndedSessionLogsOut();
    void voucherMakeListCancelAndRefusals();

    void idleGuardWarnsEverySecondThenTimesOut();
    void idleGuardInputAndExtendReset();
    void idleGuardHardLimitEndsABusySession();

private:
    bool logIn(ResidentSession& session, const QString& name);

    ServerProcess m_server;
    QNetworkAccessManager m_network;
    std::optional<EnrolledDevice> m_kiosk;
    QHash<QString, QPair<QString, QString>> m_residents;
    std::unique_ptr<ApiClient> m_api;
};

void TestResidentSession::initTestCase()
{
    QVERIFY2(m_server.start(ServerProcess::Options::withDemoData()), qPrintable(m_server.errorString()));
    QString error;
    m_kiosk = enrolDirectly(m_server, &m_network, u"kiosk"_s, &error);
    QVERIFY2(m_kiosk, qPrintable(error));
    m_residents = demoResidents(m_server);
    QVERIFY2(m_residents.size() >= 4, qPrintable(m_server.standardOutput()));
}

void TestResidentSession::init()
{
    m_api = std::make_unique<ApiClient>(&m_network);
    pinTo(*m_api, m_server);
    m_api->setDeviceCredentials(m_kiosk->deviceId, m_kiosk->secret);
    m_api->setRole(u"kiosk"_s);
}

void TestResidentSession::cleanup()
{
    m_api.reset();
    Clock::setInstance(nullptr);
}

void TestResidentSession::cleanupTestCase()
{
    m_server.stop();
}

bool TestResidentSession::logIn(ResidentSession& session, const QString& name)
{
    QSignalSpy updated(&session, &ResidentSession::updated);
    QSignalSpy failed(&session, &ResidentSession::loginFailed);
    const auto [pass, pin] = m_residents.value(name);
    session.login(pass, pin);
    if (!QTest::qWaitFor([&] { return !updated.isEmpty() || !failed.isEmpty(); }, 20000))
        return false;
    if (!failed.isEmpty())
        qWarning("login failed: %s", qPrintable(failed.first().first().value<LoginRefusal>().error.message));
    return !updated.isEmpty();
}

void TestResidentSession::loginShowsNameAndEarnings()
{
    ResidentSession session(m_api.get());
    QSignalSpy loggedIn(&session, &ResidentSession::loggedIn);
    QVERIFY(logIn(session, u"Joep Vliegen"_s));
    QCOMPARE(loggedIn.size(), 1);
    QVERIFY(session.isLoggedIn());
    QVERIFY(m_api->hasSessionToken());
    QCOMPARE(session.displayName(), u"Joep Vliegen"_s);
    QCOMPARE(session.firstName(), u"Joep"_s);
    QCOMPARE(session.neighbourhood(), u"Centrum"_s);
    QCOMPARE(session.idleTimeout(), 90s);
    QVERIFY(session.expiresAt() > QDateTime::currentDateTimeUtc());
    const Earnings& e = session.earnings();
    QVERIFY(e.isValid());
    QCOMPARE(e.yearlyCapCents, 150000);
    QCOMPARE(e.balanceCents, 0);
    QCOMPARE(e.remainingYearCents, 150000 - e.committedThisYearCents());
    QVERIFY(qAbs(e.asOf.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QVERIFY(!session.isBusy());
    session.logout();
}

void TestResidentSession::typoInPassIsNamedWithoutAskingTheServer()
{
    ResidentSession session(m_api.get());
    QSignalSpy failed(&session, &ResidentSession::loginFailed);
    QString pass = m_residents.value(u"Ria Schepers"_s).first;
    // One changed character: the check character catches it locally.
    const int at = pass.indexOf(QRegularExpression(u"[0-9A-X]"_s));
    pass[at] = pass.at(at) == u'7' ? u'8' : u'7';
    session.login(pass, u"8642"_s);
    QCOMPARE(failed.size(), 1);  // synchronous: nothing went to the server
    QCOMPARE(failed.first().first().value<LoginRefusal>().error.code, u"bad-check-character"_s);
    session.login(u"ABC"_s, u"8642"_s);
    QCOMPARE(failed.last().first().value<LoginRefusal>().error.code, u"wrong-length"_s);
    QVERIFY(!session.isLoggedIn());
}

void TestResidentSession::wrongPinSaysHowManyTriesAreLeft()
{
    ResidentSession session(m_api.get());
    QSignalSpy failed(&session, &ResidentSession::loginFailed);
    session.login(m_residents.value(u"Ria Schepers"_s).first, u"0000"_s);
    QVERIFY(failed.wait(20000));
    const auto refusal = failed.first().first().value<LoginRefusal>();
    QCOMPARE(refusal.error.code, u"pin-wrong"_s);
    // The typo above never reached the server: this is the first wrong PIN.
    QCOMPARE(refusal.attemptsLeft, std::optional<int>(4));
    QVERIFY(!refusal.error.message.isEmpty());
    QVERIFY(!session.isLoggedIn());
    QVERIFY(!m_api->hasSessionToken());
    // The right PIN still works and resets nothing it should not.
    QVERIFY(logIn(session, u"Ria Schepers"_s));
    session.logout();
}

void TestResidentSession::claimSubmitAndRelease()
{
    ResidentSession session(m_api.get());
    QVERIFY(logIn(session, u"Anja Dreessen"_s));
    const qint64 capBefore = session.earnings().remainingYearCents;
    QSignalSpy claimed(&session, &ResidentSession::claimed);
    QSignalSpy updated(&session, &ResidentSession::updated);
    session.claim(1);
    QVERIFY(claimed.wait(20000));
    const auto claim = claimed.first().first().value<ResidentClaim>();
    QCOMPARE(claim.taskId, TaskId(1));
    QVERIFY(claim.status == ClaimStatus::Claimed);
    QVERIFY(claim.toolboxCode.contains(u'-'));
    QVERIFY(claim.expiresAt > QDateTime::currentDateTimeUtc());
    QVERIFY(updated.wait(20000));
    ResidentClaimsModel* model = session.claimsModel();
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex row = model->index(0);
    QCOMPARE(row.data(ResidentClaimsModel::StatusRole).toString(), u"claimed"_s);
    QCOMPARE(row.data(ResidentClaimsModel::TitleRole).toString(), claim.taskTitle);
    QCOMPARE(row.data(ResidentClaimsModel::ToolboxCodeRole).toString(), claim.toolboxCode);
    QCOMPARE(session.earnings().pendingCents, claim.rewardCents);
    QCOMPARE(session.earnings().remainingYearCents, capBefore - claim.rewardCents);
    QCOMPARE(session.earnings().openClaims, 1);

    QSignalSpy submitted(&session, &ResidentSession::submitted);
    session.submit(claim.id.value(), u"  Twee lagen groen  "_s);
    QVERIFY(submitted.wait(20000));
    QVERIFY(submitted.first().first().value<ResidentClaim>().status == ClaimStatus::Submitted);
    QCOMPARE(model->index(model->rowOf(claim.id)).data(ResidentClaimsModel::NoteRole).toString(), u"Twee lagen groen"_s);
    QCOMPARE(model->index(model->rowOf(claim.id)).data(ResidentClaimsModel::CanSubmitRole).toBool(), false);

    // Marking it done twice is refused with the server's words, and changes nothing.
    QSignalSpy failed(&session, &ResidentSession::actionFailed);
    session.submit(claim.id.value(), u"nog eens"_s);
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.first().first().value<Error>().code, u"invalid-transition"_s);
    QCOMPARE(model->index(model->rowOf(claim.id)).data(ResidentClaimsModel::NoteRole).toString(), u"Twee lagen groen"_s);

    claimed.clear();
    session.claim(3);
    QVERIFY(claimed.wait(20000));
    const auto second = claimed.first().first().value<ResidentClaim>();
    QSignalSpy released(&session, &ResidentSession::released);
    session.release(second.id.value());
    QVERIFY(released.wait(20000));
    QVERIFY(released.first().first().value<ResidentClaim>().status == ClaimStatus::Released);
    QTRY_COMPARE_WITH_TIMEOUT(model->index(model->rowOf(second.id)).data(ResidentClaimsModel::StatusRole).toString(),
                              u"released"_s, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(session.earnings().openClaims, 1, 20000);
    session.logout();
}

void TestResidentSession::capRefusalCarriesTheRemainingRoom()
{
    QString error;
    QVERIFY2(setServerSetting(m_server, u"cap.yearlyCents"_s, u"2000"_s, &error), qPrintable(error));
    ResidentSession session(m_api.get());
    QVERIFY(logIn(session, u"Mohammed El Idrissi"_s));
    QCOMPARE(session.earnings().yearlyCapCents, 2000);
    QSignalSpy claimed(&session, &ResidentSession::claimed);
    QSignalSpy refused(&session, &ResidentSession::claimRefused);
    session.claim(6);  // 14 coins
    QVERIFY(claimed.wait(20000));
    session.claim(7);  // 12 more: over 20
    QVERIFY(refused.wait(20000));
    const auto refusal = refused.first().first().value<ClaimRefusal>();
    QVERIFY(refusal.isCap());
    QCOMPARE(refusal.taskId, TaskId(7));
    QCOMPARE(refusal.remainingYearCents, std::optional<qint64>(600));
    QVERIFY(refusal.remainingMonthCents.has_value());
    QVERIFY2(refusal.error.message.contains(u"6,00"_s), qPrintable(refusal.error.message));
    QTRY_COMPARE_WITH_TIMEOUT(session.claimsModel()->rowCount(), 1, 20000);
    session.logout();
    QVERIFY2(setServerSetting(m_server, u"cap.yearlyCents"_s, {}, &error), qPrintable(error));
}

void TestResidentSession::sameTapAfterNetworkFailureReusesTheKey()
{
    // A claim whose answer was lost must not become two claims when the
    // resident taps again: the retry carries the same Idempotency-Key, so the
    // server replays its first answer.
    ResidentSession session(m_api.get());
    session.setRetryPolicy(0, 10ms);
    QVERIFY(logIn(session, u"Joep Vliegen"_s));
    QSignalSpy claimed(&session, &ResidentSession::claimed);
    QSignalSpy refused(&session, &ResidentSession::claimRefused);
    // The request reaches the server, but the answer comes too late.
    m_api->setTimeout(1ms);
    session.claim(2);
    QVERIFY(refused.wait(20000));
    QVERIFY(QStringList({u"timeout"_s, u"network"_s}).contains(refused.first().first().value<ClaimRefusal>().error.code));
    m_api->setTimeout(15s);
    QTest::qWait(300);  // let the server finish the first request
    session.claim(2);
    QVERIFY(claimed.wait(20000) || !refused.isEmpty());
    QVERIFY2(refused.size() == 1, qPrintable(refused.last().first().value<ClaimRefusal>().error.message));
    QTRY_COMPARE_WITH_TIMEOUT(session.earnings().openClaims, 1, 20000);
    QCOMPARE(session.claimsModel()->rowCount(), 1);
    session.logout();
}

void TestResidentSession::logoutEndsTheServerSessionAndWipes()
{
    ResidentSession session(m_api.get());
    QVERIFY(logIn(session, u"Anja Dreessen"_s));
    QVERIFY(session.claimsModel()->rowCount() > 0);
    QSignalSpy loggedOut(&session, &ResidentSession::loggedOut);
    QSignalSpy modelReset(session.claimsModel(), &QAbstractItemModel::modelReset);
    session.logout();
    QCOMPARE(loggedOut.size(), 1);
    QCOMPARE(loggedOut.first().first().value<ResidentSession::LogoutReason>(), ResidentSession::LogoutReason::User);
    QVERIFY(!modelReset.isEmpty());
    QVERIFY(!session.isLoggedIn());
    QVERIFY(!m_api->hasSessionToken());
    QCOMPARE(session.claimsModel()->rowCount(), 0);
    QCOMPARE(session.historyModel()->rowCount(), 0);
    QVERIFY(session.displayName().isEmpty());
    QVERIFY(!session.earnings().isValid());
    QCOMPARE(session.earnings().balanceCents, 0);
    // Further actions do nothing without a session.
    QSignalSpy claimed(&session, &ResidentSession::claimed);
    session.claim(4);
    QTest::qWait(200);
    QCOMPARE(claimed.size(), 0);
}

void TestResidentSession::wipeWorksWhenTheServerIsGone()
{
    ResidentSession session(m_api.get());
    QVERIFY(logIn(session, u"Joep Vliegen"_s));
    m_api->setBaseUrl(closedPortUrl());
    QSignalSpy loggedOut(&session, &ResidentSession::loggedOut);
    session.logout(ResidentSession::LogoutReason::Idle);
    QCOMPARE(loggedOut.size(), 1);
    QCOMPARE(loggedOut.first().first().value<ResidentSession::LogoutReason>(), ResidentSession::LogoutReason::Idle);
    QCOMPARE(session.claimsModel()->rowCount(), 0);
    QVERIFY(session.displayName().isEmpty());
    QVERIFY(!m_api->hasSessionToken());
}

void TestResidentSession::serverEndedSessionLogsOut()
{
    // The same kiosk logs the resident in twice; the first session object's
    // token is ended through the second, so the server no longer knows it.
    ResidentSession first(m_api.get());
    QVERIFY(logIn(first, u"Joep Vliegen"_s));
    // End the first session on the server by the same header it uses.
    const ApiResult ended = waitFor(m_api->send("DELETE", u"/v1/sessions/current"_s, {}, ApiClient::newIdempotencyKey()));
    QVERIFY2(ended.ok(), qPrintable(ended.ok() ? QString() : ended.error->message));
    QSignalSpy loggedOut(&first, &ResidentSession::loggedOut);
    first.refresh();
    QVERIFY(loggedOut.wait(20000));
    QCOMPARE(loggedOut.first().first().value<ResidentSession::LogoutReason>(), ResidentSession::LogoutReason::Server);
    QVERIFY(!first.isLoggedIn());
    QVERIFY(!m_api->hasSessionToken());
}

void TestResidentSession::voucherMakeListCancelAndRefusals()
{
    ResidentSession session(m_api.get());
    QVERIFY(logIn(session, u"Mohammed El Idrissi"_s));
    // Earn first: task 5 pays 10 coins once staff approve it.
    QSignalSpy claimed(&session, &ResidentSession::claimed);
    session.claim(5);
    QVERIFY(claimed.wait(20000));
    const auto claim = claimed.first().first().value<ResidentClaim>();
    QSignalSpy submitted(&session, &ResidentSession::submitted);
    session.submit(claim.id.value(), {});
    QVERIFY(submitted.wait(20000));
    QString error;
    QVERIFY2(approveAsStaff(m_server, &m_network, claim.id.value(), &error), qPrintable(error));
    session.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(session.earnings().balanceCents >= 1000 && !session.isBusy(), 20000);
    const qint64 balance = session.earnings().balanceCents;

    QSignalSpy made(&session, &ResidentSession::voucherMade);
    QSignalSpy refused(&session, &ResidentSession::voucherRefused);
    session.makeVoucher(Coins(700));
    QVERIFY(made.wait(20000));
    const auto voucher = made.first().first().value<ResidentVoucher>();
    QCOMPARE(voucher.amountCents, 700);
    QVERIFY(voucher.isIssued());
    QCOMPARE(voucher.token.size(), 217);
    QCOMPARE(voucher.manualCodeDisplay.size(), 11);
    QVERIFY(voucher.expiresOn > QDate::currentDate());
    QCOMPARE(session.vouchersModel()->rowCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(session.earnings().balanceCents, balance - 700, 20000);

    // More than is left: the server's refusal carries the real balance.
    session.makeVoucher(Coins(balance));
    QVERIFY(refused.wait(20000));
    auto refusal = refused.first().first().value<VoucherRefusal>();
    QVERIFY2(refusal.isInsufficientBalance(), qPrintable(refusal.error.code));
    QCOMPARE(refusal.balanceCents, std::optional<qint64>(balance - 700));
    QCOMPARE(session.vouchersModel()->rowCount(), 1);

    // The list from the server holds the same voucher.
    session.vouchersModel()->clear();
    QSignalSpy listed(&session, &ResidentSession::vouchersUpdated);
    session.refreshVouchers();
    QVERIFY(listed.wait(20000));
    QCOMPARE(session.vouchersModel()->rowCount(), 1);
    QCOMPARE(session.vouchersModel()->voucherAt(0), voucher);

    QSignalSpy cancelled(&session, &ResidentSession::voucherCancelled);
    session.cancelVoucher(voucher.id);
    QVERIFY(cancelled.wait(20000));
    QCOMPARE(cancelled.first().first().value<ResidentVoucher>().status, u"cancelled"_s);
    QCOMPARE(session.vouchersModel()->rowCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(session.earnings().balanceCents, balance, 20000);

    // Zero is refused before the server is asked.
    refused.clear();
    session.makeVoucher(Coins(0));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().first().value<VoucherRefusal>().error.code, u"invalid-amount"_s);

    // A voucher left at logout is gone from memory with the resident.
    made.clear();
    session.makeVoucher(Coins(100));
    QVERIFY(made.wait(20000));
    QCOMPARE(session.vouchersModel()->rowCount(), 1);

    // The municipality allows one unused voucher: a second one is refused
    // with that number, and the balance stays as it was.
    QVERIFY2(setServerSetting(m_server, u"voucher.maxOpen"_s, u"1"_s, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!session.isBusy(), 20000);
    const qint64 before = session.earnings().balanceCents;
    refused.clear();
    session.makeVoucher(Coins(100));
    QVERIFY(refused.wait(20000));
    refusal = refused.first().first().value<VoucherRefusal>();
    QVERIFY2(refusal.isTooManyOpen(), qPrintable(refusal.error.code));
    QCOMPARE(refusal.maxOpen, std::optional<int>(1));
    QCOMPARE(session.vouchersModel()->rowCount(), 1);
    QCOMPARE(session.earnings().balanceCents, before);
    QVERIFY2(setServerSetting(m_server, u"voucher.maxOpen"_s, {}, &error), qPrintable(error));
    session.logout();
    QCOMPARE(session.vouchersModel()->rowCount(), 0);
}

void TestResidentSession::idleGuardWarnsEverySecondThenTimesOut()
{
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC));
    SessionIdleGuard guard(nullptr, &clock);
    QSignalSpy warning(&guard, &SessionIdleGuard::warning);
    QSignalSpy timedOut(&guard, &SessionIdleGuard::timedOut);
    guard.start();
    clock.advanceMsecs(59'000);
    guard.check();
    QCOMPARE(warning.size(), 0);
    clock.advanceMsecs(1'000);
    guard.check();
    QCOMPARE(warning.size(), 1);
    QCOMPARE(warning.last().first().toInt(), 30);
    QVERIFY(guard.isWarning());
    guard.check();  // the same second twice is one warning
    QCOMPARE(warning.size(), 1);
    for (int second = 61; second < 90; ++second) {
        clock.advanceMsecs(1'000);
        guard.check();
        QCOMPARE(warning.last().first().toInt(), 90 - second);
    }
    QCOMPARE(warning.size(), 30);
    QCOMPARE(timedOut.size(), 0);
    clock.advanceMsecs(1'000);
    guard.check();
    QCOMPARE(timedOut.size(), 1);
    QVERIFY(!guard.isRunning());
    clock.advanceMsecs(60'000);
    guard.check();
    QCOMPARE(timedOut.size(), 1);
}

void TestResidentSession::idleGuardInputAndExtendReset()
{
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC));
    SessionIdleGuard guard(nullptr, &clock);
    QSignalSpy warning(&guard, &SessionIdleGuard::warning);
    QSignalSpy ended(&guard, &SessionIdleGuard::warningEnded);
    QSignalSpy timedOut(&guard, &SessionIdleGuard::timedOut);
    guard.start();
    clock.advanceMsecs(70'000);
    guard.check();
    QCOMPARE(warning.last().first().toInt(), 20);
    guard.extend();  // "I am still here"
    QCOMPARE(ended.size(), 1);
    QVERIFY(!guard.isWarning());
    clock.advanceMsecs(59'000);
    guard.check();
    QCOMPARE(warning.size(), 1);
    // A key press anywhere in the application counts as the person being there.
    QObject target;
    QEvent press(QEvent::KeyPress);
    QCoreApplication::sendEvent(&target, &press);
    clock.advanceMsecs(59'000);
    guard.check();
    QCOMPARE(warning.size(), 1);
    QCOMPARE(timedOut.size(), 0);
    clock.advanceMsecs(31'000);
    guard.check();
    QCOMPARE(timedOut.size(), 1);
}

void TestResidentSession::idleGuardHardLimitEndsABusySession()
{
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC));
    SessionIdleGuard guard(nullptr, &clock);
    QSignalSpy expired(&guard, &SessionIdleGuard::expired);
    QSignalSpy timedOut(&guard, &SessionIdleGuard::timedOut);
    guard.start();
    for (int minute = 0; minute < 14; ++minute) {
        clock.advanceMsecs(59'000);
        guard.extend();
        guard.check();
        clock.advanceMsecs(1'000);
        guard.check();
    }
    QCOMPARE(expired.size(), 0);
    clock.advanceMsecs(59'999);
    guard.extend();
    guard.check();
    QCOMPARE(expired.size(), 0);
    clock.advanceMsecs(1);
    guard.check();
    QCOMPARE(expired.size(), 1);
    QCOMPARE(timedOut.size(), 0);
    QVERIFY(!guard.isRunning());
}

QTEST_GUILESS_MAIN(TestResidentSession)
#include "TestResidentSession.moc"
