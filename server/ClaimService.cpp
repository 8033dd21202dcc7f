// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ClaimService.h"

#include "core/domain/CheckedCode.h"
#include "core/domain/Clock.h"
#include "server/AuditLog.h"
#include "server/LedgerService.h"
#include "server/ResidentService.h"
#include "server/TaskService.h"

#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

namespace {

const QString kClaimColumns =
    u"c.id, c.task_id, t.title, c.resident_id, c.status, c.reward_cents, c.estimated_minutes, c.toolbox_code, "
    "c.note, c.reject_reason, c.claimed_at, c.expires_at, c.submitted_at, c.first_approver_id, c.decided_at, "
    "c.decided_by, c.reward_transaction_id, c.toolbox_picked_up_at, c.version"_s;

// SQLite writers are already serialised by BEGIN IMMEDIATE; PostgreSQL needs
// the row lock so two transactions cannot both decide on the same old state.
QString lockClaimRow(const QSqlDatabase& db)
{
    return isPostgres(db) ? u" FOR UPDATE OF c"_s : QString();
}

// Amounts in messages use Dutch separators, as on the kiosk and the slips.
QString money(Coins amount)
{
    static const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
    return amount.format(dutch);
}

QDateTime instant(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}

std::optional<QDateTime> optionalInstant(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return instant(value.toLongLong());
}

std::optional<qint64> optionalId(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

// Qt Sql binds a null QString as SQL NULL; the text columns are NOT NULL.
QString nonNull(const QString& value)
{
    return value.isNull() ? QString::fromLatin1("", 0) : value;
}

qint64 msecsAt(QDate day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

ClaimService::Claim readClaim(const QSqlQuery& q)
{
    ClaimService::Claim claim;
    claim.id = q.value(0).toLongLong();
    claim.taskId = q.value(1).toLongLong();
    claim.taskTitle = q.value(2).toString();
    claim.residentId = q.value(3).toLongLong();
    claim.status = claimStatusFromString(q.value(4).toString()).value_or(ClaimStatus::Claimed);
    claim.reward = Coins(q.value(5).toLongLong());
    claim.estimatedMinutes = q.value(6).toInt();
    claim.toolboxCode = q.value(7).toString();
    claim.note = q.value(8).toString();
    claim.rejectReason = q.value(9).toString();
    claim.claimedAt = instant(q.value(10).toLongLong());
    claim.expiresAt = instant(q.value(11).toLongLong());
    claim.submittedAt = optionalInstant(q.value(12));
    claim.firstApproverId = optionalId(q.value(13));
    claim.decidedAt = optionalInstant(q.value(14));
    claim.decidedBy = optionalId(q.value(15));
    claim.rewardTransactionId = optionalId(q.value(16));
    claim.toolboxPickedUpAt = optionalInstant(q.value(17));
    claim.version = q.value(18).toLongLong();
    return claim;
}

Result<std::optional<ClaimService::Claim>> loadClaim(QSqlDatabase& db, const QString& where, const QVariant& key,
                                                      bool lock)
{
    auto rows = execSql(db, u"SELECT "_s + kClaimColumns + u" FROM claims c JOIN tasks t ON t.id = c.task_id WHERE "_s
                                + where + (lock ? lockClaimRow(db) : QString()),
                        {key});
    if (!rows)
        return rows.error();
    if (!rows.value().next())
        return std::optional<ClaimService::Claim>{};
    return std::optional<ClaimService::Claim>{readClaim(rows.value())};
}

Result<ClaimService::Claim> reload(QSqlDatabase& db, qint64 claimId)
{
    auto claim = loadClaim(db, u"c.id = ?"_s, claimId, false);
    if (!claim)
        return claim.error();
    if (!claim.value())
        return Result<ClaimService::Claim>::failure(u"database-error"_s, u"Claim %1 vanished while it was being changed."_s.arg(claimId));
    return *claim.value();
}

Error claimNotFound(qint64 claimId)
{
    return {u"claim-not-found"_s, u"There is no claim number %1."_s.arg(claimId)};
}

// Why a claim in `from` cannot take the step `action`, in words.
Error cannotTransition(ClaimStatus from, const QString& action)
{
    QString why;
    switch (from) {
    case ClaimStatus::Claimed:
        why = u"it has not been marked done yet"_s;
        break;
    case ClaimStatus::Submitted:
        why = u"it has already been marked done and is waiting for review"_s;
        break;
    case ClaimStatus::Approved:
        why = u"it has already been approved"_s;
        break;
    case ClaimStatus::Rejected:
        why = u"it has been rejected"_s;
        break;
    case ClaimStatus::Expired:
        why = u"its time has run out"_s;
        break;
    case ClaimStatus::Released:
        why = u"it has been given back"_s;
        break;
    }
    return {u"invalid-transition"_s, u"This claim cannot be %1: %2."_s.arg(action, why)};
}

Status audit(QSqlDatabase& db, const QString& actor, std::optional<qint64> deviceId, const QString& requestId,
             const QString& action, qint64 claimId, const QJsonObject& details)
{
    AuditEntry entry;
    entry.actor = actor;
    entry.deviceId = deviceId;
    // Jobs such as expiry have no request; the column is NOT NULL.
    entry.requestId = nonNull(requestId);
    entry.action = action;
    entry.object = u"claim:%1"_s.arg(claimId);
    entry.details = details;
    return AuditLog::append(db, entry);
}

// The status change every transition shares: checked against the state
// machine, conditional on the version read (a lost race reruns the unit),
// and the version bumped so clients holding the old one notice.
Status transition(QSqlDatabase& db, const ClaimService::Claim& claim, ClaimStatus to, const QString& extraSet,
                  QVariantList extraBinds)
{
    if (!canTransition(claim.status, to))
        return Status::failure(u"invalid-transition"_s,
                               u"A %1 claim cannot become %2."_s.arg(toString(claim.status), toString(to)));
    QVariantList binds{toString(to)};
    binds << extraBinds << claim.id << claim.version;
    auto updated = execSql(db, u"UPDATE claims SET status = ?, version = version + 1"_s
                                   + (extraSet.isEmpty() ? QString() : u", "_s + extraSet)
                                   + u" WHERE id = ? AND version = ?"_s,
                           binds);
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return Status::failure(u"retry"_s, u"Claim %1 changed concurrently."_s.arg(claim.id));
    return {};
}

Status giveSlotBack(QSqlDatabase& db, qint64 taskId)
{
    auto changed = TaskService::changeSlotsTaken(db, taskId, -1);
    if (!changed)
        return changed.error();
    if (!changed.value())
        return Status::failure(u"database-error"_s,
                               u"Task %1 shows no slot taken, yet a claim on it held one."_s.arg(taskId));
    return {};
}

struct Totals {
    Coins approvedYear;
    Coins approvedMonth;
    Coins pending;
    int openClaims = 0;
};

// Approved rewards by decision date, plus every open claim's reward: open
// claims count towards the cap, so claims together cannot exceed it.
Result<Totals> totalsFor(QSqlDatabase& db, qint64 residentId, QDate today)
{
    const QDate yearStart(today.year(), 1, 1);
    const QDate monthStart(today.year(), today.month(), 1);
    auto rows = execSql(db,
        u"SELECT"
         " CAST(COALESCE(SUM(CASE WHEN status = 'approved' AND decided_at >= ? AND decided_at < ? THEN reward_cents ELSE 0 END), 0) AS BIGINT),"
         " CAST(COALESCE(SUM(CASE WHEN status = 'approved' AND decided_at >= ? AND decided_at < ? THEN reward_cents ELSE 0 END), 0) AS BIGINT),"
         " CAST(COALESCE(SUM(CASE WHEN status IN ('claimed', 'submitted') THEN reward_cents ELSE 0 END), 0) AS BIGINT),"
         " CAST(COALESCE(SUM(CASE WHEN status IN ('claimed', 'submitted') THEN 1 ELSE 0 END), 0) AS BIGINT)"
         " FROM claims WHERE resident_id = ?"_s,
        {msecsAt(yearStart), msecsAt(yearStart.addYears(1)), msecsAt(monthStart), msecsAt(monthStart.addMonths(1)),
         residentId});
    if (!rows)
        return rows.error();
    Totals totals;
    if (rows.value().next()) {
        totals.approvedYear = Coins(rows.value().value(0).toLongLong());
        totals.approvedMonth = Coins(rows.value().value(1).toLongLong());
        totals.pending = Coins(rows.value().value(2).toLongLong());
        totals.openClaims = rows.value().value(3).toInt();
    }
    return totals;
}

Result<CapCheck> capFor(const ClaimRules& rules, const Totals& totals, Coins reward, int minutes)
{
    auto year = totals.approvedYear.plus(totals.pending);
    auto month = totals.approvedMonth.plus(totals.pending);
    if (!year || !month)
        return Result<CapCheck>::failure(u"database-error"_s, u"The resident's earnings do not add up (overflow)."_s);
    return checkEarningsCap(rules.cap, year.value(), month.value(), reward, minutes);
}

QString capMessage(const ClaimRules& rules, const CapCheck& check, Coins reward, int minutes, Coins pending)
{
    QString message = u"This task pays %1; you have %2 of room left this year (cap %3) and %4 this month (cap %5)."_s
                          .arg(money(reward), money(check.remainingYear), money(rules.cap.yearlyCap),
                               money(check.remainingMonth), money(rules.cap.monthlyCap));
    if (check.reason == u"yearly-cap"_s)
        message += u" Claiming it would go over the yearly limit that keeps your benefits safe."_s;
    else if (check.reason == u"monthly-cap"_s)
        message += u" Claiming it would go over this month's limit; it can be claimed again from next month."_s;
    else
        message += u" For about %1 minutes of work the volunteer-allowance rules allow at most %2 (%3 an hour), "
                   "so this task cannot be claimed; please tell staff."_s
                       .arg(minutes)
                       .arg(money(check.maxRewardForTime), money(rules.cap.hourlyRate));
    if (!pending.isZero() && check.reason != u"hourly-rate"_s)
        message += u" Tasks you have claimed but not finished yet (%1) count too."_s.arg(money(pending));
    return message;
}

Result<QString> newToolboxCode(QSqlDatabase& db)
{
    // 31^7 codes: a clash is rare, and a clash with a row committed after this
    // check surfaces as a unique violation that reruns the whole claim.
    for (int attempt = 0; attempt < 8; ++attempt) {
        const QString code = CheckedCode::appendCheck(CheckedCode::randomBody(ClaimService::kToolboxCodeLength - 1));
        auto taken = execSql(db, u"SELECT 1 FROM claims WHERE toolbox_code = ?"_s, {code});
        if (!taken)
            return taken.error();
        if (!taken.value().next())
            return code;
    }
    return Result<QString>::failure(u"retry"_s, u"No free toolbox code was found."_s);
}

} // namespace

QString ClaimService::Claim::toolboxCodeDisplay() const
{
    return CheckedCode::group(toolboxCode, kToolboxCodeLength / 2);
}

QJsonObject ClaimService::Claim::toJson() const
{
    const auto optional = [](const std::optional<qint64>& value) {
        return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
    };
    const auto optionalTime = [](const std::optional<QDateTime>& value) {
        return value ? QJsonValue(value->toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
    };
    return {
        {u"id"_s, id},
        {u"taskId"_s, taskId},
        {u"taskTitle"_s, taskTitle},
        {u"residentId"_s, residentId},
        {u"status"_s, toString(status)},
        {u"rewardCents"_s, reward.cents()},
        {u"estimatedMinutes"_s, estimatedMinutes},
        {u"toolboxCode"_s, toolboxCodeDisplay()},
        {u"note"_s, note},
        {u"rejectReason"_s, rejectReason},
        {u"claimedAt"_s, claimedAt.toUTC().toString(Qt::ISODate)},
        {u"expiresAt"_s, expiresAt.toUTC().toString(Qt::ISODate)},
        {u"submittedAt"_s, optionalTime(submittedAt)},
        {u"firstApproverId"_s, optional(firstApproverId)},
        {u"decidedAt"_s, optionalTime(decidedAt)},
        {u"decidedBy"_s, optional(decidedBy)},
        {u"rewardTransactionId"_s, optional(rewardTransactionId)},
        {u"toolboxPickedUpAt"_s, optionalTime(toolboxPickedUpAt)},
        {u"version"_s, version},
    };
}

Result<ClaimService::Claim> ClaimService::claim(QSqlDatabase& db, qint64 residentId, qint64 taskId, qint64 deviceId,
                                                const QString& requestId, CapCheck* capCheck)
{
    using R = Result<Claim>;
    auto rules = ClaimRules::load(db);
    if (!rules)
        return rules.error();

    // The resident's row lock comes first: concurrent claims cannot together
    // pass the open-claims limit or the cap, each sees the ones before it.
    if (Status locked = ResidentService::lockUnblocked(db, residentId,
            u"This pass has been blocked, so no tasks can be claimed with it. Ask staff at the desk for help."_s);
        !locked)
        return locked.error();

    auto found = TaskService::find(db, taskId, false);
    if (!found)
        return found.error();
    if (!found.value())
        return R::failure(u"task-not-found"_s, u"There is no task number %1."_s.arg(taskId));
    const Task task = *found.value();
    if (task.status != TaskStatus::Published)
        return R::failure(u"task-not-open"_s,
                          u"The task \"%1\" is %2 and can no longer be claimed."_s.arg(task.title, toString(task.status)));
    const QDate today = Clock::instance().todayUtc();
    if (today < task.windowStart || today > task.windowEnd)
        return R::failure(u"task-not-open"_s, u"The task \"%1\" can only be claimed from %2 to %3."_s.arg(
                                                  task.title, task.windowStart.toString(Qt::ISODate),
                                                  task.windowEnd.toString(Qt::ISODate)));

    auto mine = execSql(db, u"SELECT id FROM claims WHERE resident_id = ? AND task_id = ? AND status IN ('claimed', 'submitted')"_s,
                        {residentId, taskId});
    if (!mine)
        return mine.error();
    if (mine.value().next())
        return R::failure(u"already-claimed"_s,
                          u"You have already claimed the task \"%1\" (claim %2)."_s.arg(task.title).arg(mine.value().value(0).toLongLong()));
    if (task.slotsTaken >= task.capacity)
        return R::failure(u"task-full"_s, u"All %1 places for the task \"%2\" have been taken."_s.arg(task.capacity).arg(task.title));

    auto totals = totalsFor(db, residentId, today);
    if (!totals)
        return totals.error();
    if (totals.value().openClaims >= rules.value().maxOpenClaims)
        return R::failure(u"too-many-open-claims"_s,
                          u"You already have %1 open tasks, and %2 is the most you can hold at once. "
                           "Finish or give back one of them first."_s
                              .arg(totals.value().openClaims)
                              .arg(rules.value().maxOpenClaims));

    auto cap = capFor(rules.value(), totals.value(), task.reward, task.estimatedMinutes);
    if (!cap)
        return cap.error();
    if (capCheck)
        *capCheck = cap.value();
    if (!cap.value().allowed)
        return R::failure(u"earnings-cap"_s, capMessage(rules.value(), cap.value(), task.reward, task.estimatedMinutes,
                                                        totals.value().pending));

    // Conditional on a free slot, so two residents racing for the last one
    // cannot both get it even though both passed the check above.
    auto slot = TaskService::changeSlotsTaken(db, taskId, +1);
    if (!slot)
        return slot.error();
    if (!slot.value()) {
        // The task may have been closed or cancelled since it was read above.
        auto latest = TaskService::find(db, taskId, true);
        if (!latest)
            return latest.error();
        if (latest.value() && latest.value()->status != TaskStatus::Published)
            return R::failure(u"task-not-open"_s, u"The task \"%1\" is %2 and can no longer be claimed."_s.arg(
                                                      task.title, toString(latest.value()->status)));
    }
    if (!slot.value())
        return R::failure(u"task-full"_s, u"All %1 places for the task \"%2\" have been taken."_s.arg(task.capacity).arg(task.title));

    auto code = newToolboxCode(db);
    if (!code)
        return code.error();
    const qint64 now = Clock::instance().nowMsecs();
    const qint64 expiresAt = msecsAt(task.windowEnd.addDays(1));
    auto inserted = execSql(db, u"INSERT INTO claims (task_id, resident_id, status, reward_cents, estimated_minutes, "
                                 "toolbox_code, note, reject_reason, claimed_at, expires_at, version) "
                                 "VALUES (?, ?, 'claimed', ?, ?, ?, '', '', ?, ?, 1) RETURNING id"_s,
                            {taskId, residentId, task.reward.cents(), task.estimatedMinutes, code.value(), now, expiresAt});
    if (!inserted) {
        if (inserted.error().code == u"unique-violation"_s)
            return R::failure(u"retry"_s, u"A toolbox code or claim was taken concurrently."_s);
        return inserted.error();
    }
    if (!inserted.value().next())
        return R::failure(u"database-error"_s, u"The new claim got no id."_s);
    const qint64 claimId = inserted.value().value(0).toLongLong();

    if (Status s = audit(db, u"resident:%1"_s.arg(residentId), deviceId > 0 ? std::optional<qint64>(deviceId) : std::nullopt,
                         requestId, u"claim.create"_s, claimId,
                         {{u"taskId"_s, taskId}, {u"rewardCents"_s, task.reward.cents()},
                          {u"remainingYearCents"_s, cap.value().remainingYear.cents()},
                          {u"remainingMonthCents"_s, cap.value().remainingMonth.cents()}});
        !s)
        return s.error();
    return reload(db, claimId);
}

Result<ClaimService::Claim> ClaimService::submit(QSqlDatabase& db, qint64 residentId, qint64 claimId, const QString& note,
                                                 const QString& requestId)
{
    using R = Result<Claim>;
    if (note.size() > kMaxNoteLength)
        return R::failure(u"note-too-long"_s, u"The note has %1 characters; at most %2 fit."_s.arg(note.size()).arg(kMaxNoteLength));
    auto found = loadClaim(db, u"c.id = ?"_s, claimId, true);
    if (!found)
        return found.error();
    // Someone else's claim is reported as missing, so ids cannot be probed.
    if (!found.value() || found.value()->residentId != residentId)
        return claimNotFound(claimId);
    const Claim current = *found.value();
    if (!canTransition(current.status, ClaimStatus::Submitted))
        return cannotTransition(current.status, u"marked done"_s);
    const qint64 now = Clock::instance().nowMsecs();
    if (now >= current.expiresAt.toMSecsSinceEpoch())
        return R::failure(u"claim-expired"_s, u"The time for the task \"%1\" ended on %2, so it can no longer be marked done."_s.arg(
                                                  current.taskTitle, current.expiresAt.addDays(-1).date().toString(Qt::ISODate)));
    if (Status s = transition(db, current, ClaimStatus::Submitted, u"note = ?, submitted_at = ?"_s,
                              {nonNull(note.trimmed()), now});
        !s)
        return s.error();
    if (Status s = audit(db, u"resident:%1"_s.arg(residentId), std::nullopt, requestId, u"claim.submit"_s, claimId,
                         {{u"noteLength"_s, note.trimmed().size()}});
        !s)
        return s.error();
    return reload(db, claimId);
}

Result<ClaimService::Claim> ClaimService::release(QSqlDatabase& db, qint64 residentId, qint64 claimId,
                                                  const QString& requestId)
{
    auto found = loadClaim(db, u"c.id = ?"_s, claimId, true);
    if (!found)
        return found.error();
    if (!found.value() || found.value()->residentId != residentId)
        return claimNotFound(claimId);
    const Claim current = *found.value();
    if (!canTransition(current.status, ClaimStatus::Released))
        return cannotTransition(current.status, u"given back"_s);
    if (Status s = transition(db, current, ClaimStatus::Released, {}, {}); !s)
        return s.error();
    if (Status s = giveSlotBack(db, current.taskId); !s)
        return s.error();
    if (Status s = audit(db, u"resident:%1"_s.arg(residentId), std::nullopt, requestId, u"claim.release"_s, claimId,
                         {{u"taskId"_s, current.taskId}});
        !s)
        return s.error();
    return reload(db, claimId);
}

Result<ClaimService::Approval> ClaimService::approve(QSqlDatabase& db, qint64 claimId, qint64 staffId,
                                                     const QString& requestId)
{
    using R = Result<Approval>;
    if (staffId <= 0)
        return R::failure(u"invalid-staff"_s, u"An approval needs the staff member who gives it."_s);
    auto found = loadClaim(db, u"c.id = ?"_s, claimId, true);
    if (!found)
        return found.error();
    if (!found.value())
        return claimNotFound(claimId);
    const Claim current = *found.value();
    // A repeated approval (a retried request, a double click) answers as the
    // first did and mints nothing.
    if (current.status == ClaimStatus::Approved)
        return Approval{current, false, true};
    if (!canTransition(current.status, ClaimStatus::Approved))
        return cannotTransition(current.status, u"approved"_s);

    auto rules = ClaimRules::load(db);
    if (!rules)
        return rules.error();
    const QString actor = u"staff:%1"_s.arg(staffId);
    if (current.reward > rules.value().secondApproverAbove) {
        if (!current.firstApproverId) {
            // Not a status change: the claim stays submitted until a second,
            // different approver approves it.
            auto updated = execSql(db, u"UPDATE claims SET first_approver_id = ?, version = version + 1 "
                                        "WHERE id = ? AND version = ?"_s,
                                   {staffId, claimId, current.version});
            if (!updated)
                return updated.error();
            if (updated.value().numRowsAffected() != 1)
                return R::failure(u"retry"_s, u"Claim %1 changed concurrently."_s.arg(claimId));
            if (Status s = audit(db, actor, std::nullopt, requestId, u"claim.first-approval"_s, claimId,
                                 {{u"rewardCents"_s, current.reward.cents()},
                                  {u"thresholdCents"_s, rules.value().secondApproverAbove.cents()}});
                !s)
                return s.error();
            auto claim = reload(db, claimId);
            if (!claim)
                return claim.error();
            return Approval{claim.value(), true, false};
        }
        if (*current.firstApproverId == staffId)
            return R::failure(u"second-approver-required"_s,
                              u"This reward of %1 is above %2, so it needs two different approvers. You gave the first "
                               "approval; another approver must give the second."_s
                                  .arg(money(current.reward), money(rules.value().secondApproverAbove)));
    }

    auto issuer = LedgerService::account(db, AccountKind::Issuer);
    if (!issuer)
        return issuer.error();
    auto residentAccount = LedgerService::account(db, AccountKind::Resident, current.residentId);
    if (!residentAccount)
        return residentAccount.error();
    LedgerPosting posting;
    posting.kind = u"reward"_s;
    posting.actor = actor;
    posting.idempotencyKey = u"claim:%1:reward"_s.arg(claimId);
    posting.memo = u"Reward for claim %1: %2"_s.arg(claimId).arg(current.taskTitle);
    posting.entries = {{issuer.value(), Coins(-current.reward.cents())}, {residentAccount.value(), current.reward}};
    auto posted = LedgerService::post(db, posting);
    if (!posted)
        return posted.error();

    const qint64 now = Clock::instance().nowMsecs();
    if (Status s = transition(db, current, ClaimStatus::Approved, u"decided_at = ?, decided_by = ?, reward_transaction_id = ?"_s,
                              {now, staffId, posted.value().transactionId});
        !s)
        return s.error();
    QJsonObject details{{u"rewardCents"_s, current.reward.cents()},
                        {u"transactionId"_s, posted.value().transactionId},
                        {u"residentId"_s, current.residentId}};
    if (current.firstApproverId)
        details.insert(u"firstApproverId"_s, *current.firstApproverId);
    if (Status s = audit(db, actor, std::nullopt, requestId, u"claim.approve"_s, claimId, details); !s)
        return s.error();
    auto claim = reload(db, claimId);
    if (!claim)
        return claim.error();
    return Approval{claim.value(), false, false};
}

Result<ClaimService::Claim> ClaimService::reject(QSqlDatabase& db, qint64 claimId, qint64 staffId, const QString& reason,
                                                 const QString& requestId)
{
    using R = Result<Claim>;
    const QString trimmed = reason.trimmed();
    if (trimmed.size() < kMinReasonLength || trimmed.size() > kMaxReasonLength)
        return R::failure(u"reason-invalid"_s,
                          u"Give a reason of %1 to %2 characters for the rejection (this one has %3); the resident reads it."_s
                              .arg(kMinReasonLength)
                              .arg(kMaxReasonLength)
                              .arg(trimmed.size()));
    if (staffId <= 0)
        return R::failure(u"invalid-staff"_s, u"A rejection needs the staff member who gives it."_s);
    auto found = loadClaim(db, u"c.id = ?"_s, claimId, true);
    if (!found)
        return found.error();
    if (!found.value())
        return claimNotFound(claimId);
    const Claim current = *found.value();
    if (!canTransition(current.status, ClaimStatus::Rejected))
        return cannotTransition(current.status, u"rejected"_s);
    if (Status s = transition(db, current, ClaimStatus::Rejected, u"reject_reason = ?, decided_at = ?, decided_by = ?"_s,
                              {trimmed, Clock::instance().nowMsecs(), staffId});
        !s)
        return s.error();
    if (Status s = giveSlotBack(db, current.taskId); !s)
        return s.error();
    if (Status s = audit(db, u"staff:%1"_s.arg(staffId), std::nullopt, requestId, u"claim.reject"_s, claimId,
                         {{u"reason"_s, trimmed}, {u"residentId"_s, current.residentId}});
        !s)
        return s.error();
    return reload(db, claimId);
}

Result<QList<ClaimService::BatchOutcome>> ClaimService::approveBatch(QSqlDatabase& db, const QList<qint64>& claimIds,
                                                                    qint64 staffId, const QString& requestId)
{
    QList<BatchOutcome> outcomes;
    QSet<qint64> seen;
    for (const qint64 claimId : claimIds) {
        // A claim listed twice would otherwise count as its own second approver.
        if (seen.contains(claimId))
            continue;
        seen.insert(claimId);
        if (Status s = execStatus(db, u"SAVEPOINT claim_batch_item"_s); !s)
            return s.error();
        auto approval = approve(db, claimId, staffId, requestId);
        BatchOutcome outcome;
        outcome.claimId = claimId;
        if (approval) {
            if (Status s = execStatus(db, u"RELEASE SAVEPOINT claim_batch_item"_s); !s)
                return s.error();
            outcome.kind = approval.value().needsSecondApprover ? BatchOutcome::Kind::NeedsSecondApprover
                                                                : BatchOutcome::Kind::Approved;
            outcome.claim = approval.value().claim;
        } else {
            // Undo this claim's partial work only; PostgreSQL also needs it to
            // leave the aborted state after a failed statement.
            if (Status s = execStatus(db, u"ROLLBACK TO SAVEPOINT claim_batch_item"_s); !s)
                return s.error();
            if (Status s = execStatus(db, u"RELEASE SAVEPOINT claim_batch_item"_s); !s)
                return s.error();
            const QString code = approval.error().code;
            if (code == u"retry"_s || code == u"database-error"_s)
                return approval.error();
            outcome.kind = BatchOutcome::Kind::Refused;
            outcome.error = approval.error();
        }
        outcomes.append(outcome);
    }
    return outcomes;
}

Result<int> ClaimService::releaseForTask(QSqlDatabase& db, qint64 taskId, const QString& actor,
                                        std::optional<qint64> deviceId, const QString& requestId)
{
    auto open = execSql(db, u"SELECT c.id, c.resident_id FROM claims c WHERE c.task_id = ? AND c.status = 'claimed' "
                             "ORDER BY c.id"_s + lockClaimRow(db),
                        {taskId});
    if (!open)
        return open.error();
    QList<QPair<qint64, qint64>> list;
    while (open.value().next())
        list.append({open.value().value(0).toLongLong(), open.value().value(1).toLongLong()});
    int released = 0;
    for (const auto& [claimId, residentId] : list) {
        auto updated = execSql(db, u"UPDATE claims SET status = 'released', version = version + 1 WHERE id = ? AND status = 'claimed'"_s,
                               {claimId});
        if (!updated)
            return updated.error();
        if (updated.value().numRowsAffected() != 1)
            return Result<int>::failure(u"retry"_s, u"Claim %1 changed concurrently."_s.arg(claimId));
        if (Status s = giveSlotBack(db, taskId); !s)
            return s.error();
        if (Status s = audit(db, actor, deviceId, requestId, u"claim.release-by-task-cancel"_s, claimId,
                             {{u"taskId"_s, taskId}, {u"residentId"_s, residentId}});
            !s)
            return s.error();
        ++released;
    }
    return released;
}

Result<int> ClaimService::expireDue(QSqlDatabase& db, const QDateTime& now)
{
    auto due = execSql(db, u"SELECT c.id, c.task_id, c.resident_id FROM claims c WHERE c.status = 'claimed' AND c.expires_at <= ? "
                            "ORDER BY c.id"_s + lockClaimRow(db),
                       {now.toMSecsSinceEpoch()});
    if (!due)
        return due.error();
    struct Due {
        qint64 id, taskId, residentId;
    };
    QList<Due> list;
    while (due.value().next())
        list.append({due.value().value(0).toLongLong(), due.value().value(1).toLongLong(), due.value().value(2).toLongLong()});
    int expired = 0;
    for (const Due& item : list) {
        if (!canTransition(ClaimStatus::Claimed, ClaimStatus::Expired))
            break;
        auto updated = execSql(db, u"UPDATE claims SET status = 'expired', version = version + 1 WHERE id = ? AND status = 'claimed'"_s,
                               {item.id});
        if (!updated)
            return updated.error();
        if (updated.value().numRowsAffected() != 1)
            continue;  // submitted or released in the meantime
        if (Status s = giveSlotBack(db, item.taskId); !s)
            return s.error();
        if (Status s = audit(db, u"system"_s, std::nullopt, {}, u"claim.expire"_s, item.id,
                             {{u"taskId"_s, item.taskId}, {u"residentId"_s, item.residentId}});
            !s)
            return s.error();
        ++expired;
    }
    return expired;
}

Result<std::optional<ClaimService::Claim>> ClaimService::find(QSqlDatabase& db, qint64 claimId)
{
    return loadClaim(db, u"c.id = ?"_s, claimId, false);
}

Result<QList<ClaimService::Claim>> ClaimService::findForResident(QSqlDatabase& db, qint64 residentId, bool openOnly)
{
    auto rows = execSql(db, u"SELECT "_s + kClaimColumns + u" FROM claims c JOIN tasks t ON t.id = c.task_id "
                                                          "WHERE c.resident_id = ?"_s
                                + (openOnly ? u" AND c.status IN ('claimed', 'submitted')"_s : QString())
                                + u" ORDER BY c.claimed_at DESC, c.id DESC"_s,
                        {residentId});
    if (!rows)
        return rows.error();
    QList<Claim> claims;
    while (rows.value().next())
        claims.append(readClaim(rows.value()));
    return claims;
}

Result<QList<ClaimService::ReviewItem>> ClaimService::reviewQueue(QSqlDatabase& db, int limit)
{
    auto rules = ClaimRules::load(db);
    if (!rules)
        return rules.error();
    auto rows = execSql(db, u"SELECT c.id, c.task_id, t.title, c.resident_id, r.display_name, c.reward_cents, "
                             "c.estimated_minutes, c.note, c.submitted_at, c.first_approver_id "
                             "FROM claims c JOIN tasks t ON t.id = c.task_id JOIN residents r ON r.id = c.resident_id "
                             "WHERE c.status = 'submitted' ORDER BY c.submitted_at, c.id LIMIT ?"_s,
                        {qBound(1, limit, 10000)});
    if (!rows)
        return rows.error();
    QList<ReviewItem> items;
    QSqlQuery& q = rows.value();
    while (q.next()) {
        ReviewItem item;
        item.claimId = q.value(0).toLongLong();
        item.taskId = q.value(1).toLongLong();
        item.taskTitle = q.value(2).toString();
        item.residentId = q.value(3).toLongLong();
        item.residentName = q.value(4).toString();
        item.reward = Coins(q.value(5).toLongLong());
        item.estimatedMinutes = q.value(6).toInt();
        item.note = q.value(7).toString();
        item.submittedAt = instant(q.value(8).toLongLong());
        item.firstApproverId = optionalId(q.value(9));
        item.needsTwoApprovers = item.reward > rules.value().secondApproverAbove;
        items.append(item);
    }
    return items;
}

Result<ClaimService::Pickup> ClaimService::pickup(QSqlDatabase& db, const QString& toolboxCode, const QString& actor,
                                                  const QString& requestId)
{
    using R = Result<Pickup>;
    auto code = CheckedCode::parse(toolboxCode, kToolboxCodeLength, u"toolbox code"_s);
    if (!code)
        return R::failure(u"toolbox-code-invalid"_s, code.error().message);
    auto found = loadClaim(db, u"c.toolbox_code = ?"_s, code.value(), true);
    if (!found)
        return found.error();
    if (!found.value())
        return R::failure(u"claim-not-found"_s,
                          u"No claim has the toolbox code %1."_s.arg(CheckedCode::group(code.value(), kToolboxCodeLength / 2)));
    const Claim current = *found.value();
    auto task = TaskService::find(db, current.taskId, true);
    if (!task)
        return task.error();
    if (!task.value() || !task.value()->toolboxNeeded)
        return R::failure(u"toolbox-not-needed"_s, u"The task \"%1\" needs no toolbox, so none is handed out for it."_s.arg(current.taskTitle));
    if (current.status != ClaimStatus::Claimed)
        return R::failure(u"claim-not-active"_s,
                          u"This claim is %1; a toolbox is only handed out for a task that is claimed and not yet done."_s
                              .arg(toString(current.status)));
    if (Clock::instance().nowMsecs() >= current.expiresAt.toMSecsSinceEpoch())
        return R::failure(u"claim-expired"_s, u"The time for the task \"%1\" has ended, so no toolbox is handed out for it."_s.arg(current.taskTitle));
    if (current.toolboxPickedUpAt)
        return Pickup{current, false};
    auto updated = execSql(db, u"UPDATE claims SET toolbox_picked_up_at = ?, version = version + 1 WHERE id = ? AND version = ?"_s,
                           {Clock::instance().nowMsecs(), current.id, current.version});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return R::failure(u"retry"_s, u"Claim %1 changed concurrently."_s.arg(current.id));
    if (Status s = audit(db, actor, std::nullopt, requestId, u"claim.toolbox-pickup"_s, current.id,
                         {{u"taskId"_s, current.taskId}, {u"residentId"_s, current.residentId}});
        !s)
        return s.error();
    auto claim = reload(db, current.id);
    if (!claim)
        return claim.error();
    return Pickup{claim.value(), true};
}

QJsonObject ClaimService::Earnings::toJson(const QDateTime& asOf) const
{
    return QJsonObject{
        {u"balanceCents"_s, balance.cents()},
        {u"earnedThisYearCents"_s, earnedThisYear.cents()},
        {u"earnedThisMonthCents"_s, earnedThisMonth.cents()},
        {u"pendingCents"_s, pending.cents()},
        {u"remainingYearCents"_s, remainingYear.cents()},
        {u"remainingMonthCents"_s, remainingMonth.cents()},
        {u"yearlyCapCents"_s, yearlyCap.cents()},
        {u"monthlyCapCents"_s, monthlyCap.cents()},
        {u"openClaims"_s, openClaims},
        {u"maxOpenClaims"_s, maxOpenClaims},
        {u"asOf"_s, asOf.toUTC().toString(Qt::ISODate)},
    };
}

Result<ClaimService::Earnings> ClaimService::earnings(QSqlDatabase& db, qint64 residentId, const ClaimRules& rules,
                                                     QDate today)
{
    using R = Result<Earnings>;
    auto resident = execSql(db, u"SELECT 1 FROM residents WHERE id = ?"_s, {residentId});
    if (!resident)
        return resident.error();
    if (!resident.value().next())
        return R::failure(u"resident-not-found"_s, u"There is no resident number %1."_s.arg(residentId));
    Earnings earnings;
    // Read without creating the account: a resident who never earned has 0.
    auto balance = execSql(db, u"SELECT balance_cents FROM accounts WHERE kind = 'resident' AND owner_id = ?"_s, {residentId});
    if (!balance)
        return balance.error();
    if (balance.value().next())
        earnings.balance = Coins(balance.value().value(0).toLongLong());
    auto totals = totalsFor(db, residentId, today);
    if (!totals)
        return totals.error();
    auto cap = capFor(rules, totals.value(), Coins(0), 0);
    if (!cap)
        return cap.error();
    earnings.earnedThisYear = totals.value().approvedYear;
    earnings.earnedThisMonth = totals.value().approvedMonth;
    earnings.pending = totals.value().pending;
    earnings.remainingYear = cap.value().remainingYear;
    earnings.remainingMonth = cap.value().remainingMonth;
    earnings.yearlyCap = rules.cap.yearlyCap;
    earnings.monthlyCap = rules.cap.monthlyCap;
    earnings.openClaims = totals.value().openClaims;
    earnings.maxOpenClaims = rules.maxOpenClaims;
    return earnings;
}

} // namespace buurtmunt::server
