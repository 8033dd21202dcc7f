// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestBackend.h"

#include "core/domain/Clock.h"
#include "server/Migrations.h"
#include "server/SessionService.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::server;

// Login sessions end when a person walks away (idle) or stays too long
// (total), and only work on the device where they started.
class TestSessionService : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void residentSessionEndsAfter90SecondsIdle();
    void activityKeepsAResidentSessionAliveUpTo15Minutes();
    void staffSessionLimits();
    void tokenIsBoundToItsDevice();
    void endedSessionStaysEnded();
    void onlyTheTokenHashIsStored();

private:
    SessionService::Opened open(SessionKind kind, qint64 subject, qint64 device);
    Result<Session> use(const QString& token, qint64 device);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ManualClock> m_clock;
};

void TestSessionService::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    Clock::setInstance(m_clock.get());
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_database = test::freshMigratedDatabase(*m_dir, &error);
    QVERIFY2(m_database, qPrintable(error));
    auto conn = m_database->connection();
    for (int device = 1; device <= 2; ++device) {
        QVERIFY(execSql(conn.value(), u"INSERT INTO devices (name, role, secret_hash, created_at) VALUES (?, 'kiosk', ?, 0)"_s,
                        {u"kiosk %1"_s.arg(device), QByteArray(32, char(device))}).ok());
    }
}

void TestSessionService::cleanup()
{
    m_database.reset();
    m_dir.reset();
    Clock::setInstance(nullptr);
}

SessionService::Opened TestSessionService::open(SessionKind kind, qint64 subject, qint64 device)
{
    SessionService::Opened opened;
    const Status status = m_database->transaction([&](QSqlDatabase& db) -> Status {
        auto result = SessionService::open(db, kind, subject, device);
        if (!result)
            return result.error();
        opened = result.value();
        return {};
    });
    if (!status)
        qWarning("%s", qPrintable(status.error().message));
    return opened;
}

Result<Session> TestSessionService::use(const QString& token, qint64 device)
{
    auto conn = m_database->connection();
    return SessionService::authenticate(conn.value(), token.toLatin1(), device);
}

void TestSessionService::residentSessionEndsAfter90SecondsIdle()
{
    const auto opened = open(SessionKind::Resident, 4, 1);
    QVERIFY(opened.token.size() >= 43);
    m_clock->advanceMsecs(89'000);
    QVERIFY(use(opened.token, 1).ok());
    m_clock->advanceMsecs(90'000);
    const auto idle = use(opened.token, 1);
    QVERIFY(!idle.ok());
    QCOMPARE(idle.error().code, u"session-expired"_s);
    QVERIFY2(idle.error().message.contains(u"without activity"_s), qPrintable(idle.error().message));
}

void TestSessionService::activityKeepsAResidentSessionAliveUpTo15Minutes()
{
    const auto opened = open(SessionKind::Resident, 4, 1);
    for (int i = 0; i < 14; ++i) {
        m_clock->advanceMsecs(60'000);
        QVERIFY2(use(opened.token, 1).ok(), qPrintable(u"minute %1"_s.arg(i + 1)));
    }
    m_clock->advanceMsecs(60'000);  // 15 minutes in total, however active
    const auto total = use(opened.token, 1);
    QCOMPARE(total.error().code, u"session-expired"_s);
    QVERIFY2(total.error().message.contains(u"time limit"_s), qPrintable(total.error().message));
}

void TestSessionService::staffSessionLimits()
{
    const auto opened = open(SessionKind::Staff, 1, 2);
    m_clock->advanceMsecs(14 * 60'000);
    QVERIFY(use(opened.token, 2).ok());
    m_clock->advanceMsecs(15 * 60'000);
    QCOMPARE(use(opened.token, 2).error().code, u"session-expired"_s);
    const auto busy = open(SessionKind::Staff, 1, 2);
    for (int i = 0; i < 8 * 6 - 1; ++i) {
        m_clock->advanceMsecs(10 * 60'000);
        QVERIFY(use(busy.token, 2).ok());
    }
    m_clock->advanceMsecs(10 * 60'000);
    QCOMPARE(use(busy.token, 2).error().code, u"session-expired"_s);
}

void TestSessionService::tokenIsBoundToItsDevice()
{
    const auto opened = open(SessionKind::Resident, 4, 1);
    const auto elsewhere = use(opened.token, 2);
    QVERIFY(!elsewhere.ok());
    QCOMPARE(elsewhere.error().code, u"session-invalid"_s);
    QVERIFY(use(opened.token, 1).ok());
    QCOMPARE(use(u"not-a-token"_s, 1).error().code, u"session-invalid"_s);
    QCOMPARE(use(QString(), 1).error().code, u"session-invalid"_s);
}

void TestSessionService::endedSessionStaysEnded()
{
    const auto opened = open(SessionKind::Resident, 4, 1);
    auto conn = m_database->connection();
    QVERIFY(SessionService::end(conn.value(), opened.token.toLatin1()).ok());
    QCOMPARE(use(opened.token, 1).error().code, u"session-invalid"_s);
    const auto other = open(SessionKind::Resident, 5, 1);
    QVERIFY(SessionService::endForDevice(conn.value(), 1).ok());  // a revoked kiosk
    QCOMPARE(use(other.token, 1).error().code, u"session-invalid"_s);
}

void TestSessionService::onlyTheTokenHashIsStored()
{
    const auto opened = open(SessionKind::Resident, 4, 1);
    auto conn = m_database->connection();
    auto rows = execSql(conn.value(), u"SELECT token_hash FROM sessions"_s);
    QVERIFY(rows.ok() && rows.value().next());
    const QByteArray stored = rows.value().value(0).toByteArray();
    QCOMPARE(stored.size(), 32);
    QVERIFY(!stored.contains(opened.token.toLatin1()));
}

QTEST_GUILESS_MAIN(TestSessionService)
#include "TestSessionService.moc"
