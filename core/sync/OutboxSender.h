// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Result.h"
#include "core/net/Problem.h"
#include "core/net/RetryPolicy.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QObject>
#include <QTimer>

namespace buurtmunt {

class ApiClient;
class LocalStore;
struct ApiResult;
struct OutboxItem;

// Delivers the outbox of the local store, oldest first, each operation with
// the idempotency key it was given when it was queued, so a retry after a lost
// answer can never apply it twice. Network trouble and server errors (5xx)
// are retried along the RetryPolicy; the schedule lives in the store and so
// survives a restart. A refusal (4xx) is final and is always announced
// through operationRefused(), never dropped silently.
class OutboxSender final : public QObject {
    Q_OBJECT

public:
    OutboxSender(ApiClient* api, LocalStore* store, QObject* parent = nullptr);

    // Sends what is due now and wakes up by itself when the next one is due.
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // Call after enqueueing, or to retry now; a round under way is extended.
    void sendDue();
    bool isSending() const { return m_sending; }
    void setRetryPolicy(const RetryPolicy& policy) { m_retryPolicy = policy; }

Q_SIGNALS:
    void operationSent(qint64 outboxId, const QJsonDocument& response);
    void operationRefused(qint64 outboxId, const buurtmunt::Problem& problem);
    void operationDeferred(qint64 outboxId, const buurtmunt::Error& error, const QDateTime& nextAttempt);
    // The local store itself failed; the operation stays queued.
    void storeFailed(const buurtmunt::Error& error);
    // A round ended: nothing is due right now (later retries may be pending).
    void idle();

private:
    void sendNext();
    void onResult(const OutboxItem& item, const ApiResult& result);
    void endRound();

    ApiClient* m_api;
    LocalStore* m_store;
    RetryPolicy m_retryPolicy;
    QTimer m_wakeUp;
    bool m_running = false;
    bool m_sending = false;
    quint64 m_requestSerial = 0;
};

} // namespace buurtmunt
