// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ClaimRefusal.h"
#include "Earnings.h"
#include "LoginRefusal.h"
#include "ResidentClaim.h"
#include "ResidentVoucher.h"
#include "VoucherRefusal.h"
#include "core/domain/Coins.h"
#include "core/net/ApiResult.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

namespace buurtmunt {

class ApiClient;
class ResidentClaimsModel;
class ResidentHistoryModel;
class ResidentVoucherModel;

// A resident's visit to the kiosk, from pass + PIN to logout: the session
// token, the earnings, claims and coin history, and the actions on them.
// Everything stays in memory; wipe() forgets all of it (also when the server
// cannot be reached), so the next visitor finds nothing of this one.
//
// Every mutation gets one Idempotency-Key per person's action: an automatic
// retry after a network failure, or the same tap again, reuses it, so a
// claim can never be made twice by a flaky connection.
class ResidentSession final : public QObject {
    Q_OBJECT

public:
    enum class LogoutReason { User, Idle, Expired, Server };
    Q_ENUM(LogoutReason)

    explicit ResidentSession(ApiClient* api, QObject* parent = nullptr);
    ~ResidentSession() override;

    bool isLoggedIn() const { return m_loggedIn; }
    // A login or an action is on its way; the kiosk keeps its buttons still.
    bool isBusy() const { return m_busy > 0; }
    QString displayName() const { return m_displayName; }
    // What the header greets with: the first word of the display name.
    QString firstName() const;
    QString neighbourhood() const { return m_neighbourhood; }
    std::chrono::seconds idleTimeout() const { return m_idleTimeout; }
    QDateTime expiresAt() const { return m_expiresAt; }
    // Invalid until the first refresh after login.
    const Earnings& earnings() const { return m_earnings; }
    QDateTime lastRefreshed() const { return m_earnings.asOf; }
    ResidentClaimsModel* claimsModel() const { return m_claims; }
    ResidentHistoryModel* historyModel() const { return m_history; }
    // Unused vouchers; filled by refreshVouchers() and kept current by
    // makeVoucher() and cancelVoucher().
    ResidentVoucherModel* vouchersModel() const { return m_vouchers; }

    // Retries of transient failures (no answer, 5xx) before giving up; the
    // delay doubles from `retryDelay`. Tests shorten it.
    void setRetryPolicy(int retries, std::chrono::milliseconds firstDelay);

public Q_SLOTS:
    // `pass` as typed or scanned; checked locally first so a typo is named
    // without asking the server (and without counting as a wrong PIN).
    void login(const QString& pass, const QString& pin);
    // Earnings, claims and history; updated() when all three arrived.
    void refresh();
    void claim(qint64 taskId);
    void submit(qint64 claimId, const QString& note);
    void release(qint64 claimId);
    // Coins from the balance into a voucher (held in escrow until spent,
    // cancelled or expired). An amount of zero or less, or above what a
    // voucher can hold, is refused here without asking the server.
    void makeVoucher(buurtmunt::Coins amount);
    void refreshVouchers();
    // The coins go back to the balance.
    void cancelVoucher(const QString& voucherId);
    // Ends the session on the server and wipes at once: the next visitor
    // must not wait for (or depend on) the server's answer.
    void logout(buurtmunt::ResidentSession::LogoutReason reason = LogoutReason::User);
    void wipe();

Q_SIGNALS:
    void loggedIn();
    void loginFailed(const buurtmunt::LoginRefusal& refusal);
    void claimed(const buurtmunt::ResidentClaim& claim);
    void claimRefused(const buurtmunt::ClaimRefusal& refusal);
    void submitted(const buurtmunt::ResidentClaim& claim);
    void released(const buurtmunt::ResidentClaim& claim);
    void voucherMade(const buurtmunt::ResidentVoucher& voucher);
    void voucherCancelled(const buurtmunt::ResidentVoucher& voucher);
    // Not made or not cancelled; the refusal says why and what would work.
    void voucherRefused(const buurtmunt::VoucherRefusal& refusal);
    void vouchersUpdated();
    // A refresh, submit or release that did not work; the message names why.
    void actionFailed(const buurtmunt::Error& error);
    void updated();
    void busyChanged(bool busy);
    void loggedOut(buurtmunt::ResidentSession::LogoutReason reason);

private:
    using Handler = std::function<void(const ApiResult&)>;
    void sendAction(const QByteArray& method, const QString& path, const QJsonObject& body, const QString& action,
                    Handler done);
    void sendAttempt(const QByteArray& method, const QString& path, const QJsonObject& body, const QString& key,
                     int attempt, quint64 generation, Handler done);
    void fetch(const QString& path, Handler done);
    void fetchAttempt(const QString& path, int attempt, quint64 generation, Handler done);
    QString keyFor(const QString& action);
    // True (and the session is gone) when the server no longer knows the session.
    bool endedByServer(const ApiResult& result);
    void changeBusy(int delta);
    void claimChanged(const ApiResult& result, bool submitted);
    VoucherRefusal voucherRefusal(const ApiResult& result, const QString& voucherId) const;

    ApiClient* m_api;
    ResidentClaimsModel* m_claims;
    ResidentHistoryModel* m_history;
    ResidentVoucherModel* m_vouchers;
    Earnings m_earnings;
    QString m_displayName;
    QString m_neighbourhood;
    QDateTime m_expiresAt;
    std::chrono::seconds m_idleTimeout{90};
    QHash<QString, QString> m_actionKeys;  // action -> Idempotency-Key
    // Bumped at every login and wipe: answers to an earlier visitor's
    // requests arrive into nothing.
    quint64 m_generation = 0;
    int m_busy = 0;
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    bool m_loggedIn = false;
    int m_retries = 2;
    std::chrono::milliseconds m_retryDelay{800};
};

} // namespace buurtmunt
