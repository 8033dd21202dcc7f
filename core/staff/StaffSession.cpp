// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "StaffSession.h"

#include "core/net/ApiClient.h"
#include "core/net/ApiJob.h"
#include "core/net/ApiResult.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {

QString statusAction(TaskStatus target)
{
    switch (target) {
    case TaskStatus::Published:
        return u"publish"_s;
    case TaskStatus::Closed:
        return u"close"_s;
    case TaskStatus::Cancelled:
        return u"cancel"_s;
    case TaskStatus::Draft:
        break;
    }
    return {};
}

template <typename T>
Result<QList<T>> parseItems(const QJsonObject& body, Result<T> (*parseOne)(const QJsonObject&))
{
    QList<T> items;
    for (const QJsonValue& value : body.value(u"items"_s).toArray()) {
        auto item = parseOne(value.toObject());
        if (!item)
            return item.error();
        items.append(std::move(item).value());
    }
    return items;
}

// Free text the server takes at 3 to 500 characters (a rejection reason, a
// settlement note): refused here, naming the field, before any request.
// Returns whether it was refused.
template <typename T>
bool refuseBadText(const QString& trimmed, const QString& field, const QString& code, const QString& message,
                   const StaffSession::Callback<T>& done)
{
    if (trimmed.size() >= 3 && trimmed.size() <= 500)
        return false;
    StaffSession::Reply<T> reply;
    reply.error = Error{code, message};
    reply.invalidParams.append({field, message});
    done(reply);
    return true;
}

Result<PassCard> parsePassCard(const QJsonObject& body)
{
    auto resident = ResidentSummary::fromJson(body.value(u"resident"_s).toObject());
    if (!resident)
        return resident.error();
    auto token = PassToken::parse(body.value(u"passToken"_s).toString());
    if (!token)
        return Error{u"bad-response"_s, u"The server sent no usable pass token: %1"_s.arg(token.error().message)};
    return PassCard{resident.value(), token.value()};
}

} // namespace

StaffSession::StaffSession(ApiClient* api, QObject* parent)
    : QObject(parent)
    , m_api(api)
{
    Q_ASSERT(api);
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &StaffSession::onIdle);
}

StaffSession::~StaffSession()
{
    // The ApiClient outlives the desk; it must not carry this person's session on.
    if (isLoggedIn())
        m_api->clearSessionToken();
}

std::chrono::milliseconds StaffSession::idleTimeout() const
{
    return m_idleOverride.count() > 0 ? m_idleOverride : m_serverIdle;
}

void StaffSession::setIdleTimeoutOverride(std::chrono::milliseconds timeout)
{
    m_idleOverride = timeout;
    if (m_idleTimer.isActive())
        m_idleTimer.start(idleTimeout());
}

void StaffSession::noteActivity()
{
    if (isLoggedIn())
        m_idleTimer.start(idleTimeout());
}

void StaffSession::login(const QString& username, const QString& password)
{
    if (isLoggedIn())
        endSession(LogoutReason::ByUser, {});
    if (username.trimmed().isEmpty() || password.isEmpty()) {
        emit loginFailed(Error{u"login-incomplete"_s, tr("Enter your user name and your password.")});
        return;
    }
    const quint64 generation = m_generation;
    ApiJob* job = m_api->send("POST", u"/v1/staff-sessions"_s,
                              {{u"username"_s, username.trimmed()}, {u"password"_s, password}},
                              ApiClient::newIdempotencyKey());
    connect(job, &ApiJob::finished, this, [this, generation, username](const ApiResult& result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            Error error = *result.error;
            if (error.code == u"login-failed")
                error.message = tr("The user name or password is not right. Try again.");
            else if (result.problem)
                error.message = result.problem->message();
            emit loginFailed(error);
            return;
        }
        const QJsonObject body = result.body.object();
        const QString token = body.value(u"token"_s).toString();
        if (token.isEmpty()) {
            emit loginFailed(Error{u"bad-response"_s, tr("The server accepted the login but sent no session.")});
            return;
        }
        m_token = token;
        m_username = username.trimmed();
        m_displayName = body.value(u"displayName"_s).toString(m_username);
        m_roles.clear();
        for (const QJsonValue& role : body.value(u"roles"_s).toArray())
            m_roles.append(role.toString());
        m_expiresAt = QDateTime::fromString(body.value(u"expiresAt"_s).toString(), Qt::ISODate).toUTC();
        const int idleSeconds = body.value(u"idleTimeoutSeconds"_s).toInt(900);
        m_serverIdle = std::chrono::seconds(idleSeconds > 0 ? idleSeconds : 900);
        m_api->setSessionToken(m_token);
        m_idleTimer.start(idleTimeout());
        emit loggedIn();
    });
}

