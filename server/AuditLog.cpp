// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "AuditLog.h"

#include "core/domain/Clock.h"
#include "core/domain/Crypto.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

namespace {

const QString kGenesis = QString(64, u'0');

QString chainHash(const QString& prevHash, qint64 sequence, qint64 at, const QString& actor, const QVariant& deviceId,
                  const QString& requestId, const QString& action, const QString& object, const QString& details)
{
    // Length-prefixed fields, so no two different rows can serialise alike.
    QByteArray material;
    const auto add = [&material](const QString& field) {
        const QByteArray utf8 = field.toUtf8();
        material += QByteArray::number(utf8.size()) + ':' + utf8 + ';';
    };
    add(prevHash);
    add(QString::number(sequence));
    add(QString::number(at));
    add(actor);
    add(deviceId.isNull() ? QString() : QString::number(deviceId.toLongLong()));
    add(requestId);
    add(action);
    add(object);
    add(details);
    return QString::fromLatin1(crypto::sha256(material).toHex());
}

} // namespace

Status AuditLog::append(QSqlDatabase& db, const AuditEntry& entry)
{
    // The sequence row serialises appends (its row lock is held to commit), so
    // two writers never chain onto the same predecessor.
    auto seq = execSql(db, u"UPDATE change_sequences SET value = value + 1 WHERE name = 'audit' RETURNING value"_s);
    if (!seq)
        return seq.error();
    if (!seq.value().next())
        return Status::failure(u"database-error"_s, u"The audit sequence is missing."_s);
    const qint64 sequence = seq.value().value(0).toLongLong();

    QString prevHash = kGenesis;
    auto last = execSql(db, u"SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"_s);
    if (!last)
        return last.error();
    if (last.value().next())
        prevHash = last.value().value(0).toString();

    const qint64 at = Clock::instance().nowMsecs();
    const QString details = QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact));
    const QVariant deviceId = entry.deviceId ? QVariant::fromValue(*entry.deviceId) : QVariant(QMetaType::fromType<qint64>());
    const QString hash = chainHash(prevHash, sequence, at, entry.actor, deviceId, entry.requestId, entry.action,
                                   entry.object, details);
    return execStatus(db, u"INSERT INTO audit_log (id, at, actor, device_id, request_id, action, object, details, prev_hash, hash) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                      {sequence, at, entry.actor, deviceId, entry.requestId, entry.action, entry.object, details, prevHash, hash});
}

Result<AuditLog::Verification> AuditLog::verify(QSqlDatabase& db)
{
    Verification result;
    auto rows = execSql(db, u"SELECT id, at, actor, device_id, request_id, action, object, details, prev_hash, hash "
                             "FROM audit_log ORDER BY id"_s);
    if (!rows)
        return rows.error();
    QSqlQuery& q = rows.value();
    QString expectedPrev = kGenesis;
    qint64 expectedId = 1;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        ++result.rows;
        const auto broken = [&](const QString& why) {
            result.intact = false;
            result.firstBrokenId = id;
            result.problem = why;
        };
        if (id != expectedId) {
            broken(u"row %1 is missing (the next row is %2)"_s.arg(expectedId).arg(id));
            result.firstBrokenId = expectedId;
            return result;
        }
        const QString prevHash = q.value(8).toString();
        if (prevHash != expectedPrev) {
            broken(u"row %1 does not follow the row before it"_s.arg(id));
            return result;
        }
        const QString hash = chainHash(prevHash, id, q.value(1).toLongLong(), q.value(2).toString(), q.value(3),
                                       q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                                       q.value(7).toString());
        if (hash != q.value(9).toString()) {
            broken(u"row %1 was changed after it was written"_s.arg(id));
            return result;
        }
        expectedPrev = hash;
        ++expectedId;
    }
    auto count = execSql(db, u"SELECT value FROM change_sequences WHERE name = 'audit'"_s);
    if (!count)
        return count.error();
    const qint64 written = count.value().next() ? count.value().value(0).toLongLong() : 0;
    if (written != result.rows) {
        result.intact = false;
        result.firstBrokenId = result.rows + 1;
        result.problem = u"%1 rows were written but %2 remain: the last rows were deleted"_s.arg(written).arg(result.rows);
    }
    return result;
}

} // namespace buurtmunt::server
