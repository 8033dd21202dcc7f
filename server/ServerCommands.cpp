// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ServerCommands.h"

#include "core/domain/Clock.h"
#include "server/ApiRoutes.h"
#include "server/ApiServer.h"
#include "server/AuditLog.h"
#include "server/ClaimService.h"
#include "server/Database.h"
#include "server/DemoData.h"
#include "server/DeviceService.h"
#include "server/IdempotencyStore.h"
#include "server/LedgerService.h"
#include "server/Migrations.h"
#include "server/MunicipalitySettings.h"
#include "server/SettingsCatalogue.h"
#include "server/TlsIdentity.h"
#include "server/VoucherService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSocketNotifier>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <functional>
#include <cstdio>
#include <memory>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

namespace {

void out(const QString& line)
{
    const QByteArray utf8 = line.toUtf8() + '\n';
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stdout);
    std::fflush(stdout);
}

void err(const QString& line)
{
    const QByteArray utf8 = line.toUtf8() + '\n';
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stderr);
    std::fflush(stderr);
}

int fail(const Error& error)
{
    err(u"buurtmunt-server: %1"_s.arg(error.message));
    return 1;
}

Result<std::unique_ptr<Database>> openDatabase(const ServerOptions& options)
{
    QDir dir(options.dataDir);
    if (!dir.exists() && !QDir().mkpath(options.dataDir))
        return Error{u"data-dir"_s, u"Cannot create the data directory %1."_s.arg(options.dataDir)};
    QFile::setPermissions(options.dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    auto location = options.databaseUrl.isEmpty()
        ? DatabaseLocation::sqliteFile(dir.absoluteFilePath(u"buurtmunt.sqlite"_s))
        : DatabaseLocation::fromUrl(options.databaseUrl);
    if (!location)
        return location.error();
    auto database = std::make_unique<Database>(location.value());
    if (auto conn = database->connection(); !conn)
        return conn.error();
    if (Status s = Migrations::migrate(*database); !s)
        return s.error();
    return database;
}

// Read-only commands: open (and migrate) the database, then work on one connection.
int withConnection(const ServerOptions& options, const std::function<int(QSqlDatabase&)>& work)
{
    auto database = openDatabase(options);
    if (!database)
        return fail(database.error());
    auto conn = database.value()->connection();
    if (!conn)
        return fail(conn.error());
    return work(conn.value());
}

// SIGTERM and SIGINT end the event loop through a socket pair, the one thing a
// signal handler may safely do.
int s_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(s_signalFds[0], &byte, 1);
}