void StaffSession::logout()
{
    if (!isLoggedIn())
        return;
    // Tell the server, but the desk is cleared at once: a slow network must
    // not leave the next person at this desk logged in as someone else.
    ApiJob* job = m_api->send("DELETE", u"/v1/sessions/current"_s, {}, ApiClient::newIdempotencyKey());
    connect(job, &ApiJob::finished, this, [](const ApiResult&) {});
    endSession(LogoutReason::ByUser, {});
}

void StaffSession::onIdle()
{
    if (!isLoggedIn())
        return;
    ApiJob* job = m_api->send("DELETE", u"/v1/sessions/current"_s, {}, ApiClient::newIdempotencyKey());
    connect(job, &ApiJob::finished, this, [](const ApiResult&) {});
    const qint64 minutes = std::chrono::duration_cast<std::chrono::minutes>(idleTimeout()).count();
    endSession(LogoutReason::Idle,
               minutes >= 1 ? tr("You were logged out after %n minute(s) without activity.", nullptr, int(minutes))
                            : tr("You were logged out after a period without activity."));
}

void StaffSession::endSession(LogoutReason reason, const QString& message)
{
    if (!isLoggedIn())
        return;
    ++m_generation;
    m_idleTimer.stop();
    m_api->clearSessionToken();
    m_token.clear();
    m_username.clear();
    m_displayName.clear();
    m_roles.clear();
    m_expiresAt = {};
    emit loggedOut(reason, message);
}

void StaffSession::watch(ApiJob* job, Parser onResult)
{
    const quint64 generation = m_generation;
    noteActivity();
    connect(job, &ApiJob::finished, this, [this, generation, onResult = std::move(onResult)](const ApiResult& result) {
        if (generation != m_generation)
            return;
        const QString code = result.error ? result.error->code : QString();
        if ((code == u"session-expired" || code == u"session-invalid") && isLoggedIn()) {
            // The views go with the session; nobody is left to show the answer to.
            endSession(LogoutReason::EndedByServer,
                       result.problem ? result.problem->message() : tr("Your session has ended. Log in again."));
            return;
        }
        noteActivity();
        onResult(result);
    });
}

void StaffSession::get(const QString& path, const QUrlQuery& query, Parser onResult)
{
    watch(m_api->get(path, query), std::move(onResult));
}

void StaffSession::post(const QByteArray& method, const QString& path, const QJsonObject& body, Parser onResult)
{
    watch(m_api->send(method, path, body, ApiClient::newIdempotencyKey()), std::move(onResult));
}

template <typename T>
StaffSession::Reply<T> StaffSession::failed(const ApiResult& result)
{
    Reply<T> reply;
    reply.httpStatus = result.httpStatus;
    reply.error = result.error;
    if (result.problem) {
        reply.invalidParams = result.problem->invalidParams;
        if (reply.error)
            reply.error->message = result.problem->message();
    }
    return reply;
}

template <typename T>
void StaffSession::deliver(const ApiResult& result, const Callback<T>& done,
                           const std::function<Result<T>(const QJsonObject&)>& parse)
{
    if (!result.ok()) {
        done(failed<T>(result));
        return;
    }
    Reply<T> reply;
    reply.httpStatus = result.httpStatus;
    auto parsed = parse(result.body.object());
    if (parsed)
        reply.value = std::move(parsed).value();
    else
        reply.error = parsed.error();
    done(reply);
}

void StaffSession::fetchTasks(Callback<QList<Task>> done)
{
    get(u"/v1/staff/tasks"_s, {}, [this, done](const ApiResult& result) {
        deliver<QList<Task>>(result, done, [](const QJsonObject& body) { return parseItems(body, &Task::fromJson); });
    });
}

QJsonObject StaffSession::taskBody(const Task& task, bool forUpdate)
{
    QJsonObject body = task.toJson();
    for (const QString& serverOwned : {u"id"_s, u"status"_s, u"slotsTaken"_s, u"updatedAt"_s})
        body.remove(serverOwned);
    if (!forUpdate)
        body.remove(u"version"_s);
    return body;
}

