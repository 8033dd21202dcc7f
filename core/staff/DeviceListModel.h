// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/staff/DeviceRecord.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QLocale>

#include <optional>

namespace buurtmunt {

// Every enrolled device, one row each, with when it was last seen in words an
// admin reads at a glance ("12 minutes ago") and whether it is revoked.
class DeviceListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, RoleColumn, ShopColumn, NeighbourhoodColumn, LastSeenColumn, StatusColumn,
                  ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, DeviceIdRole, ActiveRole };

    explicit DeviceListModel(QObject* parent = nullptr);

    // now: the moment "x minutes ago" counts from; null means the current time.
    void setDevices(QList<DeviceRecord> devices, const QDateTime& now = {});
    const QList<DeviceRecord>& devices() const { return m_devices; }
    std::optional<DeviceRecord> device(qint64 id) const;
    void setLocale(const QLocale& locale);

    static QString roleText(const QString& role);
    // "just now", "5 minutes ago", "3 hours ago", then the date.
    QString lastSeenText(const QDateTime& lastSeen) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DeviceRecord> m_devices;
    QDateTime m_now;
    QLocale m_locale;
};

} // namespace buurtmunt
