// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "Task.h"

#include "TaskCategory.h"

#include <QJsonValue>
#include <QStringList>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {

constexpr qint64 maxRewardCents = 50000;
constexpr qsizetype minTitleLength = 3;
constexpr qsizetype maxTitleLength = 120;
constexpr qsizetype maxDescriptionLength = 4000;
constexpr int minEstimatedMinutes = 5;
constexpr int maxEstimatedMinutes = 24 * 60;
constexpr int minCapacity = 1;
constexpr int maxCapacity = 100;
// Doubles represent every integer up to 2^53 exactly; beyond that a JSON
// number could silently change value.
constexpr double maxExactInteger = 9007199254740992.0;

QString dateToJson(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString instantToJson(const QDateTime& instant)
{
    const QDateTime utc = instant.toUTC();
    return utc.time().msec() == 0 ? utc.toString(Qt::ISODate) : utc.toString(Qt::ISODateWithMs);
}

// Characters as a person counts them, not UTF-16 code units.
qsizetype visibleLength(const QString& text)
{
    return text.toUcs4().size();
}

// Reads the fields of one JSON object, remembering the first problem so that
// fromJson() reads as a list of fields.
class FieldReader final {
public:
    explicit FieldReader(const QJsonObject& json) : m_json(json) {}

    std::optional<Error> error() const { return m_error; }

    QString string(const QString& name)
    {
        const QJsonValue value = m_json.value(name);
        if (!present(name, value))
            return {};
        if (!value.isString()) {
            fail(name, u"must be a string"_s);
            return QString();
        }
        return value.toString();
    }

    qint64 integer(const QString& name, qint64 min, qint64 max)
    {
        const QJsonValue value = m_json.value(name);
        if (!present(name, value))
            return 0;
        const double number = value.toDouble();
        if (!value.isDouble() || !std::isfinite(number) || std::trunc(number) != number
            || std::fabs(number) > maxExactInteger) {
            fail(name, u"must be a whole number"_s);
            return 0;
        }
        const qint64 result = static_cast<qint64>(number);
        if (result < min || result > max) {
            fail(name, u"must be between %1 and %2"_s.arg(min).arg(max));
            return 0;
        }
        return result;
    }

    bool boolean(const QString& name)
    {
        const QJsonValue value = m_json.value(name);
        if (!present(name, value))
            return false;
        if (!value.isBool()) {
            fail(name, u"must be true or false"_s);
            return false;
        }
        return value.toBool();
    }

    std::optional<double> optionalNumber(const QString& name)
    {
        const QJsonValue value = m_json.value(name);
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isDouble() || !std::isfinite(value.toDouble())) {
            fail(name, u"must be a number or null"_s);
            return std::nullopt;
        }
        return value.toDouble();
    }

    QDate date(const QString& name)
    {
        const QString text = string(name);
        if (m_error)
            return {};
        const QDate result = QDate::fromString(text, Qt::ISODate);
        if (text.size() != 10 || !result.isValid()) {
            fail(name, u"must be a date written as YYYY-MM-DD, not \"%1\""_s.arg(text));
            return QDate();
        }
        return result;
    }

    QDateTime instant(const QString& name)
    {
        const QString text = string(name);
        if (m_error)
            return {};
        // RFC 3339 needs a date, a time and an explicit offset.
        const bool hasOffset = text.endsWith(u'Z') || text.endsWith(u'z')
            || (text.size() > 6 && (text.at(text.size() - 6) == u'+' || text.at(text.size() - 6) == u'-'));
        const QDateTime result = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!hasOffset || !text.contains(u'T') || !result.isValid()) {
            fail(name, u"must be an RFC 3339 instant such as 2026-11-23T10:15:00Z, not \"%1\""_s.arg(text));
            return {};
        }
        return result.toUTC();
    }

    void fail(const QString& name, const QString& what)
    {
        if (!m_error)
            m_error = Error{u"invalid-task"_s, u"Task field \"%1\" %2."_s.arg(name, what)};
    }

private:
    bool present(const QString& name, const QJsonValue& value)
    {
        if (m_error)
            return false;
        if (value.isUndefined()) {
            fail(name, u"is missing"_s);
            return false;
        }
        return true;
    }

    const QJsonObject& m_json;
    std::optional<Error> m_error;
};

} // namespace

QJsonObject Task::toJson() const
{
    return QJsonObject{
        {u"id"_s, id.value()},
        {u"title"_s, title},
        {u"description"_s, description},
        {u"category"_s, category},
        {u"neighbourhood"_s, neighbourhood},
        {u"address"_s, address},
        {u"latitude"_s, latitude ? QJsonValue(*latitude) : QJsonValue(QJsonValue::Null)},
        {u"longitude"_s, longitude ? QJsonValue(*longitude) : QJsonValue(QJsonValue::Null)},
        {u"rewardCents"_s, reward.cents()},
        {u"estimatedMinutes"_s, estimatedMinutes},
        {u"capacity"_s, capacity},
        {u"slotsTaken"_s, slotsTaken},
        {u"windowStart"_s, dateToJson(windowStart)},
        {u"windowEnd"_s, dateToJson(windowEnd)},
        {u"safetyNotes"_s, safetyNotes},
        {u"toolboxNeeded"_s, toolboxNeeded},
        {u"status"_s, toString(status)},
        {u"version"_s, version},
        {u"updatedAt"_s, instantToJson(updatedAt)},
    };
}

