// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/staff/Settlement.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

#include <optional>

namespace buurtmunt {

// The closed months, newest first, with what each paid out in total.
class SettlementListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { PeriodColumn, ClosedColumn, ClosedByColumn, CoinsColumn, EuroColumn, ColumnCount };
    enum Role { SettlementIdRole = Qt::UserRole + 1 };

    explicit SettlementListModel(QObject* parent = nullptr);

    void setSettlements(QList<Settlement> settlements);
    const QList<Settlement>& settlements() const { return m_settlements; }
    std::optional<Settlement> settlement(qint64 id) const;
    int rowOf(qint64 id) const;  // -1 when not listed

    // "€ 1.234,50" without going through floating point.
    static QString euros(qint64 euroCents, const QLocale& locale);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Settlement> m_settlements;
    QLocale m_locale;
};

} // namespace buurtmunt
