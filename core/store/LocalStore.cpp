// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "LocalStore.h"

#include "core/domain/Clock.h"
#include "core/net/ApiClient.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {

std::atomic<int> s_connectionCounter{0};

// Each entry is one schema version; never edit an entry once released, add one.
const QList<QStringList>& migrations()
{
    static const QList<QStringList> steps{
        {
            u"CREATE TABLE enrolment ("
            " id INTEGER PRIMARY KEY CHECK (id = 1),"
            " server_url TEXT NOT NULL, fingerprint BLOB NOT NULL, device_id INTEGER NOT NULL,"
            " role TEXT NOT NULL, shop_id INTEGER, device_name TEXT NOT NULL, neighbourhood TEXT,"
            " voucher_keys TEXT NOT NULL, municipality_name TEXT NOT NULL, coin_name TEXT NOT NULL,"
            " coin_name_plural TEXT NOT NULL, euro_cents_per_coin INTEGER NOT NULL)"_s,
            u"CREATE TABLE tasks ("
            " id INTEGER PRIMARY KEY, title TEXT NOT NULL, description TEXT NOT NULL, category TEXT NOT NULL,"
            " neighbourhood TEXT NOT NULL, address TEXT NOT NULL, latitude REAL, longitude REAL,"
            " reward_cents INTEGER NOT NULL, estimated_minutes INTEGER NOT NULL, capacity INTEGER NOT NULL,"
            " slots_taken INTEGER NOT NULL, window_start TEXT, window_end TEXT, safety_notes TEXT NOT NULL,"
            " toolbox_needed INTEGER NOT NULL, status TEXT NOT NULL, version INTEGER NOT NULL,"
            " updated_at INTEGER)"_s,
            u"CREATE TABLE sync_state ("
            " id INTEGER PRIMARY KEY CHECK (id = 1), cursor TEXT NOT NULL, etag TEXT NOT NULL,"
            " last_success INTEGER)"_s,
            u"CREATE TABLE outbox ("
            " id INTEGER PRIMARY KEY AUTOINCREMENT, idempotency_key TEXT NOT NULL UNIQUE,"
            " method TEXT NOT NULL, path TEXT NOT NULL, body TEXT NOT NULL, created_at INTEGER NOT NULL,"
            " attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at INTEGER NOT NULL,"
            " last_error TEXT NOT NULL DEFAULT '', problem TEXT,"
            " state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sent', 'refused')),"
            " finished_at INTEGER)"_s,
            u"CREATE INDEX outbox_due ON outbox (state, next_attempt_at)"_s,
        },
        {
            // NULL: an enrolment saved before offline redemption existed, i.e. off.
            u"ALTER TABLE enrolment ADD COLUMN offline_policy TEXT"_s,
            u"CREATE TABLE counter_vouchers ("
            " voucher_id TEXT PRIMARY KEY, amount_cents INTEGER NOT NULL, accepted_at INTEGER NOT NULL,"
            " offline_accepted_at INTEGER, outbox_id INTEGER, redemption_id INTEGER,"
            " shop_name TEXT NOT NULL DEFAULT '',"
            " state TEXT NOT NULL CHECK (state IN ('confirmed', 'queued', 'refused')),"
            " refusal TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE INDEX counter_vouchers_accepted ON counter_vouchers (accepted_at)"_s,
            u"CREATE TABLE counter_state ("
            " id INTEGER PRIMARY KEY CHECK (id = 1), consecutive_offline INTEGER NOT NULL)"_s,
        },
    };
    return steps;
}

QString stateName(OutboxItem::State state)
{
    switch (state) {
    case OutboxItem::State::Pending:
        return u"pending"_s;
    case OutboxItem::State::Sent:
        return u"sent"_s;
    case OutboxItem::State::Refused:
        return u"refused"_s;
    }
    return u"pending"_s;
}

