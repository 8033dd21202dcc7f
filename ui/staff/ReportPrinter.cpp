// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ReportPrinter.h"

#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace buurtmunt {

ReportPrinter::ReportPrinter(QString html, QString title)
    : m_html(std::move(html))
    , m_title(std::move(title))
{
}

void ReportPrinter::addImage(const QUrl& url, const QImage& image)
{
    m_images.append({url, image});
}

Status ReportPrinter::print(QPrinter* printer) const
{
    QTextDocument document;
    document.setDefaultFont(QFont(u"DejaVu Sans"_s, 10));
    for (const Image& image : m_images)
        document.addResource(QTextDocument::ImageResource, image.url, image.image);
    document.setHtml(m_html);
    document.print(printer);
    if (printer->printerState() == QPrinter::Error)
        return Status::failure(u"print-failed"_s, tr("%1 could not be printed.").arg(m_title));
    return Status::success();
}

Status ReportPrinter::saveAsPdf(const QString& path) const
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    printer.setDocName(m_title);
    printer.setCreator(u"Buurtmunt"_s);
    if (Status status = print(&printer); !status)
        return status;
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return Status::failure(u"write-failed"_s, tr("The PDF could not be written to %1.").arg(path));
    return Status::success();
}

} // namespace buurtmunt
