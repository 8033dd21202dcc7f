// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ui/common/CoinText.h"
#include "ui/common/Theme.h"

#include <QLocale>
#include <QWidget>

class QLabel;

namespace buurtmunt {

struct Earnings;

// This year's earnings against the benefit-safe yearly cap: a bar (earned
// solid, awaiting approval hatched, the rest empty) and the same numbers in a
// sentence, so neither colour nor the bar is ever the only signal.
class CapMeter final : public QWidget {
    Q_OBJECT
public:
    explicit CapMeter(const Theme& theme, QWidget* parent = nullptr);

    void setCoinText(const CoinText& coins, const QLocale& locale);
    void setEarnings(const Earnings& earnings);
    void clear();

    QString summary() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    class Bar;
    void refresh();

    Theme m_theme;
    CoinText m_coins;
    QLocale m_locale;
    qint64 m_earned = 0;
    qint64 m_pending = 0;
    qint64 m_cap = 0;
    qint64 m_remaining = 0;
    bool m_valid = false;
    Bar* m_bar;
    QLabel* m_text;
};

} // namespace buurtmunt