void StaffSession::createTask(const Task& task, Callback<Task> done)
{
    post("POST", u"/v1/tasks"_s, taskBody(task, false), [this, done](const ApiResult& result) {
        deliver<Task>(result, done, &Task::fromJson);
    });
}

void StaffSession::updateTask(const Task& task, Callback<Task> done)
{
    post("PUT", u"/v1/tasks/%1"_s.arg(task.id.value()), taskBody(task, true), [this, done](const ApiResult& result) {
        deliver<Task>(result, done, &Task::fromJson);
    });
}

void StaffSession::changeTaskStatus(TaskId id, TaskStatus target, Callback<Task> done)
{
    const QString action = statusAction(target);
    if (action.isEmpty()) {
        Reply<Task> reply;
        reply.error = Error{u"invalid-transition"_s, tr("A task cannot be made a draft again.")};
        done(reply);
        return;
    }
    post("POST", u"/v1/tasks/%1/%2"_s.arg(id.value()).arg(action), {}, [this, done](const ApiResult& result) {
        deliver<Task>(result, done, &Task::fromJson);
    });
}

void StaffSession::fetchReviewQueue(Callback<QList<ReviewItem>> done)
{
    get(u"/v1/review-queue"_s, {}, [this, done](const ApiResult& result) {
        deliver<QList<ReviewItem>>(result, done,
                                   [](const QJsonObject& body) { return parseItems(body, &ReviewItem::fromJson); });
    });
}

void StaffSession::fetchVoucherConflicts(Callback<QList<VoucherConflict>> done)
{
    get(u"/v1/voucher-conflicts"_s, {}, [this, done](const ApiResult& result) {
        deliver<QList<VoucherConflict>>(
            result, done, [](const QJsonObject& body) { return parseItems(body, &VoucherConflict::fromJson); });
    });
}

void StaffSession::resolveVoucherConflict(qint64 conflictId, const QString& note, Callback<VoucherConflict> done)
{
    const QString trimmed = note.trimmed();
    if (refuseBadText(trimmed, u"note"_s, u"note-invalid"_s,
                      tr("Say in 3 to 500 characters how the conflict was settled with the shop."), done))
        return;
    post("POST", u"/v1/voucher-conflicts/%1/resolution"_s.arg(conflictId), {{u"note"_s, trimmed}},
         [this, done](const ApiResult& result) { deliver<VoucherConflict>(result, done, &VoucherConflict::fromJson); });
}

void StaffSession::fetchSettlements(Callback<QList<Settlement>> done)
{
    get(u"/v1/settlements"_s, {}, [this, done](const ApiResult& result) {
        deliver<QList<Settlement>>(result, done,
                                   [](const QJsonObject& body) { return parseItems(body, &Settlement::fromJson); });
    });
}

void StaffSession::fetchSettlement(qint64 id, Callback<Settlement> done)
{
    get(u"/v1/settlements/%1"_s.arg(id), {}, [this, done](const ApiResult& result) {
        deliver<Settlement>(result, done, &Settlement::fromJson);
    });
}

void StaffSession::closePeriod(const QString& period, Callback<Settlement> done)
{
    static const QRegularExpression shape(u"^\\d{4}-(0[1-9]|1[0-2])$"_s);
    if (!shape.match(period).hasMatch()) {
        Reply<Settlement> reply;
        reply.error = Error{u"invalid-body"_s, tr("“%1” is not a month; write it as YYYY-MM.").arg(period)};
        reply.invalidParams.append({u"period"_s, reply.error->message});
        done(reply);
        return;
    }
    post("POST", u"/v1/settlements"_s, {{u"period"_s, period}}, [this, done](const ApiResult& result) {
        deliver<Settlement>(result, done, &Settlement::fromJson);
    });
}

void StaffSession::deliverFile(const ApiResult& result, const Callback<File>& done)
{
    if (!result.ok()) {
        done(failed<File>(result));
        return;
    }
    Reply<File> reply;
    reply.httpStatus = result.httpStatus;
    if (result.payload.isEmpty())
        reply.error = Error{u"bad-response"_s, tr("The server sent an empty file.")};
    else
        reply.value = File{result.payload, result.fileName};
    done(reply);
}

