// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace buurtmunt {

// An application/problem+json answer (RFC 9457) from the server. `type` is
// the stable slug after "urn:buurtmunt:problem:", which clients switch on.
struct Problem final {
    struct InvalidParam final {
        QString name;
        QString reason;
        bool operator==(const InvalidParam&) const = default;
    };

    QString type;
    QString title;
    QString detail;
    int status = 0;
    QString instance;
    QString requestId;
    QList<InvalidParam> invalidParams;

    static constexpr QLatin1StringView TypePrefix{"urn:buurtmunt:problem:"};

    // nullopt when the object has no usable "type".
    static std::optional<Problem> fromJson(const QJsonObject& object);
    QJsonObject toJson() const;
    // detail, else title, else the slug: the best sentence to show a person.
    QString message() const;

    bool operator==(const Problem&) const = default;
};

} // namespace buurtmunt
