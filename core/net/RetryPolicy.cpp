// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "RetryPolicy.h"

#include <algorithm>
#include <cmath>

namespace buurtmunt {

RetryPolicy::RetryPolicy()
    : m_random(QRandomGenerator::system()->generate())
{
}

RetryPolicy::RetryPolicy(quint32 seed)
    : m_random(seed)
{
}

std::chrono::milliseconds RetryPolicy::nominalDelayFor(int attempt)
{
    // Past attempt 11 the cap is reached anyway; stopping there keeps pow() finite.
    const int exponent = std::clamp(attempt, 0, 32);
    const double nominal = double(BaseDelay.count()) * std::pow(Factor, exponent);
    return std::chrono::milliseconds(qint64(std::min(nominal, double(MaxDelay.count()))));
}

std::chrono::milliseconds RetryPolicy::delayFor(int attempt) const
{
    const double nominal = double(nominalDelayFor(attempt).count());
    const double factor = 1.0 + Jitter * (2.0 * m_random.generateDouble() - 1.0);
    const double jittered = std::min(nominal * factor, double(MaxDelay.count()));
    return std::chrono::milliseconds(qint64(std::llround(jittered)));
}

} // namespace buurtmunt
