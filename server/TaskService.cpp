// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TaskService.h"

#include "core/domain/Clock.h"

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

namespace {

const QString kColumns = u"id, title, description, category, neighbourhood, address, latitude, longitude, reward_cents, "
                         "estimated_minutes, capacity, slots_taken, window_start, window_end, safety_notes, "
                         "toolbox_needed, status, version, updated_at"_s;

Task readTask(const QSqlQuery& q)
{
    Task task;
    task.id = TaskId(q.value(0).toLongLong());
    task.title = q.value(1).toString();
    task.description = q.value(2).toString();
    task.category = q.value(3).toString();
    task.neighbourhood = q.value(4).toString();
    task.address = q.value(5).toString();
    if (!q.value(6).isNull())
        task.latitude = q.value(6).toDouble();
    if (!q.value(7).isNull())
        task.longitude = q.value(7).toDouble();
    task.reward = Coins(q.value(8).toLongLong());
    task.estimatedMinutes = q.value(9).toInt();
    task.capacity = q.value(10).toInt();
    task.slotsTaken = q.value(11).toInt();
    task.windowStart = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    task.windowEnd = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    task.safetyNotes = q.value(14).toString();
    task.toolboxNeeded = q.value(15).toInt() != 0;
    task.status = taskStatusFromString(q.value(16).toString()).value_or(TaskStatus::Draft);
    task.version = q.value(17).toLongLong();
    task.updatedAt = QDateTime::fromMSecsSinceEpoch(q.value(18).toLongLong(), Qt::UTC);
    return task;
}

// Qt Sql binds a null QString as SQL NULL; the text columns are NOT NULL and
// an empty field (no safety notes) is an empty string.
QString text(const QString& value)
{
    return value.isNull() ? QString::fromLatin1("", 0) : value;
}

QVariant optionalDouble(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

} // namespace

Result<qint64> TaskService::nextChangeSeq(QSqlDatabase& db)
{
    auto seq = execSql(db, u"UPDATE change_sequences SET value = value + 1 WHERE name = 'tasks' RETURNING value"_s);
    if (!seq)
        return seq.error();
    if (!seq.value().next())
        return Result<qint64>::failure(u"database-error"_s, u"The task change sequence is missing."_s);
    return seq.value().value(0).toLongLong();
}

Result<Task> TaskService::create(QSqlDatabase& db, const Task& input)
{
    auto seq = nextChangeSeq(db);
    if (!seq)
        return seq.error();
    const qint64 now = Clock::instance().nowMsecs();
    auto inserted = execSql(db, u"INSERT INTO tasks (title, description, category, neighbourhood, address, latitude, "
                                 "longitude, reward_cents, estimated_minutes, capacity, slots_taken, window_start, "
                                 "window_end, safety_notes, toolbox_needed, status, version, change_seq, created_at, "
                                 "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?) RETURNING id"_s,
                            QVariantList{text(input.title), text(input.description), text(input.category),
                                         text(input.neighbourhood), text(input.address),
                                         optionalDouble(input.latitude), optionalDouble(input.longitude),
                                         input.reward.cents(), input.estimatedMinutes, input.capacity, input.slotsTaken,
                                         input.windowStart.toString(Qt::ISODate), input.windowEnd.toString(Qt::ISODate),
                                         text(input.safetyNotes), input.toolboxNeeded ? 1 : 0, toString(input.status),
                                         seq.value(), now, now});
    if (!inserted)
        return inserted.error();
    if (!inserted.value().next())
        return Result<Task>::failure(u"database-error"_s, u"The new task got no id."_s);
    Task task = input;
    task.id = TaskId(inserted.value().value(0).toLongLong());
    task.version = 1;
    task.updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    return task;
}

Status TaskService::setStatus(QSqlDatabase& db, qint64 id, TaskStatus status)
{
    // The sequence first, as in update(): on PostgreSQL it waits for every
    // task change in flight to commit, so the status read below is current
    // and two status changes cannot both pass the state machine check.
    auto seq = nextChangeSeq(db);
    if (!seq)
        return seq.error();
    auto current = find(db, id, true);
    if (!current)
        return current.error();
    if (!current.value())
        return Status::failure(u"task-not-found"_s, u"There is no task with id %1."_s.arg(id));
    if (!canTransition(current.value()->status, status))
        return Status::failure(u"invalid-transition"_s, u"A %1 task cannot become %2."_s
                                   .arg(toString(current.value()->status), toString(status)));
    return execStatus(db, u"UPDATE tasks SET status = ?, version = version + 1, change_seq = ?, updated_at = ? WHERE id = ?"_s,
                      {toString(status), seq.value(), Clock::instance().nowMsecs(), id});
}

Result<QList<Task>> TaskService::listAll(QSqlDatabase& db, std::optional<TaskStatus> status)
{
    auto rows = status ? execSql(db, u"SELECT "_s + kColumns + u" FROM tasks WHERE status = ? ORDER BY updated_at DESC, id DESC"_s,
                                 {toString(*status)})
                       : execSql(db, u"SELECT "_s + kColumns + u" FROM tasks ORDER BY updated_at DESC, id DESC"_s);
    if (!rows)
        return rows.error();
    QList<Task> tasks;
    while (rows.value().next())
        tasks.append(readTask(rows.value()));
    return tasks;
}

Result<Task> TaskService::update(QSqlDatabase& db, const Task& input, qint64 expectedVersion)
{
    using R = Result<Task>;
    // The sequence first, as everywhere: it also serialises this read-check-
    // write against concurrent claims on the same task.
    auto seq = nextChangeSeq(db);
    if (!seq)
        return seq.error();
    auto current = find(db, input.id.value(), true);
    if (!current)
        return current.error();
    if (!current.value())
        return R::failure(u"task-not-found"_s, u"There is no task with id %1."_s.arg(input.id.value()));
    const Task& before = *current.value();
    if (before.status == TaskStatus::Closed || before.status == TaskStatus::Cancelled)
        return R::failure(u"invalid-transition"_s, u"A %1 task can no longer be edited."_s.arg(toString(before.status)));
    if (before.version != expectedVersion)
        return R::failure(u"version-conflict"_s,
                          u"The task was changed by someone else (version %1, you edited version %2). Reload it and edit again."_s
                              .arg(before.version).arg(expectedVersion));
    if (input.capacity < before.slotsTaken)
        return R::failure(u"capacity-below-taken"_s,
                          u"The capacity cannot be lower than the %1 places residents have already claimed."_s.arg(before.slotsTaken));
    const qint64 now = Clock::instance().nowMsecs();
    auto updated = execSql(db, u"UPDATE tasks SET title = ?, description = ?, category = ?, neighbourhood = ?, address = ?, "
                                "latitude = ?, longitude = ?, reward_cents = ?, estimated_minutes = ?, capacity = ?, "
                                "window_start = ?, window_end = ?, safety_notes = ?, toolbox_needed = ?, "
                                "version = version + 1, change_seq = ?, updated_at = ? WHERE id = ? AND version = ?"_s,
                           QVariantList{text(input.title), text(input.description), text(input.category),
                                        text(input.neighbourhood), text(input.address), optionalDouble(input.latitude),
                                        optionalDouble(input.longitude), input.reward.cents(), input.estimatedMinutes,
                                        input.capacity, input.windowStart.toString(Qt::ISODate),
                                        input.windowEnd.toString(Qt::ISODate), text(input.safetyNotes),
                                        input.toolboxNeeded ? 1 : 0, seq.value(), now, input.id.value(), expectedVersion});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1)
        return R::failure(u"retry"_s, u"Task %1 changed concurrently."_s.arg(input.id.value()));
    auto after = find(db, input.id.value(), true);
    if (!after)
        return after.error();
    if (!after.value())
        return R::failure(u"database-error"_s, u"Task %1 vanished while it was edited."_s.arg(input.id.value()));
    return *after.value();
}

