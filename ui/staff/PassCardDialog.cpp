// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "PassCardDialog.h"

#include "StaffLook.h"
#include "core/scan/QrCode.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace buurtmunt {

PassCardDialog::PassCardDialog(const PassCard& card, const Enrolment& enrolment, QWidget* parent)
    : QDialog(parent)
    , m_token(card.token)
    , m_residentName(card.resident.displayName)
    , m_enrolment(enrolment)
    , m_qrLabel(new QLabel(this))
    , m_tokenLabel(new QLabel(this))
    , m_message(new QLabel(this))
    , m_printButton(new QPushButton(tr("&Print pass card…"), this))
    , m_pdfButton(new QPushButton(tr("Save as P&DF…"), this))
{
    setObjectName(u"passCardDialog"_s);
    setWindowTitle(tr("Pass card for %1").arg(m_residentName));
    StaffLook::apply(this);

    auto* intro = new QLabel(tr("Print this pass card now and hand it to %1. The code is shown only this once; "
                                "without it the card cannot be printed again (make a new card instead).")
                                 .arg(m_residentName),
                             this);
    intro->setWordWrap(true);

    // The preview is the card face: the same lines the printout has.
    auto* face = new QFrame(this);
    face->setObjectName(u"passCardPreview"_s);
    face->setFrameShape(QFrame::StyledPanel);
    face->setStyleSheet(u"#passCardPreview { background: white; border: 1px solid #888; border-radius: 8px; }"
                        u" #passCardPreview QLabel { color: black; background: white; }"_s);
    auto* title = new QLabel(slip().title, face);
    title->setObjectName(u"passCardTitle"_s);
    title->setAlignment(Qt::AlignCenter);
    const auto qr = QrCode::render(m_token.toString(), 220);
    if (qr)
        m_qrLabel->setPixmap(QPixmap::fromImage(qr.value()));
    else
        m_qrLabel->setText(qr.error().message);
    m_qrLabel->setAlignment(Qt::AlignCenter);
    m_qrLabel->setAccessibleName(tr("QR code of the pass"));
    m_tokenLabel->setObjectName(u"passTokenLabel"_s);
    m_tokenLabel->setText(m_token.display());
    m_tokenLabel->setAccessibleName(tr("Pass code: %1").arg(m_token.display()));
    m_tokenLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tokenLabel->setAlignment(Qt::AlignCenter);
    auto* footer = new QLabel(slip().footer, face);
    footer->setWordWrap(true);
    footer->setAlignment(Qt::AlignCenter);
    auto* faceLayout = new QVBoxLayout(face);
    faceLayout->addWidget(title);
    for (const auto& [label, value] : slip().lines) {
        auto* line = new QLabel(label + u": "_s + value, face);
        line->setAlignment(Qt::AlignCenter);
        faceLayout->addWidget(line);
    }
    faceLayout->addWidget(m_qrLabel);
    faceLayout->addWidget(m_tokenLabel);
    faceLayout->addWidget(footer);

    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    m_printButton->setObjectName(u"printPassButton"_s);
    m_printButton->setAccessibleName(tr("Print pass card"));
    m_printButton->setDefault(true);
    m_pdfButton->setObjectName(u"savePassPdfButton"_s);
    m_pdfButton->setAccessibleName(tr("Save pass card as PDF"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_printButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_pdfButton, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &PassCardDialog::reject);
    connect(m_printButton, &QPushButton::clicked, this, &PassCardDialog::printCard);
    connect(m_pdfButton, &QPushButton::clicked, this, &PassCardDialog::savePdfInteractively);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(face, 0, Qt::AlignHCenter);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

PassCardDialog::~PassCardDialog() = default;

Slip PassCardDialog::slip() const
{
    Slip slip;
    const QString municipality = m_enrolment.municipalityName.isEmpty() ? tr("Buurtmunt") : m_enrolment.municipalityName;
    slip.title = tr("%1 resident pass").arg(municipality);
    if (!m_enrolment.coinNamePlural.isEmpty())
        slip.lines.append({tr("Earn"), m_enrolment.coinNamePlural});
    slip.qrPayload = m_token.toString();
    slip.codeCaption = m_token.display();
    slip.footer = tr("Scan at a kiosk and enter your PIN. Lost? Ask staff for a new card.");
    slip.pageSize = SlipPrinter::cardPageSize();
    return slip;
}

void PassCardDialog::report(const Status& status, const QString& done)
{
    if (status) {
        m_printed = true;
        m_message->setStyleSheet(QString());
        m_message->setText(done);
    } else {
        m_message->setStyleSheet(u"color: #a4141c;"_s);
        m_message->setText(tr("The pass card was not printed: %1").arg(status.error().message));
    }
    m_message->setAccessibleName(m_message->text());
}

Status PassCardDialog::saveAsPdf(const QString& path)
{
    Slip card = slip();
    Status status = SlipPrinter::printToPdf(card, path);
    if (!status && status.error().code == u"slip-does-not-fit") {
        // Some fonts need more room than a credit-card size offers; a larger
        // card is better than no card.
        card.pageSize = QPageSize(QPageSize::A6);
        status = SlipPrinter::printToPdf(card, path);
    }
    report(status, tr("Saved the pass card to %1.").arg(QDir::toNativeSeparators(path)));
    return status;
}

void PassCardDialog::printCard()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print pass card"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    Slip card = slip();
    Status status = SlipPrinter::print(card, &printer);
    if (!status && status.error().code == u"slip-does-not-fit") {
        card.pageSize = QPageSize(QPageSize::A6);
        status = SlipPrinter::print(card, &printer);
    }
    report(status, tr("The pass card was sent to the printer."));
}

void PassCardDialog::savePdfInteractively()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save pass card as PDF"),
                                                      QDir::home().filePath(tr("pass-card.pdf")), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        (void)saveAsPdf(path);
}

void PassCardDialog::reject()
{
    if (!m_printed) {
        const auto answer = QMessageBox::question(
            this, tr("Close without printing?"),
            tr("The pass card has not been printed or saved. Once this window is closed the code cannot be shown "
               "again; %1 would need a new card. Close anyway?").arg(m_residentName),
            QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Close)
            return;
    }
    QDialog::reject();
}

} // namespace buurtmunt
