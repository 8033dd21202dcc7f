// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "Database.h"

#include <QAtomicInteger>
#include <QDate>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QTime>
#include <QUuid>
#include <QThread>
#include <QUrlQuery>
#include <QScopeGuard>

#include <libpq-fe.h>

#include <chrono>
#include <memory>
#include <random>
#include <thread>

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

namespace {
QAtomicInteger<quint64> s_databaseCounter;
constexpr int kMaxTransactionAttempts = 12;

// The writes deferred to the commit of the transaction this thread runs.
struct CommitTail {
    QString connectionName;
    QStringList statements;
};
thread_local CommitTail* t_commitTail = nullptr;

PGconn* pgConnection(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    // QPSQL hands out its PGconn* (registered under the struct's name).
    const char* type = handle.typeName();
    if (!handle.isValid() || (qstrcmp(type, "PGconn*") != 0 && qstrcmp(type, "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(handle.constData());
}

// The deferred writes and the COMMIT as one simple query. PostgreSQL runs
// the statements in order and stops at the first error, which is then the
// result; on success the result is the COMMIT's.
Status commitWithTail(QSqlDatabase& db, const QStringList& statements)
{
    PGconn* conn = pgConnection(db);
    if (!conn)
        return Status::failure(u"database-error"_s, u"The PostgreSQL connection handle is not available."_s);
    const QByteArray text = (statements.join(u";\n"_s) + u";\nCOMMIT"_s).toUtf8();
    std::unique_ptr<PGresult, decltype(&PQclear)> result(PQexec(conn, text.constData()), &PQclear);
    if (result && PQresultStatus(result.get()) == PGRES_COMMAND_OK && qstrcmp(PQcmdStatus(result.get()), "COMMIT") == 0)
        return {};
    QString sqlState;
    QString message;
    if (result) {
        sqlState = QString::fromLatin1(PQresultErrorField(result.get(), PG_DIAG_SQLSTATE));
        message = QString::fromUtf8(PQresultErrorMessage(result.get())).trimmed();
        if (message.isEmpty())
            message = u"the transaction ended with %1"_s.arg(QString::fromLatin1(PQcmdStatus(result.get())));
    } else {
        message = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    }
    // A serialization failure or deadlock, or a unique key another
    // transaction took first (a concurrent retry with the same
    // Idempotency-Key): the whole unit runs again and sees the winner.
    if (sqlState == u"40001"_s || sqlState == u"40P01"_s || sqlState == u"23505"_s)
        return Status::failure(u"retry"_s, message);
    return Status::failure(u"database-error"_s,
                           u"Database error while committing a transaction: %1 (code %2)"_s.arg(message, sqlState));
}

// What Qt's own binding treats as SQL NULL (QSqlResultPrivate::isVariantNull
// is private): besides an empty QVariant, a null string or byte array and an
// invalid date or time.
bool isSqlNull(const QVariant& value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString: return value.toString().isNull();
    case QMetaType::QByteArray: return value.toByteArray().isNull();
    case QMetaType::QDateTime: return !value.toDateTime().isValid();
    case QMetaType::QDate: return !value.toDate().isValid();
    case QMetaType::QTime: return !value.toTime().isValid();
    case QMetaType::QUuid: return value.toUuid().isNull();
    default: return false;
    }
}

// PostgreSQL: one simple query with the values written in as literals, one
// round trip. Qt's QPSQL driver would PREPARE, EXECUTE and DEALLOCATE every
// statement (three round trips, about 60 per redemption). This is not a
// weaker escaping: Qt builds the text of its own "EXECUTE stmt (params)" the
// same way, each value through driver->formatValue() of a QSqlField of the
// value's type (qCreateParamString), so the values reach the server as the
// same literals either way. formatValue doubles single quotes in strings
// (backslashes too if the server treats them as escapes), writes byte arrays
// through PQescapeByteaConn, numbers and booleans as plain literals and
// NULL as NULL. The connection runs with standard_conforming_strings on, so
// a quote-doubled literal cannot be ended early by a backslash.
// A '?' counts as a placeholder only outside quoted literals and quoted
// names, as in Qt's own positional-to-$n rewrite.
Result<QString> inlineValues(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    QString text;
    text.reserve(sql.size() + binds.size() * 16);
    QSqlDriver* driver = db.driver();
    qsizetype placeholders = 0;
    QChar closingQuote;
    for (const QChar ch : sql) {
        if (!closingQuote.isNull()) {
            if (ch == closingQuote)
                closingQuote = QChar();
            text += ch;
        } else if (ch == u'?') {
            if (placeholders++ >= binds.size())
                continue;
            const QVariant& value = binds.at(placeholders - 1);
            QSqlField field(QString(), value.metaType());
            if (isSqlNull(value))
                field.clear();
            else
                field.setValue(value);
            text += driver->formatValue(field);
        } else {
            if (ch == u'\'' || ch == u'"')
                closingQuote = ch;
            text += ch;
        }
    }
    if (placeholders != binds.size())
        return Result<QString>::failure(u"database-error"_s,
            u"The statement \"%1\" has a different number of placeholders than the %2 values given."_s
                .arg(sql.left(80)).arg(binds.size()));
    return text;
}
} // namespace

Result<DatabaseLocation> DatabaseLocation::sqliteFile(const QString& path)
{
    if (path.isEmpty())
        return Result<DatabaseLocation>::failure(u"invalid-database"_s, u"The SQLite file path is empty."_s);
    DatabaseLocation location;
    location.dialect = Dialect::Sqlite;
    location.sqlitePath = path;
    return location;
}

Result<DatabaseLocation> DatabaseLocation::fromUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    const auto fail = [&](const QString& why) {
        return Result<DatabaseLocation>::failure(u"invalid-database-url"_s,
            u"The database URL is not usable: %1 Expected postgresql://USER:PASSWORD@HOST:PORT/DATABASE."_s.arg(why));
    };
    if (!url.isValid())
        return fail(url.errorString() + u'.');
    if (url.scheme() != u"postgresql"_s && url.scheme() != u"postgres"_s)
        return fail(u"the scheme is \"%1\", not postgresql."_s.arg(url.scheme()));
    if (url.host().isEmpty())
        return fail(u"no host is given."_s);
    if (url.userName().isEmpty())
        return fail(u"no user is given."_s);
    const QString name = url.path().mid(1);
    if (name.isEmpty() || name.contains(u'/'))
        return fail(u"no database name is given after the host."_s);
    const int port = url.port(5432);
    if (port <= 0 || port > 65535)
        return fail(u"the port is out of range."_s);
    DatabaseLocation location;
    location.dialect = Dialect::Postgres;
    location.host = url.host();
    location.port = port;
    location.user = url.userName(QUrl::FullyDecoded);
    location.password = url.password(QUrl::FullyDecoded);
    location.databaseName = QUrl::fromPercentEncoding(name.toUtf8());
    return location;
}

QString DatabaseLocation::describe() const
{
    if (dialect == Dialect::Sqlite)
        return u"SQLite %1"_s.arg(sqlitePath);
    return u"PostgreSQL %1@%2:%3/%4"_s.arg(user, host).arg(port).arg(databaseName);
}

Database::Database(DatabaseLocation location)
    : m_location(std::move(location))
    , m_namePrefix(u"buurtmunt-db%1-"_s.arg(s_databaseCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    // Connections of other threads are closed by those threads; this removes
    // the calling thread's one so a Database can be recreated in tests.
    closeThreadConnection();
}

QString Database::connectionName() const
{
    return m_namePrefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
}

Result<QSqlDatabase> Database::connection()
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        if (!db.open())
            return sqlError(db.lastError(), u"reopening the database connection"_s);
        return db;
    }
    QSqlDatabase db;
    if (m_location.dialect == Dialect::Sqlite) {
        db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_location.sqlitePath);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    } else {
        db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(m_location.host);
        db.setPort(m_location.port);
        db.setUserName(m_location.user);
        db.setPassword(m_location.password);
        db.setDatabaseName(m_location.databaseName);
        // execSql writes values into the statement text as quote-doubled
        // literals, which relies on standard_conforming_strings (PostgreSQL's
        // default): set at connection start, before Qt probes the escaping.
        db.setConnectOptions(
            u"connect_timeout=10;application_name=buurtmunt-server;options=-cstandard_conforming_strings=on"_s);
    }
    if (!db.open()) {
        const Error error = sqlError(db.lastError(), u"opening %1"_s.arg(m_location.describe()));
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return error;
    }
    if (m_location.dialect == Dialect::Sqlite) {
        for (const QString& pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s,
                                      u"PRAGMA foreign_keys=ON"_s}) {
            if (auto result = execSql(db, pragma); !result)
                return result.error();
        }
    } else {
        if (auto result = execSql(db, u"SET TIME ZONE 'UTC'"_s); !result)
            return result.error();
        auto conforming = execSql(db, u"SHOW standard_conforming_strings"_s);
        if (!conforming)
            return conforming.error();
        if (!conforming.value().next() || conforming.value().value(0).toString() != u"on"_s)
            return Error{u"database-error"_s,
                u"%1 does not run with standard_conforming_strings on, which the server needs."_s.arg(m_location.describe())};
    }
    return db;
}

