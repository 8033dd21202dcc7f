// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "core/domain/Task.h"
#include "core/domain/TaskCategory.h"

#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace buurtmunt;

Q_DECLARE_METATYPE(buurtmunt::Task)

namespace {

// The example of docs/architecture.md, verbatim: the contract with the server.
const QByteArray contractExample = R"({"id": 12, "title": "Bank schilderen", "description": "...",
 "category": "painting", "neighbourhood": "Grasbroek",
 "address": "Grasbroekerweg 12, Heerlen", "latitude": 50.8841, "longitude": 5.9712,
 "rewardCents": 1500, "estimatedMinutes": 180, "capacity": 2, "slotsTaken": 0,
 "windowStart": "2026-11-01", "windowEnd": "2026-12-15",
 "safetyNotes": "...", "toolboxNeeded": true, "status": "published",
 "version": 3, "updatedAt": "2026-11-23T10:15:00Z"})";

QJsonObject example()
{
    return QJsonDocument::fromJson(contractExample).object();
}

Task exampleTask()
{
    Task task;
    task.id = TaskId(12);
    task.title = u"Bank schilderen"_s;
    task.description = u"..."_s;
    task.category = u"painting"_s;
    task.neighbourhood = u"Grasbroek"_s;
    task.address = u"Grasbroekerweg 12, Heerlen"_s;
    task.latitude = 50.8841;
    task.longitude = 5.9712;
    task.reward = Coins(1500);
    task.estimatedMinutes = 180;
    task.capacity = 2;
    task.slotsTaken = 0;
    task.windowStart = QDate(2026, 11, 1);
    task.windowEnd = QDate(2026, 12, 15);
    task.safetyNotes = u"..."_s;
    task.toolboxNeeded = true;
    task.status = TaskStatus::Published;
    task.version = 3;
    task.updatedAt = QDateTime(QDate(2026, 11, 23), QTime(10, 15), Qt::UTC);
    return task;
}

Task changed(const std::function<void(Task&)>& change)
{
    Task task = exampleTask();
    change(task);
    return task;
}

QJsonObject jsonWith(const QString& field, const QJsonValue& value)
{
    QJsonObject json = example();
    if (value.isUndefined())
        json.remove(field);
    else
        json.insert(field, value);
    return json;
}

} // namespace

class TestTask : public QObject {
    Q_OBJECT

private slots:
    void toJsonMatchesTheApiContract();
    void fromJsonReadsTheApiContract();
    void jsonRoundTripKeepsEveryField();
    void missingCoordinatesAreNull();
    void instantsWithAnOffsetBecomeUtc();
    void fromJsonRefuses_data();
    void fromJsonRefuses();
    void validate_data();
    void validate();
    void categories();
};

void TestTask::toJsonMatchesTheApiContract()
{
    const QJsonObject json = exampleTask().toJson();
    QCOMPARE(json.keys(), example().keys());
    QCOMPARE(json, example());
}

void TestTask::fromJsonReadsTheApiContract()
{
    const auto task = Task::fromJson(example());
    QVERIFY2(task.ok(), qPrintable(task.ok() ? QString() : task.error().message));
    QCOMPARE(task.value(), exampleTask());
    QCOMPARE(task->updatedAt.timeSpec(), Qt::UTC);
}

void TestTask::jsonRoundTripKeepsEveryField()
{
    Task task = exampleTask();
    task.toolboxNeeded = false;
    task.status = TaskStatus::Cancelled;
    task.reward = Coins(49999);
    task.updatedAt = task.updatedAt.addMSecs(123);
    task.description = u"Emmer, kwast en \"verf\" — 3×"_s;
    const QByteArray wire = QJsonDocument(task.toJson()).toJson(QJsonDocument::Compact);
    const auto back = Task::fromJson(QJsonDocument::fromJson(wire).object());
    QVERIFY(back.ok());
    QCOMPARE(back.value(), task);
}

void TestTask::missingCoordinatesAreNull()
{
    Task task = exampleTask();
    task.latitude.reset();
    task.longitude.reset();
    const QJsonObject json = task.toJson();
    QVERIFY(json.value(u"latitude"_s).isNull());
    QVERIFY(json.value(u"longitude"_s).isNull());
    QCOMPARE(Task::fromJson(json).value(), task);

    QJsonObject absent = example();
    absent.remove(u"latitude"_s);
    absent.remove(u"longitude"_s);
    const auto parsed = Task::fromJson(absent);
    QVERIFY(parsed.ok());
    QVERIFY(!parsed->latitude.has_value());
}

