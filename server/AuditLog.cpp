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

// Length-prefixed fields, so no two different rows can serialise alike.
void addField(QByteArray& material, const QString& field)
{
    const QByteArray utf8 = field.toUtf8();
    material += QByteArray::number(utf8.size()) + ':' + utf8 + ';';
}

// Everything a link's hash covers after the previous hash and the link's own
// number: what happened, when, by whom.
QByteArray entryMaterial(qint64 at, const QString& actor, const QVariant& deviceId, const QString& requestId,
                         const QString& action, const QString& object, const QString& details)
{
    QByteArray material;
    addField(material, QString::number(at));
    addField(material, actor);
    addField(material, deviceId.isNull() ? QString() : QString::number(deviceId.toLongLong()));
    addField(material, requestId);
    addField(material, action);
    addField(material, object);
    addField(material, details);
    return material;
}

QString chainHash(const QString& prevHash, qint64 sequence, const QByteArray& entry)
{
    QByteArray material;
    addField(material, prevHash);
    addField(material, QString::number(sequence));
    return QString::fromLatin1(crypto::sha256(material + entry).toHex());
}

} // namespace

Status AuditLog::append(QSqlDatabase& db, const AuditEntry& entry)
{
    const qint64 at = Clock::instance().nowMsecs();
    const QString details = QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact));
    const QVariant deviceId = entry.deviceId ? QVariant::fromValue(*entry.deviceId) : QVariant(QMetaType::fromType<qint64>());
    const QByteArray material = entryMaterial(at, entry.actor, deviceId, entry.requestId, entry.action, entry.object, details);
    if (isPostgres(db)) {
        // One statement, sent with the COMMIT: the head row's lock keeps
        // appends in line until commit, so it is held as briefly as
        // possible. The link is hashed as chainHash() does, from the head as
        // it is after the writer before this one committed (an UPDATE reads
        // the newest version of the row it waited for).
        return deferUntilCommit(db,
            u"WITH head AS (UPDATE audit_head SET last_id = last_id + 1, prev_hash = last_hash, "
             "last_hash = encode(sha256(convert_to(octet_length(last_hash) || ':' || last_hash || ';' "
             "|| octet_length((last_id + 1)::text) || ':' || (last_id + 1)::text || ';', 'UTF8') || ?), 'hex') "
             "WHERE id = 1 RETURNING last_id, prev_hash, last_hash) "
             "INSERT INTO audit_log (id, at, actor, device_id, request_id, action, object, details, prev_hash, hash) "
             "SELECT last_id, ?, ?, ?, ?, ?, ?, ?, prev_hash, last_hash FROM head"_s,
            {material, at, entry.actor, deviceId, entry.requestId, entry.action, entry.object, details});
    }
    // SQLite: the writer holds the database from BEGIN IMMEDIATE on.
    auto head = execSql(db, u"SELECT last_id, last_hash FROM audit_head WHERE id = 1"_s);
    if (!head)
        return head.error();
    if (!head.value().next())
        return Status::failure(u"database-error"_s, u"The audit chain's head is missing."_s);
    const qint64 sequence = head.value().value(0).toLongLong() + 1;
    const QString prevHash = head.value().value(1).toString();
    head.value().finish();
    const QString hash = chainHash(prevHash, sequence, material);
    if (Status inserted = execStatus(db, u"INSERT INTO audit_log (id, at, actor, device_id, request_id, action, object, details, "
                                          "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                     {sequence, at, entry.actor, deviceId, entry.requestId, entry.action, entry.object,
                                      details, prevHash, hash});
        !inserted)
        return inserted;
    return execStatus(db, u"UPDATE audit_head SET last_id = ?, prev_hash = ?, last_hash = ? WHERE id = 1"_s,
                      {sequence, prevHash, hash});
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
        const QString hash = chainHash(prevHash, id,
                                       entryMaterial(q.value(1).toLongLong(), q.value(2).toString(), q.value(3),
                                                     q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                                                     q.value(7).toString()));
        if (hash != q.value(9).toString()) {
            broken(u"row %1 was changed after it was written"_s.arg(id));
            return result;
        }
        expectedPrev = hash;
        ++expectedId;
    }
    auto head = execSql(db, u"SELECT last_id, last_hash FROM audit_head WHERE id = 1"_s);
    if (!head)
        return head.error();
    const bool hasHead = head.value().next();
    const qint64 written = hasHead ? head.value().value(0).toLongLong() : 0;
    if (written != result.rows) {
        result.intact = false;
        result.firstBrokenId = result.rows + 1;
        result.problem = u"%1 rows were written but %2 remain: the last rows were deleted"_s.arg(written).arg(result.rows);
    } else if (hasHead && head.value().value(1).toString() != expectedPrev) {
        // As many rows as written, but the chain's head names another last
        // hash: the tail was cut and the count set back, or the last row
        // replaced by one with a recomputed hash.
        result.intact = false;
        result.firstBrokenId = result.rows + 1;
        result.problem = u"the log ends at row %1, which is not the last row written: rows after it were deleted "
                          "or it was replaced"_s.arg(result.rows);
    }
    return result;
}

} // namespace buurtmunt::server
