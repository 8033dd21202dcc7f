// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ApiResponse.h"

#include <QHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

namespace {

struct ProblemKind {
    int status;
    const char* title;
};

// Every error code a service can return, with its HTTP status and a stable
// title. A code missing here is a programming error and becomes a 500.
const QHash<QString, ProblemKind>& problemKinds()
{
    static const QHash<QString, ProblemKind> kinds{
        {u"invalid-body"_s, {400, "The request body is not valid"}},
        {u"malformed-json"_s, {400, "The request body is not valid JSON"}},
        {u"invalid-parameter"_s, {400, "A query parameter is not valid"}},
        {u"invalid-cursor"_s, {400, "The sync cursor is not valid"}},
        {u"idempotency-key-missing"_s, {400, "Idempotency-Key header required"}},
        {u"idempotency-key-invalid"_s, {400, "Idempotency-Key header not valid"}},
        {u"idempotency-key-reused"_s, {422, "Idempotency-Key already used for another request"}},
        {u"enrolment-code-invalid"_s, {400, "The enrolment code is not valid"}},
        {u"device-unauthorized"_s, {401, "Device authentication required"}},
        {u"device-revoked"_s, {401, "This device has been revoked"}},
        {u"forbidden"_s, {403, "Not allowed for this device or role"}},
        {u"not-found"_s, {404, "No such resource"}},
        {u"task-not-found"_s, {404, "No such task"}},
        {u"method-not-allowed"_s, {405, "Method not allowed"}},
        {u"unsupported-media-type"_s, {415, "Content-Type must be application/json"}},
        {u"payload-too-large"_s, {413, "The request body is too large"}},
        {u"session-invalid"_s, {401, "Login required"}},
        {u"session-expired"_s, {401, "The login session has ended"}},
        {u"pass-unknown"_s, {401, "This pass is not known"}},
        {u"pin-wrong"_s, {401, "Wrong PIN"}},
        {u"pass-locked"_s, {423, "The pass is locked for a while"}},
        {u"pass-locked-by-staff-only"_s, {423, "The pass is locked until staff unlock it"}},
        {u"pass-blocked"_s, {403, "The pass is blocked"}},
        {u"resident-not-found"_s, {404, "No such resident"}},
        {u"task-not-open"_s, {409, "The task cannot be claimed now"}},
        {u"task-full"_s, {409, "The task has no free place"}},
        {u"already-claimed"_s, {409, "The task is already claimed by this resident"}},
        {u"too-many-open-claims"_s, {409, "Too many open claims"}},
        {u"earnings-cap"_s, {409, "The earnings cap would be crossed"}},
        {u"claim-not-found"_s, {404, "No such claim"}},
        {u"claim-expired"_s, {409, "The claim has expired"}},
        {u"invalid-transition"_s, {409, "Not possible in the claim's or task's current state"}},
        {u"note-too-long"_s, {400, "The note is too long"}},
        {u"login-failed"_s, {401, "The name or password is wrong"}},
        {u"second-approver-required"_s, {409, "A second, different approver is needed"}},
        {u"reason-invalid"_s, {400, "A reason is required"}},
        {u"version-conflict"_s, {409, "Someone else changed it first"}},
        {u"capacity-below-taken"_s, {409, "The capacity is below the places already taken"}},
        {u"toolbox-code-invalid"_s, {404, "No claim has this toolbox code"}},
        {u"toolbox-not-needed"_s, {409, "The task needs no toolbox"}},
        {u"claim-not-active"_s, {409, "The claim is not waiting for its work to be done"}},
        {u"shop-not-found"_s, {404, "No such shop"}},
        {u"voucher-not-found"_s, {404, "No such voucher"}},
        {u"voucher-not-issued"_s, {409, "The voucher is no longer open"}},
        {u"insufficient-balance"_s, {409, "Not enough coins"}},
        {u"too-many-open-vouchers"_s, {409, "Too many unused vouchers"}},
        {u"voucher-forged"_s, {422, "The voucher code is not genuine"}},
        {u"voucher-unknown"_s, {404, "No voucher has this code"}},
        {u"voucher-already-redeemed"_s, {409, "The voucher has already been used"}},
        {u"voucher-expired"_s, {409, "The voucher has expired"}},
        {u"voucher-cancelled"_s, {409, "The voucher was cancelled"}},
        {u"voucher-offline-conflict"_s, {409, "The voucher accepted offline could not be paid"}},
        {u"conflict-not-found"_s, {404, "No such offline conflict"}},
        {u"conflict-already-resolved"_s, {409, "The conflict was already settled"}},
        {u"settlement-not-found"_s, {404, "No such settlement"}},
        {u"period-not-ended"_s, {409, "The period has not ended yet"}},
        {u"settlement-config-missing"_s, {409, "A municipality setting needed for payment is missing"}},
        {u"device-not-found"_s, {404, "No such device"}},
        {u"cannot-revoke-self"_s, {409, "A desk cannot revoke itself"}},
        {u"database-busy"_s, {503, "The database is busy"}},
        {u"retry"_s, {503, "The database is busy"}},
        {u"database-error"_s, {500, "Internal database error"}},
        {u"internal-error"_s, {500, "Internal server error"}},
    };
    return kinds;
}

} // namespace

