// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/counter/CounterRedemption.h"
#include "core/counter/OfflinePolicy.h"
#include "core/counter/ScanOutcome.h"
#include "core/counter/ShopSummary.h"
#include "core/domain/Result.h"
#include "core/net/Problem.h"
#include "core/net/RetryPolicy.h"
#include "core/store/Enrolment.h"

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>

namespace buurtmunt {

class ApiClient;
class ApiJob;
class CounterTodayModel;
class LocalStore;
class OutboxSender;
class PayoutModel;
struct ApiResult;

// The shop counter's side of a redemption. A scanned token's signature and
// expiry are checked here before the server is asked, so an altered code is
// refused even offline; the server then redeems it exactly once. When the
// server cannot be reached and the municipality allows it, small vouchers are
// accepted offline, guarded locally against a second use at this counter and
// queued for the server, which receives each exactly once.
//
// Every submitted code gets exactly one outcome(); while one is being decided
// the session is busy and ignores further codes.
class CounterSession final : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds RedeemTimeout{5000};
    static constexpr std::chrono::milliseconds CameraRepeatWindow{5000};
    static constexpr std::chrono::milliseconds ProbeInterval{15000};
    static constexpr int TokenLength = 217;

    // The store must be open and stay alive; the enrolment is this counter's.
    CounterSession(ApiClient* api, LocalStore* store, Enrolment enrolment, QObject* parent = nullptr);
    ~CounterSession() override;

    // Reads the device answer (voucher keys, offline policy), the shop, today's
    // redemptions and payouts, and starts delivering queued redemptions.
    void start();
    // The same reads again (after a payout, a new day, or on demand).
    void refresh();

    // Returns false when the code was ignored (busy, empty, or the camera
    // still seeing the slip it just reported); otherwise outcome() follows
    // exactly once, possibly before this returns for local refusals.
    bool submitCode(const QString& text, ScanSource source);

    bool isBusy() const { return m_busy; }
    // False after a request got no answer; true again on any HTTP answer.
    bool isOnline() const { return m_online; }
    OfflinePolicy policy() const { return m_enrolment.offlinePolicy; }
    const Enrolment& enrolment() const { return m_enrolment; }
    // Offline acceptances not yet confirmed by the server.
    int queuedCount() const { return m_queuedCount; }
    // Offline acceptances since the server last answered (persisted).
    int consecutiveOffline() const { return m_consecutiveOffline; }
    // Invalid (id 0) until GET /v1/shop answered once.
    ShopSummary shop() const { return m_shop; }
    CounterTodayModel* todayModel() const { return m_todayModel; }
    PayoutModel* payoutModel() const { return m_payoutModel; }
    // The municipality's calendar day (Europe/Amsterdam), for expiry.
    static QDate localToday();

    // Seams for tests.
    void setRedeemTimeout(std::chrono::milliseconds timeout) { m_redeemTimeout = timeout; }
    void setProbeInterval(std::chrono::milliseconds interval);
    void setRetryPolicy(const RetryPolicy& policy);

Q_SIGNALS:
    void outcome(const buurtmunt::ScanOutcome& outcome);
    void busyChanged(bool busy);
    void onlineChanged(bool online);
    void queueChanged(int queuedCount);
    void shopChanged();
    void policyChanged();
    // A redemption accepted offline reached the server and was confirmed.
    void queuedRedemptionConfirmed(const buurtmunt::CounterRedemption& redemption);
    // ... or refused (voucher-offline-conflict and the like): the shop took a
    // voucher that does not pay; staff see the conflict too.
    void queuedRedemptionRefused(const buurtmunt::ScanOutcome& outcome);
    // A read at start or refresh failed with an answer (e.g. device-revoked),
    // or the local store failed.
    void refreshFailed(const buurtmunt::Error& error);
    // GET /v1/shop, /redemptions and /payouts all answered after start() or refresh().
    void refreshed();

private:
    // counted: part of a refresh(), which ends with refreshed().
    void fetchDevice(bool counted);
    void fetchShop(bool counted);
    void fetchToday(bool counted);
    void fetchPayouts(bool counted);
    void noteAnswer(const ApiResult& result);
    void noteNoAnswer();
    void setOnline(bool online);
    void setBusy(bool busy);
    void finishScan(ScanOutcome outcome);
    void applyDeviceAnswer(const QJsonObject& answer);
    void checkToken(const QString& token, ScanOutcome draft, bool mayFetchKeys);
    void redeemOnline(const QString& token, const QString& manualCode, ScanOutcome draft);
    void onRedeemAnswer(const ApiResult& result, ScanOutcome draft, const QString& token);
    void acceptOffline(const QString& token, ScanOutcome draft);
    void onQueuedSent(qint64 outboxId, const QJsonDocument& response);
    void onQueuedRefused(qint64 outboxId, const Problem& problem);
    void reloadQueue();
    void rebuildToday();
    void probe();
    void updateProbeTimer();
    void maybeFinishRefresh(bool counted);
    static ScanOutcome refusalFromAnswer(const ApiResult& result, ScanOutcome draft);

    ApiClient* m_api;
    LocalStore* m_store;
    Enrolment m_enrolment;
    OutboxSender* m_sender;
    CounterTodayModel* m_todayModel;
    PayoutModel* m_payoutModel;
    ShopSummary m_shop;
    QList<CounterRedemption> m_serverToday;
    QList<CounterRedemption> m_localRedemptions;  // queued and refused-after-queue
    QTimer m_probeTimer;
    std::chrono::milliseconds m_redeemTimeout = RedeemTimeout;
    QString m_lastCameraText;
    QElapsedTimer m_lastCameraOutcome;
    int m_pendingReads = 0;
    int m_queuedCount = 0;
    int m_consecutiveOffline = 0;
    bool m_busy = false;
    bool m_online = true;
    bool m_started = false;
    bool m_probing = false;
    QString m_busyText;
    ScanSource m_busySource = ScanSource::Typed;
};

} // namespace buurtmunt
