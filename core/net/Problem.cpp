// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "Problem.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace buurtmunt {

std::optional<Problem> Problem::fromJson(const QJsonObject& object)
{
    const QString type = object.value(u"type"_s).toString();
    if (type.isEmpty())
        return std::nullopt;
    Problem problem;
    // Keep foreign type URIs whole rather than guessing a slug from them.
    problem.type = type.startsWith(TypePrefix) ? type.mid(TypePrefix.size()) : type;
    problem.title = object.value(u"title"_s).toString();
    problem.detail = object.value(u"detail"_s).toString();
    problem.status = object.value(u"status"_s).toInt();
    problem.instance = object.value(u"instance"_s).toString();
    problem.requestId = object.value(u"requestId"_s).toString();
    const QJsonArray params = object.value(u"invalidParams"_s).toArray();
    for (const QJsonValue& value : params) {
        const QJsonObject param = value.toObject();
        problem.invalidParams.append({param.value(u"name"_s).toString(), param.value(u"reason"_s).toString()});
    }
    return problem;
}

QJsonObject Problem::toJson() const
{
    QJsonObject object{{u"type"_s, QString(TypePrefix % type)},
                       {u"title"_s, title},
                       {u"status"_s, status}};
    if (!detail.isEmpty())
        object.insert(u"detail"_s, detail);
    if (!instance.isEmpty())
        object.insert(u"instance"_s, instance);
    if (!requestId.isEmpty())
        object.insert(u"requestId"_s, requestId);
    if (!invalidParams.isEmpty()) {
        QJsonArray params;
        for (const InvalidParam& param : invalidParams)
            params.append(QJsonObject{{u"name"_s, param.name}, {u"reason"_s, param.reason}});
        object.insert(u"invalidParams"_s, params);
    }
    return object;
}

QString Problem::message() const
{
    QString text = !detail.isEmpty() ? detail : (!title.isEmpty() ? title : type);
    for (const InvalidParam& param : invalidParams)
        text += u" ("_s % param.name % u": "_s % param.reason % u')';
    return text;
}

} // namespace buurtmunt
