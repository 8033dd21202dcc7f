// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/staff/AuditEntry.h"
#include "core/staff/AuditVerification.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace buurtmunt {

class AuditLogModel;
class StaffSession;

// The server's tamper-evident audit log for admins: search it by text,
// action and day, page back through it, and have the server check its hash
// chain, which names the first row that was changed or removed.
class AuditLogView final : public QWidget {
    Q_OBJECT
public:
    explicit AuditLogView(StaffSession* session, QWidget* parent = nullptr);

    AuditLogModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchEdit() const { return m_searchEdit; }
    QComboBox* actionComboBox() const { return m_actionComboBox; }
    QCheckBox* dateRangeCheckBox() const { return m_dateRangeCheckBox; }
    QDateEdit* fromEdit() const { return m_fromEdit; }
    QDateEdit* toEdit() const { return m_toEdit; }
    QPushButton* searchButton() const { return m_searchButton; }
    QPushButton* loadMoreButton() const { return m_loadMoreButton; }
    QPushButton* verifyButton() const { return m_verifyButton; }
    QLabel* verificationLabel() const { return m_verificationLabel; }
    QLabel* messageLabel() const { return m_message; }
    AuditEntry::Filter filter() const;
    std::optional<AuditVerification> verification() const { return m_verification; }

public Q_SLOTS:
    void search();
    void loadMore();
    void verifyChain();

Q_SIGNALS:
    void searched();
    void verified();

private:
    void fetch(bool more);
    void showVerification();
    void selectBrokenRow();
    void rememberActions();

    StaffSession* m_session;
    AuditLogModel* m_model;
    QTableView* m_table;
    QLineEdit* m_searchEdit;
    QComboBox* m_actionComboBox;
    QCheckBox* m_dateRangeCheckBox;
    QDateEdit* m_fromEdit;
    QDateEdit* m_toEdit;
    QPushButton* m_searchButton;
    QPushButton* m_loadMoreButton;
    QPushButton* m_verifyButton;
    QLabel* m_verificationLabel;
    QLabel* m_message;
    AuditEntry::Filter m_shownFilter;
    std::optional<AuditVerification> m_verification;
};

} // namespace buurtmunt
