// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "CameraView.h"

#include "VideoFrameDecoder.h"

#include <QCamera>
#include <QCameraDevice>
#include <QCameraFormat>
#include <QEvent>
#include <QLabel>
#include <QLoggingCategory>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QPainter>
#include <QTimer>
#include <QVBoxLayout>
#include <QVideoSink>

#include <optional>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {

Q_LOGGING_CATEGORY(lcCamera, "buurtmunt.camera")

// Long enough to notice, short enough not to linger over the next resident.
constexpr int decodedHighlightMs = 1000;

// A QR code on a card fills a good part of a 720p picture; larger frames
// only make every decode slower. Prefer the largest format up to 1280×720.
std::optional<QCameraFormat> preferredFormat(const QCameraDevice& device)
{
    std::optional<QCameraFormat> best;
    qint64 bestArea = 0;
    for (const QCameraFormat& format : device.videoFormats()) {
        const QSize size = format.resolution();
        if (size.width() > 1280 || size.height() > 720 || format.pixelFormat() == QVideoFrameFormat::Format_Jpeg)
            continue;
        const qint64 area = qint64(size.width()) * size.height();
        if (area > bestArea) {
            bestArea = area;
            best = format;
        }
    }
    return best;
}

} // namespace

CameraView::CameraView(QWidget* parent)
    : QWidget(parent)
    , m_decoder(new VideoFrameDecoder(this))
    , m_devices(new QMediaDevices(this))
    , m_session(new QMediaCaptureSession(this))
    , m_messageLabel(new QLabel(this))
{
    setObjectName(u"cameraView"_s);
    setMinimumSize(160, 120);
    setAttribute(Qt::WA_OpaquePaintEvent);

    m_messageLabel->setObjectName(u"cameraMessage"_s);
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    QFont messageFont = m_messageLabel->font();
    messageFont.setPointSizeF(messageFont.pointSizeF() * 1.4);
    m_messageLabel->setFont(messageFont);
    QPalette labelPalette = m_messageLabel->palette();
    labelPalette.setColor(QPalette::WindowText, Qt::white);
    m_messageLabel->setPalette(labelPalette);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(m_messageLabel);

    // One sink feeds the decoder (directly, on the camera's thread) and this
    // preview (queued to the GUI thread).
    m_session->setVideoSink(m_decoder->videoSink());
    connect(m_decoder->videoSink(), &QVideoSink::videoFrameChanged, this, &CameraView::onFrame);
    connect(m_decoder, &VideoFrameDecoder::decoded, this, [this](const QString& text) {
        m_sinceDecoded.start();
        update();
        QTimer::singleShot(decodedHighlightMs, this, qOverload<>(&QWidget::update));
        Q_EMIT decoded(text);
    });
    connect(m_devices, &QMediaDevices::videoInputsChanged, this, &CameraView::onVideoInputsChanged);

    setupCamera();
    retranslate();
}

CameraView::~CameraView()
{
    // The session must let go of the camera and the sink before the
    // decoder, which owns the sink, is deleted with the other children.
    if (m_camera)
        m_camera->stop();
    m_session->setCamera(nullptr);
    m_session->setVideoSink(nullptr);
}

bool CameraView::hasCamera() const
{
    return m_camera != nullptr && m_state != State::Failed;
}

bool CameraView::isActive() const
{
    return m_active;
}

VideoFrameDecoder* CameraView::decoder() const
{
    return m_decoder;
}

QString CameraView::message() const
{
    return m_messageLabel->isHidden() ? QString() : m_messageLabel->text();
}

void CameraView::start()
{
    m_active = true;
    if (m_state == State::Failed && m_camera) {
        // Try a fresh camera object: a replugged device has a new backend handle.
        m_session->setCamera(nullptr);
        delete m_camera;
        m_camera = nullptr;
    }
    if (!m_camera && !setupCamera()) {
        setState(State::NoCamera);
        Q_EMIT unavailable(m_messageLabel->text());
        return;
    }
    setState(State::Starting);
    m_camera->start();
}

