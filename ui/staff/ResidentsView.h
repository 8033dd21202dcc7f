// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/staff/ResidentDetails.h"
#include "core/staff/StaffSession.h"
#include "core/store/Enrolment.h"
#include "ui/common/CoinText.h"

#include "ui/staff/PassCardDialog.h"
#include "ui/staff/ReasonDialog.h"
#include "ui/staff/ResidentFormDialog.h"
#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;

namespace buurtmunt {

class ResidentListModel;

// The admin's residents: search, details (earnings, claims, coin history),
// registering with a printed pass card, and the pass's life: new PIN, block,
// unblock, unlock after wrong PINs, new card.
class ResidentsView final : public QWidget {
    Q_OBJECT
public:
    ResidentsView(StaffSession* session, const Enrolment& enrolment, QWidget* parent = nullptr);

    ResidentListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchEdit() const { return m_search; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* summaryLabel() const { return m_summary; }
    QTableWidget* claimsTable() const { return m_claims; }
    QTableWidget* historyTable() const { return m_history; }
    std::optional<ResidentDetails> details() const { return m_details; }
    // Dialogs currently open, for the person at the desk (and for tests).
    ResidentFormDialog* formDialog() const { return m_form; }
    ReasonDialog* reasonDialog() const { return m_reasonDialog; }
    PassCardDialog* passCardDialog() const { return m_passCard; }
    bool selectResident(ResidentId id);

public Q_SLOTS:
    void search();
    void openRegistration();
    void openPinReset();
    void openBlock();
    void unblock();
    void unlock();
    void issueNewPassCard();

Q_SIGNALS:
    void searched();
    void detailsShown();

private:
    std::optional<ResidentSummary> selected() const;
    void loadDetails();
    void showDetails();
    void updateButtons();
    void showMessage(const QString& message, bool isError);
    void showPassCard(const PassCard& card);
    void afterChange(ResidentId id, const StaffSession::Reply<StaffSession::Done>& reply, const QString& done);

    StaffSession* m_session;
    Enrolment m_enrolment;
    CoinText m_coins;
    ResidentListModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QLineEdit* m_search;
    QPushButton* m_searchButton;
    QTableView* m_table;
    QLabel* m_summary;
    QTableWidget* m_claims;
    QTableWidget* m_history;
    QPushButton* m_registerButton;
    QPushButton* m_pinButton;
    QPushButton* m_blockButton;
    QPushButton* m_unblockButton;
    QPushButton* m_unlockButton;
    QPushButton* m_passButton;
    QLabel* m_message;
    std::optional<ResidentDetails> m_details;
    QPointer<ResidentFormDialog> m_form;
    QPointer<ReasonDialog> m_reasonDialog;
    QPointer<PassCardDialog> m_passCard;
};

} // namespace buurtmunt
