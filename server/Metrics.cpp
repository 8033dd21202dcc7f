// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "Metrics.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

namespace {
QByteArray label(const QString& value)
{
    QByteArray out = value.toUtf8();
    out.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return out;
}
} // namespace

void Metrics::recordRequest(const QString& route, const QByteArray& method, int status, double seconds)
{
    QMutexLocker lock(&m_mutex);
    const QString methodText = QString::fromLatin1(method);
    ++m_requests[route + u'\t' + methodText + u'\t' + QString::number(status)];
    Histogram& histogram = m_durations[route + u'\t' + methodText];
    ++histogram.count;
    histogram.sum += seconds;
    for (size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets[i])
            ++histogram.buckets[i];
    }
}

void Metrics::recordRefusedConnection(int status)
{
    QMutexLocker lock(&m_mutex);
    ++m_refused[status];
}

void Metrics::setGauge(const QString& name, const QString& help, double value)
{
    QMutexLocker lock(&m_mutex);
    m_gauges.insert(name, {help, value});
}

QByteArray Metrics::exposition() const
{
    QMutexLocker lock(&m_mutex);
    QByteArray out;
    out += "# HELP buurtmunt_http_requests_total HTTP requests answered, by route, method and status.\n"
           "# TYPE buurtmunt_http_requests_total counter\n";
    QStringList keys = m_requests.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString& key : keys) {
        const QStringList parts = key.split(u'\t');
        out += "buurtmunt_http_requests_total{route=\"" + label(parts.at(0)) + "\",method=\"" + label(parts.at(1))
            + "\",status=\"" + label(parts.at(2)) + "\"} " + QByteArray::number(m_requests.value(key)) + '\n';
    }
    out += "# HELP buurtmunt_http_request_duration_seconds Time from a complete request to its answer.\n"
           "# TYPE buurtmunt_http_request_duration_seconds histogram\n";
    keys = m_durations.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString& key : keys) {
        const QStringList parts = key.split(u'\t');
        const QByteArray labels = "route=\"" + label(parts.at(0)) + "\",method=\"" + label(parts.at(1)) + '"';
        const Histogram& histogram = m_durations.value(key);
        for (size_t i = 0; i < kBuckets.size(); ++i) {
            out += "buurtmunt_http_request_duration_seconds_bucket{" + labels + ",le=\""
                + QByteArray::number(kBuckets[i]) + "\"} " + QByteArray::number(histogram.buckets[i]) + '\n';
        }
        out += "buurtmunt_http_request_duration_seconds_bucket{" + labels + ",le=\"+Inf\"} "
            + QByteArray::number(histogram.count) + '\n';
        out += "buurtmunt_http_request_duration_seconds_sum{" + labels + "} " + QByteArray::number(histogram.sum, 'f', 6) + '\n';
        out += "buurtmunt_http_request_duration_seconds_count{" + labels + "} " + QByteArray::number(histogram.count) + '\n';
    }
    out += "# HELP buurtmunt_http_refused_connections_total Connections closed by the size and framing guard.\n"
           "# TYPE buurtmunt_http_refused_connections_total counter\n";
    for (auto it = m_refused.constBegin(); it != m_refused.constEnd(); ++it)
        out += "buurtmunt_http_refused_connections_total{status=\"" + QByteArray::number(it.key()) + "\"} "
            + QByteArray::number(it.value()) + '\n';
    QStringList gaugeNames = m_gauges.keys();
    std::sort(gaugeNames.begin(), gaugeNames.end());
    for (const QString& name : gaugeNames) {
        const auto& [help, value] = m_gauges.value(name);
        out += "# HELP " + name.toUtf8() + ' ' + help.toUtf8() + "\n# TYPE " + name.toUtf8() + " gauge\n"
            + name.toUtf8() + ' ' + QByteArray::number(value, 'g', 15) + '\n';
    }
    return out;
}

} // namespace buurtmunt::server
