// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Coins.h"
#include "core/domain/PassToken.h"
#include "server/Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace buurtmunt::server {

// Residents as staff administer them: registering someone and handing out a
// pass card, PIN resets, blocking a lost or misused pass, unlocking after too
// many wrong PINs, and a new pass that replaces the old one at once. The
// server keeps only the pass token's SHA-256 and the PIN's Argon2id hash;
// neither a PIN nor a token ever reaches the audit log. Every function runs
// inside the caller's transaction and audits what it changed.
//
// Errors: resident-not-found, invalid-body (a PIN that is not 4 to 6 digits).
class ResidentService final {
public:
    static constexpr int kMaxNameLength = 80;
    static constexpr int kMaxNeighbourhoodLength = 80;
    static constexpr int kMaxSearchResults = 200;

    struct Resident {
        qint64 id = 0;
        QString displayName;
        QString neighbourhood;
        bool blocked = false;
        std::optional<QDateTime> lockedUntil;  // only while the 15-minute lock lasts
        bool lockedByStaffOnly = false;
        QDateTime createdAt;
        Coins balance;

        // {id, displayName, neighbourhood, status: active|blocked,
        //  lockedUntil, lockedByStaffOnly, createdAt, balanceCents}
        QJsonObject toJson() const;
    };

    // A resident with the pass token to print; the token is shown this once.
    struct WithPass {
        Resident resident;
        PassToken pass;
    };

    // Who made a change, for the audit log.
    struct Actor {
        QString actor;  // "staff:3"
        std::optional<qint64> deviceId;
        QString requestId;
    };

    static Result<WithPass> create(QSqlDatabase& db, const QString& displayName, const QString& neighbourhood,
                                   const QString& pin, const Actor& by);
    // Residents whose name contains `text` (case-insensitive; empty: all),
    // by name, at most kMaxSearchResults.
    static Result<QList<Resident>> search(QSqlDatabase& db, const QString& text);
    static Result<std::optional<Resident>> find(QSqlDatabase& db, qint64 id);

    // A new PIN also ends the wrong-PIN streak and the timed lock.
    static Result<Resident> resetPin(QSqlDatabase& db, qint64 id, const QString& pin, const Actor& by);
    // Blocking ends the resident's sessions at once; both are idempotent.
    static Result<Resident> block(QSqlDatabase& db, qint64 id, const QString& reason, const Actor& by);
    static Result<Resident> unblock(QSqlDatabase& db, qint64 id, const Actor& by);
    // Lifts both locks after wrong PINs (ResidentLogin::unlock).
    static Result<Resident> unlock(QSqlDatabase& db, qint64 id, const Actor& by);
    // The old pass stops working at once and the resident's sessions end.
    static Result<WithPass> replacePass(QSqlDatabase& db, qint64 id, const Actor& by);

    // Locks the resident's row until the transaction ends (PostgreSQL; SQLite
    // writers are one at a time anyway), so one resident's claims and
    // vouchers are decided one after the other and together can never pass a
    // limit. Errors: "resident-not-found", "pass-blocked" with `blockedMessage`.
    static Status lockUnblocked(QSqlDatabase& db, qint64 residentId, const QString& blockedMessage);
};

} // namespace buurtmunt::server
