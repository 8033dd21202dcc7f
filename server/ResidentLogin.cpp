// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ResidentLogin.h"

#include "core/domain/Clock.h"
#include "core/domain/Crypto.h"
#include "core/domain/PassToken.h"
#include "server/AuditLog.h"

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

namespace {

Status audit(QSqlDatabase& db, qint64 residentId, qint64 deviceId, const QString& requestId, const QString& action,
             const QJsonObject& details = {})
{
    AuditEntry entry;
    entry.actor = u"resident:%1"_s.arg(residentId);
    entry.deviceId = deviceId;
    entry.requestId = requestId;
    entry.action = action;
    entry.object = u"resident:%1"_s.arg(residentId);
    entry.details = details;
    return AuditLog::append(db, entry);
}

} // namespace

bool ResidentLogin::isValidPin(const QString& pin)
{
    if (pin.size() < 4 || pin.size() > 6)
        return false;
    for (QChar c : pin) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

Result<ResidentLogin::Outcome> ResidentLogin::attempt(QSqlDatabase& db, const QString& passText, const QString& pin,
                                                     qint64 deviceId, const QString& requestId)
{
    Outcome outcome;
    const auto refuse = [&outcome](const QString& code, const QString& message) {
        outcome.ok = false;
        outcome.refusal = code;
        outcome.message = message;
        return outcome;
    };
    auto pass = PassToken::parse(passText);
    if (!pass)
        return refuse(u"pass-unknown"_s, u"This pass number is not valid: %1"_s.arg(pass.error().message));
    auto found = execSql(db, u"SELECT id, display_name, neighbourhood, pin_hash, blocked_at, locked_until, staff_lock_at, "
                              "failed_pin_streak FROM residents WHERE pass_hash = ?"_s, {pass.value().hash()});
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    if (!q.next())
        return refuse(u"pass-unknown"_s, u"This pass is not known. Ask staff at the desk for help."_s);
    outcome.residentId = q.value(0).toLongLong();
    outcome.displayName = q.value(1).toString();
    outcome.neighbourhood = q.value(2).toString();
    const QString pinHash = q.value(3).toString();
    const bool blocked = !q.value(4).isNull();
    const qint64 lockedUntil = q.value(5).isNull() ? 0 : q.value(5).toLongLong();
    const bool staffLocked = !q.value(6).isNull();
    const int streak = q.value(7).toInt();
    const qint64 now = Clock::instance().nowMsecs();

    if (blocked)
        return refuse(u"pass-blocked"_s, u"This pass has been blocked. Ask staff at the desk for help."_s);
    if (staffLocked)
        return refuse(u"pass-locked-by-staff-only"_s,
                      u"This pass is locked after too many wrong PINs. Staff at the desk can unlock it."_s);
    if (lockedUntil > now) {
        // While locked the PIN is not even checked, so guessing gains nothing.
        outcome.lockedUntil = QDateTime::fromMSecsSinceEpoch(lockedUntil, Qt::UTC);
        return refuse(u"pass-locked"_s, u"Too many wrong PINs: this pass is locked for a while. Try again later."_s);
    }

    if (isValidPin(pin) && crypto::verifySecret(pinHash, pin)) {
        if (Status s = execStatus(db, u"UPDATE residents SET failed_pin_streak = 0, locked_until = NULL WHERE id = ?"_s,
                                  {outcome.residentId}); !s)
            return s.error();
        if (Status s = audit(db, outcome.residentId, deviceId, requestId, u"resident.login"_s); !s)
            return s.error();
        outcome.ok = true;
        return outcome;
    }

    // A wrong PIN: counted for the streak and for the 24-hour rule.
    if (Status s = execStatus(db, u"INSERT INTO pin_failures (resident_id, device_id, at) VALUES (?, ?, ?)"_s,
                              {outcome.residentId, deviceId, now}); !s)
        return s.error();
    auto daily = execSql(db, u"SELECT COUNT(*) FROM pin_failures WHERE resident_id = ? AND at > ?"_s,
                         {outcome.residentId, now - kDailyWindowMs});
    if (!daily)
        return daily.error();
    const int failuresToday = daily.value().next() ? daily.value().value(0).toInt() : 0;
    const int newStreak = streak + 1;
    if (Status s = audit(db, outcome.residentId, deviceId, requestId, u"resident.pin-failed"_s,
                         QJsonObject{{u"streak"_s, newStreak}, {u"last24h"_s, failuresToday}}); !s)
        return s.error();
    if (failuresToday >= kDailyLimit) {
        if (Status s = execStatus(db, u"UPDATE residents SET staff_lock_at = ?, failed_pin_streak = 0 WHERE id = ?"_s,
                                  {now, outcome.residentId}); !s)
            return s.error();
        (void)audit(db, outcome.residentId, deviceId, requestId, u"resident.locked-until-staff"_s);
        return refuse(u"pass-locked-by-staff-only"_s,
                      u"Wrong PIN. After %1 wrong PINs in 24 hours this pass is locked; staff at the desk can unlock it."_s
                          .arg(kDailyLimit));
    }
    if (newStreak >= kStreakLimit) {
        const qint64 until = now + kStreakLockMs;
        if (Status s = execStatus(db, u"UPDATE residents SET failed_pin_streak = 0, locked_until = ? WHERE id = ?"_s,
                                  {until, outcome.residentId}); !s)
            return s.error();
        (void)audit(db, outcome.residentId, deviceId, requestId, u"resident.locked"_s);
        outcome.lockedUntil = QDateTime::fromMSecsSinceEpoch(until, Qt::UTC);
        return refuse(u"pass-locked"_s, u"Wrong PIN. After %1 wrong PINs in a row this pass is locked for 15 minutes."_s
                                            .arg(kStreakLimit));
    }
    if (Status s = execStatus(db, u"UPDATE residents SET failed_pin_streak = ? WHERE id = ?"_s, {newStreak, outcome.residentId}); !s)
        return s.error();
    outcome.attemptsLeft = kStreakLimit - newStreak;
    return refuse(u"pin-wrong"_s, u"Wrong PIN. %1 more tries before the pass is locked for 15 minutes."_s.arg(outcome.attemptsLeft));
}

Status ResidentLogin::unlock(QSqlDatabase& db, qint64 residentId, const QString& actor, const QString& requestId)
{
    auto updated = execSql(db, u"UPDATE residents SET staff_lock_at = NULL, locked_until = NULL, failed_pin_streak = 0 "
                                "WHERE id = ?"_s, {residentId});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return Status::failure(u"resident-not-found"_s, u"There is no resident %1."_s.arg(residentId));
    // The 24-hour window starts afresh after an unlock by staff.
    if (Status s = execStatus(db, u"DELETE FROM pin_failures WHERE resident_id = ?"_s, {residentId}); !s)
        return s;
    AuditEntry entry;
    entry.actor = actor;
    entry.requestId = requestId;
    entry.action = u"resident.unlock"_s;
    entry.object = u"resident:%1"_s.arg(residentId);
    return AuditLog::append(db, entry);
}

} // namespace buurtmunt::server
