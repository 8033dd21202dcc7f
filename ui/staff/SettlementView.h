// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/staff/StaffSession.h"
#include "core/store/Enrolment.h"
#include "ui/common/CoinText.h"

#include <QDate>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace buurtmunt {

class SettlementLineModel;
class SettlementListModel;

// Finance closes a month here and hands the results on: the SEPA file to the
// bank, each shop its statement. The server decides every amount; this view
// asks, confirms and saves, and never computes a payout itself.
class SettlementView final : public QWidget {
    Q_OBJECT
public:
    // Asks where to save a file; empty means the person cancelled. Tests
    // replace the file dialog with a fixed path.
    using SavePathProvider =
        std::function<QString(const QString& title, const QString& suggestedName, const QString& filter)>;

    SettlementView(StaffSession* session, const Enrolment& enrolment, QWidget* parent = nullptr);

    void setSavePathProvider(SavePathProvider provider);
    // The months offered end with the last finished one before today.
    void setToday(QDate today);
    static QString lastFinishedMonth(QDate today);
    QString selectedMonth() const;
    bool selectMonth(const QString& period);

    QComboBox* monthCombo() const { return m_month; }
    QPushButton* closeMonthButton() const { return m_closeButton; }
    QTableView* settlementTable() const { return m_settlementTable; }
    QTableView* lineTable() const { return m_lineTable; }
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* messageLabel() const { return m_message; }
    SettlementListModel* settlementModel() const { return m_settlements; }
    SettlementLineModel* lineModel() const { return m_lines; }
    // The settlement whose lines are shown.
    std::optional<Settlement> shownSettlement() const { return m_shown; }
    bool selectSettlement(qint64 id);
    bool selectShop(qint64 shopId);

public Q_SLOTS:
    void reload();
    void closeMonth();
    void saveSepaFile();
    void saveStatementPdf();
    void saveStatementCsv();

Q_SIGNALS:
    void reloaded();
    void settlementShown(qint64 id);
    // existing: the month had been closed before and nothing moved now.
    void monthClosed(qint64 id, bool existing);
    void fileSaved(const QString& path);

private:
    void confirmAndClose(const QString& period, const QList<ShopRecord>& shops);
    void sendClose(const QString& period);
    void showSelectedSettlement();
    void updateButtons();
    std::optional<Settlement::Line> selectedLine() const;
    QString askPath(const QString& title, const QString& suggestedName, const QString& filter);
    bool writeFile(const QString& path, const QByteArray& data);
    void showMessage(const QString& message, bool isError);
    QString monthText(const QString& period) const;

    StaffSession* m_session;
    Enrolment m_enrolment;
    CoinText m_coins;
    SavePathProvider m_savePath;
    SettlementListModel* m_settlements;
    SettlementLineModel* m_lines;
    QComboBox* m_month;
    QPushButton* m_closeButton;
    QTableView* m_settlementTable;
    QTableView* m_lineTable;
    QLabel* m_summary;
    QPushButton* m_sepaButton;
    QPushButton* m_pdfButton;
    QPushButton* m_csvButton;
    QPushButton* m_reloadButton;
    QLabel* m_message;
    std::optional<Settlement> m_shown;
    bool m_busy = false;
};

} // namespace buurtmunt
