// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ui/common/Theme.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace buurtmunt {

// Covers the kiosk when a logged-in resident seems to have walked away:
// "Are you still there?" with a countdown and one big button. Beeps once
// when it appears, so someone looking elsewhere notices.
class IdleWarningOverlay final : public QWidget {
    Q_OBJECT
public:
    explicit IdleWarningOverlay(const Theme& theme, QWidget* parent);

    void showCountdown(int secondsLeft);
    int secondsLeft() const { return m_secondsLeft; }

Q_SIGNALS:
    void stillHere();

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Theme m_theme;
    QWidget* m_card;
    QLabel* m_title;
    QLabel* m_countdown;
    QPushButton* m_stillHereButton;
    int m_secondsLeft = 0;
};

} // namespace buurtmunt
