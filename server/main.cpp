// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "server/ServerCommandLine.h"
#include "server/ServerCommands.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("buurtmunt-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BUURTMUNT_VERSION));
    auto options = buurtmunt::server::ServerCommandLine::parse(QCoreApplication::arguments());
    if (!options) {
        std::fprintf(stderr, "buurtmunt-server: %s\n", qPrintable(options.error().message));
        return 2;
    }
    return buurtmunt::server::runServerCommand(options.value());
}
