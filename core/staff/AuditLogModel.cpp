// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "AuditLogModel.h"

using namespace Qt::StringLiterals;

namespace buurtmunt {

AuditLogModel::AuditLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AuditLogModel::setPage(const AuditEntry::Page& page)
{
    beginResetModel();
    m_entries = page.entries;
    m_next = page.next;
    endResetModel();
}

void AuditLogModel::appendPage(const AuditEntry::Page& page)
{
    m_next = page.next;
    if (page.entries.isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + page.entries.size() - 1));
    m_entries.append(page.entries);
    endInsertRows();
}

int AuditLogModel::rowOf(qint64 id) const
{
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return int(row);
    }
    return -1;
}

void AuditLogModel::setBrokenId(qint64 id)
{
    beginResetModel();
    m_brokenId = id;
    endResetModel();
}

void AuditLogModel::setLocale(const QLocale& locale)
{
    beginResetModel();
    m_locale = locale;
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry& e = m_entries.at(index.row());
    if (role == EntryIdRole)
        return e.id;
    if (role == BrokenRole)
        return m_brokenId != 0 && e.id == m_brokenId;
    if (role == Qt::ToolTipRole && index.column() == TimeColumn)
        return tr("Entry #%1, %2 UTC").arg(e.id).arg(e.at.toString(Qt::ISODate));
    if (role == Qt::ToolTipRole && index.column() == DetailsColumn)
        return e.detailsText();
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case TimeColumn: {
        const QString time = m_locale.toString(e.at.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s);
        return m_brokenId == e.id ? tr("⚠ %1 (#%2)").arg(time).arg(e.id) : time;
    }
    case ActorColumn:
        return e.actor;
    case DeviceColumn:
        return e.deviceId > 0 ? QString::number(e.deviceId) : QString();
    case ActionColumn:
        return e.action;
    case ObjectColumn:
        return e.object;
    case RequestColumn:
        return e.requestId;
    case DetailsColumn:
        return e.detailsText();
    default:
        return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Actor");
    case DeviceColumn:
        return tr("Device");
    case ActionColumn:
        return tr("Action");
    case ObjectColumn:
        return tr("Object");
    case RequestColumn:
        return tr("Request id");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace buurtmunt
