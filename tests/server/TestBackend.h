// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ServerProcess.h"
#include "server/Database.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QUrl>
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
