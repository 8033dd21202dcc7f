// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestBackend.h"

#include "server/AuditLog.h"
#include "server/Migrations.h"

#include <QFile>
#include <QProcess>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::server;

// The audit log's hash chain must notice any edit, insertion or deletion made
// directly in the database, and name the first broken row.
class TestAuditLog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void intactChainVerifies();
    void tamperingIsDetected_data();
    void tamperingIsDetected();
    void commandLineNamesTheBrokenRow();
    void everyKindOfFieldChainsAlike();
    void chainCarriesOnAcrossTheHeadMigration();

private:
    void appendRows(int count);
    QSqlDatabase db();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
};

void TestAuditLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_database = test::freshMigratedDatabase(*m_dir, &error);
    QVERIFY2(m_database, qPrintable(error));
    appendRows(10);
}

void TestAuditLog::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

QSqlDatabase TestAuditLog::db()
{
    return m_database->connection().value();
}

void TestAuditLog::appendRows(int count)
{
    for (int i = 1; i <= count; ++i) {
        const Status status = m_database->transaction([&](QSqlDatabase& conn) {
            AuditEntry entry;
            entry.actor = u"staff:%1"_s.arg(i % 3 + 1);
            entry.deviceId = i;
            entry.requestId = u"req-%1"_s.arg(i);
            entry.action = i % 2 ? u"claim.approve"_s : u"device.revoke"_s;
            entry.object = u"claim:%1"_s.arg(100 + i);
            entry.details = QJsonObject{{u"rewardCents"_s, 1200 + i}};
            return AuditLog::append(conn, entry);
        });
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
    }
}

void TestAuditLog::intactChainVerifies()
{
    QSqlDatabase conn = db();
    auto result = AuditLog::verify(conn);
    QVERIFY(result.ok());
    QVERIFY2(result.value().intact, qPrintable(result.value().problem));
    QCOMPARE(result.value().rows, 10);
}

void TestAuditLog::tamperingIsDetected_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<qint64>("brokenRow");
    QTest::addColumn<QString>("problem");
    QTest::newRow("amount edited in row 4") << u"UPDATE audit_log SET details = '{\"rewardCents\":99999}' WHERE id = 4"_s
                                            << qint64(4) << u"changed after it was written"_s;
    QTest::newRow("actor edited in row 1") << u"UPDATE audit_log SET actor = 'staff:9' WHERE id = 1"_s << qint64(1)
                                           << u"changed after it was written"_s;
    QTest::newRow("time moved in row 7") << u"UPDATE audit_log SET at = at - 86400000 WHERE id = 7"_s << qint64(7)
                                         << u"changed after it was written"_s;
    QTest::newRow("row 5 deleted") << u"DELETE FROM audit_log WHERE id = 5"_s << qint64(5) << u"row 5 is missing"_s;
    QTest::newRow("last row deleted") << u"DELETE FROM audit_log WHERE id = 10"_s << qint64(10)
                                      << u"the last rows were deleted"_s;
    QTest::newRow("last row deleted and the count set back")
        << u"DELETE FROM audit_log WHERE id = 10; UPDATE audit_head SET last_id = 9"_s << qint64(10)
        << u"not the last row written"_s;
    QTest::newRow("row 3 rewritten with a recomputed own hash")
        << u"UPDATE audit_log SET object = 'claim:1', hash = prev_hash WHERE id = 3"_s << qint64(3)
        << u"changed after it was written"_s;
}

void TestAuditLog::tamperingIsDetected()
{
    QFETCH(QString, sql);
    QFETCH(qint64, brokenRow);
    QFETCH(QString, problem);
    QSqlDatabase conn = db();
    for (const QString& statement : sql.split(u"; "_s))
        QVERIFY(execSql(conn, statement).ok());
    auto result = AuditLog::verify(conn);
    QVERIFY(result.ok());
    QVERIFY(!result.value().intact);
    QCOMPARE(result.value().firstBrokenId.value_or(-1), brokenRow);
    QVERIFY2(result.value().problem.contains(problem), qPrintable(result.value().problem));
}

