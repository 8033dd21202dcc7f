// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "FrameSamples.h"

#include "core/scan/BarcodeReader.h"
#include "ui/common/CameraView.h"
#include "ui/common/VideoFrameDecoder.h"

#include <QDir>
#include <QLabel>
#include <QCameraDevice>
#include <QMediaDevices>
#include <QSignalSpy>
#include <QTest>
#include <QVideoSink>

using namespace Qt::StringLiterals;
using namespace buurtmunt;

namespace {

// Share of the widget not painted in its most common colour: near 0 for an
// empty preview with a line of text, large for a camera picture.
qreal coveredShare(const QImage& image)
{
    QHash<QRgb, int> counts;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* row = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            ++counts[row[x]];
    }
    int mostCommon = 0;
    for (const int count : std::as_const(counts))
        mostCommon = std::max(mostCommon, count);
    return 1.0 - qreal(mostCommon) / (rgb.width() * rgb.height());
}

} // namespace

class TestCameraView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void withoutCameraShowsMessageAndEmitsUnavailable();
    void pushedFramesAreDecodedAndShown();
    void stopClearsThePicture();
};

void TestCameraView::init()
{
    if (!QMediaDevices::videoInputs().isEmpty())
        QSKIP("This machine has a camera; these cases describe a kiosk without one.");
}

void TestCameraView::withoutCameraShowsMessageAndEmitsUnavailable()
{
    CameraView view;
    view.resize(640, 480);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.hasCamera());
    QVERIFY(!view.accessibleName().isEmpty());

    QSignalSpy unavailable(&view, &CameraView::unavailable);
    view.start();
    QCOMPARE(unavailable.count(), 1);
    const QString reason = unavailable.at(0).at(0).toString();
    QCOMPARE(reason, u"No camera found. Type the number instead."_s);
    QCOMPARE(view.message(), reason);
    auto* label = view.findChild<QLabel*>(u"cameraMessage"_s);
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), reason);
    QVERIFY(!view.grab().isNull());
}

void TestCameraView::pushedFramesAreDecodedAndShown()
{
    CameraView view;
    view.resize(640, 480);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.start();
    const QImage before = view.grab().toImage();
    QVERIFY(!BarcodeReader::decode(before));

    const QString payload = frames::passTokenText();
    QSignalSpy decoded(&view, &CameraView::decoded);
    view.decoder()->videoSink()->setVideoFrame(
        frames::toFrame(frames::scene(payload, QSize(1280, 720), 7, 10), QVideoFrameFormat::Format_NV12));
    QTRY_COMPARE(decoded.count(), 1);
    QCOMPARE(decoded.at(0).at(0).toString(), payload);

    // The preview shows the picture instead of the message, and shows it
    // well enough that the code in it can be read from the screen.
    QTRY_VERIFY(view.message().isEmpty());
    const QImage after = view.grab().toImage();
    if (const QString shots = qEnvironmentVariable("BUURTMUNT_SCREENSHOT_DIR"); !shots.isEmpty()) {
        before.save(QDir(shots).filePath(u"camera-no-camera.png"_s));
        after.save(QDir(shots).filePath(u"camera-preview.png"_s));
    }
    QVERIFY2(coveredShare(before) < 0.1, "the empty preview is not empty");
    QVERIFY2(coveredShare(after) > 0.5, "the preview stayed blank");
    // The guide around the code turns green to say "got it".
    bool green = false;
    for (int y = 0; y < after.height() && !green; ++y) {
        for (int x = 0; x < after.width() && !green; ++x) {
            const QRgb pixel = after.pixel(x, y);
            green = qGreen(pixel) > 170 && qRed(pixel) < 100 && qBlue(pixel) < 130;
        }
    }
    QVERIFY2(green, "no confirmation shown after the read");
    const auto onScreen = BarcodeReader::decode(after);
    QVERIFY2(onScreen, "the code is not visible in the preview");
    QCOMPARE(onScreen->text, payload);
}

void TestCameraView::stopClearsThePicture()
{
    CameraView view;
    view.resize(640, 480);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.start();
    view.decoder()->videoSink()->setVideoFrame(
        frames::toFrame(frames::scene(frames::voucherText(), QSize(640, 480)), QVideoFrameFormat::Format_YUV420P));
    QTRY_VERIFY(view.message().isEmpty());
    QTRY_VERIFY(BarcodeReader::decode(view.grab().toImage()).has_value());

    view.stop();
    QVERIFY(!view.isActive());
    QCOMPARE(view.message(), u"The camera is off."_s);
    QVERIFY(!BarcodeReader::decode(view.grab().toImage()));
}

QTEST_MAIN(TestCameraView)
#include "TestCameraView.moc"
