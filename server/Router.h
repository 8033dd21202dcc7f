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

// Who must be logged in on the device, on top of the device itself.
enum class SessionNeed { None, Resident, Staff, Any };

struct Route final {
    QByteArray method;
    QString pattern;      // "/v1/tasks/{id}"
    Access access = Access::Device;
    QStringList roles;    // device roles allowed; empty means every role
    Handler handler;
    SessionNeed session = SessionNeed::None;
    QStringList staffRoles;       // with SessionNeed::Staff: any of these; empty means every staff member
    // A refused answer still commits (a wrong PIN must be counted), but it is
    // never stored as an idempotent replay.
    bool commitRefusals = false;
};

inline Route makeRoute(QByteArray method, QString pattern, Access access, QStringList roles, Handler handler,
                       SessionNeed session = SessionNeed::None)
{
    Route route;
    route.method = std::move(method);
    route.pattern = std::move(pattern);
    route.access = access;
    route.roles = std::move(roles);
    route.handler = std::move(handler);
    route.session = session;
    return route;
}

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