void TestTask::instantsWithAnOffsetBecomeUtc()
{
    const auto task = Task::fromJson(jsonWith(u"updatedAt"_s, u"2026-11-23T11:15:00+01:00"_s));
    QVERIFY(task.ok());
    QCOMPARE(task->updatedAt, exampleTask().updatedAt);
    QCOMPARE(task->toJson().value(u"updatedAt"_s).toString(), u"2026-11-23T10:15:00Z"_s);
}

void TestTask::fromJsonRefuses_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("field");

    const QStringList required{u"id"_s, u"title"_s, u"description"_s, u"category"_s, u"neighbourhood"_s,
                               u"address"_s, u"rewardCents"_s, u"estimatedMinutes"_s, u"capacity"_s,
                               u"slotsTaken"_s, u"windowStart"_s, u"windowEnd"_s, u"safetyNotes"_s,
                               u"toolboxNeeded"_s, u"status"_s, u"version"_s, u"updatedAt"_s};
    for (const QString& field : required)
        QTest::newRow(qPrintable(u"missing "_s + field)) << jsonWith(field, QJsonValue::Undefined) << field;

    QTest::newRow("title is a number") << jsonWith(u"title"_s, 12) << u"title"_s;
    QTest::newRow("title is null") << jsonWith(u"title"_s, QJsonValue::Null) << u"title"_s;
    QTest::newRow("reward with fractional cents") << jsonWith(u"rewardCents"_s, 1500.5) << u"rewardCents"_s;
    QTest::newRow("reward as a string") << jsonWith(u"rewardCents"_s, u"1500"_s) << u"rewardCents"_s;
    QTest::newRow("reward beyond exact doubles") << jsonWith(u"rewardCents"_s, 1e19) << u"rewardCents"_s;
    QTest::newRow("negative id") << jsonWith(u"id"_s, -1) << u"id"_s;
    QTest::newRow("capacity beyond int") << jsonWith(u"capacity"_s, 3e9) << u"capacity"_s;
    QTest::newRow("latitude as a string") << jsonWith(u"latitude"_s, u"50.88"_s) << u"latitude"_s;
    QTest::newRow("toolbox as yes") << jsonWith(u"toolboxNeeded"_s, u"yes"_s) << u"toolboxNeeded"_s;
    QTest::newRow("Dutch date order") << jsonWith(u"windowStart"_s, u"01-11-2026"_s) << u"windowStart"_s;
    QTest::newRow("impossible date") << jsonWith(u"windowEnd"_s, u"2026-02-30"_s) << u"windowEnd"_s;
    QTest::newRow("instant without offset") << jsonWith(u"updatedAt"_s, u"2026-11-23T10:15:00"_s) << u"updatedAt"_s;
    QTest::newRow("instant as a date") << jsonWith(u"updatedAt"_s, u"2026-11-23"_s) << u"updatedAt"_s;
    QTest::newRow("unknown status") << jsonWith(u"status"_s, u"open"_s) << u"status"_s;
    QTest::newRow("version as boolean") << jsonWith(u"version"_s, true) << u"version"_s;
}

void TestTask::fromJsonRefuses()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, field);

    const auto task = Task::fromJson(json);
    QVERIFY(!task.ok());
    QCOMPARE(task.error().code, u"invalid-task"_s);
    QVERIFY2(task.error().message.contains(u'"' + field + u'"'), qPrintable(task.error().message));
}

