// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "CoreTestSession.h"

#include "core/net/ApiClient.h"
#include "core/net/Fingerprint.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::test;
using namespace std::chrono_literals;

// Against a real buurtmunt-server with demo data, over real TLS.
class TestApiClient : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void readsTasksWithDeviceCredentials();
    void echoesTheRequestId();
    void mapsProblemJson_data();
    void mapsProblemJson();
    void refusesAServerWithAnotherCertificate();
    void wrongPinOnAWarmConnectionSendsNothing();
    void reportsATimeout();
    void reportsAnUnreachableServer();
    void refusesUnsafeRequestsWithoutSendingThem();

private:
    ServerProcess m_server;
    QNetworkAccessManager m_network;
    std::optional<EnrolledDevice> m_device;
};

void TestApiClient::initTestCase()
{
    QVERIFY2(m_server.start(ServerProcess::Options::withDemoData()), qPrintable(m_server.errorString()));
    QString error;
    m_device = enrolDirectly(m_server, &m_network, u"kiosk"_s, &error);
    QVERIFY2(m_device.has_value(), qPrintable(error));
    QVERIFY(m_device->deviceId > 0);
}

void TestApiClient::cleanupTestCase()
{
    m_server.stop();
}

void TestApiClient::readsTasksWithDeviceCredentials()
{
    ApiClient client(&m_network);
    pinTo(client, m_server);
    client.setDeviceCredentials(m_device->deviceId, m_device->secret);
    client.setRole(u"kiosk"_s);
    const ApiResult result = waitFor(client.get(u"/v1/tasks"_s));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error->message));
    QCOMPARE(result.httpStatus, 200);
    QVERIFY(result.body.object().value(u"items"_s).toArray().size() >= 40);
    QVERIFY(!result.etag.isEmpty());
    QVERIFY(!result.problem.has_value());
    QVERIFY(!result.notModified());

    // The ETag it gave is the one that makes an unchanged list cost nothing.
    const ApiResult again = waitFor(client.get(
        u"/v1/tasks"_s, QUrlQuery{{u"since"_s, result.body.object().value(u"cursor"_s).toVariant().toString()}},
        result.etag));
    QVERIFY(again.ok());
    QVERIFY(again.notModified());
    QCOMPARE(again.httpStatus, 304);
}

void TestApiClient::echoesTheRequestId()
{
    ApiClient client(&m_network);
    pinTo(client, m_server);
    client.setDeviceCredentials(m_device->deviceId, m_device->secret);
    QByteArray echoed;
    QByteArray sentUserAgent;
    connect(&m_network, &QNetworkAccessManager::finished, this, [&](QNetworkReply* reply) {
        echoed = reply->rawHeader("X-Request-ID");
        sentUserAgent = reply->request().rawHeader("User-Agent");
    });
    ApiJob* job = client.get(u"/v1/device"_s);
    const QString requestId = job->requestId();
    QVERIFY(requestId.size() >= 16);
    const ApiResult result = waitFor(job);
    m_network.disconnect(this);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error->message));
    QCOMPARE(QString::fromLatin1(echoed), requestId);
    QCOMPARE(result.requestId, requestId);
    QCOMPARE(sentUserAgent, QByteArray("buurtmunt/" BUURTMUNT_VERSION " (unenrolled)"));
    QCOMPARE(result.body.object().value(u"deviceId"_s).toInteger(), m_device->deviceId);
    QVERIFY(!result.body.object().contains(u"secret"_s));

    // A second request gets its own id, so the server's log can tell them apart.
    ApiJob* second = client.get(u"/v1/device"_s);
    QVERIFY(second->requestId() != requestId);
    QVERIFY(waitFor(second).ok());
}

void TestApiClient::mapsProblemJson_data()
{
    QTest::addColumn<bool>("authenticated");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("since");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::newRow("no credentials") << false << QByteArray("GET") << u"/v1/tasks"_s << QString() << 401
                                    << u"device-unauthorized"_s;
    QTest::newRow("bad cursor") << true << QByteArray("GET") << u"/v1/tasks"_s << u"not-a-cursor"_s << 400
                                << u"invalid-cursor"_s;
    QTest::newRow("unknown task") << true << QByteArray("GET") << u"/v1/tasks/999999"_s << QString() << 404
                                  << u"task-not-found"_s;
    QTest::newRow("wrong enrolment code") << false << QByteArray("POST") << u"/v1/devices/enrol"_s << QString()
                                          << 400 << u"enrolment-code-invalid"_s;
}

void TestApiClient::mapsProblemJson()
{
    QFETCH(bool, authenticated);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, since);
    QFETCH(int, status);
    QFETCH(QString, type);
    ApiClient client(&m_network);
    pinTo(client, m_server);
    if (authenticated)
        client.setDeviceCredentials(m_device->deviceId, m_device->secret);
    ApiJob* job = method == "GET"
                      ? client.get(path, since.isEmpty() ? QUrlQuery() : QUrlQuery{{u"since"_s, since}})
                      : client.send(method, path, {{u"code"_s, u"ZZZZ-ZZZZ-ZZZZ"_s}, {u"name"_s, u"Test"_s},
                                                                 {u"secret"_s, ServerProcess::newDeviceSecret()}},
                                    ApiClient::newIdempotencyKey());
    const ApiResult result = waitFor(job);
    QVERIFY(!result.ok());
    QCOMPARE(result.httpStatus, status);
    QVERIFY(result.problem.has_value());
    QCOMPARE(result.problem->type, type);
    QCOMPARE(result.problem->status, status);
    QVERIFY(!result.problem->title.isEmpty());
    QCOMPARE(result.error->code, type);
    QVERIFY(!result.error->message.isEmpty());
    QVERIFY(!result.isTransient());
}

