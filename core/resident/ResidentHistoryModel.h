// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ResidentTransaction.h"

#include <QAbstractListModel>
#include <QList>

namespace buurtmunt {

// The logged-in resident's coin history, newest first. Memory only; emptied
// at logout.
class ResidentHistoryModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        TransactionIdRole = Qt::UserRole + 1,
        KindRole,  // the slug; the view translates it
        AmountCentsRole,  // qint64, negative for coins that went out
        MemoRole,
        AtRole,  // QDateTime, UTC
    };
    Q_ENUM(Role)

    explicit ResidentHistoryModel(QObject* parent = nullptr);

    void setTransactions(QList<ResidentTransaction> transactions);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const ResidentTransaction& transactionAt(int row) const { return m_items.at(row); }

private:
    QList<ResidentTransaction> m_items;
};

} // namespace buurtmunt
