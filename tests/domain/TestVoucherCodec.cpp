// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "core/domain/Crypto.h"
#include "core/domain/VoucherToken.h"

#include <QElapsedTimer>
#include <QMap>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;

Q_DECLARE_METATYPE(buurtmunt::VoucherClaims)

namespace {

const QDate today(2026, 11, 23);

VoucherClaims claimsFor(const VoucherKeyPair& key, qint64 cents = 1500, QDate expiry = today.addDays(30))
{
    return VoucherClaims{key.keyId(), crypto::randomBytes(16), Coins(cents), expiry};
}

QString encoded(const VoucherClaims& claims, const VoucherKeyPair& key)
{
    const auto text = VoucherCodec::encode(claims, key);
    if (!text.ok())
        qFatal("test voucher could not be encoded: %s", qPrintable(text.error().message));
    return text.value();
}

QByteArray bytesOf(const QString& text)
{
    return VoucherCodec::digitsToBytes(text).value();
}

} // namespace

class TestVoucherCodec : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void textIsDigitsOnly();
    void digitGroups_data();
    void digitGroups();
    void refusals_data();
    void refusals();
    void anotherKeyWithTheSameIdIsABadSignature();
    void inspectShowsWhatARefusedCodeClaims();
    void encodeRefuses_data();
    void encodeRefuses();
    void noMutationIsEverAccepted();

private:
    VoucherKeyPair m_key = VoucherKeyPair::generate(1);
    QHash<quint16, QByteArray> m_publicKeys;
};

void TestVoucherCodec::initTestCase()
{
    m_publicKeys.insert(m_key.keyId(), m_key.publicKey());
}

void TestVoucherCodec::roundTrip_data()
{
    QTest::addColumn<quint16>("keyId");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QDate>("expiry");

    QTest::newRow("typical 15-coin voucher") << quint16{1} << qint64{1500} << today.addDays(30);
    QTest::newRow("one cent") << quint16{1} << qint64{1} << today;
    QTest::newRow("largest amount") << quint16{1} << qint64{4294967295} << today.addYears(1);
    QTest::newRow("key id 0") << quint16{0} << qint64{500} << today;
    QTest::newRow("key id 65535") << quint16{65535} << qint64{500} << today;
    QTest::newRow("last expiry day that fits") << quint16{2} << qint64{500} << QDate(2020, 1, 1).addDays(65535);
}

void TestVoucherCodec::roundTrip()
{
    QFETCH(quint16, keyId);
    QFETCH(qint64, cents);
    QFETCH(QDate, expiry);

    const VoucherKeyPair key = VoucherKeyPair::generate(keyId);
    const VoucherClaims claims = claimsFor(key, cents, expiry);
    const QString text = encoded(claims, key);
    const auto decoded = VoucherCodec::decode(text, {{keyId, key.publicKey()}}, today);
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
    QCOMPARE(decoded.value(), claims);
    QCOMPARE(decoded->voucherIdHex().size(), 32);
    QCOMPARE(decoded->voucherIdHex(), decoded->voucherIdHex().toLower());
}

void TestVoucherCodec::textIsDigitsOnly()
{
    const QString text = encoded(claimsFor(m_key), m_key);
    QCOMPARE(text.size(), 217);
    for (const QChar c : text)
        QVERIFY(c >= u'0' && c <= u'9');
    QCOMPARE(bytesOf(text).size(), VoucherCodec::tokenSize);
    QCOMPARE(VoucherCodec::digitCount(89), 217);
}

void TestVoucherCodec::digitGroups_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("digits");
    QTest::newRow("seven bytes all ones") << QByteArray(7, '\xff') << u"72057594037927935"_s;
    QTest::newRow("five bytes all ones") << QByteArray(5, '\xff') << u"1099511627775"_s;
    QTest::newRow("leading zeros kept") << QByteArray("\x00\x00\x00\x00\x00\x00\x01", 7) << u"00000000000000001"_s;
    QTest::newRow("a full group then one byte") << QByteArray("\x00\x00\x00\x00\x00\x00\x02\x05", 8)
                                                << u"00000000000000002005"_s;
    QTest::newRow("nothing") << QByteArray() << QString();
}

