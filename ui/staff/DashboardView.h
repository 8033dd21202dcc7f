// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/staff/Dashboard.h"
#include "ui/common/CoinText.h"

#include <QDate>
#include <QWidget>

#include <functional>

class QBarSet;
class QCheckBox;
class QChartView;
class QDateEdit;
class QLabel;
class QLineSeries;
class QPushButton;
class QTableView;

namespace buurtmunt {

class DashboardTableModel;
class StaffSession;

// What the scheme achieves, month by month: coins minted against coins spent,
// tasks done and active residents as charts, each beside a table with the same
// figures, and every shop's turnover; all of it exportable as CSV for the
// council's reports. Every figure comes from the server's ledger.
class DashboardView final : public QWidget {
    Q_OBJECT
public:
    // Asks where to save an export (the suggested name ends in .csv or .pdf);
    // an empty answer cancels. Tests replace it.
    using SaveFileChooser = std::function<QString(QWidget* parent, const QString& suggestedName)>;

    DashboardView(StaffSession* session, CoinText coins, QWidget* parent = nullptr);

    void setSaveFileChooser(SaveFileChooser chooser) { m_chooseFile = std::move(chooser); }
    // Named at the top of the PDF export.
    void setMunicipalityName(const QString& name) { m_municipalityName = name; }
    // The first of each month; the range includes both.
    void setRange(const QDate& fromMonth, const QDate& toMonth);
    QString fromMonth() const;
    QString toMonth() const;

    DashboardTableModel* monthlyModel() const { return m_monthlyModel; }
    DashboardTableModel* turnoverModel() const { return m_turnoverModel; }
    QTableView* monthlyTable() const { return m_monthlyTable; }
    QTableView* turnoverTable() const { return m_turnoverTable; }
    QChartView* coinsChartView() const { return m_coinsChart; }
    QChartView* activityChartView() const { return m_activityChart; }
    // Null while the bars are stacked per neighbourhood.
    QBarSet* mintedBars() const { return m_minted; }
    QBarSet* spentBars() const { return m_spent; }
    QLineSeries* tasksDoneLine() const { return m_tasksDone; }
    QLineSeries* activeResidentsLine() const { return m_activeResidents; }
    QPushButton* exportButton() const { return m_exportButton; }
    QPushButton* exportPdfButton() const { return m_exportPdfButton; }
    // Stacks the coin bars per neighbourhood: minted up, spent down.
    QCheckBox* perNeighbourhoodCheckBox() const { return m_perNeighbourhoodCheckBox; }
    // The bar sets the coin chart shows now (two, or two per neighbourhood).
    QList<QBarSet*> coinBarSets() const;
    QLabel* messageLabel() const { return m_message; }

    // Both tables as one CSV file: the monthly figures, an empty line, then
    // the turnover per shop. false with a message when it could not be written.
    bool exportCsv(const QString& path, QString* error) const;
    // The period, its totals, both charts as shown and both tables, on A4.
    bool exportPdf(const QString& path, QString* error) const;

public Q_SLOTS:
    void reload();
    void exportWithDialog();
    void exportPdfWithDialog();

Q_SIGNALS:
    void reloaded();
    void exported(const QString& path);

private:
    void showDashboard(const Dashboard& dashboard);
    void rebuildCharts(const Dashboard& dashboard);
    void rebuildCoinChart(const Dashboard& dashboard, const QStringList& categories);
    using Exporter = bool (DashboardView::*)(const QString&, QString*) const;
    void exportTo(const QString& extension, Exporter exporter);
    QString periodText() const;

    StaffSession* m_session;
    CoinText m_coins;
    SaveFileChooser m_chooseFile;
    QDateEdit* m_fromEdit;
    QDateEdit* m_toEdit;
    QPushButton* m_showButton;
    QPushButton* m_exportButton;
    QPushButton* m_exportPdfButton;
    QString m_municipalityName;
    QString m_summary;
    QCheckBox* m_perNeighbourhoodCheckBox;
    QLabel* m_message;
    QChartView* m_coinsChart;
    QChartView* m_activityChart;
    QBarSet* m_minted = nullptr;
    QBarSet* m_spent = nullptr;
    QLineSeries* m_tasksDone = nullptr;
    QLineSeries* m_activeResidents = nullptr;
    DashboardTableModel* m_monthlyModel;
    DashboardTableModel* m_turnoverModel;
    QTableView* m_monthlyTable;
    QTableView* m_turnoverTable;
};

} // namespace buurtmunt
