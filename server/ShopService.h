// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Coins.h"
#include "core/domain/Iban.h"
#include "server/ApiResponse.h"
#include "server/Database.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace buurtmunt::server {

// The shops that take vouchers: registered and edited by staff, each with a
// ledger account that redemptions pay into and settlements pay out of. A
// counter PC sees its own shop, its day's redemptions and its payouts.
// Every function runs inside the caller's transaction (or on its connection
// for reads). Refusal codes: invalid-body, shop-not-found.
class ShopService final {
public:
    static constexpr int kMaxNameLength = 80;
    static constexpr int kMaxAddressLength = 200;

    // Stable slugs; clients translate them.
    static const QStringList& categories();

    struct Shop {
        qint64 id = 0;
        QString name;
        QString address;
        QString category;
        Iban iban;
        bool active = true;
        Coins balance;  // the shop's ledger account: redeemed, not yet paid out
        QDateTime createdAt;
        std::optional<QDateTime> updatedAt;

        // {id, name, address, category, active}; with `withAccount` (staff,
        // the shop's own counter) also iban and balanceCents.
        QJsonObject toJson(bool withAccount) const;
    };

    // What staff type; checked field by field.
    struct Details {
        QString name;
        QString address;
        QString category;
        QString iban;  // as typed: spaces and lower case are fine
        bool active = true;
    };
    // One entry per bad field, named as in the JSON body; empty when fine.
    // `iban` receives the normalised IBAN when it is valid.
    static QList<InvalidParam> validate(const Details& details, Iban* iban);

    struct Redemption {
        qint64 id = 0;
        QString voucherId;
        Coins amount;
        qint64 shopId = 0;
        QString shopName;
        qint64 deviceId = 0;
        QDateTime redeemedAt;
        std::optional<QDateTime> offlineAcceptedAt;

        QJsonObject toJson() const;
    };

    struct Payout {
        qint64 transactionId = 0;
        QDateTime at;
        Coins amount;     // coins paid out of the shop's account
        qint64 euroCents = 0;
        QString memo;

        QJsonObject toJson() const;
    };

    struct Day {
        int count = 0;
        Coins total;
    };

    static Result<Shop> create(QSqlDatabase& db, const Details& details, const QString& actor,
                               std::optional<qint64> deviceId, const QString& requestId);
    static Result<Shop> update(QSqlDatabase& db, qint64 shopId, const Details& details, const QString& actor,
                               std::optional<qint64> deviceId, const QString& requestId);
    static Result<std::optional<Shop>> find(QSqlDatabase& db, qint64 shopId);
    // By name (then id); inactive ones only when asked.
    static Result<QList<Shop>> list(QSqlDatabase& db, bool includeInactive);

    // The shop's redemptions on a local (Europe/Amsterdam) day, newest first.
    static Result<QList<Redemption>> redemptionsOn(QSqlDatabase& db, qint64 shopId, QDate localDay);
    static Result<Day> totalsOn(QSqlDatabase& db, qint64 shopId, QDate localDay);
    // Settlement postings on the shop's account, newest first.
    static Result<QList<Payout>> payouts(QSqlDatabase& db, qint64 shopId, int limit = 500);
};

} // namespace buurtmunt::server
