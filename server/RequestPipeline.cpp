// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "RequestPipeline.h"

#include "core/domain/Crypto.h"
#include "server/DeviceService.h"
#include "server/IdempotencyStore.h"

#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

ApiResponse RequestPipeline::process(const ApiRequest& request, const Route& route)
{
    Caller caller;
    if (route.access == Access::Device) {
        auto conn = m_database.connection();
        if (!conn)
            return ApiResponse::fromError(conn.error());
        QSqlDatabase db = conn.value();
        auto authenticated = DeviceService::authenticate(db, request.header("Authorization"));
        if (!authenticated)
            return ApiResponse::fromError(authenticated.error()).withHeader("WWW-Authenticate", "Device");
        caller = authenticated.value();
        if (!route.roles.isEmpty() && !route.roles.contains(caller.role))
            return ApiResponse::problem(403, u"forbidden"_s, u"Not allowed for this device or role"_s,
                                        u"A %1 device may not call %2 %3."_s.arg(caller.role, QString::fromLatin1(request.method),
                                                                                  route.pattern));
    }
    if (request.isMutating())
        return runMutating(request, route, caller);

    auto conn = m_database.connection();
    if (!conn)
        return ApiResponse::fromError(conn.error());
    QSqlDatabase db = conn.value();
    RequestContext context{request, caller, db, {}};
    return route.handler(context);
}

ApiResponse RequestPipeline::runMutating(const ApiRequest& request, const Route& route, const Caller& caller)
{
    const QByteArray key = request.header("Idempotency-Key");
    if (key.isEmpty())
        return ApiResponse::problem(400, u"idempotency-key-missing"_s, u"Idempotency-Key header required"_s,
                                    u"Every mutating request needs an Idempotency-Key header (8 to 128 printable characters), "
                                    "created once per operation and reused on every retry."_s);
    if (!IdempotencyStore::isValidKey(key))
        return ApiResponse::problem(400, u"idempotency-key-invalid"_s, u"Idempotency-Key header not valid"_s,
                                    u"The Idempotency-Key must be 8 to 128 printable ASCII characters without spaces."_s);
    const QByteArray contentType = request.header("Content-Type");
    if (!contentType.startsWith("application/json"))
        return ApiResponse::problem(415, u"unsupported-media-type"_s, u"Content-Type must be application/json"_s,
                                    u"The body was sent as \"%1\"; send application/json."_s.arg(QString::fromLatin1(contentType)));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ApiResponse::problem(400, u"malformed-json"_s, u"The request body is not valid JSON"_s,
                                    u"JSON error at byte %1: %2."_s.arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isObject())
        return ApiResponse::problem(400, u"malformed-json"_s, u"The request body is not valid JSON"_s,
                                    u"The body must be a JSON object."_s);

    const QString scope = caller.actor();
    const QString keyText = QString::fromLatin1(key);
    // The hash covers what the request asks for, so the same key sent with a
    // different method, path or body is recognised as a different request.
    const QByteArray bodyHash = crypto::sha256(request.method + ' ' + request.path.toUtf8() + '\n' + request.body);
    ApiResponse response;
    Status status = m_database.transaction([&](QSqlDatabase& db) -> Status {
        auto stored = IdempotencyStore::find(db, scope, keyText);
        if (!stored)
            return stored.error();
        if (stored.value()) {
            const IdempotencyStore::Stored& previous = *stored.value();
            if (previous.bodyHash != bodyHash) {
                response = ApiResponse::problem(422, u"idempotency-key-reused"_s,
                    u"Idempotency-Key already used for another request"_s,
                    u"The key %1 was used for %2 %3 with another body; a new operation needs a new key."_s
                        .arg(keyText, previous.method, previous.path));
            } else {
                response.status = previous.status;
                response.contentType = previous.contentType;
                response.body = previous.body;
                response.withHeader("Idempotent-Replayed", "true");
            }
            return Status::failure(u"no-change"_s, QString());  // roll back: nothing to write
        }
        RequestContext context{request, caller, db, document.object()};
        response = route.handler(context);
        if (response.problemType == u"retry"_s)
            return Status::failure(u"retry"_s, u"A concurrent transaction conflicted."_s);
        if (!response.isSuccess())
            return Status::failure(u"no-change"_s, QString());  // a refused request changes nothing
        IdempotencyStore::Stored record;
        record.bodyHash = bodyHash;
        record.method = QString::fromLatin1(request.method);
        record.path = request.path;
        record.status = response.status;
        record.contentType = response.contentType;
        record.body = response.body;
        return IdempotencyStore::store(db, scope, keyText, record);
    });
    if (!status && status.error().code != u"no-change"_s)
        return ApiResponse::fromError(status.error());
    return response;
}

} // namespace buurtmunt::server
