// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <array>

namespace buurtmunt::server {

// Request counters and latency histograms per route, in Prometheus' text
// exposition format. Updated on the server thread, read by /metrics.
class Metrics final {
public:
    void recordRequest(const QString& route, const QByteArray& method, int status, double seconds);
    void recordRefusedConnection(int status);
    void setGauge(const QString& name, const QString& help, double value);
    QByteArray exposition() const;

private:
    static constexpr std::array<double, 10> kBuckets{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0, 5.0};
    struct Histogram {
        std::array<quint64, kBuckets.size()> buckets{};
        quint64 count = 0;
        double sum = 0;
    };
    mutable QMutex m_mutex;
    QHash<QString, quint64> m_requests;        // key: route \t method \t status
    QHash<QString, Histogram> m_durations;     // key: route \t method
    QHash<int, quint64> m_refused;
    QHash<QString, std::pair<QString, double>> m_gauges;
};

} // namespace buurtmunt::server
