// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ServerProcess.h"
#include "Samples.h"

#include "core/domain/Result.h"
#include "core/domain/Task.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

#include <chrono>
#include <optional>

class QNetworkAccessManager;

namespace buurtmunt::bench {

// How fast a kiosk gets the task list from the real server into its real
// local store: a full sync of many tasks into an empty store, and an
// unchanged re-sync, each next to references measured in the same run (the
// bare HTTP transfer, JSON decoding, the store's write) so a slow figure
// points at its cause.
class SyncBenchmark final : public QObject {
    Q_OBJECT

public:
    struct Options {
        QString serverBinary;
        int tasks = 10000;
        int fullRuns = 5;
        int resyncRuns = 50;
        std::chrono::milliseconds fullSyncTarget{2000};
        std::chrono::milliseconds resyncTarget{20};
    };

    // 0: measured (a missed target is printed, not an error); 1: could not
    // measure; 2: a measurement did not do what it claims (for example a
    // re-sync that was not a single 304).
    static constexpr int ExitMeasured = 0;
    static constexpr int ExitSetupFailed = 1;
    static constexpr int ExitVerificationFailed = 2;

    explicit SyncBenchmark(Options options, QObject* parent = nullptr);
    ~SyncBenchmark() override;

    int run();

private:
    struct Device {
        qint64 id = 0;
        QString secret;
    };
    // Counters of GET /v1/tasks from the server's /metrics.
    struct TaskRouteMetrics {
        QMap<int, quint64> requestsByStatus;
        double secondsSum = 0;
        quint64 count = 0;
        quint64 total() const;
    };
    struct Row {
        QString measurement;
        double valueMs = 0;
        std::optional<double> targetMs;  // empty: a reference figure
        QString note;
    };

    Status seed(const QString& dataDir);
    static Task seedTask(int n);
    Status enrol();
    Result<Samples> measureFullSync();
    Result<Samples> measureRawListing(QList<QByteArray>* lastBodies, TaskRouteMetrics* serverSide);
    Result<Samples> measureDecode(const QList<QByteArray>& bodies, QList<QList<Task>>* pages);
    Result<Samples> measureStoreWrite(const QList<QList<Task>>& pages);
    Result<Samples> measureResync(bool newConnectionEachTime, int runs, TaskRouteMetrics* serverSide);
    Result<TaskRouteMetrics> fetchTaskMetrics(QNetworkAccessManager* network);
    Result<QByteArray> rawGet(QNetworkAccessManager* network, const QString& pathAndQuery, QByteArray* etag,
                              int* httpStatus);

    void addRow(const QString& measurement, double valueMs, std::optional<double> targetMs, const QString& note = {});
    void printTable() const;
    void fail(const QString& what, const Error& error) const;

    Options m_options;
    test::ServerProcess m_server;
    Device m_device;
    QList<Row> m_rows;
    QStringList m_verificationFailures;
};

} // namespace buurtmunt::bench
