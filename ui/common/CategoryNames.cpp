// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "CategoryNames.h"

using namespace Qt::StringLiterals;

namespace buurtmunt {

QStringList CategoryNames::slugs()
{
    return {u"painting"_s, u"cleaning"_s, u"greenery"_s, u"litter"_s,
            u"social"_s, u"repair"_s, u"other"_s};
}

QString CategoryNames::displayName(const QString& slug)
{
    if (slug == u"painting")
        return tr("Painting");
    if (slug == u"cleaning")
        return tr("Cleaning");
    if (slug == u"greenery")
        return tr("Greenery");
    if (slug == u"litter")
        return tr("Litter picking");
    if (slug == u"social")
        return tr("Social");
    if (slug == u"repair")
        return tr("Repairs");
    return tr("Other");
}

} // namespace buurtmunt
