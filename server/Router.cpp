// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "Router.h"

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

void Router::add(Route route)
{
    m_segments.append(segmentsOf(route.pattern));
    m_routes.append(std::move(route));
}

QStringList Router::segmentsOf(const QString& path)
{
    if (!path.startsWith(u'/'))
        return {QString()};
    return path.mid(1).split(u'/');
}

bool Router::matchPattern(const QStringList& pattern, const QStringList& path, QHash<QString, QString>* params)
{
    if (pattern.size() != path.size())
        return false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QString& segment = pattern.at(i);
        if (segment.startsWith(u'{') && segment.endsWith(u'}')) {
            if (path.at(i).isEmpty())
                return false;
            params->insert(segment.mid(1, segment.size() - 2), path.at(i));
        } else if (segment != path.at(i)) {
            return false;
        }
    }
    return true;
}

Router::Match Router::match(const QByteArray& method, const QString& path) const
{
    Match result;
    // Empty segments are kept, so /v1//tasks and /v1/tasks/ are not /v1/tasks.
    const QStringList segments = segmentsOf(path);
    for (qsizetype i = 0; i < m_routes.size(); ++i) {
        QHash<QString, QString> params;
        if (!matchPattern(m_segments.at(i), segments, &params))
            continue;
        const QByteArray& routeMethod = m_routes.at(i).method;
        if (routeMethod == method || (method == "HEAD" && routeMethod == "GET")) {
            result.route = &m_routes.at(i);
            result.params = std::move(params);
            return result;
        }
        if (!result.allowedMethods.contains(routeMethod))
            result.allowedMethods.append(routeMethod);
    }
    return result;
}

} // namespace buurtmunt::server
