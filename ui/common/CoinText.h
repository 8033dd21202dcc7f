// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QLocale>
#include <QString>
#include <QtGlobal>

namespace buurtmunt {

// An amount with the municipality's coin name, as people say it:
// "15 Heitjes", "1 Heitje", "12,50 Heitjes".
class CoinText final {
public:
    CoinText() = default;
    CoinText(QString singular, QString plural);

    QString singular() const { return m_singular; }
    QString plural() const { return m_plural; }

    QString format(qint64 cents, const QLocale& locale) const;
    // Just the number, the way format() writes it.
    static QString number(qint64 cents, const QLocale& locale);

private:
    QString m_singular;
    QString m_plural;
};

} // namespace buurtmunt
