// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "TestBackend.h"

#include "core/domain/CheckedCode.h"
#include "core/domain/Clock.h"
#include "core/domain/PassToken.h"
#include "server/AuditLog.h"
#include "server/ClaimService.h"
#include "server/LedgerService.h"
#include "server/Migrations.h"
#include "server/MunicipalitySettings.h"
#include "server/TaskService.h"

#include <QTest>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::server;

// Earning coins as residents and staff live it: claim at the kiosk, mark
// done, staff approve and coins are minted once; the refusals a resident sees
// (with the cap's remaining room), the second-approver rule, rejections,
// releases and expiry giving slots back, and 20 claims at once that must not
// together cross the cap. Every test runs on SQLite and on PostgreSQL.
class TestClaimService : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void happyPathMintsTheRewardOnce();
    void unknownAndDraftTasksAreNotFound();
    void closedOrOutOfWindowTasksAreNotOpen();
    void fullTaskIsRefused();
    void sameTaskCannotBeClaimedTwice();
    void openClaimsAreLimited();
    void blockedPassCannotClaim();
    void yearlyCapRefusesWithRemainingRoomAndAllowsExactFit();
    void monthlyCapResetsNextMonth();
    void hourlyRateLimitsTheReward();
    void bigRewardsNeedTwoDifferentApprovers();
    void rejectNeedsAReasonAndFreesTheSlot();
    void releaseFreesTheSlotAndOnlyTheOwnerMayRelease();
    void submitChecksOwnerAndNoteAndFeedsTheReviewQueue();
    void unfinishedClaimsExpireAfterTheWindow();
    void batchApprovalReportsEachClaim();
    void toolboxPickupIsCheckedAndRecordedOnce();
    void concurrentClaimsNeverCrossTheCap();
    void slotChangesReachTheKioskChangeFeed();
    void unusableSettingIsNamed();

private:
    template <typename T, typename F>
    Result<T> run(F work);
    Result<ClaimService::Claim> claim(qint64 resident, qint64 task, CapCheck* cap = nullptr);
    Result<ClaimService::Claim> submit(qint64 resident, qint64 claimId, const QString& note = u"Klaar"_s);
    Result<ClaimService::Approval> approve(qint64 claimId, qint64 staff);
    qint64 addResident(const QString& name);
    qint64 addTask(qint64 rewardCents, int minutes, int capacity = 2, bool toolbox = false,
                   TaskStatus status = TaskStatus::Published, QDate start = QDate(2026, 11, 1),
                   QDate end = QDate(2026, 12, 15));
    void setSetting(const char* key, qint64 value);
    Coins balanceOf(qint64 resident);
    int slotsTaken(qint64 task);
    int count(const QString& sql, const QVariantList& binds = {});
    void verifyLedger();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ManualClock> m_clock;
};

void TestClaimService::init()
{
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC));
    Clock::setInstance(m_clock.get());
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_database = test::freshMigratedDatabase(*m_dir, &error);
    QVERIFY2(m_database, qPrintable(error));
}

void TestClaimService::cleanup()
{
    m_database.reset();
    m_dir.reset();
    Clock::setInstance(nullptr);
}

// Runs one service call in its own transaction, as a route will; a refusal
// rolls the transaction back and comes back as the Result's error.
template <typename T, typename F>
Result<T> TestClaimService::run(F work)
{
    std::optional<Result<T>> out;
    const Status status = m_database->transaction([&](QSqlDatabase& db) -> Status {
        out.emplace(work(db));
        if (!out->ok())
            return out->error();
        return {};
    });
    if (!status)
        return status.error();
    return *out;
}

Result<ClaimService::Claim> TestClaimService::claim(qint64 resident, qint64 task, CapCheck* cap)
{
    return run<ClaimService::Claim>([&](QSqlDatabase& db) {
        return ClaimService::claim(db, resident, task, 1, u"req-claim"_s, cap);
    });
}

Result<ClaimService::Claim> TestClaimService::submit(qint64 resident, qint64 claimId, const QString& note)
{
    return run<ClaimService::Claim>([&](QSqlDatabase& db) { return ClaimService::submit(db, resident, claimId, note); });
}

Result<ClaimService::Approval> TestClaimService::approve(qint64 claimId, qint64 staff)
{
    return run<ClaimService::Approval>([&](QSqlDatabase& db) {
        return ClaimService::approve(db, claimId, staff, u"req-approve"_s);
    });
}

qint64 TestClaimService::addResident(const QString& name)
{
    auto conn = m_database->connection();
    auto inserted = execSql(conn.value(), u"INSERT INTO residents (display_name, neighbourhood, pass_hash, pin_hash, created_at) "
                                           "VALUES (?, 'Grasbroek', ?, 'unused', 0) RETURNING id"_s,
                            {name, PassToken::generate().hash()});
    if (!inserted || !inserted.value().next())
        return 0;
    return inserted.value().value(0).toLongLong();
}

