// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestBackend.h"

#include "server/Database.h"

#include <QSqlQuery>
#include <QTest>

#include <cmath>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::server;

// On PostgreSQL execSql writes the bound values into the statement text (one
// round trip instead of Qt's PREPARE/EXECUTE/DEALLOCATE). Whatever a value
// holds, it must arrive exactly as given and never become SQL; on SQLite the
// same calls go through real prepared statements and must behave alike.
class TestDatabase : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void textRoundTrips_data();
    void textRoundTrips();
    void emptyStringIsNotNull();
    void integersRoundTrip();
    void booleansRoundTrip();
    void bytesRoundTrip();
    void doublesRoundTrip();
    void questionMarksInSqlTextStayLiteral();
    void wrongNumberOfValuesIsRefused();
    void firstStatementBelongsToTheTransaction();
    void deferredWritesCommitWithTheTransaction();
    void failingDeferredWriteUndoesTheWholeTransaction();
    void deferredDuplicateKeyRunsTheUnitAgain();
    void deferredWriteOutsideATransactionRunsAtOnce();
    void repeatedStatementsKeepTheirValues();
    void statementThatCannotBePreparedStillRuns();

private:
    int scratchRows();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    QSqlDatabase m_db;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_database = test::freshMigratedDatabase(*m_dir, &error);
    QVERIFY2(m_database, qPrintable(error));
    auto connection = m_database->connection();
    QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().message));
    m_db = connection.value();
    const QString table = test::usePostgres()
        ? u"CREATE TABLE scratch (id BIGINT PRIMARY KEY, t TEXT, i BIGINT, b BOOLEAN, d DOUBLE PRECISION, bin BYTEA)"_s
        : u"CREATE TABLE scratch (id INTEGER PRIMARY KEY, t TEXT, i INTEGER, b BOOLEAN, d REAL, bin BLOB)"_s;
    Status created = execStatus(m_db, table);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    QVERIFY(execStatus(m_db, u"CREATE TABLE x (id INTEGER)"_s));
}

void TestDatabase::cleanup()
{
    m_db = QSqlDatabase();
    m_database.reset();
    m_dir.reset();
}

int TestDatabase::scratchRows()
{
    auto count = execSql(m_db, u"SELECT COUNT(*) FROM scratch"_s);
    if (!count || !count.value().next())
        return -1;
    return count.value().value(0).toInt();
}

void TestDatabase::textRoundTrips_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("single quote") << u"O'Brien's \"shop\""_s;
    QTest::newRow("quote at the end") << u"ends in a quote'"_s;
    QTest::newRow("doubled quotes") << u"''"_s;
    QTest::newRow("backslashes") << u"C:\\temp\\ and \\' and \\\\'"_s;
    QTest::newRow("trailing backslash") << u"a\\"_s;
    QTest::newRow("question marks") << u"? ?? '?' \"?\""_s;
    QTest::newRow("dollar placeholders") << u"$1 $2 $$ $tag$ :name @p"_s;
    QTest::newRow("injection") << u"'; DROP TABLE x; --"_s;
    QTest::newRow("injection after backslash") << u"\\'; DROP TABLE x; --"_s;
    QTest::newRow("newlines and tabs") << u"line 1\nline 2\r\n\ttabbed"_s;
    QTest::newRow("non-ASCII") << u"Café Ëlla, ĳs, 😀, 中文"_s;
    QTest::newRow("E-string lookalike") << u"E'\\x41'"_s;
}

void TestDatabase::textRoundTrips()
{
    QFETCH(QString, value);
    Status inserted = execStatus(m_db, u"INSERT INTO scratch (id, t) VALUES (?, ?)"_s, {qint64(1), value});
    QVERIFY2(inserted, qPrintable(inserted ? QString() : inserted.error().message));

    auto byId = execSql(m_db, u"SELECT t FROM scratch WHERE id = ?"_s, {qint64(1)});
    QVERIFY(byId);
    QVERIFY(byId.value().next());
    QCOMPARE(byId.value().value(0).toString(), value);
    // The value also works as a comparison operand, not only as an insert.
    auto byValue = execSql(m_db, u"SELECT id FROM scratch WHERE t = ?"_s, {value});
    QVERIFY(byValue);
    QVERIFY(byValue.value().next());
    QCOMPARE(byValue.value().value(0).toLongLong(), qint64(1));

    QCOMPARE(scratchRows(), 1);
    QVERIFY2(execStatus(m_db, u"SELECT COUNT(*) FROM x"_s), "table x must still exist");
}

