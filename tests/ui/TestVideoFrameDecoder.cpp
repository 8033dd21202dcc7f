// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "FrameSamples.h"

#include "core/scan/BarcodeReader.h"
#include "ui/common/VideoFrameDecoder.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QVideoSink>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace buurtmunt;

namespace {

using PixelFormat = QVideoFrameFormat::PixelFormat;

const QList<PixelFormat> pixelFormats = {QVideoFrameFormat::Format_YUV420P, QVideoFrameFormat::Format_NV12,
                                         QVideoFrameFormat::Format_BGRA8888};
const QList<QSize> frameSizes = {QSize(640, 480), QSize(1280, 720), QSize(1920, 1080)};

// The GUI thread must never wait for a decode: handing a frame over is a
// reference count and an atomic. The typical hand-over is held to 2 ms, far
// below any decode; single hand-overs get 50 ms, because on a loaded 2-core
// machine the scheduler may pre-empt the GUI thread right after the worker wakes.
constexpr qint64 typicalHandOverNs = 2'000'000;
constexpr qint64 maxHandOverNs = 50'000'000;

qint64 pushTimed(VideoFrameDecoder& decoder, const QVideoFrame& frame)
{
    QElapsedTimer timer;
    timer.start();
    decoder.videoSink()->setVideoFrame(frame);
    return timer.nsecsElapsed();
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

class TestVideoFrameDecoder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void decodesTheExactPayload_data();
    void decodesTheExactPayload();
    void framesWithoutCodeAreIgnored_data();
    void framesWithoutCodeAreIgnored();
    void dropsFramesWhileBusyWithoutBlocking();
    void sameCodeOncePerRepeatInterval();
    void decodesOnAWorkerThread();
    void medianDecodeTime720p();
};

void TestVideoFrameDecoder::decodesTheExactPayload_data()
{
    QTest::addColumn<QString>("payload");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<PixelFormat>("format");
    QTest::addColumn<qreal>("degrees");
    QTest::addColumn<int>("noise");

    struct Variant {
        const char* name;
        qreal degrees;
        int noise;
    };
    const Variant variants[] = {{"straight", 0, 0}, {"7 degrees", 7, 0}, {"90 degrees", 90, 0}, {"noise 20", 0, 20},
                                {"noise 20, -7 degrees", -7, 20}};
    const QList<QPair<const char*, QString>> payloads = {{"pass token", frames::passTokenText()},
                                                         {"voucher", frames::voucherText()}};
    for (const auto& [payloadName, payload] : payloads) {
        for (const QSize size : frameSizes) {
            for (const PixelFormat format : pixelFormats) {
                for (const Variant& variant : variants) {
                    QTest::addRow("%s %dx%d %s %s", payloadName, size.width(), size.height(),
                                  qPrintable(frames::formatName(format)), variant.name)
                        << payload << size << format << variant.degrees << variant.noise;
                }
            }
        }
    }
}

void TestVideoFrameDecoder::decodesTheExactPayload()
{
    QFETCH(QString, payload);
    QFETCH(QSize, size);
    QFETCH(PixelFormat, format);
    QFETCH(qreal, degrees);
    QFETCH(int, noise);

    const QVideoFrame frame = frames::toFrame(frames::scene(payload, size, degrees, noise), format);
    QVERIFY(frame.isValid());
    QCOMPARE(frame.pixelFormat(), format);

    VideoFrameDecoder decoder;
    QSignalSpy spy(&decoder, &VideoFrameDecoder::decoded);
    QVERIFY(pushTimed(decoder, frame) < maxHandOverNs);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 5000);
    QCOMPARE(spy.at(0).at(0).toString(), payload);
    QCOMPARE(decoder.framesSeen(), 1);
    QCOMPARE(decoder.framesDecoded(), 1);
    QCOMPARE(decoder.framesDropped(), 0);
}

