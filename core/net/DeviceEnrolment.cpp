// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "DeviceEnrolment.h"

#include "core/net/ApiClient.h"
#include "core/net/Fingerprint.h"
#include "core/domain/Crypto.h"
#include "core/secrets/SecretStore.h"
#include "core/store/LocalStore.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace buurtmunt {

DeviceEnrolment::DeviceEnrolment(QNetworkAccessManager* network, LocalStore* store, SecretStore* secrets,
                                 QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_store(store)
    , m_secrets(secrets)
{
}

void DeviceEnrolment::fail(Error error)
{
    m_busy = false;
    if (m_api)
        m_api->deleteLater();
    Q_EMIT failed(error);
}

void DeviceEnrolment::enrol(const QUrl& server, const QString& code, const QByteArray& fingerprint,
                            const QString& deviceName)
{
    if (m_busy)
        return;
    m_busy = true;

    std::optional<Error> problem;
    if (!server.isValid() || server.scheme() != u"https"_s || server.host().isEmpty())
        problem = Error{u"insecure-url"_s, tr("“%1” is not an https:// server address.").arg(server.toDisplayString())};
    else if (fingerprint.size() != Fingerprint::Size)
        problem = Error{u"invalid-fingerprint"_s,
                        tr("The server's certificate fingerprint must be a SHA-256 fingerprint (32 bytes).")};
    else if (code.trimmed().isEmpty())
        problem = Error{u"enrolment-code-missing"_s, tr("Enter the enrolment code staff gave you.")};
    else if (deviceName.trimmed().isEmpty())
        problem = Error{u"device-name-missing"_s,
                        tr("Give this device a name staff will recognise, such as “Kiosk Bibliotheek Centrum”.")};
    if (problem) {
        QTimer::singleShot(0, this, [this, error = *problem] { fail(error); });
        return;
    }

    m_server = server;
    m_fingerprint = fingerprint;
    m_api = new ApiClient(m_network, this);
    m_api->setBaseUrl(server);
    m_api->setPinnedFingerprint(fingerprint);
    m_api->setTimeout(m_timeout);
    // The device makes its own secret and keeps it in the keychain before it
    // is sent: a keychain problem then shows before the one-time code is spent,
    // and the server never has to send (or keep) the secret.
    const QString secret = crypto::toBase64Url(crypto::randomBytes(32));
    const QJsonObject body{{u"code"_s, code.trimmed().toUpper()}, {u"name"_s, deviceName.trimmed()}, {u"secret"_s, secret}};
    m_secrets->write(SecretStore::deviceSecretKey(), secret, [this, body](const Status& stored) {
        if (!stored) {
            fail({stored.error().code, tr("The device secret cannot be kept in the system keychain: %1 "
                                          "Nothing was sent; the enrolment code can still be used.")
                                           .arg(stored.error().message)});
            return;
        }
        ApiJob* job = m_api->send("POST", u"/v1/devices/enrol"_s, body, ApiClient::newIdempotencyKey());
        connect(job, &ApiJob::finished, this, &DeviceEnrolment::onAnswer);
    });
}

void DeviceEnrolment::onAnswer(const ApiResult& result)
{
    if (!result.ok()) {
        const Error& error = *result.error;
        const QString server = m_server.toDisplayString();
        if (error.code == u"enrolment-code-invalid"_s)
            failAndForgetSecret({error.code, tr("The server did not accept this enrolment code: it is wrong, already used, or "
                                                "older than 24 hours. Check the code, or ask staff for a new one.")});
        else if (error.code == u"certificate-mismatch"_s)
            failAndForgetSecret({error.code, tr("This is not the server you confirmed: %1 Nothing was sent to it.")
                                                 .arg(error.message)});
        else if (error.code == u"network"_s || error.code == u"timeout"_s || error.code == u"tls"_s)
            failAndForgetSecret({u"server-unreachable"_s,
                                 tr("The server at %1 cannot be reached: %2 Check the address and the network, then try again.")
                                     .arg(server, error.message)});
        else
            failAndForgetSecret({error.code, tr("The server refused the enrolment: %1").arg(error.message)});
        return;
    }
    Result<Enrolment> enrolment = Enrolment::fromEnrolResponse(result.body.object(), m_server, m_fingerprint);
    if (!enrolment) {
        failAndForgetSecret(enrolment.error());
        return;
    }
    if (const Status saved = m_store->saveEnrolment(enrolment.value()); !saved) {
        failAndForgetSecret(saved.error());
        return;
    }
    m_busy = false;
    if (m_api)
        m_api->deleteLater();
    Q_EMIT enrolled(enrolment.value());
}

void DeviceEnrolment::failAndForgetSecret(const Error& error)
{
    // The unused secret leaves the keychain before the failure is reported,
    // so whoever reacts to it finds the keychain as it was.
    m_secrets->remove(SecretStore::deviceSecretKey(), [this, error](const Status&) { fail(error); });
}

} // namespace buurtmunt