void TestDatabase::emptyStringIsNotNull()
{
    QVERIFY(execStatus(m_db, u"INSERT INTO scratch (id, t) VALUES (?, ?)"_s, {qint64(1), u""_s}));
    QVERIFY(execStatus(m_db, u"INSERT INTO scratch (id, t) VALUES (?, ?)"_s, {qint64(2), QString()}));
    QVERIFY(execStatus(m_db, u"INSERT INTO scratch (id, t) VALUES (?, ?)"_s, {qint64(3), QVariant()}));
    QVERIFY(execStatus(m_db, u"INSERT INTO scratch (id, i) VALUES (?, ?)"_s,
                       {qint64(4), QVariant(QMetaType::fromType<qint64>())}));
    auto rows = execSql(m_db, u"SELECT id, t IS NULL, i IS NULL FROM scratch ORDER BY id"_s);
    QVERIFY(rows);
    QList<bool> textNull;
    QList<bool> intNull;
    while (rows.value().next()) {
        textNull << rows.value().value(1).toBool();
        intNull << rows.value().value(2).toBool();
    }
    QCOMPARE(textNull, (QList<bool>{false, true, true, true}));
    QCOMPARE(intNull, (QList<bool>{true, true, true, true}));
    auto empty = execSql(m_db, u"SELECT t FROM scratch WHERE id = ?"_s, {qint64(1)});
    QVERIFY(empty && empty.value().next());
    QVERIFY(!empty.value().value(0).isNull());
    QCOMPARE(empty.value().value(0).toString(), u""_s);
}

void TestDatabase::integersRoundTrip()
{
    const QList<qint64> values{std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), qint64(-1), qint64(0),
                               qint64(2147483648LL), qint64(-2147483649LL)};
    qint64 id = 0;
    for (const qint64 value : values)
        QVERIFY(execStatus(m_db, u"INSERT INTO scratch (id, i) VALUES (?, ?)"_s, {++id, value}));
    QVERIFY(execStatus(m_db, u"INSERT INTO scratch (id, i) VALUES (?, ?)"_s, {++id, int(-7)}));
    QVERIFY(execStatus(m_db, u"INSERT INTO scratch (id, i) VALUES (?, ?)"_s, {++id, uint(4000000000U)}));
    auto rows = execSql(m_db, u"SELECT i FROM scratch ORDER BY id"_s);
    QVERIFY(rows);
    QList<qint64> read;
    while (rows.value().next())
        read << rows.value().value(0).toLongLong();
    QCOMPARE(read, values + QList<qint64>({-7, 4000000000LL}));
    // Integers also compare as values, the lowest one included.
    auto min = execSql(m_db, u"SELECT id FROM scratch WHERE i = ?"_s, {std::numeric_limits<qint64>::min()});
    QVERIFY(min && min.value().next());
    QCOMPARE(min.value().value(0).toLongLong(), qint64(1));
}

void TestDatabase::booleansRoundTrip()
{
    QVERIFY(execStatus(m_db, u"INSERT INTO scratch (id, b) VALUES (?, ?)"_s, {qint64(1), true}));
    QVERIFY(execStatus(m_db, u"INSERT INTO scratch (id, b) VALUES (?, ?)"_s, {qint64(2), false}));
    auto rows = execSql(m_db, u"SELECT b FROM scratch ORDER BY id"_s);
    QVERIFY(rows);
    QVERIFY(rows.value().next());
    QCOMPARE(rows.value().value(0).toBool(), true);
    QVERIFY(rows.value().next());
    QCOMPARE(rows.value().value(0).toBool(), false);
    auto counted = execSql(m_db, u"SELECT COUNT(*) FROM scratch WHERE b = ?"_s, {true});
    QVERIFY(counted && counted.value().next());
    QCOMPARE(counted.value().value(0).toInt(), 1);
}

void TestDatabase::bytesRoundTrip()
{
    QByteArray every;
    for (int i = 0; i < 256; ++i)
        every += char(i);
    const QList<QByteArray> values{QByteArray("\x00\xff\x00", 3), every, QByteArray("'\\'; DROP TABLE x; --"),
                                   QByteArray("")};
    qint64 id = 0;
    for (const QByteArray& value : values)
        QVERIFY(execStatus(m_db, u"INSERT INTO scratch (id, bin) VALUES (?, ?)"_s, {++id, value}));
    auto rows = execSql(m_db, u"SELECT bin FROM scratch ORDER BY id"_s);
    QVERIFY(rows);
    QList<QByteArray> read;
    while (rows.value().next())
        read << rows.value().value(0).toByteArray();
    QCOMPARE(read, values);
    QCOMPARE(scratchRows(), 4);
    QVERIFY(execStatus(m_db, u"SELECT COUNT(*) FROM x"_s));
}

