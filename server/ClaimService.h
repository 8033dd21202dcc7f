// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/ClaimStatus.h"
#include "core/domain/Coins.h"
#include "core/domain/EarningsCap.h"
#include "server/ClaimRules.h"
#include "server/Database.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace buurtmunt::server {

// Earning coins: a resident claims a task slot at a kiosk, marks the work
// done, and staff approve it, which mints the reward through the ledger in
// the same transaction. Every function runs inside the caller's one
// Database::transaction; a refusal returns an Error with a stable code and a
// sentence a resident or staff member understands, and the caller rolls back.
//
// Refusal codes: resident-not-found, pass-blocked, task-not-found,
// task-not-open, task-full, already-claimed, too-many-open-claims,
// earnings-cap, claim-not-found, claim-expired, invalid-transition,
// note-too-long, reason-invalid, invalid-staff, second-approver-required,
// toolbox-code-invalid, toolbox-not-needed, claim-not-active,
// invalid-setting. Transient
// conflicts come back as "retry" so Database::transaction reruns the unit.
class ClaimService final {
public:
    static constexpr int kToolboxCodeLength = 8;  // 7 random + 1 check character
    static constexpr int kMaxNoteLength = 500;
    static constexpr int kMinReasonLength = 3;
    static constexpr int kMaxReasonLength = 500;

    struct Claim {
        qint64 id = 0;
        qint64 taskId = 0;
        QString taskTitle;
        qint64 residentId = 0;
        ClaimStatus status = ClaimStatus::Claimed;
        Coins reward;              // as the task paid when it was claimed
        int estimatedMinutes = 0;  // likewise
        QString toolboxCode;       // ungrouped; see toolboxCodeDisplay()
        QString note;
        QString rejectReason;
        QDateTime claimedAt;
        QDateTime expiresAt;  // start of the day after the task's window end, UTC
        std::optional<QDateTime> submittedAt;
        std::optional<qint64> firstApproverId;
        std::optional<QDateTime> decidedAt;
        std::optional<qint64> decidedBy;
        std::optional<qint64> rewardTransactionId;
        std::optional<QDateTime> toolboxPickedUpAt;
        qint64 version = 0;

        // "7KD4-M2QX", as printed on the claim slip.
        QString toolboxCodeDisplay() const;
        // camelCase fields, money in *Cents, instants RFC 3339 UTC, absent values null.
        QJsonObject toJson() const;
    };

    struct Approval {
        Claim claim;
        bool needsSecondApprover = false;  // first of two approvals recorded; nothing minted yet
        bool replayed = false;             // the claim was already approved; nothing minted now
    };

    struct BatchOutcome {
        enum class Kind { Approved, NeedsSecondApprover, Refused };
        qint64 claimId = 0;
        Kind kind = Kind::Refused;
        std::optional<Claim> claim;  // when not refused
        Error error;                 // when refused
    };

    struct ReviewItem {
        qint64 claimId = 0;
        qint64 taskId = 0;
        QString taskTitle;
        qint64 residentId = 0;
        QString residentName;
        Coins reward;
        int estimatedMinutes = 0;
        QString note;
        QDateTime submittedAt;
        std::optional<qint64> firstApproverId;
        bool needsTwoApprovers = false;
    };

    // What the kiosk's cap meter shows.
    struct Earnings {
        Coins balance;            // the resident's ledger account
        Coins earnedThisYear;     // approved rewards decided this calendar year
        Coins earnedThisMonth;    // approved rewards decided this calendar month
        Coins pending;            // rewards of open (claimed or submitted) claims
        Coins remainingYear;      // cap - earned - pending, never negative
        Coins remainingMonth;
        Coins yearlyCap;
        Coins monthlyCap;
        int openClaims = 0;
        int maxOpenClaims = 0;

        // The kiosk's cap meter as GET /v1/me sends it (without the name).
        QJsonObject toJson(const QDateTime& asOf) const;
    };

    struct Pickup {
        Claim claim;
        bool firstPickup = false;  // false: the toolbox had already been handed out
    };

    // `capCheck`, when given, receives the cap figures whenever they were
    // computed (on success and on an earnings-cap refusal), so the API can
    // put remainingYearCents/remainingMonthCents in the problem body.
    static Result<Claim> claim(QSqlDatabase& db, qint64 residentId, qint64 taskId, qint64 deviceId,
                               const QString& requestId, CapCheck* capCheck = nullptr);
    static Result<Claim> submit(QSqlDatabase& db, qint64 residentId, qint64 claimId, const QString& note,
                                const QString& requestId = {});
    static Result<Claim> release(QSqlDatabase& db, qint64 residentId, qint64 claimId, const QString& requestId = {});

    static Result<Approval> approve(QSqlDatabase& db, qint64 claimId, qint64 staffId, const QString& requestId);
    static Result<Claim> reject(QSqlDatabase& db, qint64 claimId, qint64 staffId, const QString& reason,
                                const QString& requestId = {});
    // One transaction for the whole batch: each claim runs under its own
    // savepoint, so a refused claim is rolled back alone and the others
    // stand. Only a database failure or a transient conflict fails the
    // whole batch (and "retry" reruns it; approvals are idempotent).
    static Result<QList<BatchOutcome>> approveBatch(QSqlDatabase& db, const QList<qint64>& claimIds, qint64 staffId,
                                                    const QString& requestId);

    // When staff cancel a task: its claimed (not yet done) claims become
    // released and give their places back; submitted claims stay for review,
    // because the work was done. Returns how many were released.
    static Result<int> releaseForTask(QSqlDatabase& db, qint64 taskId, const QString& actor, std::optional<qint64> deviceId,
                                      const QString& requestId);

    // Claimed claims whose expires_at is at or before `now` become expired
    // and give their slot back. Returns how many.
    static Result<int> expireDue(QSqlDatabase& db, const QDateTime& now);

    static Result<std::optional<Claim>> find(QSqlDatabase& db, qint64 claimId);
    // Newest first; `openOnly` keeps claimed and submitted ones.
    static Result<QList<Claim>> findForResident(QSqlDatabase& db, qint64 residentId, bool openOnly = false);
    // Submitted claims, oldest submission first.
    static Result<QList<ReviewItem>> reviewQueue(QSqlDatabase& db, int limit = 1000);
    // The toolbox hand-out at the community centre: valid only for a claimed
    // task that needs a toolbox; the first check records the time.
    static Result<Pickup> pickup(QSqlDatabase& db, const QString& toolboxCode, const QString& actor = QStringLiteral("system"),
                                 const QString& requestId = {});

    static Result<Earnings> earnings(QSqlDatabase& db, qint64 residentId, const ClaimRules& rules, QDate today);
};

} // namespace buurtmunt::server
