// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/counter/CounterRedemption.h"
#include "core/counter/OfflinePolicy.h"
#include "core/counter/ScanOutcome.h"
#include "ui/common/CoinText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace buurtmunt {

// A counter outcome in plain words for a shopkeeper with a customer waiting:
// the headline (accepted or refused) and one sentence saying why, with the
// amount in the municipality's coin and dates as people write them. The core
// only hands over slugs; every word lives here.
class RedemptionText final {
    Q_DECLARE_TR_FUNCTIONS(RedemptionText)
public:
    RedemptionText(CoinText coins, QLocale locale, OfflinePolicy policy = {});

    QString headline(const ScanOutcome& outcome) const;
    // The amount for an acceptance, the reason for a refusal.
    QString detail(const ScanOutcome& outcome) const;
    // A line under the detail; empty unless there is more to say (offline).
    QString note(const ScanOutcome& outcome) const;
    // Why a voucher was refused, e.g. "Already used on 3 March 2026 at 14:05, at this shop".
    QString reason(const ScanOutcome& outcome) const;
    QString amount(Coins coins) const;

    static QString stateName(CounterRedemption::State state);
    QString date(const QDate& date) const;
    QString time(const QDateTime& utc) const;

private:
    QString alreadyUsed(const ScanOutcome& outcome) const;
    QString notGenuine(const QString& reason) const;
    QString notAVoucher(const QString& reason) const;

    CoinText m_coins;
    QLocale m_locale;
    OfflinePolicy m_policy;
};

} // namespace buurtmunt
