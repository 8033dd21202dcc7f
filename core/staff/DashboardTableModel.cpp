// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "DashboardTableModel.h"

#include "core/domain/Coins.h"

#include <QDate>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {

QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return QString(u'"' + quoted + u'"');
}

QString csvAmount(qint64 cents)
{
    const qint64 whole = cents / 100;
    const qint64 rest = std::abs(cents % 100);
    const QString sign = (cents < 0 && whole == 0) ? u"-"_s : QString();
    return QString(sign + QString::number(whole) + u'.' + u"%1"_s.arg(rest, 2, 10, QLatin1Char('0')));
}

} // namespace

DashboardTableModel::DashboardTableModel(Table table, QObject* parent)
    : QAbstractTableModel(parent)
    , m_table(table)
{
}

void DashboardTableModel::setDashboard(const Dashboard& dashboard)
{
    beginResetModel();
    m_dashboard = dashboard;
    endResetModel();
}

void DashboardTableModel::setLocale(const QLocale& locale)
{
    beginResetModel();
    m_locale = locale;
    endResetModel();
}

bool DashboardTableModel::isAmount(int column) const
{
    if (m_table == Table::Monthly)
        return column == MintedColumn || column == SpentColumn;
    return column == TurnoverColumn;
}

QString DashboardTableModel::monthText(const QString& month) const
{
    const QDate date = QDate::fromString(month + u"-01"_s, u"yyyy-MM-dd"_s);
    return date.isValid() ? m_locale.toString(date, u"MMM yyyy"_s) : month;
}

int DashboardTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_table == Table::Monthly ? m_dashboard.months.size() : m_dashboard.turnoverByShop.size());
}

int DashboardTableModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_table == Table::Monthly ? int(MonthlyColumnCount) : int(TurnoverColumnCount);
}

QVariant DashboardTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (role == Qt::TextAlignmentRole && index.column() > 0 && !(m_table == Table::Turnover && index.column() == ShopColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != ValueRole)
        return {};
    QVariant value;
    if (m_table == Table::Monthly) {
        const QString month = m_dashboard.months.at(index.row());
        switch (index.column()) {
        case MonthColumn:
            return role == ValueRole ? QVariant(month) : QVariant(monthText(month));
        case MintedColumn:
            value = m_dashboard.mintedIn(month);
            break;
        case SpentColumn:
            value = m_dashboard.spentIn(month);
            break;
        case TasksDoneColumn:
            value = m_dashboard.tasksDoneIn(month);
            break;
        case ActiveResidentsColumn:
            value = m_dashboard.activeResidentsIn(month);
            break;
        default:
            return {};
        }
    } else {
        const Dashboard::Turnover& turnover = m_dashboard.turnoverByShop.at(index.row());
        switch (index.column()) {
        case TurnoverMonthColumn:
            return role == ValueRole ? QVariant(turnover.month) : QVariant(monthText(turnover.month));
        case ShopColumn:
            return turnover.shopName;
        case TurnoverColumn:
            value = turnover.cents;
            break;
        default:
            return {};
        }
    }
    if (role == ValueRole)
        return value;
    if (isAmount(index.column()))
        return Coins(value.toLongLong()).format(m_locale);
    return m_locale.toString(value.toLongLong());
}

QVariant DashboardTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (m_table == Table::Monthly) {
        switch (section) {
        case MonthColumn:
            return tr("Month");
        case MintedColumn:
            return tr("Coins minted");
        case SpentColumn:
            return tr("Coins spent");
        case TasksDoneColumn:
            return tr("Tasks done");
        case ActiveResidentsColumn:
            return tr("Active residents");
        default:
            return {};
        }
    }
    switch (section) {
    case TurnoverMonthColumn:
        return tr("Month");
    case ShopColumn:
        return tr("Shop");
    case TurnoverColumn:
        return tr("Turnover");
    default:
        return {};
    }
}

QString DashboardTableModel::toCsv() const
{
    QStringList lines;
    QStringList header;
    for (int column = 0; column < columnCount(); ++column)
        header << csvField(headerData(column, Qt::Horizontal).toString());
    lines << header.join(u',');
    for (int row = 0; row < rowCount(); ++row) {
        QStringList fields;
        for (int column = 0; column < columnCount(); ++column) {
            const QVariant value = data(index(row, column), ValueRole);
            if (isAmount(column))
                fields << csvAmount(value.toLongLong());
            else if (value.isValid())
                fields << csvField(value.toString());
            else
                fields << csvField(data(index(row, column), Qt::DisplayRole).toString());
        }
        lines << fields.join(u',');
    }
    return QString(lines.join(u"\r\n"_s) + u"\r\n"_s);
}

} // namespace buurtmunt