qint64 TestClaimService::addTask(qint64 rewardCents, int minutes, int capacity, bool toolbox, TaskStatus status,
                                 QDate start, QDate end)
{
    Task task;
    task.title = u"Bank schilderen %1"_s.arg(rewardCents);
    task.description = u"Groene bank bij de speeltuin"_s;
    task.category = u"painting"_s;
    task.neighbourhood = u"Grasbroek"_s;
    task.address = u"Grasbroekerweg 12, Heerlen"_s;
    task.reward = Coins(rewardCents);
    task.estimatedMinutes = minutes;
    task.capacity = capacity;
    task.windowStart = start;
    task.windowEnd = end;
    task.safetyNotes = u"Handschoenen dragen"_s;
    task.toolboxNeeded = toolbox;
    task.status = status;
    auto created = run<Task>([&](QSqlDatabase& db) { return TaskService::create(db, task); });
    return created ? created.value().id.value() : 0;
}

void TestClaimService::setSetting(const char* key, qint64 value)
{
    const Status status = m_database->transaction([&](QSqlDatabase& db) {
        return writeSetting(db, QString::fromLatin1(key), QString::number(value));
    });
    QVERIFY(status.ok());
}

Coins TestClaimService::balanceOf(qint64 resident)
{
    auto conn = m_database->connection();
    auto row = execSql(conn.value(), u"SELECT balance_cents FROM accounts WHERE kind = 'resident' AND owner_id = ?"_s, {resident});
    if (!row || !row.value().next())
        return Coins(0);
    return Coins(row.value().value(0).toLongLong());
}

int TestClaimService::slotsTaken(qint64 task)
{
    auto conn = m_database->connection();
    auto row = execSql(conn.value(), u"SELECT slots_taken FROM tasks WHERE id = ?"_s, {task});
    if (!row || !row.value().next())
        return -1;
    return row.value().value(0).toInt();
}

int TestClaimService::count(const QString& sql, const QVariantList& binds)
{
    auto conn = m_database->connection();
    auto row = execSql(conn.value(), sql, binds);
    if (!row || !row.value().next())
        return -1;
    return row.value().value(0).toInt();
}

void TestClaimService::verifyLedger()
{
    auto conn = m_database->connection();
    auto report = LedgerService::checkInvariants(conn.value());
    QVERIFY(report.ok());
    QVERIFY2(report.value().ok(), qPrintable(report.value().violations.join(u"; "_s)));
    auto audit = AuditLog::verify(conn.value());
    QVERIFY(audit.ok());
    QVERIFY2(audit.value().intact, qPrintable(audit.value().problem));
}

void TestClaimService::happyPathMintsTheRewardOnce()
{
    const qint64 anja = addResident(u"Anja"_s);
    const qint64 task = addTask(1500, 180, 2, true);
    auto claimed = claim(anja, task);
    QVERIFY2(claimed.ok(), qPrintable(claimed.ok() ? QString() : claimed.error().message));
    QCOMPARE(toString(claimed->status), toString(ClaimStatus::Claimed));
    QCOMPARE(claimed->reward, Coins(1500));
    QCOMPARE(claimed->estimatedMinutes, 180);
    QCOMPARE(claimed->taskTitle, u"Bank schilderen 1500"_s);
    QCOMPARE(claimed->toolboxCode.size(), ClaimService::kToolboxCodeLength);
    QVERIFY(CheckedCode::isValid(claimed->toolboxCode));
    QCOMPARE(claimed->toolboxCodeDisplay().size(), ClaimService::kToolboxCodeLength + 1);
    QCOMPARE(claimed->claimedAt, m_clock->nowUtc());
    // The whole of the window's last day counts, in UTC.
    QCOMPARE(claimed->expiresAt, QDateTime(QDate(2026, 12, 16), QTime(0, 0), Qt::UTC));
    QCOMPARE(slotsTaken(task), 1);

    m_clock->advanceMsecs(3 * 3600 * 1000);
    auto submitted = submit(anja, claimed->id, u"Bank is weer groen"_s);
    QVERIFY2(submitted.ok(), qPrintable(submitted.ok() ? QString() : submitted.error().message));
    QCOMPARE(toString(submitted->status), toString(ClaimStatus::Submitted));
    QCOMPARE(submitted->note, u"Bank is weer groen"_s);
    QCOMPARE(*submitted->submittedAt, m_clock->nowUtc());
    QVERIFY(submitted->version > claimed->version);

    auto approved = approve(claimed->id, 7);
    QVERIFY2(approved.ok(), qPrintable(approved.ok() ? QString() : approved.error().message));
    QVERIFY(!approved->needsSecondApprover);
    QVERIFY(!approved->replayed);
    QCOMPARE(toString(approved->claim.status), toString(ClaimStatus::Approved));
    QCOMPARE(*approved->claim.decidedBy, qint64(7));
    QVERIFY(approved->claim.rewardTransactionId.has_value());
    QCOMPARE(balanceOf(anja), Coins(1500));
    // An approved claim gives its slot to nobody: the work was done.
    QCOMPARE(slotsTaken(task), 1);

    // A replayed approval (retry, double click) answers the same, mints nothing.
    auto again = approve(claimed->id, 7);
    QVERIFY(again.ok());
    QVERIFY(again->replayed);
    QCOMPARE(again->claim.rewardTransactionId, approved->claim.rewardTransactionId);
    QCOMPARE(balanceOf(anja), Coins(1500));
    QCOMPARE(count(u"SELECT COUNT(*) FROM ledger_transactions WHERE kind = 'reward'"_s), 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM ledger_transactions WHERE idempotency_key = ?"_s,
                   {u"claim:%1:reward"_s.arg(claimed->id)}),
             1);

    QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'claim.create' AND actor = ?"_s, {u"resident:%1"_s.arg(anja)}), 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'claim.submit' AND actor = ?"_s, {u"resident:%1"_s.arg(anja)}), 1);
    QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'claim.approve' AND actor = 'staff:7'"_s), 1);

    auto earnings = run<ClaimService::Earnings>([&](QSqlDatabase& db) {
        return ClaimService::earnings(db, anja, ClaimRules{}, m_clock->todayUtc());
    });
    QVERIFY(earnings.ok());
    QCOMPARE(earnings->balance, Coins(1500));
    QCOMPARE(earnings->earnedThisYear, Coins(1500));
    QCOMPARE(earnings->earnedThisMonth, Coins(1500));
    QCOMPARE(earnings->pending, Coins(0));
    QCOMPARE(earnings->remainingYear, Coins(150000 - 1500));
    QCOMPARE(earnings->remainingMonth, Coins(18000 - 1500));
    verifyLedger();
}

