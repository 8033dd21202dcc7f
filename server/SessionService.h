// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "server/Database.h"

namespace buurtmunt::server {

enum class SessionKind { Staff, Resident };

struct SessionLimits final {
    qint64 idleMs = 0;
    qint64 totalMs = 0;

    // Residents at a kiosk: 90 s idle (the kiosk warns from 60 s), 15 minutes
    // in total. Staff: 15 minutes idle, 8 hours in total.
    static SessionLimits forKind(SessionKind kind);
};

struct Session final {
    SessionKind kind = SessionKind::Resident;
    qint64 subjectId = 0;  // resident or staff id
    qint64 deviceId = 0;
    qint64 createdAt = 0;
    qint64 expiresAt = 0;
    qint64 idleTimeoutMs = 0;
};

// Login sessions of residents and staff. A token is 256 random bits; the
// server keeps only its SHA-256. A session is bound to the device it started
// on: the same token from another device is refused.
class SessionService final {
public:
    struct Opened {
        QString token;
        Session session;
    };
    static Result<Opened> open(QSqlDatabase& db, SessionKind kind, qint64 subjectId, qint64 deviceId);
    // Checks the token, the device, the idle and the total limit, and marks it
    // used. Errors: "session-invalid", "session-expired".
    static Result<Session> authenticate(QSqlDatabase& db, const QByteArray& token, qint64 deviceId);
    static Status end(QSqlDatabase& db, const QByteArray& token);
    static Status endForDevice(QSqlDatabase& db, qint64 deviceId);
    static Status endForSubject(QSqlDatabase& db, SessionKind kind, qint64 subjectId);
};

QString toString(SessionKind kind);

} // namespace buurtmunt::server
