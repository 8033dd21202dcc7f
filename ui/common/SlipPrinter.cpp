// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "SlipPrinter.h"

#include "core/scan/QrCode.h"

#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {

// Scanners need the code large: under 30 mm a creased slip at arm's length
// stops reading on cheap webcams.
constexpr qreal minimumQrMm = 30.0;
constexpr qreal preferredQrMm = 45.0;  // with the quiet zone
constexpr int quietZoneModules = 4;
// A module smaller than this blurs into its neighbours on a 203 dpi receipt
// printer and under a kiosk webcam.
constexpr qreal minimumModuleMm = 0.4;
constexpr qreal pdfMarginMm = 5.0;
constexpr qreal printerMarginMm = 4.0;
constexpr int pdfResolution = 600;

struct Text final {
    QRectF rect;
    QString text;
    QFont font;
    int flags = 0;
};

QFont sansFont(qreal pointSize, bool bold)
{
    QFont font(u"DejaVu Sans"_s);
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

QFont monoFont(qreal pointSize)
{
    QFont font(u"DejaVu Sans Mono"_s);
    font.setStyleHint(QFont::Monospace);
    font.setFixedPitch(true);
    font.setPointSizeF(pointSize);
    font.setBold(true);
    return font;
}

} // namespace

struct SlipPrinter::Layout final {
    QList<Text> texts;
    QImage qr;  // one pixel per module, quiet zone included
    QPointF qrTopLeft;
    qreal moduleSize = 0;
};

QPageSize SlipPrinter::cardPageSize()
{
    return QPageSize(QSizeF(53.98, 85.60), QPageSize::Millimeter, u"ID-1 card"_s, QPageSize::ExactMatch);
}

