// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ResidentClaim.h"

#include <QAbstractListModel>
#include <QList>

namespace buurtmunt {

// The logged-in resident's claims, newest first, one row each. Lives only in
// memory and is emptied at logout; views translate status slugs themselves.
class ResidentClaimsModel final : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        ClaimIdRole = Qt::UserRole + 1,
        TaskIdRole,
        TitleRole,
        StatusRole,  // the slug ("claimed", "submitted", ...)
        RewardCentsRole,  // qint64
        EstimatedMinutesRole,
        ExpiresAtRole,  // QDateTime, UTC
        ClaimedAtRole,
        ToolboxCodeRole,  // grouped; empty when no toolbox is needed
        NoteRole,
        RejectReasonRole,
        IsOpenRole,  // bool: claimed or submitted
        CanSubmitRole,  // bool: still "claimed", so it can be marked done or released
    };
    Q_ENUM(Role)

    explicit ResidentClaimsModel(QObject* parent = nullptr);

    void setClaims(QList<ResidentClaim> claims);
    // Replaces one claim (after submit or release) or adds it (after claiming).
    void upsert(const ResidentClaim& claim);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const ResidentClaim& claimAt(int row) const { return m_claims.at(row); }
    int rowOf(ClaimId id) const;
    int openCount() const;

private:
    QList<ResidentClaim> m_claims;
};

} // namespace buurtmunt
