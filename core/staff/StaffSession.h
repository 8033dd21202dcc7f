// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/Ids.h"
#include "core/domain/Result.h"
#include "core/domain/Task.h"
#include "core/domain/TaskStatus.h"
#include "core/net/Problem.h"
#include "core/staff/AuditEntry.h"
#include "core/staff/AuditVerification.h"
#include "core/staff/BatchApprovalOutcome.h"
#include "core/staff/Dashboard.h"
#include "core/staff/DeviceRecord.h"
#include "core/staff/EnrolmentCode.h"
#include "core/staff/PassCard.h"
#include "core/staff/ResidentDetails.h"
#include "core/staff/ResidentSummary.h"
#include "core/staff/ReviewItem.h"
#include "core/staff/Settlement.h"
#include "core/staff/ShopRecord.h"
#include "core/staff/ShopStatement.h"
#include "core/staff/VoucherConflict.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <optional>

namespace buurtmunt {

class ApiClient;
class ApiJob;
struct ApiResult;

// A staff member's login on a staff desk and every call the desk makes on
// their behalf. Each call is one user action with its own Idempotency-Key;
// its answer comes back once through the callback, typed. The session ends
// after the server's idle limit without activity (API calls and the user
// input the window reports through noteActivity()), on logout, or when the
// server says it has ended; loggedOut() says why.
class StaffSession final : public QObject {
    Q_OBJECT

public:
    // What one call produced: a value, or an error with the fields the
    // server named as wrong (a problem's invalidParams).
    template <typename T>
    struct Reply {
        std::optional<T> value;
        std::optional<Error> error;
        QList<Problem::InvalidParam> invalidParams;
        int httpStatus = 0;

        bool ok() const { return value.has_value(); }
        QString errorCode() const { return error ? error->code : QString(); }
    };
    struct Done {};
    // A file the server hands out as a download (SEPA XML, CSV statement).
    struct File {
        QByteArray data;
        QString fileName;  // from Content-Disposition; may be empty
    };
    struct Approval {
        QJsonObject claim;
        bool needsSecondApprover = false;
    };
    template <typename T>
    using Callback = std::function<void(const Reply<T>&)>;

    enum class LogoutReason { ByUser, Idle, EndedByServer };
    Q_ENUM(LogoutReason)

    explicit StaffSession(ApiClient* api, QObject* parent = nullptr);
    ~StaffSession() override;

    bool isLoggedIn() const { return !m_token.isEmpty(); }
    QString displayName() const { return m_displayName; }
    QString username() const { return m_username; }
    QStringList roles() const { return m_roles; }
    bool hasRole(const QString& role) const { return m_roles.contains(role); }
    QDateTime expiresAt() const { return m_expiresAt; }
    std::chrono::milliseconds idleTimeout() const;
    // Tests shorten the server's idle limit; zero restores it.
    void setIdleTimeoutOverride(std::chrono::milliseconds timeout);
    // Keeps the session from ending for being idle.
    void noteActivity();

    void login(const QString& username, const QString& password);
    void logout();

    void fetchTasks(Callback<QList<Task>> done);
    void createTask(const Task& task, Callback<Task> done);
    void updateTask(const Task& task, Callback<Task> done);
    // target: Published, Closed or Cancelled.
    void changeTaskStatus(TaskId id, TaskStatus target, Callback<Task> done);

    void fetchReviewQueue(Callback<QList<ReviewItem>> done);
    void approveClaim(ClaimId id, Callback<Approval> done);
    void approveClaims(const QList<ClaimId>& ids, Callback<QList<BatchApprovalOutcome>> done);
    void rejectClaim(ClaimId id, const QString& reason, Callback<Done> done);