void TestDatabase::doublesRoundTrip()
{
    const QList<double> values{0.1, -1.5e300, 1.0 / 3.0, 2.5e-300, -0.0, 123456789.125};
    qint64 id = 0;
    for (const double value : values)
        QVERIFY(execStatus(m_db, u"INSERT INTO scratch (id, d) VALUES (?, ?)"_s, {++id, value}));
    auto rows = execSql(m_db, u"SELECT d FROM scratch ORDER BY id"_s);
    QVERIFY(rows);
    QList<double> read;
    while (rows.value().next())
        read << rows.value().value(0).toDouble();
    QCOMPARE(read.size(), values.size());
    for (qsizetype i = 0; i < values.size(); ++i)
        QVERIFY2(read.at(i) == values.at(i), qPrintable(u"%1 came back as %2"_s.arg(values.at(i), 0, 'g', 17)
                                                           .arg(read.at(i), 0, 'g', 17)));
}

void TestDatabase::questionMarksInSqlTextStayLiteral()
{
    // Only the '?' outside quoted literals and quoted names take a value.
    auto row = execSql(m_db, u"SELECT '?', 'it''s ?', ? AS \"what?\", '?''?' || ?"_s, {u"a'?"_s, u"b"_s});
    QVERIFY2(row, qPrintable(row ? QString() : row.error().message));
    QVERIFY(row.value().next());
    QCOMPARE(row.value().value(0).toString(), u"?"_s);
    QCOMPARE(row.value().value(1).toString(), u"it's ?"_s);
    QCOMPARE(row.value().value(2).toString(), u"a'?"_s);
    QCOMPARE(row.value().value(3).toString(), u"?'?b"_s);
}

void TestDatabase::wrongNumberOfValuesIsRefused()
{
    auto tooFew = execSql(m_db, u"INSERT INTO scratch (id, t) VALUES (?, ?)"_s, {qint64(1)});
    QVERIFY(!tooFew);
    auto tooMany = execSql(m_db, u"INSERT INTO scratch (id, t) VALUES (?, ?)"_s, {qint64(2), u"x"_s, u"y"_s});
    QVERIFY(!tooMany);
    QCOMPARE(scratchRows(), 0);
    if (test::usePostgres()) {
        // Our own check, before anything is sent: it names the statement.
        QVERIFY2(tooFew.error().message.contains(u"INSERT INTO scratch"_s), qPrintable(tooFew.error().message));
        QVERIFY2(tooMany.error().message.contains(u"placeholders"_s), qPrintable(tooMany.error().message));
    }
}

// On PostgreSQL the BEGIN travels with a transaction's first statement. That
// statement still belongs to the transaction, answers for itself, and when it
// fails leaves the connection usable.
void TestDatabase::firstStatementBelongsToTheTransaction()
{
    QVERIFY(execStatus(m_db, u"INSERT INTO scratch (id, t) VALUES (1, 'kept'), (2, 'kept')"_s));
    int changed = -1;
    Status status = m_database->transaction([&](QSqlDatabase& db) -> Status {
        auto updated = execSql(db, u"UPDATE scratch SET i = ? WHERE t = ?"_s, {qint64(5), u"kept"_s});
        if (!updated)
            return updated.error();
        changed = updated.value().numRowsAffected();
        return Status::failure(u"undone"_s, u"the unit gives up after its first statement"_s);
    });
    QCOMPARE(status.error().code, u"undone"_s);
    QCOMPARE(changed, 2);
    auto untouched = execSql(m_db, u"SELECT COUNT(*) FROM scratch WHERE i IS NULL"_s);
    QVERIFY(untouched && untouched.value().next());
    QCOMPARE(untouched.value().value(0).toInt(), 2);  // the update was undone with the unit

    QString read;
    status = m_database->transaction([&](QSqlDatabase& db) -> Status {
        auto row = execSql(db, u"SELECT t FROM scratch WHERE id = ?"_s, {qint64(2)});
        if (!row)
            return row.error();
        if (row.value().next())
            read = row.value().value(0).toString();
        return {};
    });
    QVERIFY2(status, qPrintable(status ? QString() : status.error().message));
    QCOMPARE(read, u"kept"_s);

    status = m_database->transaction([&](QSqlDatabase& db) {
        return execStatus(db, u"INSERT INTO scratch (id, t) VALUES (1, 'duplicate')"_s);
    });
    QVERIFY(!status);
    QCOMPARE(status.error().code, u"unique-violation"_s);
    QVERIFY2(status.error().message.contains(u"INSERT INTO scratch"_s), qPrintable(status.error().message));

    // A unit that runs nothing, then one that commits: nothing was left open.
    QVERIFY(m_database->transaction([](QSqlDatabase&) { return Status{}; }));
    status = m_database->transaction([&](QSqlDatabase& db) {
        return execStatus(db, u"INSERT INTO scratch (id, t) VALUES (3, 'after')"_s);
    });
    QVERIFY2(status, qPrintable(status ? QString() : status.error().message));
    QCOMPARE(scratchRows(), 3);
    QVERIFY(deferUntilCommit(m_db, u"INSERT INTO scratch (id, t) VALUES (4, 'at once')"_s, {}));
    QCOMPARE(scratchRows(), 4);
}

