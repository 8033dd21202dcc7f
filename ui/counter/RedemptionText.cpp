// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "RedemptionText.h"

using namespace Qt::StringLiterals;

namespace buurtmunt {

RedemptionText::RedemptionText(CoinText coins, QLocale locale, OfflinePolicy policy)
    : m_coins(std::move(coins))
    , m_locale(std::move(locale))
    , m_policy(policy)
{
}

QString RedemptionText::headline(const ScanOutcome& outcome) const
{
    switch (outcome.kind) {
    case ScanOutcome::Accepted:
        return tr("Accepted");
    case ScanOutcome::AcceptedOffline:
        return tr("Accepted offline");
    case ScanOutcome::Refused:
        break;
    }
    return tr("Refused");
}

QString RedemptionText::detail(const ScanOutcome& outcome) const
{
    switch (outcome.kind) {
    case ScanOutcome::Accepted:
        return amount(outcome.amount);
    case ScanOutcome::AcceptedOffline:
        return amount(outcome.amount);
    case ScanOutcome::Refused:
        break;
    }
    return reason(outcome);
}

QString RedemptionText::note(const ScanOutcome& outcome) const
{
    if (outcome.kind == ScanOutcome::AcceptedOffline)
        return tr("Accepted without the server: it will be sent when the connection is back.");
    return {};
}

QString RedemptionText::amount(Coins coins) const
{
    return m_coins.format(coins.cents(), m_locale);
}

QString RedemptionText::reason(const ScanOutcome& outcome) const
{
    const QString& slug = outcome.refusal;
    if (slug == u"voucher-already-redeemed" || slug == u"already-redeemed-here")
        return alreadyUsed(outcome);
    if (slug == u"voucher-expired" || slug == u"expired") {
        if (outcome.expiresOn.isValid())
            return tr("Expired: it could be used until %1.").arg(date(outcome.expiresOn));
        return tr("This voucher has expired.");
    }
    if (slug == u"voucher-cancelled")
        return tr("Cancelled by the resident: the coins went back to their account.");
    if (slug == u"voucher-unknown")
        return tr("No voucher has this code. Check the code on the slip and try again.");
    if (slug == u"voucher-forged" || slug == u"forged")
        return notGenuine(outcome.reason);
    if (slug == u"not-a-voucher")
        return notAVoucher(outcome.reason);
    if (slug == u"needs-network")
        return tr("This code needs a connection to the server. Scan the QR code instead, or try again when the connection is back.");
    if (slug == u"over-floor-limit")
        return tr("Above the offline limit of %1: without a connection only smaller vouchers can be accepted.")
            .arg(amount(m_policy.floorLimit));
    if (slug == u"offline-limit-reached")
        return tr("Too many offline sales in a row (%n): wait until the connection is back.", nullptr,
                  m_policy.maxConsecutive);
    if (slug == u"voucher-offline-conflict") {
        QString text = tr("Accepted offline, but the server refused it afterwards: the voucher had already been used.");
        if (outcome.redeemedAt.isValid())
            text = tr("Accepted offline, but the server refused it afterwards: the voucher was already used on %1 at %2.")
                       .arg(date(outcome.redeemedAt.toLocalTime().date()), time(outcome.redeemedAt));
        return text + u' ' + tr("Staff have been told.");
    }
    if (slug == u"store-error")
        return tr("This counter could not record the sale, so nothing was accepted. Restart the counter; if it happens again, call the municipality.");
    if (slug == u"certificate-mismatch")
        return tr("The server did not identify itself as the municipality's server. Nothing was accepted; call the municipality.");
    if (slug == u"device-revoked" || slug == u"device-unknown")
        return tr("This counter is no longer enrolled. Ask the municipality to enrol it again.");
    if (slug == u"shop-inactive")
        return tr("This shop is not active in Buurtmunt at the moment. Call the municipality.");
    return tr("The voucher could not be checked (%1). Try again; if it keeps happening, call the municipality.").arg(slug);
}

QString RedemptionText::alreadyUsed(const ScanOutcome& outcome) const
{
    if (outcome.refusal == u"already-redeemed-here") {
        if (outcome.redeemedAt.isValid())
            return tr("Already used at this counter on %1 at %2.")
                .arg(date(outcome.redeemedAt.toLocalTime().date()), time(outcome.redeemedAt));
        return tr("Already used at this counter.");
    }
    if (!outcome.redeemedAt.isValid())
        return tr("Already used.");
    const QString day = date(outcome.redeemedAt.toLocalTime().date());
    const QString at = time(outcome.redeemedAt);
    if (!outcome.redeemedHere.has_value())
        return tr("Already used on %1 at %2.").arg(day, at);
    if (*outcome.redeemedHere)
        return tr("Already used on %1 at %2, at this shop.").arg(day, at);
    return tr("Already used on %1 at %2, at another shop.").arg(day, at);
}

QString RedemptionText::notGenuine(const QString& reason) const
{
    if (reason == u"malformed")
        return tr("Not a genuine voucher: the code is damaged or incomplete.");
    if (reason == u"unknown-key" || reason == u"unknown-version")
        return tr("Not a genuine voucher: it was not issued by this municipality.");
    return tr("Not a genuine voucher: the code has been altered.");
}

QString RedemptionText::notAVoucher(const QString& reason) const
{
    if (reason == u"wrong-length")
        return tr("Not a voucher code: a typed code has 10 characters, like 7KD4M-2QX9P.");
    if (reason == u"bad-check-character")
        return tr("Not a voucher code: one of the characters is mistyped. Check the code on the slip.");
    if (reason == u"bad-character")
        return tr("Not a voucher code: it contains a character voucher codes never use.");
    return tr("Not a voucher code.");
}

QString RedemptionText::stateName(CounterRedemption::State state)
{
    switch (state) {
    case CounterRedemption::State::Confirmed:
        return tr("Confirmed");
    case CounterRedemption::State::Queued:
        return tr("Queued (offline)");
    case CounterRedemption::State::Refused:
        return tr("Refused");
    }
    return {};
}

QString RedemptionText::date(const QDate& date) const
{
    return m_locale.toString(date, u"d MMMM yyyy"_s);
}

QString RedemptionText::time(const QDateTime& utc) const
{
    return m_locale.toString(utc.toLocalTime().time(), QLocale::ShortFormat);
}

} // namespace buurtmunt
