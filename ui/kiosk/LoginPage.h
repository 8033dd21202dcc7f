// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ui/common/Theme.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace buurtmunt {

class CameraView;

// First step of logging in: the resident holds their pass card to the camera,
// or types the number printed on it. The number is checked here (length,
// typo) so a mistake is named at once and never costs a PIN attempt.
class LoginPage final : public QWidget {
    Q_OBJECT
public:
    explicit LoginPage(const Theme& theme, QWidget* parent = nullptr);
    ~LoginPage() override;

    // Starts the camera if there is one; without one the page says so and
    // puts the cursor in the number field.
    void activate();
    CameraView* cameraView() const { return m_camera; }

Q_SIGNALS:
    // The canonical pass token (no spaces or dashes).
    void passEntered(const QString& pass);
    void cancelled();

protected:
    void changeEvent(QEvent* event) override;

private:
    void submitTyped();
    void accept(const QString& text, bool scanned);
    void retranslate();

    Theme m_theme;
    QLabel* m_title;
    QLabel* m_scanHint;
    QLabel* m_typeHint;
    CameraView* m_camera;
    QLineEdit* m_passEdit;
    QLabel* m_error;
    QPushButton* m_nextButton;
    QPushButton* m_cancelButton;
};

} // namespace buurtmunt
