// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "OutboxSender.h"

#include "core/domain/Clock.h"
#include "core/net/ApiClient.h"
#include "core/store/LocalStore.h"

using namespace Qt::StringLiterals;

namespace buurtmunt {

OutboxSender::OutboxSender(ApiClient* api, LocalStore* store, QObject* parent)
    : QObject(parent)
    , m_api(api)
    , m_store(store)
{
    m_wakeUp.setSingleShot(true);
    connect(&m_wakeUp, &QTimer::timeout, this, &OutboxSender::sendDue);
}

void OutboxSender::start()
{
    m_running = true;
    sendDue();
}

void OutboxSender::stop()
{
    m_running = false;
    m_wakeUp.stop();
}

void OutboxSender::sendDue()
{
    if (m_sending)
        return;
    m_wakeUp.stop();
    m_sending = true;
    sendNext();
}

void OutboxSender::sendNext()
{
    // Strictly first in, first out: a later operation may depend on an
    // earlier one (cancel after create), so nothing overtakes a waiting head.
    const Result<QList<OutboxItem>> pending = m_store->outboxItems(OutboxItem::State::Pending);
    if (!pending) {
        Q_EMIT storeFailed(pending.error());
        endRound();
        return;
    }
    if (pending->isEmpty() || pending->first().nextAttempt > Clock::instance().nowUtc()) {
        endRound();
        return;
    }
    const OutboxItem item = pending->first();
    ApiJob* job = m_api->send(item.method, item.path, item.body, item.idempotencyKey);
    const quint64 serial = ++m_requestSerial;
    connect(job, &ApiJob::finished, this, [this, item](const ApiResult& result) {
        ++m_requestSerial;  // answered: the job's later destruction means nothing
        onResult(item, result);
    });
    // A job destroyed without an answer (its ApiClient went away): the
    // operation stays pending as it was, and the round ends.
    connect(job, &QObject::destroyed, this, [this, serial] {
        QTimer::singleShot(0, this, [this, serial] {
            if (m_sending && serial == m_requestSerial)
                endRound();
        });
    });
}

void OutboxSender::onResult(const OutboxItem& item, const ApiResult& result)
{
    if (result.ok()) {
        if (const Status marked = m_store->markSent(item.id); !marked) {
            // The server has it; the replay on the next round returns the
            // stored answer thanks to the idempotency key.
            Q_EMIT storeFailed(marked.error());
            endRound();
            return;
        }
        Q_EMIT operationSent(item.id, result.body);
        sendNext();
        return;
    }

    if (result.isTransient()) {
        const int attempts = item.attempts + 1;
        const QDateTime next = Clock::instance().nowUtc().addMSecs(m_retryPolicy.delayFor(attempts - 1).count());
        const QString reason = result.error ? result.error->message : QString();
        if (const Status marked = m_store->markFailed(item.id, attempts, next, reason); !marked)
            Q_EMIT storeFailed(marked.error());
        Q_EMIT operationDeferred(item.id, *result.error, next);
        // The server is unreachable or failing: the rest of the queue would
        // fare no better and must not overtake this one anyway.
        endRound();
        return;
    }

    Problem problem = result.problem.value_or(Problem{});
    if (!result.problem) {
        problem.type = result.error->code;
        problem.title = result.error->message;
        problem.status = result.httpStatus;
        problem.requestId = result.requestId;
    }
    if (const Status marked = m_store->markRefused(item.id, problem); !marked) {
        Q_EMIT storeFailed(marked.error());
        endRound();
        return;
    }
    Q_EMIT operationRefused(item.id, problem);
    sendNext();
}

void OutboxSender::endRound()
{
    m_sending = false;
    if (m_running) {
        const Result<QList<OutboxItem>> pending = m_store->outboxItems(OutboxItem::State::Pending);
        if (pending && !pending->isEmpty()) {
            const qint64 wait = Clock::instance().nowUtc().msecsTo(pending->first().nextAttempt);
            // A head that is still due here means the store failed: breathe first.
            m_wakeUp.start(std::chrono::milliseconds(wait > 0 ? wait : 1000));
        }
    }
    Q_EMIT idle();
}

} // namespace buurtmunt
