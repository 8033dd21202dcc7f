// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/TaskStatus.h"

#include <QSortFilterProxyModel>
#include <QString>

#include <optional>

namespace buurtmunt {

// Narrows StaffTaskModel by status, category, neighbourhood and free text,
// and sorts every column by its SortRole (numbers for money and dates).
class StaffTaskFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit StaffTaskFilterModel(QObject* parent = nullptr);

    void setStatusFilter(std::optional<TaskStatus> status);
    void setCategoryFilter(const QString& slug);          // empty: all
    void setNeighbourhoodFilter(const QString& name);     // empty: all
    void setTextFilter(const QString& text);              // matched in title, description, address
    void clearFilters();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<TaskStatus> m_status;
    QString m_category;
    QString m_neighbourhood;
    QString m_text;
};

} // namespace buurtmunt
