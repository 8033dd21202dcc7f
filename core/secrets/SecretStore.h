// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Result.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

namespace QKeychain {
class Job;
}

namespace buurtmunt {

// The device's secrets in the system keychain (QtKeychain over the Secret
// Service). Never falls back to a plaintext file: when no keychain is there the
// caller gets an error that tells the operator what to start.
//
// Keys are namespaced by profile ("<profile>/device-secret") under the fixed
// service "Buurtmunt", so several profiles on one machine never overwrite each
// other's secrets.
class SecretStore final : public QObject {
    Q_OBJECT

public:
    using ReadCallback = std::function<void(const Result<QString>&)>;
    using StatusCallback = std::function<void(const Status&)>;

    static QString serviceName();
    static QString deviceSecretKey();  // "device-secret"

    explicit SecretStore(QString profile, QObject* parent = nullptr);

    QString profile() const { return m_profile; }
    QString qualifiedKey(const QString& key) const;

    // The callback runs on this object's thread after the keychain answered;
    // it is not called when the SecretStore is destroyed first.
    void read(const QString& key, ReadCallback done);
    void write(const QString& key, const QString& value, StatusCallback done);
    // Removing a key that is not there succeeds: the outcome is the same.
    void remove(const QString& key, StatusCallback done);

    // For the command line, where no event loop runs yet.
    Result<QString> readBlocking(const QString& key);
    Status writeBlocking(const QString& key, const QString& value);
    Status removeBlocking(const QString& key);

    // How long to wait before the single retry after NoBackendAvailable (a
    // keyring that is just being started by the session often answers late).
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

private:
    enum class Operation { Read, Write, Remove };

    void startJob(Operation operation, const QString& key, const QString& value, int attempt,
                  const std::function<void(const Result<QString>&)>& done);
    Error mapError(QKeychain::Job* job, const QString& key) const;

    QString m_profile;
    std::chrono::milliseconds m_retryDelay{500};
};

} // namespace buurtmunt
