// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/staff/StaffSession.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace buurtmunt {

class ShopFormDialog;
class ShopListModel;

// The administrator's list of shops in the scheme: register one, correct its
// details or IBAN, and deactivate a shop that leaves (its counters are then
// refused and kiosks stop listing it; its history stays).
class ShopsView final : public QWidget {
    Q_OBJECT
public:
    explicit ShopsView(StaffSession* session, QWidget* parent = nullptr);
    ~ShopsView() override;

    ShopListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* registerButton() const { return m_registerButton; }
    QPushButton* editButton() const { return m_editButton; }
    QPushButton* activeButton() const { return m_activeButton; }
    // The register or edit dialog while it is open.
    ShopFormDialog* formDialog() const;
    std::optional<ShopRecord> currentShop() const;
    bool selectShop(qint64 id);

public Q_SLOTS:
    void reload();
    void registerShop();
    void editShop();
    void toggleActive();

Q_SIGNALS:
    void reloaded();
    void shopSaved(qint64 id);

private:
    void openForm(const ShopRecord& shop);
    void submitForm();
    void setActive(const ShopRecord& shop, bool active);
    void updateButtons();
    void showMessage(const QString& message, bool isError);

    StaffSession* m_session;
    ShopListModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QTableView* m_table;
    QPushButton* m_registerButton;
    QPushButton* m_editButton;
    QPushButton* m_activeButton;
    QPushButton* m_reloadButton;
    QLabel* m_message;
    QPointer<ShopFormDialog> m_dialog;
};

} // namespace buurtmunt
