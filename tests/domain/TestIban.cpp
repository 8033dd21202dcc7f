// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "core/domain/Iban.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;

class TestIban : public QObject {
    Q_OBJECT

private slots:
    void acceptsRealIbans_data();
    void acceptsRealIbans();
    void refusesWithAReason_data();
    void refusesWithAReason();
    void catchesEverySingleTypo();
    void computesCheckDigits();
    void displaysInGroupsOfFour();
};

void TestIban::acceptsRealIbans_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("stored");
    // Examples from the SWIFT IBAN registry and the banks' own documentation.
    QTest::newRow("Dutch, as printed") << u"NL91 ABNA 0417 1643 00"_s << u"NL91ABNA0417164300"_s;
    QTest::newRow("Dutch, lower case") << u"nl91abna0417164300"_s << u"NL91ABNA0417164300"_s;
    QTest::newRow("Dutch, odd spacing") << u"  NL91ABNA 04171643 00 "_s << u"NL91ABNA0417164300"_s;
    QTest::newRow("Belgian") << u"BE68 5390 0754 7034"_s << u"BE68539007547034"_s;
    QTest::newRow("German") << u"DE89 3704 0044 0532 0130 00"_s << u"DE89370400440532013000"_s;
    QTest::newRow("Luxembourgish") << u"LU28 0019 4006 4475 0000"_s << u"LU280019400644750000"_s;
    QTest::newRow("French") << u"FR14 2004 1010 0505 0001 3M02 606"_s << u"FR1420041010050500013M02606"_s;
    QTest::newRow("British") << u"GB29 NWBK 6016 1331 9268 19"_s << u"GB29NWBK60161331926819"_s;
    QTest::newRow("country outside the table") << u"MT84 MALT 0110 0001 2345 MTLC AST0 01S"_s
                                               << u"MT84MALT011000012345MTLCAST001S"_s;
}

void TestIban::acceptsRealIbans()
{
    QFETCH(QString, typed);
    QFETCH(QString, stored);
    const auto iban = Iban::parse(typed);
    QVERIFY2(iban, qPrintable(iban ? QString() : iban.error().message));
    QCOMPARE(iban.value().toString(), stored);
    QCOMPARE(iban.value().countryCode(), stored.left(2));
}

void TestIban::refusesWithAReason_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << u""_s << u"not-an-iban"_s << u"is not an IBAN: it is empty"_s;
    QTest::newRow("only spaces") << u"    "_s << u"not-an-iban"_s << u"is not an IBAN: it is empty"_s;
    QTest::newRow("an account number without country") << u"0417164300"_s << u"not-an-iban"_s
                                                       << u"is not an IBAN: it must start with"_s;
    QTest::newRow("a dash") << u"NL91-ABNA-0417-1643-00"_s << u"not-an-iban"_s << u"\"-\" may only hold"_s;
    QTest::newRow("a letter with an accent") << u"NL91ÄBNA0417164300"_s << u"not-an-iban"_s << u"is not an IBAN"_s;
    QTest::newRow("Dutch, one digit short") << u"NL91ABNA041716430"_s << u"wrong-length"_s
                                            << u"has 17 characters, NL IBANs have 18"_s;
    QTest::newRow("Belgian, one too many") << u"BE68 5390 0754 7034 1"_s << u"wrong-length"_s
                                           << u"has 17 characters, BE IBANs have 16"_s;
    QTest::newRow("unknown country, too short") << u"XX12 3456 7890"_s << u"wrong-length"_s
                                                << u"has 12 characters, an IBAN has 15 to 34"_s;
    QTest::newRow("Dutch, one digit mistyped") << u"NL91ABNA0417164301"_s << u"bad-check-digits"_s
                                               << u"fails the mod-97 check"_s;
    QTest::newRow("Dutch, two digits swapped") << u"NL91ABNA0417163400"_s << u"bad-check-digits"_s
                                               << u"fails the mod-97 check"_s;
    QTest::newRow("German, wrong check digits") << u"DE88370400440532013000"_s << u"bad-check-digits"_s
                                                << u"fails the mod-97 check"_s;
}

void TestIban::refusesWithAReason()
{
    QFETCH(QString, typed);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const auto iban = Iban::parse(typed);
    QVERIFY(!iban);
    QCOMPARE(iban.error().code, code);
    QVERIFY2(iban.error().message.contains(message), qPrintable(iban.error().message));
}

void TestIban::catchesEverySingleTypo()
{
    // Mod 97 catches every single substituted character: try them all.
    const QString good = u"NL91ABNA0417164300"_s;
    int tried = 0;
    for (qsizetype i = 4; i < good.size(); ++i) {
        const bool letter = good.at(i).isLetter();
        const QString replacements = letter ? u"ABCDEFGHIJKLMNOPQRSTUVWXYZ"_s : u"0123456789"_s;
        for (QChar c : replacements) {
            if (c == good.at(i))
                continue;
            QString typo = good;
            typo[i] = c;
            QVERIFY2(!Iban::parse(typo), qPrintable(typo));
            ++tried;
        }
    }
    QCOMPARE(tried, 4 * 25 + 10 * 9);
}

void TestIban::computesCheckDigits()
{
    QCOMPARE(Iban::withCheckDigits(u"NL", u"ABNA0417164300"), u"NL91ABNA0417164300"_s);
    QCOMPARE(Iban::withCheckDigits(u"de", u"370400440532013000"), u"DE89370400440532013000"_s);
    // A made-up account gets digits that pass the check.
    const QString made = Iban::withCheckDigits(u"NL", u"INGB0001234567");
    QVERIFY2(Iban::parse(made), qPrintable(made));
    QVERIFY(made.startsWith(u"NL"_s));
}

void TestIban::displaysInGroupsOfFour()
{
    QCOMPARE(Iban::parse(u"nl91abna0417164300").value().display(), u"NL91 ABNA 0417 1643 00"_s);
    QCOMPARE(Iban::parse(u"BE68539007547034").value().display(), u"BE68 5390 0754 7034"_s);
    QVERIFY(Iban().isNull());
    QCOMPARE(Iban::parse(u"NL91 ABNA 0417 1643 00").value(), Iban::parse(u"NL91ABNA0417164300").value());
}

QTEST_GUILESS_MAIN(TestIban)
#include "TestIban.moc"