void StaffSession::fetchSepaFile(qint64 settlementId, Callback<File> done)
{
    get(u"/v1/settlements/%1/sepa"_s.arg(settlementId), {},
        [this, done](const ApiResult& result) { deliverFile(result, done); });
}

void StaffSession::fetchStatement(qint64 settlementId, qint64 shopId, Callback<ShopStatement> done)
{
    get(u"/v1/settlements/%1/statements/%2"_s.arg(settlementId).arg(shopId), {{{u"format"_s, u"json"_s}}},
        [this, done](const ApiResult& result) { deliver<ShopStatement>(result, done, &ShopStatement::fromJson); });
}

void StaffSession::fetchStatementCsv(qint64 settlementId, qint64 shopId, Callback<File> done)
{
    get(u"/v1/settlements/%1/statements/%2"_s.arg(settlementId).arg(shopId), {{{u"format"_s, u"csv"_s}}},
        [this, done](const ApiResult& result) { deliverFile(result, done); });
}

void StaffSession::fetchShops(bool includeInactive, Callback<QList<ShopRecord>> done)
{
    QUrlQuery query;
    if (includeInactive)
        query.addQueryItem(u"include"_s, u"inactive"_s);
    get(u"/v1/shops"_s, query, [this, done](const ApiResult& result) {
        deliver<QList<ShopRecord>>(result, done,
                                   [](const QJsonObject& body) { return parseItems(body, &ShopRecord::fromJson); });
    });
}

void StaffSession::createShop(const ShopRecord& shop, Callback<ShopRecord> done)
{
    post("POST", u"/v1/shops"_s, shop.toJson(false),
         [this, done](const ApiResult& result) { deliver<ShopRecord>(result, done, &ShopRecord::fromJson); });
}

void StaffSession::updateShop(const ShopRecord& shop, Callback<ShopRecord> done)
{
    post("PUT", u"/v1/shops/%1"_s.arg(shop.id), shop.toJson(true),
         [this, done](const ApiResult& result) { deliver<ShopRecord>(result, done, &ShopRecord::fromJson); });
}

void StaffSession::fetchDevices(Callback<QList<DeviceRecord>> done)
{
    get(u"/v1/devices"_s, {}, [this, done](const ApiResult& result) {
        deliver<QList<DeviceRecord>>(result, done,
                                     [](const QJsonObject& body) { return parseItems(body, &DeviceRecord::fromJson); });
    });
}

void StaffSession::createEnrolmentCode(const EnrolmentCode::Request& request, Callback<EnrolmentCode> done)
{
    post("POST", u"/v1/enrolment-codes"_s, request.toJson(), [this, done](const ApiResult& result) {
        deliver<EnrolmentCode>(result, done, &EnrolmentCode::fromJson);
    });
}

void StaffSession::revokeDevice(qint64 deviceId, Callback<DeviceRecord> done)
{
    post("POST", u"/v1/devices/%1/revoke"_s.arg(deviceId), {}, [this, done](const ApiResult& result) {
        deliver<DeviceRecord>(result, done, &DeviceRecord::fromJson);
    });
}

void StaffSession::searchAudit(const AuditEntry::Filter& filter, const QString& before, Callback<AuditEntry::Page> done)
{
    QUrlQuery query = filter.toQuery();
    if (!before.isEmpty())
        query.addQueryItem(u"before"_s, before);
    get(u"/v1/audit"_s, query, [this, done](const ApiResult& result) {
        deliver<AuditEntry::Page>(result, done, &AuditEntry::pageFromJson);
    });
}

void StaffSession::verifyAudit(Callback<AuditVerification> done)
{
    get(u"/v1/audit/verification"_s, {}, [this, done](const ApiResult& result) {
        deliver<AuditVerification>(result, done, &AuditVerification::fromJson);
    });
}

void StaffSession::fetchDashboard(const QString& fromMonth, const QString& toMonth, Callback<Dashboard> done)
{
    get(u"/v1/dashboard"_s, QUrlQuery{{u"from"_s, fromMonth}, {u"to"_s, toMonth}}, [this, done](const ApiResult& result) {
        deliver<Dashboard>(result, done, &Dashboard::fromJson);
    });
}

void StaffSession::approveClaim(ClaimId id, Callback<Approval> done)
{
    post("POST", u"/v1/claims/%1/approve"_s.arg(id.value()), {}, [this, done](const ApiResult& result) {
        deliver<Approval>(result, done, [](const QJsonObject& body) -> Result<Approval> {
            return Approval{body.value(u"claim"_s).toObject(), body.value(u"needsSecondApprover"_s).toBool()};
        });
    });
}

