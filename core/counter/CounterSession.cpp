// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "CounterSession.h"

#include "core/counter/CounterTodayModel.h"
#include "core/counter/PayoutModel.h"
#include "core/domain/Clock.h"
#include "core/domain/VoucherManualCode.h"
#include "core/domain/VoucherToken.h"
#include "core/net/ApiClient.h"
#include "core/net/ApiJob.h"
#include "core/net/ApiResult.h"
#include "core/store/LocalStore.h"
#include "core/sync/OutboxSender.h"

#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {

const QString RedemptionsPath = u"/v1/redemptions"_s;

bool isToken(const QString& text)
{
    if (text.size() != CounterSession::TokenLength)
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QDateTime instant(const QJsonValue& value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toUTC() : QDateTime();
}

QString wireInstant(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

CounterSession::CounterSession(ApiClient* api, LocalStore* store, Enrolment enrolment, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store)
    , m_enrolment(std::move(enrolment))
    , m_sender(new OutboxSender(api, store, this))
    , m_todayModel(new CounterTodayModel(this))
    , m_payoutModel(new PayoutModel(this))
{
    qRegisterMetaType<ScanOutcome>();
    m_probeTimer.setInterval(ProbeInterval);
    connect(&m_probeTimer, &QTimer::timeout, this, &CounterSession::probe);
    connect(m_sender, &OutboxSender::operationSent, this, &CounterSession::onQueuedSent);
    connect(m_sender, &OutboxSender::operationRefused, this, &CounterSession::onQueuedRefused);
    connect(m_sender, &OutboxSender::operationDeferred, this, [this](qint64, const Error& error) {
        if (error.code == u"network"_s || error.code == u"timeout"_s || error.code == u"tls"_s)
            setOnline(false);
    });
    connect(m_sender, &OutboxSender::storeFailed, this, &CounterSession::refreshFailed);

    if (const Result<int> count = m_store->consecutiveOffline(); count)
        m_consecutiveOffline = *count;
    reloadQueue();
}

CounterSession::~CounterSession() = default;

QDate CounterSession::localToday()
{
    // Expiry days and "today" are the municipality's calendar, not the PC's.
    static const QTimeZone amsterdam("Europe/Amsterdam");
    return Clock::instance().nowUtc().toTimeZone(amsterdam).date();
}

void CounterSession::setProbeInterval(std::chrono::milliseconds interval)
{
    m_probeTimer.setInterval(interval);
}

void CounterSession::setRetryPolicy(const RetryPolicy& policy)
{
    m_sender->setRetryPolicy(policy);
}

void CounterSession::start()
{
    m_started = true;
    refresh();
    m_sender->start();
    updateProbeTimer();
}

void CounterSession::refresh()
{
    // A refresh asked for while one is under way ends with the later reads.
    m_pendingReads += 4;
    fetchDevice(true);
    fetchShop(true);
    fetchToday(true);
    fetchPayouts(true);
}

void CounterSession::maybeFinishRefresh(bool counted)
{
    if (counted && m_pendingReads > 0 && --m_pendingReads == 0)
        Q_EMIT refreshed();
}

void CounterSession::fetchDevice(bool counted)
{
    ApiJob* job = m_api->get(u"/v1/device"_s);
    connect(job, &ApiJob::finished, this, [this, counted](const ApiResult& result) {
        noteAnswer(result);
        if (result.ok()) {
            applyDeviceAnswer(result.body.object());
        } else if (result.httpStatus != 0) {
            Q_EMIT refreshFailed(*result.error);
        }
        maybeFinishRefresh(counted);
    });
}

void CounterSession::applyDeviceAnswer(const QJsonObject& answer)
{
    Result<Enrolment> fresh = Enrolment::fromEnrolResponse(answer, m_enrolment.serverUrl, m_enrolment.fingerprint);
    if (!fresh) {
        Q_EMIT refreshFailed(fresh.error());
        return;
    }
    // Keys rotate and the municipality may switch offline acceptance; both
    // must survive a restart without network.
    const bool policyChanged = fresh->offlinePolicy != m_enrolment.offlinePolicy;
    m_enrolment.voucherKeys = fresh->voucherKeys;
    m_enrolment.offlinePolicy = fresh->offlinePolicy;
    m_enrolment.deviceName = fresh->deviceName;
    if (const Status saved = m_store->saveEnrolment(m_enrolment); !saved)
        Q_EMIT refreshFailed(saved.error());
    if (policyChanged)
        Q_EMIT this->policyChanged();
}

void CounterSession::fetchShop(bool counted)
{
    ApiJob* job = m_api->get(u"/v1/shop"_s);
    connect(job, &ApiJob::finished, this, [this, counted](const ApiResult& result) {
        noteAnswer(result);
        if (result.ok()) {
            Result<ShopSummary> shop = ShopSummary::fromJson(result.body.object());
            if (!shop) {
                Q_EMIT refreshFailed(shop.error());
            } else if (*shop != m_shop) {
                m_shop = *shop;
                Q_EMIT shopChanged();
            }
        } else if (result.httpStatus != 0) {
            Q_EMIT refreshFailed(*result.error);
        }
        maybeFinishRefresh(counted);
    });
}

void CounterSession::fetchToday(bool counted)
{
    ApiJob* job = m_api->get(u"/v1/shop/redemptions"_s);
    connect(job, &ApiJob::finished, this, [this, counted](const ApiResult& result) {
        noteAnswer(result);
        if (result.ok()) {
            QList<CounterRedemption> items;
            const QJsonArray array = result.body.object().value(u"items"_s).toArray();
            for (const QJsonValue& value : array) {
                Result<CounterRedemption> item = CounterRedemption::fromJson(value.toObject());
                if (!item) {
                    Q_EMIT refreshFailed(item.error());
                    continue;
                }
                items.append(*item);
            }
            m_serverToday = items;
            rebuildToday();
        } else if (result.httpStatus != 0) {
            Q_EMIT refreshFailed(*result.error);
        }
        maybeFinishRefresh(counted);
    });
}

void CounterSession::fetchPayouts(bool counted)
{
    ApiJob* job = m_api->get(u"/v1/shop/payouts"_s);
    connect(job, &ApiJob::finished, this, [this, counted](const ApiResult& result) {
        noteAnswer(result);
        if (result.ok()) {
            QList<Payout> items;
            const QJsonArray array = result.body.object().value(u"items"_s).toArray();
            for (const QJsonValue& value : array) {
                Result<Payout> item = Payout::fromJson(value.toObject());
                if (!item) {
                    Q_EMIT refreshFailed(item.error());
                    continue;
                }
                items.append(*item);
            }
            m_payoutModel->setPayouts(items);
        } else if (result.httpStatus != 0) {
            Q_EMIT refreshFailed(*result.error);
        }
        maybeFinishRefresh(counted);
    });
}

void CounterSession::noteAnswer(const ApiResult& result)
{
    if (result.httpStatus != 0) {
        setOnline(true);
        // The server answered, so the run of offline acceptances is over.
        if (m_consecutiveOffline != 0) {
            m_consecutiveOffline = 0;
            if (const Status saved = m_store->setConsecutiveOffline(0); !saved)
                Q_EMIT refreshFailed(saved.error());
        }
        return;
    }
    if (result.error && result.error->code != u"cancelled"_s)
        noteNoAnswer();
}

void CounterSession::noteNoAnswer()
{
    setOnline(false);
}

void CounterSession::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    updateProbeTimer();
    Q_EMIT onlineChanged(online);
}

void CounterSession::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void CounterSession::updateProbeTimer()
{
    const bool needed = m_started && (!m_online || m_queuedCount > 0);
    if (needed && !m_probeTimer.isActive())
        m_probeTimer.start();
    else if (!needed)
        m_probeTimer.stop();
}

bool CounterSession::submitCode(const QString& text, ScanSource source)
{
    if (m_busy)
        return false;
    const QString code = text.trimmed();
    if (code.isEmpty())
        return false;
    // The slip stays in front of the lens after its outcome; only a new
    // code, or the same one after a pause, is a new scan.
    if (source == ScanSource::Camera && code == m_lastCameraText && m_lastCameraOutcome.isValid()
        && m_lastCameraOutcome.elapsed() < CameraRepeatWindow.count())
        return false;

    setBusy(true);
    m_busyText = code;
    m_busySource = source;

    ScanOutcome draft;
    draft.source = source;
    draft.kind = ScanOutcome::Refused;

    if (isToken(code)) {
        checkToken(code, draft, true);
        return true;
    }

    const Result<VoucherManualCode> manual = VoucherManualCode::parse(code);
    if (!manual) {
        draft.refusal = u"not-a-voucher"_s;
        draft.reason = manual.error().code;
        draft.message = manual.error().message;
        finishScan(draft);
        return true;
    }
    redeemOnline({}, manual->toString(), draft);
    return true;
}

void CounterSession::checkToken(const QString& token, ScanOutcome draft, bool mayFetchKeys)
{
    QHash<quint16, QByteArray> keys;
    for (auto it = m_enrolment.voucherKeys.cbegin(); it != m_enrolment.voucherKeys.cend(); ++it)
        keys.insert(quint16(it.key()), it.value());
    const Result<VoucherClaims> claims = VoucherCodec::decode(token, keys, localToday());
    if (!claims && claims.error().code == u"unknown-key"_s && mayFetchKeys) {
        // The server may have started signing with a new key since this
        // counter last asked; one look at the device answer settles it.
        const std::chrono::milliseconds previous = m_api->timeout();
        m_api->setTimeout(m_redeemTimeout);
        ApiJob* job = m_api->get(u"/v1/device"_s);
        m_api->setTimeout(previous);
        connect(job, &ApiJob::finished, this, [this, token, draft](const ApiResult& result) {
            noteAnswer(result);
            if (result.ok())
                applyDeviceAnswer(result.body.object());
            checkToken(token, draft, false);
        });
        return;
    }
    if (!claims) {
        // What the code claims to be, so the shopkeeper sees which slip it was.
        if (const Result<VoucherClaims> said = VoucherCodec::inspect(token); said) {
            draft.amount = said->amount;
            draft.voucherId = said->voucherIdHex();
            draft.expiresOn = said->expiryDay;
        }
        if (claims.error().code == u"expired"_s) {
            draft.refusal = u"expired"_s;
        } else {
            draft.refusal = u"forged"_s;
            draft.reason = claims.error().code;
        }
        draft.message = claims.error().message;
        finishScan(draft);
        return;
    }
    draft.amount = claims->amount;
    draft.voucherId = claims->voucherIdHex();
    draft.expiresOn = claims->expiryDay;
    redeemOnline(token, {}, draft);
}

void CounterSession::finishScan(ScanOutcome outcome)
{
    if (outcome.source == ScanSource::Camera) {
        m_lastCameraText = m_busyText;
        m_lastCameraOutcome.start();
    }
    m_busyText.clear();
    setBusy(false);
    Q_EMIT this->outcome(outcome);
}

void CounterSession::redeemOnline(const QString& token, const QString& manualCode, ScanOutcome draft)
{
    QJsonObject body;
    if (!token.isEmpty())
        body.insert(u"token"_s, token);
    else
        body.insert(u"manualCode"_s, manualCode);
    // The shopkeeper and customer are waiting: after a few seconds the
    // offline rules decide instead of the server.
    const std::chrono::milliseconds previous = m_api->timeout();
    m_api->setTimeout(m_redeemTimeout);
    ApiJob* job = m_api->send("POST", RedemptionsPath, body, ApiClient::newIdempotencyKey());
    m_api->setTimeout(previous);
    connect(job, &ApiJob::finished, this,
            [this, draft, token](const ApiResult& result) { onRedeemAnswer(result, draft, token); });
}

void CounterSession::onRedeemAnswer(const ApiResult& result, ScanOutcome draft, const QString& token)
{
    noteAnswer(result);
    if (result.ok()) {
        Result<CounterRedemption> redemption = CounterRedemption::fromJson(result.body.object());
        draft.kind = ScanOutcome::Accepted;
        if (redemption) {
            draft.amount = redemption->amount;
            draft.voucherId = redemption->voucherId;
            draft.redeemedAt = redemption->at;
            if (const Status saved = m_store->recordCounterVoucher(*redemption); !saved)
                Q_EMIT refreshFailed(saved.error());
            m_serverToday.prepend(*redemption);
            rebuildToday();
        } else {
            // The server did take it; only its description is odd.
            draft.message = redemption.error().message;
        }
        finishScan(draft);
        fetchShop(false);
        fetchToday(false);
        return;
    }
    if (result.httpStatus != 0) {
        finishScan(refusalFromAnswer(result, draft));
        return;
    }
    if (result.error && result.error->code == u"certificate-mismatch"_s) {
        // Not an outage but somebody else answering: never accept on that.
        draft.refusal = u"certificate-mismatch"_s;
        draft.message = result.error->message;
        finishScan(draft);
        return;
    }
    draft.message = result.error ? result.error->message : QString();
    if (token.isEmpty()) {
        // A typed code proves nothing by itself; only the server can say.
        draft.refusal = u"needs-network"_s;
        finishScan(draft);
        return;
    }
    acceptOffline(token, draft);
}

ScanOutcome CounterSession::refusalFromAnswer(const ApiResult& result, ScanOutcome draft)
{
    const QJsonObject problem = result.body.object();
    draft.kind = ScanOutcome::Refused;
    draft.refusal = result.error ? result.error->code : u"http-%1"_s.arg(result.httpStatus);
    draft.message = result.error ? result.error->message : QString();
    draft.reason = problem.value(u"reason"_s).toString();
    if (const QDateTime at = instant(problem.value(u"redeemedAt"_s)); at.isValid())
        draft.redeemedAt = at;
    if (problem.value(u"redeemedHere"_s).isBool())
        draft.redeemedHere = problem.value(u"redeemedHere"_s).toBool();
    if (const QDate day = QDate::fromString(problem.value(u"expiresOn"_s).toString(), Qt::ISODate); day.isValid())
        draft.expiresOn = day;
    if (const QJsonValue amount = problem.value(u"amountCents"_s); amount.isDouble())
        draft.amount = Coins(amount.toInteger());
    return draft;
}

void CounterSession::acceptOffline(const QString& token, ScanOutcome draft)
{
    const OfflinePolicy& policy = m_enrolment.offlinePolicy;
    if (!policy.enabled) {
        draft.refusal = u"needs-network"_s;
        finishScan(draft);
        return;
    }
    if (draft.amount > policy.floorLimit) {
        draft.refusal = u"over-floor-limit"_s;
        finishScan(draft);
        return;
    }
    if (m_consecutiveOffline >= policy.maxConsecutive) {
        draft.refusal = u"offline-limit-reached"_s;
        finishScan(draft);
        return;
    }
    CounterRedemption redemption;
    redemption.voucherId = draft.voucherId;
    redemption.amount = draft.amount;
    redemption.offlineAcceptedAt = Clock::instance().nowUtc();
    redemption.at = redemption.offlineAcceptedAt;
    redemption.shopName = m_shop.name;
    redemption.state = CounterRedemption::State::Queued;
    const QJsonObject body{{u"token"_s, token}, {u"offlineAcceptedAt"_s, wireInstant(redemption.offlineAcceptedAt)}};
    const Result<qint64> queued = m_store->queueOfflineRedemption(redemption, RedemptionsPath, body);
    if (!queued) {
        draft.refusal = queued.error().code == u"already-redeemed-here"_s ? u"already-redeemed-here"_s
                                                                          : u"store-error"_s;
        draft.message = queued.error().message;
        finishScan(draft);
        return;
    }
    ++m_consecutiveOffline;
    draft.kind = ScanOutcome::AcceptedOffline;
    draft.offlineAcceptedAt = redemption.offlineAcceptedAt;
    draft.refusal.clear();
    reloadQueue();
    updateProbeTimer();
    finishScan(draft);
}

void CounterSession::onQueuedSent(qint64 outboxId, const QJsonDocument& response)
{
    noteAnswer(ApiResult{200, {}, {}, {}, std::nullopt, std::nullopt});
    Result<CounterRedemption> redemption = CounterRedemption::fromJson(response.object());
    const qint64 redemptionId = redemption ? redemption->id : 0;
    if (const Status saved =
            m_store->settleQueuedRedemption(outboxId, CounterRedemption::State::Confirmed, redemptionId, {});
        !saved)
        Q_EMIT refreshFailed(saved.error());
    reloadQueue();
    if (redemption)
        Q_EMIT queuedRedemptionConfirmed(*redemption);
    fetchShop(false);
    fetchToday(false);
}

void CounterSession::onQueuedRefused(qint64 outboxId, const Problem& problem)
{
    if (problem.status != 0)
        noteAnswer(ApiResult{problem.status, {}, {}, {}, std::nullopt, std::nullopt});
    if (const Status saved =
            m_store->settleQueuedRedemption(outboxId, CounterRedemption::State::Refused, 0, problem.type);
        !saved)
        Q_EMIT refreshFailed(saved.error());
    ScanOutcome refused;
    refused.kind = ScanOutcome::Refused;
    refused.source = ScanSource::Scanner;
    refused.refusal = problem.type;
    refused.message = problem.message();
    const QList<CounterRedemption> before = m_localRedemptions;
    for (const CounterRedemption& item : before) {
        if (item.outboxId == outboxId) {
            refused.voucherId = item.voucherId;
            refused.amount = item.amount;
            refused.offlineAcceptedAt = item.offlineAcceptedAt;
        }
    }
    reloadQueue();
    Q_EMIT queuedRedemptionRefused(refused);
}

void CounterSession::reloadQueue()
{
    // Queued acceptances from earlier days stay visible until the server had them.
    const QDateTime since = QDateTime(localToday(), QTime(0, 0), QTimeZone("Europe/Amsterdam")).toUTC();
    Result<QList<CounterRedemption>> rows = m_store->counterRedemptions(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC));
    if (!rows) {
        Q_EMIT refreshFailed(rows.error());
        return;
    }
    QList<CounterRedemption> local;
    int queued = 0;
    for (const CounterRedemption& row : std::as_const(*rows)) {
        if (row.state == CounterRedemption::State::Queued)
            ++queued;
        if (row.state == CounterRedemption::State::Queued || row.at >= since)
            local.append(row);
    }
    m_localRedemptions = local;
    rebuildToday();
    if (queued != m_queuedCount) {
        m_queuedCount = queued;
        updateProbeTimer();
        Q_EMIT queueChanged(queued);
    }
}

