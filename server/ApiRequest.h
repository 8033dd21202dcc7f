// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <optional>

namespace buurtmunt::server {

// What a request handler needs of an HTTP request, copied off the server
// thread's QHttpServerRequest so a worker thread can own it.
struct ApiRequest final {
    QByteArray method;        // upper case: GET, POST, ...
    QString path;             // decoded path, e.g. /v1/tasks/12
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString requestId;
    QHostAddress remoteAddress;
    QHash<QString, QString> pathParams;  // {id} in the route pattern
    QString routePattern;

    QByteArray header(const QByteArray& name) const;
    bool isMutating() const;
    // A path parameter as a row id; unset unless it is a positive number
    // (anything else names nothing that exists).
    std::optional<qint64> pathId(const QString& name = QStringLiteral("id")) const;
};

// The identity a request runs as, established by authentication.
struct Caller final {
    enum class Kind { Anonymous, Device };
    Kind kind = Kind::Anonymous;
    qint64 deviceId = 0;
    QString role;            // kiosk | counter | staff
    std::optional<qint64> shopId;
    QString deviceName;
    QString neighbourhood;
    // A logged-in person on that device, when the route needs one.
    std::optional<qint64> residentId;
    std::optional<qint64> staffId;
    QStringList staffRoles;
    QByteArray sessionToken;

    // For the audit log and ledger: "resident:4", "staff:2" or "device:7".
    QString actor() const;
};

} // namespace buurtmunt::server
