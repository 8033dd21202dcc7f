// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "core/domain/Coins.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using buurtmunt::Coins;

namespace {
constexpr qint64 maxCents = std::numeric_limits<qint64>::max();
constexpr qint64 minCents = std::numeric_limits<qint64>::min();
const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
const QLocale english(QLocale::English, QLocale::UnitedStates);
const QLocale german(QLocale::German, QLocale::Germany);
} // namespace

// Coins must stay usable in constant expressions (limits, defaults).
static_assert(Coins(150).cents() == 150);
static_assert(Coins(1) < Coins(2));
static_assert(!std::is_convertible_v<qint64, Coins>, "cents must never turn into Coins silently");

class TestCoins : public QObject {
    Q_OBJECT

private slots:
    void parseAccepts_data();
    void parseAccepts();
    void parseRefuses_data();
    void parseRefuses();
    void format_data();
    void format();
    void formatThenParseGivesTheSameAmount();
    void arithmetic_data();
    void arithmetic();
    void comparisonsAndPredicates();
};

void TestCoins::parseAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<qint64>("cents");

    QTest::newRow("whole coins") << u"12"_s << dutch << qint64{1200};
    QTest::newRow("Dutch decimal comma") << u"12,50"_s << dutch << qint64{1250};
    QTest::newRow("English decimal point") << u"12.50"_s << english << qint64{1250};
    QTest::newRow("Dutch thousands grouping") << u"1.234,50"_s << dutch << qint64{123450};
    QTest::newRow("English thousands grouping") << u"1,234.50"_s << english << qint64{123450};
    QTest::newRow("two groups of thousands") << u"1.234.567"_s << dutch << qint64{123456700};
    QTest::newRow("one decimal is tenths") << u"12,5"_s << dutch << qint64{1250};
    QTest::newRow("cents below ten") << u"7,05"_s << dutch << qint64{705};
    QTest::newRow("surrounding spaces ignored") << u"  12,50 \t"_s << dutch << qint64{1250};
    QTest::newRow("zero") << u"0"_s << dutch << qint64{0};
    QTest::newRow("no integer part") << u",75"_s << dutch << qint64{75};
    QTest::newRow("leading zeros") << u"007"_s << english << qint64{700};
    QTest::newRow("largest representable amount") << u"92233720368547758,07"_s << dutch << maxCents;
}

void TestCoins::parseAccepts()
{
    QFETCH(QString, text);
    QFETCH(QLocale, locale);
    QFETCH(qint64, cents);

    const auto result = Coins::parse(text, locale);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->cents(), cents);
}

void TestCoins::parseRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("code");

    QTest::newRow("empty text") << QString() << dutch << u"empty"_s;
    QTest::newRow("only spaces") << u"   "_s << dutch << u"empty"_s;
    QTest::newRow("minus sign") << u"-5"_s << dutch << u"negative"_s;
    QTest::newRow("unicode minus sign") << u"\u22125"_s << english << u"negative"_s;
    QTest::newRow("three decimals") << u"12,505"_s << dutch << u"too-many-decimals"_s;
    QTest::newRow("trailing zero as third decimal") << u"12.500"_s << english << u"too-many-decimals"_s;
    QTest::newRow("one cent past the largest amount") << u"92233720368547758,08"_s << dutch << u"overflow"_s;
    QTest::newRow("twenty digits") << u"99999999999999999999"_s << english << u"overflow"_s;
    QTest::newRow("words") << u"twaalf"_s << dutch << u"not-a-number"_s;
    QTest::newRow("NaN") << u"NaN"_s << english << u"not-a-number"_s;
    QTest::newRow("infinity") << u"inf"_s << english << u"not-a-number"_s;
    QTest::newRow("English decimals typed on a Dutch kiosk") << u"12.50"_s << dutch << u"not-a-number"_s;
    QTest::newRow("Dutch decimals typed on an English kiosk") << u"12,50"_s << english << u"not-a-number"_s;
    QTest::newRow("group of two digits") << u"1.23,00"_s << dutch << u"not-a-number"_s;
    QTest::newRow("group of four digits") << u"1.2345"_s << dutch << u"not-a-number"_s;
    QTest::newRow("group separator first") << u".123"_s << dutch << u"not-a-number"_s;
    QTest::newRow("two decimal separators") << u"1,2,3"_s << dutch << u"not-a-number"_s;
    QTest::newRow("currency sign") << u"\u20ac 12"_s << dutch << u"not-a-number"_s;
    QTest::newRow("nothing after the separator") << u"12,"_s << dutch << u"not-a-number"_s;
    QTest::newRow("exponent") << u"1e3"_s << english << u"not-a-number"_s;
    QTest::newRow("plus sign") << u"+5"_s << english << u"not-a-number"_s;
    QTest::newRow("letter among decimals") << u"12,5x"_s << dutch << u"not-a-number"_s;
}

