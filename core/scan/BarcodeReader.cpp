// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "BarcodeReader.h"

#include <ZXing/BarcodeFormat.h>
#include <ZXing/DecodeHints.h>
#include <ZXing/ImageView.h>
#include <ZXing/ReadBarcode.h>

#include <QtEndian>

#include <exception>

namespace buurtmunt {

namespace {

// The ZXing layout of a QImage format whose pixels can be read in place.
std::optional<ZXing::ImageFormat> zxingFormat(QImage::Format format)
{
    switch (format) {
    case QImage::Format_Grayscale8:
        return ZXing::ImageFormat::Lum;
    case QImage::Format_RGB32:
    case QImage::Format_ARGB32:
    case QImage::Format_ARGB32_Premultiplied:
        // 0xAARRGGBB in a native-endian 32-bit word.
        return QSysInfo::ByteOrder == QSysInfo::LittleEndian ? ZXing::ImageFormat::BGRX : ZXing::ImageFormat::XRGB;
    case QImage::Format_RGB888:
        return ZXing::ImageFormat::RGB;
    case QImage::Format_BGR888:
        return ZXing::ImageFormat::BGR;
    case QImage::Format_RGBX8888:
    case QImage::Format_RGBA8888:
    case QImage::Format_RGBA8888_Premultiplied:
        return ZXing::ImageFormat::RGBX;
    default:
        return std::nullopt;
    }
}

} // namespace

std::optional<ScannedCode> BarcodeReader::decode(const QImage& image)
{
    if (image.isNull())
        return std::nullopt;

    QImage converted;
    const QImage* source = &image;
    auto format = zxingFormat(image.format());
    if (!format) {
        converted = image.convertToFormat(QImage::Format_Grayscale8);
        source = &converted;
        format = ZXing::ImageFormat::Lum;
    }

    const ZXing::ImageView view(source->constBits(), source->width(), source->height(), *format,
                                static_cast<int>(source->bytesPerLine()));
    const auto hints = ZXing::DecodeHints()
                           .setFormats(ZXing::BarcodeFormat::QRCode)
                           .setTryHarder(true)
                           .setTryRotate(true);
    try {
        const ZXing::Result result = ZXing::ReadBarcode(view, hints);
        if (!result.isValid())
            return std::nullopt;
        ScannedCode code;
        code.text = QString::fromStdString(result.text());
        code.format = QString::fromLatin1(ZXing::ToString(result.format()));
        for (const auto& corner : result.position())
            code.position.append(QPointF(corner.x, corner.y));
        return code;
    } catch (const std::exception&) {
        // A reader bug on hostile input must cost one frame, not the program.
        return std::nullopt;
    }
}

} // namespace buurtmunt
