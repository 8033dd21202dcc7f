// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "core/domain/ClaimStatus.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;

class TestClaimStatus : public QObject {
    Q_OBJECT

private slots:
    void transitions_data();
    void transitions();
    void wireNames_data();
    void wireNames();
    void unknownNamesAreRefused_data();
    void unknownNamesAreRefused();
    void openClaimsHoldASlot_data();
    void openClaimsHoldASlot();
};

void TestClaimStatus::transitions_data()
{
    QTest::addColumn<ClaimStatus>("from");
    QTest::addColumn<ClaimStatus>("to");
    QTest::addColumn<bool>("allowed");

    // Written out independently of the implementation: the product's rules.
    const QSet<QString> allowed{u"claimed->submitted"_s, u"claimed->expired"_s, u"claimed->released"_s,
                                u"submitted->approved"_s, u"submitted->rejected"_s};
    int allowedRows = 0;
    for (const ClaimStatus from : allClaimStatuses) {
        for (const ClaimStatus to : allClaimStatuses) {
            const QString pair = toString(from) + u"->"_s + toString(to);
            const bool isAllowed = allowed.contains(pair);
            allowedRows += isAllowed ? 1 : 0;
            const QString name = toString(from) + u" -> "_s + toString(to) + (isAllowed ? u" allowed"_s : u" refused"_s);
            QTest::newRow(qPrintable(name)) << from << to << isAllowed;
        }
    }
    QCOMPARE(allowedRows, allowed.size());
}

void TestClaimStatus::transitions()
{
    QFETCH(ClaimStatus, from);
    QFETCH(ClaimStatus, to);
    QFETCH(bool, allowed);
    QCOMPARE(canTransition(from, to), allowed);
}

void TestClaimStatus::wireNames_data()
{
    QTest::addColumn<ClaimStatus>("status");
    QTest::addColumn<QString>("name");
    QTest::newRow("claimed") << ClaimStatus::Claimed << u"claimed"_s;
    QTest::newRow("submitted") << ClaimStatus::Submitted << u"submitted"_s;
    QTest::newRow("approved") << ClaimStatus::Approved << u"approved"_s;
    QTest::newRow("rejected") << ClaimStatus::Rejected << u"rejected"_s;
    QTest::newRow("expired") << ClaimStatus::Expired << u"expired"_s;
    QTest::newRow("released") << ClaimStatus::Released << u"released"_s;
}

void TestClaimStatus::wireNames()
{
    QFETCH(ClaimStatus, status);
    QFETCH(QString, name);
    QCOMPARE(toString(status), name);
    QCOMPARE(claimStatusFromString(name), std::optional<ClaimStatus>(status));
}

void TestClaimStatus::unknownNamesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("capitalised") << u"Approved"_s;
    QTest::newRow("trailing space") << u"claimed "_s;
    QTest::newRow("task status") << u"published"_s;
    QTest::newRow("past tense of release misspelt") << u"releasd"_s;
}

void TestClaimStatus::unknownNamesAreRefused()
{
    QFETCH(QString, name);
    QVERIFY(!claimStatusFromString(name).has_value());
}

void TestClaimStatus::openClaimsHoldASlot_data()
{
    QTest::addColumn<ClaimStatus>("status");
    QTest::addColumn<bool>("open");
    QTest::newRow("claimed is open") << ClaimStatus::Claimed << true;
    QTest::newRow("submitted is open") << ClaimStatus::Submitted << true;
    QTest::newRow("approved is closed") << ClaimStatus::Approved << false;
    QTest::newRow("rejected is closed") << ClaimStatus::Rejected << false;
    QTest::newRow("expired is closed") << ClaimStatus::Expired << false;
    QTest::newRow("released is closed") << ClaimStatus::Released << false;
}

void TestClaimStatus::openClaimsHoldASlot()
{
    QFETCH(ClaimStatus, status);
    QFETCH(bool, open);
    QCOMPARE(isOpen(status), open);
}

QTEST_GUILESS_MAIN(TestClaimStatus)
#include "TestClaimStatus.moc"
