// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "CoreTestSession.h"

#include "core/net/ApiClient.h"
#include "core/net/DeviceEnrolment.h"
#include "core/net/Fingerprint.h"
#include "core/secrets/SecretStore.h"
#include "core/store/LocalStore.h"
#include "core/sync/TaskSync.h"

#include <QNetworkAccessManager>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::test;

// From the code staff hand out to a device that syncs, against the real
// server, the real Secret Service (gnome-keyring) and real TLS.
class TestDeviceEnrolment : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void enrolsStoresTheSecretAndSyncs();
    void refusesAWrongCode();
    void refusesAUsedCode();
    void revokedDeviceIsRefusedOnItsNextCall();
    void otherCertificateNeverReceivesTheCode();
    void unreachableServerIsNamed();
    void badInputIsRefusedUpFront_data();
    void badInputIsRefusedUpFront();

private:
    struct Outcome {
        std::optional<Enrolment> enrolment;
        std::optional<Error> error;
    };
    Outcome enrol(const QUrl& server, const QString& code, const QByteArray& fingerprint,
                  const QString& name = u"Kiosk Bibliotheek Centrum"_s);

    ServerProcess m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<SecretStore> m_secrets;
    int m_profileCounter = 0;
};

void TestDeviceEnrolment::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session: run the tests through scripts/test.sh (dbus-run-session with gnome-keyring).");
    QVERIFY2(m_server.start(ServerProcess::Options::withDemoData()), qPrintable(m_server.errorString()));
}

void TestDeviceEnrolment::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<LocalStore>(m_dir->path());
    QVERIFY(m_store->open().ok());
    m_secrets = std::make_unique<SecretStore>(
        u"enrol-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(++m_profileCounter));
}

void TestDeviceEnrolment::cleanup()
{
    if (m_secrets)
        (void)m_secrets->removeBlocking(SecretStore::deviceSecretKey());
    m_secrets.reset();
    m_store.reset();
    m_dir.reset();
}

TestDeviceEnrolment::Outcome TestDeviceEnrolment::enrol(const QUrl& server, const QString& code,
                                                        const QByteArray& fingerprint, const QString& name)
{
    DeviceEnrolment enrolment(&m_network, m_store.get(), m_secrets.get());
    QSignalSpy enrolled(&enrolment, &DeviceEnrolment::enrolled);
    QSignalSpy failed(&enrolment, &DeviceEnrolment::failed);
    enrolment.enrol(server, code, fingerprint, name);
    Outcome outcome;
    if (!QTest::qWaitFor([&] { return enrolled.size() + failed.size() > 0; }, 30000)) {
        outcome.error = Error{u"test-timeout"_s, u"DeviceEnrolment reported nothing within 30 s"_s};
        return outcome;
    }
    // Only ever one report.
    QTest::qWait(50);
    if (enrolled.size() + failed.size() != 1)
        outcome.error = Error{u"test-double-report"_s, u"DeviceEnrolment reported more than once"_s};
    else if (!enrolled.isEmpty())
        outcome.enrolment = enrolled.first().first().value<Enrolment>();
    else
        outcome.error = failed.first().first().value<Error>();
    return outcome;
}

