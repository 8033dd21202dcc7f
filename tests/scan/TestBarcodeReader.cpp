// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "core/domain/Crypto.h"
#include "core/domain/VoucherToken.h"
#include "core/scan/BarcodeReader.h"
#include "core/scan/QrCode.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QTest>
#include <QTransform>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace buurtmunt;

namespace {

QString voucherText()
{
    static const QString text = [] {
        const VoucherKeyPair key = VoucherKeyPair::generate(1);
        return VoucherCodec::encode(VoucherClaims{1, crypto::randomBytes(16), Coins(1250), QDate(2027, 1, 31)}, key)
            .value();
    }();
    return text;
}

QImage voucherQr(int minimumSize = 240)
{
    return QrCode::render(voucherText(), minimumSize).value();
}

// The code drawn rotated on white paper, as a slip lying askew under a camera.
QImage rotatedOnPaper(const QImage& code, qreal degrees)
{
    const QRectF bounds = QTransform().rotate(degrees).mapRect(QRectF(code.rect()));
    QImage paper(bounds.size().toSize() + QSize(40, 40), QImage::Format_RGB32);
    paper.fill(Qt::white);
    QPainter painter(&paper);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.translate(paper.width() / 2.0, paper.height() / 2.0);
    painter.rotate(degrees);
    painter.drawImage(QPointF(-code.width() / 2.0, -code.height() / 2.0), code);
    painter.end();
    return paper;
}

// Sensor noise: every pixel off by up to ±amplitude, plus some dead pixels.
QImage withNoise(const QImage& source, int amplitude, double deadFraction, quint32 seed)
{
    QImage image = source.convertToFormat(QImage::Format_Grayscale8);
    QRandomGenerator random(seed);
    for (int y = 0; y < image.height(); ++y) {
        uchar* row = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x) {
            if (random.generateDouble() < deadFraction)
                row[x] = random.bounded(2) ? 255 : 0;
            else
                row[x] = static_cast<uchar>(std::clamp(row[x] + random.bounded(-amplitude, amplitude + 1), 0, 255));
        }
    }
    return image;
}

} // namespace

class TestBarcodeReader : public QObject {
    Q_OBJECT

private slots:
    void readsEveryImageFormat_data();
    void readsEveryImageFormat();
    void reportsWhereTheCodeIs();
    void rotatedAndNoisy_data();
    void rotatedAndNoisy();
    void cameraFrameWithASlipInIt();
    void nothingToRead_data();
    void nothingToRead();
};

void TestBarcodeReader::readsEveryImageFormat_data()
{
    QTest::addColumn<QImage::Format>("format");
    QTest::newRow("Grayscale8 (in place)") << QImage::Format_Grayscale8;
    QTest::newRow("RGB32 (in place)") << QImage::Format_RGB32;
    QTest::newRow("ARGB32 (in place)") << QImage::Format_ARGB32;
    QTest::newRow("ARGB32 premultiplied (in place)") << QImage::Format_ARGB32_Premultiplied;
    QTest::newRow("RGB888 (in place)") << QImage::Format_RGB888;
    QTest::newRow("BGR888 (in place)") << QImage::Format_BGR888;
    QTest::newRow("RGBX8888 (in place)") << QImage::Format_RGBX8888;
    QTest::newRow("RGBA8888 (in place)") << QImage::Format_RGBA8888;
    QTest::newRow("Mono (converted)") << QImage::Format_Mono;
    QTest::newRow("Indexed8 (converted)") << QImage::Format_Indexed8;
    QTest::newRow("RGB16 (converted)") << QImage::Format_RGB16;
    QTest::newRow("Grayscale16 (converted)") << QImage::Format_Grayscale16;
}

void TestBarcodeReader::readsEveryImageFormat()
{
    QFETCH(QImage::Format, format);
    // An odd width gives padded scan lines, so bytesPerLine must be honoured.
    QImage image = voucherQr(241).convertToFormat(format);
    QCOMPARE(image.format(), format);
    const auto scanned = BarcodeReader::decode(image);
    QVERIFY(scanned.has_value());
    QCOMPARE(scanned->text, voucherText());
    QCOMPARE(scanned->format, u"QRCode"_s);
}