void TestCoins::parseRefuses()
{
    QFETCH(QString, text);
    QFETCH(QLocale, locale);
    QFETCH(QString, code);

    const auto result = Coins::parse(text, locale);
    QVERIFY2(!result.ok(), qPrintable(u"accepted as %1 cents"_s.arg(result.ok() ? result->cents() : 0)));
    QCOMPARE(result.error().code, code);
    QVERIFY(!result.error().message.isEmpty());
    if (code == u"not-a-number"_s || code == u"too-many-decimals"_s)
        QVERIFY2(result.error().message.contains(text.trimmed()), qPrintable(result.error().message));
}

void TestCoins::format_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("text");

    QTest::newRow("Dutch comma, two decimals") << qint64{1250} << dutch << u"12,50"_s;
    QTest::newRow("English point, two decimals") << qint64{1250} << english << u"12.50"_s;
    QTest::newRow("whole coins still show cents") << qint64{1200} << dutch << u"12,00"_s;
    QTest::newRow("single cent") << qint64{5} << dutch << u"0,05"_s;
    QTest::newRow("zero") << qint64{0} << english << u"0.00"_s;
    QTest::newRow("Dutch thousands") << qint64{123450} << dutch << u"1.234,50"_s;
    QTest::newRow("English thousands") << qint64{123450} << english << u"1,234.50"_s;
    QTest::newRow("German") << qint64{150000} << german << u"1.500,00"_s;
    QTest::newRow("negative balance correction") << qint64{-1250} << dutch << u"-12,50"_s;
    QTest::newRow("largest amount") << maxCents << english << u"92,233,720,368,547,758.07"_s;
    QTest::newRow("most negative amount") << minCents << english << u"-92,233,720,368,547,758.08"_s;
}

void TestCoins::format()
{
    QFETCH(qint64, cents);
    QFETCH(QLocale, locale);
    QFETCH(QString, text);
    QCOMPARE(Coins(cents).format(locale), text);
}

void TestCoins::formatThenParseGivesTheSameAmount()
{
    // What the kiosk shows must be accepted back exactly when typed in.
    QRandomGenerator random(20261123);
    for (const QLocale& locale : {dutch, english, german}) {
        for (int i = 0; i < 2000; ++i) {
            const qint64 cents = i < 1000 ? random.bounded(qint64{1000000}) : random.bounded(maxCents);
            const auto parsed = Coins::parse(Coins(cents).format(locale), locale);
            QVERIFY2(parsed.ok(), qPrintable(Coins(cents).format(locale)));
            QCOMPARE(parsed->cents(), cents);
        }
    }
}

void TestCoins::arithmetic_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<qint64>("left");
    QTest::addColumn<qint64>("right");
    QTest::addColumn<bool>("overflows");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("plus") << u"plus"_s << qint64{1250} << qint64{75} << false << qint64{1325};
    QTest::newRow("plus up to the largest amount") << u"plus"_s << maxCents - 1 << qint64{1} << false << maxCents;
    QTest::newRow("plus one cent past the largest amount") << u"plus"_s << maxCents << qint64{1} << true << qint64{0};
    QTest::newRow("plus below the smallest amount") << u"plus"_s << minCents << qint64{-1} << true << qint64{0};
    QTest::newRow("minus into a negative") << u"minus"_s << qint64{100} << qint64{250} << false << qint64{-150};
    QTest::newRow("minus below the smallest amount") << u"minus"_s << minCents << qint64{1} << true << qint64{0};
    QTest::newRow("minus a negative past the largest") << u"minus"_s << maxCents << qint64{-1} << true << qint64{0};
    QTest::newRow("times") << u"times"_s << qint64{1500} << qint64{3} << false << qint64{4500};
    QTest::newRow("times zero") << u"times"_s << maxCents << qint64{0} << false << qint64{0};
    QTest::newRow("times two of half the range overflows") << u"times"_s << maxCents / 2 + 1 << qint64{2} << true << qint64{0};
    QTest::newRow("negating the most negative overflows") << u"times"_s << minCents << qint64{-1} << true << qint64{0};
}

void TestCoins::arithmetic()
{
    QFETCH(QString, operation);
    QFETCH(qint64, left);
    QFETCH(qint64, right);
    QFETCH(bool, overflows);
    QFETCH(qint64, expected);

    const Coins a(left);
    const auto result = operation == u"plus"_s ? a.plus(Coins(right))
        : operation == u"minus"_s              ? a.minus(Coins(right))
                                               : a.times(right);
    QCOMPARE(!result.ok(), overflows);
    if (overflows)
        QCOMPARE(result.error().code, u"overflow"_s);
    else
        QCOMPARE(result->cents(), expected);
}

void TestCoins::comparisonsAndPredicates()
{
    QVERIFY(Coins(1500) == Coins(1500));
    QVERIFY(Coins(1500) != Coins(1501));
    QVERIFY(Coins(-1) < Coins(0));
    QVERIFY(Coins(18000) >= Coins(18000));
    QVERIFY(Coins().isZero());
    QVERIFY(!Coins(1).isZero());
    QVERIFY(Coins(-1).isNegative());
    QVERIFY(!Coins(0).isNegative());
}

QTEST_GUILESS_MAIN(TestCoins)
#include "TestCoins.moc"
