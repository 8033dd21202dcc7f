// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Result.h"
#include "core/domain/Task.h"
#include "core/resident/ResidentClaim.h"
#include "ui/common/CoinText.h"
#include "ui/common/Theme.h"

#include <QLocale>
#include <QWidget>

class QLabel;
class QPushButton;

namespace buurtmunt {

struct Slip;

// "The task is yours": what to do next, the toolbox pickup code, and a claim
// slip to print (task, address, time window, safety notes, the code as QR).
// Without a printer the slip is saved as a PDF in the configured folder.
class ClaimedPage final : public QWidget {
    Q_OBJECT
public:
    ClaimedPage(const Theme& theme, const CoinText& coins, const QLocale& locale, const Task& task,
                const ResidentClaim& claim, QWidget* parent = nullptr);

    // Where slips go when no printer is installed; empty: nowhere (the page says so).
    void setSlipFolder(const QString& folder) { m_slipFolder = folder; }
    Slip slip() const;
    // Prints to the default printer, or saves a PDF; the result is also shown.
    Status printSlip();

Q_SIGNALS:
    void myTasksRequested();
    void done();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Theme m_theme;
    CoinText m_coins;
    QLocale m_locale;
    Task m_task;
    ResidentClaim m_claim;
    QString m_slipFolder;
    QLabel* m_heading;
    QLabel* m_title;
    QLabel* m_next;
    QLabel* m_codeCaption;
    QLabel* m_code;
    QLabel* m_status;
    QPushButton* m_printButton;
    QPushButton* m_myTasksButton;
    QPushButton* m_doneButton;
};

} // namespace buurtmunt
