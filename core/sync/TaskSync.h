// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Result.h"
#include "core/net/RetryPolicy.h"
#include "core/store/SyncState.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace buurtmunt {

class ApiClient;
class ApiJob;
class LocalStore;
struct ApiResult;

// Keeps the local task list in step with the server through the delta feed
// GET /v1/tasks?since=<cursor>. An unchanged list costs one request answered
// 304. Failures back off along the RetryPolicy instead of hammering a server
// that is down; two syncs never run at once.
class TaskSync final : public QObject {
    Q_OBJECT

public:
    TaskSync(ApiClient* api, LocalStore* store, QObject* parent = nullptr);

    // Polls every `interval` (after a failure: the backoff delay) and syncs now.
    void start(std::chrono::milliseconds interval);
    void stop();
    bool isRunning() const { return m_running; }
    // Returns false (and does nothing) while a sync is already under way.
    bool syncNow();
    bool isSyncing() const { return m_syncing; }

    int consecutiveFailures() const { return m_failures; }
    // When the poller will sync next; invalid when stopped.
    QDateTime nextSync() const { return m_nextSync; }
    void setRetryPolicy(const RetryPolicy& policy) { m_retryPolicy = policy; }
    // Page size asked of the server; 0 leaves it to the server (2000).
    void setPageLimit(int limit) { m_pageLimit = limit; }

Q_SIGNALS:
    void syncStarted();
    void syncFinished(const QDateTime& at, int changedTasks);
    void syncFailed(const buurtmunt::Error& error);

private:
    void requestPage(bool firstPage);
    void onPage(const ApiResult& result);
    void succeed();
    void fail(const Error& error);
    void scheduleNext(std::chrono::milliseconds delay);

    ApiClient* m_api;
    LocalStore* m_store;
    RetryPolicy m_retryPolicy;
    QTimer m_timer;
    std::chrono::milliseconds m_interval{0};
    QDateTime m_nextSync;
    bool m_running = false;
    bool m_syncing = false;
    int m_failures = 0;
    int m_pageLimit = 0;
    int m_pages = 0;
    int m_changed = 0;
    quint64 m_requestSerial = 0;
    SyncState m_state;
};

} // namespace buurtmunt
