// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "core/staff/Dashboard.h"
#include "core/staff/DashboardTableModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;

// The dashboard as the desk reads it: totals per month over neighbourhoods,
// an unusable answer named by its field, and a CSV with exact amounts.
class TestDashboard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sumsNeighbourhoodsPerMonth();
    void namesTheBadField_data();
    void namesTheBadField();
    void csvKeepsExactCents();

private:
    static QJsonObject sample();
};

QJsonObject TestDashboard::sample()
{
    return QJsonDocument::fromJson(R"({
        "from": "2026-10", "to": "2026-11", "months": ["2026-10", "2026-11"],
        "minted": [{"month": "2026-10", "neighbourhood": "Centrum", "cents": 1000},
                   {"month": "2026-11", "neighbourhood": "Centrum", "cents": 250},
                   {"month": "2026-11", "neighbourhood": "Heerlerheide", "cents": 1005}],
        "spent": [{"month": "2026-11", "neighbourhood": "Centrum", "cents": -5}],
        "tasksDone": [{"month": "2026-11", "count": 3}],
        "activeResidents": [{"month": "2026-10", "count": 1}, {"month": "2026-11", "count": 2}],
        "turnoverByShop": [{"month": "2026-11", "shopId": 4, "shopName": "Bakkerij \"De Korf\", Heerlen", "cents": 1250}]
    })").object();
}

void TestDashboard::sumsNeighbourhoodsPerMonth()
{
    const auto dashboard = Dashboard::fromJson(sample());
    QVERIFY2(dashboard, qPrintable(dashboard.ok() ? QString() : dashboard.error().message));
    QCOMPARE(dashboard.value().mintedIn(u"2026-11"_s), 1255);
    QCOMPARE(dashboard.value().mintedIn(u"2026-11"_s, u"Centrum"_s), 250);
    QCOMPARE(dashboard.value().mintedIn(u"2026-09"_s), 0);
    QCOMPARE(dashboard.value().tasksDoneIn(u"2026-10"_s), 0);
    QCOMPARE(dashboard.value().activeResidentsIn(u"2026-11"_s), 2);
    QCOMPARE(dashboard.value().neighbourhoods(), (QStringList{u"Centrum"_s, u"Heerlerheide"_s}));
}

void TestDashboard::namesTheBadField_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("field");
    QTest::newRow("month out of range") << u"from"_s << QJsonValue(u"2026-13"_s) << u"from"_s;
    QTest::newRow("months not a list") << u"months"_s << QJsonValue(u"2026-11"_s) << u"months"_s;
    QTest::newRow("fractional cents") << u"minted"_s
                                      << QJsonValue(QJsonArray{QJsonObject{{u"month"_s, u"2026-11"_s},
                                                                          {u"neighbourhood"_s, u"X"_s},
                                                                          {u"cents"_s, 1.5}}})
                                      << u"minted[0].cents"_s;
    QTest::newRow("negative count") << u"tasksDone"_s
                                    << QJsonValue(QJsonArray{QJsonObject{{u"month"_s, u"2026-11"_s}, {u"count"_s, -1}}})
                                    << u"tasksDone[0].count"_s;
    QTest::newRow("turnover without shop") << u"turnoverByShop"_s
                                           << QJsonValue(QJsonArray{QJsonObject{{u"month"_s, u"2026-11"_s},
                                                                               {u"cents"_s, 5}}})
                                           << u"turnoverByShop[0].shopId"_s;
}

void TestDashboard::namesTheBadField()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, field);
    QJsonObject json = sample();
    json.insert(path, value);
    const auto dashboard = Dashboard::fromJson(json);
    QVERIFY(!dashboard.ok());
    QCOMPARE(dashboard.error().code, u"bad-response"_s);
    QVERIFY2(dashboard.error().message.contains(u"“%1”"_s.arg(field)), qPrintable(dashboard.error().message));
}

void TestDashboard::csvKeepsExactCents()
{
    const auto dashboard = Dashboard::fromJson(sample());
    QVERIFY(dashboard);
    DashboardTableModel monthly(DashboardTableModel::Table::Monthly);
    monthly.setDashboard(dashboard.value());
    QCOMPARE(monthly.toCsv(), u"Month,Coins minted,Coins spent,Tasks done,Active residents\r\n"
                              "2026-10,10.00,0.00,0,1\r\n"
                              "2026-11,12.55,-0.05,3,2\r\n"_s);
    DashboardTableModel turnover(DashboardTableModel::Table::Turnover);
    turnover.setDashboard(dashboard.value());
    // A shop name with a comma and quotes stays one field.
    QCOMPARE(turnover.toCsv(), u"Month,Shop,Turnover\r\n2026-11,\"Bakkerij \"\"De Korf\"\", Heerlen\",12.50\r\n"_s);
}

QTEST_GUILESS_MAIN(TestDashboard)
#include "TestDashboard.moc"