void TestClaimService::unknownAndDraftTasksAreNotFound()
{
    const qint64 anja = addResident(u"Anja"_s);
    const qint64 draft = addTask(1500, 180, 2, false, TaskStatus::Draft);
    QCOMPARE(claim(anja, draft + 100).error().code, u"task-not-found"_s);
    const auto refused = claim(anja, draft);
    QCOMPARE(refused.error().code, u"task-not-found"_s);  // drafts are invisible to residents
    QVERIFY2(refused.error().message.contains(QString::number(draft)), qPrintable(refused.error().message));
    QCOMPARE(slotsTaken(draft), 0);
    QCOMPARE(count(u"SELECT COUNT(*) FROM claims"_s), 0);
}

void TestClaimService::closedOrOutOfWindowTasksAreNotOpen()
{
    const qint64 anja = addResident(u"Anja"_s);
    const qint64 closed = addTask(1500, 180);
    QVERIFY(m_database->transaction([&](QSqlDatabase& db) { return TaskService::setStatus(db, closed, TaskStatus::Closed); }).ok());
    QCOMPARE(claim(anja, closed).error().code, u"task-not-open"_s);
    const qint64 later = addTask(1500, 180, 2, false, TaskStatus::Published, QDate(2026, 12, 1), QDate(2026, 12, 31));
    const auto early = claim(anja, later);
    QCOMPARE(early.error().code, u"task-not-open"_s);
    QVERIFY2(early.error().message.contains(u"2026-12-01"_s), qPrintable(early.error().message));
    const qint64 past = addTask(1500, 180, 2, false, TaskStatus::Published, QDate(2026, 10, 1), QDate(2026, 11, 22));
    QCOMPARE(claim(anja, past).error().code, u"task-not-open"_s);
    // The window's first and last day are both open.
    const qint64 today = addTask(1500, 180, 2, false, TaskStatus::Published, QDate(2026, 11, 23), QDate(2026, 11, 23));
    QVERIFY(claim(anja, today).ok());
}

void TestClaimService::fullTaskIsRefused()
{
    const qint64 anja = addResident(u"Anja"_s);
    const qint64 joep = addResident(u"Joep"_s);
    const qint64 task = addTask(1500, 180, 1);
    QVERIFY(claim(anja, task).ok());
    const auto refused = claim(joep, task);
    QCOMPARE(refused.error().code, u"task-full"_s);
    QVERIFY2(refused.error().message.contains(u"places"_s), qPrintable(refused.error().message));
    QCOMPARE(slotsTaken(task), 1);
}

void TestClaimService::sameTaskCannotBeClaimedTwice()
{
    const qint64 anja = addResident(u"Anja"_s);
    const qint64 task = addTask(1500, 180, 5);
    auto first = claim(anja, task);
    QVERIFY(first.ok());
    QCOMPARE(claim(anja, task).error().code, u"already-claimed"_s);
    QVERIFY(submit(anja, first->id).ok());
    QCOMPARE(claim(anja, task).error().code, u"already-claimed"_s);  // submitted is still open
    QCOMPARE(slotsTaken(task), 1);
    // Once decided, the resident may do the task again.
    QVERIFY(approve(first->id, 3).ok());
    QVERIFY(claim(anja, task).ok());
}

