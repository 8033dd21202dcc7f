// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "CheckedCode.h"

#include "Crypto.h"

using namespace Qt::StringLiterals;

namespace buurtmunt {

namespace {

// sum(i × value) mod 31 over the given characters, positions from 1; -1 if a
// character is not in the alphabet.
int weightedSum(QStringView text)
{
    int sum = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int value = CheckedCode::valueOf(text.at(i));
        if (value < 0)
            return -1;
        sum = (sum + static_cast<int>(i + 1) * value) % CheckedCode::radix;
    }
    return sum;
}

} // namespace

int CheckedCode::valueOf(QChar c)
{
    const qsizetype at = alphabet.indexOf(c);
    return at < 0 ? -1 : static_cast<int>(at);
}

QString CheckedCode::appendCheck(QString body)
{
    if (body.isEmpty() || body.size() > maxLength - 1)
        return {};
    const int sum = weightedSum(body);
    if (sum < 0)
        return {};
    const int position = static_cast<int>(body.size()) + 1;
    for (int value = 0; value < radix; ++value) {
        if ((sum + position * value) % radix == 0)
            return body.append(alphabet.at(value));
    }
    return {};  // cannot happen: position is invertible modulo a prime
}

bool CheckedCode::isValid(QStringView code)
{
    if (code.size() < 2 || code.size() > maxLength)
        return false;
    return weightedSum(code) == 0;
}

QString CheckedCode::normalize(QStringView typed)
{
    QString result;
    result.reserve(typed.size());
    for (const QChar ch : typed) {
        if (ch.isSpace() || ch == u'-' || ch == QChar(0x2010) || ch == QChar(0x2011) || ch == QChar(0x2013)
            || ch == QChar(0x2212)) {
            continue;
        }
        const QChar upper = ch.toUpper();
        if (upper == u'O')
            result.append(u'0');
        else if (upper == u'I')
            result.append(u'1');
        else
            result.append(upper);
    }
    return result;
}

QString CheckedCode::group(QStringView code, int size)
{
    if (size <= 0)
        return code.toString();
    QString result;
    result.reserve(code.size() + code.size() / size);
    for (qsizetype i = 0; i < code.size(); ++i) {
        if (i > 0 && i % size == 0)
            result.append(u'-');
        result.append(code.at(i));
    }
    return result;
}

QString CheckedCode::randomBody(int length)
{
    QString body;
    body.reserve(length);
    for (int i = 0; i < length; ++i)
        body.append(alphabet.at(crypto::randomUniform(radix)));
    return body;
}

Result<QString> CheckedCode::parse(QStringView typed, int length, const QString& what)
{
    const QString code = normalize(typed);
    for (const QChar ch : code) {
        if (valueOf(ch) < 0) {
            return Error{u"bad-character"_s,
                         u"The character \"%1\" does not occur in a %2; it uses only digits and the letters %3."_s
                             .arg(QString(ch), what, alphabet.mid(10).toString())};
        }
    }
    if (code.size() != length) {
        return Error{u"wrong-length"_s,
                     u"A %1 has %2 characters; this one has %3."_s.arg(what).arg(length).arg(code.size())};
    }
    if (!isValid(code)) {
        return Error{u"bad-check-character"_s,
                     u"This %1 contains a typing error: its check character does not match."_s.arg(what)};
    }
    return code;
}

} // namespace buurtmunt