// On PostgreSQL a deferred write is sent together with the COMMIT; on
// SQLite it runs at once. Either way it belongs to the transaction.
void TestDatabase::deferredWritesCommitWithTheTransaction()
{
    int seenInside = -1;
    const Status status = m_database->transaction([&](QSqlDatabase& db) -> Status {
        if (Status s = execStatus(db, u"INSERT INTO scratch (id, t) VALUES (1, 'now')"_s); !s)
            return s;
        if (Status s = deferUntilCommit(db, u"INSERT INTO scratch (id, t) VALUES (?, ?)"_s, {qint64(2), u"it's later"_s}); !s)
            return s;
        if (Status s = deferUntilCommit(db, u"UPDATE scratch SET i = ? WHERE id = 2"_s, {qint64(7)}); !s)
            return s;
        seenInside = scratchRows();
        return {};
    });
    QVERIFY2(status, qPrintable(status ? QString() : status.error().message));
    QCOMPARE(seenInside, test::usePostgres() ? 1 : 2);
    auto row = execSql(m_db, u"SELECT t, i FROM scratch WHERE id = 2"_s);
    QVERIFY(row && row.value().next());
    QCOMPARE(row.value().value(0).toString(), u"it's later"_s);
    QCOMPARE(row.value().value(1).toLongLong(), 7);
    QCOMPARE(scratchRows(), 2);
}

void TestDatabase::failingDeferredWriteUndoesTheWholeTransaction()
{
    const Status status = m_database->transaction([&](QSqlDatabase& db) -> Status {
        if (Status s = execStatus(db, u"INSERT INTO scratch (id, t) VALUES (1, 'first')"_s); !s)
            return s;
        if (Status s = deferUntilCommit(db, u"INSERT INTO scratch (id, t) VALUES (2, 'second')"_s, {}); !s)
            return s;
        // Refused by the database, not by us: there is no such table.
        return deferUntilCommit(db, u"INSERT INTO no_such_table (id) VALUES (?)"_s, {qint64(3)});
    });
    QVERIFY(!status);
    QCOMPARE(status.error().code, u"database-error"_s);
    QCOMPARE(scratchRows(), 0);
    // The connection is usable afterwards: no transaction was left open.
    QVERIFY(execStatus(m_db, u"INSERT INTO scratch (id, t) VALUES (5, 'after')"_s));
    QCOMPARE(scratchRows(), 1);
}

// Two requests with one Idempotency-Key race: the loser's stored answer
// collides with the winner's at commit, and its unit runs again.
void TestDatabase::deferredDuplicateKeyRunsTheUnitAgain()
{
    QVERIFY(execStatus(m_db, u"INSERT INTO scratch (id, t) VALUES (7, 'winner')"_s));
    int attempts = 0;
    const Status status = m_database->transaction([&](QSqlDatabase& db) -> Status {
        ++attempts;
        if (Status s = execStatus(db, u"INSERT INTO scratch (id, t) VALUES (?, 'side effect')"_s, {qint64(100 + attempts)}); !s)
            return s;
        if (attempts > 1)
            return {};  // sees the winner's row now
        Status stored = deferUntilCommit(db, u"INSERT INTO scratch (id, t) VALUES (7, 'loser')"_s, {});
        if (!stored && stored.error().code == u"unique-violation"_s)
            return Status::failure(u"retry"_s, stored.error().message);  // as IdempotencyStore does on SQLite
        return stored;
    });
    QVERIFY2(status, qPrintable(status ? QString() : status.error().message));
    QCOMPARE(attempts, 2);
    auto rows = execSql(m_db, u"SELECT id, t FROM scratch ORDER BY id"_s);
    QVERIFY(rows);
    QStringList seen;
    while (rows.value().next())
        seen << u"%1 %2"_s.arg(rows.value().value(0).toLongLong()).arg(rows.value().value(1).toString());
    QCOMPARE(seen, (QStringList{u"7 winner"_s, u"102 side effect"_s}));
}

