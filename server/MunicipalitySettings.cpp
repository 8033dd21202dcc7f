// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "MunicipalitySettings.h"

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

Result<QString> readSetting(QSqlDatabase& db, const QString& key)
{
    auto query = execSql(db, u"SELECT value FROM settings WHERE key = ?"_s, {key});
    if (!query)
        return query.error();
    if (!query.value().next())
        return QString();
    return query.value().value(0).toString();
}

Status writeSetting(QSqlDatabase& db, const QString& key, const QString& value)
{
    // Portable upsert: both SQLite and PostgreSQL know ON CONFLICT.
    return execStatus(db, u"INSERT INTO settings (key, value) VALUES (?, ?) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s, {key, value});
}

QJsonObject MunicipalitySettings::toJson() const
{
    return {
        {u"name"_s, name},
        {u"coinName"_s, coinName},
        {u"coinNamePlural"_s, coinNamePlural},
        {u"euroCentsPerCoin"_s, euroCentsPerCoin},
    };
}

Result<MunicipalitySettings> MunicipalitySettings::load(QSqlDatabase& db)
{
    MunicipalitySettings settings;
    auto query = execSql(db, u"SELECT key, value FROM settings WHERE key LIKE 'municipality.%'"_s);
    if (!query)
        return query.error();
    while (query.value().next()) {
        const QString key = query.value().value(0).toString();
        const QString value = query.value().value(1).toString();
        if (key == u"municipality.name"_s)
            settings.name = value;
        else if (key == u"municipality.coinName"_s)
            settings.coinName = value;
        else if (key == u"municipality.coinNamePlural"_s)
            settings.coinNamePlural = value;
        else if (key == u"municipality.euroCentsPerCoin"_s)
            settings.euroCentsPerCoin = value.toLongLong();
    }
    return settings;
}

Status MunicipalitySettings::save(QSqlDatabase& db) const
{
    for (const auto& [key, value] : {std::pair{u"municipality.name"_s, name},
                                     std::pair{u"municipality.coinName"_s, coinName},
                                     std::pair{u"municipality.coinNamePlural"_s, coinNamePlural},
                                     std::pair{u"municipality.euroCentsPerCoin"_s, QString::number(euroCentsPerCoin)}}) {
        if (Status s = writeSetting(db, key, value); !s)
            return s;
    }
    return {};
}

Result<VoucherKeyPair> VoucherKeyRing::activeKey(QSqlDatabase& db)
{
    auto idText = readSetting(db, u"voucher.activeKeyId"_s);
    if (!idText)
        return idText.error();
    if (idText.value().isEmpty()) {
        const VoucherKeyPair generated = VoucherKeyPair::generate(1);
        if (Status s = execStatus(db, u"INSERT INTO settings (key, value) VALUES ('voucher.activeKeyId', '1') "
                                       "ON CONFLICT (key) DO NOTHING"_s); !s)
            return s.error();
        if (Status s = execStatus(db, u"INSERT INTO settings (key, value) VALUES ('voucher.key.1', ?) "
                                       "ON CONFLICT (key) DO NOTHING"_s,
                                  {QString::fromLatin1(generated.secretKey().toBase64())}); !s)
            return s.error();
        idText = readSetting(db, u"voucher.activeKeyId"_s);
        if (!idText)
            return idText.error();
    }
    bool ok = false;
    const uint keyId = idText.value().toUInt(&ok);
    if (!ok || keyId == 0 || keyId > 0xffff)
        return Result<VoucherKeyPair>::failure(u"database-error"_s, u"The active voucher key id is corrupt."_s);
    auto secret = readSetting(db, u"voucher.key.%1"_s.arg(keyId));
    if (!secret)
        return secret.error();
    return VoucherKeyPair::fromSecretKey(static_cast<quint16>(keyId), QByteArray::fromBase64(secret.value().toLatin1()));
}

Result<VoucherKeyPair> VoucherKeyRing::activeKey(Database& database)
{
    Result<VoucherKeyPair> result = Error{u"internal-error"_s, QString()};
    Status status = database.transaction([&](QSqlDatabase& db) -> Status {
        result = activeKey(db);
        return result ? Status{} : Status(result.error());
    });
    if (!status)
        return status.error();
    return result;
}

Result<qint64> readNumberSetting(QSqlDatabase& db, const char* key, qint64 fallback, qint64 minimum, qint64 maximum)
{
    const QString name = QString::fromLatin1(key);
    auto text = readSetting(db, name);
    if (!text)
        return text.error();
    if (text.value().isEmpty())
        return fallback;
    bool ok = false;
    const qint64 value = text.value().trimmed().toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return Result<qint64>::failure(u"invalid-setting"_s,
            u"The setting %1 is \"%2\"; it must be a whole number from %3 to %4."_s
                .arg(name, text.value()).arg(minimum).arg(maximum));
    return value;
}

Result<bool> readFlagSetting(QSqlDatabase& db, const char* key, bool fallback)
{
    const QString name = QString::fromLatin1(key);
    auto text = readSetting(db, name);
    if (!text)
        return text.error();
    const QString value = text.value().trimmed().toLower();
    if (value.isEmpty())
        return fallback;
    if (value == u"true"_s || value == u"1"_s)
        return true;
    if (value == u"false"_s || value == u"0"_s)
        return false;
    return Result<bool>::failure(u"invalid-setting"_s,
                                 u"The setting %1 is \"%2\"; it must be true or false."_s.arg(name, text.value()));
}

} // namespace buurtmunt::server
