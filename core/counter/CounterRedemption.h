// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Coins.h"
#include "core/domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace buurtmunt {

// One voucher taken at this counter, as the today list shows it: confirmed by
// the server, still queued after an offline acceptance, or refused when the
// queued redemption reached the server (a conflict staff will see).
struct CounterRedemption final {
    enum class State { Confirmed, Queued, Refused };

    qint64 id = 0;         // the server's redemption id; 0 while queued
    qint64 outboxId = 0;   // the queued operation; 0 for online redemptions
    QString voucherId;     // 32 lower-case hex characters
    Coins amount{0};
    QDateTime at;          // UTC: redeemedAt, or the offline acceptance while queued
    QString shopName;
    State state = State::Confirmed;
    QDateTime offlineAcceptedAt;  // null unless accepted offline
    QString refusal;       // the problem slug when State::Refused

    // A Redemption object of the API ("bad-response" naming the field).
    static Result<CounterRedemption> fromJson(const QJsonObject& object);

    bool operator==(const CounterRedemption&) const = default;
};

} // namespace buurtmunt