void TestDeviceEnrolment::enrolsStoresTheSecretAndSyncs()
{
    const QString code = m_server.enrolmentCode(u"kiosk"_s);
    QVERIFY2(!code.isEmpty(), qPrintable(m_server.errorString()));
    const Outcome outcome = enrol(m_server.url(), code, m_server.fingerprint());
    QVERIFY2(outcome.enrolment, qPrintable(outcome.error ? outcome.error->message : QString()));
    const Enrolment& enrolment = *outcome.enrolment;
    QVERIFY(enrolment.deviceId.isValid());
    QCOMPARE(enrolment.role, u"kiosk"_s);
    QCOMPARE(enrolment.fingerprint, m_server.fingerprint());
    QCOMPARE(enrolment.serverUrl, m_server.url());
    QVERIFY(!enrolment.municipalityName.isEmpty());
    QVERIFY(!enrolment.coinName.isEmpty());
    QVERIFY(enrolment.euroCentsPerCoin > 0);
    QVERIFY(!enrolment.voucherKeys.isEmpty());

    // Persisted: what the app finds at its next start.
    QCOMPARE(m_store->enrolment().value(), std::optional<Enrolment>(enrolment));
    const Result<QString> secret = m_secrets->readBlocking(SecretStore::deviceSecretKey());
    QVERIFY2(secret.ok(), qPrintable(secret.ok() ? QString() : secret.error().message));
    QVERIFY(secret->size() >= 40);
    // Never in the clear on disk.
    QFile file(m_store->databasePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(secret->toUtf8()));

    // And the secret works: the demo tasks arrive in the local store.
    ApiClient api(&m_network);
    api.setBaseUrl(enrolment.serverUrl);
    api.setPinnedFingerprint(enrolment.fingerprint);
    api.setDeviceCredentials(enrolment.deviceId.value(), *secret);
    api.setRole(enrolment.role);
    TaskSync sync(&api, m_store.get());
    QSignalSpy finished(&sync, &TaskSync::syncFinished);
    QSignalSpy failed(&sync, &TaskSync::syncFailed);
    QVERIFY(sync.syncNow());
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() + failed.size() > 0, 20000);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().value<Error>().message));
    QVERIFY(finished.first().at(1).toInt() >= 40);
    QVERIFY(m_store->publishedTasks().value().size() >= 40);
}

void TestDeviceEnrolment::refusesAWrongCode()
{
    const Outcome outcome = enrol(m_server.url(), u"AAAA-BBBB-CCCC"_s, m_server.fingerprint());
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->code, u"enrolment-code-invalid"_s);
    QVERIFY2(outcome.error->message.contains(u"wrong, already used"_s), qPrintable(outcome.error->message));
    QVERIFY(outcome.error->message.contains(u"ask staff for a new one"_s));
    QVERIFY(!m_store->enrolment().value().has_value());
    QCOMPARE(m_secrets->readBlocking(SecretStore::deviceSecretKey()).error().code, u"secret-not-found"_s);
}

void TestDeviceEnrolment::refusesAUsedCode()
{
    const QString code = m_server.enrolmentCode(u"counter"_s, 1);
    QVERIFY2(!code.isEmpty(), qPrintable(m_server.errorString()));
    const Outcome first = enrol(m_server.url(), code, m_server.fingerprint(), u"Kassa 1"_s);
    QVERIFY2(first.enrolment, qPrintable(first.error ? first.error->message : QString()));
    QCOMPARE(first.enrolment->role, u"counter"_s);
    QCOMPARE(first.enrolment->shopId, std::optional<ShopId>(ShopId(1)));

    const Outcome second = enrol(m_server.url(), code, m_server.fingerprint(), u"Kassa 2"_s);
    QVERIFY(second.error);
    QCOMPARE(second.error->code, u"enrolment-code-invalid"_s);
    // The first enrolment stays as it was.
    QCOMPARE(m_store->enrolment().value()->deviceName, first.enrolment->deviceName);
}

void TestDeviceEnrolment::revokedDeviceIsRefusedOnItsNextCall()
{
    const QString code = m_server.enrolmentCode(u"kiosk"_s);
    QVERIFY2(!code.isEmpty(), qPrintable(m_server.errorString()));
    const Outcome outcome = enrol(m_server.url(), code, m_server.fingerprint());
    QVERIFY2(outcome.enrolment, qPrintable(outcome.error ? outcome.error->message : QString()));
    ApiClient api(&m_network);
    api.setBaseUrl(m_server.url());
    api.setPinnedFingerprint(m_server.fingerprint());
    api.setDeviceCredentials(outcome.enrolment->deviceId.value(),
                             m_secrets->readBlocking(SecretStore::deviceSecretKey()).value());
    QVERIFY(waitFor(api.get(u"/v1/device"_s)).ok());

    QVERIFY2(m_server.revokeDevice(outcome.enrolment->deviceId.value()), qPrintable(m_server.errorString()));

    const ApiResult refused = waitFor(api.get(u"/v1/device"_s));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.httpStatus, 401);
    QCOMPARE(refused.error->code, u"device-revoked"_s);
    TaskSync sync(&api, m_store.get());
    QSignalSpy failed(&sync, &TaskSync::syncFailed);
    QVERIFY(sync.syncNow());
    QVERIFY(failed.wait(20000));
    QCOMPARE(failed.first().first().value<Error>().code, u"device-revoked"_s);
    QCOMPARE(m_store->taskCount().value(), 0);
}

