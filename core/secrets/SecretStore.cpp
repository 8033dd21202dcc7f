// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "SecretStore.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <optional>

using namespace Qt::StringLiterals;

namespace buurtmunt {

QString SecretStore::serviceName()
{
    return u"Buurtmunt"_s;
}

QString SecretStore::deviceSecretKey()
{
    return u"device-secret"_s;
}

SecretStore::SecretStore(QString profile, QObject* parent)
    : QObject(parent)
    , m_profile(profile.isEmpty() ? u"default"_s : std::move(profile))
{
}

QString SecretStore::qualifiedKey(const QString& key) const
{
    return m_profile % u'/' % key;
}

void SecretStore::read(const QString& key, ReadCallback done)
{
    startJob(Operation::Read, key, {}, 0, done);
}

void SecretStore::write(const QString& key, const QString& value, StatusCallback done)
{
    startJob(Operation::Write, key, value, 0, [done](const Result<QString>& result) {
        done(result.ok() ? Status::success() : Status(result.error()));
    });
}

void SecretStore::remove(const QString& key, StatusCallback done)
{
    startJob(Operation::Remove, key, {}, 0, [done](const Result<QString>& result) {
        done(result.ok() ? Status::success() : Status(result.error()));
    });
}

void SecretStore::startJob(Operation operation, const QString& key, const QString& value, int attempt,
                           const std::function<void(const Result<QString>&)>& done)
{
    QKeychain::Job* job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(serviceName(), this);
        break;
    case Operation::Write: {
        auto* writeJob = new QKeychain::WritePasswordJob(serviceName(), this);
        writeJob->setTextData(value);
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(serviceName(), this);
        break;
    }
    job->setKey(qualifiedKey(key));
    job->setInsecureFallback(false);
    job->setAutoDelete(true);

    connect(job, &QKeychain::Job::finished, this, [this, operation, key, value, attempt, done](QKeychain::Job* finished) {
        const QKeychain::Error code = finished->error();
        if (code == QKeychain::NoBackendAvailable && attempt == 0) {
            QTimer::singleShot(m_retryDelay, this, [this, operation, key, value, done] {
                startJob(operation, key, value, 1, done);
            });
            return;
        }
        if (code == QKeychain::EntryNotFound && operation == Operation::Remove) {
            done(QString());
            return;
        }
        if (code != QKeychain::NoError) {
            done(mapError(finished, key));
            return;
        }
        if (operation == Operation::Read)
            done(static_cast<QKeychain::ReadPasswordJob*>(finished)->textData());
        else
            done(QString());
    });
    job->start();
}

Error SecretStore::mapError(QKeychain::Job* job, const QString& key) const
{
    const QString details = job->errorString();
    switch (job->error()) {
    case QKeychain::EntryNotFound:
        return {u"secret-not-found"_s,
                tr("The system keychain holds no “%1” for profile “%2” (service “%3”): "
                   "this device is not enrolled in this profile, or its secret was removed. Enrol the device again.")
                    .arg(key, m_profile, serviceName())};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {u"keychain-locked"_s,
                tr("The system keychain is locked or refused access: unlock the login keyring "
                   "(the desktop asks for its password, or run “gnome-keyring-daemon --unlock”) and try again. (%1)")
                    .arg(details)};
    case QKeychain::OtherError:
        // The service answers but has no login keyring to open: never
        // created (no desktop login yet) or gone.
        if (details.contains(u"/collection/"_s))
            return {u"keychain-locked"_s,
                    tr("The system keychain has no usable login keyring: log in to the desktop once (that creates "
                       "and unlocks it) or unlock it with “gnome-keyring-daemon --unlock”, then try again. (%1)")
                        .arg(details)};
        [[fallthrough]];
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {u"keychain-unavailable"_s,
                tr("No secret service is running: start gnome-keyring-daemon (or another Secret Service "
                   "provider) in this desktop session, or log in to a desktop that runs one, and try again. "
                   "Buurtmunt never stores the device secret in a plain file. (%1)")
                    .arg(details)};
    case QKeychain::CouldNotDeleteEntry:
        return {u"keychain-error"_s,
                tr("The system keychain could not delete “%1”: %2").arg(qualifiedKey(key), details)};
    case QKeychain::NoError:
        break;
    }
    return {u"keychain-error"_s, tr("The system keychain failed: %1").arg(details)};
}

namespace {

template <typename Start>
Result<QString> runBlocking(Start start)
{
    std::optional<Result<QString>> outcome;
    QEventLoop loop;
    start([&outcome, &loop](const Result<QString>& result) {
        outcome = result;
        loop.quit();
    });
    if (!outcome)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return *outcome;
}

} // namespace

Result<QString> SecretStore::readBlocking(const QString& key)
{
    return runBlocking([this, &key](auto done) { startJob(Operation::Read, key, {}, 0, done); });
}

Status SecretStore::writeBlocking(const QString& key, const QString& value)
{
    const Result<QString> result =
        runBlocking([this, &key, &value](auto done) { startJob(Operation::Write, key, value, 0, done); });
    return result.ok() ? Status::success() : Status(result.error());
}

Status SecretStore::removeBlocking(const QString& key)
{
    const Result<QString> result =
        runBlocking([this, &key](auto done) { startJob(Operation::Remove, key, {}, 0, done); });
    return result.ok() ? Status::success() : Status(result.error());
}

} // namespace buurtmunt
