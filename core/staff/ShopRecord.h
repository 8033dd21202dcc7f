// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Coins.h"
#include "core/domain/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace buurtmunt {

// A shop as staff see and edit it: with the IBAN it is paid to and the coins
// it holds until the next settlement.
struct ShopRecord final {
    qint64 id = 0;  // 0 for a shop not registered yet
    QString name;
    QString address;
    QString category;  // slug: bakery, greengrocer, ...; the UI translates it
    QString iban;
    Coins balance{0};
    bool active = true;

    // The categories the server accepts, in the contract's order.
    static QStringList categories();

    // The API's Shop object (staff form); "bad-response" naming the field.
    static Result<ShopRecord> fromJson(const QJsonObject& object);
    // The body of POST /v1/shops, or of PUT /v1/shops/{id} with `active`.
    QJsonObject toJson(bool forUpdate) const;

    bool operator==(const ShopRecord&) const = default;
};

} // namespace buurtmunt
