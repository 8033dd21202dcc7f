// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QList>

namespace buurtmunt::bench {

// Durations of repeated runs of one measurement, in milliseconds. Medians
// and nearest-rank percentiles, because one scheduler hiccup on a shared
// 2-core machine must not move the headline figure.
class Samples final {
public:
    void add(double milliseconds) { m_values.append(milliseconds); }
    qsizetype size() const { return m_values.size(); }
    bool isEmpty() const { return m_values.isEmpty(); }

    double median() const;
    // Nearest-rank percentile, 0 < p <= 100.
    double percentile(double p) const;
    double min() const;
    double max() const;

private:
    QList<double> sorted() const;

    QList<double> m_values;
};

} // namespace buurtmunt::bench
