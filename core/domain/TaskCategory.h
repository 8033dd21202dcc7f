// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QStringView>

#include <algorithm>
#include <array>

namespace buurtmunt {

// Stable wire slugs; clients translate them for display, so they never change.
inline constexpr std::array<QStringView, 7> taskCategories{
    u"painting", u"cleaning", u"greenery", u"litter", u"social", u"repair", u"other"};

inline bool isValidCategory(QStringView slug)
{
    return std::find(taskCategories.begin(), taskCategories.end(), slug) != taskCategories.end();
}

} // namespace buurtmunt
