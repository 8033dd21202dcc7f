// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "VoucherConflictModel.h"

using namespace Qt::StringLiterals;

namespace buurtmunt {

VoucherConflictModel::VoucherConflictModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void VoucherConflictModel::setConflicts(QList<VoucherConflict> conflicts)
{
    beginResetModel();
    m_conflicts = std::move(conflicts);
    endResetModel();
}

std::optional<VoucherConflict> VoucherConflictModel::conflict(qint64 id) const
{
    for (const VoucherConflict& c : m_conflicts) {
        if (c.id == id)
            return c;
    }
    return std::nullopt;
}

int VoucherConflictModel::openCount() const
{
    return int(std::count_if(m_conflicts.cbegin(), m_conflicts.cend(),
                             [](const VoucherConflict& c) { return c.resolvedAt.isNull(); }));
}

void VoucherConflictModel::setLocale(const QLocale& locale)
{
    beginResetModel();
    m_locale = locale;
    endResetModel();
}

QString VoucherConflictModel::reasonText(const QString& reason)
{
    if (reason == u"already-redeemed")
        return tr("already used at another counter");
    if (reason == u"cancelled")
        return tr("cancelled by the resident first");
    if (reason == u"expired")
        return tr("expired before the counter was back online");
    return reason;
}

QString VoucherConflictModel::when(const QDateTime& time) const
{
    return time.isValid() ? m_locale.toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

int VoucherConflictModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_conflicts.size());
}

int VoucherConflictModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VoucherConflictModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_conflicts.size())
        return {};
    const VoucherConflict& c = m_conflicts.at(index.row());
    if (role == ConflictIdRole)
        return c.id;
    if (role == Qt::TextAlignmentRole && index.column() == AmountColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (index.column()) {
        case ReportedColumn:
            return c.second.reportedAt.toMSecsSinceEpoch();
        case AmountColumn:
            return c.amount.cents();
        case AcceptedColumn:
            return c.second.offlineAcceptedAt.toMSecsSinceEpoch();
        case StatusColumn:
            return int(c.resolvedAt.isValid());
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case ReportedColumn:
        return when(c.second.reportedAt);
    case AmountColumn:
        return c.amount.format(m_locale);
    case ReasonColumn:
        return reasonText(c.reason);
    case ShopColumn:
        return c.second.shopName;
    case AcceptedColumn:
        return when(c.second.offlineAcceptedAt);
    case FirstColumn:
        if (!c.first)
            return QString();
        return tr("%1, %2").arg(c.first->shopName, when(c.first->redeemedAt));
    case StatusColumn:
        return c.resolvedAt.isValid() ? tr("settled %1").arg(when(c.resolvedAt)) : tr("open");
    default:
        return {};
    }
}

QVariant VoucherConflictModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReportedColumn:
        return tr("Reported");
    case AmountColumn:
        return tr("Amount");
    case ReasonColumn:
        return tr("Why it did not pay");
    case ShopColumn:
        return tr("Shop that accepted it offline");
    case AcceptedColumn:
        return tr("Accepted offline");
    case FirstColumn:
        return tr("Paid first to");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace buurtmunt
