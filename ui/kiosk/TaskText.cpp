// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TaskText.h"

namespace buurtmunt {

QString TaskText::duration(int minutes)
{
    if (minutes <= 0)
        return tr("Time not known");
    if (minutes < 60)
        return tr("About %n minute(s)", nullptr, minutes);
    const int hours = minutes / 60;
    const int rest = minutes % 60;
    if (rest == 0)
        return tr("About %n hour(s)", nullptr, hours);
    //: %1 hours and %2 minutes, e.g. "About 1 h 30 min"
    return tr("About %1 h %2 min").arg(hours).arg(rest);
}

QString TaskText::slotsLeft(int places)
{
    if (places <= 0)
        return tr("Full");
    return tr("%n place(s) left", nullptr, places);
}

QString TaskText::toolbox(bool needed)
{
    return needed ? tr("Toolbox needed") : tr("No toolbox needed");
}

QString TaskText::window(const QDate& start, const QDate& end, const QLocale& locale)
{
    //: Date format for task windows (QDate format codes); German uses "d. MMMM yyyy"
    const QString format = tr("d MMMM yyyy");
    const auto day = [&](const QDate& date) { return locale.toString(date, format); };
    if (start.isValid() && end.isValid())
        return tr("From %1 to %2").arg(day(start), day(end));
    if (end.isValid())
        return tr("Until %1").arg(day(end));
    if (start.isValid())
        return tr("From %1").arg(day(start));
    return tr("Any time");
}

} // namespace buurtmunt
