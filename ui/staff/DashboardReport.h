// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

class QAbstractItemModel;
class QPrinter;

namespace buurtmunt {

class ReportPrinter;

// The dashboard as a document for the council's reports: who and which
// months, the totals, each chart as it is on screen and each table in full.
// The tables come from the same models the desk shows and exports as CSV, so
// the three never disagree.
class DashboardReport final {
    Q_DECLARE_TR_FUNCTIONS(DashboardReport)
public:
    DashboardReport(QString municipalityName, QString period, QString summary);

    void addChart(const QString& title, const QImage& image);
    // Every row and column of `model` with its header; numbers right-aligned.
    void addTable(const QString& title, const QAbstractItemModel* model);

    QString toHtml() const;
    Status print(QPrinter* printer) const;
    Status saveAsPdf(const QString& path) const;

private:
    ReportPrinter printer() const;

    struct Chart {
        QString title;
        QImage image;
    };
    struct Table {
        QString title;
        QStringList headers;
        QList<QStringList> rows;
        QList<bool> numeric;
    };

    QString m_municipality;
    QString m_period;
    QString m_summary;
    QList<Chart> m_charts;
    QList<Table> m_tables;
};

} // namespace buurtmunt
