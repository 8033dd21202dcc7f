// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "VoucherReadyPage.h"

#include "VoucherSlip.h"
#include "core/scan/QrCode.h"
#include "ui/common/SlipPrinter.h"

#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {

// Large enough for a shop's webcam held a hand's width from the screen; the
// 217-digit token is a version 6 code, 41 modules plus the quiet zone.
constexpr int qrPixels = 440;

} // namespace

VoucherReadyPage::VoucherReadyPage(const Theme& theme, const CoinText& coins, const QLocale& locale,
                                   const ResidentVoucher& voucher, const QString& municipalityName,
                                   const QStringList& shopNames, bool justMade, QWidget* parent)
    : QWidget(parent)
    , m_theme(theme)
    , m_coins(coins)
    , m_locale(locale)
    , m_voucher(voucher)
    , m_municipalityName(municipalityName)
    , m_shopNames(shopNames)
    , m_justMade(justMade)
    , m_heading(new QLabel(this))
    , m_qr(new QLabel(this))
    , m_amount(new QLabel(this))
    , m_codeCaption(new QLabel(this))
    , m_code(new QLabel(this))
    , m_validUntil(new QLabel(this))
    , m_shops(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_status(new QLabel(this))
    , m_printButton(new QPushButton(this))
    , m_doneButton(new QPushButton(this))
{
    setObjectName(u"voucherReadyPage"_s);
    const auto style = [](QLabel* label, const QFont& font, const QString& name) {
        label->setObjectName(name);
        label->setFont(font);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    };
    style(m_heading, theme.headingFont(), u"voucherReadyHeading"_s);
    QFont amountFont = theme.rewardFont();
    amountFont.setPointSize(44);
    style(m_amount, amountFont, u"voucherAmount"_s);
    style(m_codeCaption, theme.bodyFont(), u"voucherCodeCaption"_s);
    QFont codeFont = theme.monospaceFont();
    codeFont.setPointSize(36);
    style(m_code, codeFont, u"voucherManualCode"_s);
    m_code->setTextInteractionFlags(Qt::NoTextInteraction);
    m_code->setProperty("readAloud", u"spell"_s);
    style(m_validUntil, theme.titleFont(), u"voucherValidUntil"_s);
    style(m_shops, theme.bodyFont(), u"voucherShops"_s);
    style(m_hint, theme.bodyFont(), u"voucherHint"_s);
    style(m_status, theme.bodyFont(), u"voucherSlipStatus"_s);
    m_hint->setStyleSheet(u"color: %1;"_s.arg(theme.mutedText().name()));
    m_amount->setStyleSheet(u"color: %1;"_s.arg(theme.reward().name()));

    m_qr->setObjectName(u"voucherQr"_s);
    m_qr->setAlignment(Qt::AlignCenter);
    if (const auto image = QrCode::render(m_voucher.token, qrPixels); image.ok()) {
        m_qr->setPixmap(QPixmap::fromImage(image.value()));
        m_qr->setFixedSize(image->size());
    } else {
        // The typed code still pays; say so instead of showing an empty square.
        m_qr->setFont(theme.bodyFont());
        m_qr->setWordWrap(true);
        m_qr->setText(tr("The QR code cannot be shown: %1 The shop can type the code instead.")
                          .arg(image.error().message));
    }

    m_printButton->setObjectName(u"printVoucherButton"_s);
    m_printButton->setFont(theme.titleFont());
    m_printButton->setMinimumSize(280, 80);
    m_doneButton->setObjectName(u"voucherDoneButton"_s);
    m_doneButton->setFont(theme.titleFont());
    m_doneButton->setMinimumSize(200, 80);

    auto* details = new QVBoxLayout;
    details->setSpacing(14);
    details->addWidget(m_amount);
    details->addSpacing(6);
    details->addWidget(m_codeCaption);
    details->addWidget(m_code);
    details->addSpacing(6);
    details->addWidget(m_validUntil);
    details->addWidget(m_shops);
    details->addWidget(m_hint);
    details->addWidget(m_status);
    details->addStretch(1);

    // The QR on white, with room around it: scanners need the quiet zone.
    auto* qrFrame = new QWidget(this);
    qrFrame->setObjectName(u"voucherQrFrame"_s);
    qrFrame->setAttribute(Qt::WA_StyledBackground);
    qrFrame->setStyleSheet(u"#voucherQrFrame { background: white; border: 2px solid %1; border-radius: 12px; }"_s
                               .arg(theme.border().name()));
    auto* qrLayout = new QVBoxLayout(qrFrame);
    qrLayout->setContentsMargins(16, 16, 16, 16);
    qrLayout->addWidget(m_qr, 0, Qt::AlignCenter);

    auto* body = new QHBoxLayout;
    body->setSpacing(56);
    body->addWidget(qrFrame, 0, Qt::AlignTop);
    body->addLayout(details, 1);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_doneButton);
    buttons->addStretch(1);
    buttons->addWidget(m_printButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(64, 32, 64, 32);
    layout->setSpacing(22);
    layout->addWidget(m_heading);
    layout->addLayout(body, 1);
    layout->addLayout(buttons);

    connect(m_printButton, &QPushButton::clicked, this, [this] { (void)printSlip(); });
    connect(m_doneButton, &QPushButton::clicked, this, &VoucherReadyPage::done);
    retranslate();
}

void VoucherReadyPage::setShopNames(const QStringList& shopNames)
{
    m_shopNames = shopNames;
    retranslate();
}

void VoucherReadyPage::setLocale(const QLocale& locale)
{
    m_locale = locale;
    retranslate();
}

Slip VoucherReadyPage::slip() const
{
    return VoucherSlip::make(m_voucher, m_municipalityName, m_coins, m_locale, m_shopNames);
}

Status VoucherReadyPage::printSlip()
{
    // A town with many shops and long names may not fit on the paper: fewer
    // names ("and 5 more") rather than no slip at all. Both ways of printing
    // measure before they put anything on paper or disk, so a retry is clean.
    const auto printFitting = [this](const std::function<Status(const Slip&)>& print) {
        Status status = print(slip());
        for (int listed = VoucherSlip::maxShopsListed - 1;
             !status.ok() && status.error().code == u"slip-does-not-fit"_s && listed >= 0; --listed)
            status = print(VoucherSlip::make(m_voucher, m_municipalityName, m_coins, m_locale, m_shopNames, listed));
        return status;
    };
    Status status;
    QString where;
    const QPrinterInfo printerInfo = QPrinterInfo::defaultPrinter();
    if (!printerInfo.isNull()) {
        QPrinter printer(printerInfo, QPrinter::HighResolution);
        status = printFitting([&printer](const Slip& content) { return SlipPrinter::print(content, &printer); });
        where = tr("Your voucher is printing. Take it with you.");
    } else if (!m_slipFolder.isEmpty()) {
        // Named after the time only: neither the code nor the resident in a file name.
        const QString file = QDir(m_slipFolder).filePath(
            u"voucher-slip-%1.pdf"_s.arg(QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss-zzz"_s)));
        if (!QDir().mkpath(m_slipFolder))
            status = Status::failure(u"slip-folder"_s, tr("The folder %1 cannot be made.").arg(m_slipFolder));
        else
            status = printFitting([&file](const Slip& content) { return SlipPrinter::printToPdf(content, file); });
        where = tr("There is no printer here; the slip was saved for staff to print.");
    } else {
        status = Status::failure(u"slip-no-printer"_s, tr("This kiosk has no printer."));
        m_status->setText(tr("This kiosk has no printer. Show this screen at the shop's counter, or write down the code."));
        m_status->setAccessibleName(m_status->text());
        return status;
    }
    const QString text = status.ok()
        ? where
        : tr("The voucher could not be printed: %1 The shop can scan it from this screen, or write down the code.")
              .arg(status.error().message);
    m_status->setText(text);
    m_status->setAccessibleName(text);
    return status;
}

void VoucherReadyPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void VoucherReadyPage::retranslate()
{
    m_heading->setText(m_justMade ? tr("Your voucher is ready!") : tr("Your voucher"));
    m_amount->setText(m_coins.format(m_voucher.amountCents, m_locale));
    m_codeCaption->setText(tr("Code for typing at the shop:"));
    m_code->setText(m_voucher.manualCodeDisplay);
    //: %1 is a date, e.g. "21 februari 2027"
    m_validUntil->setText(tr("Valid until %1").arg(m_locale.toString(m_voucher.expiresOn, QLocale::LongFormat)));
    const QString shops = VoucherSlip::shopList(m_shopNames, 12, u", "_s);
    m_shops->setText(shops.isEmpty() ? tr("Spend it at the shops taking part.") : tr("Spend it at: %1").arg(shops));
    m_hint->setText(tr("Show the QR code at the shop, or print it. Use it once. Keep it safe like cash."));
    m_printButton->setText(tr("Print"));
    m_printButton->setAccessibleName(tr("Print the voucher"));
    m_doneButton->setText(tr("Done"));
    m_doneButton->setAccessibleName(tr("Done with this voucher"));
    m_qr->setAccessibleName(tr("QR code of the voucher"));
    for (QLabel* label : {m_heading, m_amount, m_codeCaption, m_validUntil, m_shops, m_hint})
        label->setAccessibleName(label->text());
    // The code is read out on request only, not announced with the page.
    m_code->setAccessibleName(tr("Voucher code"));
}

} // namespace buurtmunt