void TestVideoFrameDecoder::framesWithoutCodeAreIgnored_data()
{
    QTest::addColumn<QImage>("image");
    QTest::addColumn<PixelFormat>("format");
    const QSize size(1280, 720);
    QImage white(size, QImage::Format_RGB32);
    white.fill(Qt::white);
    QImage black(size, QImage::Format_RGB32);
    black.fill(Qt::black);
    for (const PixelFormat format : pixelFormats) {
        const QString name = frames::formatName(format);
        QTest::addRow("blank white %s", qPrintable(name)) << white << format;
        QTest::addRow("blank black %s", qPrintable(name)) << black << format;
        QTest::addRow("pure noise %s", qPrintable(name)) << frames::noiseImage(size, 7) << format;
        QTest::addRow("scene without code, noisy %s", qPrintable(name)) << frames::scene({}, size, 0, 20) << format;
    }
}

void TestVideoFrameDecoder::framesWithoutCodeAreIgnored()
{
    QFETCH(QImage, image);
    QFETCH(PixelFormat, format);

    VideoFrameDecoder decoder;
    QSignalSpy spy(&decoder, &VideoFrameDecoder::decoded);
    // Two separate frames in turn: a sink ignores the frame it already holds.
    const QVideoFrame frames[] = {frames::toFrame(image, format), frames::toFrame(image, format)};
    for (int i = 0; i < 3; ++i) {
        decoder.videoSink()->setVideoFrame(frames[i % 2]);
        QTRY_VERIFY(!decoder.isBusy());
    }
    QCOMPARE(decoder.framesDecoded(), 3);
    // Give a (wrong) queued result every chance to arrive.
    QTest::qWait(50);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(decoder.codesFound(), 0);
}

void TestVideoFrameDecoder::dropsFramesWhileBusyWithoutBlocking()
{
    const QString payload = frames::voucherText();
    const QImage image = frames::scene(payload, QSize(1920, 1080), 7, 20);
    // Two separate frames in turn: a sink ignores the frame it already holds.
    const QVideoFrame frames[] = {frames::toFrame(image, QVideoFrameFormat::Format_NV12),
                                  frames::toFrame(image, QVideoFrameFormat::Format_NV12)};

    VideoFrameDecoder decoder;
    QSignalSpy spy(&decoder, &VideoFrameDecoder::decoded);
    constexpr int pushed = 60;
    QList<qint64> handOvers;
    for (int i = 0; i < pushed; ++i) {
        handOvers << pushTimed(decoder, frames[i % 2]);
        QThread::usleep(500);  // a camera far faster than the decoder
    }
    std::sort(handOvers.begin(), handOvers.end());
    const qint64 median = handOvers.at(pushed / 2);
    const qint64 slowest = handOvers.last();
    qInfo("hand-over of %d frames: median %.3f ms, slowest %.3f ms", pushed, double(median) / 1e6, double(slowest) / 1e6);
    QVERIFY2(median < typicalHandOverNs, qPrintable(u"setVideoFrame took %1 ms (median)"_s.arg(double(median) / 1e6)));
    QVERIFY2(slowest < maxHandOverNs, qPrintable(u"setVideoFrame took %1 ms"_s.arg(double(slowest) / 1e6)));
    QCOMPARE(decoder.framesSeen(), pushed);
    QTRY_VERIFY(!decoder.isBusy());
    QVERIFY2(decoder.framesDropped() > 0, "frames were queued instead of dropped");
    QCOMPARE(decoder.framesDecoded() + decoder.framesDropped(), pushed);
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), payload);
    QTest::qWait(50);
    QCOMPARE(spy.count(), 1);  // every decode found the code; reported once
}

