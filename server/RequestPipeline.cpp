// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "RequestPipeline.h"

#include "core/domain/Crypto.h"
#include "server/DeviceService.h"
#include "server/IdempotencyStore.h"
#include "server/SessionService.h"

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
        if (route.session != SessionNeed::None) {
            if (std::optional<ApiResponse> refused = authenticateSession(db, request, route, &caller))
                return *refused;
        }
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

std::optional<ApiResponse> RequestPipeline::authenticateSession(QSqlDatabase& db, const ApiRequest& request,
                                                               const Route& route, Caller* caller)
{
    const QByteArray token = request.header("Buurtmunt-Session");
    auto session = SessionService::authenticate(db, token, caller->deviceId);
    if (!session)
        return ApiResponse::fromError(session.error());
    const bool isStaff = session.value().kind == SessionKind::Staff;
    if ((route.session == SessionNeed::Resident && isStaff) || (route.session == SessionNeed::Staff && !isStaff))
        return ApiResponse::problem(403, u"forbidden"_s, u"Not allowed for this device or role"_s,
                                    route.session == SessionNeed::Resident ? u"This needs a resident's login."_s
                                                                           : u"This needs a staff login."_s);
    caller->sessionToken = token;
    if (!isStaff) {
        caller->residentId = session.value().subjectId;
        return std::nullopt;
    }
    auto staff = execSql(db, u"SELECT roles, disabled_at FROM staff WHERE id = ?"_s, {session.value().subjectId});
    if (!staff)
        return ApiResponse::fromError(staff.error());
    if (!staff.value().next() || !staff.value().value(1).isNull())
        return ApiResponse::fromError({u"session-invalid"_s, u"This staff account is disabled. Log in again."_s});
    caller->staffId = session.value().subjectId;
    caller->staffRoles = staff.value().value(0).toString().split(u',', Qt::SkipEmptyParts);
    bool allowed = route.staffRoles.isEmpty();
    for (const QString& role : route.staffRoles)
        allowed = allowed || caller->staffRoles.contains(role);
    if (!allowed)
        return ApiResponse::problem(403, u"forbidden"_s, u"Not allowed for this device or role"_s,
                                    u"This needs the staff role %1."_s.arg(route.staffRoles.join(u" or "_s)));
    return std::nullopt;
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
    if (!contentType.startsWith("application/json") && !(request.method == "DELETE" && request.body.isEmpty()))
        return ApiResponse::problem(415, u"unsupported-media-type"_s, u"Content-Type must be application/json"_s,
                                    u"The body was sent as \"%1\"; send application/json."_s.arg(QString::fromLatin1(contentType)));
    QJsonParseError parseError;
    // A DELETE needs no body; every other mutation sends a JSON object.
    const QByteArray body = request.method == "DELETE" && request.body.isEmpty() ? QByteArray("{}") : request.body;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ApiResponse::problem(400, u"malformed-json"_s, u"The request body is not valid JSON"_s,
                                    u"JSON error at byte %1: %2."_s.arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isObject())
        return ApiResponse::problem(400, u"malformed-json"_s, u"The request body is not valid JSON"_s,
                                    u"The body must be a JSON object."_s);

    // Keys belong to the device that made them and to whoever is logged in on
    // it, so one person's stored answer is never replayed to the next visitor.
    QString scope = caller.kind == Caller::Kind::Device ? u"device:%1"_s.arg(caller.deviceId) : u"anonymous"_s;
    if (caller.residentId)
        scope += u"/resident:%1"_s.arg(*caller.residentId);
    else if (caller.staffId)
        scope += u"/staff:%1"_s.arg(*caller.staffId);
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
        if (!response.isSuccess()) {
            // A server failure may have left half a change behind: only a
            // deliberate refusal (4xx) keeps its bookkeeping.
            if (route.commitRefusals && response.status < 500)
                return {};  // the refusal's own bookkeeping (a counted wrong PIN) stays
            return Status::failure(u"no-change"_s, QString());  // a refused request changes nothing
        }
        IdempotencyStore::Stored record;
        record.bodyHash = bodyHash;
        record.method = QString::fromLatin1(request.method);
        record.path = request.path;
        record.status = response.status;
        record.contentType = response.contentType;
        record.body = response.replayBody.value_or(response.body);
        return IdempotencyStore::store(db, scope, keyText, record);
    });
    if (!status && status.error().code != u"no-change"_s)
        return ApiResponse::fromError(status.error());
    return response;
}

} // namespace buurtmunt::server
