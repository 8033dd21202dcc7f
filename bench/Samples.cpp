// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "Samples.h"

#include <algorithm>
#include <cmath>

namespace buurtmunt::bench {

QList<double> Samples::sorted() const
{
    QList<double> values = m_values;
    std::sort(values.begin(), values.end());
    return values;
}

double Samples::median() const
{
    if (m_values.isEmpty())
        return 0;
    const QList<double> values = sorted();
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

double Samples::percentile(double p) const
{
    if (m_values.isEmpty())
        return 0;
    const QList<double> values = sorted();
    const auto rank = static_cast<qsizetype>(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

double Samples::min() const
{
    return m_values.isEmpty() ? 0 : *std::min_element(m_values.cbegin(), m_values.cend());
}

double Samples::max() const
{
    return m_values.isEmpty() ? 0 : *std::max_element(m_values.cbegin(), m_values.cend());
}

} // namespace buurtmunt::bench
