// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "JsonNumber.h"

namespace buurtmunt {

std::optional<qint64> JsonNumber::whole(const QJsonValue& value)
{
    if (!value.isDouble() || value.toDouble() != double(value.toInteger()))
        return std::nullopt;
    return value.toInteger();
}

} // namespace buurtmunt
