// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QRandomGenerator>

#include <chrono>

namespace buurtmunt {

// Capped exponential backoff with jitter: 1 s × 1.6^attempt, ±20 % uniform,
// never more than 2 minutes. The jitter keeps a room full of kiosks that lost
// the network at the same moment from hitting the server in lockstep when it
// comes back.
class RetryPolicy final {
public:
    static constexpr std::chrono::milliseconds BaseDelay{1000};
    static constexpr double Factor = 1.6;
    static constexpr double Jitter = 0.2;
    static constexpr std::chrono::milliseconds MaxDelay{120000};

    RetryPolicy();                    // seeded from the system's entropy
    explicit RetryPolicy(quint32 seed);  // reproducible, for tests

    // attempt 0 is the first retry after the first failure.
    std::chrono::milliseconds delayFor(int attempt) const;
    // The delay without jitter, for display ("next try in about …").
    static std::chrono::milliseconds nominalDelayFor(int attempt);

private:
    mutable QRandomGenerator m_random;
};

} // namespace buurtmunt
