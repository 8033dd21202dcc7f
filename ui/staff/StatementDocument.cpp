// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "StatementDocument.h"

#include "ReportPrinter.h"
#include "core/staff/SettlementLineModel.h"
#include "core/staff/SettlementListModel.h"

#include <QDate>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace buurtmunt {

StatementDocument::StatementDocument(ShopStatement statement, QString municipalityName, CoinText coins,
                                     QLocale locale)
    : m_statement(std::move(statement))
    , m_municipality(std::move(municipalityName))
    , m_coins(std::move(coins))
    , m_locale(std::move(locale))
{
}

QString StatementDocument::periodText() const
{
    const QDate first = QDate::fromString(m_statement.period + u"-01"_s, u"yyyy-MM-dd"_s);
    return first.isValid() ? m_locale.toString(first, u"MMMM yyyy"_s) : m_statement.period;
}

QString StatementDocument::suggestedFileName(const QString& period, const QString& shopName, const QString& extension)
{
    static const QRegularExpression unsafe(u"[^a-z0-9]+"_s);
    QString shop = shopName.toLower().replace(unsafe, u"-"_s);
    while (shop.endsWith(u'-'))
        shop.chop(1);
    while (shop.startsWith(u'-'))
        shop.remove(0, 1);
    return u"buurtmunt-%1-%2.%3"_s.arg(period, shop.isEmpty() ? u"shop"_s : shop, extension);
}

QString StatementDocument::toHtml() const
{
    const ShopStatement& s = m_statement;
    const auto esc = [](const QString& text) { return text.toHtmlEscaped(); };
    // The rate as the shop reads it: "1 Heitje = € 1,00".
    const QString rate = tr("1 %1 = %2").arg(m_coins.singular(), SettlementListModel::euros(s.euroCentsPerCoin, m_locale));

    QString html = uR"(<html><head><style>
        body { font-family: 'DejaVu Sans'; font-size: 10pt; }
        h1 { font-size: 16pt; margin-bottom: 2pt; }
        table.lines { border-collapse: collapse; }
        table.lines th { background: #e8eef3; text-align: left; padding: 3pt 6pt; }
        table.lines td { padding: 2pt 6pt; border-bottom: 1px solid #d0d7de; }
        td.num, th.num { text-align: right; }
        tr.total td { font-weight: bold; border-top: 2px solid #333; border-bottom: none; }
    </style></head><body>)"_s;
    html += u"<p>%1</p>"_s.arg(esc(tr("Municipality of %1 — Buurtmunt").arg(m_municipality)));
    html += u"<h1>%1</h1>"_s.arg(esc(tr("Statement for %1").arg(periodText())));
    html += u"<table cellpadding='2'>"_s;
    const auto row = [&](const QString& label, const QString& value) {
        html += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(esc(label), esc(value));
    };
    row(tr("Shop"), s.shopName);
    row(tr("Address"), s.shopAddress);
    row(tr("Paid to IBAN"), SettlementLineModel::groupedIban(s.iban));
    row(tr("Period"), periodText());
    row(tr("Rate"), rate);
    html += u"</table><p></p>"_s;

    html += u"<table class='lines' width='100%' cellspacing='0'><tr><th>%1</th><th>%2</th><th>%3</th>"
            u"<th class='num' align='right'>%4</th></tr>"_s.arg(esc(tr("Date and time")), esc(tr("Voucher")),
                                                    esc(tr("Accepted")), esc(m_coins.plural()));
    for (const ShopStatement::Redemption& r : s.redemptions) {
        const QString accepted = r.offlineAcceptedAt.isValid()
                                     ? tr("offline, %1").arg(m_locale.toString(r.offlineAcceptedAt.toLocalTime(),
                                                                               QLocale::ShortFormat))
                                     : tr("online");
        // The tail is enough for the shop to find the slip; the full id is in the CSV.
        html += u"<tr><td>%1</td><td>…%2</td><td>%3</td><td class='num' align='right'>%4</td></tr>"_s.arg(
            esc(m_locale.toString(r.redeemedAt.toLocalTime(), QLocale::ShortFormat)), esc(r.voucherId.right(8)),
            esc(accepted), esc(r.amount.format(m_locale)));
    }
    html += u"<tr class='total'><td colspan='3'>%1</td><td class='num' align='right'>%2</td></tr></table>"_s.arg(
        esc(tr("Total: %n voucher(s)", nullptr, s.totalCount)), esc(s.totalCoins.format(m_locale)));

    html += u"<p></p><table cellpadding='2'>"_s;
    row(tr("Total in %1").arg(m_coins.plural()), m_coins.format(s.totalCoins.cents(), m_locale));
    row(tr("Paid in euros"), SettlementListModel::euros(s.totalEuroCents, m_locale));
    html += u"</table>"_s;
    html += u"<p>%1</p>"_s.arg(esc(tr("The municipality transfers this amount to the IBAN above by SEPA credit "
                                        "transfer. Questions: contact the municipality and quote %1, settlement %2.")
                                        .arg(s.period)
                                        .arg(s.settlementId)));
    html += u"</body></html>"_s;
    return html;
}

ReportPrinter StatementDocument::printer() const
{
    return ReportPrinter(toHtml(), tr("Statement %1 %2").arg(m_statement.shopName, m_statement.period));
}

Status StatementDocument::print(QPrinter* printer) const
{
    return this->printer().print(printer);
}

Status StatementDocument::saveAsPdf(const QString& path) const
{
    return printer().saveAsPdf(path);
}

} // namespace buurtmunt