void TestVoucherCodec::digitGroups()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, digits);
    QCOMPARE(VoucherCodec::bytesToDigits(bytes), digits);
    QCOMPARE(VoucherCodec::digitsToBytes(digits).value(), bytes);
}

void TestVoucherCodec::refusals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("code");

    const QString valid = encoded(claimsFor(m_key, 1500, today), m_key);
    QTest::newRow("empty") << QString() << today << u"malformed"_s;
    QTest::newRow("last digit missing") << valid.chopped(1) << today << u"malformed"_s;
    QTest::newRow("one digit too many") << valid + u'0' << today << u"malformed"_s;
    QTest::newRow("letter among the digits") << valid.left(100) + u'A' + valid.mid(101) << today << u"malformed"_s;
    QTest::newRow("US wedge scanner on a German layout") << valid.left(50) + u'=' + valid.mid(51) << today << u"malformed"_s;
    QTest::newRow("group larger than seven bytes") << u"99999999999999999"_s + valid.mid(17) << today << u"malformed"_s;
    QTest::newRow("last group larger than five bytes") << valid.left(204) + u"9999999999999"_s << today << u"malformed"_s;

    QByteArray version2 = bytesOf(valid);
    version2[0] = 2;
    QTest::newRow("format version 2") << VoucherCodec::bytesToDigits(version2) << today << u"unknown-version"_s;

    const VoucherKeyPair otherKey = VoucherKeyPair::generate(9);
    QTest::newRow("signed with a key this counter does not know")
        << encoded(claimsFor(otherKey), otherKey) << today << u"unknown-key"_s;

    QByteArray moreMoney = bytesOf(valid);
    moreMoney[21] = static_cast<char>(moreMoney[21] + 1);  // amount bytes 19..22
    QTest::newRow("amount raised after signing") << VoucherCodec::bytesToDigits(moreMoney) << today << u"bad-signature"_s;

    QByteArray longerValid = bytesOf(valid);
    longerValid[24] = static_cast<char>(longerValid[24] + 7);  // expiry bytes 23..24
    QTest::newRow("expiry extended after signing") << VoucherCodec::bytesToDigits(longerValid) << today << u"bad-signature"_s;

    QTest::newRow("day after expiry") << valid << today.addDays(1) << u"expired"_s;
    QTest::newRow("on the expiry day it is still valid") << valid << today << QString();
}

void TestVoucherCodec::refusals()
{
    QFETCH(QString, text);
    QFETCH(QDate, today);
    QFETCH(QString, code);

    const auto result = VoucherCodec::decode(text, m_publicKeys, today);
    if (code.isEmpty()) {
        QVERIFY(result.ok());
        return;
    }
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, code);
    QVERIFY(!result.error().message.isEmpty());
}

void TestVoucherCodec::anotherKeyWithTheSameIdIsABadSignature()
{
    // A stolen key id is worthless without the secret: a forger signing
    // with their own key under our key id is caught by the signature.
    const VoucherKeyPair forger = VoucherKeyPair::generate(m_key.keyId());
    const auto result = VoucherCodec::decode(encoded(claimsFor(forger), forger), m_publicKeys, today);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, u"bad-signature"_s);
}

void TestVoucherCodec::inspectShowsWhatARefusedCodeClaims()
{
    const VoucherKeyPair forger = VoucherKeyPair::generate(m_key.keyId());
    const VoucherClaims claims = claimsFor(forger, 250000);
    const auto inspected = VoucherCodec::inspect(encoded(claims, forger));
    QVERIFY(inspected.ok());
    QCOMPARE(inspected.value(), claims);
    QCOMPARE(VoucherCodec::inspect(u"123"_s).error().code, u"malformed"_s);
}

