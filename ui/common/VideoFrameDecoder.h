// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QElapsedTimer>
#include <QImage>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <chrono>

class QVideoFrame;
class QVideoSink;

namespace buurtmunt {

// Reads QR codes from camera frames without ever decoding on the GUI thread.
// Frames reach videoSink() from a capture session (on the camera's thread) or
// from a test; each is handed to a one-thread pool. While a decode runs, new
// frames are dropped rather than queued, so a slow decode costs frame rate,
// never latency or memory. Results come back to this object's thread by a
// queued call, and one code is reported at most once per repeat interval so a
// card held in front of the camera logs in once, not thirty times a second.
class VideoFrameDecoder : public QObject {
    Q_OBJECT

public:
    explicit VideoFrameDecoder(QObject* parent = nullptr);
    ~VideoFrameDecoder() override;

    // Connect a QMediaCaptureSession to it, or push frames in tests.
    QVideoSink* videoSink() const;

    // The same code is reported again only after this much time (default 2 s).
    void setRepeatInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds repeatInterval() const;

    // Counters for tests and the bench: every frame the sink received; the
    // frames the reader ran on (with or without a code in them); the frames
    // skipped because a decode was still running. seen = decoded + dropped
    // once the decoder is idle.
    int framesSeen() const;
    int framesDecoded() const;
    int framesDropped() const;
    // Frames the reader ran on that held a readable code (repeats included).
    int codesFound() const;
    // Time the worker spent on the last frame: conversion plus decoding.
    std::chrono::microseconds lastDecodeTime() const;
    // True while a frame is being decoded on the worker thread.
    bool isBusy() const;

    // The frame as an image BarcodeReader reads in place: the luma plane of
    // planar and semi-planar YUV copied into Grayscale8, 32-bit RGB wrapped
    // as is, anything else through QVideoFrame::toImage(). Null for a frame
    // that cannot be mapped. Thread-safe; public for the bench.
    static QImage frameToImage(const QVideoFrame& frame);

Q_SIGNALS:
    void decoded(const QString& text);

private:
    void onFrame(const QVideoFrame& frame);
    void decodeOnWorker(const QVideoFrame& frame);
    void deliver(const QString& text);

    QVideoSink* m_sink = nullptr;
    QThreadPool m_pool;
    std::atomic<bool> m_busy{false};
    std::atomic<int> m_framesSeen{0};
    std::atomic<int> m_framesDecoded{0};
    std::atomic<int> m_framesDropped{0};
    std::atomic<int> m_codesFound{0};
    std::atomic<qint64> m_lastDecodeMicros{0};
    std::chrono::milliseconds m_repeatInterval{2000};
    QString m_lastText;
    QElapsedTimer m_sinceLastReport;
};

} // namespace buurtmunt
