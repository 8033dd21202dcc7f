// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/staff/ResidentSummary.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

#include <optional>

namespace buurtmunt {

// Residents found by the admin's search. Cleared at logout with the rest of
// the desk, since it is personal data.
class ResidentListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, NeighbourhoodColumn, StatusColumn, BalanceColumn, RegisteredColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, ResidentIdRole };

    explicit ResidentListModel(QObject* parent = nullptr);

    void setResidents(QList<ResidentSummary> residents);
    void upsert(const ResidentSummary& resident);
    const QList<ResidentSummary>& residents() const { return m_residents; }
    std::optional<ResidentSummary> resident(ResidentId id) const;
    int rowOf(ResidentId id) const;
    void setLocale(const QLocale& locale);

    // "Active", "Blocked", "Locked until 14:05", "Locked until staff unlock it".
    QString statusText(const ResidentSummary& resident) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ResidentSummary> m_residents;
    QLocale m_locale;
};

} // namespace buurtmunt