void TestDatabase::deferredWriteOutsideATransactionRunsAtOnce()
{
    QVERIFY(deferUntilCommit(m_db, u"INSERT INTO scratch (id, t) VALUES (?, ?)"_s, {qint64(3), u"at once"_s}));
    QCOMPARE(scratchRows(), 1);
    const Status refused = deferUntilCommit(m_db, u"INSERT INTO scratch (id, t) VALUES (3, 'twice')"_s, {});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"unique-violation"_s);
}

// On PostgreSQL a statement used again is prepared and then sent as
// EXECUTE with the values as literals: every value must still arrive as
// given, and the statement be prepared once per connection.
void TestDatabase::repeatedStatementsKeepTheirValues()
{
    const QStringList values{u"plain"_s, u"it's"_s, u"back\\slash\\'"_s, u"'); DROP TABLE scratch; --"_s,
                             u"$1 ? $2"_s, u"Zoë €"_s, QString()};
    for (qsizetype i = 0; i < values.size(); ++i) {
        const Status inserted = m_database->transaction([&](QSqlDatabase& db) {
            return execStatus(db, u"INSERT INTO scratch (id, t, i) VALUES (?, ?, ?)"_s, {qint64(i), values.at(i), qint64(-i)});
        });
        QVERIFY2(inserted, qPrintable(inserted ? QString() : inserted.error().message));
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        auto row = execSql(m_db, u"SELECT t, i FROM scratch WHERE id = ?"_s, {qint64(i)});
        QVERIFY2(row, qPrintable(row ? QString() : row.error().message));
        QVERIFY(row.value().next());
        QCOMPARE(row.value().value(0).isNull(), values.at(i).isNull());
        QCOMPARE(row.value().value(0).toString(), values.at(i));
        QCOMPARE(row.value().value(1).toLongLong(), -i);
    }
    QVERIFY(execSql(m_db, u"UPDATE scratch SET i = i - 1 WHERE id >= ?"_s, {qint64(3)}));
    auto updated = execSql(m_db, u"UPDATE scratch SET i = i - 1 WHERE id >= ?"_s, {qint64(5)});
    QVERIFY(updated);
    QCOMPARE(updated.value().numRowsAffected(), 2);  // the row count of an EXECUTE is the UPDATE's
    QCOMPARE(scratchRows(), values.size());
    if (test::usePostgres()) {
        auto prepared = execSql(m_db, u"SELECT statement FROM pg_prepared_statements WHERE statement LIKE '%scratch%'"_s);
        QVERIFY(prepared);
        QStringList statements;
        while (prepared.value().next())
            statements << prepared.value().value(0).toString();
        statements.sort();
        QCOMPARE(statements.size(), 3);
        QVERIFY2(statements.join(u'|').contains(u"INSERT INTO scratch (id, t, i) VALUES ($1, $2, $3)"_s),
                 qPrintable(statements.join(u" | "_s)));
    }
}

// "? IS NULL" leaves PostgreSQL no way to know the value's type: preparing
// it fails, inside a transaction too, and the statement runs as before
// while the transaction's other writes stay.
void TestDatabase::statementThatCannotBePreparedStillRuns()
{
    QList<bool> answers;
    const Status status = m_database->transaction([&](QSqlDatabase& db) -> Status {
        if (Status s = execStatus(db, u"INSERT INTO scratch (id, t) VALUES (1, 'before')"_s); !s)
            return s;
        for (const QVariant& value : {QVariant(u"x"_s), QVariant(QMetaType::fromType<QString>()), QVariant(u"y"_s)}) {
            auto row = execSql(db, u"SELECT CASE WHEN ? IS NULL THEN 1 ELSE 0 END"_s, {value});
            if (!row)
                return row.error();
            if (!row.value().next())
                return Status::failure(u"database-error"_s, u"no row"_s);
            answers << (row.value().value(0).toInt() == 1);
        }
        return execStatus(db, u"INSERT INTO scratch (id, t) VALUES (2, 'after')"_s);
    });
    QVERIFY2(status, qPrintable(status ? QString() : status.error().message));
    QCOMPARE(answers, (QList<bool>{false, true, false}));
    QCOMPARE(scratchRows(), 2);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