Result<SlipPrinter::Layout> SlipPrinter::layOut(const Slip& slip, QPaintDevice* device)
{
    if (slip.title.trimmed().isEmpty() && slip.lines.isEmpty() && slip.qrPayload.isEmpty())
        return Error{u"slip-empty"_s, tr("The slip has no title, no lines and no code; there is nothing to print.")};
    if (!slip.pageSize.isValid())
        return Error{u"slip-page-size"_s, tr("The slip has no valid paper size.")};

    const qreal dpi = device->logicalDpiY();
    const auto mm = [dpi](qreal millimetres) { return millimetres * dpi / 25.4; };
    const QRectF area(0, 0, device->width(), device->height());
    const qreal width = area.width();
    // Fonts follow the page: an A6 slip (95 mm of text width) is the
    // reference, a pass card gets smaller type.
    const qreal scale = std::clamp(width / mm(95.0), 0.6, 1.5);

    Layout layout;
    qreal y = area.top();
    const auto addText = [&](const QString& text, const QFont& font, int flags, qreal left, qreal textWidth) {
        const QFontMetricsF metrics(font, device);
        const QRectF bounds = metrics.boundingRect(QRectF(left, y, textWidth, 1e6), flags, text);
        Text item{QRectF(left, y, textWidth, bounds.height()), text, font, flags};
        layout.texts.append(item);
        return bounds.height();
    };

    if (!slip.title.trimmed().isEmpty())
        y += addText(slip.title, sansFont(16 * scale, true), Qt::AlignHCenter | Qt::TextWordWrap, area.left(), width)
             + mm(3 * scale);

    const QFont labelFont = sansFont(std::max(7.0, 10 * scale), false);
    const QFont valueFont = sansFont(std::max(7.0, 10 * scale), true);
    for (const auto& [label, value] : slip.lines) {
        const qreal labelWidth = QFontMetricsF(labelFont, device).horizontalAdvance(label);
        const qreal valueWidth = QFontMetricsF(valueFont, device).horizontalAdvance(value);
        if (labelWidth + valueWidth + mm(3) <= width) {
            const qreal top = y;
            const qreal labelHeight = addText(label, labelFont, Qt::AlignLeft | Qt::AlignTop, area.left(), width);
            y = top;
            const qreal valueHeight = addText(value, valueFont, Qt::AlignRight | Qt::AlignTop, area.left(), width);
            y = top + std::max(labelHeight, valueHeight);
        } else {
            // Too long for one row: the value goes under its label.
            y += addText(label, labelFont, Qt::AlignLeft | Qt::TextWordWrap, area.left(), width);
            y += addText(value, valueFont, Qt::AlignRight | Qt::TextWordWrap | Qt::TextWrapAnywhere, area.left(), width);
        }
        y += mm(1.2 * scale);
    }
    if (!slip.lines.isEmpty())
        y += mm(2 * scale);

    // The footer sits at the bottom of the page; the caption right under the QR.
    qreal footerHeight = 0;
    const QFont footerFont = sansFont(std::max(6.0, 7 * scale), false);
    if (!slip.footer.trimmed().isEmpty()) {
        footerHeight = QFontMetricsF(footerFont, device)
                           .boundingRect(QRectF(0, 0, width, 1e6), Qt::AlignHCenter | Qt::TextWordWrap, slip.footer)
                           .height();
    }
    // One line reads and types best: shrink a long caption to fit the width
    // (down to 7 pt) before wrapping it.
    QFont captionFont = monoFont(std::max(9.0, 15 * scale));
    if (!slip.codeCaption.isEmpty()) {
        const qreal captionWidth = QFontMetricsF(captionFont, device).horizontalAdvance(slip.codeCaption);
        if (captionWidth > width)
            captionFont.setPointSizeF(std::max(7.0, captionFont.pointSizeF() * width / captionWidth * 0.98));
    }
    const int captionFlags = Qt::AlignHCenter | Qt::TextWrapAnywhere;
    qreal captionHeight = 0;
    if (!slip.codeCaption.isEmpty()) {
        captionHeight = QFontMetricsF(captionFont, device)
                            .boundingRect(QRectF(0, 0, width, 1e6), captionFlags, slip.codeCaption)
                            .height()
                        + mm(2);
    }

    const qreal footerGap = footerHeight > 0 ? mm(2) : 0;
    const qreal spaceLeft = area.bottom() - y - captionHeight - footerHeight - footerGap;
    if (!slip.qrPayload.isEmpty()) {
        auto qr = QrCode::render(slip.qrPayload, 0, quietZoneModules);
        if (!qr)
            return qr.error();
        layout.qr = std::move(qr).value();
        const int modules = layout.qr.width();
        const qreal side = std::min({mm(preferredQrMm), width, spaceLeft});
        // Whole device pixels per module, so no module is drawn wider than
        // its neighbour.
        layout.moduleSize = std::floor(side / modules);
        const qreal qrSide = layout.moduleSize * modules;
        // The minimum is for the code itself; the quiet zone comes on top.
        if (layout.moduleSize * (modules - 2 * quietZoneModules) < mm(minimumQrMm)) {
            return Error{u"slip-does-not-fit"_s,
                         tr("The QR code would be smaller than %1 mm on this paper size; shorten the text of the slip "
                            "or use larger paper.")
                             .arg(minimumQrMm)};
        }
        if (layout.moduleSize < mm(minimumModuleMm)) {
            return Error{u"slip-does-not-fit"_s,
                         tr("The text in the QR code (%1 characters) is too long to print readably on this paper size.")
                             .arg(slip.qrPayload.size())};
        }
        layout.qrTopLeft = QPointF(area.left() + (width - qrSide) / 2, y);
        y += qrSide;
    } else if (spaceLeft < 0) {
        return Error{u"slip-does-not-fit"_s,
                     tr("The text of the slip does not fit on the paper; shorten it or use larger paper.")};
    }

    if (!slip.codeCaption.isEmpty()) {
        y += mm(2);
        addText(slip.codeCaption, captionFont, captionFlags, area.left(), width);
    }
    if (footerHeight > 0) {
        y = area.bottom() - footerHeight;
        addText(slip.footer, footerFont, Qt::AlignHCenter | Qt::TextWordWrap, area.left(), width);
    }
    return layout;
}

