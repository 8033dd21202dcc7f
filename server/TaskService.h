// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Task.h"
#include "server/Database.h"

#include <optional>

namespace buurtmunt::server {

// Tasks and their change feed. Every insert or update takes the next value of
// the 'tasks' change sequence under its row lock, so sequence order is commit
// order and a client that stores the last cursor it saw misses nothing.
class TaskService final {
public:
    static constexpr int kDefaultPageSize = 2000;
    static constexpr int kMaxPageSize = 5000;

    struct Page {
        QList<Task> items;
        qint64 cursor = 0;
        bool hasMore = false;
    };

    static Result<Task> create(QSqlDatabase& db, const Task& task);
    // Changes of tasks visible to devices (never drafts) after `since` and up
    // to `upTo`, a cursor the caller read first with currentCursor(): the
    // page is then fully determined by (since, limit, upTo).
    static Result<Page> changesBetween(QSqlDatabase& db, qint64 since, qint64 upTo, int limit);
    static Result<qint64> currentCursor(QSqlDatabase& db);
    static Result<std::optional<Task>> find(QSqlDatabase& db, qint64 id, bool includeDrafts);
    static Status setStatus(QSqlDatabase& db, qint64 id, TaskStatus status);
    // Every task, drafts included, most recently changed first: the staff
    // desk's list. `status` narrows it to one status.
    static Result<QList<Task>> listAll(QSqlDatabase& db, std::optional<TaskStatus> status);
    // Replaces the editable fields of task `task.id` (everything but status,
    // slots taken, version and timestamps) if its version is still
    // `expectedVersion`. Errors: task-not-found, version-conflict (someone
    // changed it since it was read), invalid-transition (closed or
    // cancelled tasks are final), capacity-below-taken.
    static Result<Task> update(QSqlDatabase& db, const Task& task, qint64 expectedVersion);
    // Takes (delta +1) or gives back (delta -1) a slot. The change is
    // conditional on 0 <= slots_taken + delta <= capacity, so concurrent
    // claims cannot overbook; it returns false (changing nothing) when the
    // condition fails. Taking a slot also needs the task to be published
    // when the row is written, not only when the claim read it: a cancel
    // that committed in between must win. A change takes the next 'tasks'
    // sequence value and bumps version and updated_at, so kiosks see slot
    // counts move.
    static Result<bool> changeSlotsTaken(QSqlDatabase& db, qint64 id, int delta);

private:
    static Result<qint64> nextChangeSeq(QSqlDatabase& db);
};

} // namespace buurtmunt::server