void TestVoucherCodec::encodeRefuses_data()
{
    QTest::addColumn<VoucherClaims>("claims");
    QTest::addColumn<QString>("code");
    const VoucherClaims good = claimsFor(m_key);
    VoucherClaims c = good;
    c.keyId = 2;
    QTest::newRow("claims name another key") << c << u"key-mismatch"_s;
    c = good;
    c.voucherId.chop(1);
    QTest::newRow("voucher id of 15 bytes") << c << u"invalid-voucher-id"_s;
    c = good;
    c.amount = Coins(0);
    QTest::newRow("zero amount") << c << u"invalid-amount"_s;
    c.amount = Coins(-100);
    QTest::newRow("negative amount") << c << u"invalid-amount"_s;
    c.amount = Coins(4294967296);
    QTest::newRow("amount beyond 32 bits") << c << u"invalid-amount"_s;
    c = good;
    c.expiryDay = QDate(2019, 12, 31);
    QTest::newRow("expiry before 2020") << c << u"invalid-expiry"_s;
    c.expiryDay = QDate(2020, 1, 1).addDays(65536);
    QTest::newRow("expiry beyond the 16-bit day count") << c << u"invalid-expiry"_s;
    c.expiryDay = QDate();
    QTest::newRow("no expiry") << c << u"invalid-expiry"_s;
}

void TestVoucherCodec::encodeRefuses()
{
    QFETCH(VoucherClaims, claims);
    QFETCH(QString, code);
    const auto result = VoucherCodec::encode(claims, m_key);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, code);
}

void TestVoucherCodec::noMutationIsEverAccepted()
{
    constexpr int perKind = 20000;
    const quint32 seed = QRandomGenerator::global()->generate();
    qInfo("mutation seed %u", seed);
    QRandomGenerator random(seed);

    QList<QString> originals;
    for (int i = 0; i < 50; ++i)
        originals.append(encoded(claimsFor(m_key, 1 + random.bounded(50000)), m_key));

    const auto pick = [&random](qsizetype size) { return static_cast<qsizetype>(random.bounded(static_cast<int>(size))); };
    const auto randomDigit = [&random] { return QChar(u'0' + random.bounded(10)); };

    QElapsedTimer timer;
    timer.start();
    int tried = 0;
    int accepted = 0;
    QMap<QString, int> outcomes;
    const auto attempt = [&](const QString& text) {
        ++tried;
        const auto result = VoucherCodec::decode(text, m_publicKeys, today);
        if (result.ok())
            ++accepted;
        else
            ++outcomes[result.error().code];
    };

    for (int kind = 0; kind < 5; ++kind) {
        for (int i = 0; i < perKind; ++i) {
            const QString& original = originals.at(i % originals.size());
            switch (kind) {
            case 0: {  // one bit of the binary token flipped
                QByteArray bytes = bytesOf(original);
                const qsizetype at = pick(bytes.size());
                bytes[at] = static_cast<char>(bytes[at] ^ (1 << random.bounded(8)));
                attempt(VoucherCodec::bytesToDigits(bytes));
                break;
            }
            case 1: {  // one byte of the binary token replaced by another value
                QByteArray bytes = bytesOf(original);
                const qsizetype at = pick(bytes.size());
                bytes[at] = static_cast<char>(bytes[at] ^ (1 + random.bounded(255)));
                attempt(VoucherCodec::bytesToDigits(bytes));
                break;
            }
            case 2: {  // one digit of the text replaced by another digit
                QString text = original;
                const qsizetype at = pick(text.size());
                QChar digit = text.at(at);
                while (digit == text.at(at))
                    digit = randomDigit();
                text[at] = digit;
                attempt(text);
                break;
            }
            case 3: {  // a digit inserted, as a bouncing scanner key would
                QString text = original;
                text.insert(pick(text.size() + 1), randomDigit());
                attempt(text);
                break;
            }
            case 4: {  // a digit lost
                QString text = original;
                text.remove(pick(text.size()), 1);
                attempt(text);
                break;
            }
            }
        }
    }
    const qint64 elapsed = timer.elapsed();
    QStringList summary;
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
        summary.append(u"%1 %2"_s.arg(it.key()).arg(it.value()));
    qInfo("%d mutated codes decoded in %lld ms: %d accepted; refused as %s", tried, elapsed, accepted,
          qPrintable(summary.join(u", "_s)));
    QCOMPARE(tried, 100000);
    QCOMPARE(accepted, 0);
    // Signature failures dominate: the mutations really reached the verifier.
    QVERIFY(outcomes.value(u"bad-signature"_s) > 40000);
    QVERIFY(elapsed < 60000);
}

QTEST_GUILESS_MAIN(TestVoucherCodec)
#include "TestVoucherCodec.moc"