    void searchResidents(const QString& query, Callback<QList<ResidentSummary>> done);
    void registerResident(const QString& displayName, const QString& neighbourhood, const QString& pin,
                          Callback<PassCard> done);
    void fetchResident(ResidentId id, Callback<ResidentDetails> done);
    void resetPin(ResidentId id, const QString& pin, Callback<Done> done);
    void blockResident(ResidentId id, const QString& reason, Callback<Done> done);
    void unblockResident(ResidentId id, Callback<Done> done);
    void unlockResident(ResidentId id, Callback<Done> done);
    void newPassCard(ResidentId id, Callback<PassCard> done);
    // Vouchers accepted offline that did not pay (finance, admin), newest first.
    void fetchVoucherConflicts(Callback<QList<VoucherConflict>> done);
    // Marks a conflict settled with the shop; `note` says how (3 to 500 characters).
    void resolveVoucherConflict(qint64 conflictId, const QString& note, Callback<VoucherConflict> done);

    // Devices and their enrolment (admin).
    void fetchDevices(Callback<QList<DeviceRecord>> done);
    void createEnrolmentCode(const EnrolmentCode::Request& request, Callback<EnrolmentCode> done);
    // The device stops at once; whoever is logged in on it is logged out.
    void revokeDevice(qint64 deviceId, Callback<DeviceRecord> done);
    // The audit log (admin), newest first; before: a page's next, empty for the first page.
    void searchAudit(const AuditEntry::Filter& filter, const QString& before, Callback<AuditEntry::Page> done);
    void verifyAudit(Callback<AuditVerification> done);
    // Months as YYYY-MM, both included (finance, admin, coordinator).
    void fetchDashboard(const QString& fromMonth, const QString& toMonth, Callback<Dashboard> done);

    // Settlement (finance). A period is "YYYY-MM"; closing one that is
    // already closed answers the existing settlement and pays nothing twice.
    void fetchSettlements(Callback<QList<Settlement>> done);
    void fetchSettlement(qint64 id, Callback<Settlement> done);
    void closePeriod(const QString& period, Callback<Settlement> done);
    void fetchSepaFile(qint64 settlementId, Callback<File> done);
    void fetchStatement(qint64 settlementId, qint64 shopId, Callback<ShopStatement> done);
    void fetchStatementCsv(qint64 settlementId, qint64 shopId, Callback<File> done);

    // Shops (admin); includeInactive lists deactivated shops too.
    void fetchShops(bool includeInactive, Callback<QList<ShopRecord>> done);
    void createShop(const ShopRecord& shop, Callback<ShopRecord> done);
    void updateShop(const ShopRecord& shop, Callback<ShopRecord> done);

    // The task as POST /v1/tasks and PUT /v1/tasks/{id} want it: without the
    // fields only the server sets (PUT keeps `version` for the conflict check).
    static QJsonObject taskBody(const Task& task, bool forUpdate);

Q_SIGNALS:
    void loggedIn();
    void loginFailed(const buurtmunt::Error& error);
    // message is empty when the person logged out themselves.
    void loggedOut(buurtmunt::StaffSession::LogoutReason reason, const QString& message);

private:
    using Parser = std::function<void(const ApiResult&)>;
    void get(const QString& path, const QUrlQuery& query, Parser onResult);
    void post(const QByteArray& method, const QString& path, const QJsonObject& body, Parser onResult);
    void watch(ApiJob* job, Parser onResult);
    template <typename T>
    static Reply<T> failed(const ApiResult& result);
    template <typename T>
    void deliver(const ApiResult& result, const Callback<T>& done,
                 const std::function<Result<T>(const QJsonObject&)>& parse);
    void deliverFile(const ApiResult& result, const Callback<File>& done);
    void endSession(LogoutReason reason, const QString& message);
    void onIdle();

    ApiClient* m_api;
    QString m_token;
    QString m_username;
    QString m_displayName;
    QStringList m_roles;
    QDateTime m_expiresAt;
    std::chrono::milliseconds m_serverIdle{900000};
    std::chrono::milliseconds m_idleOverride{0};
    QTimer m_idleTimer;
    // Answers to calls from an ended session are dropped, never shown to
    // the next person at this desk.
    quint64 m_generation = 0;
};

} // namespace buurtmunt
