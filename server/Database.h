// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUrl>
#include <QVariant>

#include <functional>
#include <initializer_list>

namespace buurtmunt::server {

enum class Dialect { Sqlite, Postgres };

// Where the data lives: a SQLite file in the data directory (the embedded
// default) or a PostgreSQL database given by URL.
struct DatabaseLocation final {
    Dialect dialect = Dialect::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;

    static Result<DatabaseLocation> sqliteFile(const QString& path);
    // postgresql://USER:PASS@HOST:PORT/DB (also postgres://)
    static Result<DatabaseLocation> fromUrl(const QString& url);
    QString describe() const;  // for logs: never contains the password
};

// One SQL connection per thread (Qt Sql connections belong to the thread that
// opened them); request handlers run on a worker pool, so each worker gets
// its own. Writes go through transaction(), which starts SQLite transactions
// with BEGIN IMMEDIATE and retries PostgreSQL serialization failures and
// deadlocks.
class Database final {
public:
    explicit Database(DatabaseLocation location);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Dialect dialect() const { return m_location.dialect; }
    const DatabaseLocation& location() const { return m_location; }

    // The calling thread's connection, opened on first use.
    Result<QSqlDatabase> connection();

    // Runs `work` inside one transaction on this thread's connection. Commits
    // when it returns ok, rolls back otherwise. Retries the whole unit on a
    // transient conflict (error code "retry"), up to a bounded number of times.
    Status transaction(const std::function<Status(QSqlDatabase&)>& work);

    // Closes this thread's connection (worker threads call it on exit).
    void closeThreadConnection();

    static bool isTransientFailure(const QSqlError& error, Dialect dialect);
    static bool isUniqueViolation(const QSqlError& error, Dialect dialect);

private:
    QString connectionName() const;

    DatabaseLocation m_location;
    QString m_namePrefix;
};

// Checked execution of one statement: every exec() is checked and a failure
// becomes an Error naming the statement's purpose.
// Locks (FOR UPDATE) are taken only on PostgreSQL: SQLite writers are one
// at a time from BEGIN IMMEDIATE on.
inline bool isPostgres(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1StringView("QPSQL");
}

// Runs a write as the last thing before COMMIT. Inside Database::transaction()
// on PostgreSQL the statements queue up and go to the server together with
// the COMMIT, in one round trip: writes to rows that every transaction
// shares (the escrow balance, the audit chain's head) then hold their locks
// only while the server runs them and flushes the commit, not while this
// process is between statements. Such a write reports failure only as an
// SQL error (a constraint, a conflict), never through a row count, since
// its result is not seen. Anywhere else, and on SQLite, it runs at once.
Status deferUntilCommit(QSqlDatabase& db, const QString& sql, const QVariantList& binds);

Result<QSqlQuery> execSql(QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> binds = {});
Result<QSqlQuery> execSql(QSqlDatabase& db, const QString& sql, const QVariantList& binds);
Status execStatus(QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> binds = {});
Error sqlError(const QSqlError& error, const QString& context);

} // namespace buurtmunt::server