void TestTask::validate_data()
{
    QTest::addColumn<Task>("task");
    QTest::addColumn<QStringList>("fields");

    const QStringList none;
    QTest::newRow("the contract example is valid") << exampleTask() << none;
    QTest::newRow("title of 2 characters") << changed([](Task& t) { t.title = u"Ab"_s; }) << QStringList{u"title"_s};
    QTest::newRow("title of 3 characters") << changed([](Task& t) { t.title = u"Abc"_s; }) << none;
    QTest::newRow("title of spaces") << changed([](Task& t) { t.title = u"      "_s; }) << QStringList{u"title"_s};
    QTest::newRow("title of 120 characters") << changed([](Task& t) { t.title = QString(120, u'x'); }) << none;
    QTest::newRow("title of 121 characters") << changed([](Task& t) { t.title = QString(121, u'x'); }) << QStringList{u"title"_s};
    QTest::newRow("description of 4000 characters") << changed([](Task& t) { t.description = QString(4000, u'x'); }) << none;
    QTest::newRow("description of 4001 characters") << changed([](Task& t) { t.description = QString(4001, u'x'); }) << QStringList{u"description"_s};
    QTest::newRow("unknown category") << changed([](Task& t) { t.category = u"gardening"_s; }) << QStringList{u"category"_s};
    QTest::newRow("no neighbourhood") << changed([](Task& t) { t.neighbourhood = u" "_s; }) << QStringList{u"neighbourhood"_s};
    QTest::newRow("no address") << changed([](Task& t) { t.address.clear(); }) << QStringList{u"address"_s};
    QTest::newRow("zero reward") << changed([](Task& t) { t.reward = Coins(0); }) << QStringList{u"rewardCents"_s};
    QTest::newRow("reward of exactly 500.00") << changed([](Task& t) { t.reward = Coins(50000); }) << none;
    QTest::newRow("reward one cent over 500.00") << changed([](Task& t) { t.reward = Coins(50001); }) << QStringList{u"rewardCents"_s};
    QTest::newRow("4 minutes") << changed([](Task& t) { t.estimatedMinutes = 4; }) << QStringList{u"estimatedMinutes"_s};
    QTest::newRow("5 minutes") << changed([](Task& t) { t.estimatedMinutes = 5; }) << none;
    QTest::newRow("a full day") << changed([](Task& t) { t.estimatedMinutes = 1440; }) << none;
    QTest::newRow("more than a day") << changed([](Task& t) { t.estimatedMinutes = 1441; }) << QStringList{u"estimatedMinutes"_s};
    QTest::newRow("no capacity") << changed([](Task& t) { t.capacity = 0; }) << QStringList{u"capacity"_s};
    QTest::newRow("capacity 100") << changed([](Task& t) { t.capacity = 100; }) << none;
    QTest::newRow("capacity 101") << changed([](Task& t) { t.capacity = 101; }) << QStringList{u"capacity"_s};
    QTest::newRow("capacity below slots taken") << changed([](Task& t) { t.slotsTaken = 2; t.capacity = 1; }) << QStringList{u"capacity"_s};
    QTest::newRow("one-day window") << changed([](Task& t) { t.windowEnd = t.windowStart; }) << none;
    QTest::newRow("window ends before it starts") << changed([](Task& t) { t.windowEnd = t.windowStart.addDays(-1); }) << QStringList{u"windowEnd"_s};
    QTest::newRow("no window start") << changed([](Task& t) { t.windowStart = QDate(); }) << QStringList{u"windowStart"_s};
    QTest::newRow("latitude past the pole") << changed([](Task& t) { t.latitude = 90.0001; }) << QStringList{u"latitude"_s};
    QTest::newRow("longitude past the date line") << changed([](Task& t) { t.longitude = -180.5; }) << QStringList{u"longitude"_s};
    QTest::newRow("latitude without longitude") << changed([](Task& t) { t.longitude.reset(); }) << QStringList{u"longitude"_s};
    QTest::newRow("no coordinates at all") << changed([](Task& t) { t.latitude.reset(); t.longitude.reset(); }) << none;
    QTest::newRow("several problems are all reported")
        << changed([](Task& t) { t.title.clear(); t.capacity = 0; t.reward = Coins(-5); })
        << QStringList{u"title"_s, u"rewardCents"_s, u"capacity"_s};
}

void TestTask::validate()
{
    QFETCH(Task, task);
    QFETCH(QStringList, fields);

    const QList<Error> errors = task.validate();
    QStringList reported;
    for (const Error& error : errors) {
        reported.append(error.code);
        QVERIFY2(!error.message.isEmpty(), qPrintable(error.code));
    }
    QCOMPARE(reported, fields);
}

void TestTask::categories()
{
    QCOMPARE(taskCategories.size(), size_t{7});
    for (const QStringView slug : taskCategories)
        QVERIFY(isValidCategory(slug));
    QVERIFY(!isValidCategory(u"Painting"));
    QVERIFY(!isValidCategory(u""));
}

QTEST_GUILESS_MAIN(TestTask)
#include "TestTask.moc"
