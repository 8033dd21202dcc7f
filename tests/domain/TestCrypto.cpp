// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "core/domain/Crypto.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;

class TestCrypto : public QObject {
    Q_OBJECT

private slots:
    void randomBytesAreFreshEveryTime();
    void sha256KnownAnswer();
    void secretHashing();
    void secretHashingRefusesGarbage_data();
    void secretHashingRefusesGarbage();
    void constantTimeEquals_data();
    void constantTimeEquals();
    void base64UrlKnownAnswers_data();
    void base64UrlKnownAnswers();
    void base64UrlRoundTrip();
    void base64UrlRefuses_data();
    void base64UrlRefuses();
};

void TestCrypto::randomBytesAreFreshEveryTime()
{
    QCOMPARE(crypto::randomBytes(32).size(), 32);
    QVERIFY(crypto::randomBytes(0).isEmpty());
    QVERIFY(crypto::randomBytes(-5).isEmpty());
    QSet<QByteArray> seen;
    for (int i = 0; i < 1000; ++i)
        seen.insert(crypto::randomBytes(16));
    QCOMPARE(seen.size(), 1000);
    for (int i = 0; i < 1000; ++i)
        QVERIFY(crypto::randomUniform(31) < 31);
}

void TestCrypto::sha256KnownAnswer()
{
    // FIPS 180-2 example.
    QCOMPARE(crypto::sha256("abc").toHex(),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(crypto::sha256(QByteArray()).size(), 32);
}

void TestCrypto::secretHashing()
{
    const QString hash = crypto::hashSecret(u"4831"_s);
    QVERIFY(hash.startsWith(u"$argon2id$"_s));
    QVERIFY(!hash.contains(u"4831"_s));
    QVERIFY(crypto::verifySecret(hash, u"4831"_s));
    QVERIFY(!crypto::verifySecret(hash, u"4832"_s));
    QVERIFY(!crypto::verifySecret(hash, QString()));
    // A fresh salt each time: equal PINs do not give equal hashes.
    QVERIFY(crypto::hashSecret(u"4831"_s) != hash);
    // Non-ASCII passwords survive.
    const QString password = u"Wachtwoord-\u00e9\u00df\u20ac"_s;
    QVERIFY(crypto::verifySecret(crypto::hashSecret(password), password));
}

void TestCrypto::secretHashingRefusesGarbage_data()
{
    QTest::addColumn<QString>("hash");
    QTest::newRow("empty hash") << QString();
    QTest::newRow("plain text") << u"4831"_s;
    QTest::newRow("truncated hash") << crypto::hashSecret(u"4831"_s).left(40);
    QTest::newRow("overlong hash") << QString(500, u'a');
}

void TestCrypto::secretHashingRefusesGarbage()
{
    QFETCH(QString, hash);
    QVERIFY(!crypto::verifySecret(hash, u"4831"_s));
}

void TestCrypto::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("same bytes") << QByteArray("secret") << QByteArray("secret") << true;
    QTest::newRow("last byte differs") << QByteArray("secret") << QByteArray("secreT") << false;
    QTest::newRow("prefix is not equal") << QByteArray("secret") << QByteArray("secre") << false;
    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("empty against non-empty") << QByteArray() << QByteArray("x") << false;
}

void TestCrypto::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(crypto::constantTimeEquals(a, b), equal);
}

void TestCrypto::base64UrlKnownAnswers_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QByteArray() << QString();
    QTest::newRow("url-safe alphabet") << QByteArray("\xfb\xff", 2) << u"-_8"_s;
    QTest::newRow("RFC 4648 foobar") << QByteArray("foobar") << u"Zm9vYmFy"_s;
    QTest::newRow("no padding") << QByteArray("f") << u"Zg"_s;
}

void TestCrypto::base64UrlKnownAnswers()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QCOMPARE(crypto::toBase64Url(bytes), text);
    QCOMPARE(crypto::fromBase64Url(text), std::optional<QByteArray>(bytes));
}

void TestCrypto::base64UrlRoundTrip()
{
    for (int length = 0; length <= 100; ++length) {
        const QByteArray bytes = crypto::randomBytes(length);
        const QString text = crypto::toBase64Url(bytes);
        QVERIFY(!text.contains(u'='));
        QCOMPARE(crypto::fromBase64Url(text).value_or(QByteArray("failed")), bytes);
    }
}

void TestCrypto::base64UrlRefuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("padding") << u"Zg=="_s;
    QTest::newRow("standard alphabet") << u"+/8"_s;
    QTest::newRow("impossible length") << u"Zm9vY"_s;
    QTest::newRow("stray bits in the last character") << u"Zh"_s;
    QTest::newRow("space inside") << u"Zm9v YmFy"_s;
    QTest::newRow("non-ASCII letter") << u"Zm9v\u00ffmFy"_s;
}

void TestCrypto::base64UrlRefuses()
{
    QFETCH(QString, text);
    QVERIFY(!crypto::fromBase64Url(text).has_value());
}

QTEST_GUILESS_MAIN(TestCrypto)
#include "TestCrypto.moc"
