// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "DashboardReport.h"

#include "ReportPrinter.h"

#include <QAbstractItemModel>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {

QUrl chartUrl(qsizetype index)
{
    return QUrl(u"chart:%1"_s.arg(index));
}


} // namespace

DashboardReport::DashboardReport(QString municipalityName, QString period, QString summary)
    : m_municipality(std::move(municipalityName))
    , m_period(std::move(period))
    , m_summary(std::move(summary))
{
}

void DashboardReport::addChart(const QString& title, const QImage& image)
{
    m_charts.append({title, image});
}

void DashboardReport::addTable(const QString& title, const QAbstractItemModel* model)
{
    Table table{title, {}, {}, {}};
    const int columns = model->columnCount();
    for (int column = 0; column < columns; ++column) {
        table.headers.append(model->headerData(column, Qt::Horizontal).toString());
        // Amounts and counts are aligned on paper as the model aligns them on screen.
        const QVariant alignment = model->index(0, column).data(Qt::TextAlignmentRole);
        table.numeric.append(alignment.isValid() && (alignment.value<Qt::Alignment>() & Qt::AlignRight));
    }
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < columns; ++column)
            cells.append(model->index(row, column).data(Qt::DisplayRole).toString());
        table.rows.append(cells);
    }
    m_tables.append(table);
}

QString DashboardReport::toHtml() const
{
    const auto esc = [](const QString& text) { return text.toHtmlEscaped(); };
    QString html = uR"(<html><head><style>
        body { font-family: 'DejaVu Sans'; font-size: 10pt; }
        h1 { font-size: 16pt; margin-bottom: 2pt; }
        h2 { font-size: 12pt; margin-top: 14pt; margin-bottom: 4pt; }
        table.figures { border-collapse: collapse; }
        table.figures th { background: #e8eef3; text-align: left; padding: 3pt 6pt; }
        table.figures td { padding: 2pt 6pt; border-bottom: 1px solid #d0d7de; }
    </style></head><body>)"_s;
    html += u"<p>%1</p>"_s.arg(esc(m_municipality.isEmpty()
                                        ? tr("Buurtmunt")
                                        : tr("Municipality of %1 — Buurtmunt").arg(m_municipality)));
    html += u"<h1>%1</h1>"_s.arg(esc(tr("Dashboard %1").arg(m_period)));
    if (!m_summary.isEmpty())
        html += u"<p>%1</p>"_s.arg(esc(m_summary));
    // Each chart carries its own title; 500 document pixels fill the width
    // of an A4 page within its margins.
    for (qsizetype i = 0; i < m_charts.size(); ++i) {
        html += u"<p><img src='%1' width='500' alt='%2'></p>"_s.arg(chartUrl(i).toString(),
                                                                    esc(m_charts.at(i).title));
    }
    for (const Table& table : m_tables) {
        html += u"<h2>%1</h2>"_s.arg(esc(table.title));
        html += u"<table class='figures' width='100%' cellspacing='0'><tr>"_s;
        for (qsizetype column = 0; column < table.headers.size(); ++column) {
            html += (table.numeric.at(column) ? u"<th align='right'>"_s : u"<th>"_s)
                    + esc(table.headers.at(column)) + u"</th>"_s;
        }
        html += u"</tr>"_s;
        for (const QStringList& row : table.rows) {
            html += u"<tr>"_s;
            for (qsizetype column = 0; column < row.size(); ++column) {
                html += (table.numeric.at(column) ? u"<td align='right'>"_s : u"<td>"_s)
                        + esc(row.at(column)) + u"</td>"_s;
            }
            html += u"</tr>"_s;
        }
        if (table.rows.isEmpty())
            html += u"<tr><td colspan='%1'>%2</td></tr>"_s.arg(table.headers.size()).arg(esc(tr("No figures in this period.")));
        html += u"</table>"_s;
    }
    html += u"</body></html>"_s;
    return html;
}

ReportPrinter DashboardReport::printer() const
{
    ReportPrinter printer(toHtml(), tr("Dashboard %1").arg(m_period));
    for (qsizetype i = 0; i < m_charts.size(); ++i)
        printer.addImage(chartUrl(i), m_charts.at(i).image);
    return printer;
}

Status DashboardReport::print(QPrinter* printer) const
{
    return this->printer().print(printer);
}

Status DashboardReport::saveAsPdf(const QString& path) const
{
    return printer().saveAsPdf(path);
}

} // namespace buurtmunt
