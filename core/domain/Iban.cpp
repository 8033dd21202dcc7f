// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "Iban.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {

bool isAsciiUpper(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

int Iban::lengthFor(QStringView countryCode)
{
    // The SEPA countries shops near the border bank in, and their neighbours
    // (SWIFT IBAN registry).
    static const QHash<QString, int> lengths{
        {u"NL"_s, 18}, {u"BE"_s, 16}, {u"DE"_s, 22}, {u"LU"_s, 20}, {u"FR"_s, 27}, {u"GB"_s, 22},
        {u"AT"_s, 20}, {u"CH"_s, 21}, {u"DK"_s, 18}, {u"ES"_s, 24}, {u"IE"_s, 22}, {u"IT"_s, 27},
        {u"PL"_s, 28}, {u"PT"_s, 25}, {u"SE"_s, 24}, {u"FI"_s, 18}, {u"NO"_s, 15},
    };
    return lengths.value(countryCode.toString(), 0);
}

int Iban::mod97(QStringView rearranged)
{
    int remainder = 0;
    for (QChar c : rearranged) {
        if (isAsciiDigit(c)) {
            remainder = (remainder * 10 + (c.unicode() - u'0')) % 97;
        } else {
            const int value = c.unicode() - u'A' + 10;  // two digits, 10..35
            remainder = (remainder * 100 + value) % 97;
        }
    }
    return remainder;
}

Result<Iban> Iban::parse(QStringView typed)
{
    using R = Result<Iban>;
    QString iban;
    iban.reserve(typed.size());
    for (QChar c : typed) {
        if (c.isSpace())
            continue;
        const QChar upper = c.toUpper();
        if (!isAsciiUpper(upper) && !isAsciiDigit(upper))
            return R::failure(u"not-an-iban"_s,
                              u"is not an IBAN: \"%1\" may only hold letters A-Z, digits and spaces"_s.arg(c));
        iban.append(upper);
    }
    if (iban.isEmpty())
        return R::failure(u"not-an-iban"_s, u"is not an IBAN: it is empty"_s);
    if (iban.size() < 4 || !isAsciiUpper(iban.at(0)) || !isAsciiUpper(iban.at(1)) || !isAsciiDigit(iban.at(2))
        || !isAsciiDigit(iban.at(3)))
        return R::failure(u"not-an-iban"_s,
                          u"is not an IBAN: it must start with a two-letter country code and two check digits, "
                           "like NL91 ABNA 0417 1643 00"_s);
    const QString country = iban.left(2);
    const int expected = lengthFor(country);
    if (expected > 0 && iban.size() != expected)
        return R::failure(u"wrong-length"_s,
                          u"has %1 characters, %2 IBANs have %3"_s.arg(iban.size()).arg(country).arg(expected));
    if (expected == 0 && (iban.size() < minLength || iban.size() > maxLength))
        return R::failure(u"wrong-length"_s, u"has %1 characters, an IBAN has %2 to %3"_s.arg(iban.size())
                                                  .arg(minLength)
                                                  .arg(maxLength));
    if (mod97(QString(iban.mid(4) + iban.left(4))) != 1)
        return R::failure(u"bad-check-digits"_s,
                          u"fails the mod-97 check: a character is mistyped or two are swapped"_s);
    return Iban(iban);
}

QString Iban::withCheckDigits(QStringView countryCode, QStringView bban)
{
    const QString country = countryCode.toString().toUpper();
    const QString body = bban.toString().toUpper();
    const int check = 98 - mod97(QString(body + country + u"00"_s));
    return country + u"%1"_s.arg(check, 2, 10, QChar(u'0')) + body;
}

QString Iban::display() const
{
    QString grouped;
    grouped.reserve(m_iban.size() + m_iban.size() / 4);
    for (qsizetype i = 0; i < m_iban.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            grouped.append(u' ');
        grouped.append(m_iban.at(i));
    }
    return grouped;
}

} // namespace buurtmunt