void TestDeviceEnrolment::otherCertificateNeverReceivesTheCode()
{
    ServerProcess impostor;
    QVERIFY2(impostor.start(), qPrintable(impostor.errorString()));
    QVERIFY(impostor.fingerprint() != m_server.fingerprint());
    const QString code = impostor.enrolmentCode(u"kiosk"_s);
    QVERIFY2(!code.isEmpty(), qPrintable(impostor.errorString()));

    // Pinned to the server the operator confirmed, but talking to another one.
    const Outcome refused = enrol(impostor.url(), code, m_server.fingerprint());
    QVERIFY(refused.error);
    QCOMPARE(refused.error->code, u"certificate-mismatch"_s);
    QVERIFY2(refused.error->message.contains(impostor.fingerprintText()), qPrintable(refused.error->message));
    QVERIFY(refused.error->message.contains(m_server.fingerprintText()));
    QVERIFY(refused.error->message.contains(u"Nothing was sent"_s));
    QVERIFY(!m_store->enrolment().value().has_value());

    // The proof that the request body never arrived: the single-use code
    // still works on that server.
    const Outcome accepted = enrol(impostor.url(), code, impostor.fingerprint());
    QVERIFY2(accepted.enrolment, qPrintable(accepted.error ? accepted.error->message : QString()));
}

void TestDeviceEnrolment::unreachableServerIsNamed()
{
    const QUrl nowhere = closedPortUrl();
    const Outcome outcome = enrol(nowhere, u"AAAA-BBBB-CCCC"_s, m_server.fingerprint());
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->code, u"server-unreachable"_s);
    QVERIFY2(outcome.error->message.contains(nowhere.toDisplayString()), qPrintable(outcome.error->message));
}

void TestDeviceEnrolment::badInputIsRefusedUpFront_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("fingerprintSize");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("error");
    QTest::newRow("plain http") << u"http://127.0.0.1:1"_s << u"AAAA"_s << 32 << u"Kiosk"_s << u"insecure-url"_s;
    QTest::newRow("SHA-1 sized pin") << u"https://127.0.0.1:1"_s << u"AAAA"_s << 20 << u"Kiosk"_s
                                     << u"invalid-fingerprint"_s;
    QTest::newRow("no code") << u"https://127.0.0.1:1"_s << u"  "_s << 32 << u"Kiosk"_s
                             << u"enrolment-code-missing"_s;
    QTest::newRow("no name") << u"https://127.0.0.1:1"_s << u"AAAA"_s << 32 << QString()
                             << u"device-name-missing"_s;
}

void TestDeviceEnrolment::badInputIsRefusedUpFront()
{
    QFETCH(QString, url);
    QFETCH(QString, code);
    QFETCH(int, fingerprintSize);
    QFETCH(QString, name);
    QFETCH(QString, error);
    QSignalSpy sent(&m_network, &QNetworkAccessManager::finished);
    const Outcome outcome = enrol(QUrl(url), code, QByteArray(fingerprintSize, 'a'), name);
    QVERIFY(outcome.error);
    QCOMPARE(outcome.error->code, error);
    QVERIFY(!outcome.error->message.isEmpty());
    QCOMPARE(sent.size(), 0);
}

QTEST_GUILESS_MAIN(TestDeviceEnrolment)
#include "TestDeviceEnrolment.moc"
