// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ResidentClaimsModel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace buurtmunt {

ResidentClaimsModel::ResidentClaimsModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void ResidentClaimsModel::setClaims(QList<ResidentClaim> claims)
{
    // Open claims first (what the resident still has to do), newest first within.
    std::stable_sort(claims.begin(), claims.end(), [](const ResidentClaim& a, const ResidentClaim& b) {
        if (a.isOpen() != b.isOpen())
            return a.isOpen();
        return a.claimedAt > b.claimedAt;
    });
    beginResetModel();
    m_claims = std::move(claims);
    endResetModel();
}

void ResidentClaimsModel::upsert(const ResidentClaim& claim)
{
    const int row = rowOf(claim.id);
    if (row >= 0) {
        m_claims[row] = claim;
        emit dataChanged(index(row), index(row));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_claims.prepend(claim);
    endInsertRows();
}

void ResidentClaimsModel::clear()
{
    beginResetModel();
    // Assigning an empty list frees the strings now instead of keeping the
    // old capacity around with the resident's texts in it.
    m_claims = QList<ResidentClaim>();
    endResetModel();
}

int ResidentClaimsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_claims.size());
}

QVariant ResidentClaimsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_claims.size())
        return {};
    const ResidentClaim& c = m_claims.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return c.taskTitle;
    case ClaimIdRole:
        return c.id.value();
    case TaskIdRole:
        return c.taskId.value();
    case StatusRole:
        return toString(c.status);
    case RewardCentsRole:
        return c.rewardCents;
    case EstimatedMinutesRole:
        return c.estimatedMinutes;
    case ExpiresAtRole:
        return c.expiresAt;
    case ClaimedAtRole:
        return c.claimedAt;
    case ToolboxCodeRole:
        return c.toolboxCode;
    case NoteRole:
        return c.note;
    case RejectReasonRole:
        return c.rejectReason;
    case IsOpenRole:
        return c.isOpen();
    case CanSubmitRole:
        return c.status == ClaimStatus::Claimed;
    default:
        return {};
    }
}

QHash<int, QByteArray> ResidentClaimsModel::roleNames() const
{
    return {
        {ClaimIdRole, "claimId"}, {TaskIdRole, "taskId"}, {TitleRole, "title"}, {StatusRole, "status"},
        {RewardCentsRole, "rewardCents"}, {EstimatedMinutesRole, "estimatedMinutes"},
        {ExpiresAtRole, "expiresAt"}, {ClaimedAtRole, "claimedAt"}, {ToolboxCodeRole, "toolboxCode"},
        {NoteRole, "note"}, {RejectReasonRole, "rejectReason"}, {IsOpenRole, "isOpen"},
        {CanSubmitRole, "canSubmit"},
    };
}

int ResidentClaimsModel::rowOf(ClaimId id) const
{
    for (int row = 0; row < m_claims.size(); ++row) {
        if (m_claims.at(row).id == id)
            return row;
    }
    return -1;
}

int ResidentClaimsModel::openCount() const
{
    return int(std::count_if(m_claims.cbegin(), m_claims.cend(), [](const ResidentClaim& c) { return c.isOpen(); }));
}

} // namespace buurtmunt
