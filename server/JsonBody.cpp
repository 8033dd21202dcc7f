// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "JsonBody.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace buurtmunt::server {

namespace {
bool hasControlCharacters(const QString& text)
{
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t')
            return true;
    }
    return false;
}
} // namespace

QString JsonBody::requiredString(const QString& name, int minLength, int maxLength)
{
    m_known.insert(name);
    if (!m_object.contains(name)) {
        invalid(name, u"is required"_s);
        return {};
    }
    const QJsonValue value = m_object.value(name);
    if (!value.isString()) {
        invalid(name, u"must be a string"_s);
        return {};
    }
    const QString text = value.toString().trimmed();
    if (text.size() < minLength)
        invalid(name, minLength <= 1 ? u"must not be empty"_s : u"must be at least %1 characters"_s.arg(minLength));
    else if (text.size() > maxLength)
        invalid(name, u"must be at most %1 characters"_s.arg(maxLength));
    else if (hasControlCharacters(text))
        invalid(name, u"must not contain control characters"_s);
    return text;
}

std::optional<QString> JsonBody::optionalString(const QString& name, int maxLength)
{
    m_known.insert(name);
    if (!m_object.contains(name) || m_object.value(name).isNull())
        return std::nullopt;
    const QJsonValue value = m_object.value(name);
    if (!value.isString()) {
        invalid(name, u"must be a string"_s);
        return std::nullopt;
    }
    const QString text = value.toString().trimmed();
    if (text.size() > maxLength)
        invalid(name, u"must be at most %1 characters"_s.arg(maxLength));
    else if (hasControlCharacters(text))
        invalid(name, u"must not contain control characters"_s);
    return text;
}

std::optional<qint64> JsonBody::optionalInteger(const QString& name, qint64 min, qint64 max)
{
    m_known.insert(name);
    if (!m_object.contains(name) || m_object.value(name).isNull())
        return std::nullopt;
    const QJsonValue value = m_object.value(name);
    const double number = value.toDouble();
    // JSON numbers are doubles: only exact integers within ±2^53 are accepted.
    if (!value.isDouble() || std::floor(number) != number || std::fabs(number) > 9007199254740992.0) {
        invalid(name, u"must be an integer"_s);
        return std::nullopt;
    }
    const auto integer = static_cast<qint64>(number);
    if (integer < min || integer > max) {
        invalid(name, u"must be between %1 and %2"_s.arg(min).arg(max));
        return std::nullopt;
    }
    return integer;
}

qint64 JsonBody::requiredInteger(const QString& name, qint64 min, qint64 max)
{
    // An explicit null is as absent as a missing member, never a zero.
    if (!m_object.contains(name) || m_object.value(name).isNull()) {
        m_known.insert(name);
        invalid(name, u"is required"_s);
        return 0;
    }
    return optionalInteger(name, min, max).value_or(0);
}

std::optional<bool> JsonBody::optionalBool(const QString& name)
{
    m_known.insert(name);
    if (!m_object.contains(name) || m_object.value(name).isNull())
        return std::nullopt;
    if (!m_object.value(name).isBool()) {
        invalid(name, u"must be true or false"_s);
        return std::nullopt;
    }
    return m_object.value(name).toBool();
}

bool JsonBody::requiredBool(const QString& name)
{
    // An explicit null is as absent as a missing member, never a zero.
    if (!m_object.contains(name) || m_object.value(name).isNull()) {
        m_known.insert(name);
        invalid(name, u"is required"_s);
        return false;
    }
    return optionalBool(name).value_or(false);
}

std::optional<double> JsonBody::optionalNumber(const QString& name, double min, double max)
{
    m_known.insert(name);
    if (!m_object.contains(name) || m_object.value(name).isNull())
        return std::nullopt;
    const QJsonValue value = m_object.value(name);
    if (!value.isDouble() || !std::isfinite(value.toDouble())) {
        invalid(name, u"must be a number or null"_s);
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (number < min || number > max) {
        invalid(name, u"must be between %1 and %2"_s.arg(min).arg(max));
        return std::nullopt;
    }
    return number;
}

QList<qint64> JsonBody::requiredIntegerList(const QString& name, int minCount, int maxCount, qint64 min, qint64 max)
{
    m_known.insert(name);
    if (!m_object.contains(name)) {
        invalid(name, u"is required"_s);
        return {};
    }
    if (!m_object.value(name).isArray()) {
        invalid(name, u"must be an array of integers"_s);
        return {};
    }
    const QJsonArray array = m_object.value(name).toArray();
    if (array.size() < minCount || array.size() > maxCount) {
        invalid(name, u"must hold %1 to %2 entries, not %3"_s.arg(minCount).arg(maxCount).arg(array.size()));
        return {};
    }
    QList<qint64> values;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue value = array.at(i);
        const double number = value.toDouble();
        if (!value.isDouble() || std::floor(number) != number || number < static_cast<double>(min)
            || number > static_cast<double>(max)) {
            invalid(u"%1[%2]"_s.arg(name).arg(i), u"must be an integer between %1 and %2"_s.arg(min).arg(max));
            return {};
        }
        values.append(static_cast<qint64>(number));
    }
    return values;
}

bool JsonBody::ok()
{
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_known.contains(it.key())) {
            invalid(it.key(), u"is not a known field"_s);
            m_known.insert(it.key());  // reported once, even if ok() is asked again
        }
    }
    return m_invalid.isEmpty();
}

ApiResponse JsonBody::problem() const
{
    QStringList names;
    for (const InvalidParam& param : m_invalid)
        names << param.name + u' ' + param.reason;
    return ApiResponse::problem(400, u"invalid-body"_s, u"The request body is not valid"_s,
                                names.join(u"; "_s) + u'.', m_invalid);
}

} // namespace buurtmunt::server
