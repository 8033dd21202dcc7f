// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestBackend.h"

#include "core/domain/Clock.h"
#include "core/domain/Crypto.h"
#include "core/domain/PassToken.h"
#include "server/Migrations.h"
#include "server/ResidentLogin.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::server;

// The PIN rules as a resident at the kiosk lives them, with a clock the test
// moves: 5 wrong PINs in a row lock the pass for 15 minutes, 10 in 24 hours
// lock it until staff unlock it, and one pass's trouble never touches another.
class TestResidentLogin : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rightPinLogsIn();
    void fourWrongThenRightResetsTheCount();
    void fiveWrongLockForFifteenMinutes();
    void tenWrongInADayLockUntilStaffUnlock();
    void wrongPinsSpreadOverMoreThanADayDoNotLockForGood();
    void attackingOnePassLeavesAnotherUsable();
    void blockedAndUnknownPassesAreRefused();
    void pinsAreNeverStoredOrLoggedInClear();

private:
    struct Resident {
        qint64 id = 0;
        QString pass;
    };
    Resident addResident(const QString& name, const QString& pin);
    ResidentLogin::Outcome login(const Resident& resident, const QString& pin);
    void wrong(const Resident& resident, int times);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ManualClock> m_clock;
};

void TestResidentLogin::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC));
    Clock::setInstance(m_clock.get());
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_database = test::freshMigratedDatabase(*m_dir, &error);
    QVERIFY2(m_database, qPrintable(error));
}

void TestResidentLogin::cleanup()
{
    m_database.reset();
    m_dir.reset();
    Clock::setInstance(nullptr);
}

TestResidentLogin::Resident TestResidentLogin::addResident(const QString& name, const QString& pin)
{
    const PassToken pass = PassToken::generate();
    auto conn = m_database->connection();
    auto inserted = execSql(conn.value(), u"INSERT INTO residents (display_name, neighbourhood, pass_hash, pin_hash, created_at) "
                                           "VALUES (?, 'Grasbroek', ?, ?, 0) RETURNING id"_s,
                            {name, pass.hash(), crypto::hashSecret(pin)});
    if (!inserted || !inserted.value().next())
        return {};
    return {inserted.value().value(0).toLongLong(), pass.display()};
}

ResidentLogin::Outcome TestResidentLogin::login(const Resident& resident, const QString& pin)
{
    ResidentLogin::Outcome outcome;
    // The login's bookkeeping commits whatever the outcome, as the API does.
    const Status status = m_database->transaction([&](QSqlDatabase& db) -> Status {
        auto result = ResidentLogin::attempt(db, resident.pass, pin, 1, u"test"_s);
        if (!result)
            return result.error();
        outcome = result.value();
        return {};
    });
    if (!status)
        qWarning("%s", qPrintable(status.error().message));
    return outcome;
}

void TestResidentLogin::wrong(const Resident& resident, int times)
{
    for (int i = 0; i < times; ++i)
        login(resident, u"0000"_s);
}

void TestResidentLogin::rightPinLogsIn()
{
    const Resident anja = addResident(u"Anja"_s, u"2468"_s);
    const auto outcome = login(anja, u"2468"_s);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(outcome.residentId, anja.id);
    QCOMPARE(outcome.displayName, u"Anja"_s);
    // The pass number may be typed with or without its dashes, in lower case.
    Resident typed = anja;
    typed.pass = anja.pass.toLower().remove(u'-');
    QVERIFY(login(typed, u"2468"_s).ok);
}

void TestResidentLogin::fourWrongThenRightResetsTheCount()
{
    const Resident anja = addResident(u"Anja"_s, u"2468"_s);
    for (int left = 4; left >= 1; --left) {
        const auto outcome = login(anja, u"1111"_s);
        QCOMPARE(outcome.refusal, u"pin-wrong"_s);
        QCOMPARE(outcome.attemptsLeft, left);
        QVERIFY2(outcome.message.contains(QString::number(left)), qPrintable(outcome.message));
    }
    QVERIFY(login(anja, u"2468"_s).ok);
    // The streak starts again: four more wrong PINs do not lock.
    wrong(anja, 4);
    QVERIFY(login(anja, u"2468"_s).ok);
}

void TestResidentLogin::fiveWrongLockForFifteenMinutes()
{
    const Resident anja = addResident(u"Anja"_s, u"2468"_s);
    wrong(anja, 4);
    const auto fifth = login(anja, u"1111"_s);
    QCOMPARE(fifth.refusal, u"pass-locked"_s);
    QVERIFY(fifth.lockedUntil.has_value());
    QCOMPARE(*fifth.lockedUntil, m_clock->nowUtc().addSecs(15 * 60));
    // Locked: even the right PIN is refused, and attempts during the lock
    // are not checked, so they neither help nor count.
    m_clock->advanceMsecs(14 * 60 * 1000);
    QCOMPARE(login(anja, u"2468"_s).refusal, u"pass-locked"_s);
    wrong(anja, 20);
    m_clock->advanceMsecs(61 * 1000);
    const auto after = login(anja, u"2468"_s);
    QVERIFY2(after.ok, qPrintable(after.message));
}

