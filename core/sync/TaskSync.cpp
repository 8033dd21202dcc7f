// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TaskSync.h"

#include "core/domain/Clock.h"
#include "core/domain/Task.h"
#include "core/net/ApiClient.h"
#include "core/store/LocalStore.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {
// A server that keeps saying hasMore would otherwise keep us here forever.
constexpr int MaxPagesPerSync = 1000;
} // namespace

TaskSync::TaskSync(ApiClient* api, LocalStore* store, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { syncNow(); });
}

void TaskSync::start(std::chrono::milliseconds interval)
{
    m_interval = interval;
    m_running = true;
    // If a sync is already under way, its end schedules the next one.
    syncNow();
}

void TaskSync::stop()
{
    m_running = false;
    m_timer.stop();
    m_nextSync = {};
}

void TaskSync::scheduleNext(std::chrono::milliseconds delay)
{
    if (!m_running)
        return;
    m_nextSync = Clock::instance().nowUtc().addMSecs(delay.count());
    m_timer.start(delay);
}

bool TaskSync::syncNow()
{
    if (m_syncing)
        return false;
    m_timer.stop();
    Result<SyncState> state = m_store->syncState();
    if (!state) {
        // Reported like any failed sync, so the screen shows it and the
        // poller backs off.
        Q_EMIT syncStarted();
        fail(state.error());
        return true;
    }
    m_state = std::move(state).value();
    m_syncing = true;
    m_pages = 0;
    m_changed = 0;
    Q_EMIT syncStarted();
    requestPage(true);
    return true;
}

void TaskSync::requestPage(bool firstPage)
{
    QUrlQuery query;
    if (!m_state.cursor.isEmpty())
        query.addQueryItem(u"since"_s, m_state.cursor);
    if (m_pageLimit > 0)
        query.addQueryItem(u"limit"_s, QString::number(m_pageLimit));
    // Only the first page can be "unchanged"; later pages follow a cursor the
    // server just handed out.
    QByteArray ifNoneMatch;
    if (firstPage && !m_state.cursor.isEmpty())
        ifNoneMatch = !m_state.etag.isEmpty() ? m_state.etag : '"' + m_state.cursor.toUtf8() + '"';
    ApiJob* job = m_api->get(u"/v1/tasks"_s, query, ifNoneMatch);
    const quint64 serial = ++m_requestSerial;
    connect(job, &ApiJob::finished, this, &TaskSync::onPage);
    // A job destroyed without an answer (its ApiClient went away) must not
    // leave the sync "running" forever. Deferred: the client is mid-destruction.
    connect(job, &QObject::destroyed, this, [this, serial] {
        QTimer::singleShot(0, this, [this, serial] {
            if (m_syncing && serial == m_requestSerial)
                fail({u"cancelled"_s, tr("The task sync was cancelled before the server answered.")});
        });
    });
}

void TaskSync::onPage(const ApiResult& result)
{
    ++m_pages;
    if (!result.ok()) {
        // A cursor the server no longer knows (its database was restored, say)
        // is not worth failing over: start again from a full listing, once.
        if (result.error->code == u"invalid-cursor"_s && m_pages == 1 && !m_state.cursor.isEmpty()) {
            m_state.cursor.clear();
            m_state.etag.clear();
            m_pages = 0;
            requestPage(true);
            return;
        }
        fail(*result.error);
        return;
    }
    if (result.notModified()) {
        succeed();
        return;
    }
    const QJsonObject body = result.body.object();
    const QJsonValue items = body.value(u"items"_s);
    const QJsonValue cursor = body.value(u"cursor"_s);
    if (!items.isArray() || !(cursor.isString() || cursor.isDouble())) {
        fail({u"bad-response"_s, tr("The server's task list lacks “items” or “cursor”.")});
        return;
    }
    QList<Task> tasks;
    const QJsonArray array = items.toArray();
    tasks.reserve(array.size());
    for (const QJsonValue& item : array) {
        Result<Task> task = Task::fromJson(item.toObject());
        if (!task) {
            fail({u"bad-response"_s, tr("The server sent a task this app cannot read: %1").arg(task.error().message)});
            return;
        }
        tasks.append(std::move(task).value());
    }
    if (const Result<int> stored = m_store->upsertTasks(tasks); !stored) {
        fail(stored.error());
        return;
    }
    m_changed += int(tasks.size());
    m_state.cursor = cursor.isString() ? cursor.toString() : QString::number(cursor.toInteger());
    m_state.etag = result.etag;
    // Saved per page, so an interrupted multi-page sync resumes where it stopped.
    if (const Status saved = m_store->saveSyncState(m_state); !saved) {
        fail(saved.error());
        return;
    }
    if (body.value(u"hasMore"_s).toBool()) {
        if (m_pages >= MaxPagesPerSync) {
            fail({u"bad-response"_s, tr("The server kept announcing more tasks after %1 pages.").arg(m_pages)});
            return;
        }
        requestPage(false);
        return;
    }
    succeed();
}

void TaskSync::succeed()
{
    const QDateTime now = Clock::instance().nowUtc();
    m_state.lastSuccess = now;
    if (const Status saved = m_store->saveSyncState(m_state); !saved) {
        fail(saved.error());
        return;
    }
    m_syncing = false;
    m_failures = 0;
    scheduleNext(m_interval);
    Q_EMIT syncFinished(now, m_changed);
}

void TaskSync::fail(const Error& error)
{
    m_syncing = false;
    const int attempt = m_failures++;
    scheduleNext(m_retryPolicy.delayFor(attempt));
    Q_EMIT syncFailed(error);
}

} // namespace buurtmunt
