// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/counter/Payout.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace buurtmunt {

// The shop's settlement history, newest first.
class PayoutModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { DateColumn, AmountColumn, EuroColumn, MemoColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        AtRole = Qt::UserRole + 1,  // QDateTime, UTC
        AmountCentsRole,            // qint64 coin cents
        EuroCentsRole,              // qint64
        MemoRole,
    };
    Q_ENUM(Role)

    explicit PayoutModel(QObject* parent = nullptr);

    void setHeaderLabels(const QStringList& labels);
    void setPayouts(QList<Payout> items);
    const QList<Payout>& payouts() const { return m_items; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Payout> m_items;
    QStringList m_headers;
};

} // namespace buurtmunt
