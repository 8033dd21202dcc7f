// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "SettingsCatalogue.h"

#include "server/ClaimRules.h"
#include "core/domain/Iban.h"
#include "server/MunicipalitySettings.h"
#include "server/SettlementService.h"
#include "server/VoucherService.h"

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

const QList<SettingsCatalogue::Entry>& SettingsCatalogue::entries()
{
    static const QList<Entry> list{
        {u"municipality.name"_s, u"the municipality's name, on every desk and slip"_s},
        {u"municipality.coinName"_s, u"the coin's name, singular (\"Heitje\")"_s},
        {u"municipality.coinNamePlural"_s, u"the coin's name, plural (\"Heitjes\")"_s},
        {u"municipality.euroCentsPerCoin"_s, u"euro cents the municipality pays a shop per coin"_s},
        {QString::fromLatin1(SettlementService::kIbanKey), u"the municipality's account the shops are paid from (IBAN, needed for the SEPA file)"_s},
        {QString::fromLatin1(SettlementService::kBicKey), u"the BIC of that account (optional)"_s},
        {QString::fromLatin1(ClaimRules::kMaxOpenKey), u"open claims a resident may hold"_s},
        {QString::fromLatin1(ClaimRules::kYearlyCapKey), u"earnings cap per calendar year, in coin cents"_s},
        {QString::fromLatin1(ClaimRules::kMonthlyCapKey), u"earnings cap per calendar month, in coin cents"_s},
        {QString::fromLatin1(ClaimRules::kHourlyRateKey), u"largest reward per hour of a task's estimated time, in coin cents"_s},
        {QString::fromLatin1(ClaimRules::kSecondApproverKey), u"rewards above this (coin cents) need a second approver"_s},
        {QString::fromLatin1(VoucherService::kValidityDaysKey), u"days a new voucher stays valid"_s},
        {QString::fromLatin1(VoucherService::kMaxOpenKey), u"unused vouchers a resident may hold"_s},
        {QString::fromLatin1(VoucherService::kOfflineEnabledKey), u"counters may accept vouchers offline (true/false)"_s},
        {QString::fromLatin1(VoucherService::kOfflineFloorLimitKey), u"largest voucher a counter accepts offline, in coin cents"_s},
        {QString::fromLatin1(VoucherService::kOfflineMaxConsecutiveKey), u"offline acceptances in a row before a counter needs the server"_s},
    };
    return list;
}

bool SettingsCatalogue::isKnown(const QString& key)
{
    return std::any_of(entries().cbegin(), entries().cend(), [&key](const Entry& e) { return e.key == key; });
}

Result<QList<std::pair<SettingsCatalogue::Entry, QString>>> SettingsCatalogue::current(QSqlDatabase& db)
{
    QList<std::pair<Entry, QString>> rows;
    for (const Entry& entry : entries()) {
        auto value = readSetting(db, entry.key);
        if (!value)
            return value.error();
        rows.append({entry, value.value()});
    }
    return rows;
}

Status SettingsCatalogue::change(QSqlDatabase& db, const QString& key, const QString& value)
{
    if (!isKnown(key)) {
        QStringList keys;
        for (const Entry& entry : entries())
            keys << entry.key;
        return Status::failure(u"unknown-setting"_s,
                               u"There is no setting \"%1\". Known settings: %2."_s.arg(key, keys.join(u", "_s)));
    }
    if (value.isEmpty()) {
        if (Status removed = execStatus(db, u"DELETE FROM settings WHERE key = ?"_s, {key}); !removed)
            return removed;
    } else if (Status written = writeSetting(db, key, value); !written) {
        return written;
    }
    if (auto claims = ClaimRules::load(db); !claims)
        return claims.error();
    if (auto vouchers = VoucherService::Rules::load(db); !vouchers)
        return vouchers.error();
    auto municipality = MunicipalitySettings::load(db);
    if (!municipality)
        return municipality.error();
    const MunicipalitySettings& m = municipality.value();
    if (m.name.trimmed().isEmpty() || m.coinName.trimmed().isEmpty() || m.coinNamePlural.trimmed().isEmpty())
        return Status::failure(u"invalid-setting"_s, u"The setting %1 must not be blank."_s.arg(key));
    if (key == u"municipality.euroCentsPerCoin"_s) {
        bool ok = false;
        const qint64 cents = value.trimmed().toLongLong(&ok);
        if (!value.isEmpty() && (!ok || cents < 1 || cents > 100'000))
            return Status::failure(u"invalid-setting"_s,
                                   u"The setting %1 is \"%2\"; it must be a whole number from 1 to 100000."_s.arg(key, value));
    }
    // A payment file with a mistyped account would be refused by the bank
    // at best, so the account is checked before it is stored.
    if (key == QLatin1StringView(SettlementService::kIbanKey) && !value.isEmpty()) {
        const auto iban = Iban::parse(value);
        if (!iban)
            return Status::failure(u"invalid-setting"_s, u"The setting %1 %2."_s.arg(key, iban.error().message));
        if (Status normalised = writeSetting(db, key, iban.value().toString()); !normalised)
            return normalised;
    }
    if (key == QLatin1StringView(SettlementService::kBicKey) && !value.isEmpty()) {
        const QString bic = value.trimmed().toUpper();
        if (!SettlementService::isBic(bic))
            return Status::failure(u"invalid-setting"_s,
                                   u"The setting %1 is \"%2\"; a BIC has 8 or 11 letters and digits, such as BNGHNL2G."_s.arg(key, value));
        if (Status normalised = writeSetting(db, key, bic); !normalised)
            return normalised;
    }
    return {};
}

} // namespace buurtmunt::server
