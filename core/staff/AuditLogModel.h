// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/staff/AuditEntry.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace buurtmunt {

// The audit log as far as it is loaded, newest first; "load more" appends
// older pages. One row can be marked as where the hash chain breaks.
class AuditLogModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, ActorColumn, DeviceColumn, ActionColumn, ObjectColumn, RequestColumn, DetailsColumn,
                  ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1, BrokenRole };

    explicit AuditLogModel(QObject* parent = nullptr);

    void setPage(const AuditEntry::Page& page);
    void appendPage(const AuditEntry::Page& page);
    const QList<AuditEntry>& entries() const { return m_entries; }
    QString next() const { return m_next; }
    bool hasMore() const { return !m_next.isEmpty(); }
    // The row with this id, or -1 when it is not loaded.
    int rowOf(qint64 id) const;
    // The entry where the chain breaks (0: none).
    void setBrokenId(qint64 id);
    qint64 brokenId() const { return m_brokenId; }
    void setLocale(const QLocale& locale);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
    QString m_next;
    qint64 m_brokenId = 0;
    QLocale m_locale;
};

} // namespace buurtmunt
