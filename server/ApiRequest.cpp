// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "ApiRequest.h"

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

QByteArray ApiRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool ApiRequest::isMutating() const
{
    return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

QString Caller::actor() const
{
    if (residentId)
        return u"resident:%1"_s.arg(*residentId);
    if (staffId)
        return u"staff:%1"_s.arg(*staffId);
    if (kind == Kind::Device)
        return u"device:%1"_s.arg(deviceId);
    return u"anonymous"_s;
}

std::optional<qint64> ApiRequest::pathId(const QString& name) const
{
    bool ok = false;
    const qint64 id = pathParams.value(name).toLongLong(&ok);
    return ok && id > 0 ? std::optional(id) : std::nullopt;
}

} // namespace buurtmunt::server
