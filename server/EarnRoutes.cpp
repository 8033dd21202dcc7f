// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "EarnRoutes.h"

#include "core/domain/Clock.h"
#include "core/domain/Crypto.h"
#include "server/AuditLog.h"
#include "server/ClaimRules.h"
#include "server/ClaimService.h"
#include "server/JsonBody.h"
#include "server/LedgerService.h"
#include "server/ResidentLogin.h"
#include "server/SessionService.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

namespace {

const QStringList kKiosk{u"kiosk"_s};
constexpr int kMaxBatch = 200;

QString instant(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

ApiResponse residentLogin(RequestContext& context)
{
    JsonBody body(context.body);
    const QString pass = body.requiredString(u"pass"_s, 1, 64);
    const QString pin = body.requiredString(u"pin"_s, 1, 12);
    if (!body.ok())
        return body.problem();
    auto outcome = ResidentLogin::attempt(context.db, pass, pin, context.caller.deviceId, context.request.requestId);
    if (!outcome)
        return ApiResponse::fromError(outcome.error());
    const ResidentLogin::Outcome& login = outcome.value();
    if (!login.ok) {
        ApiResponse refused = ApiResponse::fromError({login.refusal, login.message});
        QJsonObject members;
        if (login.refusal == u"pin-wrong"_s)
            members.insert(u"attemptsLeft"_s, login.attemptsLeft);
        if (login.lockedUntil)
            members.insert(u"lockedUntil"_s, instant(*login.lockedUntil));
        return members.isEmpty() ? refused : ApiResponse::withProblemMembers(refused, members);
    }
    auto session = SessionService::open(context.db, SessionKind::Resident, login.residentId, context.caller.deviceId);
    if (!session)
        return ApiResponse::fromError(session.error());
    const Session& opened = session.value().session;
    return ApiResponse::json(201, QJsonObject{
        {u"token"_s, session.value().token},
        {u"displayName"_s, login.displayName},
        {u"neighbourhood"_s, login.neighbourhood},
        {u"idleTimeoutSeconds"_s, opened.idleTimeoutMs / 1000},
        {u"expiresAt"_s, instant(QDateTime::fromMSecsSinceEpoch(opened.expiresAt, Qt::UTC))},
    });
}

ApiResponse endSession(RequestContext& context)
{
    if (Status ended = SessionService::end(context.db, context.caller.sessionToken); !ended)
        return ApiResponse::fromError(ended.error());
    return ApiResponse::text(204, {}, {});
}

ApiResponse me(RequestContext& context)
{
    const qint64 residentId = *context.caller.residentId;
    auto rules = ClaimRules::load(context.db);
    if (!rules)
        return ApiResponse::fromError(rules.error());
    auto earnings = ClaimService::earnings(context.db, residentId, rules.value(), Clock::instance().todayUtc());
    if (!earnings)
        return ApiResponse::fromError(earnings.error());
    auto who = execSql(context.db, u"SELECT display_name, neighbourhood FROM residents WHERE id = ?"_s, {residentId});
    if (!who)
        return ApiResponse::fromError(who.error());
    if (!who.value().next())
        return ApiResponse::fromError({u"resident-not-found"_s, u"The logged-in resident no longer exists."_s});
    QJsonObject answer = earnings.value().toJson(Clock::instance().nowUtc());
    answer.insert(u"displayName"_s, who.value().value(0).toString());
    answer.insert(u"neighbourhood"_s, who.value().value(1).toString());
    return ApiResponse::json(200, answer);
}

ApiResponse myClaims(RequestContext& context)
{
    auto claims = ClaimService::findForResident(context.db, *context.caller.residentId);
    if (!claims)
        return ApiResponse::fromError(claims.error());
    QJsonArray items;
    for (const ClaimService::Claim& claim : claims.value())
        items.append(claim.toJson());
    return ApiResponse::json(200, QJsonObject{{u"items"_s, items}});
}

ApiResponse myTransactions(RequestContext& context)
{
    auto account = LedgerService::account(context.db, AccountKind::Resident, *context.caller.residentId);
    if (!account)
        return ApiResponse::fromError(account.error());
    auto history = LedgerService::history(context.db, account.value(), 200);
    if (!history)
        return ApiResponse::fromError(history.error());
    QJsonArray items;
    for (const LedgerService::Movement& movement : history.value())
        items.append(movement.toJson());
    return ApiResponse::json(200, QJsonObject{{u"items"_s, items}, {u"asOf"_s, instant(Clock::instance().nowUtc())}});
}

ApiResponse createClaim(RequestContext& context)
{
    JsonBody body(context.body);
    const qint64 taskId = body.requiredInteger(u"taskId"_s, 1, std::numeric_limits<qint32>::max());
    if (!body.ok())
        return body.problem();
    CapCheck cap;
    auto claim = ClaimService::claim(context.db, *context.caller.residentId, taskId, context.caller.deviceId,
                                     context.request.requestId, &cap);
    if (!claim) {
        ApiResponse refused = ApiResponse::fromError(claim.error());
        if (claim.error().code != u"earnings-cap"_s)
            return refused;
        return ApiResponse::withProblemMembers(refused, QJsonObject{
            {u"remainingYearCents"_s, cap.remainingYear.cents()},
            {u"remainingMonthCents"_s, cap.remainingMonth.cents()},
            {u"maxRewardForTimeCents"_s, cap.maxRewardForTime.cents()},
            {u"capRule"_s, cap.reason},
        });
    }
    return ApiResponse::json(201, claim.value().toJson());
}

ApiResponse changeClaim(RequestContext& context, bool submit)
{
    JsonBody body(context.body);
    const QString note = submit ? body.optionalString(u"note"_s, 500).value_or(QString()) : QString();
    if (!body.ok())
        return body.problem();
    const std::optional<qint64> id = context.request.pathId();
    if (!id)
        return ApiResponse::fromError({u"claim-not-found"_s, u"\"%1\" is not a claim id."_s
                                                                  .arg(context.request.pathParams.value(u"id"_s))});
    auto claim = submit ? ClaimService::submit(context.db, *context.caller.residentId, *id, note, context.request.requestId)
                        : ClaimService::release(context.db, *context.caller.residentId, *id, context.request.requestId);
    if (!claim)
        return ApiResponse::fromError(claim.error());
    return ApiResponse::json(200, claim.value().toJson());
}

ApiResponse staffLogin(RequestContext& context)
{
    JsonBody body(context.body);
    const QString username = body.requiredString(u"username"_s, 1, 64);
    const QString password = body.requiredString(u"password"_s, 1, 256);
    if (!body.ok())
        return body.problem();
    auto found = execSql(context.db, u"SELECT id, display_name, password_hash, roles, disabled_at FROM staff WHERE username = ?"_s,
                         {username});
    if (!found)
        return ApiResponse::fromError(found.error());
    QSqlQuery& q = found.value();
    const bool known = q.next();
    // The same refusal for an unknown name, a wrong password and a disabled
    // account, so names cannot be probed; each failure is audited.
    if (!known || !q.value(4).isNull() || !crypto::verifySecret(q.value(2).toString(), password)) {
        AuditEntry entry;
        entry.actor = context.caller.actor();
        entry.deviceId = context.caller.deviceId;
        entry.requestId = context.request.requestId;
        entry.action = u"staff.login-failed"_s;
        entry.object = u"staff-username:"_s + username;
        if (Status audited = AuditLog::append(context.db, entry); !audited)
            return ApiResponse::fromError(audited.error());
        return ApiResponse::fromError({u"login-failed"_s, u"The name or password is wrong."_s});
    }
    const qint64 staffId = q.value(0).toLongLong();
    const QString displayName = q.value(1).toString();
    const QStringList roles = q.value(3).toString().split(u',', Qt::SkipEmptyParts);
    auto session = SessionService::open(context.db, SessionKind::Staff, staffId, context.caller.deviceId);
    if (!session)
        return ApiResponse::fromError(session.error());
    AuditEntry entry;
    entry.actor = u"staff:%1"_s.arg(staffId);
    entry.deviceId = context.caller.deviceId;
    entry.requestId = context.request.requestId;
    entry.action = u"staff.login"_s;
    entry.object = u"staff:%1"_s.arg(staffId);
    if (Status audited = AuditLog::append(context.db, entry); !audited)
        return ApiResponse::fromError(audited.error());
    const Session& opened = session.value().session;
    return ApiResponse::json(201, QJsonObject{
        {u"token"_s, session.value().token},
        {u"staffId"_s, staffId},
        {u"displayName"_s, displayName},
        {u"roles"_s, QJsonArray::fromStringList(roles)},
        {u"idleTimeoutSeconds"_s, opened.idleTimeoutMs / 1000},
        {u"expiresAt"_s, instant(QDateTime::fromMSecsSinceEpoch(opened.expiresAt, Qt::UTC))},
    });
}

ApiResponse reviewQueue(RequestContext& context)
{
    // Claims past their window leave the queue before staff see it.
    if (auto expired = ClaimService::expireDue(context.db, Clock::instance().nowUtc()); !expired)
        return ApiResponse::fromError(expired.error());
    auto queue = ClaimService::reviewQueue(context.db);
    if (!queue)
        return ApiResponse::fromError(queue.error());
    QJsonArray items;
    for (const ClaimService::ReviewItem& item : queue.value()) {
        items.append(QJsonObject{
            {u"claimId"_s, item.claimId},
            {u"taskId"_s, item.taskId},
            {u"taskTitle"_s, item.taskTitle},
            {u"residentId"_s, item.residentId},
            {u"residentName"_s, item.residentName},
            {u"rewardCents"_s, item.reward.cents()},
            {u"estimatedMinutes"_s, item.estimatedMinutes},
            {u"note"_s, item.note},
            {u"submittedAt"_s, instant(item.submittedAt)},
            {u"firstApproverId"_s, item.firstApproverId ? QJsonValue(*item.firstApproverId) : QJsonValue()},
            {u"needsTwoApprovers"_s, item.needsTwoApprovers},
        });
    }
    return ApiResponse::json(200, QJsonObject{{u"items"_s, items}});
}

ApiResponse decideClaim(RequestContext& context, bool approve)
{
    JsonBody body(context.body);
    const QString reason = approve ? QString() : body.requiredString(u"reason"_s, 3, 500);
    if (!body.ok())
        return body.problem();
    const std::optional<qint64> id = context.request.pathId();
    if (!id)
        return ApiResponse::fromError({u"claim-not-found"_s, u"\"%1\" is not a claim id."_s
                                                                  .arg(context.request.pathParams.value(u"id"_s))});
    if (approve) {
        auto approval = ClaimService::approve(context.db, *id, *context.caller.staffId, context.request.requestId);
        if (!approval)
            return ApiResponse::fromError(approval.error());
        return ApiResponse::json(200, QJsonObject{{u"claim"_s, approval.value().claim.toJson()},
                                                  {u"needsSecondApprover"_s, approval.value().needsSecondApprover}});
    }
    auto rejected = ClaimService::reject(context.db, *id, *context.caller.staffId, reason, context.request.requestId);
    if (!rejected)
        return ApiResponse::fromError(rejected.error());
    return ApiResponse::json(200, rejected.value().toJson());
}

ApiResponse approveBatch(RequestContext& context)
{
    JsonBody body(context.body);
    const QList<qint64> ids = body.requiredIntegerList(u"claimIds"_s, 1, kMaxBatch, 1, std::numeric_limits<qint64>::max() / 2);
    if (!body.ok())
        return body.problem();
    auto outcomes = ClaimService::approveBatch(context.db, ids, *context.caller.staffId, context.request.requestId);
    if (!outcomes)
        return ApiResponse::fromError(outcomes.error());
    QJsonArray items;
    for (const ClaimService::BatchOutcome& outcome : outcomes.value()) {
        QJsonObject item{{u"claimId"_s, outcome.claimId}};
        switch (outcome.kind) {
        case ClaimService::BatchOutcome::Kind::Approved:
            item.insert(u"outcome"_s, u"approved"_s);
            break;
        case ClaimService::BatchOutcome::Kind::NeedsSecondApprover:
            item.insert(u"outcome"_s, u"needs-second-approver"_s);
            break;
        case ClaimService::BatchOutcome::Kind::Refused: {
            item.insert(u"outcome"_s, u"refused"_s);
            // The same problem object a single approval would have answered.
            const ApiResponse refused = ApiResponse::fromError(outcome.error);
            item.insert(u"problem"_s, QJsonDocument::fromJson(refused.body).object());
            break;
        }
        }
        if (outcome.claim)
            item.insert(u"claim"_s, outcome.claim->toJson());
        items.append(item);
    }
    return ApiResponse::json(200, QJsonObject{{u"items"_s, items}});
}

ApiResponse toolboxPickup(RequestContext& context)
{
    JsonBody body(context.body);
    const QString code = body.requiredString(u"code"_s, 1, 32);
    if (!body.ok())
        return body.problem();
    auto pickup = ClaimService::pickup(context.db, code, context.caller.actor(), context.request.requestId);
    if (!pickup) {
        // An unknown code and a mistyped one get the same answer: codes
        // cannot be probed for which ones exist.
        if (pickup.error().code == u"claim-not-found"_s)
            return ApiResponse::fromError({u"toolbox-code-invalid"_s, pickup.error().message});
        return ApiResponse::fromError(pickup.error());
    }
    return ApiResponse::json(200, QJsonObject{{u"claim"_s, pickup.value().claim.toJson()},
                                              {u"firstPickup"_s, pickup.value().firstPickup}});
}

Route kioskRoute(QByteArray method, QString pattern, Handler handler, SessionNeed session)
{
    return makeRoute(std::move(method), std::move(pattern), Access::Device, kKiosk, std::move(handler), session);
}

Route staffRoute(QByteArray method, QString pattern, Handler handler, SessionNeed session, QStringList staffRoles = {})
{
    Route route = makeRoute(std::move(method), std::move(pattern), Access::Device, {u"staff"_s}, std::move(handler), session);
    route.staffRoles = std::move(staffRoles);
    return route;
}

} // namespace

void registerReviewRoutes(Router& router)
{
    Route login = staffRoute("POST", u"/v1/staff-sessions"_s, staffLogin, SessionNeed::None);
    login.commitRefusals = true;  // a failed login stays in the audit log
    router.add(login);
    router.add(staffRoute("GET", u"/v1/review-queue"_s, reviewQueue, SessionNeed::Staff, {u"approver"_s}));
    router.add(staffRoute("POST", u"/v1/claims/{id}/approve"_s,
                          [](RequestContext& context) { return decideClaim(context, true); }, SessionNeed::Staff,
                          {u"approver"_s}));
    router.add(staffRoute("POST", u"/v1/claims/approve-batch"_s, approveBatch, SessionNeed::Staff, {u"approver"_s}));
    router.add(staffRoute("POST", u"/v1/claims/{id}/reject"_s,
                          [](RequestContext& context) { return decideClaim(context, false); }, SessionNeed::Staff,
                          {u"approver"_s}));
}

void registerResidentRoutes(Router& router)
{
    Route login = kioskRoute("POST", u"/v1/resident-sessions"_s, residentLogin, SessionNeed::None);
    login.commitRefusals = true;  // a wrong PIN is counted even though the login is refused
    router.add(login);
    Route logout = kioskRoute("DELETE", u"/v1/sessions/current"_s, endSession, SessionNeed::Any);
    logout.roles = {u"kiosk"_s, u"staff"_s};
    router.add(logout);
    router.add(kioskRoute("GET", u"/v1/me"_s, me, SessionNeed::Resident));
    router.add(kioskRoute("GET", u"/v1/me/claims"_s, myClaims, SessionNeed::Resident));
    router.add(kioskRoute("GET", u"/v1/me/transactions"_s, myTransactions, SessionNeed::Resident));
    router.add(kioskRoute("POST", u"/v1/claims"_s, createClaim, SessionNeed::Resident));
    router.add(kioskRoute("POST", u"/v1/claims/{id}/submit"_s,
                          [](RequestContext& context) { return changeClaim(context, true); }, SessionNeed::Resident));
    router.add(kioskRoute("POST", u"/v1/claims/{id}/release"_s,
                          [](RequestContext& context) { return changeClaim(context, false); }, SessionNeed::Resident));
    // At the community centre's desk or its kiosk, where the toolbox is
    // handed out: the claim slip's code is enough, nobody logs in.
    Route pickup = kioskRoute("POST", u"/v1/toolbox-pickups"_s, toolboxPickup, SessionNeed::None);
    pickup.roles = {u"kiosk"_s, u"staff"_s};
    router.add(pickup);
}

} // namespace buurtmunt::server
