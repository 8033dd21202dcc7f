// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ServerProcess.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt::test;

// The harness every server-backed test stands on: if it misreads the
// server's start-up lines, every one of those tests fails in a confusing way.
class TestServerProcess : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void startsAndReadsTheStartUpLines();
    void keepsItsCertificateAcrossRestarts();
    void runsTheCommandLine();
    void explainsAFailedStart();
    void givesEachTestItsOwnPostgresDatabase();
};

void TestServerProcess::startsAndReadsTheStartUpLines()
{
    ServerProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QVERIFY(server.isRunning());
    QCOMPARE(server.url().scheme(), u"https"_s);
    QCOMPARE(server.url().host(), u"127.0.0.1"_s);
    QVERIFY(server.url().port() > 0);
    QCOMPARE(server.fingerprint().size(), 32);
    QVERIFY(QRegularExpression(u"^([0-9A-F]{2}:){31}[0-9A-F]{2}$"_s).match(server.fingerprintText()).hasMatch());
    QCOMPARE(QString::fromLatin1(server.fingerprint().toHex(':').toUpper()), server.fingerprintText());
    QVERIFY(QFileInfo(server.dataDir()).isDir());
    QVERIFY(server.standardOutput().contains(u"Ready"_s));
    server.stop();
    QVERIFY(!server.isRunning());
}

void TestServerProcess::keepsItsCertificateAcrossRestarts()
{
    QTemporaryDir dir;
    ServerProcess::Options options;
    options.dataDir = dir.path();
    ServerProcess first;
    QVERIFY2(first.start(options), qPrintable(first.errorString()));
    const QByteArray fingerprint = first.fingerprint();
    first.stop();
    ServerProcess second;
    QVERIFY2(second.start(options), qPrintable(second.errorString()));
    QCOMPARE(second.fingerprint(), fingerprint);
}

void TestServerProcess::runsTheCommandLine()
{
    ServerProcess server;
    QVERIFY2(server.start(ServerProcess::Options::withDemoData()), qPrintable(server.errorString()));
    const QString code = server.enrolmentCode(u"kiosk"_s);
    QVERIFY2(!code.isEmpty(), qPrintable(server.errorString()));
    QVERIFY2(!code.contains(u' ') && code.size() >= 8, qPrintable(code));
    QVERIFY(server.enrolmentCode(u"counter"_s, 1) != code);

    QVERIFY(server.enrolmentCode(u"emperor"_s).isEmpty());
    QVERIFY2(server.errorString().contains(u"exited with 2"_s), qPrintable(server.errorString()));
    QVERIFY(!server.revokeDevice(987654));
}

void TestServerProcess::explainsAFailedStart()
{
    ServerProcess server;
    ServerProcess::Options options;
    options.databaseUrl = u"postgresql://nobody:wrong@127.0.0.1:1/none"_s;
    options.readyTimeoutMs = 15000;
    QVERIFY(!server.start(options));
    QVERIFY(!server.isRunning());
    QVERIFY2(server.errorString().contains(u"stderr:"_s), qPrintable(server.errorString()));
}

void TestServerProcess::givesEachTestItsOwnPostgresDatabase()
{
    if (ServerProcess::postgresUrl().isEmpty())
        QFAIL("BUURTMUNT_TEST_PG_URL is not set: run scripts/test.sh, which starts PostgreSQL for the tests.");
    QString error;
    const QString first = ServerProcess::freshPostgresDatabase(&error);
    QVERIFY2(!first.isEmpty(), qPrintable(error));
    const QString second = ServerProcess::freshPostgresDatabase(&error);
    QVERIFY2(!second.isEmpty(), qPrintable(error));
    QVERIFY(first != second);
    {
        const QUrl url(first);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"check"_s);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        QVERIFY2(db.open(), qPrintable(url.path()));
        QSqlQuery query(db);
        QVERIFY(query.exec(u"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
    QSqlDatabase::removeDatabase(u"check"_s);

    ServerProcess server;
    ServerProcess::Options options = ServerProcess::Options::withDemoData();
    options.databaseUrl = first;
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    QCOMPARE(server.databaseUrl(), first);
    QVERIFY2(!server.enrolmentCode(u"kiosk"_s).isEmpty(), qPrintable(server.errorString()));
}

QTEST_GUILESS_MAIN(TestServerProcess)
#include "TestServerProcess.moc"