void TestClaimService::openClaimsAreLimited()
{
    const qint64 anja = addResident(u"Anja"_s);
    QList<qint64> claims;
    for (int i = 0; i < 3; ++i) {
        auto c = claim(anja, addTask(1000, 180));
        QVERIFY(c.ok());
        claims << c->id;
    }
    const qint64 fourth = addTask(1000, 180);
    const auto refused = claim(anja, fourth);
    QCOMPARE(refused.error().code, u"too-many-open-claims"_s);
    QVERIFY2(refused.error().message.contains(u"3"_s), qPrintable(refused.error().message));
    QCOMPARE(slotsTaken(fourth), 0);
    // Giving one back makes room.
    QVERIFY(run<ClaimService::Claim>([&](QSqlDatabase& db) { return ClaimService::release(db, anja, claims.first()); }).ok());
    QVERIFY(claim(anja, fourth).ok());
    // The limit is configuration.
    setSetting(ClaimRules::kMaxOpenKey, 4);
    QVERIFY(claim(anja, addTask(1000, 180)).ok());
    QCOMPARE(claim(anja, addTask(1000, 180)).error().code, u"too-many-open-claims"_s);
}

void TestClaimService::blockedPassCannotClaim()
{
    const qint64 anja = addResident(u"Anja"_s);
    const qint64 task = addTask(1500, 180);
    auto conn = m_database->connection();
    QVERIFY(execSql(conn.value(), u"UPDATE residents SET blocked_at = 1 WHERE id = ?"_s, {anja}).ok());
    QCOMPARE(claim(anja, task).error().code, u"pass-blocked"_s);
    QCOMPARE(claim(anja + 1000, task).error().code, u"resident-not-found"_s);
    QCOMPARE(slotsTaken(task), 0);
}

void TestClaimService::yearlyCapRefusesWithRemainingRoomAndAllowsExactFit()
{
    // Only the yearly cap binds here.
    setSetting(ClaimRules::kMonthlyCapKey, 1000000);
    setSetting(ClaimRules::kSecondApproverKey, 1000000);
    const qint64 anja = addResident(u"Anja"_s);
    auto big = claim(anja, addTask(149200, 149200 * 60 / 500));
    QVERIFY2(big.ok(), qPrintable(big.ok() ? QString() : big.error().message));
    QVERIFY(submit(anja, big->id).ok());
    QVERIFY(approve(big->id, 1).ok());

    const qint64 fifteen = addTask(1500, 180);
    CapCheck cap;
    const auto refused = claim(anja, fifteen, &cap);
    QCOMPARE(refused.error().code, u"earnings-cap"_s);
    QCOMPARE(cap.reason, u"yearly-cap"_s);
    QCOMPARE(cap.remainingYear, Coins(800));
    QVERIFY2(refused.error().message.contains(u"This task pays 15,00; you have 8,00 of room left this year (cap 1.500,00)"_s),
             qPrintable(refused.error().message));
    QCOMPARE(slotsTaken(fifteen), 0);

    CapCheck fits;
    auto exact = claim(anja, addTask(800, 96), &fits);
    QVERIFY2(exact.ok(), qPrintable(exact.ok() ? QString() : exact.error().message));
    QVERIFY(fits.allowed);
    QCOMPARE(fits.remainingYear, Coins(800));  // room before this claim

    // The open claim already uses the rest of the room.
    CapCheck full;
    QCOMPARE(claim(anja, addTask(100, 60), &full).error().code, u"earnings-cap"_s);
    QCOMPARE(full.remainingYear, Coins(0));
    auto earnings = run<ClaimService::Earnings>([&](QSqlDatabase& db) {
        auto rules = ClaimRules::load(db);
        return ClaimService::earnings(db, anja, rules.value(), m_clock->todayUtc());
    });
    QVERIFY(earnings.ok());
    QCOMPARE(earnings->earnedThisYear, Coins(149200));
    QCOMPARE(earnings->pending, Coins(800));
    QCOMPARE(earnings->remainingYear, Coins(0));
    QCOMPARE(earnings->openClaims, 1);
}

