// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace buurtmunt::server {

struct InvalidParam final {
    QString name;
    QString reason;
};

// A response as a handler produces it; the server writes it on the socket's
// thread.
struct ApiResponse final {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString problemType;  // slug, for the access log and metrics
    // Stored for idempotent replays instead of `body` when the answer holds
    // a secret shown only once (a new pass token).
    std::optional<QByteArray> replayBody;

    static ApiResponse json(int status, const QJsonObject& object);
    static ApiResponse json(int status, const QJsonArray& array);
    static ApiResponse text(int status, const QByteArray& body, const QByteArray& contentType = "text/plain; charset=utf-8");
    static ApiResponse notModified(const QByteArray& etag);
    // RFC 9457 problem details; `slug` becomes "urn:buurtmunt:problem:<slug>".
    static ApiResponse problem(int status, const QString& slug, const QString& title, const QString& detail,
                               const QList<InvalidParam>& invalidParams = {});
    // Maps a domain or service error to its problem type: the one place where
    // error codes meet HTTP status codes.
    static ApiResponse fromError(const Error& error);
    // Adds members to a problem answer, such as the remaining room under the
    // earnings cap, for a client to show.
    static ApiResponse withProblemMembers(ApiResponse response, const QJsonObject& members);

    ApiResponse& withHeader(const QByteArray& name, const QByteArray& value);
    bool isSuccess() const { return status >= 200 && status < 300; }
};

} // namespace buurtmunt::server
