// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/staff/ShopRecord.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

#include <optional>

namespace buurtmunt {

// Every shop in the scheme, active or not, as the administrator manages them.
class ShopListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, CategoryColumn, AddressColumn, IbanColumn, BalanceColumn, ActiveColumn, ColumnCount };
    enum Role { ShopIdRole = Qt::UserRole + 1, SortRole };

    explicit ShopListModel(QObject* parent = nullptr);

    void setShops(QList<ShopRecord> shops);
    const QList<ShopRecord>& shops() const { return m_shops; }
    std::optional<ShopRecord> shop(qint64 id) const;
    int rowOf(qint64 id) const;

    // "Bakery", "Greengrocer", ...: the category slug in the person's language.
    static QString categoryText(const QString& category);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ShopRecord> m_shops;
    QLocale m_locale;
};

} // namespace buurtmunt
