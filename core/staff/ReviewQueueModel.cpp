// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ReviewQueueModel.h"

namespace buurtmunt {

ReviewQueueModel::ReviewQueueModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ReviewQueueModel::setItems(QList<ReviewItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    QSet<qint64> present;
    for (const ReviewItem& item : m_items)
        present.insert(item.claimId.value());
    m_checked.intersect(present);
    for (auto it = m_outcomes.begin(); it != m_outcomes.end();) {
        if (present.contains(it.key()))
            ++it;
        else
            it = m_outcomes.erase(it);
    }
    endResetModel();
    emit checkedChanged();
}

std::optional<ReviewItem> ReviewQueueModel::item(ClaimId id) const
{
    const int row = rowOf(id);
    return row >= 0 ? std::optional<ReviewItem>(m_items.at(row)) : std::nullopt;
}

int ReviewQueueModel::rowOf(ClaimId id) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).claimId == id)
            return row;
    }
    return -1;
}

QList<ClaimId> ReviewQueueModel::checkedClaimIds() const
{
    // In queue order, so a batch is approved oldest first as it is shown.
    QList<ClaimId> ids;
    for (const ReviewItem& item : m_items) {
        if (m_checked.contains(item.claimId.value()))
            ids.append(item.claimId);
    }
    return ids;
}

void ReviewQueueModel::setChecked(ClaimId id, bool checked)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    setData(index(row, ResidentColumn), checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

void ReviewQueueModel::setAllChecked(bool checked)
{
    for (const ReviewItem& item : std::as_const(m_items)) {
        if (checked)
            m_checked.insert(item.claimId.value());
        else
            m_checked.remove(item.claimId.value());
    }
    if (!m_items.isEmpty())
        emit dataChanged(index(0, ResidentColumn), index(rowCount() - 1, ResidentColumn), {Qt::CheckStateRole});
    emit checkedChanged();
}

void ReviewQueueModel::setOutcome(ClaimId id, const QString& outcome)
{
    m_outcomes.insert(id.value(), outcome);
    if (const int row = rowOf(id); row >= 0)
        emit dataChanged(index(row, OutcomeColumn), index(row, OutcomeColumn));
}

void ReviewQueueModel::setLocale(const QLocale& locale)
{
    beginResetModel();
    m_locale = locale;
    endResetModel();
}

int ReviewQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReviewQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewQueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const ReviewItem& item = m_items.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == ResidentColumn)
        return m_checked.contains(item.claimId.value()) ? Qt::Checked : Qt::Unchecked;
    if (role == ClaimIdRole)
        return item.claimId.value();
    if (role == Qt::ToolTipRole && index.column() == NoteColumn)
        return item.note;
    if (role == Qt::TextAlignmentRole && index.column() == RewardColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (index.column()) {
        case RewardColumn:
            return item.reward.cents();
        case SubmittedColumn:
            return item.submittedAt.toMSecsSinceEpoch();
        case SecondApproverColumn:
            return int(item.needsTwoApprovers) * 2 + int(item.firstApproverId.has_value());
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ResidentColumn:
        return item.residentName;
    case TaskColumn:
        return item.taskTitle;
    case RewardColumn:
        return item.reward.format(m_locale);
    case SubmittedColumn:
        return m_locale.toString(item.submittedAt.toLocalTime(), QLocale::ShortFormat);
    case NoteColumn:
        return item.note;
    case SecondApproverColumn:
        if (!item.needsTwoApprovers)
            return tr("No");
        return item.firstApproverId ? tr("Yes, first approval given") : tr("Yes");
    case OutcomeColumn:
        return m_outcomes.value(item.claimId.value());
    default:
        return {};
    }
}

bool ReviewQueueModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.column() != ResidentColumn)
        return false;
    const qint64 id = m_items.at(index.row()).claimId.value();
    if (value.value<Qt::CheckState>() == Qt::Checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedChanged();
    return true;
}

Qt::ItemFlags ReviewQueueModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ResidentColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant ReviewQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ResidentColumn:
        return tr("Resident");
    case TaskColumn:
        return tr("Task");
    case RewardColumn:
        return tr("Reward");
    case SubmittedColumn:
        return tr("Submitted");
    case NoteColumn:
        return tr("Note");
    case SecondApproverColumn:
        return tr("Second approver needed");
    case OutcomeColumn:
        return tr("Result");
    default:
        return {};
    }
}

} // namespace buurtmunt
