// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "HttpsTestClient.h"
#include "ServerProcess.h"
#include "TestBackend.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::test;

// The audit log seen from the admin's desk: search by action, text and
// time, page through it, and a row edited or deleted in the database behind
// the server's back is named by both the desk and `audit verify`.
class TestAuditApi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void searchesByActionTextAndTime();
    void pagesWithoutGapsOrRepeats();
    void badParametersAreNamed_data();
    void badParametersAreNamed();
    void anEditedRowIsNamed();
    void aDeletedRowIsNamed();

private:
    struct Desk {
        ServerProcess* server = nullptr;
        EnrolledDevice device;
        QByteArray token;
    };
    static bool openDesk(ServerProcess& server, Desk* desk);
    static HttpReply get(const Desk& desk, const QString& path, const HeaderList& extra = {});
    static bool execute(ServerProcess& server, const QString& sql, qint64* value = nullptr);
    static void checkBroken(Desk& desk, qint64 row);

    ServerProcess m_server;
    Desk m_desk;
};

bool TestAuditApi::openDesk(ServerProcess& server, Desk* desk)
{
    desk->server = &server;
    desk->device = enrolDevice(server, u"staff"_s);
    HttpsTestClient client(server.url(), server.fingerprint());
    client.setDeviceCredentials(desk->device.id, desk->device.secret);
    desk->token = client.postJson(u"/v1/staff-sessions"_s, R"({"username":"demo","password":"heitje-demo"})",
                                  "audit-login-" + QByteArray::number(desk->device.id))
                      .json().value(u"token"_s).toString().toLatin1();
    return desk->device.id > 0 && !desk->token.isEmpty();
}

HttpReply TestAuditApi::get(const Desk& desk, const QString& path, const HeaderList& extra)
{
    HttpsTestClient client(desk.server->url(), desk.server->fingerprint());
    client.setDeviceCredentials(desk.device.id, desk.device.secret);
    return client.get(path, HeaderList{{"Buurtmunt-Session", desk.token}} + extra);
}

bool TestAuditApi::execute(ServerProcess& server, const QString& sql, qint64* value)
{
    bool ok = false;
    {
        QSqlDatabase db = openServerDatabase(server, u"audit-raw"_s);
        QSqlQuery q(db);
        ok = q.exec(sql);
        if (ok && value)
            ok = q.next() && (*value = q.value(0).toLongLong(), true);
        if (!ok)
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"audit-raw"_s);
    return ok;
}

void TestAuditApi::initTestCase()
{
    QString error;
    const ServerProcess::Options options = serverOptions(true, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_server.start(options), qPrintable(m_server.errorString()));
    QVERIFY(openDesk(m_server, &m_desk));
}

void TestAuditApi::cleanupTestCase()
{
    m_server.stop();
}

