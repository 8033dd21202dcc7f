// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "Dashboard.h"

#include "core/domain/JsonNumber.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {

Error bad(const QString& field)
{
    return Error{u"bad-response"_s,
                 QCoreApplication::translate("Dashboard", "The server's dashboard is unusable: “%1” is missing or wrong.")
                     .arg(field)};
}

bool isMonth(const QString& text)
{
    static const QRegularExpression month(u"^\\d{4}-(0[1-9]|1[0-2])$"_s);
    return month.match(text).hasMatch();
}

// Reads one array of rows, naming the first bad row and field ("minted[3].cents").
template <typename Row, typename ReadRow>
bool readRows(const QJsonObject& object, const QString& name, QList<Row>* rows, QString* badField, ReadRow readRow)
{
    const QJsonValue value = object.value(name);
    if (!value.isArray()) {
        *badField = name;
        return false;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject item = array.at(i).toObject();
        Row row;
        QString field;
        if (!isMonth(item.value(u"month"_s).toString()))
            field = u"month"_s;
        else
            readRow(item, &row, &field);  // names the field when it fails
        if (!field.isEmpty()) {
            *badField = u"%1[%2].%3"_s.arg(name).arg(i).arg(field);
            return false;
        }
        row.month = item.value(u"month"_s).toString();
        rows->append(row);
    }
    return true;
}

bool readCents(const QJsonObject& item, qint64* cents, QString* field)
{
    const auto number = JsonNumber::whole(item.value(u"cents"_s));
    if (!number) {
        *field = u"cents"_s;
        return false;
    }
    *cents = *number;
    return true;
}

bool readCount(const QJsonObject& item, qint64* count, QString* field)
{
    const QJsonValue value = item.value(u"count"_s);
    if (!value.isDouble() || value.toInteger() < 0) {
        *field = u"count"_s;
        return false;
    }
    *count = value.toInteger();
    return true;
}

} // namespace

qint64 Dashboard::mintedIn(const QString& month, const QString& neighbourhood) const
{
    qint64 total = 0;
    for (const Amount& amount : minted) {
        if (amount.month == month && (neighbourhood.isEmpty() || amount.neighbourhood == neighbourhood))
            total += amount.cents;
    }
    return total;
}

qint64 Dashboard::spentIn(const QString& month, const QString& neighbourhood) const
{
    qint64 total = 0;
    for (const Amount& amount : spent) {
        if (amount.month == month && (neighbourhood.isEmpty() || amount.neighbourhood == neighbourhood))
            total += amount.cents;
    }
    return total;
}

qint64 Dashboard::tasksDoneIn(const QString& month) const
{
    for (const Count& count : tasksDone) {
        if (count.month == month)
            return count.count;
    }
    return 0;
}

qint64 Dashboard::activeResidentsIn(const QString& month) const
{
    for (const Count& count : activeResidents) {
        if (count.month == month)
            return count.count;
    }
    return 0;
}

QStringList Dashboard::neighbourhoods() const
{
    QStringList names;
    for (const QList<Amount>* list : {&minted, &spent}) {
        for (const Amount& amount : *list) {
            if (!names.contains(amount.neighbourhood))
                names.append(amount.neighbourhood);
        }
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

Result<Dashboard> Dashboard::fromJson(const QJsonObject& object)
{
    Dashboard dashboard;
    dashboard.from = object.value(u"from"_s).toString();
    if (!isMonth(dashboard.from))
        return bad(u"from"_s);
    dashboard.to = object.value(u"to"_s).toString();
    if (!isMonth(dashboard.to))
        return bad(u"to"_s);
    const QJsonValue months = object.value(u"months"_s);
    if (!months.isArray())
        return bad(u"months"_s);
    for (const QJsonValue& month : months.toArray()) {
        if (!isMonth(month.toString()))
            return bad(u"months"_s);
        dashboard.months.append(month.toString());
    }
    QString field;
    const auto readAmount = [](const QJsonObject& item, Amount* row, QString* f) {
        row->neighbourhood = item.value(u"neighbourhood"_s).toString();
        return readCents(item, &row->cents, f);
    };
    const auto readCountRow = [](const QJsonObject& item, Count* row, QString* f) {
        return readCount(item, &row->count, f);
    };
    const auto readTurnover = [](const QJsonObject& item, Turnover* row, QString* f) {
        row->shopId = item.value(u"shopId"_s).toInteger();
        row->shopName = item.value(u"shopName"_s).toString();
        if (row->shopId <= 0) {
            *f = u"shopId"_s;
            return false;
        }
        return readCents(item, &row->cents, f);
    };
    if (!readRows(object, u"minted"_s, &dashboard.minted, &field, readAmount)
        || !readRows(object, u"spent"_s, &dashboard.spent, &field, readAmount)
        || !readRows(object, u"tasksDone"_s, &dashboard.tasksDone, &field, readCountRow)
        || !readRows(object, u"activeResidents"_s, &dashboard.activeResidents, &field, readCountRow)
        || !readRows(object, u"turnoverByShop"_s, &dashboard.turnoverByShop, &field, readTurnover))
        return bad(field);
    return dashboard;
}

} // namespace buurtmunt
