// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "core/domain/JsonNumber.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;

// Cents and counts as the server's answers carry them: only whole JSON
// numbers count; a fraction, a string or null is a broken answer.
class TestJsonNumber : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsWholeNumbers_data();
    void readsWholeNumbers();
};

void TestJsonNumber::readsWholeNumbers_data()
{
    QTest::addColumn<QByteArray>("json");  // the value of "v"
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("cents") << QByteArray("1250") << true << qint64(1250);
    QTest::newRow("zero") << QByteArray("0") << true << qint64(0);
    QTest::newRow("negative") << QByteArray("-500") << true << qint64(-500);
    QTest::newRow("written with .0") << QByteArray("12.0") << true << qint64(12);
    QTest::newRow("largest voucher") << QByteArray("4294967295") << true << qint64(4294967295LL);
    QTest::newRow("fraction of a cent") << QByteArray("12.5") << false << qint64(0);
    QTest::newRow("string") << QByteArray("\"1250\"") << false << qint64(0);
    QTest::newRow("null") << QByteArray("null") << false << qint64(0);
    QTest::newRow("boolean") << QByteArray("true") << false << qint64(0);
    QTest::newRow("beyond 64 bits") << QByteArray("1e30") << false << qint64(0);
}

void TestJsonNumber::readsWholeNumbers()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QFETCH(qint64, expected);
    const QJsonObject object = QJsonDocument::fromJson("{\"v\": " + json + "}").object();
    QVERIFY(object.contains(u"v"_s));
    const auto number = JsonNumber::whole(object.value(u"v"_s));
    QCOMPARE(number.has_value(), valid);
    if (valid)
        QCOMPARE(*number, expected);
    QVERIFY(!JsonNumber::whole(object.value(u"missing"_s)));
}

QTEST_GUILESS_MAIN(TestJsonNumber)
#include "TestJsonNumber.moc"
