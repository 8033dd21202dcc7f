// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>

#include <list>
#include <optional>

namespace buurtmunt::server {

// Serialised task pages by (since, limit, current cursor). Every task change
// moves the current cursor, and the cursor is read from the database on every
// request, so a cached page can never be stale: a page for an old cursor is
// simply never asked for again and ages out. Building the JSON of a page
// costs far more than the query; most kiosks ask for the same few pages.
class TaskPageCache final {
public:
    struct Key {
        qint64 since = 0;
        int limit = 0;
        qint64 current = 0;
        bool operator==(const Key&) const = default;
    };
    struct Page {
        QByteArray body;
        QByteArray etag;
    };

    explicit TaskPageCache(int capacity = 32) : m_capacity(capacity) {}

    std::optional<Page> find(const Key& key);
    void insert(const Key& key, Page page);

private:
    int m_capacity;
    QMutex m_mutex;
    std::list<std::pair<Key, Page>> m_entries;  // most recently used first
};

} // namespace buurtmunt::server
