// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "AuditEntry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {

Error bad(const QString& field)
{
    return Error{u"bad-response"_s,
                 QCoreApplication::translate("AuditEntry", "The server's audit entry is unusable: “%1” is missing or wrong.")
                     .arg(field)};
}

QString utc(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

QUrlQuery AuditEntry::Filter::toQuery() const
{
    QUrlQuery query;
    if (!text.trimmed().isEmpty())
        query.addQueryItem(u"q"_s, text.trimmed());
    if (!action.isEmpty())
        query.addQueryItem(u"action"_s, action);
    // The server stores UTC; the admin thinks in the desk's local days.
    if (from.isValid())
        query.addQueryItem(u"from"_s, utc(from.startOfDay()));
    if (to.isValid())
        query.addQueryItem(u"to"_s, utc(to.addDays(1).startOfDay()));
    return query;
}

QString AuditEntry::detailsText() const
{
    QStringList parts;
    for (auto it = details.constBegin(); it != details.constEnd(); ++it) {
        const QJsonValue value = it.value();
        // "shopId: " for a kiosk says nothing; absent facts are left out.
        if (value.isNull() || value.isUndefined())
            continue;
        QString text;
        if (value.isString())
            text = value.toString();
        else if (value.isObject())
            text = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        else if (value.isArray())
            text = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        else
            text = value.toVariant().toString();
        parts << u"%1: %2"_s.arg(it.key(), text);
    }
    return parts.join(u"; "_s);
}

Result<AuditEntry> AuditEntry::fromJson(const QJsonObject& object)
{
    AuditEntry entry;
    entry.id = object.value(u"id"_s).toInteger();
    if (entry.id <= 0)
        return bad(u"id"_s);
    entry.at = QDateTime::fromString(object.value(u"at"_s).toString(), Qt::ISODateWithMs).toUTC();
    if (!entry.at.isValid())
        return bad(u"at"_s);
    entry.actor = object.value(u"actor"_s).toString();
    entry.action = object.value(u"action"_s).toString();
    if (entry.action.isEmpty())
        return bad(u"action"_s);
    entry.deviceId = object.value(u"deviceId"_s).toInteger();
    entry.requestId = object.value(u"requestId"_s).toString();
    entry.object = object.value(u"object"_s).toString();
    const QJsonValue details = object.value(u"details"_s);
    if (details.isObject())
        entry.details = details.toObject();
    else if (details.isString() && !details.toString().isEmpty())
        entry.details = QJsonDocument::fromJson(details.toString().toUtf8()).object();
    return entry;
}

Result<AuditEntry::Page> AuditEntry::pageFromJson(const QJsonObject& body)
{
    const QJsonValue items = body.value(u"items"_s);
    if (!items.isArray())
        return bad(u"items"_s);
    Page page;
    for (const QJsonValue& value : items.toArray()) {
        auto entry = fromJson(value.toObject());
        if (!entry)
            return entry.error();
        page.entries.append(std::move(entry).value());
    }
    const QJsonValue next = body.value(u"next"_s);
    if (next.isString())
        page.next = next.toString();
    else if (next.isDouble())
        page.next = QString::number(next.toInteger());
    return page;
}

} // namespace buurtmunt
