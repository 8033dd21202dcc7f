// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "IdempotencyStore.h"

#include "core/domain/Clock.h"

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

bool IdempotencyStore::isValidKey(const QByteArray& key)
{
    if (key.size() < 8 || key.size() > 128)
        return false;
    for (char c : key) {
        if (c < 0x21 || c > 0x7e)
            return false;
    }
    return true;
}

Result<std::optional<IdempotencyStore::Stored>> IdempotencyStore::find(QSqlDatabase& db, const QString& scope, const QString& key)
{
    auto query = execSql(db, u"SELECT body_hash, method, path, status, content_type, response_body "
                              "FROM idempotency_keys WHERE scope = ? AND idem_key = ?"_s, {scope, key});
    if (!query)
        return query.error();
    QSqlQuery& q = query.value();
    if (!q.next())
        return std::optional<Stored>{};
    Stored stored;
    stored.bodyHash = q.value(0).toByteArray();
    stored.method = q.value(1).toString();
    stored.path = q.value(2).toString();
    stored.status = q.value(3).toInt();
    stored.contentType = q.value(4).toString().toLatin1();
    stored.body = q.value(5).toByteArray();
    return std::optional<Stored>{stored};
}

Status IdempotencyStore::store(QSqlDatabase& db, const QString& scope, const QString& key, const Stored& stored)
{
    // The last write of every request: it goes with the COMMIT.
    Status result = deferUntilCommit(db, u"INSERT INTO idempotency_keys (scope, idem_key, method, path, body_hash, status, "
                               "content_type, response_body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                          {scope, key, stored.method, stored.path, stored.bodyHash, stored.status,
                           // An answer without a body (204) has no type; NULL would break the row.
                           QString::fromLatin1(stored.contentType.isNull() ? QByteArray("") : stored.contentType),
                           stored.body.isNull() ? QByteArray("") : stored.body, Clock::instance().nowMsecs()});
    if (!result) {
        // (With PostgreSQL the same conflict shows at commit, which retries.)
        if (result.error().code == u"unique-violation"_s)
            return Status::failure(u"retry"_s, u"A request with the same Idempotency-Key committed first."_s);
        return result.error();
    }
    return {};
}

Result<int> IdempotencyStore::purge(QSqlDatabase& db, qint64 maxAgeMsecs)
{
    auto result = execSql(db, u"DELETE FROM idempotency_keys WHERE created_at < ?"_s,
                          {Clock::instance().nowMsecs() - maxAgeMsecs});
    if (!result)
        return result.error();
    return result.value().numRowsAffected();
}

} // namespace buurtmunt::server