void Database::closeThreadConnection()
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

bool Database::isTransientFailure(const QSqlError& error, Dialect dialect)
{
    const QString code = error.nativeErrorCode();
    if (dialect == Dialect::Postgres)
        return code == u"40001"_s || code == u"40P01"_s;
    // SQLITE_BUSY (5) / SQLITE_LOCKED (6) after the busy timeout ran out.
    return code == u"5"_s || code == u"6"_s;
}

bool Database::isUniqueViolation(const QSqlError& error, Dialect dialect)
{
    const QString code = error.nativeErrorCode();
    if (dialect == Dialect::Postgres)
        return code == u"23505"_s;
    // SQLITE_CONSTRAINT_UNIQUE (2067) and SQLITE_CONSTRAINT_PRIMARYKEY (1555);
    // older drivers report the primary code 19.
    return code == u"2067"_s || code == u"1555"_s
        || (code == u"19"_s && error.databaseText().contains(u"UNIQUE"_s));
}

Status Database::transaction(const std::function<Status(QSqlDatabase&)>& work)
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlDatabase db = conn.value();
    const QString begin = m_location.dialect == Dialect::Sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s;

    CommitTail tail{db.connectionName(), {}};
    CommitTail* const outer = t_commitTail;
    t_commitTail = &tail;
    const auto restore = qScopeGuard([outer] { t_commitTail = outer; });

    thread_local std::minstd_rand jitter{std::random_device{}()};
    const auto pause = [](int attempt) {
        std::this_thread::sleep_for(std::chrono::milliseconds(1 + jitter() % (5 * attempt)));
    };
    for (int attempt = 1;; ++attempt) {
        tail.statements.clear();
        QSqlQuery query(db);
        if (!query.exec(begin)) {
            if (isTransientFailure(query.lastError(), m_location.dialect) && attempt < kMaxTransactionAttempts) {
                pause(attempt);
                continue;
            }
            return sqlError(query.lastError(), u"starting a transaction"_s);
        }
        Status status = work(db);
        if (status.ok() && !tail.statements.isEmpty()) {
            Status committed = commitWithTail(db, tail.statements);
            if (committed.ok())
                return status;
            // Ends the failed transaction; after a failed COMMIT there is
            // none left and PostgreSQL only warns.
            QSqlQuery(db).exec(u"ROLLBACK"_s);
            if (committed.error().code == u"retry"_s && attempt < kMaxTransactionAttempts) {
                pause(attempt);
                continue;
            }
            if (committed.error().code == u"retry"_s)
                return Status::failure(u"database-busy"_s, u"The database stayed busy; the operation was not carried out. Try again."_s);
            return committed;
        }
        if (status.ok()) {
            QSqlQuery commit(db);
            if (commit.exec(u"COMMIT"_s))
                return status;
            const QSqlError error = commit.lastError();
            QSqlQuery(db).exec(u"ROLLBACK"_s);
            if (isTransientFailure(error, m_location.dialect) && attempt < kMaxTransactionAttempts) {
                pause(attempt);
                continue;
            }
            return sqlError(error, u"committing a transaction"_s);
        }
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        if (status.error().code == u"retry"_s && attempt < kMaxTransactionAttempts) {
            pause(attempt);
            continue;
        }
        if (status.error().code == u"retry"_s)
            return Status::failure(u"database-busy"_s, u"The database stayed busy; the operation was not carried out. Try again."_s);
        return status;
    }
}

