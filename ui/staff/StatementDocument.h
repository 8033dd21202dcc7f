// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Result.h"
#include "core/staff/ShopStatement.h"
#include "ui/common/CoinText.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

class QPrinter;

namespace buurtmunt {

class ReportPrinter;

// A shop's statement for one closed month as the municipality sends it: who
// pays whom, every voucher behind the payout, and the totals in coins and in
// euros at the month's rate. Rendered at the desk so the shop gets the same
// document whether it is printed or saved as PDF.
class StatementDocument final {
    Q_DECLARE_TR_FUNCTIONS(StatementDocument)
public:
    StatementDocument(ShopStatement statement, QString municipalityName, CoinText coins,
                      QLocale locale = QLocale());

    QString toHtml() const;
    // Prints on any printer, a PDF printer included.
    Status print(QPrinter* printer) const;
    Status saveAsPdf(const QString& path) const;

    // "buurtmunt-2026-11-bakker-jansen.pdf": what the save dialog suggests.
    static QString suggestedFileName(const QString& period, const QString& shopName, const QString& extension);

private:
    QString periodText() const;
    ReportPrinter printer() const;

    ShopStatement m_statement;
    QString m_municipality;
    CoinText m_coins;
    QLocale m_locale;
};

} // namespace buurtmunt
