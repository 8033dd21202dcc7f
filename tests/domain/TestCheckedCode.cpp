// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "core/domain/CheckedCode.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;

class TestCheckedCode : public QObject {
    Q_OBJECT

private slots:
    void alphabetAvoidsConfusableAndLayoutDependentLetters();
    void knownCheckCharacter();
    void everySingleSubstitutionAndAdjacentSwapIsCaught();
    void appendCheckRefusesWhatCannotBeCoded_data();
    void appendCheckRefusesWhatCannotBeCoded();
    void normalize_data();
    void normalize();
    void group_data();
    void group();
    void parse_data();
    void parse();
};

void TestCheckedCode::alphabetAvoidsConfusableAndLayoutDependentLetters()
{
    QCOMPARE(CheckedCode::alphabet.size(), 31);
    QSet<QChar> unique(CheckedCode::alphabet.begin(), CheckedCode::alphabet.end());
    QCOMPARE(unique.size(), 31);
    for (const QChar banned : u"IOUYZ"_s)
        QVERIFY2(!unique.contains(banned), qPrintable(QString(banned)));
    for (const QChar c : CheckedCode::alphabet)
        QVERIFY(c.isDigit() || (c >= u'A' && c <= u'Z'));
}

void TestCheckedCode::knownCheckCharacter()
{
    // 1×value('1') + 2×c ≡ 0 (mod 31) gives c = 15, the letter F.
    QCOMPARE(CheckedCode::appendCheck(u"1"_s), u"1F"_s);
    QVERIFY(CheckedCode::isValid(u"1F"));
    QVERIFY(!CheckedCode::isValid(u"1G"));
}

void TestCheckedCode::everySingleSubstitutionAndAdjacentSwapIsCaught()
{
    QElapsedTimer timer;
    timer.start();
    qint64 substitutions = 0;
    qint64 swaps = 0;
    qint64 missed = 0;
    for (int sample = 0; sample < 2000; ++sample) {
        const QString code = CheckedCode::appendCheck(CheckedCode::randomBody(9));
        QCOMPARE(code.size(), 10);
        QVERIFY(CheckedCode::isValid(code));
        for (int position = 0; position < code.size(); ++position) {
            for (const QChar other : CheckedCode::alphabet) {
                if (other == code.at(position))
                    continue;
                QString typo = code;
                typo[position] = other;
                ++substitutions;
                missed += CheckedCode::isValid(typo) ? 1 : 0;
            }
        }
        for (int position = 0; position + 1 < code.size(); ++position) {
            if (code.at(position) == code.at(position + 1))
                continue;
            QString typo = code;
            std::swap(typo[position], typo[position + 1]);
            ++swaps;
            missed += CheckedCode::isValid(typo) ? 1 : 0;
        }
    }
    qInfo("%lld substitutions and %lld adjacent swaps checked in %lld ms", substitutions, swaps, timer.elapsed());
    QCOMPARE(substitutions, qint64{2000} * 10 * 30);
    QVERIFY(swaps > 2000 * 8);
    QCOMPARE(missed, qint64{0});
}

void TestCheckedCode::appendCheckRefusesWhatCannotBeCoded_data()
{
    QTest::addColumn<QString>("body");
    QTest::newRow("empty body") << QString();
    QTest::newRow("lower case") << u"abc"_s;
    QTest::newRow("letter Z") << u"12Z4"_s;
    QTest::newRow("30 characters leave no room for the check") << QString(30, u'7');
}

void TestCheckedCode::appendCheckRefusesWhatCannotBeCoded()
{
    QFETCH(QString, body);
    QVERIFY(CheckedCode::appendCheck(body).isEmpty());
}

void TestCheckedCode::normalize_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("lower case with dash") << u"7kd4m-2qx9p"_s << u"7KD4M2QX9P"_s;
    QTest::newRow("spaces anywhere") << u" 7KD 4M 2QX9P "_s << u"7KD4M2QX9P"_s;
    QTest::newRow("letter O read as zero") << u"o0O"_s << u"000"_s;
    QTest::newRow("letter I read as one") << u"i1I"_s << u"111"_s;
    QTest::newRow("other letters kept for the error message") << u"yz"_s << u"YZ"_s;
}

void TestCheckedCode::normalize()
{
    QFETCH(QString, typed);
    QFETCH(QString, normalized);
    QCOMPARE(CheckedCode::normalize(typed), normalized);
}

void TestCheckedCode::group_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("grouped");
    QTest::newRow("two groups of five") << u"7KD4M2QX9P"_s << 5 << u"7KD4M-2QX9P"_s;
    QTest::newRow("short last group") << u"ABCDEFG"_s << 3 << u"ABC-DEF-G"_s;
    QTest::newRow("shorter than a group") << u"AB"_s << 5 << u"AB"_s;
    QTest::newRow("no grouping") << u"ABCDEF"_s << 0 << u"ABCDEF"_s;
}

void TestCheckedCode::group()
{
    QFETCH(QString, code);
    QFETCH(int, size);
    QFETCH(QString, grouped);
    QCOMPARE(CheckedCode::group(code, size), grouped);
    QCOMPARE(CheckedCode::normalize(CheckedCode::group(code, size)), code);
}

void TestCheckedCode::parse_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("code");
    const QString valid = CheckedCode::appendCheck(u"7KD4M2QX9"_s);
    QTest::newRow("valid code typed grouped in lower case") << CheckedCode::group(valid, 5).toLower() << QString();
    QTest::newRow("one character short") << valid.left(9) << u"wrong-length"_s;
    QTest::newRow("letter Y") << valid.left(9) + u'Y' << u"bad-character"_s;
    QTest::newRow("punctuation") << valid.left(9) + u'.' << u"bad-character"_s;
    QString typo = valid;
    typo[3] = typo[3] == u'A' ? u'B' : u'A';
    QTest::newRow("one character mistyped") << typo << u"bad-check-character"_s;
}

void TestCheckedCode::parse()
{
    QFETCH(QString, typed);
    QFETCH(QString, code);
    const auto result = CheckedCode::parse(typed, 10, u"voucher code"_s);
    if (code.isEmpty()) {
        QVERIFY(result.ok());
        QCOMPARE(result.value(), CheckedCode::normalize(typed));
        return;
    }
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, code);
    QVERIFY(result.error().message.contains(u"voucher code"_s));
}

QTEST_GUILESS_MAIN(TestCheckedCode)
#include "TestCheckedCode.moc"
