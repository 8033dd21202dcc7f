// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "core/domain/VoucherKey.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;

class TestVoucherKeyPair : public QObject {
    Q_OBJECT

private slots:
    void generatedKeysAreDistinct();
    void secretKeyRestoresTheSamePair();
    void damagedSecretKeysAreRefused_data();
    void damagedSecretKeysAreRefused();
};

void TestVoucherKeyPair::generatedKeysAreDistinct()
{
    const VoucherKeyPair a = VoucherKeyPair::generate(7);
    const VoucherKeyPair b = VoucherKeyPair::generate(7);
    QCOMPARE(a.keyId(), quint16{7});
    QCOMPARE(a.publicKey().size(), 32);
    QCOMPARE(a.secretKey().size(), 64);
    QVERIFY(a.publicKey() != b.publicKey());
    // libsodium's secret key form ends with the public key.
    QCOMPARE(a.secretKey().right(32), a.publicKey());
}

void TestVoucherKeyPair::secretKeyRestoresTheSamePair()
{
    const VoucherKeyPair original = VoucherKeyPair::generate(3);
    const auto restored = VoucherKeyPair::fromSecretKey(3, original.secretKey());
    QVERIFY(restored.ok());
    QCOMPARE(restored->keyId(), quint16{3});
    QCOMPARE(restored->publicKey(), original.publicKey());
    QCOMPARE(restored->secretKey(), original.secretKey());
}

void TestVoucherKeyPair::damagedSecretKeysAreRefused_data()
{
    QTest::addColumn<QByteArray>("secretKey");
    const QByteArray good = VoucherKeyPair::generate(1).secretKey();
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("only the 32-byte seed") << good.left(32);
    QTest::newRow("one byte too many") << good + '\0';
    QByteArray wrongPublicHalf = good;
    wrongPublicHalf[40] = static_cast<char>(wrongPublicHalf[40] ^ 0x01);
    QTest::newRow("public half damaged") << wrongPublicHalf;
    QByteArray wrongSeed = good;
    wrongSeed[0] = static_cast<char>(wrongSeed[0] ^ 0x80);
    QTest::newRow("seed damaged") << wrongSeed;
}

void TestVoucherKeyPair::damagedSecretKeysAreRefused()
{
    QFETCH(QByteArray, secretKey);
    const auto pair = VoucherKeyPair::fromSecretKey(1, secretKey);
    QVERIFY(!pair.ok());
    QCOMPARE(pair.error().code, u"invalid-key"_s);
}

QTEST_GUILESS_MAIN(TestVoucherKeyPair)
#include "TestVoucherKeyPair.moc"
