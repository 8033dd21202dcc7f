// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "core/net/RetryPolicy.h"

#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace buurtmunt;
using namespace std::chrono_literals;

class TestRetryPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void staysWithinJitterBounds_data();
    void staysWithinJitterBounds();
    void growsByOnePointSixUntilTheCap();
    void neverExceedsTwoMinutes();
    void sameSeedSameDelays();
    void differentSeedsSpreadOut();
};

void TestRetryPolicy::staysWithinJitterBounds_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<double>("nominalMs");
    QTest::newRow("first retry") << 0 << 1000.0;
    QTest::newRow("second retry") << 1 << 1600.0;
    QTest::newRow("fifth retry") << 4 << 1000.0 * std::pow(1.6, 4);
    QTest::newRow("tenth retry") << 9 << 1000.0 * std::pow(1.6, 9);
}

void TestRetryPolicy::staysWithinJitterBounds()
{
    QFETCH(int, attempt);
    QFETCH(double, nominalMs);
    const RetryPolicy policy(12345);
    const int samples = 20000;
    double sum = 0;
    qint64 lowest = std::numeric_limits<qint64>::max();
    qint64 highest = 0;
    int belowNominal = 0;
    for (int i = 0; i < samples; ++i) {
        const qint64 ms = policy.delayFor(attempt).count();
        QVERIFY2(ms >= std::floor(nominalMs * 0.8) && ms <= std::ceil(nominalMs * 1.2),
                 qPrintable(QStringLiteral("%1 ms outside ±20 %% of %2 ms").arg(ms).arg(nominalMs)));
        sum += double(ms);
        lowest = std::min(lowest, ms);
        highest = std::max(highest, ms);
        if (double(ms) < nominalMs)
            ++belowNominal;
    }
    // Uniform jitter: mean at the nominal delay, the whole band used, half below.
    const double mean = sum / samples;
    QVERIFY2(std::abs(mean - nominalMs) < nominalMs * 0.01, qPrintable(QString::number(mean)));
    QVERIFY(double(lowest) < nominalMs * 0.81);
    QVERIFY(double(highest) > nominalMs * 1.19);
    QVERIFY2(std::abs(belowNominal - samples / 2) < samples / 20, qPrintable(QString::number(belowNominal)));
    qInfo("attempt %d: nominal %.0f ms, mean %.1f ms, range %lld..%lld ms", attempt, nominalMs, mean, lowest,
          highest);
}

void TestRetryPolicy::growsByOnePointSixUntilTheCap()
{
    QCOMPARE(RetryPolicy::nominalDelayFor(0), 1000ms);
    QCOMPARE(RetryPolicy::nominalDelayFor(1), 1600ms);
    QCOMPARE(RetryPolicy::nominalDelayFor(2), 2560ms);
    QCOMPARE(RetryPolicy::nominalDelayFor(-3), 1000ms);
    // 1.6^10 ≈ 110 s, 1.6^11 ≈ 176 s: the cap takes over at the eleventh retry.
    QCOMPARE(RetryPolicy::nominalDelayFor(10), 109951ms);
    QCOMPARE(RetryPolicy::nominalDelayFor(11), 120000ms);
    QCOMPARE(RetryPolicy::nominalDelayFor(1000000), 120000ms);
}

void TestRetryPolicy::neverExceedsTwoMinutes()
{
    const RetryPolicy policy(7);
    qint64 lowest = std::numeric_limits<qint64>::max();
    for (int i = 0; i < 5000; ++i) {
        const qint64 ms = policy.delayFor(50 + i % 7).count();
        QVERIFY2(ms <= 120000, qPrintable(QString::number(ms)));
        lowest = std::min(lowest, ms);
    }
    // Still jittered at the cap, so a room of kiosks does not retry in lockstep.
    QVERIFY(lowest >= 96000 && lowest < 97000);
}

void TestRetryPolicy::sameSeedSameDelays()
{
    const RetryPolicy a(99);
    const RetryPolicy b(99);
    for (int attempt = 0; attempt < 20; ++attempt)
        QCOMPARE(a.delayFor(attempt), b.delayFor(attempt));
}

void TestRetryPolicy::differentSeedsSpreadOut()
{
    QSet<qint64> seen;
    for (quint32 seed = 1; seed <= 100; ++seed)
        seen.insert(RetryPolicy(seed).delayFor(3).count());
    QVERIFY2(seen.size() > 80, qPrintable(QString::number(seen.size())));
    QSet<qint64> unseeded;
    for (int i = 0; i < 50; ++i)
        unseeded.insert(RetryPolicy().delayFor(3).count());
    QVERIFY(unseeded.size() > 30);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "TestRetryPolicy.moc"