void StaffSession::approveClaims(const QList<ClaimId>& ids, Callback<QList<BatchApprovalOutcome>> done)
{
    QJsonArray claimIds;
    for (const ClaimId id : ids)
        claimIds.append(id.value());
    post("POST", u"/v1/claims/approve-batch"_s, {{u"claimIds"_s, claimIds}}, [this, done](const ApiResult& result) {
        deliver<QList<BatchApprovalOutcome>>(result, done, [](const QJsonObject& body) {
            return parseItems(body, &BatchApprovalOutcome::fromJson);
        });
    });
}

void StaffSession::rejectClaim(ClaimId id, const QString& reason, Callback<Done> done)
{
    const QString trimmed = reason.trimmed();
    if (refuseBadText(trimmed, u"reason"_s, u"reason-invalid"_s,
                      tr("Give a reason of 3 to 500 characters; the resident will read it."), done))
        return;
    post("POST", u"/v1/claims/%1/reject"_s.arg(id.value()), {{u"reason"_s, trimmed}},
         [this, done](const ApiResult& result) {
             deliver<Done>(result, done, [](const QJsonObject&) -> Result<Done> { return Done{}; });
         });
}

void StaffSession::searchResidents(const QString& query, Callback<QList<ResidentSummary>> done)
{
    QUrlQuery parameters;
    if (!query.trimmed().isEmpty())
        parameters.addQueryItem(u"q"_s, query.trimmed());
    get(u"/v1/residents"_s, parameters, [this, done](const ApiResult& result) {
        deliver<QList<ResidentSummary>>(result, done, [](const QJsonObject& body) {
            return parseItems(body, &ResidentSummary::fromJson);
        });
    });
}

void StaffSession::registerResident(const QString& displayName, const QString& neighbourhood, const QString& pin,
                                    Callback<PassCard> done)
{
    post("POST", u"/v1/residents"_s,
         {{u"displayName"_s, displayName.trimmed()}, {u"neighbourhood"_s, neighbourhood.trimmed()}, {u"pin"_s, pin}},
         [this, done](const ApiResult& result) { deliver<PassCard>(result, done, &parsePassCard); });
}

void StaffSession::fetchResident(ResidentId id, Callback<ResidentDetails> done)
{
    get(u"/v1/residents/%1"_s.arg(id.value()), {}, [this, done](const ApiResult& result) {
        deliver<ResidentDetails>(result, done, &ResidentDetails::fromJson);
    });
}

void StaffSession::resetPin(ResidentId id, const QString& pin, Callback<Done> done)
{
    post("POST", u"/v1/residents/%1/pin"_s.arg(id.value()), {{u"pin"_s, pin}}, [this, done](const ApiResult& result) {
        deliver<Done>(result, done, [](const QJsonObject&) -> Result<Done> { return Done{}; });
    });
}

void StaffSession::blockResident(ResidentId id, const QString& reason, Callback<Done> done)
{
    post("POST", u"/v1/residents/%1/block"_s.arg(id.value()), {{u"reason"_s, reason.trimmed()}},
         [this, done](const ApiResult& result) {
             deliver<Done>(result, done, [](const QJsonObject&) -> Result<Done> { return Done{}; });
         });
}

void StaffSession::unblockResident(ResidentId id, Callback<Done> done)
{
    post("POST", u"/v1/residents/%1/unblock"_s.arg(id.value()), {}, [this, done](const ApiResult& result) {
        deliver<Done>(result, done, [](const QJsonObject&) -> Result<Done> { return Done{}; });
    });
}

void StaffSession::unlockResident(ResidentId id, Callback<Done> done)
{
    post("POST", u"/v1/residents/%1/unlock"_s.arg(id.value()), {}, [this, done](const ApiResult& result) {
        deliver<Done>(result, done, [](const QJsonObject&) -> Result<Done> { return Done{}; });
    });
}

void StaffSession::newPassCard(ResidentId id, Callback<PassCard> done)
{
    post("POST", u"/v1/residents/%1/pass"_s.arg(id.value()), {}, [this, done](const ApiResult& result) {
        deliver<PassCard>(result, done, &parsePassCard);
    });
}

} // namespace buurtmunt