void TestClaimService::monthlyCapResetsNextMonth()
{
    const qint64 anja = addResident(u"Anja"_s);
    auto hundred = claim(anja, addTask(10000, 1200));
    QVERIFY(hundred.ok());
    const qint64 ninety = addTask(9000, 1080);
    CapCheck cap;
    const auto refused = claim(anja, ninety, &cap);
    QCOMPARE(refused.error().code, u"earnings-cap"_s);
    QCOMPARE(cap.reason, u"monthly-cap"_s);
    QCOMPARE(cap.remainingMonth, Coins(8000));
    QCOMPARE(cap.remainingYear, Coins(140000));
    QVERIFY2(refused.error().message.contains(u"80,00 this month (cap 180,00)"_s), qPrintable(refused.error().message));

    QVERIFY(submit(anja, hundred->id).ok());
    QVERIFY(approve(hundred->id, 1).value().needsSecondApprover);
    QVERIFY(approve(hundred->id, 2).ok());
    QCOMPARE(balanceOf(anja), Coins(10000));

    // December: November's approvals no longer count for the month.
    m_clock->set(QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC));
    CapCheck december;
    QVERIFY(claim(anja, ninety, &december).ok());
    QCOMPARE(december.remainingMonth, Coins(18000));
    QCOMPARE(december.remainingYear, Coins(140000));
}

void TestClaimService::hourlyRateLimitsTheReward()
{
    const qint64 anja = addResident(u"Anja"_s);
    CapCheck cap;
    const auto refused = claim(anja, addTask(1500, 120), &cap);
    QCOMPARE(refused.error().code, u"earnings-cap"_s);
    QCOMPARE(cap.reason, u"hourly-rate"_s);
    QCOMPARE(cap.maxRewardForTime, Coins(1000));
    QVERIFY2(refused.error().message.contains(u"10,00"_s), qPrintable(refused.error().message));
    QVERIFY(claim(anja, addTask(1000, 120)).ok());
    // A municipality with a higher rate allows it.
    setSetting(ClaimRules::kHourlyRateKey, 750);
    QVERIFY(claim(anja, addTask(1500, 120)).ok());
}

void TestClaimService::bigRewardsNeedTwoDifferentApprovers()
{
    const qint64 anja = addResident(u"Anja"_s);
    auto c = claim(anja, addTask(6000, 720));
    QVERIFY(c.ok());
    QVERIFY(submit(anja, c->id).ok());
    auto first = approve(c->id, 11);
    QVERIFY(first.ok());
    QVERIFY(first->needsSecondApprover);
    QCOMPARE(toString(first->claim.status), toString(ClaimStatus::Submitted));
    QCOMPARE(*first->claim.firstApproverId, qint64(11));
    QCOMPARE(balanceOf(anja), Coins(0));

    auto queue = run<QList<ClaimService::ReviewItem>>([&](QSqlDatabase& db) { return ClaimService::reviewQueue(db); });
    QVERIFY(queue.ok());
    QCOMPARE(queue->size(), 1);
    QVERIFY(queue->first().needsTwoApprovers);
    QCOMPARE(*queue->first().firstApproverId, qint64(11));

    const auto same = approve(c->id, 11);
    QCOMPARE(same.error().code, u"second-approver-required"_s);
    QVERIFY2(same.error().message.contains(u"50,00"_s), qPrintable(same.error().message));
    QCOMPARE(balanceOf(anja), Coins(0));

    auto second = approve(c->id, 12);
    QVERIFY(second.ok());
    QCOMPARE(toString(second->claim.status), toString(ClaimStatus::Approved));
    QCOMPARE(*second->claim.decidedBy, qint64(12));
    QCOMPARE(balanceOf(anja), Coins(6000));
    QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'claim.first-approval' AND actor = 'staff:11'"_s), 1);

    // Exactly at the threshold one approval is enough.
    auto fifty = claim(anja, addTask(5000, 600));
    QVERIFY(fifty.ok());
    QVERIFY(submit(anja, fifty->id).ok());
    auto single = approve(fifty->id, 11);
    QVERIFY(single.ok());
    QCOMPARE(toString(single->claim.status), toString(ClaimStatus::Approved));
    verifyLedger();
}

void TestClaimService::rejectNeedsAReasonAndFreesTheSlot()
{
    const qint64 anja = addResident(u"Anja"_s);
    const qint64 joep = addResident(u"Joep"_s);
    const qint64 task = addTask(1500, 180, 1);
    auto c = claim(anja, task);
    QVERIFY(c.ok());
    const auto reject = [&](const QString& reason) {
        return run<ClaimService::Claim>([&](QSqlDatabase& db) { return ClaimService::reject(db, c->id, 4, reason); });
    };
    // Not yet done: nothing to reject.
    QCOMPARE(reject(u"Niet gedaan"_s).error().code, u"invalid-transition"_s);
    QVERIFY(submit(anja, c->id).ok());
    QCOMPARE(reject(QString()).error().code, u"reason-invalid"_s);
    QCOMPARE(reject(u"  no  "_s).error().code, u"reason-invalid"_s);
    QCOMPARE(reject(QString(501, u'x')).error().code, u"reason-invalid"_s);
    QCOMPARE(claim(joep, task).error().code, u"task-full"_s);

    auto rejected = reject(u"De bank is nog niet geschilderd"_s);
    QVERIFY(rejected.ok());
    QCOMPARE(toString(rejected->status), toString(ClaimStatus::Rejected));
    QCOMPARE(rejected->rejectReason, u"De bank is nog niet geschilderd"_s);
    QCOMPARE(*rejected->decidedBy, qint64(4));
    QCOMPARE(slotsTaken(task), 0);
    QCOMPARE(balanceOf(anja), Coins(0));
    QCOMPARE(approve(c->id, 5).error().code, u"invalid-transition"_s);
    QCOMPARE(reject(u"Nogmaals"_s).error().code, u"invalid-transition"_s);
    QVERIFY(claim(joep, task).ok());
    QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'claim.reject' AND actor = 'staff:4'"_s), 1);
}

