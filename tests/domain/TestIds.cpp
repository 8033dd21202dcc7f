// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "core/domain/Ids.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <type_traits>

using namespace Qt::StringLiterals;
using namespace buurtmunt;

// The point of typed ids: mixing them up does not compile.
static_assert(!std::is_convertible_v<ResidentId, ShopId>);
static_assert(!std::is_convertible_v<TaskId, ClaimId>);
static_assert(!std::is_convertible_v<qint64, DeviceId>);
static_assert(!std::is_same_v<AccountId, StaffId>);

class TestIds : public QObject {
    Q_OBJECT

private slots:
    void validity_data();
    void validity();
    void textForm();
    void orderingAndHashing();
};

void TestIds::validity_data()
{
    QTest::addColumn<qint64>("value");
    QTest::addColumn<bool>("valid");

    QTest::newRow("default id is not stored yet") << qint64{0} << false;
    QTest::newRow("negative id") << qint64{-3} << false;
    QTest::newRow("first database id") << qint64{1} << true;
    QTest::newRow("large database id") << qint64{9007199254740991} << true;
}

void TestIds::validity()
{
    QFETCH(qint64, value);
    QFETCH(bool, valid);
    QCOMPARE(TaskId(value).isValid(), valid);
    QCOMPARE(TaskId(value).value(), value);
    QVERIFY(!TaskId().isValid());
}

void TestIds::textForm()
{
    QCOMPARE(ShopId(42).toString(), u"42"_s);
    QCOMPARE(ClaimId(-7).toString(), u"-7"_s);
}

void TestIds::orderingAndHashing()
{
    QVERIFY(ResidentId(3) == ResidentId(3));
    QVERIFY(ResidentId(3) != ResidentId(4));
    QVERIFY(ResidentId(3) < ResidentId(4));

    QSet<TaskId> seen{TaskId(1), TaskId(2), TaskId(1), TaskId(3), TaskId(2)};
    QCOMPARE(seen.size(), 3);
    QVERIFY(seen.contains(TaskId(3)));
    QVERIFY(!seen.contains(TaskId(4)));

    QHash<ShopId, QString> names;
    names.insert(ShopId(5), u"Bakkerij"_s);
    QCOMPARE(names.value(ShopId(5)), u"Bakkerij"_s);
    QCOMPARE(qHash(ShopId(5)), qHash(ShopId(5)));
}

QTEST_GUILESS_MAIN(TestIds)
#include "TestIds.moc"