void TestVideoFrameDecoder::sameCodeOncePerRepeatInterval()
{
    const QString pass = frames::passTokenText();
    const QString voucher = frames::voucherText();
    // Each push is a new frame, as from a camera: a sink ignores the frame it already holds.
    const QImage passImage = frames::scene(pass, QSize(640, 480));
    const QImage voucherImage = frames::scene(voucher, QSize(640, 480));
    const auto passFrame = [&] { return frames::toFrame(passImage, QVideoFrameFormat::Format_NV12); };
    const auto voucherFrame = [&] { return frames::toFrame(voucherImage, QVideoFrameFormat::Format_NV12); };

    VideoFrameDecoder decoder;
    QCOMPARE(decoder.repeatInterval(), 2000ms);
    decoder.setRepeatInterval(400ms);
    QSignalSpy spy(&decoder, &VideoFrameDecoder::decoded);
    QElapsedTimer sinceFirst;
    sinceFirst.start();
    // True once the frame was decoded with a code in it and the queued result delivered.
    const auto pushAndWait = [&](const QVideoFrame& frame) {
        const int found = decoder.codesFound();
        decoder.videoSink()->setVideoFrame(frame);
        const bool decoded = QTest::qWaitFor([&] { return decoder.codesFound() == found + 1 && !decoder.isBusy(); }, 5000);
        QCoreApplication::processEvents();
        return decoded;
    };

    QVERIFY(pushAndWait(passFrame()));
    QCOMPARE(spy.count(), 1);
    QVERIFY(pushAndWait(passFrame()));
    QVERIFY(pushAndWait(passFrame()));
    if (sinceFirst.elapsed() < 350)  // on a very slow machine the interval may really have passed
        QCOMPARE(spy.count(), 1);

    // Another code is reported at once.
    const int beforeVoucher = spy.count();
    QVERIFY(pushAndWait(voucherFrame()));
    QCOMPARE(spy.count(), beforeVoucher + 1);
    QCOMPARE(spy.last().at(0).toString(), voucher);
    const int afterVoucher = spy.count();

    // After the interval the same code is reported again.
    QTest::qWait(450);
    QVERIFY(pushAndWait(voucherFrame()));
    QCOMPARE(spy.count(), afterVoucher + 1);
    QCOMPARE(spy.last().at(0).toString(), voucher);
}

void TestVideoFrameDecoder::decodesOnAWorkerThread()
{
    // setVideoFrame returns while the decode of a large noisy frame is still
    // running, and the result arrives later through the event loop.
    const QVideoFrame frame = frames::toFrame(frames::scene(frames::voucherText(), QSize(1920, 1080), 7, 20),
                                              QVideoFrameFormat::Format_BGRA8888);
    VideoFrameDecoder decoder;
    QSignalSpy spy(&decoder, &VideoFrameDecoder::decoded);
    decoder.videoSink()->setVideoFrame(frame);
    QVERIFY(decoder.isBusy());
    QCOMPARE(spy.count(), 0);  // delivered by a queued call, never inside setVideoFrame
    QTRY_COMPARE(spy.count(), 1);
    QVERIFY(decoder.lastDecodeTime() > 0us);
}

void TestVideoFrameDecoder::medianDecodeTime720p()
{
    constexpr int runs = 15;
    const QString payload = frames::voucherText();
    const QImage image = frames::scene(payload, QSize(1280, 720), 7, 20);
    for (const PixelFormat format : pixelFormats) {
        const QVideoFrame frames[] = {frames::toFrame(image, format), frames::toFrame(image, format)};
        VideoFrameDecoder decoder;
        QList<qint64> micros;
        for (int i = 0; i < runs; ++i) {
            decoder.videoSink()->setVideoFrame(frames[i % 2]);
            QTRY_VERIFY(!decoder.isBusy());
            micros.append(decoder.lastDecodeTime().count());
        }
        QCOMPARE(decoder.codesFound(), runs);
        qInfo("1280x720 %s: median %.2f ms through VideoFrameDecoder (conversion + decode)",
              qPrintable(frames::formatName(format)), double(median(micros)) / 1000.0);
    }
    // Reference in the same run: BarcodeReader alone on the RGB image.
    QList<qint64> reference;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto code = BarcodeReader::decode(image);
        reference.append(timer.nsecsElapsed() / 1000);
        QVERIFY(code && code->text == payload);
    }
    qInfo("1280x720 reference: median %.2f ms for BarcodeReader::decode on the RGB32 image",
          double(median(reference)) / 1000.0);
}

QTEST_MAIN(TestVideoFrameDecoder)
#include "TestVideoFrameDecoder.moc"