ApiResponse ApiResponse::json(int status, const QJsonObject& object)
{
    ApiResponse response;
    response.status = status;
    response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return response;
}

ApiResponse ApiResponse::json(int status, const QJsonArray& array)
{
    ApiResponse response;
    response.status = status;
    response.body = QJsonDocument(array).toJson(QJsonDocument::Compact);
    return response;
}

ApiResponse ApiResponse::text(int status, const QByteArray& body, const QByteArray& contentType)
{
    ApiResponse response;
    response.status = status;
    response.body = body;
    response.contentType = contentType;
    return response;
}

ApiResponse ApiResponse::notModified(const QByteArray& etag)
{
    ApiResponse response;
    response.status = 304;
    response.contentType.clear();
    response.headers.append({"ETag", etag});
    return response;
}

ApiResponse ApiResponse::problem(int status, const QString& slug, const QString& title, const QString& detail,
                                 const QList<InvalidParam>& invalidParams)
{
    QJsonObject object{
        {u"type"_s, QString(u"urn:buurtmunt:problem:"_s + slug)},
        {u"title"_s, title},
        {u"status"_s, status},
        {u"detail"_s, detail},
    };
    if (!invalidParams.isEmpty()) {
        QJsonArray params;
        for (const InvalidParam& param : invalidParams)
            params.append(QJsonObject{{u"name"_s, param.name}, {u"reason"_s, param.reason}});
        object.insert(u"invalidParams"_s, params);
    }
    ApiResponse response = json(status, object);
    response.contentType = "application/problem+json";
    response.problemType = slug;
    return response;
}

ApiResponse ApiResponse::withProblemMembers(ApiResponse response, const QJsonObject& members)
{
    QJsonObject problem = QJsonDocument::fromJson(response.body).object();
    for (auto it = members.constBegin(); it != members.constEnd(); ++it)
        problem.insert(it.key(), it.value());
    response.body = QJsonDocument(problem).toJson(QJsonDocument::Compact);
    return response;
}

ApiResponse ApiResponse::fromError(const Error& error)
{
    const auto& kinds = problemKinds();
    const auto it = kinds.constFind(error.code);
    if (it == kinds.constEnd()) {
        qWarning("Unmapped error code %s: %s", qPrintable(error.code), qPrintable(error.message));
        return problem(500, u"internal-error"_s, u"Internal server error"_s,
                       u"The server could not complete the request."_s);
    }
    // Internal details (SQL text) stay in the server log, not in the answer.
    if (it->status >= 500) {
        qWarning("%s: %s", qPrintable(error.code), qPrintable(error.message));
        return problem(it->status, error.code, QString::fromLatin1(it->title),
                       it->status == 503 ? error.message : u"The server could not complete the request."_s);
    }
    return problem(it->status, error.code, QString::fromLatin1(it->title), error.message);
}

ApiResponse& ApiResponse::withHeader(const QByteArray& name, const QByteArray& value)
{
    headers.append({name, value});
    return *this;
}

} // namespace buurtmunt::server
