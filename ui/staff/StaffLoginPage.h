// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace buurtmunt {

// Name and password for the staff desk; failures are said in plain words
// without saying which of the two was wrong.
class StaffLoginPage final : public QWidget {
    Q_OBJECT
public:
    explicit StaffLoginPage(const QString& deskTitle, QWidget* parent = nullptr);

    QLineEdit* usernameEdit() const { return m_username; }
    QLineEdit* passwordEdit() const { return m_password; }
    QPushButton* loginButton() const { return m_loginButton; }
    QLabel* messageLabel() const { return m_message; }

    void setBusy(bool busy);
    // Shown above the form: why the last session ended, or why login failed.
    void showMessage(const QString& message, bool isError);
    // Ready for the next person: empty fields, no message unless given.
    void reset();

Q_SIGNALS:
    void loginRequested(const QString& username, const QString& password);

private:
    void submit();

    QLabel* m_title;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QPushButton* m_loginButton;
    QLabel* m_message;
};

} // namespace buurtmunt
