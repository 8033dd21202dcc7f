// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "RedemptionBenchmark.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

std::optional<int> countOption(const QCommandLineParser& parser, const QString& name, int fallback, int low, int high)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < low || value > high) {
        std::fprintf(stderr, "bench_redemption: --%s must be a whole number from %d to %d, not \"%s\".\n", qPrintable(name),
                     low, high, qPrintable(parser.value(name)));
        return std::nullopt;
    }
    return value;
}

} // namespace

int main(int argc, char* argv[])
{
    using buurtmunt::bench::RedemptionBenchmark;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_redemption"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BUURTMUNT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Voucher redemptions per second over HTTPS keep-alive against the real buurtmunt-server on PostgreSQL. "
        "Exits 0 when measured, 1 when it could not measure, 2 when an answer was not a 201 or the money does not add up."_s);
    parser.addHelpOption();
    parser.addOption({u"database"_s, u"postgresql://USER:PASS@HOST:PORT/DB of an empty database (required)."_s, u"url"_s});
    parser.addOption({u"server-bin"_s, u"The buurtmunt-server binary (default: $BUURTMUNT_SERVER_BIN, else the one built with this)."_s,
                      u"path"_s});
    parser.addOption({u"vouchers"_s, u"Vouchers to issue and redeem (default 3000)."_s, u"n"_s});
    parser.addOption({u"clients"_s, u"Concurrent counter clients (default 8)."_s, u"n"_s});
    parser.addOption({u"workers"_s, u"Server worker threads (default: the server's own default)."_s, u"n"_s});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(u"database"_s)) {
        std::fprintf(stderr, "bench_redemption: --database URL is required and nothing else is an argument; see --help.\n");
        return RedemptionBenchmark::ExitSetupFailed;
    }
    RedemptionBenchmark::Options options;
    options.databaseUrl = parser.value(u"database"_s);
    options.serverBinary = parser.value(u"server-bin"_s);
    if (options.serverBinary.isEmpty())
        options.serverBinary = qEnvironmentVariable("BUURTMUNT_SERVER_BIN", QStringLiteral(BUURTMUNT_BENCH_SERVER_BIN));
    const auto vouchers = countOption(parser, u"vouchers"_s, options.vouchers, 1, 1000000);
    const auto clients = countOption(parser, u"clients"_s, options.clients, 1, 256);
    const auto workers = countOption(parser, u"workers"_s, 0, 0, 256);
    if (!vouchers || !clients || !workers)
        return RedemptionBenchmark::ExitSetupFailed;
    options.vouchers = *vouchers;
    options.clients = *clients;
    options.serverWorkers = *workers;
    return RedemptionBenchmark(options).run();
}
