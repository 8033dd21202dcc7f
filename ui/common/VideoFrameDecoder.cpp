// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "VideoFrameDecoder.h"

#include "core/scan/BarcodeReader.h"

#include <QMetaObject>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>

#include <cstring>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {

// Formats BarcodeReader reads without converting (see BarcodeReader.h).
bool readInPlace(QImage::Format format)
{
    switch (format) {
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32:
    case QImage::Format_ARGB32_Premultiplied:
    case QImage::Format_RGBX8888:
    case QImage::Format_RGBA8888:
    case QImage::Format_RGBA8888_Premultiplied:
        return true;
    default:
        return false;
    }
}

// Formats whose first plane is 8-bit luma at full resolution: only that
// plane matters for a black-and-white code, and copying it skips the colour
// conversion that dominates toImage().
bool lumaPlaneFirst(QVideoFrameFormat::PixelFormat format)
{
    switch (format) {
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4:
    case QVideoFrameFormat::Format_Y8:
        return true;
    default:
        return false;
    }
}

// Packed 4:2:2: the byte offset of the first luma sample in each pair.
int packedLumaOffset(QVideoFrameFormat::PixelFormat format)
{
    switch (format) {
    case QVideoFrameFormat::Format_YUYV:
        return 0;
    case QVideoFrameFormat::Format_UYVY:
        return 1;
    default:
        return -1;
    }
}

// Maps the frame for reading for as long as it lives.
class MappedFrame final {
public:
    explicit MappedFrame(const QVideoFrame& frame) : m_frame(frame) { m_mapped = m_frame.map(QVideoFrame::ReadOnly); }
    ~MappedFrame()
    {
        if (m_mapped)
            m_frame.unmap();
    }
    MappedFrame(const MappedFrame&) = delete;
    MappedFrame& operator=(const MappedFrame&) = delete;

    bool ok() const { return m_mapped; }
    const uchar* bits(int plane) const { return m_frame.bits(plane); }
    int bytesPerLine(int plane) const { return m_frame.bytesPerLine(plane); }

private:
    QVideoFrame m_frame;
    bool m_mapped = false;
};

} // namespace

VideoFrameDecoder::VideoFrameDecoder(QObject* parent) : QObject(parent), m_sink(new QVideoSink(this))
{
    // One thread: frames are independent, and a second decode in parallel
    // would only steal the core the GUI and the camera need.
    m_pool.setMaxThreadCount(1);
    // Start the worker now and keep it: creating a thread inside the first
    // hand-over would cost the GUI (or camera) thread milliseconds.
    m_pool.setExpiryTimeout(-1);
    m_pool.start([] {});
    m_pool.setObjectName(u"VideoFrameDecoder"_s);
    // Direct: a capture session delivers frames on its own thread, and the
    // decision to drop a frame must not wait for the GUI event loop.
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &VideoFrameDecoder::onFrame, Qt::DirectConnection);
}

VideoFrameDecoder::~VideoFrameDecoder()
{
    disconnect(m_sink, nullptr, this, nullptr);
    m_pool.waitForDone();
}

QVideoSink* VideoFrameDecoder::videoSink() const
{
    return m_sink;
}

void VideoFrameDecoder::setRepeatInterval(std::chrono::milliseconds interval)
{
    m_repeatInterval = std::max(interval, std::chrono::milliseconds(0));
}

std::chrono::milliseconds VideoFrameDecoder::repeatInterval() const
{
    return m_repeatInterval;
}

int VideoFrameDecoder::framesSeen() const
{
    return m_framesSeen.load();
}

int VideoFrameDecoder::framesDecoded() const
{
    return m_framesDecoded.load();
}

int VideoFrameDecoder::framesDropped() const
{
    return m_framesDropped.load();
}

int VideoFrameDecoder::codesFound() const
{
    return m_codesFound.load();
}

std::chrono::microseconds VideoFrameDecoder::lastDecodeTime() const
{
    return std::chrono::microseconds(m_lastDecodeMicros.load());
}

