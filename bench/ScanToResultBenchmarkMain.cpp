// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
//
// bench_scan_to_result [--vouchers N] [--server-bin PATH]: the counter's
// scan-to-result latency on loopback (target: p95 at most 150 ms). Prints
// the figures and a `scan_to_result_p95_ms` line for bench/run.sh; exits 1
// when it could not measure, never for a missed target.

#include "ScanToResultBenchmark.h"

#include <QCommandLineParser>
#include <QGuiApplication>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace buurtmunt;

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"vouchers"_s, u"Fresh vouchers to scan, at least 200 (default 200)."_s, u"N"_s, u"200"_s});
    parser.addOption({u"server-bin"_s, u"The buurtmunt-server to start."_s, u"PATH"_s});
    parser.process(app);

    ScanToResultBenchmark::Options options;
    bool ok = false;
    options.vouchers = parser.value(u"vouchers"_s).toInt(&ok);
    if (!ok || options.vouchers < 1 || options.vouchers > 5000) {
        std::fprintf(stderr, "bench_scan_to_result: --vouchers must be a whole number from 1 to 5000\n");
        return 1;
    }
    options.serverBinary = parser.value(u"server-bin"_s);
    if (options.serverBinary.isEmpty())
        options.serverBinary = qEnvironmentVariable("BUURTMUNT_SERVER_BIN", QStringLiteral(BUURTMUNT_BENCH_SERVER_BIN));

    const Result<ScanToResultBenchmark::Figures> figures = ScanToResultBenchmark::run(options);
    if (!figures) {
        std::fprintf(stderr, "bench_scan_to_result: %s: %s\n", qPrintable(figures.error().code),
                     qPrintable(figures.error().message));
        return 1;
    }
    constexpr double targetMs = 150;
    std::printf("%d fresh vouchers, each a 1280x720 NV12 frame (code turned -3..3 degrees, noise +-8) pushed into\n"
                "VideoFrameDecoder's QVideoSink; stop at CounterSession::outcome (decode, signature check,\n"
                "POST /v1/redemptions over HTTPS to buurtmunt-server on loopback, SQLite). All accepted;\n"
                "the shop's balance rose by exactly %lld cents.\n",
                int(figures->latenciesMs.size()), static_cast<long long>(figures->redeemedCents));
    std::printf("scan to result: p50 %.1f ms, p95 %.1f ms, max %.1f ms; target p95 <= %.0f ms: %s\n", figures->p50Ms,
                figures->p95Ms, figures->maxMs, targetMs, figures->p95Ms <= targetMs ? "PASS" : "FAIL");
    std::printf("scan_to_result_p95_ms %.1f\n", figures->p95Ms);
    return 0;
}
