// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPageSize>
#include <QPair>
#include <QString>

class QPaintDevice;
class QPainter;
class QPrinter;

namespace buurtmunt {

// What goes on a printed slip (claim slip, voucher) or a pass card, top to
// bottom: title, label/value lines, QR code, the code in large monospace
// (for typing when a scanner fails), footer in small print.
struct Slip final {
    QString title;
    QList<QPair<QString, QString>> lines;  // label, value
    QString qrPayload;                     // empty: no QR code
    QString codeCaption;
    QString footer;
    // A6 portrait suits a slip; a pass card can use SlipPrinter::cardPageSize().
    QPageSize pageSize = QPageSize(QPageSize::A6);
};

// Lays a Slip out on paper. The QR code is drawn as vector squares at least
// 30 mm wide so it scans from any printer; a slip whose content does not fit
// its page is refused rather than cut off.
class SlipPrinter final {
    Q_DECLARE_TR_FUNCTIONS(SlipPrinter)

public:
    // Writes a PDF atomically: on any failure no file (and no temporary file)
    // is left at or next to pdfPath.
    // Errors: "slip-pdf-path", "slip-empty", "slip-does-not-fit", "qr-*".
    static Status printToPdf(const Slip& slip, const QString& pdfPath);
    // Sets the printer's page size to the slip's and prints one page.
    // Errors: "slip-no-printer", "slip-printer-failed", "slip-empty",
    // "slip-does-not-fit", "qr-*".
    static Status print(const Slip& slip, QPrinter* printer);

    // ID-1 card (85.60 × 53.98 mm), portrait, for pass cards.
    static QPageSize cardPageSize();

private:
    struct Layout;
    // Measures everything on the target device before a page is started, so
    // a slip that cannot be printed never sends a blank page to a printer.
    static Result<Layout> layOut(const Slip& slip, QPaintDevice* device);
    static void paint(const Layout& layout, QPainter& painter);
};

} // namespace buurtmunt
