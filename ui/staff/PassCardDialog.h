// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Result.h"
#include "core/staff/PassCard.h"
#include "core/store/Enrolment.h"
#include "ui/common/SlipPrinter.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace buurtmunt {

// Shows a new pass card once and prints it. The card carries the opaque pass
// token (QR and grouped for typing), the municipality and the coin, and
// nothing about who the resident is: a lost card gives nothing away. The
// token lives only in this dialog; closing it ends the only chance to print.
class PassCardDialog final : public QDialog {
    Q_OBJECT
public:
    PassCardDialog(const PassCard& card, const Enrolment& enrolment, QWidget* parent = nullptr);
    ~PassCardDialog() override;

    // What is printed, for PDF and printer alike.
    Slip slip() const;
    Status saveAsPdf(const QString& path);
    bool hasBeenPrinted() const { return m_printed; }
    QLabel* tokenLabel() const { return m_tokenLabel; }
    QLabel* messageLabel() const { return m_message; }

public Q_SLOTS:
    void printCard();
    void savePdfInteractively();
    void reject() override;

private:
    void report(const Status& status, const QString& done);

    PassToken m_token;
    QString m_residentName;
    Enrolment m_enrolment;
    QLabel* m_qrLabel;
    QLabel* m_tokenLabel;
    QLabel* m_message;
    QPushButton* m_printButton;
    QPushButton* m_pdfButton;
    bool m_printed = false;
};

} // namespace buurtmunt