OutboxItem::State stateFromName(const QString& name)
{
    if (name == u"sent"_s)
        return OutboxItem::State::Sent;
    if (name == u"refused"_s)
        return OutboxItem::State::Refused;
    return OutboxItem::State::Pending;
}

QVariant msecsOrNull(const QDateTime& instant)
{
    return instant.isValid() ? QVariant(instant.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL.
QString notNull(const QString& text)
{
    return text.isNull() ? QString(u""_s) : text;
}

QDateTime instantFrom(const QVariant& value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant optionalDouble(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Double));
}

QString counterStateName(CounterRedemption::State state)
{
    switch (state) {
    case CounterRedemption::State::Confirmed:
        return u"confirmed"_s;
    case CounterRedemption::State::Queued:
        return u"queued"_s;
    case CounterRedemption::State::Refused:
        return u"refused"_s;
    }
    return u"confirmed"_s;
}

CounterRedemption::State counterStateFromName(const QString& name)
{
    if (name == u"queued"_s)
        return CounterRedemption::State::Queued;
    if (name == u"refused"_s)
        return CounterRedemption::State::Refused;
    return CounterRedemption::State::Confirmed;
}

const QString taskColumns = u"id, title, description, category, neighbourhood, address, latitude, longitude,"
                            " reward_cents, estimated_minutes, capacity, slots_taken, window_start, window_end,"
                            " safety_notes, toolbox_needed, status, version, updated_at"_s;

const QString outboxColumns = u"id, idempotency_key, method, path, body, created_at, attempts, next_attempt_at,"
                              " last_error, state, problem"_s;

} // namespace

LocalStore::LocalStore(QString dataDir)
    : m_dataDir(std::move(dataDir))
    , m_path(QDir(m_dataDir).filePath(u"client.sqlite"_s))
    , m_connectionName(u"buurtmunt-localstore-%1"_s.arg(++s_connectionCounter))
{
}

LocalStore::~LocalStore()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Error LocalStore::storeError(const QString& what, const QString& details) const
{
    return {u"store-error"_s,
            QCoreApplication::translate("LocalStore", "The local store %1 failed while %2: %3").arg(m_path, what, details)};
}

Status LocalStore::open()
{
    if (m_db.isOpen())
        return Status::success();
    if (!QDir().mkpath(m_dataDir))
        return storeError(QCoreApplication::translate("LocalStore", "creating its folder"),
                          QCoreApplication::translate("LocalStore", "cannot create %1").arg(m_dataDir));
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!m_db.open())
        return storeError(QCoreApplication::translate("LocalStore", "opening"), m_db.lastError().text());
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);

    for (const QString& pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=NORMAL"_s,
                                  u"PRAGMA foreign_keys=ON"_s}) {
        if (Status status = exec(pragma, "setting it up"); !status) {
            m_db.close();
            return status;
        }
    }
    if (Status status = migrate(); !status) {
        m_db.close();
        return status;
    }
    return Status::success();
}

Status LocalStore::exec(const QString& sql, const char* what)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return storeError(QCoreApplication::translate("LocalStore", what), query.lastError().text());
    return Status::success();
}

Status LocalStore::exec(QSqlQuery& query, const char* what) const
{
    if (!query.exec())
        return storeError(QCoreApplication::translate("LocalStore", what), query.lastError().text());
    return Status::success();
}

Status LocalStore::begin()
{
    // IMMEDIATE: a second process on the same profile (the command line)
    // waits for the lock instead of failing halfway through.
    return exec(u"BEGIN IMMEDIATE"_s, "starting a transaction");
}

Status LocalStore::commit()
{
    Status status = exec(u"COMMIT"_s, "committing");
    if (!status)
        rollback();
    return status;
}

void LocalStore::rollback()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"ROLLBACK"_s))
        qWarning("LocalStore: rollback failed: %s", qPrintable(query.lastError().text()));
}

