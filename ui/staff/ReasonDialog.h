// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace buurtmunt {

// Asks for the reason behind a decision someone else will read (a rejected
// claim, a blocked pass): 3 to 500 characters, said next to the field.
class ReasonDialog final : public QDialog {
    Q_OBJECT
public:
    ReasonDialog(const QString& title, const QString& prompt, const QString& confirmText, QWidget* parent = nullptr);

    QString reason() const;
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QPushButton* confirmButton() const { return m_confirm; }
    QLabel* errorLabel() const { return m_error; }

    static constexpr int minimumLength = 3;
    static constexpr int maximumLength = 500;

public Q_SLOTS:
    void accept() override;

private:
    QPlainTextEdit* m_reason;
    QLabel* m_error;
    QPushButton* m_confirm;
};

} // namespace buurtmunt
