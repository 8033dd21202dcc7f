// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TaskPageCache.h"

namespace buurtmunt::server {

std::optional<TaskPageCache::Page> TaskPageCache::find(const Key& key)
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->first == key) {
            m_entries.splice(m_entries.begin(), m_entries, it);
            return m_entries.front().second;
        }
    }
    return std::nullopt;
}

void TaskPageCache::insert(const Key& key, Page page)
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->first == key) {
            m_entries.erase(it);
            break;
        }
    }
    m_entries.emplace_front(key, std::move(page));
    while (static_cast<int>(m_entries.size()) > m_capacity)
        m_entries.pop_back();
}

} // namespace buurtmunt::server