Status LocalStore::migrate()
{
    if (Status status = exec(u"CREATE TABLE IF NOT EXISTS schema_migrations ("
                             " version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)"_s,
                             "creating the migration table");
        !status)
        return status;
    const Result<int> current = schemaVersion();
    if (!current)
        return current.error();
    if (*current > SchemaVersion)
        return Error{u"store-too-new"_s,
                     QCoreApplication::translate("LocalStore",
                                                 "The local store %1 has schema version %2, newer than this "
                                                 "Buurtmunt understands (%3). Install the newer Buurtmunt again.")
                         .arg(m_path)
                         .arg(*current)
                         .arg(SchemaVersion)};
    const QList<QStringList>& steps = migrations();
    for (int version = *current + 1; version <= SchemaVersion; ++version) {
        if (Status status = begin(); !status)
            return status;
        for (const QString& sql : steps.at(version - 1)) {
            if (Status status = exec(sql, "migrating the schema"); !status) {
                rollback();
                return status;
            }
        }
        QSqlQuery record(m_db);
        record.prepare(u"INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"_s);
        record.addBindValue(version);
        record.addBindValue(Clock::instance().nowMsecs());
        if (Status status = exec(record, "recording a migration"); !status) {
            rollback();
            return status;
        }
        if (Status status = commit(); !status)
            return status;
    }
    return Status::success();
}

Result<int> LocalStore::schemaVersion() const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s);
    if (Status status = exec(query, "reading the schema version"); !status)
        return status.error();
    return query.next() ? query.value(0).toInt() : 0;
}

Status LocalStore::saveEnrolment(const Enrolment& enrolment)
{
    QJsonObject keys;
    for (auto it = enrolment.voucherKeys.cbegin(); it != enrolment.voucherKeys.cend(); ++it)
        keys.insert(QString::number(it.key()), QString::fromLatin1(it.value().toBase64()));

    QSqlQuery query(m_db);
    query.prepare(u"INSERT OR REPLACE INTO enrolment (id, server_url, fingerprint, device_id, role, shop_id,"
                  " device_name, neighbourhood, voucher_keys, municipality_name, coin_name, coin_name_plural,"
                  " euro_cents_per_coin, offline_policy) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(enrolment.serverUrl.toString());
    query.addBindValue(enrolment.fingerprint);
    query.addBindValue(enrolment.deviceId.value());
    query.addBindValue(notNull(enrolment.role));
    query.addBindValue(enrolment.shopId ? QVariant(enrolment.shopId->value()) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(notNull(enrolment.deviceName));
    query.addBindValue(enrolment.neighbourhood);
    query.addBindValue(QString::fromUtf8(QJsonDocument(keys).toJson(QJsonDocument::Compact)));
    query.addBindValue(notNull(enrolment.municipalityName));
    query.addBindValue(notNull(enrolment.coinName));
    query.addBindValue(notNull(enrolment.coinNamePlural));
    query.addBindValue(enrolment.euroCentsPerCoin);
    query.addBindValue(QString::fromUtf8(QJsonDocument(enrolment.offlinePolicy.toJson()).toJson(QJsonDocument::Compact)));
    return exec(query, "saving the enrolment");
}

Result<std::optional<Enrolment>> LocalStore::enrolment() const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT server_url, fingerprint, device_id, role, shop_id, device_name, neighbourhood,"
                  " voucher_keys, municipality_name, coin_name, coin_name_plural, euro_cents_per_coin, offline_policy"
                  " FROM enrolment WHERE id = 1"_s);
    if (Status status = exec(query, "reading the enrolment"); !status)
        return status.error();
    if (!query.next())
        return std::optional<Enrolment>();
    Enrolment enrolment;
    enrolment.serverUrl = QUrl(query.value(0).toString());
    enrolment.fingerprint = query.value(1).toByteArray();
    enrolment.deviceId = DeviceId(query.value(2).toLongLong());
    enrolment.role = query.value(3).toString();
    if (!query.value(4).isNull())
        enrolment.shopId = ShopId(query.value(4).toLongLong());
    enrolment.deviceName = query.value(5).toString();
    enrolment.neighbourhood = query.value(6).toString();
    const QJsonObject keys = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
    for (auto it = keys.begin(); it != keys.end(); ++it)
        enrolment.voucherKeys.insert(it.key().toInt(), QByteArray::fromBase64(it.value().toString().toLatin1()));
    enrolment.municipalityName = query.value(8).toString();
    enrolment.coinName = query.value(9).toString();
    enrolment.coinNamePlural = query.value(10).toString();
    enrolment.euroCentsPerCoin = query.value(11).toLongLong();
    if (!query.value(12).isNull()) {
        // A policy that no longer parses is treated as off: the safe side.
        const QJsonDocument policy = QJsonDocument::fromJson(query.value(12).toString().toUtf8());
        enrolment.offlinePolicy = OfflinePolicy::fromJson(policy.object()).valueOr(OfflinePolicy{});
    }
    return std::optional<Enrolment>(std::move(enrolment));
}

