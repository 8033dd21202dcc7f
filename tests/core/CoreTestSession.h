// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "ServerProcess.h"

#include "core/net/ApiClient.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>

#include <optional>

namespace buurtmunt::test {

// A device enrolled straight through the API, for tests that are about what
// comes after enrolment and should not depend on the keychain.
struct EnrolledDevice {
    qint64 deviceId = 0;
    QString secret;
    QJsonObject answer;
};

inline ApiResult waitFor(ApiJob* job, int timeoutMs = 20000)
{
    QSignalSpy finished(job, &ApiJob::finished);
    if (!finished.wait(timeoutMs)) {
        ApiResult result;
        result.error = Error{QStringLiteral("test-timeout"), QStringLiteral("ApiJob did not finish")};
        return result;
    }
    return finished.first().first().value<ApiResult>();
}

inline void pinTo(ApiClient& client, const ServerProcess& server)
{
    client.setBaseUrl(server.url());
    client.setPinnedFingerprint(server.fingerprint());
}

inline std::optional<EnrolledDevice> enrolDirectly(ServerProcess& server, QNetworkAccessManager* network,
                                                   const QString& role, QString* error)
{
    const QString code = server.enrolmentCode(role);
    if (code.isEmpty()) {
        *error = server.errorString();
        return std::nullopt;
    }
    ApiClient client(network);
    pinTo(client, server);
    const QString secret = ServerProcess::newDeviceSecret();
    const ApiResult result = waitFor(client.send(
        "POST", QStringLiteral("/v1/devices/enrol"),
        {{QStringLiteral("code"), code}, {QStringLiteral("name"), QStringLiteral("Testapparaat")},
         {QStringLiteral("secret"), secret}},
        ApiClient::newIdempotencyKey()));
    if (!result.ok()) {
        *error = result.error->code + u": " + result.error->message;
        return std::nullopt;
    }
    const QJsonObject answer = result.body.object();
    return EnrolledDevice{answer.value(QStringLiteral("deviceId")).toInteger(), secret, answer};
}

// A port on 127.0.0.1 where nothing listens (connections are refused).
inline QUrl closedPortUrl()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
}

} // namespace buurtmunt::test