bool VideoFrameDecoder::isBusy() const
{
    return m_busy.load();
}

void VideoFrameDecoder::onFrame(const QVideoFrame& frame)
{
    // A session clears its sink with an empty frame when it stops.
    if (!frame.isValid())
        return;
    ++m_framesSeen;
    bool idle = false;
    if (!m_busy.compare_exchange_strong(idle, true)) {
        ++m_framesDropped;
        return;
    }
    // The busy flag already keeps at most one decode in flight, so start()
    // never queues more than that one (behind the warm-up at most). The
    // frame is implicitly shared: the copy costs a reference, not pixels.
    m_pool.start([this, frame] { decodeOnWorker(frame); });
}

void VideoFrameDecoder::decodeOnWorker(const QVideoFrame& frame)
{
    QElapsedTimer timer;
    timer.start();
    const QImage image = frameToImage(frame);
    const auto code = BarcodeReader::decode(image);
    m_lastDecodeMicros = timer.nsecsElapsed() / 1000;
    // Counters change after the result is posted, so whoever sees them
    // change can rely on the result being on its way.
    if (code && !code->text.isEmpty()) {
        QMetaObject::invokeMethod(this, [this, text = code->text] { deliver(text); }, Qt::QueuedConnection);
        ++m_codesFound;
    }
    ++m_framesDecoded;
    m_busy = false;
}

void VideoFrameDecoder::deliver(const QString& text)
{
    const bool repeat = text == m_lastText && m_sinceLastReport.isValid()
                        && m_sinceLastReport.elapsed() < m_repeatInterval.count();
    if (repeat)
        return;
    m_lastText = text;
    m_sinceLastReport.start();
    Q_EMIT decoded(text);
}

QImage VideoFrameDecoder::frameToImage(const QVideoFrame& frame)
{
    if (!frame.isValid())
        return {};
    const QVideoFrameFormat::PixelFormat pixelFormat = frame.pixelFormat();
    const int width = frame.width();
    const int height = frame.height();
    // Frames living in GPU memory need Qt's own download path.
    if (frame.handleType() != QVideoFrame::NoHandle)
        return frame.toImage();

    if (lumaPlaneFirst(pixelFormat)) {
        MappedFrame mapped(frame);
        if (!mapped.ok())
            return {};
        QImage grey(width, height, QImage::Format_Grayscale8);
        const uchar* source = mapped.bits(0);
        const int stride = mapped.bytesPerLine(0);
        if (!source || stride < width)
            return {};
        for (int y = 0; y < height; ++y)
            std::memcpy(grey.scanLine(y), source + static_cast<qsizetype>(y) * stride, static_cast<size_t>(width));
        return grey;
    }

    if (const int offset = packedLumaOffset(pixelFormat); offset >= 0) {
        MappedFrame mapped(frame);
        if (!mapped.ok())
            return {};
        QImage grey(width, height, QImage::Format_Grayscale8);
        const uchar* source = mapped.bits(0);
        const int stride = mapped.bytesPerLine(0);
        if (!source || stride < 2 * width)
            return {};
        for (int y = 0; y < height; ++y) {
            const uchar* in = source + static_cast<qsizetype>(y) * stride + offset;
            uchar* out = grey.scanLine(y);
            for (int x = 0; x < width; ++x)
                out[x] = in[2 * x];
        }
        return grey;
    }

    const QImage::Format imageFormat = QVideoFrameFormat::imageFormatFromPixelFormat(pixelFormat);
    if (readInPlace(imageFormat)) {
        MappedFrame mapped(frame);
        if (!mapped.ok() || !mapped.bits(0))
            return {};
        // Wrap the mapped bytes, then detach: the copy must outlive the map.
        const QImage view(mapped.bits(0), width, height, mapped.bytesPerLine(0), imageFormat);
        return view.copy();
    }

    return frame.toImage();
}

} // namespace buurtmunt