void TestClaimService::releaseFreesTheSlotAndOnlyTheOwnerMayRelease()
{
    const qint64 anja = addResident(u"Anja"_s);
    const qint64 joep = addResident(u"Joep"_s);
    const qint64 task = addTask(1500, 180, 1);
    auto c = claim(anja, task);
    QVERIFY(c.ok());
    const auto release = [&](qint64 resident) {
        return run<ClaimService::Claim>([&](QSqlDatabase& db) { return ClaimService::release(db, resident, c->id); });
    };
    QCOMPARE(release(joep).error().code, u"claim-not-found"_s);
    QCOMPARE(slotsTaken(task), 1);
    auto released = release(anja);
    QVERIFY(released.ok());
    QCOMPARE(toString(released->status), toString(ClaimStatus::Released));
    QCOMPARE(slotsTaken(task), 0);
    QCOMPARE(release(anja).error().code, u"invalid-transition"_s);
    QCOMPARE(submit(anja, c->id).error().code, u"invalid-transition"_s);
    QCOMPARE(slotsTaken(task), 0);  // a second release gives back nothing
    QVERIFY(claim(joep, task).ok());
}

void TestClaimService::submitChecksOwnerAndNoteAndFeedsTheReviewQueue()
{
    const qint64 anja = addResident(u"Anja"_s);
    const qint64 joep = addResident(u"Joep"_s);
    auto first = claim(anja, addTask(1500, 180));
    auto second = claim(joep, addTask(1200, 180));
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(submit(joep, first->id).error().code, u"claim-not-found"_s);
    const auto tooLong = submit(anja, first->id, QString(501, u'a'));
    QCOMPARE(tooLong.error().code, u"note-too-long"_s);
    QVERIFY2(tooLong.error().message.contains(u"500"_s), qPrintable(tooLong.error().message));
    QVERIFY(submit(anja, first->id, QString(500, u'a')).ok());
    QCOMPARE(submit(anja, first->id).error().code, u"invalid-transition"_s);
    m_clock->advanceMsecs(60 * 1000);
    QVERIFY(submit(joep, second->id, QString()).ok());  // a note is optional

    auto queue = run<QList<ClaimService::ReviewItem>>([&](QSqlDatabase& db) { return ClaimService::reviewQueue(db); });
    QVERIFY(queue.ok());
    QCOMPARE(queue->size(), 2);
    QCOMPARE(queue->at(0).claimId, first->id);  // oldest first
    QCOMPARE(queue->at(0).residentName, u"Anja"_s);
    QCOMPARE(queue->at(0).taskTitle, u"Bank schilderen 1500"_s);
    QCOMPARE(queue->at(0).reward, Coins(1500));
    QCOMPARE(queue->at(0).note.size(), 500);
    QCOMPARE(queue->at(1).residentName, u"Joep"_s);
    QCOMPARE(queue->at(1).note, QString());
    QVERIFY(queue->at(1).submittedAt > queue->at(0).submittedAt);

    auto mine = run<QList<ClaimService::Claim>>([&](QSqlDatabase& db) { return ClaimService::findForResident(db, anja); });
    QVERIFY(mine.ok());
    QCOMPARE(mine->size(), 1);
    QCOMPARE(toString(mine->first().status), toString(ClaimStatus::Submitted));
    const QJsonObject json = mine->first().toJson();
    QCOMPARE(json.value(u"status"_s).toString(), u"submitted"_s);
    QCOMPARE(json.value(u"rewardCents"_s).toInteger(), 1500);
    QVERIFY(json.value(u"decidedAt"_s).isNull());
}

