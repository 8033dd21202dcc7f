// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace buurtmunt {

// Registering a resident (name, neighbourhood, PIN twice) or giving one a new
// PIN (PIN twice). The resident types the PIN themselves; it is checked here
// and never shown.
class ResidentFormDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Register, ResetPin };

    ResidentFormDialog(Mode mode, const QString& residentName, const QStringList& neighbourhoods,
                       QWidget* parent = nullptr);

    QString displayName() const;
    QString neighbourhood() const;
    QString pin() const;
    QPushButton* confirmButton() const { return m_confirm; }
    // Problems found by the last accept(), by field ("displayName", "neighbourhood", "pin").
    QString fieldError(const QString& field) const;
    // A refusal from the server, shown in the dialog so nothing typed is lost.
    void showServerError(const QString& message);
    void setBusy(bool busy);

Q_SIGNALS:
    // The fields are fine; the caller sends them and closes the dialog on success.
    void submitted();

public Q_SLOTS:
    void accept() override;

private:
    Mode m_mode;
    QLineEdit* m_name = nullptr;
    QComboBox* m_neighbourhood = nullptr;
    QLineEdit* m_pin;
    QLineEdit* m_pinRepeat;
    QLabel* m_nameError = nullptr;
    QLabel* m_neighbourhoodError = nullptr;
    QLabel* m_pinError;
    QLabel* m_message;
    QPushButton* m_confirm;
};

} // namespace buurtmunt
