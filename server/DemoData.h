// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "server/Database.h"

#include <QStringList>

namespace buurtmunt::server {

// A Heerlen-like municipality to try the product with: neighbourhoods,
// realistic tasks, shops, residents with pass cards and PINs, and a staff
// account. Created once, into an empty database; the credentials are kept in
// the data directory so every start can print them again.
class DemoData final {
public:
    static Status ensure(Database& database, const QString& dataDir);
    // Lines to print: accounts, passes and PINs, shops.
    static QStringList summary(const QString& dataDir);
    static QString ibanWithCheckDigits(const QString& country, const QString& bban);
};

} // namespace buurtmunt::server