Result<int> LocalStore::upsertTasks(const QList<Task>& tasks)
{
    if (Status status = begin(); !status)
        return status.error();
    QSqlQuery upsert(m_db);
    upsert.prepare(u"INSERT INTO tasks (" % taskColumns
                   % u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                     " ON CONFLICT (id) DO UPDATE SET title = excluded.title, description = excluded.description,"
                     " category = excluded.category, neighbourhood = excluded.neighbourhood,"
                     " address = excluded.address, latitude = excluded.latitude, longitude = excluded.longitude,"
                     " reward_cents = excluded.reward_cents, estimated_minutes = excluded.estimated_minutes,"
                     " capacity = excluded.capacity, slots_taken = excluded.slots_taken,"
                     " window_start = excluded.window_start, window_end = excluded.window_end,"
                     " safety_notes = excluded.safety_notes, toolbox_needed = excluded.toolbox_needed,"
                     " status = excluded.status, version = excluded.version, updated_at = excluded.updated_at"
                     " WHERE excluded.version >= tasks.version"_s);
    QSqlQuery remove(m_db);
    remove.prepare(u"DELETE FROM tasks WHERE id = ?"_s);

    int changed = 0;
    for (const Task& task : tasks) {
        if (task.status != TaskStatus::Published) {
            remove.bindValue(0, task.id.value());
            if (Status status = exec(remove, "removing a task that is no longer published"); !status) {
                rollback();
                return status.error();
            }
            changed += qMax(0, remove.numRowsAffected());
            continue;
        }
        upsert.bindValue(0, task.id.value());
        upsert.bindValue(1, notNull(task.title));
        upsert.bindValue(2, notNull(task.description));
        upsert.bindValue(3, notNull(task.category));
        upsert.bindValue(4, notNull(task.neighbourhood));
        upsert.bindValue(5, notNull(task.address));
        upsert.bindValue(6, optionalDouble(task.latitude));
        upsert.bindValue(7, optionalDouble(task.longitude));
        upsert.bindValue(8, task.reward.cents());
        upsert.bindValue(9, task.estimatedMinutes);
        upsert.bindValue(10, task.capacity);
        upsert.bindValue(11, task.slotsTaken);
        upsert.bindValue(12, task.windowStart.isValid() ? QVariant(task.windowStart.toString(Qt::ISODate))
                                                        : QVariant(QMetaType(QMetaType::QString)));
        upsert.bindValue(13, task.windowEnd.isValid() ? QVariant(task.windowEnd.toString(Qt::ISODate))
                                                      : QVariant(QMetaType(QMetaType::QString)));
        upsert.bindValue(14, notNull(task.safetyNotes));
        upsert.bindValue(15, task.toolboxNeeded ? 1 : 0);
        upsert.bindValue(16, toString(task.status));
        upsert.bindValue(17, task.version);
        upsert.bindValue(18, msecsOrNull(task.updatedAt));
        if (Status status = exec(upsert, "storing a task"); !status) {
            rollback();
            return status.error();
        }
        changed += qMax(0, upsert.numRowsAffected());
    }
    if (Status status = commit(); !status)
        return status.error();
    return changed;
}

