// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "core/secrets/SecretStore.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace std::chrono_literals;

// A machine without a Secret Service: the bus address points at a socket that
// does not exist. Its own executable, because the D-Bus connection is made on
// first use and then kept for the life of the process.
class TestSecretStoreUnavailable : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeTellsTheOperatorWhatToStart();
    void readTellsTheOperatorWhatToStart();
    void asyncWriteReportsTheSameError();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSecretStoreUnavailable::initTestCase()
{
    m_dir.reset(new QTemporaryDir);
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + m_dir->filePath(u"no-such-bus"_s).toUtf8());
}

namespace {
void verifyUnavailable(const Error& error)
{
    qInfo("%s: %s", qPrintable(error.code), qPrintable(error.message));
    QCOMPARE(error.code, u"keychain-unavailable"_s);
    QVERIFY2(error.message.contains(u"No secret service is running"_s), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"gnome-keyring-daemon"_s), qPrintable(error.message));
}
} // namespace

void TestSecretStoreUnavailable::writeTellsTheOperatorWhatToStart()
{
    SecretStore store(u"offline"_s);
    store.setRetryDelay(50ms);
    const Status written = store.writeBlocking(SecretStore::deviceSecretKey(), u"nowhere"_s);
    QVERIFY(!written.ok());
    verifyUnavailable(written.error());
}

void TestSecretStoreUnavailable::readTellsTheOperatorWhatToStart()
{
    SecretStore store(u"offline"_s);
    store.setRetryDelay(50ms);
    const Result<QString> read = store.readBlocking(SecretStore::deviceSecretKey());
    QVERIFY(!read.ok());
    verifyUnavailable(read.error());
}

void TestSecretStoreUnavailable::asyncWriteReportsTheSameError()
{
    SecretStore store(u"offline"_s);
    store.setRetryDelay(50ms);
    std::optional<Status> written;
    store.write(SecretStore::deviceSecretKey(), u"nowhere"_s, [&](const Status& status) { written = status; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 30000);
    QVERIFY(!written->ok());
    verifyUnavailable(written->error());
}

QTEST_GUILESS_MAIN(TestSecretStoreUnavailable)
#include "TestSecretStoreUnavailable.moc"