Result<bool> TaskService::changeSlotsTaken(QSqlDatabase& db, qint64 id, int delta)
{
    // The sequence first, as in setStatus(), so every task change takes the
    // two locks in the same order and none deadlocks another.
    auto seq = nextChangeSeq(db);
    if (!seq)
        return seq.error();
    auto updated = execSql(db, u"UPDATE tasks SET slots_taken = slots_taken + ?, version = version + 1, change_seq = ?, "
                                "updated_at = ? WHERE id = ? AND slots_taken + ? >= 0 AND slots_taken + ? <= capacity "
                                "AND (? < 0 OR status = 'published')"_s,
                           {delta, seq.value(), Clock::instance().nowMsecs(), id, delta, delta, delta});
    if (!updated)
        return updated.error();
    return updated.value().numRowsAffected() == 1;
}

Result<qint64> TaskService::currentCursor(QSqlDatabase& db)
{
    auto seq = execSql(db, u"SELECT value FROM change_sequences WHERE name = 'tasks'"_s);
    if (!seq)
        return seq.error();
    if (!seq.value().next())
        return Result<qint64>::failure(u"database-error"_s, u"The task change sequence is missing."_s);
    return seq.value().value(0).toLongLong();
}

Result<TaskService::Page> TaskService::changesBetween(QSqlDatabase& db, qint64 since, qint64 upTo, int limit)
{
    // The cursor was read first: a task committed after it has a higher
    // sequence and is delivered next time, never lost.
    if (since > upTo)
        return Result<Page>::failure(u"invalid-cursor"_s,
            u"The cursor %1 is ahead of the server (%2); sync again from the start."_s.arg(since).arg(upTo));
    Page page;
    page.cursor = upTo;
    if (since == upTo)
        return page;
    auto rows = execSql(db, u"SELECT "_s + kColumns + u", change_seq FROM tasks WHERE change_seq > ? AND change_seq <= ? "
                                                       "AND status <> 'draft' ORDER BY change_seq LIMIT ?"_s,
                        {since, upTo, limit + 1});
    if (!rows)
        return rows.error();
    QSqlQuery& q = rows.value();
    qint64 lastSeq = since;
    while (q.next()) {
        if (page.items.size() == limit) {
            page.hasMore = true;
            page.cursor = lastSeq;
            break;
        }
        page.items.append(readTask(q));
        lastSeq = q.value(19).toLongLong();
    }
    return page;
}

Result<std::optional<Task>> TaskService::find(QSqlDatabase& db, qint64 id, bool includeDrafts)
{
    auto rows = execSql(db, u"SELECT "_s + kColumns + u" FROM tasks WHERE id = ?"_s, {id});
    if (!rows)
        return rows.error();
    if (!rows.value().next())
        return std::optional<Task>{};
    Task task = readTask(rows.value());
    if (!includeDrafts && task.status == TaskStatus::Draft)
        return std::optional<Task>{};
    return std::optional<Task>{task};
}

} // namespace buurtmunt::server
