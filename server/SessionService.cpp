// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "SessionService.h"

#include "core/domain/Clock.h"
#include "core/domain/Crypto.h"

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

namespace {
QByteArray tokenHash(const QByteArray& token)
{
    return crypto::sha256("session:" + token);
}
} // namespace

QString toString(SessionKind kind)
{
    return kind == SessionKind::Staff ? u"staff"_s : u"resident"_s;
}

SessionLimits SessionLimits::forKind(SessionKind kind)
{
    if (kind == SessionKind::Staff)
        return {15LL * 60 * 1000, 8LL * 3600 * 1000};
    return {90LL * 1000, 15LL * 60 * 1000};
}

Result<SessionService::Opened> SessionService::open(QSqlDatabase& db, SessionKind kind, qint64 subjectId, qint64 deviceId)
{
    const SessionLimits limits = SessionLimits::forKind(kind);
    const qint64 now = Clock::instance().nowMsecs();
    Opened opened;
    opened.token = crypto::toBase64Url(crypto::randomBytes(32));
    opened.session = Session{kind, subjectId, deviceId, now, now + limits.totalMs, limits.idleMs};
    if (Status s = execStatus(db, u"INSERT INTO sessions (token_hash, kind, subject_id, device_id, created_at, last_used_at, "
                                   "idle_timeout_ms, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                              {tokenHash(opened.token.toLatin1()), toString(kind), subjectId, deviceId, now, now,
                               limits.idleMs, now + limits.totalMs}); !s)
        return s.error();
    return opened;
}

Result<Session> SessionService::authenticate(QSqlDatabase& db, const QByteArray& token, qint64 deviceId)
{
    const auto invalid = [] {
        return Result<Session>::failure(u"session-invalid"_s, u"Not logged in, or the session has ended. Log in again."_s);
    };
    if (token.isEmpty() || token.size() > 128)
        return invalid();
    auto found = execSql(db, u"SELECT kind, subject_id, device_id, created_at, last_used_at, idle_timeout_ms, expires_at, ended_at "
                              "FROM sessions WHERE token_hash = ?"_s, {tokenHash(token)});
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    if (!q.next() || !q.value(7).isNull())
        return invalid();
    Session session;
    session.kind = q.value(0).toString() == u"staff"_s ? SessionKind::Staff : SessionKind::Resident;
    session.subjectId = q.value(1).toLongLong();
    session.deviceId = q.value(2).toLongLong();
    session.createdAt = q.value(3).toLongLong();
    const qint64 lastUsed = q.value(4).toLongLong();
    session.idleTimeoutMs = q.value(5).toLongLong();
    session.expiresAt = q.value(6).toLongLong();
    // Done reading: an open SELECT keeps SQLite's read transaction open, and
    // the UPDATE below would then fail at once ("database is locked") while
    // another connection writes, instead of waiting for the busy timeout.
    q.finish();
    // A token carried to another device is worth nothing there.
    if (session.deviceId != deviceId)
        return invalid();
    const qint64 now = Clock::instance().nowMsecs();
    if (now >= session.expiresAt || now - lastUsed >= session.idleTimeoutMs) {
        (void)execSql(db, u"UPDATE sessions SET ended_at = ? WHERE token_hash = ? AND ended_at IS NULL"_s, {now, tokenHash(token)});
        return Result<Session>::failure(u"session-expired"_s,
            now >= session.expiresAt ? u"The session reached its time limit. Log in again."_s
                                     : u"The session ended after a period without activity. Log in again."_s);
    }
    if (auto touched = execSql(db, u"UPDATE sessions SET last_used_at = ? WHERE token_hash = ?"_s, {now, tokenHash(token)}); !touched)
        return touched.error();
    return session;
}

Status SessionService::end(QSqlDatabase& db, const QByteArray& token)
{
    return execStatus(db, u"UPDATE sessions SET ended_at = ? WHERE token_hash = ? AND ended_at IS NULL"_s,
                      {Clock::instance().nowMsecs(), tokenHash(token)});
}

Status SessionService::endForDevice(QSqlDatabase& db, qint64 deviceId)
{
    return execStatus(db, u"UPDATE sessions SET ended_at = ? WHERE device_id = ? AND ended_at IS NULL"_s,
                      {Clock::instance().nowMsecs(), deviceId});
}

Status SessionService::endForSubject(QSqlDatabase& db, SessionKind kind, qint64 subjectId)
{
    return execStatus(db, u"UPDATE sessions SET ended_at = ? WHERE kind = ? AND subject_id = ? AND ended_at IS NULL"_s,
                      {Clock::instance().nowMsecs(), toString(kind), subjectId});
}

} // namespace buurtmunt::server