Result<QList<Task>> LocalStore::publishedTasks() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT " % taskColumns % u" FROM tasks WHERE status = 'published' ORDER BY title, id"_s);
    if (Status status = exec(query, "reading the tasks"); !status)
        return status.error();
    QList<Task> tasks;
    while (query.next()) {
        Task task;
        task.id = TaskId(query.value(0).toLongLong());
        task.title = query.value(1).toString();
        task.description = query.value(2).toString();
        task.category = query.value(3).toString();
        task.neighbourhood = query.value(4).toString();
        task.address = query.value(5).toString();
        if (!query.value(6).isNull())
            task.latitude = query.value(6).toDouble();
        if (!query.value(7).isNull())
            task.longitude = query.value(7).toDouble();
        task.reward = Coins(query.value(8).toLongLong());
        task.estimatedMinutes = query.value(9).toInt();
        task.capacity = query.value(10).toInt();
        task.slotsTaken = query.value(11).toInt();
        task.windowStart = QDate::fromString(query.value(12).toString(), Qt::ISODate);
        task.windowEnd = QDate::fromString(query.value(13).toString(), Qt::ISODate);
        task.safetyNotes = query.value(14).toString();
        task.toolboxNeeded = query.value(15).toInt() != 0;
        task.status = TaskStatus::Published;
        task.version = query.value(17).toLongLong();
        task.updatedAt = instantFrom(query.value(18));
        tasks.append(std::move(task));
    }
    return tasks;
}

Result<int> LocalStore::taskCount() const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT COUNT(*) FROM tasks"_s);
    if (Status status = exec(query, "counting the tasks"); !status)
        return status.error();
    return query.next() ? query.value(0).toInt() : 0;
}

Result<SyncState> LocalStore::syncState() const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT cursor, etag, last_success FROM sync_state WHERE id = 1"_s);
    if (Status status = exec(query, "reading the sync state"); !status)
        return status.error();
    SyncState state;
    if (query.next()) {
        state.cursor = query.value(0).toString();
        state.etag = query.value(1).toString().toLatin1();
        state.lastSuccess = instantFrom(query.value(2));
    }
    return state;
}

Status LocalStore::saveSyncState(const SyncState& state)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT OR REPLACE INTO sync_state (id, cursor, etag, last_success) VALUES (1, ?, ?, ?)"_s);
    query.addBindValue(notNull(state.cursor));
    query.addBindValue(notNull(QString::fromLatin1(state.etag)));
    query.addBindValue(msecsOrNull(state.lastSuccess));
    return exec(query, "saving the sync state");
}