void CameraView::stop()
{
    m_active = false;
    if (m_camera)
        m_camera->stop();
    m_lastFrame = QVideoFrame();
    if (m_state != State::NoCamera && m_state != State::Failed)
        setState(State::Stopped);
    update();
}

bool CameraView::setupCamera()
{
    const QCameraDevice device = QMediaDevices::defaultVideoInput();
    if (device.isNull())
        return false;
    m_camera = new QCamera(device, this);
    if (const auto format = preferredFormat(device))
        m_camera->setCameraFormat(*format);
    connect(m_camera, &QCamera::errorOccurred, this,
            [this](QCamera::Error error, const QString& detail) {
                if (error != QCamera::NoError)
                    onCameraError(detail);
            });
    m_session->setCamera(m_camera);
    qCInfo(lcCamera) << "Using camera" << device.description();
    return true;
}

void CameraView::onVideoInputsChanged()
{
    // A camera plugged in while the kiosk waits: use it without a restart.
    if (m_active && !m_camera && !QMediaDevices::defaultVideoInput().isNull())
        start();
}

void CameraView::onCameraError(const QString& detail)
{
    // The detail is for the operator's log; the resident gets plain words.
    qCWarning(lcCamera) << "Camera failed:" << detail;
    m_lastFrame = QVideoFrame();
    setState(State::Failed);
    update();
    Q_EMIT unavailable(m_messageLabel->text());
}

void CameraView::onFrame(const QVideoFrame& frame)
{
    if (!frame.isValid())
        return;
    // Frames still queued from a camera that was stopped on purpose.
    if (m_state == State::Stopped && m_camera)
        return;
    m_lastFrame = frame;
    if (m_state != State::Live)
        setState(State::Live);
    update();
}

void CameraView::setState(State state)
{
    m_state = state;
    retranslate();
}

void CameraView::retranslate()
{
    setAccessibleName(tr("Camera"));
    setAccessibleDescription(tr("Hold the QR code in front of the camera."));
    switch (m_state) {
    case State::Stopped:
        m_messageLabel->setText(tr("The camera is off."));
        break;
    case State::Starting:
        m_messageLabel->setText(tr("Starting the camera…"));
        break;
    case State::NoCamera:
        m_messageLabel->setText(tr("No camera found. Type the number instead."));
        break;
    case State::Failed:
        m_messageLabel->setText(tr("The camera is not working. Type the number instead."));
        break;
    case State::Live:
        m_messageLabel->clear();
        break;
    }
    m_messageLabel->setAccessibleName(tr("Camera status"));
    m_messageLabel->setVisible(m_state != State::Live);
}

void CameraView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CameraView::paintEvent(QPaintEvent* /*event*/)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0x20, 0x20, 0x20));
    if (m_state != State::Live || !m_lastFrame.isValid())
        return;

    QSize frameSize = m_lastFrame.size();
    if (frameSize.isEmpty())
        return;
    frameSize.scale(size(), Qt::KeepAspectRatio);
    const QRect target(QPoint((width() - frameSize.width()) / 2, (height() - frameSize.height()) / 2), frameSize);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QVideoFrame::PaintOptions options;
    m_lastFrame.paint(&painter, target, options);

    // A square in the middle shows the resident where to hold the card.
    const int side = std::min(target.width(), target.height()) * 3 / 5;
    QRect guide(0, 0, side, side);
    guide.moveCenter(target.center());
    const bool justRead = m_sinceDecoded.isValid() && m_sinceDecoded.elapsed() < decodedHighlightMs;
    QPen pen(justRead ? QColor(60, 200, 90) : QColor(255, 255, 255, 190));
    pen.setWidth(std::max(2, side / 60));
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.drawRoundedRect(guide, side / 20.0, side / 20.0);
}

} // namespace buurtmunt
