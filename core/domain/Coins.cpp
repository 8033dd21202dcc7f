// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "Coins.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {

Error overflowError()
{
    return Error{u"overflow"_s, u"The amount is too large to be represented."_s};
}

Error notANumber(const QString& text, const QString& why)
{
    return Error{u"not-a-number"_s, u"\"%1\" is not an amount: %2."_s.arg(text, why)};
}

bool isSpaceLike(QStringView s)
{
    return s.size() == 1 && s.front().isSpace();
}

// Accumulates decimal digits into value; false if a character is not a digit.
// Unicode decimal digits are accepted so locales with their own digits work.
enum class DigitsResult { Ok, NotDigit, Overflow };
DigitsResult appendDigits(QStringView digits, qint64& value)
{
    for (const QChar ch : digits) {
        const int d = ch.digitValue();
        if (d < 0 || d > 9 || ch.category() != QChar::Number_DecimalDigit)
            return DigitsResult::NotDigit;
        if (__builtin_mul_overflow(value, qint64{10}, &value) || __builtin_add_overflow(value, qint64{d}, &value))
            return DigitsResult::Overflow;
    }
    return DigitsResult::Ok;
}

} // namespace

Result<Coins> Coins::parse(const QString& input, const QLocale& locale)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return Error{u"empty"_s, u"No amount was given."_s};

    const QChar first = text.front();
    if (first == u'-' || first == QChar(0x2212) || text.startsWith(locale.negativeSign()))
        return Error{u"negative"_s, u"The amount \"%1\" is negative; only positive amounts are allowed."_s.arg(text)};

    const QString lower = text.toLower();
    if (lower == u"nan"_s || lower == u"inf"_s || lower == u"infinity"_s || lower == u"+inf"_s
        || lower == u"+infinity"_s) {
        return notANumber(text, u"not a finite number"_s);
    }

    const QString decimalPoint = locale.decimalPoint();
    QString groupSeparator = locale.groupSeparator();
    // Locales that group with a (narrow) no-break space also get the plain
    // space people actually type.
    QString integerText = text;
    QString fractionText;
    bool hasFraction = false;
    const qsizetype pointAt = text.indexOf(decimalPoint);
    if (pointAt >= 0) {
        if (text.indexOf(decimalPoint, pointAt + decimalPoint.size()) >= 0)
            return notANumber(text, u"more than one decimal separator \"%1\""_s.arg(decimalPoint));
        integerText = text.left(pointAt);
        fractionText = text.mid(pointAt + decimalPoint.size());
        hasFraction = true;
    }
    if (isSpaceLike(groupSeparator))
        integerText.replace(u' ', groupSeparator);

    if (integerText.isEmpty() && (!hasFraction || fractionText.isEmpty()))
        return notANumber(text, u"no digits"_s);
    if (hasFraction && fractionText.isEmpty())
        return notANumber(text, u"no digits after the decimal separator"_s);

    // Group separators are optional, but where present they must sit every
    // three digits; "12.50" in Dutch is a typo, not twelve hundred and fifty.
    QString integerDigits = integerText;
    if (!groupSeparator.isEmpty() && integerText.contains(groupSeparator)) {
        const QStringList groups = integerText.split(groupSeparator);
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const qsizetype len = groups.at(i).size();
            const bool fits = i == 0 ? (len >= 1 && len <= 3) : len == 3;
            if (!fits)
                return notANumber(text, u"the group separator \"%1\" is in the wrong place"_s.arg(groupSeparator));
        }
        integerDigits = groups.join(QString());
    }

    qint64 units = 0;
    switch (appendDigits(integerDigits, units)) {
    case DigitsResult::NotDigit:
        return notANumber(text, u"it may contain only digits and the separators \"%1\" and \"%2\""_s.arg(decimalPoint, groupSeparator));
    case DigitsResult::Overflow:
        return overflowError();
    case DigitsResult::Ok:
        break;
    }

    qint64 fraction = 0;
    switch (appendDigits(fractionText, fraction)) {
    case DigitsResult::NotDigit:
        return notANumber(text, u"only digits may follow the decimal separator"_s);
    case DigitsResult::Overflow:
    case DigitsResult::Ok:
        break;
    }
    if (fractionText.size() > 2)
        return Error{u"too-many-decimals"_s, u"\"%1\" has more than two decimals."_s.arg(text)};
    if (fractionText.size() == 1)
        fraction *= 10;

    qint64 cents = 0;
    if (__builtin_mul_overflow(units, qint64{100}, &cents) || __builtin_add_overflow(cents, fraction, &cents))
        return overflowError();
    return Coins(cents);
}

QString Coins::format(const QLocale& locale) const
{
    // Work on the magnitude unsigned, so the most negative value formats too.
    const bool negative = m_cents < 0;
    const quint64 magnitude = negative ? quint64{0} - static_cast<quint64>(m_cents) : static_cast<quint64>(m_cents);
    const quint64 whole = magnitude / 100;
    const quint64 fraction = magnitude % 100;
    QString fractionText = locale.toString(fraction);
    if (fraction < 10)
        fractionText.prepend(locale.zeroDigit());
    return (negative ? locale.negativeSign() : QString()) + locale.toString(whole) + locale.decimalPoint()
        + fractionText;
}

Result<Coins> Coins::plus(Coins other) const
{
    qint64 sum = 0;
    if (__builtin_add_overflow(m_cents, other.m_cents, &sum))
        return overflowError();
    return Coins(sum);
}

Result<Coins> Coins::minus(Coins other) const
{
    qint64 difference = 0;
    if (__builtin_sub_overflow(m_cents, other.m_cents, &difference))
        return overflowError();
    return Coins(difference);
}

Result<Coins> Coins::times(qint64 factor) const
{
    qint64 product = 0;
    if (__builtin_mul_overflow(m_cents, factor, &product))
        return overflowError();
    return Coins(product);
}

} // namespace buurtmunt