void TestClaimService::unfinishedClaimsExpireAfterTheWindow()
{
    const qint64 anja = addResident(u"Anja"_s);
    const qint64 joep = addResident(u"Joep"_s);
    const qint64 task = addTask(1500, 180, 2, false, TaskStatus::Published, QDate(2026, 11, 1), QDate(2026, 11, 25));
    auto idle = claim(anja, task);
    auto done = claim(joep, task);
    QVERIFY(idle.ok() && done.ok());
    QVERIFY(submit(joep, done->id).ok());
    const auto expire = [&] {
        return run<int>([&](QSqlDatabase& db) { return ClaimService::expireDue(db, Clock::instance().nowUtc()); });
    };
    m_clock->set(QDateTime(QDate(2026, 11, 25), QTime(23, 59, 59), Qt::UTC));
    QCOMPARE(expire().valueOr(-1), 0);
    m_clock->set(QDateTime(QDate(2026, 11, 26), QTime(0, 0), Qt::UTC));
    // Past the window the claim can no longer be marked done, even before the job ran.
    QCOMPARE(submit(anja, idle->id).error().code, u"claim-expired"_s);
    QCOMPARE(expire().valueOr(-1), 1);
    QCOMPARE(expire().valueOr(-1), 0);
    auto found = run<std::optional<ClaimService::Claim>>([&](QSqlDatabase& db) { return ClaimService::find(db, idle->id); });
    QVERIFY(found.ok() && found.value());
    QCOMPARE(toString(found.value()->status), toString(ClaimStatus::Expired));
    QCOMPARE(slotsTaken(task), 1);  // the submitted claim keeps its slot
    QCOMPARE(submit(anja, idle->id).error().code, u"invalid-transition"_s);
    QVERIFY(approve(done->id, 2).ok());  // review is not bound to the window
    QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'claim.expire' AND actor = 'system'"_s), 1);
}

void TestClaimService::batchApprovalReportsEachClaim()
{
    const qint64 anja = addResident(u"Anja"_s);
    const qint64 joep = addResident(u"Joep"_s);
    auto ready = claim(anja, addTask(1500, 180));
    auto notDone = claim(anja, addTask(1200, 180));
    auto big = claim(joep, addTask(6000, 720));
    QVERIFY(ready.ok() && notDone.ok() && big.ok());
    QVERIFY(submit(anja, ready->id).ok());
    QVERIFY(submit(joep, big->id).ok());
    auto batch = run<QList<ClaimService::BatchOutcome>>([&](QSqlDatabase& db) {
        return ClaimService::approveBatch(db, {notDone->id, ready->id, big->id, 99999, ready->id}, 8, u"req-batch"_s);
    });
    QVERIFY2(batch.ok(), qPrintable(batch.ok() ? QString() : batch.error().message));
    QCOMPARE(batch->size(), 4);  // the duplicate is approved once
    QCOMPARE(batch->at(0).kind, ClaimService::BatchOutcome::Kind::Refused);
    QCOMPARE(batch->at(0).error.code, u"invalid-transition"_s);
    QCOMPARE(batch->at(1).kind, ClaimService::BatchOutcome::Kind::Approved);
    QCOMPARE(batch->at(2).kind, ClaimService::BatchOutcome::Kind::NeedsSecondApprover);
    QCOMPARE(batch->at(3).kind, ClaimService::BatchOutcome::Kind::Refused);
    QCOMPARE(batch->at(3).error.code, u"claim-not-found"_s);
    QCOMPARE(balanceOf(anja), Coins(1500));
    QCOMPARE(balanceOf(joep), Coins(0));
    // The second approval of the big one by another approver completes it.
    auto second = run<QList<ClaimService::BatchOutcome>>([&](QSqlDatabase& db) {
        return ClaimService::approveBatch(db, {big->id, ready->id}, 9, u"req-batch-2"_s);
    });
    QVERIFY(second.ok());
    QCOMPARE(second->at(0).kind, ClaimService::BatchOutcome::Kind::Approved);
    QCOMPARE(second->at(1).kind, ClaimService::BatchOutcome::Kind::Approved);  // idempotent
    QCOMPARE(balanceOf(joep), Coins(6000));
    QCOMPARE(balanceOf(anja), Coins(1500));
    verifyLedger();
}

void TestClaimService::toolboxPickupIsCheckedAndRecordedOnce()
{
    const qint64 anja = addResident(u"Anja"_s);
    auto withBox = claim(anja, addTask(1500, 180, 2, true));
    auto noBox = claim(anja, addTask(1200, 180, 2, false));
    QVERIFY(withBox.ok() && noBox.ok());
    const auto pickup = [&](const QString& code) {
        return run<ClaimService::Pickup>([&](QSqlDatabase& db) {
            return ClaimService::pickup(db, code, u"staff:2"_s, u"req-pickup"_s);
        });
    };
    // Typed as people type it: lower case, with the dash of the slip.
    auto first = pickup(withBox->toolboxCodeDisplay().toLower());
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    QVERIFY(first->firstPickup);
    QCOMPARE(*first->claim.toolboxPickedUpAt, m_clock->nowUtc());
    m_clock->advanceMsecs(600 * 1000);
    auto again = pickup(withBox->toolboxCode);
    QVERIFY(again.ok());
    QVERIFY(!again->firstPickup);
    QCOMPARE(*again->claim.toolboxPickedUpAt, first->claim.toolboxPickedUpAt.value());

    QString typo = withBox->toolboxCode;
    typo[0] = typo[0] == u'1' ? u'2' : u'1';
    QCOMPARE(pickup(typo).error().code, u"toolbox-code-invalid"_s);
    QCOMPARE(pickup(u"ABC"_s).error().code, u"toolbox-code-invalid"_s);
    QCOMPARE(pickup(CheckedCode::appendCheck(u"0000000"_s)).error().code, u"claim-not-found"_s);
    QCOMPARE(pickup(noBox->toolboxCode).error().code, u"toolbox-not-needed"_s);
    QVERIFY(submit(anja, withBox->id).ok());
    QCOMPARE(pickup(withBox->toolboxCode).error().code, u"claim-not-active"_s);
    QCOMPARE(count(u"SELECT COUNT(*) FROM audit_log WHERE action = 'claim.toolbox-pickup'"_s), 1);
}

