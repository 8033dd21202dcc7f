// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/staff/EnrolmentCode.h"

#include <QDialog>
#include <QImage>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace buurtmunt {

class StaffSession;

// Asks the server for a one-time enrolment code for a new kiosk, counter or
// staff desk and shows it large, as text to type and as a QR code to scan,
// with the moment it expires. A counter needs the shop it serves.
class EnrolmentCodeDialog final : public QDialog {
    Q_OBJECT
public:
    explicit EnrolmentCodeDialog(StaffSession* session, QWidget* parent = nullptr);

    QComboBox* roleComboBox() const { return m_roleComboBox; }
    QComboBox* shopComboBox() const { return m_shopComboBox; }
    QLineEdit* neighbourhoodEdit() const { return m_neighbourhoodEdit; }
    QLineEdit* deviceNameEdit() const { return m_deviceNameEdit; }
    QPushButton* createButton() const { return m_createButton; }
    QLabel* codeLabel() const { return m_codeLabel; }
    QLabel* qrLabel() const { return m_qrLabel; }
    QLabel* expiryLabel() const { return m_expiryLabel; }
    QLabel* errorLabel() const { return m_errorLabel; }
    QImage qrImage() const { return m_qrImage; }
    std::optional<EnrolmentCode> code() const { return m_code; }

Q_SIGNALS:
    void shopsLoaded();
    void codeCreated(const buurtmunt::EnrolmentCode& code);

private:
    void loadShops();
    void updateFields();
    void create();
    void showCode(const EnrolmentCode& code);

    StaffSession* m_session;
    QComboBox* m_roleComboBox;
    QComboBox* m_shopComboBox;
    QLineEdit* m_neighbourhoodEdit;
    QLineEdit* m_deviceNameEdit;
    QPushButton* m_createButton;
    QPushButton* m_closeButton;
    QWidget* m_form;
    QWidget* m_result;
    QLabel* m_codeLabel;
    QLabel* m_qrLabel;
    QLabel* m_expiryLabel;
    QLabel* m_errorLabel;
    QImage m_qrImage;
    std::optional<EnrolmentCode> m_code;
};

} // namespace buurtmunt
