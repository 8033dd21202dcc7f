// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace buurtmunt {

// Where the task sync left off, so a restart continues with a delta.
struct SyncState final {
    QString cursor;        // empty: never synced, ask for everything
    QByteArray etag;       // as the server sent it, quotes included
    QDateTime lastSuccess;  // UTC; invalid if never; shown as "as of"

    bool operator==(const SyncState&) const = default;
};

} // namespace buurtmunt
