// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "DeviceService.h"

#include "core/domain/CheckedCode.h"
#include "core/domain/Clock.h"
#include "core/domain/Crypto.h"
#include "server/AuditLog.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

namespace {

constexpr int kCodeBodyLength = 11;        // + 1 check character
constexpr qint64 kLastSeenResolutionMsecs = 60'000;

QByteArray codeHash(const QString& canonicalCode)
{
    return crypto::sha256(u"enrolment:"_s.append(canonicalCode).toUtf8());
}

QByteArray secretHash(const QString& secret)
{
    return crypto::sha256(secret.toUtf8());
}

QVariant nullableId(const std::optional<qint64>& id)
{
    return id ? QVariant::fromValue(*id) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> optionalId(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

DeviceRecord readDevice(const QSqlQuery& q)
{
    DeviceRecord device;
    device.id = q.value(0).toLongLong();
    device.name = q.value(1).toString();
    device.role = q.value(2).toString();
    device.shopId = optionalId(q.value(3));
    device.neighbourhood = q.value(4).toString();
    device.createdAt = q.value(5).toLongLong();
    device.lastSeenAt = optionalId(q.value(6));
    device.revokedAt = optionalId(q.value(7));
    return device;
}

const QString kDeviceColumns = u"id, name, role, shop_id, neighbourhood, created_at, last_seen_at, revoked_at"_s;

// Writing last_seen_at on every request would turn every read into a write;
// once a minute per device is enough to show staff when a device was last used.
bool shouldTouchLastSeen(qint64 deviceId, qint64 now)
{
    static QMutex mutex;
    static QHash<qint64, qint64> lastTouched;
    QMutexLocker lock(&mutex);
    qint64& last = lastTouched[deviceId];
    if (now - last < kLastSeenResolutionMsecs)
        return false;
    last = now;
    return true;
}

QString instant(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

QJsonObject DeviceRecord::toJson() const
{
    QJsonObject object{
        {u"deviceId"_s, id},
        {u"name"_s, name},
        {u"role"_s, role},
        {u"shopId"_s, shopId ? QJsonValue(*shopId) : QJsonValue()},
        {u"neighbourhood"_s, neighbourhood.isEmpty() ? QJsonValue() : QJsonValue(neighbourhood)},
        {u"createdAt"_s, instant(createdAt)},
        {u"lastSeen"_s, lastSeenAt ? QJsonValue(instant(*lastSeenAt)) : QJsonValue()},
        {u"revoked"_s, revokedAt.has_value()},
    };
    return object;
}

Result<QString> DeviceService::createEnrolmentCode(QSqlDatabase& db, const EnrolmentCodeRequest& request)
{
    if (request.role != u"kiosk"_s && request.role != u"counter"_s && request.role != u"staff"_s)
        return Result<QString>::failure(u"invalid-role"_s,
            u"The role \"%1\" is not one of kiosk, counter, staff."_s.arg(request.role));
    if (request.role == u"counter"_s && !request.shopId)
        return Result<QString>::failure(u"shop-required"_s, u"A counter device belongs to a shop: give --shop SHOP_ID."_s);
    if (request.role != u"counter"_s && request.shopId)
        return Result<QString>::failure(u"shop-not-allowed"_s, u"Only counter devices belong to a shop."_s);
    if (request.shopId) {
        auto shop = execSql(db, u"SELECT active FROM shops WHERE id = ?"_s, {*request.shopId});
        if (!shop)
            return shop.error();
        if (!shop.value().next())
            return Result<QString>::failure(u"shop-not-found"_s, u"There is no shop with id %1."_s.arg(*request.shopId));
        if (shop.value().value(0).toInt() == 0)
            return Result<QString>::failure(u"shop-inactive"_s, u"Shop %1 is deactivated."_s.arg(*request.shopId));
    }
    const QString code = CheckedCode::appendCheck(CheckedCode::randomBody(kCodeBodyLength));
    const qint64 now = Clock::instance().nowMsecs();
    auto inserted = execSql(db, u"INSERT INTO enrolment_codes (code_hash, role, shop_id, neighbourhood, device_name, "
                                 "created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                            {codeHash(code), request.role, nullableId(request.shopId), request.neighbourhood,
                             request.deviceName, request.createdBy, now, now + kCodeLifetimeMsecs});
    if (!inserted)
        return inserted.error();
    AuditEntry audit;
    audit.actor = request.createdBy;
    audit.action = u"device.enrolment-code"_s;
    audit.object = u"role:"_s + request.role;
    audit.details = QJsonObject{{u"role"_s, request.role}, {u"shopId"_s, request.shopId ? QJsonValue(*request.shopId) : QJsonValue()}};
    audit.requestId = request.requestId;
    audit.deviceId = request.requestingDeviceId;
    if (Status s = AuditLog::append(db, audit); !s)
        return s.error();
    return CheckedCode::group(code, 4);
}

bool DeviceService::isWellFormedSecret(const QString& secret)
{
    const auto bytes = crypto::fromBase64Url(secret);
    return bytes && bytes->size() == 32;
}

Result<DeviceRecord> DeviceService::enrol(QSqlDatabase& db, const QString& typedCode, const QString& deviceName,
                                          const QString& secret, const QString& requestId)
{
    const auto invalid = [] {
        return Result<DeviceRecord>::failure(u"enrolment-code-invalid"_s,
            u"The enrolment code is wrong, already used or expired. Ask staff for a new code."_s);
    };
    const QString code = CheckedCode::normalize(typedCode);
    if (code.size() != kCodeBodyLength + 1 || !CheckedCode::isValid(code))
        return invalid();
    const qint64 now = Clock::instance().nowMsecs();
    auto found = execSql(db, u"SELECT role, shop_id, neighbourhood, device_name FROM enrolment_codes "
                              "WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?"_s, {codeHash(code), now});
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    if (!q.next())
        return invalid();
    DeviceRecord device;
    device.role = q.value(0).toString();
    device.shopId = optionalId(q.value(1));
    device.neighbourhood = q.value(2).toString();
    device.name = deviceName.isEmpty() ? q.value(3).toString() : deviceName;
    if (device.name.isEmpty())
        device.name = device.role;
    device.createdAt = now;

    if (!isWellFormedSecret(secret))
        return Result<DeviceRecord>::failure(u"invalid-body"_s, u"secret must be 32 random bytes in base64url."_s);
    auto inserted = execSql(db, u"INSERT INTO devices (name, role, shop_id, neighbourhood, secret_hash, created_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
                            {device.name, device.role, nullableId(device.shopId), device.neighbourhood,
                             secretHash(secret), now});
    if (!inserted)
        return inserted.error();
    if (!inserted.value().next())
        return Result<DeviceRecord>::failure(u"database-error"_s, u"The new device got no id."_s);
    device.id = inserted.value().value(0).toLongLong();

    // Marking the code used is conditional, so of two enrolments racing with
    // one code only one can succeed.
    auto used = execSql(db, u"UPDATE enrolment_codes SET used_at = ?, device_id = ? WHERE code_hash = ? AND used_at IS NULL"_s,
                        {now, device.id, codeHash(code)});
    if (!used)
        return used.error();
    if (used.value().numRowsAffected() != 1)
        return invalid();

    AuditEntry audit;
    audit.actor = u"device:%1"_s.arg(device.id);
    audit.deviceId = device.id;
    audit.requestId = requestId;
    audit.action = u"device.enrol"_s;
    audit.object = u"device:%1"_s.arg(device.id);
    audit.details = QJsonObject{{u"role"_s, device.role}, {u"name"_s, device.name},
                                {u"shopId"_s, device.shopId ? QJsonValue(*device.shopId) : QJsonValue()}};
    if (Status s = AuditLog::append(db, audit); !s)
        return s.error();
    return device;
}

Result<Caller> DeviceService::authenticate(QSqlDatabase& db, const QByteArray& authorization)
{
    const auto unauthorized = [](const QString& why) {
        return Result<Caller>::failure(u"device-unauthorized"_s, why);
    };
    if (authorization.isEmpty())
        return unauthorized(u"No Authorization header: send \"Authorization: Device <deviceId>:<secret>\"."_s);
    if (!authorization.startsWith("Device "))
        return unauthorized(u"The Authorization scheme must be \"Device\"."_s);
    const QByteArray credentials = authorization.mid(7).trimmed();
    const qsizetype colon = credentials.indexOf(':');
    bool idOk = false;
    const qint64 deviceId = colon > 0 ? credentials.left(colon).toLongLong(&idOk) : 0;
    if (!idOk || deviceId <= 0)
        return unauthorized(u"The device credentials are malformed."_s);
    const QString secret = QString::fromLatin1(credentials.mid(colon + 1));

    auto found = execSql(db, u"SELECT "_s + kDeviceColumns + u", secret_hash FROM devices WHERE id = ?"_s, {deviceId});
    if (!found)
        return found.error();
    QSqlQuery& q = found.value();
    // The same answer for an unknown device and a wrong secret.
    if (!q.next() || !crypto::constantTimeEquals(q.value(8).toByteArray(), secretHash(secret)))
        return unauthorized(u"The device is not known or its secret is wrong."_s);
    const DeviceRecord device = readDevice(q);
    if (device.revokedAt)
        return Result<Caller>::failure(u"device-revoked"_s,
            u"This device was revoked by staff. Enrol it again with a new code."_s);

    // An open SELECT keeps SQLite's read transaction open, and a write from
    // inside it fails at once while another connection writes.
    q.finish();
    const qint64 now = Clock::instance().nowMsecs();
    if (shouldTouchLastSeen(device.id, now))
        // Conditional as well: another server process may have just written
        // it, and an UPDATE that matches no row takes no row lock.
        (void)execSql(db, u"UPDATE devices SET last_seen_at = ? WHERE id = ? "
                           "AND (last_seen_at IS NULL OR last_seen_at < ?)"_s,
                      {now, device.id, now - kLastSeenResolutionMsecs});

    Caller caller;
    caller.kind = Caller::Kind::Device;
    caller.deviceId = device.id;
    caller.role = device.role;
    caller.shopId = device.shopId;
    caller.deviceName = device.name;
    caller.neighbourhood = device.neighbourhood;
    return caller;
}

Status DeviceService::revoke(QSqlDatabase& db, qint64 deviceId, const QString& actor, const QString& requestId)
{
    auto updated = execSql(db, u"UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"_s,
                           {Clock::instance().nowMsecs(), deviceId});
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() != 1) {
        auto device = find(db, deviceId);
        if (!device)
            return device.error();
        if (!device.value())
            return Status::failure(u"device-not-found"_s, u"There is no device with id %1."_s.arg(deviceId));
        return {};  // already revoked: revoking again changes nothing
    }
    AuditEntry audit;
    audit.actor = actor;
    audit.requestId = requestId;
    audit.action = u"device.revoke"_s;
    audit.object = u"device:%1"_s.arg(deviceId);
    return AuditLog::append(db, audit);
}

Result<QList<DeviceRecord>> DeviceService::list(QSqlDatabase& db)
{
    auto rows = execSql(db, u"SELECT "_s + kDeviceColumns + u" FROM devices ORDER BY id"_s);
    if (!rows)
        return rows.error();
    QList<DeviceRecord> devices;
    while (rows.value().next())
        devices.append(readDevice(rows.value()));
    return devices;
}

Result<std::optional<DeviceRecord>> DeviceService::find(QSqlDatabase& db, qint64 deviceId)
{
    auto rows = execSql(db, u"SELECT "_s + kDeviceColumns + u" FROM devices WHERE id = ?"_s, {deviceId});
    if (!rows)
        return rows.error();
    if (!rows.value().next())
        return std::optional<DeviceRecord>{};
    return std::optional<DeviceRecord>{readDevice(rows.value())};
}

} // namespace buurtmunt::server
