// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "core/domain/EarningsCap.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;

Q_DECLARE_METATYPE(buurtmunt::EarningsCapRules)

class TestEarningsCap : public QObject {
    Q_OBJECT

private slots:
    void defaultsAreHeerlens();
    void check_data();
    void check();
};

void TestEarningsCap::defaultsAreHeerlens()
{
    const EarningsCapRules rules;
    QCOMPARE(rules.yearlyCap, Coins(150000));
    QCOMPARE(rules.monthlyCap, Coins(18000));
    QCOMPARE(rules.hourlyRate, Coins(500));
}

void TestEarningsCap::check_data()
{
    QTest::addColumn<EarningsCapRules>("rules");
    QTest::addColumn<qint64>("earnedYear");
    QTest::addColumn<qint64>("earnedMonth");
    QTest::addColumn<qint64>("reward");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<qint64>("remainingYear");
    QTest::addColumn<qint64>("remainingMonth");
    QTest::addColumn<qint64>("maxForTime");

    const EarningsCapRules heerlen;
    // 3 hours at €5 = €15, so a 15-coin reward is never limited by time here.
    QTest::newRow("first task of the year") << heerlen << qint64{0} << qint64{0} << qint64{1500} << 180 << QString()
                                            << qint64{150000} << qint64{18000} << qint64{1500};
    QTest::newRow("reaching the yearly cap exactly") << heerlen << qint64{148500} << qint64{0} << qint64{1500} << 180
                                                     << QString() << qint64{1500} << qint64{18000} << qint64{1500};
    QTest::newRow("one cent over the yearly cap") << heerlen << qint64{148501} << qint64{0} << qint64{1500} << 180
                                                  << u"yearly-cap"_s << qint64{1499} << qint64{18000} << qint64{1500};
    QTest::newRow("reaching the monthly cap exactly") << heerlen << qint64{16500} << qint64{16500} << qint64{1500} << 180
                                                      << QString() << qint64{133500} << qint64{1500} << qint64{1500};
    QTest::newRow("one cent over the monthly cap") << heerlen << qint64{16501} << qint64{16501} << qint64{1500} << 180
                                                   << u"monthly-cap"_s << qint64{133499} << qint64{1499} << qint64{1500};
    QTest::newRow("reward exactly the hourly rate") << heerlen << qint64{0} << qint64{0} << qint64{1500} << 180
                                                    << QString() << qint64{150000} << qint64{18000} << qint64{1500};
    QTest::newRow("one cent over the hourly rate") << heerlen << qint64{0} << qint64{0} << qint64{1501} << 180
                                                   << u"hourly-rate"_s << qint64{150000} << qint64{18000} << qint64{1500};
    // 7 minutes at 500 cents an hour is 58.33 cents: rounded down.
    QTest::newRow("time allowance rounds down to the cent") << heerlen << qint64{0} << qint64{0} << qint64{58} << 7
                                                            << QString() << qint64{150000} << qint64{18000} << qint64{58};
    QTest::newRow("rounded-up time allowance is refused") << heerlen << qint64{0} << qint64{0} << qint64{59} << 7
                                                          << u"hourly-rate"_s << qint64{150000} << qint64{18000} << qint64{58};
    QTest::newRow("cap already passed after a lowered rule") << heerlen << qint64{160000} << qint64{20000} << qint64{100} << 60
                                                             << u"yearly-cap"_s << qint64{0} << qint64{0} << qint64{500};
    QTest::newRow("yearly cap reported before monthly") << heerlen << qint64{149000} << qint64{17500} << qint64{1500} << 180
                                                        << u"yearly-cap"_s << qint64{1000} << qint64{500} << qint64{1500};
    QTest::newRow("open claims count: a second claim would pass the month")
        << heerlen << qint64{9000} << qint64{17000} << qint64{1200} << 180 << u"monthly-cap"_s << qint64{141000}
        << qint64{1000} << qint64{1500};

    EarningsCapRules legal2021;
    legal2021.yearlyCap = Coins(180000);
    legal2021.hourlyRate = Coins(550);
    QTest::newRow("configured national cap allows more than Heerlen's")
        << legal2021 << qint64{150000} << qint64{0} << qint64{1650} << 180 << QString() << qint64{30000}
        << qint64{18000} << qint64{1650};
    QTest::newRow("no time estimate allows no reward") << heerlen << qint64{0} << qint64{0} << qint64{1} << 0
                                                       << u"hourly-rate"_s << qint64{150000} << qint64{18000} << qint64{0};
}

void TestEarningsCap::check()
{
    QFETCH(EarningsCapRules, rules);
    QFETCH(qint64, earnedYear);
    QFETCH(qint64, earnedMonth);
    QFETCH(qint64, reward);
    QFETCH(int, minutes);
    QFETCH(QString, reason);
    QFETCH(qint64, remainingYear);
    QFETCH(qint64, remainingMonth);
    QFETCH(qint64, maxForTime);

    const CapCheck result = checkEarningsCap(rules, Coins(earnedYear), Coins(earnedMonth), Coins(reward), minutes);
    QCOMPARE(result.reason, reason);
    QCOMPARE(result.allowed, reason.isEmpty());
    QCOMPARE(result.remainingYear.cents(), remainingYear);
    QCOMPARE(result.remainingMonth.cents(), remainingMonth);
    QCOMPARE(result.maxRewardForTime.cents(), maxForTime);
}

QTEST_GUILESS_MAIN(TestEarningsCap)
#include "TestEarningsCap.moc"
