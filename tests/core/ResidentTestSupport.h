// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "CoreTestSession.h"

#include <QHash>
#include <QPair>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace buurtmunt::test {

// The demo's residents as the server prints them at start: name -> (pass, PIN).
inline QHash<QString, QPair<QString, QString>> demoResidents(const ServerProcess& server)
{
    static const QRegularExpression line(QStringLiteral("^\\s+(.+) \\(.+\\): pass (\\S+)\\s+PIN (\\d+)$"));
    QHash<QString, QPair<QString, QString>> residents;
    for (const QString& text : server.standardOutput().split(u'\n')) {
        const auto match = line.match(text);
        if (match.hasMatch())
            residents.insert(match.captured(1), {match.captured(2), match.captured(3)});
    }
    return residents;
}

// The municipality changes a setting (e.g. "cap.yearlyCents") straight in the
// server's SQLite database; an empty value removes it. The server reads its
// rules per request, so the next call sees it.
inline bool setServerSetting(const ServerProcess& server, const QString& key, const QString& value,
                             QString* error)
{
    const QString name = QStringLiteral("resident-test-settings");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(server.dataDir() + QStringLiteral("/buurtmunt.sqlite"));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
            q.addBindValue(key);
            ok = q.exec();
            if (ok && !value.isEmpty()) {
                q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"));
                q.addBindValue(key);
                q.addBindValue(value);
                ok = q.exec();
            }
            if (!ok)
                *error = q.lastError().text();
            db.close();
        } else {
            *error = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// A staff member approves a resident's submitted claim through the API, so
// the resident has a reward in their coin history.
inline bool approveAsStaff(ServerProcess& server, QNetworkAccessManager* network, qint64 claimId, QString* error)
{
    auto staff = enrolDirectly(server, network, QStringLiteral("staff"), error);
    if (!staff)
        return false;
    ApiClient api(network);
    pinTo(api, server);
    api.setDeviceCredentials(staff->deviceId, staff->secret);
    api.setRole(QStringLiteral("staff"));
    const ApiResult login = waitFor(api.send("POST", QStringLiteral("/v1/staff-sessions"),
        {{QStringLiteral("username"), QStringLiteral("demo")}, {QStringLiteral("password"), QStringLiteral("heitje-demo")}},
        ApiClient::newIdempotencyKey()));
    if (!login.ok()) {
        *error = login.error->message;
        return false;
    }
    api.setSessionToken(login.body.object().value(QStringLiteral("token")).toString());
    const ApiResult approved = waitFor(api.send("POST", QStringLiteral("/v1/claims/%1/approve").arg(claimId), {},
                                                ApiClient::newIdempotencyKey()));
    if (!approved.ok()) {
        *error = approved.error->message;
        return false;
    }
    return true;
}

} // namespace buurtmunt::test
