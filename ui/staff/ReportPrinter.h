// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>
#include <QUrl>

class QPrinter;

namespace buurtmunt {

// Puts an HTML document the staff desk wrote (a shop's statement, the
// dashboard report) on paper or in an A4 PDF, the same way for each: one
// font, one page size and margins, and a clear error when nothing came out.
class ReportPrinter final {
    Q_DECLARE_TR_FUNCTIONS(ReportPrinter)
public:
    // `title` names the document in the PDF's properties and in errors.
    ReportPrinter(QString html, QString title);

    // A picture the HTML refers to as <img src="url">.
    void addImage(const QUrl& url, const QImage& image);

    Status print(QPrinter* printer) const;
    Status saveAsPdf(const QString& path) const;

private:
    struct Image {
        QUrl url;
        QImage image;
    };

    QString m_html;
    QString m_title;
    QList<Image> m_images;
};

} // namespace buurtmunt
