// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ui/common/CoinText.h"
#include "ui/common/Theme.h"

#include <QLocale>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace buurtmunt {

class ResidentRowDelegate;
class ResidentSession;
struct Error;
struct ResidentVoucher;
struct VoucherRefusal;

// Spending coins: on the left the balance and an amount picker made for a
// finger (one coin less or more, quick amounts, "all"), what stays on the
// balance, and "Make voucher"; on the right the resident's unused vouchers to
// show again or cancel (after a confirmation that says the coins come back).
// An amount above the balance can never be chosen. Made for the visit and
// deleted at logout.
class VoucherPage final : public QWidget {
    Q_OBJECT
public:
    VoucherPage(const Theme& theme, const CoinText& coins, const QLocale& locale, ResidentSession* session,
                QWidget* parent = nullptr);

    qint64 amountCents() const { return m_amountCents; }
    // Clamped to what the balance allows.
    void setAmountCents(qint64 cents);
    void setLocale(const QLocale& locale);

Q_SIGNALS:
    void backRequested();
    void showRequested(const QString& voucherId);

protected:
    void changeEvent(QEvent* event) override;

private:
    qint64 balanceCents() const;
    void refreshView();
    void updateButtons();
    void showMessage(const QString& text);
    void onRefused(const VoucherRefusal& refusal);
    void askCancel();
    QString selectedVoucherId() const;
    void retranslate();

    Theme m_theme;
    CoinText m_coins;
    QLocale m_locale;
    ResidentSession* m_session;
    qint64 m_amountCents = 0;
    QString m_cancelVoucherId;
    QLabel* m_title;
    QPushButton* m_backButton;
    QLabel* m_message;
    QLabel* m_makeTitle;
    QLabel* m_balanceCaption;
    QLabel* m_balance;
    QLabel* m_amountCaption;
    QPushButton* m_minusButton;
    QLabel* m_amount;
    QPushButton* m_plusButton;
    QList<QPushButton*> m_quickButtons;  // 5, 10, 20 coins
    QPushButton* m_allButton;
    QLabel* m_remaining;
    QPushButton* m_makeButton;
    QLabel* m_listTitle;
    QListView* m_list;
    QLabel* m_noVouchers;
    QPushButton* m_showButton;
    QPushButton* m_cancelButton;
    QWidget* m_confirmPanel;
    QLabel* m_confirmText;
    QPushButton* m_confirmCancelButton;
    QPushButton* m_keepButton;
    ResidentRowDelegate* m_delegate;
};

} // namespace buurtmunt