Result<qint64> LocalStore::enqueue(const QByteArray& method, const QString& path, const QJsonObject& body,
                                   const QString& idempotencyKey)
{
    const QString key = idempotencyKey.isEmpty() ? ApiClient::newIdempotencyKey() : idempotencyKey;
    if (!ApiClient::isValidIdempotencyKey(key))
        return Error{u"idempotency-key-invalid"_s,
                     QCoreApplication::translate("LocalStore",
                                                 "The Idempotency-Key “%1” must be 8 to 128 printable ASCII characters.")
                         .arg(key)};
    const qint64 now = Clock::instance().nowMsecs();
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO outbox (idempotency_key, method, path, body, created_at, next_attempt_at)"
                  " VALUES (?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(key);
    query.addBindValue(QString::fromLatin1(method.toUpper()));
    query.addBindValue(notNull(path));
    query.addBindValue(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
    query.addBindValue(now);
    query.addBindValue(now);
    if (Status status = exec(query, "queueing an operation"); !status)
        return status.error();
    return query.lastInsertId().toLongLong();
}

OutboxItem LocalStore::outboxFromQuery(const QSqlQuery& query)
{
    OutboxItem item;
    item.id = query.value(0).toLongLong();
    item.idempotencyKey = query.value(1).toString();
    item.method = query.value(2).toString().toLatin1();
    item.path = query.value(3).toString();
    item.body = QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
    item.created = instantFrom(query.value(5));
    item.attempts = query.value(6).toInt();
    item.nextAttempt = instantFrom(query.value(7));
    item.lastError = query.value(8).toString();
    item.state = stateFromName(query.value(9).toString());
    if (!query.value(10).isNull())
        item.problem = Problem::fromJson(QJsonDocument::fromJson(query.value(10).toString().toUtf8()).object());
    return item;
}

Result<QList<OutboxItem>> LocalStore::due(const QDateTime& now) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT " % outboxColumns
                  % u" FROM outbox WHERE state = 'pending' AND next_attempt_at <= ? ORDER BY id"_s);
    query.addBindValue(now.toMSecsSinceEpoch());
    if (Status status = exec(query, "reading the outbox"); !status)
        return status.error();
    QList<OutboxItem> items;
    while (query.next())
        items.append(outboxFromQuery(query));
    return items;
}

Result<std::optional<OutboxItem>> LocalStore::outboxItem(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT " % outboxColumns % u" FROM outbox WHERE id = ?"_s);
    query.addBindValue(id);
    if (Status status = exec(query, "reading the outbox"); !status)
        return status.error();
    if (!query.next())
        return std::optional<OutboxItem>();
    return std::optional<OutboxItem>(outboxFromQuery(query));
}

Result<QList<OutboxItem>> LocalStore::outboxItems(OutboxItem::State state) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT " % outboxColumns % u" FROM outbox WHERE state = ? ORDER BY id"_s);
    query.addBindValue(stateName(state));
    if (Status status = exec(query, "reading the outbox"); !status)
        return status.error();
    QList<OutboxItem> items;
    while (query.next())
        items.append(outboxFromQuery(query));
    return items;
}

Result<std::optional<QDateTime>> LocalStore::nextOutboxAttempt() const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT MIN(next_attempt_at) FROM outbox WHERE state = 'pending'"_s);
    if (Status status = exec(query, "reading the outbox"); !status)
        return status.error();
    if (!query.next() || query.value(0).isNull())
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(instantFrom(query.value(0)));
}

Status LocalStore::updateOutbox(qint64 id, QSqlQuery& query, const char* what)
{
    if (Status status = exec(query, what); !status)
        return status;
    if (query.numRowsAffected() != 1)
        return Error{u"outbox-item-not-found"_s,
                     QCoreApplication::translate("LocalStore", "The outbox holds no pending operation %1.").arg(id)};
    return Status::success();
}

Status LocalStore::markSent(qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE outbox SET state = 'sent', attempts = attempts + 1, last_error = '', finished_at = ?"
                  " WHERE id = ? AND state = 'pending'"_s);
    query.addBindValue(Clock::instance().nowMsecs());
    query.addBindValue(id);
    return updateOutbox(id, query, "marking an operation as sent");
}

Status LocalStore::markFailed(qint64 id, int attempts, const QDateTime& nextAttempt, const QString& error)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE outbox SET attempts = ?, next_attempt_at = ?, last_error = ?"
                  " WHERE id = ? AND state = 'pending'"_s);
    query.addBindValue(attempts);
    query.addBindValue(nextAttempt.toMSecsSinceEpoch());
    query.addBindValue(notNull(error));
    query.addBindValue(id);
    return updateOutbox(id, query, "recording a failed attempt");
}