void TestResidentLogin::tenWrongInADayLockUntilStaffUnlock()
{
    const Resident anja = addResident(u"Anja"_s, u"2468"_s);
    wrong(anja, 5);                               // locked 15 minutes
    m_clock->advanceMsecs(16 * 60 * 1000);
    wrong(anja, 4);
    const auto tenth = login(anja, u"1111"_s);
    QCOMPARE(tenth.refusal, u"pass-locked-by-staff-only"_s);
    QVERIFY2(tenth.message.contains(u"staff"_s), qPrintable(tenth.message));
    // Time does not unlock it.
    m_clock->advanceMsecs(3LL * 24 * 3600 * 1000);
    QCOMPARE(login(anja, u"2468"_s).refusal, u"pass-locked-by-staff-only"_s);
    // Staff do.
    const Status unlocked = m_database->transaction([&](QSqlDatabase& db) {
        return ResidentLogin::unlock(db, anja.id, u"staff:1"_s, u"test"_s);
    });
    QVERIFY(unlocked.ok());
    QVERIFY(login(anja, u"2468"_s).ok);
}

void TestResidentLogin::wrongPinsSpreadOverMoreThanADayDoNotLockForGood()
{
    const Resident anja = addResident(u"Anja"_s, u"2468"_s);
    wrong(anja, 4);
    QVERIFY(login(anja, u"2468"_s).ok);
    m_clock->advanceMsecs(25LL * 3600 * 1000);
    wrong(anja, 4);
    QVERIFY(login(anja, u"2468"_s).ok);
    m_clock->advanceMsecs(25LL * 3600 * 1000);
    wrong(anja, 4);
    const auto outcome = login(anja, u"1111"_s);
    QCOMPARE(outcome.refusal, u"pass-locked"_s);  // the streak rule, not the daily one
}

void TestResidentLogin::attackingOnePassLeavesAnotherUsable()
{
    const Resident anja = addResident(u"Anja"_s, u"2468"_s);
    const Resident joep = addResident(u"Joep"_s, u"9731"_s);
    wrong(anja, 5);
    m_clock->advanceMsecs(16 * 60 * 1000);
    wrong(anja, 5);
    QCOMPARE(login(anja, u"2468"_s).refusal, u"pass-locked-by-staff-only"_s);
    const auto other = login(joep, u"9731"_s);
    QVERIFY2(other.ok, qPrintable(other.message));
    QCOMPARE(login(joep, u"0000"_s).attemptsLeft, 4);  // Joep's count starts at zero
}

void TestResidentLogin::blockedAndUnknownPassesAreRefused()
{
    const Resident anja = addResident(u"Anja"_s, u"2468"_s);
    auto conn = m_database->connection();
    QVERIFY(execSql(conn.value(), u"UPDATE residents SET blocked_at = 1 WHERE id = ?"_s, {anja.id}).ok());
    QCOMPARE(login(anja, u"2468"_s).refusal, u"pass-blocked"_s);
    QCOMPARE(login(Resident{0, PassToken::generate().display()}, u"2468"_s).refusal, u"pass-unknown"_s);
    const auto garbage = login(Resident{0, u"HELLO"_s}, u"2468"_s);
    QCOMPARE(garbage.refusal, u"pass-unknown"_s);
    QVERIFY(!garbage.message.isEmpty());
}

void TestResidentLogin::pinsAreNeverStoredOrLoggedInClear()
{
    const Resident anja = addResident(u"Anja"_s, u"246813"_s);
    wrong(anja, 3);
    QVERIFY(login(anja, u"246813"_s).ok);
    auto conn = m_database->connection();
    auto hash = execSql(conn.value(), u"SELECT pin_hash FROM residents WHERE id = ?"_s, {anja.id});
    QVERIFY(hash.ok() && hash.value().next());
    QVERIFY(hash.value().value(0).toString().startsWith(u"$argon2id$"_s));
    QVERIFY(!hash.value().value(0).toString().contains(u"246813"_s));
    auto audit = execSql(conn.value(), u"SELECT actor, action, object, details FROM audit_log"_s);
    QVERIFY(audit.ok());
    int rows = 0;
    while (audit.value().next()) {
        ++rows;
        for (int c = 0; c < 4; ++c) {
            const QString value = audit.value().value(c).toString();
            QVERIFY2(!value.contains(u"246813"_s) && !value.contains(u"0000"_s), qPrintable(value));
        }
    }
    QCOMPARE(rows, 4);  // three failed PINs and one login, each audited
}

QTEST_GUILESS_MAIN(TestResidentLogin)
#include "TestResidentLogin.moc"
