// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/counter/CounterRedemption.h"
#include "core/domain/Result.h"
#include "core/domain/Task.h"
#include "core/net/Problem.h"
#include "core/store/Enrolment.h"
#include "core/store/OutboxItem.h"
#include "core/store/SyncState.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class QSqlQuery;

namespace buurtmunt {

// The desktop app's own SQLite file (<dataDir>/client.sqlite): its enrolment,
// the published tasks, where the sync left off, and the outbox of mutations
// not yet confirmed by the server. Every statement is checked; failures come
// back as errors with code "store-error" naming the file and the operation.
//
// One connection per LocalStore, used from the thread that opened it.
class LocalStore final {
public:
    static constexpr int SchemaVersion = 2;

    explicit LocalStore(QString dataDir);
    ~LocalStore();
    LocalStore(const LocalStore&) = delete;
    LocalStore& operator=(const LocalStore&) = delete;

    // Creates the directory and file if needed and migrates the schema.
    Status open();
    bool isOpen() const { return m_db.isOpen(); }
    QString databasePath() const { return m_path; }
    Result<int> schemaVersion() const;

    Status saveEnrolment(const Enrolment& enrolment);
    // nullopt when this profile is not enrolled.
    Result<std::optional<Enrolment>> enrolment() const;

    // Stores what the server sent in one transaction: published tasks are
    // inserted or updated (an older version never overwrites a newer one),
    // tasks in any other status are removed. Returns how many rows changed.
    Result<int> upsertTasks(const QList<Task>& tasks);
    // Ordered by title.
    Result<QList<Task>> publishedTasks() const;
    Result<int> taskCount() const;

    Result<SyncState> syncState() const;
    Status saveSyncState(const SyncState& state);

    // Persists an operation before it is sent; an empty key gets a fresh one.
    Result<qint64> enqueue(const QByteArray& method, const QString& path, const QJsonObject& body,
                           const QString& idempotencyKey = {});
    // Pending operations whose next attempt is not after `now`, oldest first.
    Result<QList<OutboxItem>> due(const QDateTime& now) const;
    Result<std::optional<OutboxItem>> outboxItem(qint64 id) const;
    Result<QList<OutboxItem>> outboxItems(OutboxItem::State state) const;
    // The earliest next attempt of any pending operation; nullopt if none.
    Result<std::optional<QDateTime>> nextOutboxAttempt() const;
    // Every pending operation becomes due at `at`: the server answered again,
    // so waiting out the retry backoff would only delay the queue.
    Status rescheduleOutbox(const QDateTime& at);
    Status markSent(qint64 id);
    Status markFailed(qint64 id, int attempts, const QDateTime& nextAttempt, const QString& error);
    Status markRefused(qint64 id, const Problem& problem);

    // The counter's local guard (table counter_vouchers): every voucher this
    // counter accepted, online or offline, so it never takes one twice even
    // when the server cannot say so.
    Result<bool> hasCounterVoucher(const QString& voucherId) const;
    // An online redemption the server confirmed; a second call for the same
    // voucher is harmless.
    Status recordCounterVoucher(const CounterRedemption& redemption);
    // An offline acceptance in one transaction: the guard row, the queued
    // POST under its own idempotency key and the consecutive-offline count
    // (+1). Fails with "already-redeemed-here" if the guard has the voucher.
    // Returns the outbox id.
    Result<qint64> queueOfflineRedemption(const CounterRedemption& redemption, const QString& path,
                                          const QJsonObject& body);
    // The queued redemption's fate: Confirmed (with the server's id) or
    // Refused (with the problem slug).
    Status settleQueuedRedemption(qint64 outboxId, CounterRedemption::State state, qint64 redemptionId,
                                  const QString& refusal);
    // Guard rows accepted at or after `since`, newest first.
    Result<QList<CounterRedemption>> counterRedemptions(const QDateTime& since) const;
    // Offline acceptances since the server last answered; survives a restart.
    Result<int> consecutiveOffline() const;
    Status setConsecutiveOffline(int count);

    // Un-enrolment: forget the server, tasks, sync state and outbox.
    Status wipe();

private:
    Status migrate();
    Status exec(const QString& sql, const char* what);
    Status exec(QSqlQuery& query, const char* what) const;
    Status begin();
    Status commit();
    void rollback();
    Error storeError(const QString& what, const QString& details) const;
    Status updateOutbox(qint64 id, QSqlQuery& query, const char* what);
    static OutboxItem outboxFromQuery(const QSqlQuery& query);

    QString m_dataDir;
    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace buurtmunt
