// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
//
// bench_decode_frame [--runs N]: how long a 1280×720 camera frame takes from
// the capture sink to a decoded QR code, next to a reference measured in the
// same run: BarcodeReader::decode alone on the RGB32 picture, and the naive
// path (QVideoFrame::toImage() then decode) the Y-plane shortcut replaces.
// Uses the recorded-style frames of the tests (code turned 7°, ±20 noise).

#include "FrameSamples.h"

#include "core/scan/BarcodeReader.h"
#include "ui/common/VideoFrameDecoder.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QThread>
#include <QTimer>
#include <QVideoSink>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace buurtmunt;

namespace {

double medianMs(QList<qint64> nanoseconds)
{
    std::sort(nanoseconds.begin(), nanoseconds.end());
    return nanoseconds.isEmpty() ? 0 : double(nanoseconds.at(nanoseconds.size() / 2)) / 1e6;
}

// Wall time from setVideoFrame to the decoded signal, and the worker's own
// time per frame; nullopt when a frame did not decode.
struct PathTimes {
    QList<qint64> endToEnd;
    QList<qint64> worker;
    QList<qint64> handOver;  // time setVideoFrame held the calling thread
};

std::optional<PathTimes> throughDecoder(const QImage& image, QVideoFrameFormat::PixelFormat format, int runs,
                                        const QString& payload)
{
    // Two frames in turn: a sink ignores the frame it already holds.
    const QVideoFrame frames[] = {frames::toFrame(image, format), frames::toFrame(image, format)};
    VideoFrameDecoder decoder;
    decoder.setRepeatInterval(std::chrono::milliseconds(0));
    PathTimes times;
    for (int i = 0; i < runs; ++i) {
        QEventLoop loop;
        QString text;
        QElapsedTimer timer;
        const auto connection = QObject::connect(&decoder, &VideoFrameDecoder::decoded, &loop, [&](const QString& t) {
            text = t;
            loop.quit();
        });
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        timer.start();
        decoder.videoSink()->setVideoFrame(frames[i % 2]);
        times.handOver.append(timer.nsecsElapsed());
        loop.exec();
        const qint64 elapsed = timer.nsecsElapsed();
        QObject::disconnect(connection);
        if (text != payload)
            return std::nullopt;
        // The worker clears its busy flag just after posting the result; a
        // frame pushed before that would be dropped, as it should be. A
        // camera's next frame comes tens of milliseconds later anyway.
        while (decoder.isBusy())
            QThread::usleep(200);
        times.endToEnd.append(elapsed);
        times.worker.append(decoder.lastDecodeTime().count() * 1000);
    }
    return times;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(u"runs"_s, u"Frames per measurement (default 31)."_s, u"N"_s, u"31"_s);
    parser.addOption(runsOption);
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    const QString payload = frames::voucherText();
    const QImage image = frames::scene(payload, QSize(1280, 720), 7, 20);

    QList<qint64> reference;
    QList<qint64> naive;
    const QVideoFrame yuv = frames::toFrame(image, QVideoFrameFormat::Format_NV12);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto code = BarcodeReader::decode(image);
        reference.append(timer.nsecsElapsed());
        if (!code || code->text != payload) {
            std::fprintf(stderr, "bench_decode_frame: the reference decode failed\n");
            return 1;
        }
        timer.restart();
        const auto viaToImage = BarcodeReader::decode(yuv.toImage());
        naive.append(timer.nsecsElapsed());
        if (!viaToImage || viaToImage->text != payload) {
            std::fprintf(stderr, "bench_decode_frame: the toImage() decode failed\n");
            return 1;
        }
    }
    const double referenceMs = medianMs(reference);
    std::printf("1280x720 frame, voucher QR (217 digits) turned 7 degrees, noise +-20, %d runs, medians\n", runs);
    std::printf("%-44s %9.2f ms  (reference)\n", "BarcodeReader::decode on the RGB32 image", referenceMs);
    std::printf("%-44s %9.2f ms  ratio %.2f\n", "NV12 toImage() + decode (naive path)", medianMs(naive),
                medianMs(naive) / referenceMs);

    const QList<QPair<QVideoFrameFormat::PixelFormat, const char*>> formats = {
        {QVideoFrameFormat::Format_NV12, "NV12"},
        {QVideoFrameFormat::Format_YUV420P, "YUV420P"},
        {QVideoFrameFormat::Format_BGRA8888, "BGRA8888"}};
    for (const auto& [format, name] : formats) {
        const auto times = throughDecoder(image, format, runs, payload);
        if (!times) {
            std::fprintf(stderr, "bench_decode_frame: a %s frame did not decode\n", name);
            return 2;
        }
        const QByteArray worker = "VideoFrameDecoder " + QByteArray(name) + ", worker";
        const QByteArray endToEnd = "VideoFrameDecoder " + QByteArray(name) + ", sink to signal";
        std::printf("%-44s %9.2f ms  ratio %.2f\n", worker.constData(), medianMs(times->worker),
                    medianMs(times->worker) / referenceMs);
        std::printf("%-44s %9.2f ms  ratio %.2f  (hand-over median %.3f ms, max %.3f ms)\n", endToEnd.constData(),
                    medianMs(times->endToEnd), medianMs(times->endToEnd) / referenceMs, medianMs(times->handOver),
                    double(*std::max_element(times->handOver.cbegin(), times->handOver.cend())) / 1e6);
    }
    return 0;
}
