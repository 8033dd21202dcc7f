// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Task.h"

#include <QList>
#include <QStringList>

namespace buurtmunt::test {

// Plausible tasks for store and model tests, varied enough that filters and
// sorting have something to do.
inline Task sampleTask(int n)
{
    static const QStringList neighbourhoods{QStringLiteral("Centrum"), QStringLiteral("Grasbroek"),
                                            QStringLiteral("Meezenbroek"), QStringLiteral("Heerlerbaan"),
                                            QStringLiteral("Hoensbroek")};
    static const QStringList categories{QStringLiteral("painting"), QStringLiteral("cleaning"),
                                        QStringLiteral("greenery"), QStringLiteral("litter"),
                                        QStringLiteral("social"), QStringLiteral("repair"), QStringLiteral("other")};
    Task task;
    task.id = TaskId(n);
    task.title = QStringLiteral("Taak %1 %2").arg(n % 97).arg(n);
    task.description = QStringLiteral("Beschrijving van taak %1").arg(n);
    task.category = categories.at(n % categories.size());
    task.neighbourhood = neighbourhoods.at(n % neighbourhoods.size());
    task.address = QStringLiteral("Straat %1, Heerlen").arg(n);
    if (n % 3 != 0) {
        task.latitude = 50.88 + n * 1e-6;
        task.longitude = 5.97 + n * 1e-6;
    }
    task.reward = Coins(500 + (n % 20) * 100);
    task.estimatedMinutes = 30 + n % 150;
    task.capacity = 1 + n % 4;
    task.slotsTaken = n % 2;
    task.windowStart = QDate(2026, 11, 1);
    task.windowEnd = QDate(2026, 12, 15);
    task.safetyNotes = n % 5 == 0 ? QStringLiteral("Handschoenen dragen") : QString();
    task.toolboxNeeded = n % 2 == 0;
    task.status = TaskStatus::Published;
    task.version = 1;
    task.updatedAt = QDateTime(QDate(2026, 11, 23), QTime(10, 15), Qt::UTC);
    return task;
}

inline QList<Task> sampleTasks(int count, int firstId = 1)
{
    QList<Task> tasks;
    tasks.reserve(count);
    for (int n = firstId; n < firstId + count; ++n)
        tasks.append(sampleTask(n));
    return tasks;
}

} // namespace buurtmunt::test
