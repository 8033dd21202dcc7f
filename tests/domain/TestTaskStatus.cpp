// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "core/domain/TaskStatus.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;

class TestTaskStatus : public QObject {
    Q_OBJECT

private slots:
    void transitions_data();
    void transitions();
    void wireNames_data();
    void wireNames();
    void unknownNamesAreRefused_data();
    void unknownNamesAreRefused();
};

void TestTaskStatus::transitions_data()
{
    QTest::addColumn<TaskStatus>("from");
    QTest::addColumn<TaskStatus>("to");
    QTest::addColumn<bool>("allowed");

    // Written out independently of the implementation: the product's rules.
    const QSet<QString> allowed{u"draft->published"_s, u"draft->cancelled"_s, u"published->closed"_s,
                                u"published->cancelled"_s};
    int allowedRows = 0;
    for (const TaskStatus from : allTaskStatuses) {
        for (const TaskStatus to : allTaskStatuses) {
            const QString pair = toString(from) + u"->"_s + toString(to);
            const bool isAllowed = allowed.contains(pair);
            allowedRows += isAllowed ? 1 : 0;
            const QString name = toString(from) + u" -> "_s + toString(to) + (isAllowed ? u" allowed"_s : u" refused"_s);
            QTest::newRow(qPrintable(name)) << from << to << isAllowed;
        }
    }
    QCOMPARE(allowedRows, allowed.size());
}

void TestTaskStatus::transitions()
{
    QFETCH(TaskStatus, from);
    QFETCH(TaskStatus, to);
    QFETCH(bool, allowed);
    QCOMPARE(canTransition(from, to), allowed);
}

void TestTaskStatus::wireNames_data()
{
    QTest::addColumn<TaskStatus>("status");
    QTest::addColumn<QString>("name");
    QTest::newRow("draft") << TaskStatus::Draft << u"draft"_s;
    QTest::newRow("published") << TaskStatus::Published << u"published"_s;
    QTest::newRow("closed") << TaskStatus::Closed << u"closed"_s;
    QTest::newRow("cancelled") << TaskStatus::Cancelled << u"cancelled"_s;
}

void TestTaskStatus::wireNames()
{
    QFETCH(TaskStatus, status);
    QFETCH(QString, name);
    QCOMPARE(toString(status), name);
    QCOMPARE(taskStatusFromString(name), std::optional<TaskStatus>(status));
}

void TestTaskStatus::unknownNamesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("capitalised") << u"Published"_s;
    QTest::newRow("leading space") << u" draft"_s;
    QTest::newRow("American spelling") << u"canceled"_s;
    QTest::newRow("claim status") << u"approved"_s;
}

void TestTaskStatus::unknownNamesAreRefused()
{
    QFETCH(QString, name);
    QVERIFY(!taskStatusFromString(name).has_value());
}

QTEST_GUILESS_MAIN(TestTaskStatus)
#include "TestTaskStatus.moc"
