// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/VoucherKey.h"
#include "server/Database.h"

#include <QJsonObject>

namespace buurtmunt::server {

// What a municipality configures about its scheme: its name, the coin's name
// and its euro value for settlement. Kept in the database so every server
// process behind a load balancer agrees.
struct MunicipalitySettings final {
    QString name = QStringLiteral("Gemeente");
    QString coinName = QStringLiteral("munt");
    QString coinNamePlural = QStringLiteral("munten");
    qint64 euroCentsPerCoin = 100;

    QJsonObject toJson() const;
    static Result<MunicipalitySettings> load(QSqlDatabase& db);
    Status save(QSqlDatabase& db) const;
};

// The Ed25519 key that signs vouchers. Generated once and kept in the
// database (not in one server's data directory) because servers are
// stateless apart from their database.
class VoucherKeyRing final {
public:
    // Loads the active key, creating it on first use.
    static Result<VoucherKeyPair> activeKey(Database& database);
    static Result<VoucherKeyPair> activeKey(QSqlDatabase& db);
};

Result<QString> readSetting(QSqlDatabase& db, const QString& key);
Status writeSetting(QSqlDatabase& db, const QString& key, const QString& value);
// A setting read by the rules that use it: an absent key keeps `fallback`; a
// present one must be a whole number from minimum to maximum, or true/false,
// else "invalid-setting" names the key, the value and what it must be.
Result<qint64> readNumberSetting(QSqlDatabase& db, const char* key, qint64 fallback, qint64 minimum, qint64 maximum);
Result<bool> readFlagSetting(QSqlDatabase& db, const char* key, bool fallback);

} // namespace buurtmunt::server
