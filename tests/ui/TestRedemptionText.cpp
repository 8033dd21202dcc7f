// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ui/counter/RedemptionText.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;

// Every refusal the counter can meet reads as a plain sentence with the
// facts a shopkeeper needs (when, where, how much); unknown ones still say
// what to do.
class TestRedemptionText : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void refusalReasons_data();
    void refusalReasons();
    void acceptedShowsTheAmount();
    void stateNames();

private:
    RedemptionText text() const
    {
        OfflinePolicy policy;
        policy.enabled = true;
        policy.floorLimit = Coins(2500);
        policy.maxConsecutive = 3;
        return RedemptionText(CoinText(u"Heitje"_s, u"Heitjes"_s), QLocale(QLocale::English, QLocale::UnitedKingdom), policy);
    }
};

void TestRedemptionText::initTestCase()
{
    // Times are shown in the counter's local time; pin the zone.
    qputenv("TZ", "Europe/Amsterdam");
}

void TestRedemptionText::refusalReasons_data()
{
    QTest::addColumn<QString>("refusal");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QDateTime>("redeemedAt");
    QTest::addColumn<int>("here");  // -1 unknown, 0 elsewhere, 1 here
    QTest::addColumn<QDate>("expiresOn");
    QTest::addColumn<QString>("expected");

    const QDateTime at(QDate(2026, 3, 3), QTime(13, 5), Qt::UTC);  // 14:05 in Amsterdam
    const QDateTime none;
    QTest::newRow("already used here") << u"voucher-already-redeemed"_s << QString() << at << 1 << QDate()
                                       << u"Already used on 3 March 2026 at 14:05, at this shop."_s;
    QTest::newRow("already used elsewhere") << u"voucher-already-redeemed"_s << QString() << at << 0 << QDate()
                                            << u"Already used on 3 March 2026 at 14:05, at another shop."_s;
    QTest::newRow("already used, where unknown") << u"voucher-already-redeemed"_s << QString() << at << -1 << QDate()
                                                 << u"Already used on 3 March 2026 at 14:05."_s;
    QTest::newRow("offline guard") << u"already-redeemed-here"_s << QString() << at << -1 << QDate()
                                   << u"Already used at this counter on 3 March 2026 at 14:05."_s;
    QTest::newRow("expired locally") << u"expired"_s << QString() << none << -1 << QDate(2026, 2, 28)
                                     << u"Expired: it could be used until 28 February 2026."_s;
    QTest::newRow("expired on server") << u"voucher-expired"_s << QString() << none << -1 << QDate(2026, 2, 28)
                                       << u"Expired: it could be used until 28 February 2026."_s;
    QTest::newRow("cancelled") << u"voucher-cancelled"_s << QString() << none << -1 << QDate()
                               << u"Cancelled by the resident: the coins went back to their account."_s;
    QTest::newRow("forged signature") << u"forged"_s << u"bad-signature"_s << none << -1 << QDate()
                                      << u"Not a genuine voucher: the code has been altered."_s;
    QTest::newRow("forged key") << u"voucher-forged"_s << u"unknown-key"_s << none << -1 << QDate()
                                << u"Not a genuine voucher: it was not issued by this municipality."_s;
    QTest::newRow("damaged") << u"forged"_s << u"malformed"_s << none << -1 << QDate()
                             << u"Not a genuine voucher: the code is damaged or incomplete."_s;
    QTest::newRow("unknown") << u"voucher-unknown"_s << QString() << none << -1 << QDate()
                             << u"No voucher has this code. Check the code on the slip and try again."_s;
    QTest::newRow("typo") << u"not-a-voucher"_s << u"bad-check-character"_s << none << -1 << QDate()
                          << u"Not a voucher code: one of the characters is mistyped. Check the code on the slip."_s;
    QTest::newRow("too short") << u"not-a-voucher"_s << u"wrong-length"_s << none << -1 << QDate()
                               << u"Not a voucher code: a typed code has 10 characters, like 7KD4M-2QX9P."_s;
    QTest::newRow("needs network") << u"needs-network"_s << QString() << none << -1 << QDate()
                                   << u"This code needs a connection to the server. Scan the QR code instead, or try again when the connection is back."_s;
    QTest::newRow("over floor limit") << u"over-floor-limit"_s << QString() << none << -1 << QDate()
                                      << u"Above the offline limit of 25\u00A0Heitjes: without a connection only smaller vouchers can be accepted."_s;
    QTest::newRow("conflict") << u"voucher-offline-conflict"_s << QString() << at << -1 << QDate()
                              << u"Accepted offline, but the server refused it afterwards: the voucher was already used on 3 March 2026 at 14:05. Staff have been told."_s;
}

void TestRedemptionText::refusalReasons()
{
    QFETCH(QString, refusal);
    QFETCH(QString, reason);
    QFETCH(QDateTime, redeemedAt);
    QFETCH(int, here);
    QFETCH(QDate, expiresOn);
    QFETCH(QString, expected);

    ScanOutcome outcome;
    outcome.kind = ScanOutcome::Refused;
    outcome.refusal = refusal;
    outcome.reason = reason;
    outcome.redeemedAt = redeemedAt;
    if (here >= 0)
        outcome.redeemedHere = here == 1;
    outcome.expiresOn = expiresOn;
    const RedemptionText words = text();
    QCOMPARE(words.headline(outcome), u"Refused"_s);
    QCOMPARE(words.detail(outcome), expected);
    QCOMPARE(words.note(outcome), QString());
}

void TestRedemptionText::acceptedShowsTheAmount()
{
    ScanOutcome outcome;
    outcome.kind = ScanOutcome::Accepted;
    outcome.amount = Coins(1250);
    const RedemptionText words = text();
    QCOMPARE(words.headline(outcome), u"Accepted"_s);
    QCOMPARE(words.detail(outcome), u"12.50\u00A0Heitjes"_s);
    QCOMPARE(words.note(outcome), QString());
    outcome.kind = ScanOutcome::AcceptedOffline;
    outcome.amount = Coins(100);
    QCOMPARE(words.headline(outcome), u"Accepted offline"_s);
    QCOMPARE(words.detail(outcome), u"1\u00A0Heitje"_s);
    QVERIFY(words.note(outcome).contains(u"when the connection is back"_s));

    // A slug this version does not know still tells the shopkeeper what to do.
    ScanOutcome odd;
    odd.refusal = u"http-502"_s;
    QVERIFY(words.detail(odd).contains(u"http-502"_s));
    QVERIFY(words.detail(odd).contains(u"Try again"_s));
}

void TestRedemptionText::stateNames()
{
    QCOMPARE(RedemptionText::stateName(CounterRedemption::State::Confirmed), u"Confirmed"_s);
    QCOMPARE(RedemptionText::stateName(CounterRedemption::State::Queued), u"Queued (offline)"_s);
    QCOMPARE(RedemptionText::stateName(CounterRedemption::State::Refused), u"Refused"_s);
}

QTEST_MAIN(TestRedemptionText)
#include "TestRedemptionText.moc"
