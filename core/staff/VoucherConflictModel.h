// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/staff/VoucherConflict.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace buurtmunt {

// Vouchers a counter accepted offline that did not pay, one row each, with
// the shop that lost out and the record that paid first, so staff can settle
// with the shop.
class VoucherConflictModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { ReportedColumn, AmountColumn, ReasonColumn, ShopColumn, AcceptedColumn, FirstColumn,
                  StatusColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, ConflictIdRole };

    explicit VoucherConflictModel(QObject* parent = nullptr);

    void setConflicts(QList<VoucherConflict> conflicts);
    const QList<VoucherConflict>& conflicts() const { return m_conflicts; }
    std::optional<VoucherConflict> conflict(qint64 id) const;
    int openCount() const;
    void setLocale(const QLocale& locale);

    // "already used at another shop", "cancelled by the resident first", ...
    static QString reasonText(const QString& reason);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString when(const QDateTime& time) const;

    QList<VoucherConflict> m_conflicts;
    QLocale m_locale;
};

} // namespace buurtmunt
