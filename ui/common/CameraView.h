// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QVideoFrame>
#include <QWidget>

class QCamera;
class QLabel;
class QMediaCaptureSession;
class QMediaDevices;

namespace buurtmunt {

class VideoFrameDecoder;

// Live camera preview that reads QR codes. One video sink (the decoder's)
// feeds both the decoder and this widget's painting, so the capture session
// needs a single output. Without a camera, or when the camera fails, the
// widget shows plain words and emits unavailable(); the caller then offers
// typing the number instead.
class CameraView : public QWidget {
    Q_OBJECT

public:
    explicit CameraView(QWidget* parent = nullptr);
    ~CameraView() override;

    // True when a camera device exists and has not failed.
    bool hasCamera() const;
    // Starts the camera; emits unavailable() (synchronously) when there is none.
    void start();
    void stop();
    bool isActive() const;

    VideoFrameDecoder* decoder() const;
    // The message shown when there is no picture; empty while frames arrive.
    QString message() const;

Q_SIGNALS:
    void decoded(const QString& text);
    // Translated plain words, e.g. "No camera found. Type the number instead."
    void unavailable(const QString& reason);

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    enum class State { Stopped, Starting, NoCamera, Failed, Live };

    void onFrame(const QVideoFrame& frame);
    void onCameraError(const QString& detail);
    void onVideoInputsChanged();
    bool setupCamera();
    void setState(State state);
    void retranslate();

    VideoFrameDecoder* m_decoder = nullptr;
    QMediaDevices* m_devices = nullptr;
    QMediaCaptureSession* m_session = nullptr;
    QCamera* m_camera = nullptr;
    QLabel* m_messageLabel = nullptr;
    QVideoFrame m_lastFrame;
    State m_state = State::Stopped;
    bool m_active = false;
    QElapsedTimer m_sinceDecoded;  // the guide turns green for a moment after a read
};

} // namespace buurtmunt