void CounterSession::rebuildToday()
{
    QList<CounterRedemption> rows = m_serverToday;
    QSet<QString> seen;
    for (const CounterRedemption& row : std::as_const(rows))
        seen.insert(row.voucherId);
    for (const CounterRedemption& row : std::as_const(m_localRedemptions)) {
        if (!seen.contains(row.voucherId)) {
            rows.append(row);
            seen.insert(row.voucherId);
        }
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const CounterRedemption& a, const CounterRedemption& b) { return a.at > b.at; });
    m_todayModel->setRedemptions(rows);
}

void CounterSession::probe()
{
    if (m_probing)
        return;
    m_probing = true;
    ApiJob* job = m_api->get(u"/v1/shop"_s);
    connect(job, &ApiJob::finished, this, [this](const ApiResult& result) {
        m_probing = false;
        noteAnswer(result);
        if (result.httpStatus == 0)
            return;
        if (result.ok()) {
            if (Result<ShopSummary> shop = ShopSummary::fromJson(result.body.object()); shop && *shop != m_shop) {
                m_shop = *shop;
                Q_EMIT shopChanged();
            }
        }
        if (m_queuedCount > 0) {
            if (const Status rescheduled = m_store->rescheduleOutbox(Clock::instance().nowUtc()); !rescheduled)
                Q_EMIT refreshFailed(rescheduled.error());
            m_sender->sendDue();
        }
        updateProbeTimer();
    });
}

} // namespace buurtmunt