Error sqlError(const QSqlError& error, const QString& context)
{
    Error result;
    result.code = u"database-error"_s;
    result.message = u"Database error while %1: %2 (code %3)"_s.arg(context, error.text(), error.nativeErrorCode());
    return result;
}

Result<QSqlQuery> execSql(QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // Statements without parameters run directly: PostgreSQL cannot prepare
    // SET and similar commands, and it saves a round trip.
    bool executed = false;
    if (binds.isEmpty()) {
        executed = query.exec(sql);
    } else if (db.driverName() == u"QPSQL"_s) {
        auto text = inlineValues(db, sql, binds);
        if (!text)
            return text.error();
        executed = query.exec(text.value());
    } else {
        // SQLite prepares in-process: no round trips to save.
        if (!query.prepare(sql))
            return sqlError(query.lastError(), u"preparing \"%1\""_s.arg(sql.left(80)));
        for (const QVariant& value : binds)
            query.addBindValue(value);
        executed = query.exec();
    }
    if (!executed) {
        Error error = sqlError(query.lastError(), u"running \"%1\""_s.arg(sql.left(80)));
        if (Database::isTransientFailure(query.lastError(), db.driverName() == u"QPSQL"_s ? Dialect::Postgres : Dialect::Sqlite))
            error.code = u"retry"_s;
        else if (Database::isUniqueViolation(query.lastError(), db.driverName() == u"QPSQL"_s ? Dialect::Postgres : Dialect::Sqlite))
            error.code = u"unique-violation"_s;
        return error;
    }
    return query;
}

Status deferUntilCommit(QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    if (t_commitTail && t_commitTail->connectionName == db.connectionName() && isPostgres(db)) {
        auto text = inlineValues(db, sql, binds);
        if (!text)
            return text.error();
        t_commitTail->statements.append(text.value());
        return {};
    }
    auto result = execSql(db, sql, binds);
    if (!result)
        return result.error();
    return {};
}

Result<QSqlQuery> execSql(QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> binds)
{
    return execSql(db, sql, QVariantList(binds));
}

Status execStatus(QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> binds)
{
    auto result = execSql(db, sql, binds);
    if (!result)
        return result.error();
    return {};
}

} // namespace buurtmunt::server
