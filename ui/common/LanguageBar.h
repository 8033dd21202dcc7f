// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QWidget>

class QButtonGroup;

namespace buurtmunt {

class LanguageSwitcher;

// The NL / EN / DE buttons every kiosk screen carries. Each button names its
// language in that language, so it can be found whatever the screen shows.
class LanguageBar final : public QWidget {
    Q_OBJECT
public:
    explicit LanguageBar(LanguageSwitcher* switcher, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void syncChecked();
    void retranslate();

    LanguageSwitcher* m_switcher;
    QButtonGroup* m_group;
};

} // namespace buurtmunt
