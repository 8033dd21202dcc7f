// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/staff/Settlement.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace buurtmunt {

// One closed month's payouts, a row per shop: the figures finance checks
// against the SEPA file before sending it to the bank.
class SettlementLineModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ShopColumn, IbanColumn, VouchersColumn, CoinsColumn, EuroColumn, ColumnCount };
    enum Role { ShopIdRole = Qt::UserRole + 1 };

    explicit SettlementLineModel(QObject* parent = nullptr);

    void setLines(QList<Settlement::Line> lines);
    const QList<Settlement::Line>& lines() const { return m_lines; }

    // "NL91 ABNA 0417 1643 00": grouped by four as on a bank statement.
    static QString groupedIban(const QString& iban);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Settlement::Line> m_lines;
    QLocale m_locale;
};

} // namespace buurtmunt
