// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace buurtmunt {

// draft -> published -> closed | cancelled; a draft may also be cancelled.
enum class TaskStatus { Draft, Published, Closed, Cancelled };

inline constexpr std::array allTaskStatuses{TaskStatus::Draft, TaskStatus::Published,
                                            TaskStatus::Closed, TaskStatus::Cancelled};

// The wire names: "draft", "published", "closed", "cancelled".
QString toString(TaskStatus status);
std::optional<TaskStatus> taskStatusFromString(QStringView text);

// Whether staff may move a task from one status to another. Staying in the
// same status is not a transition; closed and cancelled are final.
bool canTransition(TaskStatus from, TaskStatus to);

} // namespace buurtmunt
