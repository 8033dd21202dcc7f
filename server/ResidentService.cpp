// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ResidentService.h"

#include "core/domain/Clock.h"
#include "core/domain/Crypto.h"
#include "server/AuditLog.h"
#include "server/LedgerService.h"
#include "server/ResidentLogin.h"
#include "server/SessionService.h"

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

namespace {

const QString kSelect = u"SELECT r.id, r.display_name, r.neighbourhood, r.blocked_at, r.locked_until, r.staff_lock_at, "
                        "r.created_at, COALESCE(a.balance_cents, 0) FROM residents r "
                        "LEFT JOIN accounts a ON a.kind = 'resident' AND a.owner_id = r.id"_s;

ResidentService::Resident readResident(const QSqlQuery& q)
{
    ResidentService::Resident resident;
    resident.id = q.value(0).toLongLong();
    resident.displayName = q.value(1).toString();
    resident.neighbourhood = q.value(2).toString();
    resident.blocked = !q.value(3).isNull();
    if (!q.value(4).isNull() && q.value(4).toLongLong() > Clock::instance().nowMsecs())
        resident.lockedUntil = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
    resident.lockedByStaffOnly = !q.value(5).isNull();
    resident.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
    resident.balance = Coins(q.value(7).toLongLong());
    return resident;
}

Error notFound(qint64 id)
{
    return {u"resident-not-found"_s, u"There is no resident %1."_s.arg(id)};
}

Status audit(QSqlDatabase& db, const ResidentService::Actor& by, const QString& action, qint64 residentId,
             const QJsonObject& details = {})
{
    AuditEntry entry;
    entry.actor = by.actor;
    entry.deviceId = by.deviceId;
    entry.requestId = by.requestId;
    entry.action = action;
    entry.object = u"resident:%1"_s.arg(residentId);
    entry.details = details;
    return AuditLog::append(db, entry);
}

Result<ResidentService::Resident> existing(QSqlDatabase& db, qint64 id)
{
    auto found = ResidentService::find(db, id);
    if (!found)
        return found.error();
    if (!found.value())
        return notFound(id);
    return *found.value();
}

// Changes one resident row; a missing row is a resident-not-found.
Status updateResident(QSqlDatabase& db, qint64 id, const QString& set, QVariantList binds)
{
    binds << id;
    auto updated = execSql(db, u"UPDATE residents SET "_s + set + u" WHERE id = ?"_s, binds);
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return notFound(id);
    return {};
}

Error invalidPin()
{
    return {u"invalid-body"_s, u"The PIN must be 4 to 6 digits."_s};
}

} // namespace

QJsonObject ResidentService::Resident::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"displayName"_s, displayName},
        {u"neighbourhood"_s, neighbourhood},
        {u"status"_s, blocked ? u"blocked"_s : u"active"_s},
        {u"lockedUntil"_s, lockedUntil ? QJsonValue(lockedUntil->toUTC().toString(Qt::ISODate)) : QJsonValue()},
        {u"lockedByStaffOnly"_s, lockedByStaffOnly},
        {u"createdAt"_s, createdAt.toUTC().toString(Qt::ISODate)},
        {u"balanceCents"_s, balance.cents()},
    };
}

Result<ResidentService::WithPass> ResidentService::create(QSqlDatabase& db, const QString& displayName,
                                                          const QString& neighbourhood, const QString& pin, const Actor& by)
{
    if (!ResidentLogin::isValidPin(pin))
        return invalidPin();
    // 128 random bits: a collision is not expected, but the unique index
    // would turn one into a failed request rather than two people on one pass.
    const PassToken pass = PassToken::generate();
    auto inserted = execSql(db, u"INSERT INTO residents (display_name, neighbourhood, pass_hash, pin_hash, created_at) "
                                 "VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
                            {displayName, neighbourhood, pass.hash(), crypto::hashSecret(pin), Clock::instance().nowMsecs()});
    if (!inserted)
        return inserted.error();
    if (!inserted.value().next())
        return Error{u"database-error"_s, u"The new resident got no id."_s};
    const qint64 id = inserted.value().value(0).toLongLong();
    if (auto account = LedgerService::account(db, AccountKind::Resident, id); !account)
        return account.error();
    if (Status s = audit(db, by, u"resident.register"_s, id, {{u"neighbourhood"_s, neighbourhood}}); !s)
        return s.error();
    auto resident = existing(db, id);
    if (!resident)
        return resident.error();
    return WithPass{resident.value(), pass};
}

