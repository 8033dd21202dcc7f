// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "Coins.h"
#include "Ids.h"
#include "Result.h"
#include "TaskStatus.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace buurtmunt {

// A neighbourhood task as it travels on the wire (docs/architecture.md,
// "Task JSON"); one value type for server, client store and views.
struct Task final {
    TaskId id;
    QString title;
    QString description;
    QString category;  // one of taskCategories (TaskCategory.h)
    QString neighbourhood;
    QString address;
    std::optional<double> latitude;
    std::optional<double> longitude;
    Coins reward;
    int estimatedMinutes = 0;
    int capacity = 0;
    int slotsTaken = 0;
    QDate windowStart;
    QDate windowEnd;
    QString safetyNotes;
    bool toolboxNeeded = false;
    TaskStatus status = TaskStatus::Draft;
    qint64 version = 0;
    QDateTime updatedAt;  // UTC

    // Field names exactly as the API has them; coordinates are null when unknown.
    QJsonObject toJson() const;
    // Checks presence and type of every field and names the first bad one
    // (error code "invalid-task"). Business rules are validate()'s job.
    static Result<Task> fromJson(const QJsonObject& json);

    // The rules for a task staff create or edit. Each Error's code is the JSON
    // field name, so the server can report them as invalidParams as they are.
    QList<Error> validate() const;

    bool operator==(const Task&) const = default;
};

} // namespace buurtmunt