void TestAuditApi::searchesByActionTextAndTime()
{
    // A revocation with a request id of our own, to find it by.
    const EnrolledDevice kiosk = enrolDevice(m_server, u"kiosk"_s);
    HttpsTestClient client(m_server.url(), m_server.fingerprint());
    client.setDeviceCredentials(m_desk.device.id, m_desk.device.secret);
    const HttpReply revoked = client.postJson(u"/v1/devices/%1/revoke"_s.arg(kiosk.id), "{}", "audit-revoke-1",
                                              {{"Buurtmunt-Session", m_desk.token}, {"X-Request-ID", "audit-search-7f3k"}});
    QVERIFY2(revoked.status == 200, qPrintable(revoked.describe()));

    qint64 enrolments = 0;
    QVERIFY(execute(m_server, u"SELECT COUNT(*) FROM audit_log WHERE action = 'device.enrol'"_s, &enrolments));
    QVERIFY(enrolments >= 2);
    const HttpReply byAction = get(m_desk, u"/v1/audit?action=device.enrol&limit=500"_s);
    QVERIFY2(byAction.status == 200, qPrintable(byAction.describe()));
    const QJsonArray enrolItems = byAction.json().value(u"items"_s).toArray();
    QCOMPARE(enrolItems.size(), enrolments);
    for (const QJsonValue& item : enrolItems)
        QCOMPARE(item.toObject().value(u"action"_s).toString(), u"device.enrol"_s);

    const HttpReply byRequest = get(m_desk, u"/v1/audit?q=AUDIT-SEARCH-7F3K"_s);
    const QJsonArray found = byRequest.json().value(u"items"_s).toArray();
    QVERIFY2(found.size() == 1, qPrintable(byRequest.describe()));
    const QJsonObject entry = found.first().toObject();
    QCOMPARE(entry.value(u"action"_s).toString(), u"device.revoke"_s);
    QCOMPARE(entry.value(u"object"_s).toString(), u"device:%1"_s.arg(kiosk.id));
    QCOMPARE(entry.value(u"deviceId"_s).toInteger(), m_desk.device.id);
    QCOMPARE(entry.value(u"requestId"_s).toString(), u"audit-search-7f3k"_s);
    QVERIFY(entry.value(u"actor"_s).toString().startsWith(u"staff:"_s));
    QCOMPARE(entry.value(u"details"_s).toObject().value(u"role"_s).toString(), u"kiosk"_s);

    // By object and by a word in the details.
    QCOMPARE(get(m_desk, u"/v1/audit?q=device:%1&action=device.revoke"_s.arg(kiosk.id)).json().value(u"items"_s).toArray().size(), 1);
    QVERIFY(!get(m_desk, u"/v1/audit?q=kiosk"_s).json().value(u"items"_s).toArray().isEmpty());
    // A LIKE wildcard is searched as text.
    QCOMPARE(get(m_desk, u"/v1/audit?q=%25_%25"_s).json().value(u"items"_s).toArray().size(), 0);

    const QDateTime at = QDateTime::fromString(entry.value(u"at"_s).toString(), Qt::ISODateWithMs);
    QVERIFY(at.isValid());
    const auto within = [&](const QString& query) {
        return get(m_desk, u"/v1/audit?action=device.revoke&"_s + query).json().value(u"items"_s).toArray().size();
    };
    const QString before = at.addSecs(-1).toString(Qt::ISODate);
    const QString after = at.addSecs(1).toString(Qt::ISODate);
    QCOMPARE(within(u"from="_s + before + u"&to="_s + after), 1);
    QCOMPARE(within(u"from="_s + after), 0);
    QCOMPARE(within(u"to="_s + before), 0);
    QCOMPARE(within(u"from=2000-01-01&to=2000-01-31"_s), 0);
}

void TestAuditApi::pagesWithoutGapsOrRepeats()
{
    qint64 total = 0;
    QVERIFY(execute(m_server, u"SELECT COUNT(*) FROM audit_log"_s, &total));
    QVERIFY(total > 5);
    QList<qint64> ids;
    QString cursor;
    for (int page = 0; page < 1000; ++page) {
        const HttpReply reply = get(m_desk, u"/v1/audit?limit=3"_s + (cursor.isEmpty() ? QString() : u"&before="_s + cursor));
        QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
        const QJsonArray items = reply.json().value(u"items"_s).toArray();
        QVERIFY(items.size() <= 3);
        for (const QJsonValue& item : items)
            ids << item.toObject().value(u"id"_s).toInteger();
        const QJsonValue next = reply.json().value(u"next"_s);
        if (next.isNull())
            break;
        QCOMPARE(next.toInteger(), ids.last());
        cursor = QString::number(next.toInteger());
    }
    // Rows appear as they are written (this listing logs nothing), newest first.
    QVERIFY(ids.size() >= total);
    for (qsizetype i = 1; i < ids.size(); ++i)
        QVERIFY(ids.at(i) < ids.at(i - 1));
    QCOMPARE(ids.last(), 1);
}

