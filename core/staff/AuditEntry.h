// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

namespace buurtmunt {

// One row of the server's tamper-evident audit log: who did what, from which
// device, under which request id.
struct AuditEntry final {
    // What the admin searches for; empty fields do not filter. Days are local
    // days, whole: "to" includes the day it names.
    struct Filter final {
        QString text;
        QString action;
        QDate from;
        QDate to;

        // The GET /v1/audit parameters (without before and limit).
        QUrlQuery toQuery() const;
    };
    // One page, newest first; next is the keyset for the following page, empty at the end.
    struct Page final {
        QList<AuditEntry> entries;
        QString next;
    };

    qint64 id = 0;
    QDateTime at;  // UTC
    QString actor;
    qint64 deviceId = 0;  // 0 when not made from a device (the server's own command line)
    QString requestId;
    QString action;
    QString object;
    QJsonObject details;

    // The details as one line of "key: value", for a table cell and for searching by eye.
    QString detailsText() const;

    // The API's AuditEntry ("bad-response" naming the field).
    static Result<AuditEntry> fromJson(const QJsonObject& object);
    static Result<Page> pageFromJson(const QJsonObject& body);

    bool operator==(const AuditEntry&) const = default;
};

} // namespace buurtmunt