void TestAuditLog::commandLineNamesTheBrokenRow()
{
    if (test::usePostgres()) {
        // The command line test needs the same database by URL.
        QVERIFY(m_database->location().dialect == Dialect::Postgres);
    }
    QSqlDatabase conn = db();
    QVERIFY(execSql(conn, u"UPDATE audit_log SET action = 'nothing.happened' WHERE id = 6"_s).ok());
    QStringList args{u"audit"_s, u"verify"_s, u"--data-dir"_s, m_dir->path()};
    if (test::usePostgres()) {
        const DatabaseLocation& l = m_database->location();
        args << u"--database"_s
             << u"postgresql://%1:%2@%3:%4/%5"_s.arg(l.user, l.password, l.host).arg(l.port).arg(l.databaseName);
    } else {
        // The CLI uses <data-dir>/buurtmunt.sqlite; point it at this test's file.
        m_database->closeThreadConnection();
        QVERIFY(QFile::copy(m_dir->filePath(u"test.sqlite"_s), m_dir->filePath(u"buurtmunt.sqlite"_s)));
        QFile::copy(m_dir->filePath(u"test.sqlite-wal"_s), m_dir->filePath(u"buurtmunt.sqlite-wal"_s));
    }
    QProcess cli;
    cli.start(test::ServerProcess::serverBinary(), args);
    QVERIFY(cli.waitForFinished(30'000));
    const QString output = QString::fromUtf8(cli.readAllStandardOutput());
    QCOMPARE(cli.exitCode(), 1);
    QVERIFY2(output.contains(u"BROKEN at row 6"_s), qPrintable(output + QString::fromUtf8(cli.readAllStandardError())));
}

// On PostgreSQL the database hashes each link itself; the chain must verify
// with the same hashes whatever the fields hold.
void TestAuditLog::everyKindOfFieldChainsAlike()
{
    const QList<AuditEntry> entries = [] {
        QList<AuditEntry> list;
        AuditEntry accents;
        accents.actor = u"staff:Zoë Çelik — 't Heitje"_s;
        accents.requestId = u"req-ü"_s;
        accents.action = u"shop.update"_s;
        accents.object = u"shop:Bakkerij Bongers & Zn. 'Höhe' €"_s;
        accents.details = QJsonObject{{u"name"_s, u"Café \"De Kroon\"\n2e étage 😀"_s}, {u"cents"_s, -5}};
        list << accents;
        AuditEntry bare;  // no device, empty details
        bare.actor = u"system"_s;
        bare.requestId = u"-"_s;
        bare.action = u"voucher.expire"_s;
        bare.object = u"voucher:0"_s;
        list << bare;
        AuditEntry device;
        device.actor = u"device:123456789012"_s;
        device.deviceId = 123456789012;
        device.requestId = QString(64, u'x');
        device.action = u"device.revoke"_s;
        device.object = u"device:123456789012"_s;
        device.details = QJsonObject{{u"why"_s, u"a';DROP TABLE audit_log;--"_s}};
        list << device;
        return list;
    }();
    for (const AuditEntry& entry : entries) {
        const Status status = m_database->transaction([&](QSqlDatabase& conn) { return AuditLog::append(conn, entry); });
        QVERIFY2(status, qPrintable(status ? QString() : status.error().message));
    }
    // Two appends in one transaction chain onto each other.
    const Status both = m_database->transaction([&](QSqlDatabase& conn) -> Status {
        if (Status s = AuditLog::append(conn, entries.at(0)); !s)
            return s;
        return AuditLog::append(conn, entries.at(2));
    });
    QVERIFY2(both, qPrintable(both ? QString() : both.error().message));
    QSqlDatabase conn = db();
    auto result = AuditLog::verify(conn);
    QVERIFY(result.ok());
    QVERIFY2(result.value().intact, qPrintable(result.value().problem));
    QCOMPARE(result.value().rows, 15);
    auto stored = execSql(conn, u"SELECT actor, object, device_id FROM audit_log WHERE id = 11"_s);
    QVERIFY(stored && stored.value().next());
    QCOMPARE(stored.value().value(0).toString(), entries.at(0).actor);
    QCOMPARE(stored.value().value(1).toString(), entries.at(0).object);
    QVERIFY(stored.value().value(2).isNull());
}

// A database written before the chain's head had its own row: the migration
// takes the count and the last hash from the old rows and the chain goes on.
void TestAuditLog::chainCarriesOnAcrossTheHeadMigration()
{
    QSqlDatabase conn = db();
    for (const QString& statement : {u"DROP TABLE audit_head"_s, u"DELETE FROM schema_migrations WHERE version = 5"_s,
                                     u"INSERT INTO change_sequences (name, value) VALUES ('audit', 10)"_s})
        QVERIFY(execSql(conn, statement).ok());
    const Status migrated = Migrations::migrate(*m_database);
    QVERIFY2(migrated, qPrintable(migrated ? QString() : migrated.error().message));
    auto counter = execSql(conn, u"SELECT COUNT(*) FROM change_sequences WHERE name = 'audit'"_s);
    QVERIFY(counter && counter.value().next());
    QCOMPARE(counter.value().value(0).toInt(), 0);
    appendRows(2);
    auto result = AuditLog::verify(conn);
    QVERIFY(result.ok());
    QVERIFY2(result.value().intact, qPrintable(result.value().problem));
    QCOMPARE(result.value().rows, 12);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
