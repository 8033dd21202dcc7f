// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Result.h"
#include "core/store/Enrolment.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;

namespace buurtmunt {

class ApiClient;
class LocalStore;
class SecretStore;
struct ApiResult;

// Turns a one-time code from staff into an enrolled device: POST
// /v1/devices/enrol over a connection pinned to the fingerprint the operator
// confirmed, the secret into the system keychain, the rest into the local
// store. Reports once, through enrolled() or failed(), with a message a
// person at the device can act on.
class DeviceEnrolment final : public QObject {
    Q_OBJECT

public:
    DeviceEnrolment(QNetworkAccessManager* network, LocalStore* store, SecretStore* secrets,
                    QObject* parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    bool isBusy() const { return m_busy; }
    void enrol(const QUrl& server, const QString& code, const QByteArray& fingerprint, const QString& deviceName);

Q_SIGNALS:
    void enrolled(const buurtmunt::Enrolment& enrolment);
    void failed(const buurtmunt::Error& error);

private:
    void onAnswer(const ApiResult& result);
    void fail(Error error);
    void failAndForgetSecret(const Error& error);

    QNetworkAccessManager* m_network;
    LocalStore* m_store;
    SecretStore* m_secrets;
    QPointer<ApiClient> m_api;
    std::chrono::milliseconds m_timeout{15000};
    QUrl m_server;
    QByteArray m_fingerprint;
    bool m_busy = false;
};

} // namespace buurtmunt
