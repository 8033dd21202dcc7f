// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "server/Database.h"

#include <QList>
#include <QString>

namespace buurtmunt::server {

// The settings a municipality may change (table `settings`), for the
// `buurtmunt-server settings` command. The rules that read them (ClaimRules,
// VoucherService::Rules, MunicipalitySettings) keep their defaults and their
// checks; this catalogue only names the keys and asks those rules whether a
// new value is acceptable, so nothing is written twice.
class SettingsCatalogue final {
public:
    struct Entry {
        QString key;
        QString meaning;
    };
    static const QList<Entry>& entries();
    static bool isKnown(const QString& key);

    // Every known key with its stored value; empty for keys at their default.
    static Result<QList<std::pair<Entry, QString>>> current(QSqlDatabase& db);
    // Stores (or, with an empty value, removes) one setting inside the
    // caller's transaction, then loads every rule set: a value they refuse
    // is reported ("invalid-setting", naming key and range) and the caller
    // rolls back, so a typo never reaches the running servers.
    static Status change(QSqlDatabase& db, const QString& key, const QString& value);
};

} // namespace buurtmunt::server
