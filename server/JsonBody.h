// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "server/ApiResponse.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace buurtmunt::server {

// Strict reading of a JSON request body: every field is checked for type and
// range, unknown fields are refused, and every problem is named — all at once,
// so a client sees the whole list in one answer.
class JsonBody final {
public:
    explicit JsonBody(const QJsonObject& object) : m_object(object) {}

    QString requiredString(const QString& name, int minLength, int maxLength);
    std::optional<QString> optionalString(const QString& name, int maxLength);
    std::optional<qint64> optionalInteger(const QString& name, qint64 min, qint64 max);
    qint64 requiredInteger(const QString& name, qint64 min, qint64 max);
    std::optional<bool> optionalBool(const QString& name);
    bool requiredBool(const QString& name);
    // A number or null; absent counts as null.
    std::optional<double> optionalNumber(const QString& name, double min, double max);
    // An array of distinct-or-not integers, each within [min, max].
    QList<qint64> requiredIntegerList(const QString& name, int minCount, int maxCount, qint64 min, qint64 max);

    void invalid(const QString& name, const QString& reason) { m_invalid.append({name, reason}); }

    // Call after reading every field: refuses unknown fields.
    bool ok();
    ApiResponse problem() const;

private:
    QJsonObject m_object;
    QSet<QString> m_known;
    QList<InvalidParam> m_invalid;
};

} // namespace buurtmunt::server
