// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/net/Problem.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace buurtmunt {

// A mutation waiting to reach the server. It is written to the local store,
// with its idempotency key, before the first attempt, so neither a crash nor a
// restart can lose it or make the server apply it twice.
struct OutboxItem final {
    enum class State { Pending, Sent, Refused };

    qint64 id = 0;
    QString idempotencyKey;
    QByteArray method;
    QString path;
    QJsonObject body;
    QDateTime created;
    int attempts = 0;
    QDateTime nextAttempt;
    QString lastError;
    State state = State::Pending;
    std::optional<Problem> problem;  // why the server refused it

    bool operator==(const OutboxItem&) const = default;
};

} // namespace buurtmunt
