// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Result.h"

#include <QLocale>
#include <QString>
#include <QtGlobal>

#include <compare>

namespace buurtmunt {

// An amount of the local coin in hundredths ("cents"). Never a float: money
// must add up to the cent in the ledger and on every slip.
class Coins final {
public:
    constexpr explicit Coins(qint64 cents = 0) : m_cents(cents) {}

    constexpr qint64 cents() const { return m_cents; }
    constexpr bool isZero() const { return m_cents == 0; }
    constexpr bool isNegative() const { return m_cents < 0; }

    // What a person typed: "12", "12,50" (nl), "12.50" (en), "1.234,50" (nl).
    // Error codes: empty, negative, too-many-decimals, overflow, not-a-number.
    static Result<Coins> parse(const QString& text, const QLocale& locale);

    // Always two decimals with the locale's separators: "1.234,50" (nl).
    QString format(const QLocale& locale) const;

    // Checked arithmetic; an overflow is an error ("overflow"), never a wrap.
    Result<Coins> plus(Coins other) const;
    Result<Coins> minus(Coins other) const;
    Result<Coins> times(qint64 factor) const;

    constexpr auto operator<=>(const Coins&) const = default;

private:
    qint64 m_cents;
};

} // namespace buurtmunt
