// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "core/domain/CheckedCode.h"
#include "core/domain/Crypto.h"
#include "core/domain/PassToken.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;

class TestPassToken : public QObject {
    Q_OBJECT

private slots:
    void generatedTokensAreLongRandomAndChecked();
    void everyCharacterIsUsed();
    void typedDisplayFormParsesToTheSameToken();
    void hashIsWhatTheServerStores();
    void refusals_data();
    void refusals();
};

void TestPassToken::generatedTokensAreLongRandomAndChecked()
{
    QSet<QString> seen;
    for (int i = 0; i < 2000; ++i) {
        const PassToken token = PassToken::generate();
        QCOMPARE(token.toString().size(), PassToken::length);
        QVERIFY(CheckedCode::isValid(token.toString()));
        seen.insert(token.toString());
    }
    QCOMPARE(seen.size(), 2000);
}

void TestPassToken::everyCharacterIsUsed()
{
    // A biased generator would leave part of the alphabet (and entropy) unused.
    QHash<QChar, int> counts;
    for (int i = 0; i < 2000; ++i) {
        const QString token = PassToken::generate().toString();
        for (qsizetype p = 0; p + 1 < token.size(); ++p)
            ++counts[token.at(p)];
    }
    QCOMPARE(counts.size(), 31);
    const double expected = 2000.0 * 26 / 31;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        QVERIFY2(it.value() > expected * 0.8 && it.value() < expected * 1.2, qPrintable(QString(it.key())));
}

void TestPassToken::typedDisplayFormParsesToTheSameToken()
{
    const PassToken token = PassToken::generate();
    QCOMPARE(token.display().size(), 27 + 8);
    QCOMPARE(token.display().count(u'-'), 8);
    const auto typed = PassToken::parse(token.display().toLower());
    QVERIFY(typed.ok());
    QCOMPARE(typed.value(), token);
    QCOMPARE(typed->hash(), token.hash());
}

void TestPassToken::hashIsWhatTheServerStores()
{
    const PassToken token = PassToken::generate();
    QCOMPARE(token.hash().size(), 32);
    QCOMPARE(token.hash(), crypto::sha256(token.toString().toLatin1()));
    QVERIFY(token.hash() != PassToken::generate().hash());
}

void TestPassToken::refusals_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("code");
    const QString valid = PassToken::generate().toString();
    QTest::newRow("a voucher code instead of a pass") << valid.left(10) << u"wrong-length"_s;
    QTest::newRow("letter U") << valid.left(26) + u'U' << u"bad-character"_s;
    QString typo = valid;
    typo[20] = typo[20] == u'X' ? u'W' : u'X';
    QTest::newRow("one character mistyped") << typo << u"bad-check-character"_s;
}

void TestPassToken::refusals()
{
    QFETCH(QString, typed);
    QFETCH(QString, code);
    const auto parsed = PassToken::parse(typed);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, code);
}

QTEST_GUILESS_MAIN(TestPassToken)
#include "TestPassToken.moc"
