// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "DeviceListModel.h"

using namespace Qt::StringLiterals;

namespace buurtmunt {

DeviceListModel::DeviceListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DeviceListModel::setDevices(QList<DeviceRecord> devices, const QDateTime& now)
{
    beginResetModel();
    m_devices = std::move(devices);
    m_now = now.isValid() ? now.toUTC() : QDateTime::currentDateTimeUtc();
    endResetModel();
}

std::optional<DeviceRecord> DeviceListModel::device(qint64 id) const
{
    for (const DeviceRecord& d : m_devices) {
        if (d.id == id)
            return d;
    }
    return std::nullopt;
}

void DeviceListModel::setLocale(const QLocale& locale)
{
    beginResetModel();
    m_locale = locale;
    endResetModel();
}

QString DeviceListModel::roleText(const QString& role)
{
    if (role == u"kiosk")
        return tr("kiosk");
    if (role == u"counter")
        return tr("shop counter");
    if (role == u"staff")
        return tr("staff desk");
    return role;
}

QString DeviceListModel::lastSeenText(const QDateTime& lastSeen) const
{
    if (!lastSeen.isValid())
        return tr("never");
    const qint64 seconds = lastSeen.secsTo(m_now);
    // A clock a little ahead of the server's is still "just now".
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 24 * 3600)
        return tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    return m_locale.toString(lastSeen.toLocalTime(), QLocale::ShortFormat);
}

int DeviceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_devices.size());
}

int DeviceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_devices.size())
        return {};
    const DeviceRecord& d = m_devices.at(index.row());
    if (role == DeviceIdRole)
        return d.id;
    if (role == ActiveRole)
        return d.isActive();
    if (role == SortRole) {
        switch (index.column()) {
        case LastSeenColumn:
            return d.lastSeenAt.isValid() ? d.lastSeenAt.toMSecsSinceEpoch() : qint64(0);
        case StatusColumn:
            return int(d.isActive());
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == LastSeenColumn && d.lastSeenAt.isValid())
        return m_locale.toString(d.lastSeenAt.toLocalTime(), QLocale::LongFormat);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return d.name.isEmpty() ? tr("device %1").arg(d.id) : d.name;
    case RoleColumn:
        return roleText(d.role);
    case ShopColumn:
        return d.shopName;
    case NeighbourhoodColumn:
        return d.neighbourhood;
    case LastSeenColumn:
        return lastSeenText(d.lastSeenAt);
    case StatusColumn:
        return d.isActive() ? tr("active")
                            : tr("revoked %1").arg(m_locale.toString(d.revokedAt.toLocalTime(), QLocale::ShortFormat));
    default:
        return {};
    }
}

QVariant DeviceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Device");
    case RoleColumn:
        return tr("Role");
    case ShopColumn:
        return tr("Shop");
    case NeighbourhoodColumn:
        return tr("Neighbourhood");
    case LastSeenColumn:
        return tr("Last seen");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace buurtmunt
