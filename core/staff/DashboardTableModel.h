// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/staff/Dashboard.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace buurtmunt {

// The dashboard's figures as a table beside its charts, so every bar can be
// read as a number: per month (minted, spent, tasks done, active residents)
// or each shop's turnover per month.
class DashboardTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Table { Monthly, Turnover };
    enum MonthlyColumn { MonthColumn, MintedColumn, SpentColumn, TasksDoneColumn, ActiveResidentsColumn,
                         MonthlyColumnCount };
    enum TurnoverColumn { TurnoverMonthColumn, ShopColumn, TurnoverColumn, TurnoverColumnCount };
    // Raw values: cents and counts as integers, for sorting and checks.
    enum Role { ValueRole = Qt::UserRole + 1 };

    explicit DashboardTableModel(Table table, QObject* parent = nullptr);

    Table table() const { return m_table; }
    void setDashboard(const Dashboard& dashboard);
    const Dashboard& dashboard() const { return m_dashboard; }
    void setLocale(const QLocale& locale);

    // The table as CSV for a spreadsheet: a header row, then one line per
    // row; amounts in coins with a decimal point and two decimals, months
    // as YYYY-MM, fields quoted where needed.
    QString toCsv() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool isAmount(int column) const;
    QString monthText(const QString& month) const;

    Table m_table;
    Dashboard m_dashboard;
    QLocale m_locale;
};

} // namespace buurtmunt
