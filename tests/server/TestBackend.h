// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "HttpsTestClient.h"
#include "ServerProcess.h"
#include "server/Database.h"
#include "server/Migrations.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>
#include <optional>
#include <QTest>

namespace buurtmunt::test {

// Server tests run once per database: CTest registers each twice, with
// BUURTMUNT_TEST_DATABASE=sqlite and =postgres. The PostgreSQL run needs the
// server scripts/test.sh starts; without it the test fails, it never skips.
inline bool usePostgres()
{
    return qEnvironmentVariable("BUURTMUNT_TEST_DATABASE") == QLatin1String("postgres");
}

// A fresh, empty database of the selected kind: a SQLite file in `dir`, or a
// new database on the test PostgreSQL server. Empty URL on failure, with
// `error` saying why.
inline QString freshDatabaseUrl(QString* error)
{
    if (!usePostgres())
        return {};
    if (ServerProcess::postgresUrl().isEmpty()) {
        *error = QStringLiteral("BUURTMUNT_TEST_DATABASE=postgres needs BUURTMUNT_TEST_PG_URL: run scripts/test.sh, "
                                "which starts PostgreSQL for the tests.");
        return {};
    }
    return ServerProcess::freshPostgresDatabase(error);
}

inline Result<server::DatabaseLocation> freshDatabaseLocation(const QTemporaryDir& dir)
{
    if (!usePostgres())
        return server::DatabaseLocation::sqliteFile(dir.filePath(QStringLiteral("test.sqlite")));
    QString error;
    const QString url = freshDatabaseUrl(&error);
    if (url.isEmpty())
        return Error{QStringLiteral("no-postgres"), error};
    return server::DatabaseLocation::fromUrl(url);
}

// A connection of the test's own to the database a running server uses, to
// check what the server wrote (or did not write) behind its API.
inline QSqlDatabase openServerDatabase(const ServerProcess& server, const QString& connectionName)
{
    QSqlDatabase db;
    if (server.databaseUrl().isEmpty()) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(server.dataDir() + QStringLiteral("/buurtmunt.sqlite"));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        const QUrl url(server.databaseUrl());
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
    }
    db.open();
    return db;
}

// The demo's residents as the server prints them at start: name -> (pass, PIN).
inline QHash<QString, QPair<QString, QString>> demoResidents(const ServerProcess& server)
{
    static const QRegularExpression line(QStringLiteral("^\\s+(.+) \\(.+\\): pass (\\S+)\\s+PIN (\\d+)$"));
    QHash<QString, QPair<QString, QString>> residents;
    for (const QString& text : server.standardOutput().split(u'\n')) {
        const auto match = line.match(text);
        if (match.hasMatch())
            residents.insert(match.captured(1), {match.captured(2), match.captured(3)});
    }
    return residents;
}

struct EnrolledDevice {
    qint64 id = 0;  // 0 when enrolment failed
    QString secret;
};

// Enrols a device the way a real one does: a one-time code from the command
// line, and a secret the device makes itself.
inline EnrolledDevice enrolDevice(ServerProcess& server, const QString& role, std::optional<qint64> shop = std::nullopt)
{
    static int counter = 0;
    const QString code = server.enrolmentCode(role, shop);
    HttpsTestClient client(server.url(), server.fingerprint());
    const QString secret = ServerProcess::newDeviceSecret();
    const HttpReply reply = client.postJson(QStringLiteral("/v1/devices/enrol"),
        QJsonDocument(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("secret"), secret}}).toJson(),
        "test-enrol-" + QByteArray::number(++counter) + '-' + QByteArray::number(QDateTime::currentMSecsSinceEpoch()));
    if (reply.status != 201) {
        qWarning("enrolment failed: %s", qPrintable(reply.describe()));
        return {};
    }
    return {reply.json().value(QStringLiteral("deviceId")).toInteger(), secret};
}

// A fresh, migrated database for tests of services, on the selected backend.
inline std::unique_ptr<server::Database> freshMigratedDatabase(const QTemporaryDir& dir, QString* error)
{
    auto location = freshDatabaseLocation(dir);
    if (!location) {
        *error = location.error().message;
        return nullptr;
    }
    auto database = std::make_unique<server::Database>(location.value());
    if (Status migrated = server::Migrations::migrate(*database); !migrated) {
        *error = migrated.error().message;
        return nullptr;
    }
    return database;
}

inline ServerProcess::Options serverOptions(bool demoData, QString* error)
{
    ServerProcess::Options options;
    options.demoData = demoData;
    if (usePostgres()) {
        options.databaseUrl = freshDatabaseUrl(error);
        if (options.databaseUrl.isEmpty() && error->isEmpty())
            *error = QStringLiteral("Could not create a PostgreSQL test database.");
    }
    return options;
}

} // namespace buurtmunt::test
