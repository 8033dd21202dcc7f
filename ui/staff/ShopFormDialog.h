// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/staff/ShopRecord.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace buurtmunt {

// Registering a shop or changing its details. The IBAN is checked as it is
// typed, because a wrong digit here sends the shop's money to a stranger;
// the dialog cannot be confirmed until the IBAN and the name are right.
class ShopFormDialog final : public QDialog {
    Q_OBJECT
public:
    // A shop with id 0 is registered; otherwise it is edited.
    explicit ShopFormDialog(const ShopRecord& shop, QWidget* parent = nullptr);

    // The shop as typed, the IBAN in its stored form.
    ShopRecord shop() const;
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* addressEdit() const { return m_address; }
    QComboBox* categoryCombo() const { return m_category; }
    QLineEdit* ibanEdit() const { return m_iban; }
    QLabel* ibanError() const { return m_ibanError; }
    QPushButton* confirmButton() const { return m_confirm; }
    // A refusal from the server, shown in the dialog so nothing typed is lost.
    void showServerError(const QString& message, const QString& field = {});
    void setBusy(bool busy);

Q_SIGNALS:
    // The fields are fine; the caller sends them and closes the dialog on success.
    void submitted();

public Q_SLOTS:
    void accept() override;

private:
    void validate();

    ShopRecord m_original;
    QLineEdit* m_name;
    QLineEdit* m_address;
    QComboBox* m_category;
    QLineEdit* m_iban;
    QLabel* m_nameError;
    QLabel* m_ibanError;
    QLabel* m_message;
    QPushButton* m_confirm;
    bool m_busy = false;
};

} // namespace buurtmunt
