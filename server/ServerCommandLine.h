// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Result.h"

#include <QHostAddress>
#include <QStringList>

#include <optional>

namespace buurtmunt::server {

// The operator's command line. Names are stable: operators script them.
struct ServerOptions final {
    enum class Command { Help, Version, Serve, EnrolmentCode, RevokeDevice, Devices, Migrate, AuditVerify, LedgerCheck,
                         SettingsList, SettingsSet };
    Command command = Command::Help;
    QString dataDir;
    QString databaseUrl;
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 8443;
    bool demoData = false;
    bool plainHttp = false;
    bool accessLog = true;
    QString tlsCertificate;
    QString tlsKey;
    int workers = 0;  // 0: one per core, at least 2
    qint64 maxBodyBytes = 64 * 1024;
    QString role;
    std::optional<qint64> shopId;
    QString neighbourhood;
    QString deviceName;
    qint64 deviceId = 0;
    QString settingKey;    // settings set KEY VALUE (an empty value: settings unset KEY)
    QString settingValue;
};

class ServerCommandLine final {
public:
    // Errors carry code "usage" and a message naming what is wrong.
    static Result<ServerOptions> parse(const QStringList& arguments);
    static QString usage();
};

} // namespace buurtmunt::server