void installSignalHandlers(QObject* parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalFds) != 0)
        return;
    auto* notifier = new QSocketNotifier(s_signalFds[1], QSocketNotifier::Read, parent);
    QObject::connect(notifier, &QSocketNotifier::activated, parent, [notifier] {
        notifier->setEnabled(false);
        char byte;
        [[maybe_unused]] const auto got = ::read(s_signalFds[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    std::signal(SIGPIPE, SIG_IGN);
}

int serve(const ServerOptions& options)
{
    auto database = openDatabase(options);
    if (!database)
        return fail(database.error());
    Database& db = *database.value();
    if (auto key = VoucherKeyRing::activeKey(db); !key)
        return fail(key.error());
    if (options.demoData) {
        if (Status s = DemoData::ensure(db, options.dataDir); !s)
            return fail(s.error());
    }
    auto identity = options.tlsCertificate.isEmpty() ? TlsIdentity::loadOrCreate(options.dataDir)
                                                     : TlsIdentity::load(options.tlsCertificate, options.tlsKey);
    if (!options.plainHttp && !identity)
        return fail(identity.error());

    Metrics metrics;
    Router router;
    registerApiRoutes(router, db, metrics);
    RequestPipeline pipeline(db);
    ConnectionLimits limits;
    limits.maxBodyBytes = options.maxBodyBytes;
    // A worker waits for the database (a commit waits for its flush), so
    // twice as many as there are cores keep them busy.
    const int workers = options.workers > 0 ? options.workers : std::max(4, 2 * QThread::idealThreadCount());
    ApiServer server(router, pipeline, metrics, limits, workers);
    server.setAccessLogEnabled(options.accessLog);

    auto port = options.plainHttp ? server.listenPlain(options.listenAddress, options.listenPort)
                                  : server.listenTls(options.listenAddress, options.listenPort, identity.value());
    if (!port)
        return fail(port.error());
    const QString host = options.listenAddress.protocol() == QAbstractSocket::IPv6Protocol
        ? u"[%1]"_s.arg(options.listenAddress.toString())
        : options.listenAddress.toString();
    out(u"Buurtmunt server %1"_s.arg(QStringLiteral(BUURTMUNT_VERSION)));
    out(u"Database: %1, up to %2 connections (one per request worker)"_s.arg(db.location().describe()).arg(workers));
    out(u"Listening on %1://%2:%3"_s.arg(options.plainHttp ? u"http"_s : u"https"_s, host).arg(port.value()));
    if (!options.plainHttp)
        out(u"Certificate SHA-256 fingerprint: %1"_s.arg(identity.value().fingerprintText()));
    if (options.demoData) {
        for (const QString& line : DemoData::summary(options.dataDir))
            out(line);
    }
    metrics.setGauge(u"buurtmunt_build_info"_s, u"Version of the running server (always 1)."_s, 1);

    // Stored answers to mutating requests are kept a week: long enough for
    // any client's retries, short enough to keep the table small.
    QTimer purge;
    purge.setInterval(3600 * 1000);
    QObject::connect(&purge, &QTimer::timeout, &purge, [&db] {
        auto conn = db.connection();
        if (conn)
            (void)IdempotencyStore::purge(conn.value(), 7LL * 24 * 3600 * 1000);
    });
    purge.start();

    // Claims whose window has passed give their place back; every server
    // process may do this, the conditional updates make it safe to race.
    QTimer expiry;
    expiry.setInterval(60 * 1000);
    QObject::connect(&expiry, &QTimer::timeout, &expiry, [&db] {
        const Status expired = db.transaction([](QSqlDatabase& conn) -> Status {
            auto count = ClaimService::expireDue(conn, Clock::instance().nowUtc());
            return count ? Status{} : Status(count.error());
        });
        if (!expired)
            err(u"buurtmunt-server: expiring claims failed: %1"_s.arg(expired.error().message));
        // Vouchers past their last day give their coins back; a transaction
        // of its own, so a failing claim expiry never holds up the money.
        const Status vouchersExpired = db.transaction([](QSqlDatabase& conn) -> Status {
            auto count = VoucherService::expireDue(conn, Clock::instance().nowUtc());
            return count ? Status{} : Status(count.error());
        });
        if (!vouchersExpired)
            err(u"buurtmunt-server: expiring vouchers failed: %1"_s.arg(vouchersExpired.error().message));
    });
    expiry.start();

    installSignalHandlers(&server);
    out(u"Ready"_s);
    const int code = QCoreApplication::exec();
    err(u"buurtmunt-server: stopping"_s);
    return code;
}

int enrolmentCode(const ServerOptions& options)
{
    auto database = openDatabase(options);
    if (!database)
        return fail(database.error());
    QString code;
    Status status = database.value()->transaction([&](QSqlDatabase& db) -> Status {
        EnrolmentCodeRequest request;
        request.role = options.role;
        request.shopId = options.shopId;
        request.neighbourhood = options.neighbourhood;
        request.deviceName = options.deviceName;
        request.createdBy = u"cli"_s;
        auto created = DeviceService::createEnrolmentCode(db, request);
        if (!created)
            return created.error();
        code = created.value();
        return {};
    });
    if (!status)
        return fail(status.error());
    out(code);
    err(u"One-time enrolment code for a %1%2, valid until %3 UTC. Enter it on the device with the server's URL "
        "and compare the certificate fingerprint the device shows with the one the server printed."_s
            .arg(options.role, options.shopId ? u" of shop %1"_s.arg(*options.shopId) : QString(),
                 QDateTime::currentDateTimeUtc().addMSecs(DeviceService::kCodeLifetimeMsecs).toString(u"yyyy-MM-dd HH:mm"_s)));
    return 0;
}

int revokeDevice(const ServerOptions& options)
{
    auto database = openDatabase(options);
    if (!database)
        return fail(database.error());
    Status status = database.value()->transaction([&](QSqlDatabase& db) {
        return DeviceService::revoke(db, options.deviceId, u"cli"_s, u"cli"_s);
    });
    if (!status)
        return fail(status.error());
    out(u"Device %1 is revoked; its next call is refused."_s.arg(options.deviceId));
    return 0;
}

int listDevices(const ServerOptions& options)
{
    return withConnection(options, [](QSqlDatabase& db) {
        auto devices = DeviceService::list(db);
        if (!devices)
            return fail(devices.error());
        out(u"%1  %2  %3  %4  %5  %6"_s.arg(u"ID"_s, 4).arg(u"ROLE"_s, -8).arg(u"SHOP"_s, 4).arg(u"STATE"_s, -8)
                .arg(u"LAST SEEN (UTC)"_s, -16).arg(u"NAME"_s));
        for (const DeviceRecord& device : devices.value()) {
            const QString lastSeen = device.lastSeenAt
                ? QDateTime::fromMSecsSinceEpoch(*device.lastSeenAt, Qt::UTC).toString(u"yyyy-MM-dd HH:mm"_s)
                : u"never"_s;
            out(u"%1  %2  %3  %4  %5  %6"_s.arg(device.id, 4).arg(device.role, -8)
                    .arg(device.shopId ? QString::number(*device.shopId) : u"-"_s, 4)
                    .arg(device.revokedAt ? u"revoked"_s : u"active"_s, -8).arg(lastSeen, -16).arg(device.name));
        }
        return 0;
    });
}

int migrate(const ServerOptions& options)
{
    auto database = openDatabase(options);
    if (!database)
        return fail(database.error());
    auto version = Migrations::currentVersion(*database.value());
    if (!version)
        return fail(version.error());
    out(u"Database %1 is at schema version %2."_s.arg(database.value()->location().describe()).arg(version.value()));
    return 0;
}

int auditVerify(const ServerOptions& options)
{
    return withConnection(options, [](QSqlDatabase& db) {
        auto result = AuditLog::verify(db);
        if (!result)
            return fail(result.error());
        if (result.value().intact) {
            out(u"Audit log intact: %1 rows, hash chain unbroken."_s.arg(result.value().rows));
            return 0;
        }
        out(u"Audit log BROKEN at row %1: %2."_s.arg(result.value().firstBrokenId.value_or(0)).arg(result.value().problem));
        return 1;
    });
}

int ledgerCheck(const ServerOptions& options)
{
    return withConnection(options, [](QSqlDatabase& db) {
        auto report = LedgerService::checkInvariants(db);
        if (!report)
            return fail(report.error());
        if (report.value().ok()) {
            out(u"Ledger consistent: %1 transactions over %2 accounts; every transaction sums to zero, "
                "balances equal their entries and sum to zero."_s.arg(report.value().transactions).arg(report.value().accounts));
            return 0;
        }
        for (const QString& violation : report.value().violations)
            out(u"Ledger INCONSISTENT: %1"_s.arg(violation));
        return 1;
    });
}

int listSettings(const ServerOptions& options)
{
    return withConnection(options, [](QSqlDatabase& db) {
        auto rows = SettingsCatalogue::current(db);
        if (!rows)
            return fail(rows.error());
        for (const auto& [entry, value] : rows.value())
            out(u"%1 = %2\n    %3"_s.arg(entry.key, value.isEmpty() ? u"(default)"_s : value, entry.meaning));
        return 0;
    });
}

int changeSetting(const ServerOptions& options)
{
    auto database = openDatabase(options);
    if (!database)
        return fail(database.error());
    const Status changed = database.value()->transaction([&options](QSqlDatabase& db) {
        return SettingsCatalogue::change(db, options.settingKey, options.settingValue);
    });
    if (!changed)
        return fail(changed.error());
    out(options.settingValue.isEmpty() ? u"%1 is back at its default."_s.arg(options.settingKey)
                                       : u"%1 = %2"_s.arg(options.settingKey, options.settingValue));
    return 0;
}

} // namespace

int runServerCommand(const ServerOptions& options)
{
    switch (options.command) {
    case ServerOptions::Command::Help:
        out(ServerCommandLine::usage());
        return 0;
    case ServerOptions::Command::Version:
        out(u"buurtmunt-server %1"_s.arg(QStringLiteral(BUURTMUNT_VERSION)));
        return 0;
    case ServerOptions::Command::Serve: return serve(options);
    case ServerOptions::Command::EnrolmentCode: return enrolmentCode(options);
    case ServerOptions::Command::RevokeDevice: return revokeDevice(options);
    case ServerOptions::Command::Devices: return listDevices(options);
    case ServerOptions::Command::Migrate: return migrate(options);
    case ServerOptions::Command::AuditVerify: return auditVerify(options);
    case ServerOptions::Command::LedgerCheck: return ledgerCheck(options);
    case ServerOptions::Command::SettingsList: return listSettings(options);
    case ServerOptions::Command::SettingsSet: return changeSetting(options);
    }
    return 2;
}

} // namespace buurtmunt::server
