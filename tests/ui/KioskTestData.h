// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Task.h"
#include "core/store/Enrolment.h"

#include <QList>
#include <QStringList>

namespace buurtmunt::test {

// A Heerlen kiosk in Centrum, as the server would have enrolled it.
inline Enrolment kioskEnrolment()
{
    Enrolment e;
    e.serverUrl = QUrl(QStringLiteral("https://127.0.0.1:9"));
    e.fingerprint = QByteArray(32, '\x5a');
    e.deviceId = DeviceId(7);
    e.role = QStringLiteral("kiosk");
    e.deviceName = QStringLiteral("Kiosk Bibliotheek Centrum");
    e.neighbourhood = QStringLiteral("Centrum");
    e.municipalityName = QStringLiteral("Heerlen");
    e.coinName = QStringLiteral("Heitje");
    e.coinNamePlural = QStringLiteral("Heitjes");
    e.euroCentsPerCoin = 100;
    return e;
}

inline Task makeTask(qint64 id, const QString& title, const QString& category, const QString& neighbourhood,
                     qint64 rewardCents, int minutes, int capacity, int taken, bool toolbox,
                     const QString& safety = {})
{
    Task t;
    t.id = TaskId(id);
    t.title = title;
    t.description = QStringLiteral("Beschrijving: ") + title;
    t.category = category;
    t.neighbourhood = neighbourhood;
    t.address = QStringLiteral("%1straat %2, Heerlen").arg(neighbourhood).arg(id);
    t.reward = Coins(rewardCents);
    t.estimatedMinutes = minutes;
    t.capacity = capacity;
    t.slotsTaken = taken;
    t.windowStart = QDate(2026, 11, 1);
    t.windowEnd = QDate(2026, 12, 15);
    t.safetyNotes = safety;
    t.toolboxNeeded = toolbox;
    t.status = TaskStatus::Published;
    t.version = 1;
    t.updatedAt = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    return t;
}

// Six tasks a person can tell apart: two painting jobs, one in the kiosk's
// own neighbourhood, rewards from 5 to 20 coins.
inline QList<Task> kioskTasks()
{
    return {
        makeTask(1, QStringLiteral("Bank schilderen"), QStringLiteral("painting"), QStringLiteral("Grasbroek"),
                 1500, 180, 2, 0, true, QStringLiteral("Draag handschoenen en een veiligheidshesje.")),
        makeTask(2, QStringLiteral("Speeltoestel schoonmaken"), QStringLiteral("cleaning"), QStringLiteral("Centrum"),
                 1200, 90, 3, 1, false),
        makeTask(3, QStringLiteral("Plantsoen wieden"), QStringLiteral("greenery"), QStringLiteral("Meezenbroek"),
                 1000, 120, 4, 0, true),
        makeTask(4, QStringLiteral("Zwerfafval prikken"), QStringLiteral("litter"), QStringLiteral("Centrum"),
                 500, 45, 6, 2, false),
        makeTask(5, QStringLiteral("Paaltjes verven"), QStringLiteral("painting"), QStringLiteral("Hoensbroek"),
                 2000, 240, 1, 0, true),
        makeTask(6, QStringLiteral("Koffieochtend buurthuis"), QStringLiteral("social"), QStringLiteral("Grasbroek"),
                 800, 60, 2, 2, false),
    };
}

// Many varied tasks for timing the list.
inline QList<Task> manyTasks(int count)
{
    static const QStringList neighbourhoods{QStringLiteral("Centrum"), QStringLiteral("Grasbroek"),
                                            QStringLiteral("Meezenbroek"), QStringLiteral("Heerlerbaan"),
                                            QStringLiteral("Hoensbroek"), QStringLiteral("Zeswegen")};
    static const QStringList categories{QStringLiteral("painting"), QStringLiteral("cleaning"),
                                        QStringLiteral("greenery"), QStringLiteral("litter"),
                                        QStringLiteral("social"), QStringLiteral("repair"), QStringLiteral("other")};
    QList<Task> tasks;
    tasks.reserve(count);
    for (int n = 1; n <= count; ++n) {
        tasks.append(makeTask(n, QStringLiteral("Taak %1 in de wijk").arg(n), categories.at(n % categories.size()),
                              neighbourhoods.at(n % neighbourhoods.size()), 500 + (n % 16) * 100,
                              30 + n % 200, 1 + n % 5, n % 2, n % 3 == 0));
    }
    return tasks;
}

} // namespace buurtmunt::test
