// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QJsonValue>

#include <optional>

namespace buurtmunt {

// Reading whole numbers (cents, counts, ids) from the server's JSON answers.
class JsonNumber final {
public:
    // The number if the value is a JSON number without a fraction that fits
    // in 64 bits; nullopt for anything else (a string, null, 12.5), so a
    // broken answer is never shown as money.
    static std::optional<qint64> whole(const QJsonValue& value);
};

} // namespace buurtmunt