Status LocalStore::markRefused(qint64 id, const Problem& problem)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE outbox SET state = 'refused', attempts = attempts + 1, last_error = ?, problem = ?,"
                  " finished_at = ? WHERE id = ? AND state = 'pending'"_s);
    query.addBindValue(notNull(problem.message()));
    query.addBindValue(QString::fromUtf8(QJsonDocument(problem.toJson()).toJson(QJsonDocument::Compact)));
    query.addBindValue(Clock::instance().nowMsecs());
    query.addBindValue(id);
    return updateOutbox(id, query, "recording a refused operation");
}

Status LocalStore::wipe()
{
    if (Status status = begin(); !status)
        return status;
    for (const QString& sql : {u"DELETE FROM enrolment"_s, u"DELETE FROM tasks"_s, u"DELETE FROM sync_state"_s,
                               u"DELETE FROM outbox"_s, u"DELETE FROM counter_vouchers"_s,
                               u"DELETE FROM counter_state"_s}) {
        if (Status status = exec(sql, "wiping the store"); !status) {
            rollback();
            return status;
        }
    }
    return commit();
}

Status LocalStore::rescheduleOutbox(const QDateTime& at)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE outbox SET next_attempt_at = ? WHERE state = 'pending' AND next_attempt_at > ?"_s);
    query.addBindValue(at.toMSecsSinceEpoch());
    query.addBindValue(at.toMSecsSinceEpoch());
    return exec(query, "rescheduling the outbox");
}

Result<bool> LocalStore::hasCounterVoucher(const QString& voucherId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT 1 FROM counter_vouchers WHERE voucher_id = ?"_s);
    query.addBindValue(voucherId);
    if (Status status = exec(query, "reading the counter's voucher guard"); !status)
        return status.error();
    return query.next();
}

Status LocalStore::recordCounterVoucher(const CounterRedemption& redemption)
{
    QSqlQuery query(m_db);
    // A queued row that the server has meanwhile confirmed stays one row.
    query.prepare(u"INSERT INTO counter_vouchers (voucher_id, amount_cents, accepted_at, offline_accepted_at,"
                  " outbox_id, redemption_id, shop_name, state, refusal) VALUES (?, ?, ?, ?, NULL, ?, ?, 'confirmed', '')"
                  " ON CONFLICT (voucher_id) DO UPDATE SET redemption_id = excluded.redemption_id,"
                  " state = 'confirmed', refusal = ''"_s);
    query.addBindValue(redemption.voucherId);
    query.addBindValue(redemption.amount.cents());
    query.addBindValue(redemption.at.isValid() ? redemption.at.toMSecsSinceEpoch() : Clock::instance().nowMsecs());
    query.addBindValue(msecsOrNull(redemption.offlineAcceptedAt));
    query.addBindValue(redemption.id);
    query.addBindValue(notNull(redemption.shopName));
    return exec(query, "recording a redeemed voucher");
}