void SlipPrinter::paint(const Layout& layout, QPainter& painter)
{
    painter.setPen(Qt::black);
    for (const Text& text : layout.texts) {
        painter.setFont(text.font);
        painter.drawText(text.rect, text.flags, text.text);
    }
    if (layout.qr.isNull())
        return;

    // Vector squares, one rectangle per run of dark modules in a row: sharp
    // at any printer resolution, and a small PDF.
    painter.setRenderHint(QPainter::Antialiasing, false);
    const qreal module = layout.moduleSize;
    const QPointF origin = layout.qrTopLeft;
    painter.fillRect(QRectF(origin, QSizeF(module * layout.qr.width(), module * layout.qr.height())), Qt::white);
    for (int row = 0; row < layout.qr.height(); ++row) {
        const uchar* pixels = layout.qr.constScanLine(row);
        int column = 0;
        while (column < layout.qr.width()) {
            if (pixels[column] >= 128) {
                ++column;
                continue;
            }
            const int runStart = column;
            while (column < layout.qr.width() && pixels[column] < 128)
                ++column;
            painter.fillRect(QRectF(origin.x() + runStart * module, origin.y() + row * module,
                                    (column - runStart) * module, module),
                             Qt::black);
        }
    }
}

Status SlipPrinter::printToPdf(const Slip& slip, const QString& pdfPath)
{
    if (pdfPath.trimmed().isEmpty())
        return Status::failure(u"slip-pdf-path"_s, tr("No file name was given for the slip's PDF."));
    const QFileInfo target(pdfPath);
    if (target.isDir())
        return Status::failure(u"slip-pdf-path"_s, tr("Cannot write the slip to %1: that is a folder.").arg(pdfPath));
    if (!target.absoluteDir().exists()) {
        return Status::failure(u"slip-pdf-path"_s, tr("Cannot write the slip to %1: the folder %2 does not exist.")
                                                       .arg(pdfPath, QDir::toNativeSeparators(target.absolutePath())));
    }

    // QSaveFile writes next to the target and renames on commit; on any
    // failure its destructor removes the partial file.
    QSaveFile file(pdfPath);
    if (!file.open(QIODevice::WriteOnly)) {
        return Status::failure(u"slip-pdf-path"_s,
                               tr("Cannot write the slip to %1: %2.").arg(pdfPath, file.errorString()));
    }
    QPdfWriter writer(&file);
    writer.setResolution(pdfResolution);
    writer.setCreator(u"Buurtmunt"_s);
    writer.setTitle(slip.title);
    writer.setPageSize(slip.pageSize);
    writer.setPageMargins(QMarginsF(pdfMarginMm, pdfMarginMm, pdfMarginMm, pdfMarginMm), QPageLayout::Millimeter);

    const auto layout = layOut(slip, &writer);
    if (!layout) {
        file.cancelWriting();
        return layout.error();
    }
    QPainter painter;
    if (!painter.begin(&writer)) {
        file.cancelWriting();
        return Status::failure(u"slip-pdf-path"_s, tr("Cannot start a PDF for the slip at %1.").arg(pdfPath));
    }
    paint(*layout, painter);
    painter.end();
    if (!file.commit()) {
        return Status::failure(u"slip-pdf-path"_s,
                               tr("Cannot write the slip to %1: %2.").arg(pdfPath, file.errorString()));
    }
    return Status::success();
}

Status SlipPrinter::print(const Slip& slip, QPrinter* printer)
{
    if (!printer)
        return Status::failure(u"slip-no-printer"_s, tr("No printer was chosen for the slip."));
    printer->setFullPage(false);
    printer->setPageSize(slip.pageSize);
    printer->setPageOrientation(QPageLayout::Portrait);
    // A printer raises these to its own minimum where it cannot print so close to the edge.
    printer->setPageMargins(QMarginsF(printerMarginMm, printerMarginMm, printerMarginMm, printerMarginMm),
                            QPageLayout::Millimeter);
    if (printer->docName().isEmpty())
        printer->setDocName(slip.title);

    const auto layout = layOut(slip, printer);
    if (!layout)
        return layout.error();
    QPainter painter;
    if (!painter.begin(printer)) {
        const QString name = printer->outputFormat() == QPrinter::PdfFormat ? printer->outputFileName()
                                                                            : printer->printerName();
        return Status::failure(u"slip-printer-failed"_s,
                               tr("The printer %1 did not accept the slip. Check that it is switched on and has paper.")
                                   .arg(name));
    }
    paint(*layout, painter);
    if (!painter.end())
        return Status::failure(u"slip-printer-failed"_s, tr("The printer stopped while printing the slip."));
    return Status::success();
}

} // namespace buurtmunt
