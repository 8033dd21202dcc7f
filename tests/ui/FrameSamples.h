// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Camera frames made in the test: a QR code on a card in a grey scene,
// optionally rotated and noisy, in the pixel formats webcams deliver.

#include "core/domain/Crypto.h"
#include "core/domain/PassToken.h"
#include "core/domain/VoucherToken.h"
#include "core/scan/QrCode.h"

#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QVideoFrame>
#include <QVideoFrameFormat>

#include <algorithm>
#include <cstring>

namespace buurtmunt::frames {

// A real pass token (27 characters).
inline QString passTokenText()
{
    static const QString text = PassToken::generate().toString();
    return text;
}

// A real signed voucher token (217 digits).
inline QString voucherText()
{
    static const QString text = [] {
        const VoucherKeyPair key = VoucherKeyPair::generate(1);
        return VoucherCodec::encode(VoucherClaims{1, crypto::randomBytes(16), Coins(1250), QDate(2027, 1, 31)}, key)
            .value();
    }();
    return text;
}

// A grey room with a white card holding the code, the code about 40 % of the
// frame's height, turned by `degrees`; `noise` adds ±noise to every channel.
inline QImage scene(const QString& payload, QSize size, qreal degrees = 0, int noise = 0, quint32 seed = 1)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(QColor(118, 124, 110));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setRenderHint(QPainter::Antialiasing);
    // Something in the background that is not a code.
    painter.fillRect(QRectF(size.width() * 0.05, size.height() * 0.6, size.width() * 0.2, size.height() * 0.3),
                     QColor(40, 60, 150));
    if (!payload.isEmpty()) {
        const QImage code = QrCode::render(payload, 0, 2).value();
        const qreal side = size.height() * 0.42;
        const qreal module = std::floor(side / code.width() * 4) / 4;
        const qreal codeSide = module * code.width();
        painter.translate(size.width() / 2.0, size.height() / 2.0);
        painter.rotate(degrees);
        painter.fillRect(QRectF(-codeSide / 2 - 20, -codeSide / 2 - 20, codeSide + 40, codeSide + 40),
                         QColor(240, 238, 232));
        painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
        painter.drawImage(QRectF(-codeSide / 2, -codeSide / 2, codeSide, codeSide), code);
    }
    painter.end();
    if (noise > 0) {
        QRandomGenerator random(seed);
        for (int y = 0; y < image.height(); ++y) {
            auto* row = reinterpret_cast<QRgb*>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                const int delta = random.bounded(-noise, noise + 1);
                const auto add = [delta](int channel) { return std::clamp(channel + delta, 0, 255); };
                row[x] = qRgb(add(qRed(row[x])), add(qGreen(row[x])), add(qBlue(row[x])));
            }
        }
    }
    return image;
}

// Pure noise: a camera pointed at nothing in particular.
inline QImage noiseImage(QSize size, quint32 seed)
{
    QImage image(size, QImage::Format_RGB32);
    QRandomGenerator random(seed);
    for (int y = 0; y < image.height(); ++y) {
        auto* row = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            row[x] = random.generate() | 0xff000000u;
    }
    return image;
}

// BT.601 limited range, as webcams deliver it.
inline uchar lumaOf(QRgb rgb)
{
    return uchar(((66 * qRed(rgb) + 129 * qGreen(rgb) + 25 * qBlue(rgb) + 128) >> 8) + 16);
}
inline uchar cbOf(QRgb rgb)
{
    return uchar(((-38 * qRed(rgb) - 74 * qGreen(rgb) + 112 * qBlue(rgb) + 128) >> 8) + 128);
}
inline uchar crOf(QRgb rgb)
{
    return uchar(((112 * qRed(rgb) - 94 * qGreen(rgb) - 18 * qBlue(rgb) + 128) >> 8) + 128);
}

// The image as a camera frame in `format` (YUV420P, NV12 or a 32-bit RGB
// layout); chroma is the average of each 2×2 block.
inline QVideoFrame toFrame(const QImage& source, QVideoFrameFormat::PixelFormat format)
{
    const QImage rgb = source.convertToFormat(QImage::Format_RGB32);
    const int width = rgb.width();
    const int height = rgb.height();
    QVideoFrame frame(QVideoFrameFormat(rgb.size(), format));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};

    if (format == QVideoFrameFormat::Format_YUV420P || format == QVideoFrameFormat::Format_NV12) {
        for (int y = 0; y < height; ++y) {
            const auto* in = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
            uchar* out = frame.bits(0) + y * frame.bytesPerLine(0);
            for (int x = 0; x < width; ++x)
                out[x] = lumaOf(in[x]);
        }
        for (int y = 0; y < height / 2; ++y) {
            const auto* top = reinterpret_cast<const QRgb*>(rgb.constScanLine(2 * y));
            const auto* bottom = reinterpret_cast<const QRgb*>(rgb.constScanLine(2 * y + 1));
            for (int x = 0; x < width / 2; ++x) {
                const QRgb pixels[] = {top[2 * x], top[2 * x + 1], bottom[2 * x], bottom[2 * x + 1]};
                int cb = 0;
                int cr = 0;
                for (QRgb pixel : pixels) {
                    cb += cbOf(pixel);
                    cr += crOf(pixel);
                }
                if (format == QVideoFrameFormat::Format_YUV420P) {
                    frame.bits(1)[y * frame.bytesPerLine(1) + x] = uchar(cb / 4);
                    frame.bits(2)[y * frame.bytesPerLine(2) + x] = uchar(cr / 4);
                } else {
                    uchar* uv = frame.bits(1) + y * frame.bytesPerLine(1) + 2 * x;
                    uv[0] = uchar(cb / 4);
                    uv[1] = uchar(cr / 4);
                }
            }
        }
    } else {
        const QImage converted = rgb.convertToFormat(QVideoFrameFormat::imageFormatFromPixelFormat(format));
        for (int y = 0; y < height; ++y)
            std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), converted.constScanLine(y), size_t(width) * 4);
    }
    frame.unmap();
    return frame;
}

inline QString formatName(QVideoFrameFormat::PixelFormat format)
{
    return QVideoFrameFormat::pixelFormatToString(format);
}

} // namespace buurtmunt::frames
