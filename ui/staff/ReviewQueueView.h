// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/staff/ReviewItem.h"
#include "core/staff/StaffSession.h"
#include "ui/common/CoinText.h"

#include "ui/staff/ReasonDialog.h"
#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace buurtmunt {

class ReviewQueueModel;

// The approver's queue: submitted claims with the resident's note, approved
// one at a time or ticked and approved together, or rejected with a reason
// the resident will read. What happened to each claim stays in view.
class ReviewQueueView final : public QWidget {
    Q_OBJECT
public:
    ReviewQueueView(StaffSession* session, CoinText coins, QWidget* parent = nullptr);

    ReviewQueueModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLabel* messageLabel() const { return m_message; }
    QTextBrowser* detailsView() const { return m_details; }
    ReasonDialog* rejectDialog() const { return m_rejectDialog; }
    std::optional<ReviewItem> currentItem() const;
    bool selectClaim(ClaimId id);

public Q_SLOTS:
    void reload();
    void approveChecked();
    void approveCurrent();
    void rejectCurrent();

Q_SIGNALS:
    void reloaded();

private:
    void updateButtons();
    void showDetails();
    void showMessage(const QString& message, bool isError);

    StaffSession* m_session;
    CoinText m_coins;
    ReviewQueueModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QTableView* m_table;
    QTextBrowser* m_details;
    QPushButton* m_selectAllButton;
    QPushButton* m_approveCheckedButton;
    QPushButton* m_approveButton;
    QPushButton* m_rejectButton;
    QPushButton* m_reloadButton;
    QLabel* m_message;
    QPointer<ReasonDialog> m_rejectDialog;
};

} // namespace buurtmunt