void TestAuditApi::badParametersAreNamed_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("name");
    QTest::newRow("limit 0") << u"limit=0"_s << u"limit"_s;
    QTest::newRow("limit 501") << u"limit=501"_s << u"limit"_s;
    QTest::newRow("before letters") << u"before=abc"_s << u"before"_s;
    QTest::newRow("from garbage") << u"from=yesterday"_s << u"from"_s;
    QTest::newRow("to without zone") << u"to=2026-11-01T10:00:00"_s << u"to"_s;
    QTest::newRow("to before from") << u"from=2026-11-02&to=2026-11-01"_s << u"to"_s;
    QTest::newRow("unknown") << u"acton=x"_s << u"acton"_s;
}

void TestAuditApi::badParametersAreNamed()
{
    QFETCH(QString, query);
    QFETCH(QString, name);
    const HttpReply reply = get(m_desk, u"/v1/audit?"_s + query);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.problemSlug(), u"invalid-parameter"_s);
    QCOMPARE(reply.json().value(u"invalidParams"_s).toArray().first().toObject().value(u"name"_s).toString(), name);
}

void TestAuditApi::checkBroken(Desk& desk, qint64 row)
{
    QByteArray out;
    QStringList arguments{u"audit"_s, u"verify"_s, u"--data-dir"_s, desk.server->dataDir()};
    if (!desk.server->databaseUrl().isEmpty())
        arguments << u"--database"_s << desk.server->databaseUrl();
    const int exitCode = desk.server->runCli(arguments, &out);
    QCOMPARE(exitCode, 1);
    QVERIFY2(out.contains(QByteArray("row " + QByteArray::number(row))), out.constData());

    const HttpReply verification = get(desk, u"/v1/audit/verification"_s);
    QVERIFY2(verification.status == 200, qPrintable(verification.describe()));
    QCOMPARE(verification.json().value(u"intact"_s).toBool(), false);
    QCOMPARE(verification.json().value(u"firstBrokenId"_s).toInteger(), row);
    QVERIFY(!verification.json().value(u"problem"_s).toString().isEmpty());
}

void TestAuditApi::anEditedRowIsNamed()
{
    const HttpReply intact = get(m_desk, u"/v1/audit/verification"_s);
    QVERIFY2(intact.status == 200, qPrintable(intact.describe()));
    qint64 rows = 0;
    QVERIFY(execute(m_server, u"SELECT COUNT(*) FROM audit_log"_s, &rows));
    QCOMPARE(intact.json().value(u"intact"_s).toBool(), true);
    QCOMPARE(intact.json().value(u"rows"_s).toInteger(), rows);
    QVERIFY(intact.json().value(u"firstBrokenId"_s).isNull());

    const qint64 row = rows / 2;
    QVERIFY(execute(m_server, u"UPDATE audit_log SET details = '{\"tampered\":true}' WHERE id = %1"_s.arg(row)));
    checkBroken(m_desk, row);
}

void TestAuditApi::aDeletedRowIsNamed()
{
    ServerProcess server;
    QString error;
    const ServerProcess::Options options = serverOptions(true, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(server.start(options), qPrintable(server.errorString()));
    Desk desk;
    QVERIFY(openDesk(server, &desk));
    QCOMPARE(get(desk, u"/v1/audit/verification"_s).json().value(u"intact"_s).toBool(), true);
    qint64 rows = 0;
    QVERIFY(execute(server, u"SELECT COUNT(*) FROM audit_log"_s, &rows));
    const qint64 row = rows / 2;
    QVERIFY(row > 1);
    QVERIFY(execute(server, u"DELETE FROM audit_log WHERE id = %1"_s.arg(row)));
    checkBroken(desk, row);
    server.stop();
}

QTEST_GUILESS_MAIN(TestAuditApi)
#include "TestAuditApi.moc"
