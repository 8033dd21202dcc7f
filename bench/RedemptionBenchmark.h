// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ServerProcess.h"

#include "core/domain/Result.h"

#include <QString>

namespace buurtmunt::bench {

// Voucher redemptions per second over HTTPS against the real server on
// PostgreSQL: N vouchers are issued untimed, then C counter clients, each on
// its own keep-alive TLS connection, redeem them all as fast as the server
// answers. Every answer must be a 201 and the shop's balance must rise by
// exactly the vouchers' sum, or the figure is refused as worthless.
// bench/run.sh sets it next to pgbench's TPC-B-like figure at the same C.
class RedemptionBenchmark final {
public:
    struct Options {
        QString serverBinary;
        QString databaseUrl;  // postgresql://..., an empty database
        int vouchers = 3000;
        int clients = 8;
        int serverWorkers = 0;  // 0: the server's own default (twice the cores, at least 4)
        qint64 amountCents = 500;
    };

    static constexpr int ExitMeasured = 0;
    static constexpr int ExitSetupFailed = 1;
    static constexpr int ExitVerificationFailed = 2;

    explicit RedemptionBenchmark(Options options);
    int run();

private:
    void fail(const QString& what, const Error& error);

    Options m_options;
    test::ServerProcess m_server;
};

} // namespace buurtmunt::bench
