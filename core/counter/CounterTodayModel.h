// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/counter/CounterRedemption.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace buurtmunt {

// Today's redemptions at this counter, newest first: the server's list plus
// offline acceptances still in the queue (and queued ones the server refused).
class CounterTodayModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TimeColumn, AmountColumn, VoucherColumn, StateColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        VoucherIdRole = Qt::UserRole + 1,
        AmountCentsRole,  // qint64
        AtRole,           // QDateTime, UTC
        StateRole,        // int(CounterRedemption::State)
        RefusalRole,      // problem slug when refused
        OfflineAcceptedAtRole,
    };
    Q_ENUM(Role)

    explicit CounterTodayModel(QObject* parent = nullptr);

    // Core has no words: the window sets its translated column titles.
    void setHeaderLabels(const QStringList& labels);
    void setRedemptions(QList<CounterRedemption> items);
    const QList<CounterRedemption>& redemptions() const { return m_items; }
    const CounterRedemption& redemptionAt(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<CounterRedemption> m_items;
    QStringList m_headers;
};

} // namespace buurtmunt
