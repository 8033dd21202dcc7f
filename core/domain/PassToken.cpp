// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "PassToken.h"

#include "CheckedCode.h"
#include "Crypto.h"

using namespace Qt::StringLiterals;

namespace buurtmunt {

PassToken PassToken::generate()
{
    return PassToken(CheckedCode::appendCheck(CheckedCode::randomBody(length - 1)));
}

Result<PassToken> PassToken::parse(QStringView typed)
{
    auto token = CheckedCode::parse(typed, length, u"pass code"_s);
    if (!token)
        return token.error();
    return PassToken(std::move(token).value());
}

QString PassToken::display() const
{
    return CheckedCode::group(m_token, 3);
}

QByteArray PassToken::hash() const
{
    return crypto::sha256(m_token.toLatin1());
}

} // namespace buurtmunt
