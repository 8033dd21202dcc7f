// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "SyncBenchmark.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// A count option as a whole number in [low, high], or an error naming the option.
std::optional<int> countOption(const QCommandLineParser& parser, const QString& name, int fallback, int low, int high)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < low || value > high) {
        std::fprintf(stderr, "bench_sync: --%s must be a whole number from %d to %d, not \"%s\".\n", qPrintable(name), low,
                     high, qPrintable(parser.value(name)));
        return std::nullopt;
    }
    return value;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_sync"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BUURTMUNT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Times the kiosk's task sync against the real buurtmunt-server: a full sync into an empty local store "
        "and an unchanged re-sync, next to references measured in the same run. Prints a table; exits 0 even "
        "when a target is missed, 1 when it could not measure, 2 when a re-sync was not one 304."_s);
    parser.addHelpOption();
    parser.addOption({u"server-bin"_s, u"The buurtmunt-server binary (default: $BUURTMUNT_SERVER_BIN, else the one built with this)."_s,
                      u"path"_s});
    parser.addOption({u"tasks"_s, u"Published tasks to seed (default 10000)."_s, u"n"_s});
    parser.addOption({u"full-runs"_s, u"Repetitions of the full sync (default 5)."_s, u"n"_s});
    parser.addOption({u"resync-runs"_s, u"Repetitions of the unchanged re-sync (default 50)."_s, u"n"_s});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "bench_sync: unexpected argument \"%s\"; see --help.\n",
                     qPrintable(parser.positionalArguments().constFirst()));
        return buurtmunt::bench::SyncBenchmark::ExitSetupFailed;
    }

    buurtmunt::bench::SyncBenchmark::Options options;
    options.serverBinary = parser.value(u"server-bin"_s);
    if (options.serverBinary.isEmpty())
        options.serverBinary = qEnvironmentVariable("BUURTMUNT_SERVER_BIN", QStringLiteral(BUURTMUNT_BENCH_SERVER_BIN));
    const auto tasks = countOption(parser, u"tasks"_s, options.tasks, 1, 1000000);
    const auto fullRuns = countOption(parser, u"full-runs"_s, options.fullRuns, 1, 1000);
    const auto resyncRuns = countOption(parser, u"resync-runs"_s, options.resyncRuns, 1, 100000);
    if (!tasks || !fullRuns || !resyncRuns)
        return buurtmunt::bench::SyncBenchmark::ExitSetupFailed;
    options.tasks = *tasks;
    options.fullRuns = *fullRuns;
    options.resyncRuns = *resyncRuns;

    buurtmunt::bench::SyncBenchmark benchmark(options);
    return benchmark.run();
}