void TestClaimService::concurrentClaimsNeverCrossTheCap()
{
    // The monthly cap (180,00) binds: 20 tasks of 15,00 ask for 300,00.
    setSetting(ClaimRules::kMaxOpenKey, 50);
    const qint64 anja = addResident(u"Anja"_s);
    QList<qint64> tasks;
    for (int i = 0; i < 20; ++i)
        tasks << addTask(1500, 180, 1);
    m_database->closeThreadConnection();

    std::atomic<int> accepted{0};
    std::atomic<int> capped{0};
    QStringList unexpected;
    std::mutex unexpectedMutex;
    std::vector<std::thread> threads;
    for (const qint64 task : tasks) {
        threads.emplace_back([&, task] {
            const Status status = m_database->transaction([&](QSqlDatabase& db) -> Status {
                auto result = ClaimService::claim(db, anja, task, 1, u"req-race"_s);
                if (!result)
                    return result.error();
                return {};
            });
            if (status.ok())
                ++accepted;
            else if (status.error().code == u"earnings-cap"_s)
                ++capped;
            else {
                const std::lock_guard lock(unexpectedMutex);
                unexpected << status.error().code + u": "_s + status.error().message;
            }
            m_database->closeThreadConnection();
        });
    }
    for (std::thread& thread : threads)
        thread.join();
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u"\n"_s)));
    QCOMPARE(accepted.load(), 12);
    QCOMPARE(capped.load(), 8);
    QCOMPARE(count(u"SELECT COUNT(*) FROM claims WHERE resident_id = ? AND status = 'claimed'"_s, {anja}), 12);
    QCOMPARE(count(u"SELECT CAST(SUM(reward_cents) AS BIGINT) FROM claims WHERE resident_id = ?"_s, {anja}), 18000);
    QCOMPARE(count(u"SELECT CAST(SUM(slots_taken) AS BIGINT) FROM tasks"_s), 12);
    verifyLedger();
}

void TestClaimService::slotChangesReachTheKioskChangeFeed()
{
    const qint64 anja = addResident(u"Anja"_s);
    const qint64 task = addTask(1500, 180, 3);
    const auto cursor = [&] { return run<qint64>([](QSqlDatabase& db) { return TaskService::currentCursor(db); }).valueOr(-1); };
    const auto changes = [&](qint64 since) {
        return run<TaskService::Page>([&](QSqlDatabase& db) {
            auto upTo = TaskService::currentCursor(db);
            if (!upTo)
                return Result<TaskService::Page>(upTo.error());
            return TaskService::changesBetween(db, since, upTo.value(), 100);
        });
    };
    const qint64 before = cursor();
    auto c = claim(anja, task);
    QVERIFY(c.ok());
    QVERIFY(cursor() > before);
    auto page = changes(before);
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 1);
    QCOMPARE(page->items.first().id.value(), task);
    QCOMPARE(page->items.first().slotsTaken, 1);
    QCOMPARE(page->items.first().version, qint64(2));

    const qint64 afterClaim = cursor();
    QVERIFY(run<ClaimService::Claim>([&](QSqlDatabase& db) { return ClaimService::release(db, anja, c->id); }).ok());
    page = changes(afterClaim);
    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 1);
    QCOMPARE(page->items.first().slotsTaken, 0);
    QCOMPARE(page->items.first().version, qint64(3));
    // A refused claim changes nothing a kiosk would see.
    const qint64 afterRelease = cursor();
    QCOMPARE(claim(anja, task + 1000).error().code, u"task-not-found"_s);
    QCOMPARE(cursor(), afterRelease);
}

void TestClaimService::unusableSettingIsNamed()
{
    const qint64 anja = addResident(u"Anja"_s);
    const qint64 task = addTask(1500, 180);
    QVERIFY(m_database->transaction([](QSqlDatabase& db) { return writeSetting(db, u"cap.yearlyCents"_s, u"veel"_s); }).ok());
    const auto refused = claim(anja, task);
    QCOMPARE(refused.error().code, u"invalid-setting"_s);
    QVERIFY2(refused.error().message.contains(u"cap.yearlyCents"_s), qPrintable(refused.error().message));
    QCOMPARE(slotsTaken(task), 0);
}

QTEST_GUILESS_MAIN(TestClaimService)
#include "TestClaimService.moc"
