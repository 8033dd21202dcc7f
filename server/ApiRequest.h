// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
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

    QString actor() const;   // for the audit log and ledger: "device:7"
};

} // namespace buurtmunt::server