void TestBarcodeReader::reportsWhereTheCodeIs()
{
    const QImage code = voucherQr(245);  // 49 modules × 5 px, quiet zone 20 px
    const auto scanned = BarcodeReader::decode(code);
    QVERIFY(scanned.has_value());
    QCOMPARE(scanned->position.size(), 4);
    const QRectF found = scanned->position.boundingRect();
    QVERIFY2(QRectF(10, 10, 225, 225).contains(found), qPrintable(u"%1 %2 %3 %4"_s.arg(found.x()).arg(found.y()).arg(found.width()).arg(found.height())));
    QVERIFY(found.width() > 180);
}

void TestBarcodeReader::rotatedAndNoisy_data()
{
    QTest::addColumn<QImage>("image");
    const QImage code = voucherQr();
    QTest::newRow("upside down") << code.transformed(QTransform().rotate(180));
    QTest::newRow("rotated 90 degrees") << code.transformed(QTransform().rotate(90));
    QTest::newRow("askew by 15 degrees") << rotatedOnPaper(code, 15);
    QTest::newRow("askew by -15 degrees") << rotatedOnPaper(code, -15);
    QTest::newRow("noisy") << withNoise(code, 60, 0.02, 7);
    QTest::newRow("askew and noisy") << withNoise(rotatedOnPaper(code, 15), 50, 0.01, 8);
    QTest::newRow("photographed at half size") << code.scaled(code.size() / 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

void TestBarcodeReader::rotatedAndNoisy()
{
    QFETCH(QImage, image);
    const auto scanned = BarcodeReader::decode(image);
    QVERIFY(scanned.has_value());
    QCOMPARE(scanned->text, voucherText());
}

void TestBarcodeReader::cameraFrameWithASlipInIt()
{
    // A webcam frame: dull grey counter, a slip with a washed-out print of
    // typical size off-centre, and some sensor noise.
    QImage frame(640, 480, QImage::Format_RGB32);
    frame.fill(QColor(128, 128, 128));
    QImage slip = voucherQr(196).convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < slip.height(); ++y) {
        auto* row = reinterpret_cast<QRgb*>(slip.scanLine(y));
        for (int x = 0; x < slip.width(); ++x)
            row[x] = qGray(row[x]) < 128 ? qRgb(45, 45, 50) : qRgb(225, 222, 215);
    }
    const QPoint at(300, 150);
    QPainter painter(&frame);
    painter.drawImage(at, slip);
    painter.end();
    const QImage noisy = withNoise(frame, 25, 0.0, 9).convertToFormat(QImage::Format_RGB32);

    const auto scanned = BarcodeReader::decode(noisy);
    QVERIFY(scanned.has_value());
    QCOMPARE(scanned->text, voucherText());
    QVERIFY(QRectF(QRect(at, slip.size())).contains(scanned->position.boundingRect()));
}

void TestBarcodeReader::nothingToRead_data()
{
    QTest::addColumn<QImage>("image");
    QImage white(640, 480, QImage::Format_Grayscale8);
    white.fill(255);
    QImage black(640, 480, QImage::Format_RGB32);
    black.fill(Qt::black);
    QTest::newRow("null image") << QImage();
    QTest::newRow("blank white frame") << white;
    QTest::newRow("lens cap on") << black;
    QTest::newRow("pure noise") << withNoise(white, 255, 0.0, 10);
    QTest::newRow("salt and pepper") << withNoise(white, 0, 0.5, 11);
    QImage tiny(1, 1, QImage::Format_RGB32);
    tiny.fill(Qt::black);
    QTest::newRow("single pixel") << tiny;
    QImage halfCode = voucherQr();
    QPainter painter(&halfCode);
    painter.fillRect(QRect(0, 0, halfCode.width() / 2, halfCode.height()), Qt::white);
    painter.end();
    QTest::newRow("half the code torn off") << halfCode;
}

void TestBarcodeReader::nothingToRead()
{
    QFETCH(QImage, image);
    QVERIFY(!BarcodeReader::decode(image).has_value());
}

QTEST_GUILESS_MAIN(TestBarcodeReader)
#include "TestBarcodeReader.moc"