Result<Task> Task::fromJson(const QJsonObject& json)
{
    constexpr qint64 intMax = std::numeric_limits<int>::max();
    constexpr qint64 int64Max = std::numeric_limits<qint64>::max();
    FieldReader in(json);
    Task task;
    task.id = TaskId(in.integer(u"id"_s, 0, int64Max));
    task.title = in.string(u"title"_s);
    task.description = in.string(u"description"_s);
    task.category = in.string(u"category"_s);
    task.neighbourhood = in.string(u"neighbourhood"_s);
    task.address = in.string(u"address"_s);
    task.latitude = in.optionalNumber(u"latitude"_s);
    task.longitude = in.optionalNumber(u"longitude"_s);
    task.reward = Coins(in.integer(u"rewardCents"_s, 0, int64Max));
    task.estimatedMinutes = static_cast<int>(in.integer(u"estimatedMinutes"_s, 0, intMax));
    task.capacity = static_cast<int>(in.integer(u"capacity"_s, 0, intMax));
    task.slotsTaken = static_cast<int>(in.integer(u"slotsTaken"_s, 0, intMax));
    task.windowStart = in.date(u"windowStart"_s);
    task.windowEnd = in.date(u"windowEnd"_s);
    task.safetyNotes = in.string(u"safetyNotes"_s);
    task.toolboxNeeded = in.boolean(u"toolboxNeeded"_s);
    const QString status = in.string(u"status"_s);
    if (!in.error()) {
        if (const auto parsed = taskStatusFromString(status))
            task.status = *parsed;
        else
            in.fail(u"status"_s, u"must be draft, published, closed or cancelled, not \"%1\""_s.arg(status));
    }
    task.version = in.integer(u"version"_s, 0, int64Max);
    task.updatedAt = in.instant(u"updatedAt"_s);
    if (const auto error = in.error())
        return *error;
    return task;
}

QList<Error> Task::validate() const
{
    QList<Error> errors;
    const auto add = [&errors](const QString& field, const QString& message) {
        errors.append(Error{field, message});
    };

    const qsizetype titleLength = visibleLength(title.trimmed());
    if (titleLength < minTitleLength || titleLength > maxTitleLength)
        add(u"title"_s, u"The title must be %1 to %2 characters long; it is %3."_s.arg(minTitleLength).arg(maxTitleLength).arg(titleLength));
    if (const qsizetype length = visibleLength(description); length > maxDescriptionLength)
        add(u"description"_s, u"The description may be at most %1 characters long; it is %2."_s.arg(maxDescriptionLength).arg(length));
    if (!isValidCategory(category)) {
        QStringList slugs;
        for (const QStringView slug : taskCategories)
            slugs.append(slug.toString());
        add(u"category"_s, u"The category \"%1\" is unknown; use one of %2."_s.arg(category, slugs.join(u", "_s)));
    }
    if (neighbourhood.trimmed().isEmpty())
        add(u"neighbourhood"_s, u"The neighbourhood is missing."_s);
    if (address.trimmed().isEmpty())
        add(u"address"_s, u"The address is missing."_s);
    if (reward.cents() <= 0 || reward.cents() > maxRewardCents)
        add(u"rewardCents"_s, u"The reward must be more than 0 and at most %1 cents; it is %2."_s.arg(maxRewardCents).arg(reward.cents()));
    if (estimatedMinutes < minEstimatedMinutes || estimatedMinutes > maxEstimatedMinutes)
        add(u"estimatedMinutes"_s, u"The estimated time must be %1 to %2 minutes; it is %3."_s.arg(minEstimatedMinutes).arg(maxEstimatedMinutes).arg(estimatedMinutes));
    if (capacity < minCapacity || capacity > maxCapacity)
        add(u"capacity"_s, u"The capacity must be %1 to %2 people; it is %3."_s.arg(minCapacity).arg(maxCapacity).arg(capacity));
    else if (slotsTaken > capacity)
        add(u"capacity"_s, u"The capacity cannot be lower than the %1 slots already taken."_s.arg(slotsTaken));
    if (!windowStart.isValid())
        add(u"windowStart"_s, u"The first day of the time window is missing or not a date."_s);
    if (!windowEnd.isValid())
        add(u"windowEnd"_s, u"The last day of the time window is missing or not a date."_s);
    else if (windowStart.isValid() && windowEnd < windowStart)
        add(u"windowEnd"_s, u"The time window ends (%1) before it starts (%2)."_s.arg(dateToJson(windowEnd), dateToJson(windowStart)));
    if (latitude && (!std::isfinite(*latitude) || *latitude < -90.0 || *latitude > 90.0))
        add(u"latitude"_s, u"The latitude must be between -90 and 90 degrees; it is %1."_s.arg(*latitude));
    if (longitude && (!std::isfinite(*longitude) || *longitude < -180.0 || *longitude > 180.0))
        add(u"longitude"_s, u"The longitude must be between -180 and 180 degrees; it is %1."_s.arg(*longitude));
    // A map pin needs both; half a coordinate would place the task on a meridian.
    if (latitude.has_value() != longitude.has_value())
        add(latitude ? u"longitude"_s : u"latitude"_s, u"Latitude and longitude must be given together."_s);
    return errors;
}

} // namespace buurtmunt
