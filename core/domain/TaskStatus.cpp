// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TaskStatus.h"

using namespace Qt::StringLiterals;

namespace buurtmunt {

QString toString(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Draft:
        return u"draft"_s;
    case TaskStatus::Published:
        return u"published"_s;
    case TaskStatus::Closed:
        return u"closed"_s;
    case TaskStatus::Cancelled:
        return u"cancelled"_s;
    }
    return QString();  // unreachable: every enumerator is handled above
}

std::optional<TaskStatus> taskStatusFromString(QStringView text)
{
    for (const TaskStatus status : allTaskStatuses) {
        if (text == toString(status))
            return status;
    }
    return std::nullopt;
}

bool canTransition(TaskStatus from, TaskStatus to)
{
    switch (from) {
    case TaskStatus::Draft:
        return to == TaskStatus::Published || to == TaskStatus::Cancelled;
    case TaskStatus::Published:
        return to == TaskStatus::Closed || to == TaskStatus::Cancelled;
    case TaskStatus::Closed:
    case TaskStatus::Cancelled:
        return false;
    }
    return false;
}

} // namespace buurtmunt