Result<qint64> LocalStore::queueOfflineRedemption(const CounterRedemption& redemption, const QString& path,
                                                  const QJsonObject& body)
{
    if (Status status = begin(); !status)
        return status.error();
    auto fail = [this](const Status& status) {
        rollback();
        return status.error();
    };
    QSqlQuery guard(m_db);
    guard.prepare(u"SELECT 1 FROM counter_vouchers WHERE voucher_id = ?"_s);
    guard.addBindValue(redemption.voucherId);
    if (Status status = exec(guard, "reading the counter's voucher guard"); !status)
        return fail(status);
    if (guard.next()) {
        rollback();
        return Error{u"already-redeemed-here"_s,
                     QCoreApplication::translate("LocalStore", "This counter has already accepted voucher %1.")
                         .arg(redemption.voucherId)};
    }
    const qint64 now = Clock::instance().nowMsecs();
    QSqlQuery outbox(m_db);
    outbox.prepare(u"INSERT INTO outbox (idempotency_key, method, path, body, created_at, next_attempt_at)"
                   " VALUES (?, 'POST', ?, ?, ?, ?)"_s);
    outbox.addBindValue(ApiClient::newIdempotencyKey());
    outbox.addBindValue(notNull(path));
    outbox.addBindValue(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
    outbox.addBindValue(now);
    outbox.addBindValue(now);
    if (Status status = exec(outbox, "queueing an offline redemption"); !status)
        return fail(status);
    const qint64 outboxId = outbox.lastInsertId().toLongLong();

    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO counter_vouchers (voucher_id, amount_cents, accepted_at, offline_accepted_at,"
                   " outbox_id, redemption_id, shop_name, state, refusal) VALUES (?, ?, ?, ?, ?, NULL, ?, 'queued', '')"_s);
    insert.addBindValue(redemption.voucherId);
    insert.addBindValue(redemption.amount.cents());
    insert.addBindValue(redemption.offlineAcceptedAt.toMSecsSinceEpoch());
    insert.addBindValue(redemption.offlineAcceptedAt.toMSecsSinceEpoch());
    insert.addBindValue(outboxId);
    insert.addBindValue(notNull(redemption.shopName));
    if (Status status = exec(insert, "recording an offline acceptance"); !status)
        return fail(status);

    QSqlQuery counter(m_db);
    counter.prepare(u"INSERT INTO counter_state (id, consecutive_offline) VALUES (1, 1)"
                    " ON CONFLICT (id) DO UPDATE SET consecutive_offline = consecutive_offline + 1"_s);
    if (Status status = exec(counter, "counting offline acceptances"); !status)
        return fail(status);
    if (Status status = commit(); !status)
        return status.error();
    return outboxId;
}

Status LocalStore::settleQueuedRedemption(qint64 outboxId, CounterRedemption::State state, qint64 redemptionId,
                                          const QString& refusal)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE counter_vouchers SET state = ?, redemption_id = ?, refusal = ? WHERE outbox_id = ?"_s);
    query.addBindValue(counterStateName(state));
    query.addBindValue(redemptionId > 0 ? QVariant(redemptionId) : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(notNull(refusal));
    query.addBindValue(outboxId);
    return exec(query, "settling a queued redemption");
}

Result<QList<CounterRedemption>> LocalStore::counterRedemptions(const QDateTime& since) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT voucher_id, amount_cents, accepted_at, offline_accepted_at, outbox_id, redemption_id,"
                  " shop_name, state, refusal FROM counter_vouchers WHERE accepted_at >= ?"
                  " ORDER BY accepted_at DESC, voucher_id"_s);
    query.addBindValue(since.toMSecsSinceEpoch());
    if (Status status = exec(query, "reading the counter's vouchers"); !status)
        return status.error();
    QList<CounterRedemption> items;
    while (query.next()) {
        CounterRedemption item;
        item.voucherId = query.value(0).toString();
        item.amount = Coins(query.value(1).toLongLong());
        item.at = instantFrom(query.value(2));
        item.offlineAcceptedAt = instantFrom(query.value(3));
        item.outboxId = query.value(4).toLongLong();
        item.id = query.value(5).toLongLong();
        item.shopName = query.value(6).toString();
        item.state = counterStateFromName(query.value(7).toString());
        item.refusal = query.value(8).toString();
        items.append(item);
    }
    return items;
}

Result<int> LocalStore::consecutiveOffline() const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT consecutive_offline FROM counter_state WHERE id = 1"_s);
    if (Status status = exec(query, "reading the offline count"); !status)
        return status.error();
    return query.next() ? query.value(0).toInt() : 0;
}

Status LocalStore::setConsecutiveOffline(int count)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO counter_state (id, consecutive_offline) VALUES (1, ?)"
                  " ON CONFLICT (id) DO UPDATE SET consecutive_offline = excluded.consecutive_offline"_s);
    query.addBindValue(count);
    return exec(query, "saving the offline count");
}

} // namespace buurtmunt
