// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QImage>
#include <QPolygonF>
#include <QString>

#include <optional>

namespace buurtmunt {

// What was read from an image, in our own terms so no ZXing type leaks out.
struct ScannedCode final {
    QString text;
    QString format;      // "QRCode"
    QPolygonF position;  // corners in image pixels: top-left, top-right, bottom-right, bottom-left
};

// Finds a QR code in a camera frame or a scanned image. Stateless and
// thread-safe, so it can run on a worker thread per frame.
class BarcodeReader final {
public:
    // nullopt when there is no readable QR code. Grayscale8, RGB32/ARGB32,
    // RGB888, BGR888 and RGBX8888 are read in place; other formats are
    // converted to grey first.
    static std::optional<ScannedCode> decode(const QImage& image);
};

} // namespace buurtmunt
