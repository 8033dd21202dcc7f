// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "CoreTestSession.h"
#include "ResidentTestSupport.h"

#include "core/store/Enrolment.h"

#include <QJsonArray>
#include <QNetworkAccessManager>

namespace buurtmunt::test {

// Vouchers made the way residents make them: a kiosk device, a resident who
// earned coins for approved claims, and POST /v1/vouchers. Nothing is
// written into the server's database behind its back.
class VoucherMint final {
public:
    VoucherMint(ServerProcess& server, QNetworkAccessManager* network)
        : m_server(server), m_network(network), m_kiosk(network), m_staff(network)
    {
    }

    // Enrols a kiosk and a staff desk and logs the demo staff member in.
    bool setUp(QString* error)
    {
        auto kiosk = enrolDirectly(m_server, m_network, QStringLiteral("kiosk"), error);
        auto staff = enrolDirectly(m_server, m_network, QStringLiteral("staff"), error);
        if (!kiosk || !staff)
            return false;
        pinTo(m_kiosk, m_server);
        m_kiosk.setDeviceCredentials(kiosk->deviceId, kiosk->secret);
        m_kiosk.setRole(QStringLiteral("kiosk"));
        pinTo(m_staff, m_server);
        m_staff.setDeviceCredentials(staff->deviceId, staff->secret);
        m_staff.setRole(QStringLiteral("staff"));
        const ApiResult login = waitFor(m_staff.send("POST", QStringLiteral("/v1/staff-sessions"),
            {{QStringLiteral("username"), QStringLiteral("demo")}, {QStringLiteral("password"), QStringLiteral("heitje-demo")}},
            ApiClient::newIdempotencyKey()));
        if (!login.ok())
            return fail(login, error);
        m_staff.setSessionToken(login.body.object().value(QStringLiteral("token")).toString());
        return true;
    }

    // Logs the demo resident in at the kiosk; they claim, finish and get
    // approved each task, so their balance holds the tasks' rewards.
    bool fund(const QString& residentName, const QList<int>& taskIds, QString* error)
    {
        const auto residents = demoResidents(m_server);
        if (!residents.contains(residentName)) {
            *error = QStringLiteral("no demo resident named %1").arg(residentName);
            return false;
        }
        const auto [pass, pin] = residents.value(residentName);
        const ApiResult login = waitFor(m_kiosk.send("POST", QStringLiteral("/v1/resident-sessions"),
            {{QStringLiteral("pass"), pass}, {QStringLiteral("pin"), pin}}, ApiClient::newIdempotencyKey()));
        if (!login.ok())
            return fail(login, error);
        m_kiosk.setSessionToken(login.body.object().value(QStringLiteral("token")).toString());
        for (const int taskId : taskIds) {
            const ApiResult claim = waitFor(m_kiosk.send("POST", QStringLiteral("/v1/claims"),
                {{QStringLiteral("taskId"), taskId}}, ApiClient::newIdempotencyKey()));
            if (!claim.ok())
                return fail(claim, error);
            const qint64 claimId = claim.body.object().value(QStringLiteral("id")).toInteger();
            const ApiResult submitted = waitFor(m_kiosk.send("POST", QStringLiteral("/v1/claims/%1/submit").arg(claimId),
                {{QStringLiteral("note"), QStringLiteral("Klaar")}}, ApiClient::newIdempotencyKey()));
            if (!submitted.ok())
                return fail(submitted, error);
            const ApiResult approved = waitFor(m_staff.send("POST", QStringLiteral("/v1/claims/%1/approve").arg(claimId),
                {}, ApiClient::newIdempotencyKey()));
            if (!approved.ok())
                return fail(approved, error);
        }
        return true;
    }

    // A voucher of the logged-in resident: {id, token, manualCode, ...}.
    QJsonObject voucher(qint64 amountCents, QString* error)
    {
        const ApiResult made = waitFor(m_kiosk.send("POST", QStringLiteral("/v1/vouchers"),
            {{QStringLiteral("amountCents"), amountCents}}, ApiClient::newIdempotencyKey()));
        if (!made.ok()) {
            fail(made, error);
            return {};
        }
        return made.body.object();
    }

    ApiClient& staff() { return m_staff; }
    ApiClient& kiosk() { return m_kiosk; }

private:
    static bool fail(const ApiResult& result, QString* error)
    {
        *error = result.error ? result.error->code + QStringLiteral(": ") + result.error->message
                              : QStringLiteral("no answer");
        return false;
    }

    ServerProcess& m_server;
    QNetworkAccessManager* m_network;
    ApiClient m_kiosk;
    ApiClient m_staff;
};

// A counter PC of one shop enrolled through the API, as the enrolment
// dialog would have stored it.
inline std::optional<Enrolment> enrolCounter(ServerProcess& server, QNetworkAccessManager* network, qint64 shopId,
                                             QString* secret, QString* error)
{
    const QString code = server.enrolmentCode(QStringLiteral("counter"), shopId);
    if (code.isEmpty()) {
        *error = server.errorString();
        return std::nullopt;
    }
    ApiClient client(network);
    pinTo(client, server);
    *secret = ServerProcess::newDeviceSecret();
    const ApiResult result = waitFor(client.send("POST", QStringLiteral("/v1/devices/enrol"),
        {{QStringLiteral("code"), code}, {QStringLiteral("name"), QStringLiteral("Kassa %1").arg(shopId)},
         {QStringLiteral("secret"), *secret}},
        ApiClient::newIdempotencyKey()));
    if (!result.ok()) {
        *error = result.error->code + QStringLiteral(": ") + result.error->message;
        return std::nullopt;
    }
    Result<Enrolment> enrolment = Enrolment::fromEnrolResponse(result.body.object(), server.url(), server.fingerprint());
    if (!enrolment) {
        *error = enrolment.error().message;
        return std::nullopt;
    }
    return enrolment.value();
}

// How many POST /v1/redemptions reached the server, from its access log.
inline int redemptionRequests(const ServerProcess& server)
{
    int count = 0;
    const QStringList lines = server.standardError().split(u'\n');
    for (const QString& line : lines) {
        if (line.contains(QStringLiteral("\"path\":\"/v1/redemptions\"")) && line.contains(QStringLiteral("\"method\":\"POST\"")))
            ++count;
    }
    return count;
}

} // namespace buurtmunt::test