Result<QList<ResidentService::Resident>> ResidentService::search(QSqlDatabase& db, const QString& text)
{
    // Case-insensitive matching happens here rather than in SQL: SQLite's
    // LOWER() and LIKE fold ASCII only, and names such as "Özdemir" must be
    // found the same way on both databases.
    auto rows = execSql(db, kSelect + u" ORDER BY r.display_name, r.id"_s);
    if (!rows)
        return rows.error();
    const QString needle = text.trimmed();
    QList<Resident> residents;
    while (rows.value().next() && residents.size() < kMaxSearchResults) {
        if (needle.isEmpty() || rows.value().value(1).toString().contains(needle, Qt::CaseInsensitive))
            residents.append(readResident(rows.value()));
    }
    return residents;
}

Result<std::optional<ResidentService::Resident>> ResidentService::find(QSqlDatabase& db, qint64 id)
{
    auto rows = execSql(db, kSelect + u" WHERE r.id = ?"_s, {id});
    if (!rows)
        return rows.error();
    if (!rows.value().next())
        return std::optional<Resident>{};
    return std::optional<Resident>{readResident(rows.value())};
}

Result<ResidentService::Resident> ResidentService::resetPin(QSqlDatabase& db, qint64 id, const QString& pin, const Actor& by)
{
    if (!ResidentLogin::isValidPin(pin))
        return invalidPin();
    if (Status s = updateResident(db, id, u"pin_hash = ?, failed_pin_streak = 0, locked_until = NULL"_s,
                                  {crypto::hashSecret(pin)});
        !s)
        return s.error();
    if (Status s = audit(db, by, u"resident.pin-reset"_s, id); !s)
        return s.error();
    return existing(db, id);
}

Result<ResidentService::Resident> ResidentService::block(QSqlDatabase& db, qint64 id, const QString& reason, const Actor& by)
{
    auto current = existing(db, id);
    if (!current)
        return current.error();
    if (current.value().blocked)
        return current;
    if (Status s = updateResident(db, id, u"blocked_at = ?"_s, {Clock::instance().nowMsecs()}); !s)
        return s.error();
    // Whoever holds the pass is logged out on their next call.
    if (Status s = SessionService::endForSubject(db, SessionKind::Resident, id); !s)
        return s.error();
    if (Status s = audit(db, by, u"resident.block"_s, id, {{u"reason"_s, reason}}); !s)
        return s.error();
    return existing(db, id);
}

Result<ResidentService::Resident> ResidentService::unblock(QSqlDatabase& db, qint64 id, const Actor& by)
{
    auto current = existing(db, id);
    if (!current)
        return current.error();
    if (!current.value().blocked)
        return current;
    if (Status s = updateResident(db, id, u"blocked_at = NULL"_s, {}); !s)
        return s.error();
    if (Status s = audit(db, by, u"resident.unblock"_s, id); !s)
        return s.error();
    return existing(db, id);
}

Result<ResidentService::Resident> ResidentService::unlock(QSqlDatabase& db, qint64 id, const Actor& by)
{
    if (Status s = ResidentLogin::unlock(db, id, by.actor, by.requestId); !s)
        return s.error();
    return existing(db, id);
}

Result<ResidentService::WithPass> ResidentService::replacePass(QSqlDatabase& db, qint64 id, const Actor& by)
{
    const PassToken pass = PassToken::generate();
    if (Status s = updateResident(db, id, u"pass_hash = ?"_s, {pass.hash()}); !s)
        return s.error();
    if (Status s = SessionService::endForSubject(db, SessionKind::Resident, id); !s)
        return s.error();
    if (Status s = audit(db, by, u"resident.new-pass"_s, id); !s)
        return s.error();
    auto resident = existing(db, id);
    if (!resident)
        return resident.error();
    return WithPass{resident.value(), pass};
}

Status ResidentService::lockUnblocked(QSqlDatabase& db, qint64 residentId, const QString& blockedMessage)
{
    auto resident = execSql(db, u"SELECT blocked_at FROM residents WHERE id = ?"_s
                                    + (isPostgres(db) ? u" FOR UPDATE"_s : QString()),
                            {residentId});
    if (!resident)
        return resident.error();
    if (!resident.value().next())
        return Status::failure(u"resident-not-found"_s, u"There is no resident number %1."_s.arg(residentId));
    if (!resident.value().value(0).isNull())
        return Status::failure(u"pass-blocked"_s, blockedMessage);
    return {};
}

} // namespace buurtmunt::server
