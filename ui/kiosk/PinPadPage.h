// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ui/common/Theme.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace buurtmunt {

struct LoginRefusal;

// The PIN, tapped on a large on-screen pad (a kiosk has no keyboard) or typed
// on one if it has; shown only as dots. The page holds the pass it belongs
// to and is deleted as soon as the login ends either way.
class PinPadPage final : public QWidget {
    Q_OBJECT
public:
    static constexpr int maxDigits = 12;

    PinPadPage(const Theme& theme, QString pass, QWidget* parent = nullptr);
    ~PinPadPage() override;

    QString pass() const { return m_pass; }
    int digitCount() const { return int(m_pin.size()); }
    // Names what went wrong in plain words and empties the PIN for a new try.
    void showRefusal(const LoginRefusal& refusal, const QLocale& locale);
    void setBusy(bool busy);

Q_SIGNALS:
    void pinEntered(const QString& pass, const QString& pin);
    // Back to the pass: also the way out after "pass unknown".
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void addDigit(int digit);
    void erase();
    void submit();
    void updateDots();
    void retranslate();

    Theme m_theme;
    QString m_pass;
    QString m_pin;
    QLabel* m_title;
    QLabel* m_dots;
    QLabel* m_message;
    QList<QPushButton*> m_digits;
    QPushButton* m_eraseButton;
    QPushButton* m_okButton;
    QPushButton* m_backButton;
    bool m_busy = false;
};

} // namespace buurtmunt
