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

// The transaction this thread runs: on PostgreSQL its BEGIN until the first
// statement carries it, and the writes deferred to its commit.
struct CommitTail {
    QString connectionName;
    QStringList statements;
    bool beginPending = false;
};
thread_local CommitTail* t_commitTail = nullptr;

// The transaction Database::transaction() runs on this connection, if any.
CommitTail* ownTransaction(const QSqlDatabase& db)
{
    return t_commitTail && t_commitTail->connectionName == db.connectionName() ? t_commitTail : nullptr;
}

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
Status commitWithTail(QSqlDatabase& db, const QStringList& statements, bool begin)
{
    PGconn* conn = pgConnection(db);
    if (!conn)
        return Status::failure(u"database-error"_s, u"The PostgreSQL connection handle is not available."_s);
    const QByteArray text = ((begin ? u"BEGIN;\n"_s : QString()) + statements.join(u";\n"_s) + u";\nCOMMIT"_s).toUtf8();
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

QString literal(QSqlDriver* driver, const QVariant& value)
{
    QSqlField field(QString(), value.metaType());
    if (isSqlNull(value))
        field.clear();
    else
        field.setValue(value);
    return driver->formatValue(field);
}

// Walks a statement's text and hands each '?' placeholder's position to
// `placeholder`, which writes its replacement. A '?' counts only outside
// quoted literals and quoted names, as in Qt's own positional-to-$n rewrite.
// Returns how many placeholders there were.
template <typename Replace>
qsizetype rewritePlaceholders(const QString& sql, QString* text, Replace placeholder)
{
    text->reserve(sql.size() + 32);
    qsizetype placeholders = 0;
    QChar closingQuote;
    for (const QChar ch : sql) {
        if (!closingQuote.isNull()) {
            if (ch == closingQuote)
                closingQuote = QChar();
            *text += ch;
        } else if (ch == u'?') {
            placeholder(placeholders++, text);
        } else {
            if (ch == u'\'' || ch == u'"')
                closingQuote = ch;
            *text += ch;
        }
    }
    return placeholders;
}

Error placeholderMismatch(const QString& sql, qsizetype values)
{
    return Error{u"database-error"_s,
                 u"The statement \"%1\" has a different number of placeholders than the %2 values given."_s
                     .arg(sql.left(80)).arg(values)};
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
Result<QString> inlineValues(const QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    QString text;
    QSqlDriver* driver = db.driver();
    const qsizetype placeholders = rewritePlaceholders(sql, &text, [&](qsizetype index, QString* out) {
        if (index < binds.size())
            *out += literal(driver, binds.at(index));
    });
    if (placeholders != binds.size())
        return placeholderMismatch(sql, binds.size());
    return text;
}

// Statements a PostgreSQL connection runs again and again are prepared on
// it once (PREPARE, with $n for each '?') and from then on sent as
// EXECUTE name(literals): the server no longer parses and plans them each
// time, which was a third of its work per redemption. One round trip
// either way. A statement is prepared on its second use, so one-off texts
// (a list of a certain length) are not; at most kMaxPrepared per connection.
// Whether the server can infer the parameters' types is only known by
// trying: inside a transaction the attempt runs under a savepoint, so a
// statement that cannot be prepared (say "? IS NULL") leaves the
// transaction intact and is from then on sent with its values written in.
constexpr int kMaxPrepared = 256;

struct PreparedStatements {
    QHash<QString, QString> names;  // statement text -> prepared name; empty: cannot be prepared
    QHash<QString, int> uses;
    int created = 0;
};

thread_local QHash<QString, PreparedStatements> t_prepared;  // by connection name

bool isPreparable(const QString& sql)
{
    for (const QLatin1StringView verb : {"SELECT"_L1, "INSERT"_L1, "UPDATE"_L1, "DELETE"_L1, "WITH"_L1}) {
        if (sql.startsWith(verb, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool runPlain(QSqlDatabase& db, const QString& text)
{
    QSqlQuery query(db);
    return query.exec(text);
}

// The name the statement is prepared under on this connection, preparing it
// now if this is its second use; empty when it is sent with literals.
QString preparedName(QSqlDatabase& db, const QString& sql)
{
    PreparedStatements& prepared = t_prepared[db.connectionName()];
    if (auto known = prepared.names.constFind(sql); known != prepared.names.cend())
        return known.value();
    if (!isPreparable(sql) || prepared.created >= kMaxPrepared)
        return {};
    if (prepared.uses.size() > 4 * kMaxPrepared)
        prepared.uses.clear();  // one-off texts, counted once and never seen again
    if (++prepared.uses[sql] < 2)
        return {};
    prepared.uses.remove(sql);
    PGconn* conn = pgConnection(db);
    if (!conn)
        return {};
    // While an earlier query's answer is still being read the connection
    // reports itself busy (Qt finishes that answer before the next query);
    // inside Database::transaction() it is known to be in a transaction.
    const PGTransactionStatusType state = PQtransactionStatus(conn);
    const bool ourTransaction = ownTransaction(db) != nullptr;
    if (state == PQTRANS_INERROR || state == PQTRANS_UNKNOWN || (state == PQTRANS_ACTIVE && !ourTransaction))
        return {};  // try again on a later use
    const bool inTransaction = state == PQTRANS_INTRANS || state == PQTRANS_ACTIVE;
    QString numbered;
    rewritePlaceholders(sql, &numbered, [](qsizetype index, QString* out) { *out += u'$' + QString::number(index + 1); });
    const QString name = u"bm_%1"_s.arg(++prepared.created);
    if (inTransaction && !runPlain(db, u"SAVEPOINT bm_prepare"_s))
        return {};
    const bool ok = runPlain(db, u"PREPARE %1 AS %2"_s.arg(name, numbered));
    if (inTransaction) {
        if (!ok)
            runPlain(db, u"ROLLBACK TO SAVEPOINT bm_prepare"_s);
        runPlain(db, u"RELEASE SAVEPOINT bm_prepare"_s);
    }
    prepared.names.insert(sql, ok ? name : QString());
    return ok ? name : QString();
}

// The text that runs `sql` with `binds` on PostgreSQL: EXECUTE of the
// prepared statement, or the statement with the values written in.
Result<QString> postgresText(QSqlDatabase& db, const QString& sql, const QVariantList& binds)
{
    const QString name = preparedName(db, sql);
    if (name.isEmpty())
        return inlineValues(db, sql, binds);
    QString placeholders;
    const qsizetype expected = rewritePlaceholders(sql, &placeholders, [](qsizetype, QString*) {});
    if (expected != binds.size())
        return placeholderMismatch(sql, binds.size());
    if (binds.isEmpty())
        return QString(u"EXECUTE "_s + name);
    QString text = u"EXECUTE "_s + name + u'(';
    QSqlDriver* driver = db.driver();
    for (qsizetype i = 0; i < binds.size(); ++i)
        text += (i ? u", "_s : QString()) + literal(driver, binds.at(i));
    return QString(text + u')');
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
        t_prepared.remove(name);  // a new session has none of them
        if (!db.open())
            return sqlError(db.lastError(), u"reopening the database connection"_s);
        return db;
    }
    t_prepared.remove(name);
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
    t_prepared.remove(name);
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
        if (m_location.dialect == Dialect::Postgres) {
            // BEGIN goes with the first statement (execSql), one round trip
            // less; nothing can fail in between.
            tail.beginPending = true;
        } else if (QSqlQuery query(db); !query.exec(begin)) {
            if (isTransientFailure(query.lastError(), m_location.dialect) && attempt < kMaxTransactionAttempts) {
                pause(attempt);
                continue;
            }
            return sqlError(query.lastError(), u"starting a transaction"_s);
        }
        Status status = work(db);
        if (status.ok() && tail.beginPending && tail.statements.isEmpty())
            return status;  // nothing was read or written
        if (status.ok() && tail.statements.isEmpty()) {
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
        if (status.ok()) {
            status = commitWithTail(db, tail.statements, tail.beginPending);
            if (status.ok())
                return status;
        }
        // A failed unit, or a failed tail and COMMIT (then no transaction is
        // left and PostgreSQL only warns).
        if (!tail.beginPending)
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
    bool executed = false;
    if (db.driverName() == u"QPSQL"_s) {
        auto text = postgresText(db, sql, binds);
        if (!text)
            return text.error();
        CommitTail* transaction = ownTransaction(db);
        if (transaction && transaction->beginPending) {
            // The transaction's BEGIN and its first statement in one simple
            // query; the statement's answer is the second result.
            transaction->beginPending = false;
            executed = query.exec(u"BEGIN;\n"_s + text.value()) && query.nextResult();
        } else {
            executed = query.exec(text.value());
        }
    } else if (binds.isEmpty()) {
        executed = query.exec(sql);
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
    if (ownTransaction(db) && isPostgres(db)) {
        auto text = postgresText(db, sql, binds);
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
