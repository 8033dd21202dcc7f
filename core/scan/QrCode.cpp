// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "QrCode.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <cstring>
#include <exception>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {
// ZXing's writer scale for QR: 2 = L, 4 = M, 6 = Q, 8 = H.
constexpr int eccLevelMedium = 4;
// Beyond this a slip image gets unreasonably large; also bounds the memory a
// caller can ask for.
constexpr int maxImageSize = 8192;
} // namespace

Result<QImage> QrCode::render(const QString& text, int minimumSize, int quietZoneModules)
{
    if (text.isEmpty())
        return Error{u"qr-empty"_s, u"There is nothing to put in the QR code."_s};
    if (minimumSize < 0 || minimumSize > maxImageSize || quietZoneModules < 0 || quietZoneModules > 100) {
        return Error{u"qr-invalid-size"_s,
                     u"A QR code of at least %1 pixels with a quiet zone of %2 modules cannot be made; "
                     "the size must be 0 to %3 pixels and the quiet zone 0 to 100 modules."_s
                         .arg(minimumSize).arg(quietZoneModules).arg(maxImageSize)};
    }

    ZXing::BitMatrix matrix;
    try {
        // Width and height 0 ask for one pixel per module; scaling is done
        // below by a whole factor so modules never differ in size.
        matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode)
                     .setEccLevel(eccLevelMedium)
                     .setMargin(0)
                     .encode(text.toStdString(), 0, 0);
    } catch (const std::exception& e) {
        return Error{u"qr-too-long"_s,
                     u"The text (%1 characters) does not fit in a QR code: %2."_s.arg(text.size()).arg(QString::fromUtf8(e.what()))};
    }

    const int modules = matrix.width() + 2 * quietZoneModules;
    const int scale = std::max(1, (minimumSize + modules - 1) / modules);
    const int side = modules * scale;
    if (side > maxImageSize) {
        return Error{u"qr-invalid-size"_s,
                     u"The QR code would be %1 pixels wide, more than the %2 allowed."_s.arg(side).arg(maxImageSize)};
    }

    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    const int offset = quietZoneModules * scale;
    for (int y = 0; y < matrix.height(); ++y) {
        uchar* firstRow = image.scanLine(offset + y * scale);
        for (int x = 0; x < matrix.width(); ++x) {
            if (matrix.get(x, y))
                std::memset(firstRow + offset + x * scale, 0, static_cast<size_t>(scale));
        }
        for (int r = 1; r < scale; ++r)
            std::memcpy(image.scanLine(offset + y * scale + r), firstRow, static_cast<size_t>(side));
    }
    return image;
}

} // namespace buurtmunt
