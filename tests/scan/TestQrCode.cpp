// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "core/domain/Crypto.h"
#include "core/domain/VoucherToken.h"
#include "core/scan/BarcodeReader.h"
#include "core/scan/QrCode.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;

namespace {

// Every row of the image is pure black or white, and the quiet zone is white.
bool isCrispBlackOnWhite(const QImage& image)
{
    for (int y = 0; y < image.height(); ++y) {
        const uchar* row = image.constScanLine(y);
        for (int x = 0; x < image.width(); ++x) {
            if (row[x] != 0 && row[x] != 255)
                return false;
        }
    }
    return true;
}

bool isWhite(const QImage& image, const QRect& area)
{
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            if (image.constScanLine(y)[x] != 255)
                return false;
        }
    }
    return true;
}

} // namespace

class TestQrCode : public QObject {
    Q_OBJECT

private slots:
    void modulesAreWholePixels_data();
    void modulesAreWholePixels();
    void voucherTokenFitsVersionSix();
    void refusals_data();
    void refusals();
    void thousandVouchersSurvivePrintAndScan();
};

void TestQrCode::modulesAreWholePixels_data()
{
    QTest::addColumn<int>("minimumSize");
    QTest::addColumn<int>("quietZone");
    QTest::addColumn<int>("expectedSide");

    // "12345" is a version 1 code: 21 modules, plus the quiet zone each side.
    QTest::newRow("one pixel per module when no size is asked") << 0 << 4 << 29;
    QTest::newRow("rounded up to four pixels per module") << 100 << 4 << 116;
    QTest::newRow("exact multiple") << 87 << 4 << 87;
    QTest::newRow("without quiet zone") << 100 << 0 << 105;
    QTest::newRow("wide quiet zone") << 0 << 10 << 41;
}

void TestQrCode::modulesAreWholePixels()
{
    QFETCH(int, minimumSize);
    QFETCH(int, quietZone);
    QFETCH(int, expectedSide);

    const auto image = QrCode::render(u"12345"_s, minimumSize, quietZone);
    QVERIFY(image.ok());
    QCOMPARE(image->format(), QImage::Format_Grayscale8);
    QCOMPARE(image->width(), expectedSide);
    QCOMPARE(image->height(), expectedSide);
    QVERIFY(image->width() >= minimumSize);
    QVERIFY(isCrispBlackOnWhite(*image));

    const int scale = expectedSide / (21 + 2 * quietZone);
    const int zone = quietZone * scale;
    if (zone > 0) {
        QVERIFY(isWhite(*image, QRect(0, 0, expectedSide, zone)));
        QVERIFY(isWhite(*image, QRect(0, 0, zone, expectedSide)));
        QVERIFY(isWhite(*image, QRect(0, expectedSide - zone, expectedSide, zone)));
        QVERIFY(isWhite(*image, QRect(expectedSide - zone, 0, zone, expectedSide)));
    }
    // The finder pattern's outer ring starts right after the quiet zone.
    QCOMPARE(image->constScanLine(zone)[zone], uchar{0});
    QCOMPARE(image->constScanLine(zone + scale * 7 - 1)[zone], uchar{0});
    QCOMPARE(image->constScanLine(zone + scale)[zone + scale], uchar{255});
}

void TestQrCode::voucherTokenFitsVersionSix()
{
    // 217 digits at level M is a version 6 symbol (41 modules): small enough
    // for a 3 cm square on a receipt printer at 203 dpi.
    const VoucherKeyPair key = VoucherKeyPair::generate(1);
    const auto text = VoucherCodec::encode(
        VoucherClaims{1, crypto::randomBytes(16), Coins(1500), QDate(2026, 12, 31)}, key);
    QVERIFY(text.ok());
    const auto image = QrCode::render(text.value(), 0);
    QVERIFY(image.ok());
    QCOMPARE(image->width(), 41 + 8);
}

void TestQrCode::refusals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("minimumSize");
    QTest::addColumn<int>("quietZone");
    QTest::addColumn<QString>("code");
    QTest::newRow("nothing to encode") << QString() << 100 << 4 << u"qr-empty"_s;
    QTest::newRow("negative size") << u"1"_s << -1 << 4 << u"qr-invalid-size"_s;
    QTest::newRow("negative quiet zone") << u"1"_s << 100 << -1 << u"qr-invalid-size"_s;
    QTest::newRow("absurd size") << u"1"_s << 100000 << 4 << u"qr-invalid-size"_s;
    QTest::newRow("more text than a QR holds") << QString(5000, u'x') << 100 << 4 << u"qr-too-long"_s;
}

void TestQrCode::refusals()
{
    QFETCH(QString, text);
    QFETCH(int, minimumSize);
    QFETCH(int, quietZone);
    QFETCH(QString, code);
    const auto image = QrCode::render(text, minimumSize, quietZone);
    QVERIFY(!image.ok());
    QCOMPARE(image.error().code, code);
    QVERIFY(!image.error().message.isEmpty());
}

void TestQrCode::thousandVouchersSurvivePrintAndScan()
{
    const VoucherKeyPair key = VoucherKeyPair::generate(4);
    const QHash<quint16, QByteArray> publicKeys{{key.keyId(), key.publicKey()}};
    const QDate today(2026, 11, 23);
    QRandomGenerator random(1123);

    QElapsedTimer timer;
    timer.start();
    int identical = 0;
    for (int i = 0; i < 1000; ++i) {
        const VoucherClaims claims{key.keyId(), crypto::randomBytes(16), Coins(1 + random.bounded(100000)),
                                   today.addDays(random.bounded(365))};
        const auto text = VoucherCodec::encode(claims, key);
        QVERIFY(text.ok());
        const auto image = QrCode::render(text.value(), 200);
        QVERIFY(image.ok());
        const auto scanned = BarcodeReader::decode(image.value());
        QVERIFY2(scanned.has_value(), qPrintable(u"voucher %1 was not read back"_s.arg(i)));
        const auto decoded = VoucherCodec::decode(scanned->text, publicKeys, today);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().message));
        identical += decoded.value() == claims ? 1 : 0;
    }
    qInfo("1000 vouchers rendered, scanned and verified in %lld ms", timer.elapsed());
    QCOMPARE(identical, 1000);
}

QTEST_GUILESS_MAIN(TestQrCode)
#include "TestQrCode.moc"
