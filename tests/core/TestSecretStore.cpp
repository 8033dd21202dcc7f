// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "core/secrets/SecretStore.h"

#include <QtTest>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;
using namespace buurtmunt;

// Runs against the real Secret Service: scripts/test.sh starts ctest inside a
// private D-Bus session with an unlocked gnome-keyring.
class TestSecretStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writesReadsAndRemoves();
    void asyncCallbacksReport();
    void profilesDoNotSeeEachOther();
    void landsInTheKeyringUnderTheDocumentedName();
    void missingSecretSaysWhatToDo();
    void lockedKeyringSaysToUnlockIt_data();
    void lockedKeyringSaysToUnlockIt();

private:
    QString m_profile;
};

void TestSecretStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("No D-Bus session: run the tests through scripts/test.sh (dbus-run-session with gnome-keyring).");
    // A unique profile, so runs never see each other's leftovers.
    m_profile = u"test-%1"_s.arg(QCoreApplication::applicationPid());
}

void TestSecretStore::writesReadsAndRemoves()
{
    SecretStore store(m_profile);
    const QString secret = u"s3cr3t-ÄÖ-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    const Status written = store.writeBlocking(SecretStore::deviceSecretKey(), secret);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    const Result<QString> read = store.readBlocking(SecretStore::deviceSecretKey());
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    QCOMPARE(*read, secret);

    QVERIFY(store.writeBlocking(SecretStore::deviceSecretKey(), u"replaced"_s).ok());
    QCOMPARE(store.readBlocking(SecretStore::deviceSecretKey()).valueOr({}), u"replaced"_s);

    QVERIFY(store.removeBlocking(SecretStore::deviceSecretKey()).ok());
    QCOMPARE(store.readBlocking(SecretStore::deviceSecretKey()).error().code, u"secret-not-found"_s);
    // Removing what is gone is not an error: un-enrolling twice is harmless.
    QVERIFY(store.removeBlocking(SecretStore::deviceSecretKey()).ok());
}

void TestSecretStore::asyncCallbacksReport()
{
    SecretStore store(m_profile);
    std::optional<Status> written;
    store.write(u"async"_s, u"value-1"_s, [&](const Status& status) { written = status; });
    QVERIFY(!written.has_value());  // the keychain answers later, never inside write()
    QTRY_VERIFY(written.has_value());
    QVERIFY(written->ok());

    std::optional<Result<QString>> read;
    store.read(u"async"_s, [&](const Result<QString>& result) { read = result; });
    QTRY_VERIFY(read.has_value());
    QCOMPARE(read->valueOr({}), u"value-1"_s);

    std::optional<Status> removed;
    store.remove(u"async"_s, [&](const Status& status) { removed = status; });
    QTRY_VERIFY(removed.has_value());
    QVERIFY(removed->ok());
}

void TestSecretStore::profilesDoNotSeeEachOther()
{
    SecretStore kiosk(m_profile + u"-kiosk"_s);
    SecretStore counter(m_profile + u"-counter"_s);
    QVERIFY(kiosk.writeBlocking(SecretStore::deviceSecretKey(), u"kiosk-secret"_s).ok());
    QVERIFY(counter.writeBlocking(SecretStore::deviceSecretKey(), u"counter-secret"_s).ok());
    QCOMPARE(kiosk.readBlocking(SecretStore::deviceSecretKey()).valueOr({}), u"kiosk-secret"_s);
    QCOMPARE(counter.readBlocking(SecretStore::deviceSecretKey()).valueOr({}), u"counter-secret"_s);
    QVERIFY(kiosk.removeBlocking(SecretStore::deviceSecretKey()).ok());
    QCOMPARE(counter.readBlocking(SecretStore::deviceSecretKey()).valueOr({}), u"counter-secret"_s);
    QVERIFY(counter.removeBlocking(SecretStore::deviceSecretKey()).ok());
}

void TestSecretStore::landsInTheKeyringUnderTheDocumentedName()
{
    // What another tool (or the next version of this one) finds: service
    // "Buurtmunt", key "<profile>/device-secret".
    SecretStore store(m_profile);
    QCOMPARE(store.qualifiedKey(SecretStore::deviceSecretKey()), m_profile + u"/device-secret"_s);
    QVERIFY(store.writeBlocking(SecretStore::deviceSecretKey(), u"seen-from-outside"_s).ok());

    auto* job = new QKeychain::ReadPasswordJob(u"Buurtmunt"_s);
    job->setKey(m_profile + u"/device-secret"_s);
    QSignalSpy finished(job, &QKeychain::Job::finished);
    job->start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(job->error(), QKeychain::NoError);
    QCOMPARE(job->textData(), u"seen-from-outside"_s);
    QVERIFY(store.removeBlocking(SecretStore::deviceSecretKey()).ok());
}

void TestSecretStore::missingSecretSaysWhatToDo()
{
    SecretStore store(m_profile + u"-never-enrolled"_s);
    const Result<QString> read = store.readBlocking(SecretStore::deviceSecretKey());
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, u"secret-not-found"_s);
    QVERIFY2(read.error().message.contains(u"Enrol the device again"_s), qPrintable(read.error().message));
    QVERIFY(read.error().message.contains(m_profile + u"-never-enrolled"_s));
}

void TestSecretStore::lockedKeyringSaysToUnlockIt_data()
{
    QTest::addColumn<QString>("setup");
    // Its own D-Bus session and keyring, so the keyring the other tests use
    // (maybe at this very moment, under ctest -j) stays unlocked.
    QTest::newRow("keyring locked") << u"eval \"$(printf pw | gnome-keyring-daemon --unlock --components=secrets)\"; "
                                       "dbus-send --session --print-reply --dest=org.freedesktop.secrets "
                                       "/org/freedesktop/secrets org.freedesktop.Secret.Service.Lock "
                                       "array:objpath:/org/freedesktop/secrets/collection/login >/dev/null"_s;
    QTest::newRow("no login keyring yet") << u"eval \"$(gnome-keyring-daemon --start --components=secrets)\""_s;
}

void TestSecretStore::lockedKeyringSaysToUnlockIt()
{
    QFETCH(QString, setup);
    QTemporaryDir session;
    QVERIFY(session.isValid());
    QDir(session.path()).mkpath(u"home"_s);
    QDir(session.path()).mkpath(u"run"_s);
    QFile::setPermissions(session.filePath(u"run"_s), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcess probe;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, session.filePath(u"home"_s));
    environment.insert(u"XDG_RUNTIME_DIR"_s, session.filePath(u"run"_s));
    environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    environment.remove(u"GNOME_KEYRING_CONTROL"_s);
    probe.setProcessEnvironment(environment);
    probe.start(u"dbus-run-session"_s, {u"--"_s, u"sh"_s, u"-c"_s,
                                        setup + u"; exec \"$0\""_s, QStringLiteral(BUURTMUNT_SECRETSTORE_PROBE)});
    QVERIFY2(probe.waitForFinished(60000), "the probe did not finish");
    const QStringList lines = QString::fromUtf8(probe.readAllStandardOutput()).split(u'\n');
    QVERIFY2(lines.size() >= 2, qPrintable(QString::fromUtf8(probe.readAllStandardError())));
    qInfo("%s: %s", qPrintable(lines.at(0)), qPrintable(lines.value(1)));
    QCOMPARE(lines.at(0), u"keychain-locked"_s);
    QVERIFY2(lines.at(1).contains(u"unlock"_s), qPrintable(lines.at(1)));
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "TestSecretStore.moc"
