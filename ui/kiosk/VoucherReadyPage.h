// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Result.h"
#include "core/resident/ResidentVoucher.h"
#include "ui/common/CoinText.h"
#include "ui/common/Theme.h"

#include <QLocale>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace buurtmunt {

struct Slip;

// One voucher on screen, ready to pay with: a large QR code a shop's camera
// reads off the kiosk screen or off the slip, the amount, the short code for
// typing, the last valid day and where it can be spent. "Print" puts it on
// paper; without a printer the slip is saved as a PDF in the configured folder.
class VoucherReadyPage final : public QWidget {
    Q_OBJECT
public:
    // `justMade`: the heading celebrates a new voucher instead of showing an old one.
    VoucherReadyPage(const Theme& theme, const CoinText& coins, const QLocale& locale,
                     const ResidentVoucher& voucher, const QString& municipalityName,
                     const QStringList& shopNames, bool justMade, QWidget* parent = nullptr);

    QString voucherId() const { return m_voucher.id; }
    // Where slips go when no printer is installed; empty: nowhere (the page says so).
    void setSlipFolder(const QString& folder) { m_slipFolder = folder; }
    // The shops can arrive after the page is shown.
    void setShopNames(const QStringList& shopNames);
    void setLocale(const QLocale& locale);
    Slip slip() const;
    // Prints to the default printer, or saves a PDF; the result is also shown.
    Status printSlip();

Q_SIGNALS:
    void done();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Theme m_theme;
    CoinText m_coins;
    QLocale m_locale;
    ResidentVoucher m_voucher;
    QString m_municipalityName;
    QStringList m_shopNames;
    bool m_justMade;
    QString m_slipFolder;
    QLabel* m_heading;
    QLabel* m_qr;
    QLabel* m_amount;
    QLabel* m_codeCaption;
    QLabel* m_code;
    QLabel* m_validUntil;
    QLabel* m_shops;
    QLabel* m_hint;
    QLabel* m_status;
    QPushButton* m_printButton;
    QPushButton* m_doneButton;
};

} // namespace buurtmunt
