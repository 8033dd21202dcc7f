// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ResidentSession.h"

#include "ResidentClaimsModel.h"
#include "ResidentHistoryModel.h"
#include "ResidentTransaction.h"
#include "ResidentVoucherModel.h"
#include "core/domain/PassToken.h"
#include "core/net/ApiClient.h"
#include "core/net/ApiJob.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace buurtmunt {

ResidentSession::ResidentSession(ApiClient* api, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_claims(new ResidentClaimsModel(this))
    , m_history(new ResidentHistoryModel(this))
    , m_vouchers(new ResidentVoucherModel(this))
{
}

ResidentSession::~ResidentSession()
{
    if (m_api && m_api->hasSessionToken())
        m_api->clearSessionToken();
}

void ResidentSession::setRetryPolicy(int retries, std::chrono::milliseconds firstDelay)
{
    m_retries = retries;
    m_retryDelay = firstDelay;
}

QString ResidentSession::firstName() const
{
    return m_displayName.section(u' ', 0, 0, QString::SectionSkipEmpty);
}

QString ResidentSession::keyFor(const QString& action)
{
    auto it = m_actionKeys.find(action);
    if (it == m_actionKeys.end())
        it = m_actionKeys.insert(action, ApiClient::newIdempotencyKey());
    return it.value();
}

void ResidentSession::changeBusy(int delta)
{
    const bool was = isBusy();
    m_busy = std::max(0, m_busy + delta);
    if (was != isBusy())
        emit busyChanged(isBusy());
}

void ResidentSession::sendAction(const QByteArray& method, const QString& path, const QJsonObject& body,
                                 const QString& action, Handler done)
{
    const QString key = keyFor(action);
    changeBusy(+1);
    sendAttempt(method, path, body, key, 0, m_generation,
                [this, action, done = std::move(done)](const ApiResult& result) {
                    changeBusy(-1);
                    // A considered answer (success or refusal) ends the action;
                    // after a network failure the next tap is the same action.
                    if (!result.isTransient())
                        m_actionKeys.remove(action);
                    done(result);
                });
}

void ResidentSession::sendAttempt(const QByteArray& method, const QString& path, const QJsonObject& body,
                                  const QString& key, int attempt, quint64 generation, Handler done)
{
    ApiJob* job = m_api->send(method, path, body, key);
    connect(job, &ApiJob::finished, this,
            [=, this](const ApiResult& result) {
                if (generation != m_generation)
                    return;  // the visitor has gone; so has their request
                if (result.isTransient() && attempt < m_retries) {
                    QTimer::singleShot(m_retryDelay * (1 << attempt), this, [=, this] {
                        if (generation == m_generation)
                            sendAttempt(method, path, body, key, attempt + 1, generation, done);
                    });
                    return;
                }
                done(result);
            });
}

void ResidentSession::fetch(const QString& path, Handler done)
{
    fetchAttempt(path, 0, m_generation, std::move(done));
}

void ResidentSession::fetchAttempt(const QString& path, int attempt, quint64 generation, Handler done)
{
    ApiJob* job = m_api->get(path);
    connect(job, &ApiJob::finished, this, [=, this](const ApiResult& result) {
        if (generation != m_generation)
            return;
        if (result.isTransient() && attempt < m_retries) {
            QTimer::singleShot(m_retryDelay * (1 << attempt), this, [=, this] {
                if (generation == m_generation)
                    fetchAttempt(path, attempt + 1, generation, done);
            });
            return;
        }
        done(result);
    });
}

bool ResidentSession::endedByServer(const ApiResult& result)
{
    if (!m_loggedIn || result.httpStatus != 401)
        return false;
    const QString code = result.error ? result.error->code : QString();
    if (code != u"session-invalid"_s && code != u"session-expired"_s)
        return false;
    wipe();
    emit loggedOut(LogoutReason::Server);
    return true;
}

void ResidentSession::login(const QString& pass, const QString& pin)
{
    if (m_loggedIn)
        wipe();
    const auto token = PassToken::parse(pass);
    if (!token) {
        emit loginFailed(LoginRefusal{token.error(), std::nullopt, std::nullopt});
        return;
    }
    if (pin.isEmpty() || pin.size() > 12 || std::any_of(pin.cbegin(), pin.cend(), [](QChar c) { return !c.isDigit(); })) {
        emit loginFailed(LoginRefusal{Error{u"pin-invalid"_s, tr("A PIN is made of digits only.")}, std::nullopt,
                                      std::nullopt});
        return;
    }
    ++m_generation;
    m_api->clearSessionToken();
    // A different pass or PIN is a different action; the same one tapped again
    // after a network failure is not. Only a digest is kept as the action name.
    const QString action = u"login:"_s
        + QString::fromLatin1(QCryptographicHash::hash((token->toString() + u'\n' + pin).toUtf8(),
                                                       QCryptographicHash::Sha256).toHex());
    sendAction("POST", u"/v1/resident-sessions"_s, {{u"pass"_s, token->toString()}, {u"pin"_s, pin}}, action,
               [this](const ApiResult& result) {
                   if (!result.ok()) {
                       LoginRefusal refusal{*result.error, std::nullopt, std::nullopt};
                       const QJsonObject problem = result.body.object();
                       if (problem.contains(u"attemptsLeft"_s))
                           refusal.attemptsLeft = problem.value(u"attemptsLeft"_s).toInt();
                       const QDateTime until = QDateTime::fromString(problem.value(u"lockedUntil"_s).toString(),
                                                                     Qt::ISODate);
                       if (until.isValid())
                           refusal.lockedUntil = until.toUTC();
                       emit loginFailed(refusal);
                       return;
                   }
                   const QJsonObject answer = result.body.object();
                   const QString token = answer.value(u"token"_s).toString();
                   if (token.isEmpty()) {
                       emit loginFailed(LoginRefusal{Error{u"bad-response"_s,
                                                           tr("The server did not send a session. Please try again.")},
                                                     std::nullopt, std::nullopt});
                       return;
                   }
                   m_api->setSessionToken(token);
                   m_loggedIn = true;
                   m_displayName = answer.value(u"displayName"_s).toString();
                   m_neighbourhood = answer.value(u"neighbourhood"_s).toString();
                   const int idle = answer.value(u"idleTimeoutSeconds"_s).toInt();
                   m_idleTimeout = std::chrono::seconds(idle > 0 ? idle : 90);
                   m_expiresAt = QDateTime::fromString(answer.value(u"expiresAt"_s).toString(), Qt::ISODate).toUTC();
                   emit loggedIn();
                   refresh();
               });
}

void ResidentSession::refresh()
{
    if (!m_loggedIn)
        return;
    if (m_refreshing) {
        // What is on its way may predate the change that asked for this one.
        m_refreshAgain = true;
        return;
    }
    m_refreshing = true;
    m_refreshAgain = false;
    changeBusy(+1);
    // One after the other: three at once gain the resident nothing they would
    // notice and make the server's session bookkeeping contend with itself.
    const auto step = [this](const ApiResult& result, const std::function<std::optional<Error>()>& apply) {
        if (endedByServer(result))
            return false;
        const std::optional<Error> problem = result.ok() ? apply() : result.error;
        if (!problem)
            return true;
        m_refreshing = false;
        m_refreshAgain = false;
        changeBusy(-1);
        emit actionFailed(*problem);
        return false;
    };
    fetch(u"/v1/me"_s, [this, step](const ApiResult& me) {
        const bool ok = step(me, [&]() -> std::optional<Error> {
            auto earnings = Earnings::fromJson(me.body.object());
            if (!earnings)
                return earnings.error();
            m_earnings = earnings.value();
            if (!m_earnings.displayName.isEmpty())
                m_displayName = m_earnings.displayName;
            return std::nullopt;
        });
        if (!ok)
            return;
        fetch(u"/v1/me/claims"_s, [this, step](const ApiResult& claimsAnswer) {
            const bool ok = step(claimsAnswer, [&]() -> std::optional<Error> {
                QList<ResidentClaim> claims;
                for (const QJsonValue& item : claimsAnswer.body.object().value(u"items"_s).toArray()) {
                    auto claim = ResidentClaim::fromJson(item.toObject());
                    if (!claim)
                        return claim.error();
                    claims.append(claim.value());
                }
                m_claims->setClaims(std::move(claims));
                return std::nullopt;
            });
            if (!ok)
                return;
            fetch(u"/v1/me/transactions"_s, [this, step](const ApiResult& history) {
                const bool ok = step(history, [&]() -> std::optional<Error> {
                    QList<ResidentTransaction> items;
                    for (const QJsonValue& item : history.body.object().value(u"items"_s).toArray()) {
                        auto transaction = ResidentTransaction::fromJson(item.toObject());
                        if (!transaction)
                            return transaction.error();
                        items.append(transaction.value());
                    }
                    m_history->setTransactions(std::move(items));
                    return std::nullopt;
                });
                if (!ok)
                    return;
                m_refreshing = false;
                changeBusy(-1);
                emit updated();
                if (m_refreshAgain)
                    refresh();
            });
        });
    });
}

void ResidentSession::claim(qint64 taskId)
{
    if (!m_loggedIn)
        return;
    sendAction("POST", u"/v1/claims"_s, {{u"taskId"_s, taskId}}, u"claim:%1"_s.arg(taskId),
               [this, taskId](const ApiResult& result) {
                   if (endedByServer(result))
                       return;
                   if (!result.ok()) {
                       ClaimRefusal refusal{TaskId(taskId), *result.error, std::nullopt, std::nullopt};
                       const QJsonObject problem = result.body.object();
                       if (problem.value(u"remainingYearCents"_s).isDouble())
                           refusal.remainingYearCents = problem.value(u"remainingYearCents"_s).toInteger();
                       if (problem.value(u"remainingMonthCents"_s).isDouble())
                           refusal.remainingMonthCents = problem.value(u"remainingMonthCents"_s).toInteger();
                       emit claimRefused(refusal);
                       return;
                   }
                   auto claim = ResidentClaim::fromJson(result.body.object());
                   if (!claim) {
                       emit claimRefused(ClaimRefusal{TaskId(taskId), claim.error(), std::nullopt, std::nullopt});
                       return;
                   }
                   m_claims->upsert(claim.value());
                   emit claimed(claim.value());
                   refresh();
               });
}

void ResidentSession::claimChanged(const ApiResult& result, bool wasSubmit)
{
    if (endedByServer(result))
        return;
    if (!result.ok()) {
        emit actionFailed(*result.error);
        return;
    }
    auto claim = ResidentClaim::fromJson(result.body.object());
    if (!claim) {
        emit actionFailed(claim.error());
        return;
    }
    m_claims->upsert(claim.value());
    if (wasSubmit)
        emit submitted(claim.value());
    else
        emit released(claim.value());
    refresh();
}

void ResidentSession::submit(qint64 claimId, const QString& note)
{
    if (!m_loggedIn)
        return;
    const QString trimmed = note.trimmed();
    if (trimmed.size() > 500) {
        emit actionFailed(Error{u"note-too-long"_s,
                                tr("The note is %1 characters long; at most 500 fit.").arg(trimmed.size())});
        return;
    }
    const QString action = u"submit:%1:"_s.arg(claimId)
        + QString::fromLatin1(QCryptographicHash::hash(trimmed.toUtf8(), QCryptographicHash::Sha256).toHex());
    sendAction("POST", u"/v1/claims/%1/submit"_s.arg(claimId), {{u"note"_s, trimmed}}, action,
               [this](const ApiResult& result) { claimChanged(result, true); });
}

void ResidentSession::release(qint64 claimId)
{
    if (!m_loggedIn)
        return;
    sendAction("POST", u"/v1/claims/%1/release"_s.arg(claimId), {}, u"release:%1"_s.arg(claimId),
               [this](const ApiResult& result) { claimChanged(result, false); });
}

VoucherRefusal ResidentSession::voucherRefusal(const ApiResult& result, const QString& voucherId) const
{
    VoucherRefusal refusal{*result.error, voucherId, std::nullopt, std::nullopt, QString()};
    const QJsonObject problem = result.body.object();
    if (problem.value(u"balanceCents"_s).isDouble())
        refusal.balanceCents = problem.value(u"balanceCents"_s).toInteger();
    if (problem.value(u"maxOpen"_s).isDouble())
        refusal.maxOpen = problem.value(u"maxOpen"_s).toInt();
    refusal.status = problem.value(u"status"_s).toString();
    return refusal;
}

void ResidentSession::makeVoucher(Coins amount)
{
    if (!m_loggedIn)
        return;
    // The token holds the amount in 32 bits of cents.
    constexpr qint64 largestCents = 4294967295;
    if (amount.cents() <= 0 || amount.cents() > largestCents) {
        emit voucherRefused(VoucherRefusal{
            Error{u"invalid-amount"_s,
                  amount.cents() <= 0 ? tr("Choose an amount above zero for the voucher.")
                                      : tr("A voucher can hold at most 42,949,672.95 coins.")},
            QString(), std::nullopt, std::nullopt, QString()});
        return;
    }
    sendAction("POST", u"/v1/vouchers"_s, {{u"amountCents"_s, amount.cents()}},
               u"voucher:%1"_s.arg(amount.cents()), [this](const ApiResult& result) {
                   if (endedByServer(result))
                       return;
                   if (!result.ok()) {
                       emit voucherRefused(voucherRefusal(result, QString()));
                       // The server knows a balance the kiosk did not: show it.
                       if (result.error->code == u"insufficient-balance"_s)
                           refresh();
                       return;
                   }
                   auto voucher = ResidentVoucher::fromJson(result.body.object());
                   if (!voucher) {
                       // Made on the server but unreadable here: the list and
                       // balance from the server are the truth to show.
                       emit voucherRefused(VoucherRefusal{voucher.error(), QString(), std::nullopt, std::nullopt,
                                                          QString()});
                       refreshVouchers();
                       refresh();
                       return;
                   }
                   m_vouchers->upsert(voucher.value());
                   emit voucherMade(voucher.value());
                   refresh();
               });
}

void ResidentSession::refreshVouchers()
{
    if (!m_loggedIn)
        return;
    changeBusy(+1);
    fetch(u"/v1/me/vouchers"_s, [this](const ApiResult& result) {
        changeBusy(-1);
        if (endedByServer(result))
            return;
        if (!result.ok()) {
            emit actionFailed(*result.error);
            return;
        }
        QList<ResidentVoucher> vouchers;
        for (const QJsonValue& item : result.body.object().value(u"items"_s).toArray()) {
            auto voucher = ResidentVoucher::fromJson(item.toObject());
            if (!voucher) {
                emit actionFailed(voucher.error());
                return;
            }
            vouchers.append(voucher.value());
        }
        m_vouchers->setVouchers(std::move(vouchers));
        emit vouchersUpdated();
    });
}

void ResidentSession::cancelVoucher(const QString& voucherId)
{
    if (!m_loggedIn)
        return;
    if (m_vouchers->rowOf(voucherId) < 0) {
        emit voucherRefused(VoucherRefusal{Error{u"voucher-not-found"_s, tr("That voucher is not in your list.")},
                                           voucherId, std::nullopt, std::nullopt, QString()});
        return;
    }
    sendAction("POST", u"/v1/vouchers/%1/cancel"_s.arg(voucherId), {}, u"cancel-voucher:"_s + voucherId,
               [this, voucherId](const ApiResult& result) {
                   if (endedByServer(result))
                       return;
                   if (!result.ok()) {
                       const VoucherRefusal refusal = voucherRefusal(result, voucherId);
                       // Spent, expired or gone: it is no longer the resident's to cancel.
                       if (refusal.isNotIssued() || refusal.error.code == u"voucher-not-found"_s)
                           m_vouchers->remove(voucherId);
                       emit voucherRefused(refusal);
                       if (refusal.isNotIssued())
                           refresh();
                       return;
                   }
                   auto voucher = ResidentVoucher::fromJson(result.body.object());
                   m_vouchers->remove(voucherId);
                   if (!voucher) {
                       emit actionFailed(voucher.error());
                       refreshVouchers();
                   } else {
                       emit voucherCancelled(voucher.value());
                   }
                   refresh();
               });
}

void ResidentSession::logout(LogoutReason reason)
{
    const bool wasLoggedIn = m_loggedIn;
    if (wasLoggedIn && m_api->hasSessionToken()) {
        // The request carries the session header from the moment it is made,
        // so the token can be forgotten right after; nobody waits for the answer.
        ApiJob* job = m_api->send("DELETE", u"/v1/sessions/current"_s, {}, ApiClient::newIdempotencyKey());
        connect(job, &ApiJob::finished, job, [](const ApiResult&) {});
    }
    wipe();
    if (wasLoggedIn)
        emit loggedOut(reason);
}

void ResidentSession::wipe()
{
    ++m_generation;
    m_api->clearSessionToken();
    m_loggedIn = false;
    m_claims->clear();
    m_history->clear();
    m_vouchers->clear();
    m_earnings = Earnings();
    m_displayName = QString();
    m_neighbourhood = QString();
    m_expiresAt = QDateTime();
    m_actionKeys = QHash<QString, QString>();
    m_refreshing = false;
    if (m_busy > 0) {
        m_busy = 0;
        emit busyChanged(false);
    }
}

} // namespace buurtmunt
