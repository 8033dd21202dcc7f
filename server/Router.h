// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "server/ApiRequest.h"
#include "server/ApiResponse.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace buurtmunt::server {

// What a handler gets: the request, who calls, and the thread's database
// connection — inside the request's one transaction for mutating routes.
struct RequestContext final {
    const ApiRequest& request;
    const Caller& caller;
    QSqlDatabase& db;
    QJsonObject body;  // parsed JSON object of a mutating request
};

using Handler = std::function<ApiResponse(RequestContext&)>;

enum class Access {
    Public,  // health, metrics, enrolment
    Device,  // an enrolled, not revoked device with one of the route's roles
};

struct Route final {
    QByteArray method;
    QString pattern;      // "/v1/tasks/{id}"
    Access access = Access::Device;
    QStringList roles;    // device roles allowed; empty means every role
    Handler handler;
};

// Method + path pattern to handler. Knows which methods a path allows, so a
// wrong method is a 405 with an Allow header, not a 404.
class Router final {
public:
    void add(Route route);

    struct Match {
        const Route* route = nullptr;
        QHash<QString, QString> params;
        QList<QByteArray> allowedMethods;  // when the path exists with other methods
    };
    Match match(const QByteArray& method, const QString& path) const;
    const QList<Route>& routes() const { return m_routes; }

private:
    static QStringList segmentsOf(const QString& path);
    static bool matchPattern(const QStringList& pattern, const QStringList& path, QHash<QString, QString>* params);

    QList<Route> m_routes;
    QList<QStringList> m_segments;
};

} // namespace buurtmunt::server
