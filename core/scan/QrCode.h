// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Result.h"

#include <QImage>
#include <QString>

namespace buurtmunt {

// Renders QR codes for voucher slips, claim slips and pass cards.
class QrCode final {
public:
    // A black-on-white Format_Grayscale8 image, square, at least minimumSize
    // pixels wide, every module the same whole number of pixels so a printer
    // or a scaled-down slip keeps edges crisp. The quiet zone is part of the
    // image. Error correction is level M (15 %), enough for a creased slip
    // while keeping the 217-digit voucher token at version 6.
    // Errors: "qr-empty", "qr-invalid-size", "qr-too-long".
    static Result<QImage> render(const QString& text, int minimumSize, int quietZoneModules = 4);
};

} // namespace buurtmunt
