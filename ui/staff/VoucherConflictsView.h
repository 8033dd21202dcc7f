// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/staff/StaffSession.h"
#include "ui/common/CoinText.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace buurtmunt {

class VoucherConflictModel;

// Vouchers a shop accepted while its counter was offline that the server
// could not pay: usually the same voucher used twice at two counters. Staff
// see both records side by side to settle with the shop that lost out, and
// mark a conflict settled with a note on how.
class VoucherConflictsView final : public QWidget {
    Q_OBJECT
public:
    VoucherConflictsView(StaffSession* session, CoinText coins, QWidget* parent = nullptr);

    VoucherConflictModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QTextBrowser* detailsView() const { return m_details; }
    QLabel* messageLabel() const { return m_message; }
    QLineEdit* noteEdit() const { return m_note; }
    QPushButton* settleButton() const { return m_settleButton; }
    std::optional<VoucherConflict> currentConflict() const;
    bool selectConflict(qint64 id);

public Q_SLOTS:
    void reload();
    // Marks the selected open conflict settled with the note typed.
    void settleCurrent();

Q_SIGNALS:
    void reloaded();

private:
    void showDetails();
    void showSummary();
    void updateSettleButton();

    StaffSession* m_session;
    CoinText m_coins;
    VoucherConflictModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QTableView* m_table;
    QTextBrowser* m_details;
    QPushButton* m_reloadButton;
    QLineEdit* m_note;
    QPushButton* m_settleButton;
    QLabel* m_message;
};

} // namespace buurtmunt
