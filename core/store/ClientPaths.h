// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Result.h"

#include <QString>

namespace buurtmunt {

// Where a profile keeps its local store. Several profiles let one machine act
// as, say, a kiosk and a staff desktop during a demo without mixing data.
class ClientPaths final {
public:
    static QString defaultProfile();  // "default"

    // --data-dir wins; otherwise <AppDataLocation>/<profile>. A profile name
    // is one path segment of letters, digits, '-', '_' or '.'.
    static Result<QString> dataDir(const QString& profile, const QString& dataDirOverride = {});
    // As dataDir(), and creates the directory (owner-only) if it is missing.
    static Result<QString> ensureDataDir(const QString& profile, const QString& dataDirOverride = {});
    static bool isValidProfileName(const QString& profile);
};

} // namespace buurtmunt