void TestApiClient::refusesAServerWithAnotherCertificate()
{
    ApiClient client(&m_network);
    client.setBaseUrl(m_server.url());
    QByteArray wrongPin = m_server.fingerprint();
    wrongPin[0] = char(wrongPin[0] ^ 0x01);
    client.setPinnedFingerprint(wrongPin);
    client.setDeviceCredentials(m_device->deviceId, m_device->secret);
    const ApiResult result = waitFor(client.get(u"/v1/tasks"_s));
    QVERIFY(!result.ok());
    QCOMPARE(result.error->code, u"certificate-mismatch"_s);
    QCOMPARE(result.httpStatus, 0);
    QVERIFY2(result.error->message.contains(m_server.fingerprintText()), qPrintable(result.error->message));
    QVERIFY2(result.error->message.contains(Fingerprint::format(wrongPin)), qPrintable(result.error->message));
}

void TestApiClient::wrongPinOnAWarmConnectionSendsNothing()
{
    // A correctly pinned request leaves a keep-alive connection in the shared
    // network manager; a client with another pin must not ride on it.
    ApiClient trusted(&m_network);
    pinTo(trusted, m_server);
    trusted.setDeviceCredentials(m_device->deviceId, m_device->secret);
    QVERIFY(waitFor(trusted.get(u"/v1/device"_s)).ok());

    ApiClient mispinned(&m_network);
    mispinned.setBaseUrl(m_server.url());
    mispinned.setPinnedFingerprint(QByteArray(32, '\x42'));
    const QString code = m_server.enrolmentCode(u"kiosk"_s);
    QVERIFY2(!code.isEmpty(), qPrintable(m_server.errorString()));
    const QString secret = ServerProcess::newDeviceSecret();
    const ApiResult refused = waitFor(mispinned.send("POST", u"/v1/devices/enrol"_s,
                                                     {{u"code"_s, code}, {u"name"_s, u"Warm"_s}, {u"secret"_s, secret}},
                                                     ApiClient::newIdempotencyKey()));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error->code, u"certificate-mismatch"_s);
    // Not received: the single-use code still works.
    const ApiResult accepted = waitFor(trusted.send("POST", u"/v1/devices/enrol"_s,
                                                    {{u"code"_s, code}, {u"name"_s, u"Warm"_s}, {u"secret"_s, secret}},
                                                    ApiClient::newIdempotencyKey()));
    QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error->message));
}

void TestApiClient::reportsATimeout()
{
    // Accepts the connection and then says nothing, like a hung proxy.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket*> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] { held.append(silent.nextPendingConnection()); });
    ApiClient client(&m_network);
    client.setBaseUrl(QUrl(u"https://127.0.0.1:%1"_s.arg(silent.serverPort())));
    client.setPinnedFingerprint(m_server.fingerprint());
    client.setTimeout(400ms);
    QCOMPARE(client.timeout(), 400ms);
    QElapsedTimer timer;
    timer.start();
    const ApiResult result = waitFor(client.get(u"/v1/tasks"_s));
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!result.ok());
    QCOMPARE(result.error->code, u"timeout"_s);
    QVERIFY2(result.error->message.contains(u"0.4 seconds"_s), qPrintable(result.error->message));
    QVERIFY2(elapsed >= 350 && elapsed < 5000, qPrintable(QString::number(elapsed)));
    QVERIFY(result.isTransient());
    QVERIFY(!held.isEmpty());
}

void TestApiClient::reportsAnUnreachableServer()
{
    ApiClient client(&m_network);
    client.setBaseUrl(closedPortUrl());
    client.setPinnedFingerprint(m_server.fingerprint());
    const ApiResult result = waitFor(client.get(u"/v1/tasks"_s));
    QVERIFY(!result.ok());
    QCOMPARE(result.error->code, u"network"_s);
    QVERIFY2(result.error->message.contains(client.baseUrl().toDisplayString()), qPrintable(result.error->message));
    QVERIFY(result.isTransient());
}

void TestApiClient::refusesUnsafeRequestsWithoutSendingThem()
{
    QSignalSpy sent(&m_network, &QNetworkAccessManager::finished);
    ApiClient client(&m_network);
    client.setPinnedFingerprint(m_server.fingerprint());

    QUrl plain = m_server.url();
    plain.setScheme(u"http"_s);
    client.setBaseUrl(plain);
    QCOMPARE(waitFor(client.get(u"/v1/tasks"_s)).error->code, u"insecure-url"_s);

    client.setBaseUrl(m_server.url());
    client.setPinnedFingerprint({});
    QCOMPARE(waitFor(client.get(u"/v1/tasks"_s)).error->code, u"certificate-not-pinned"_s);

    client.setPinnedFingerprint(m_server.fingerprint());
    QCOMPARE(waitFor(client.send("POST", u"/v1/devices/enrol"_s, {}, u"short"_s)).error->code,
             u"idempotency-key-invalid"_s);
    QCOMPARE(waitFor(client.send("GET", u"/v1/tasks"_s, {}, ApiClient::newIdempotencyKey())).error->code,
             u"invalid-method"_s);
    QCOMPARE(sent.size(), 0);
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "TestApiClient.moc"
