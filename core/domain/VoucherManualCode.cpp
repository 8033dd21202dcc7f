// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "VoucherManualCode.h"

#include "CheckedCode.h"

using namespace Qt::StringLiterals;

namespace buurtmunt {

VoucherManualCode VoucherManualCode::generate()
{
    return VoucherManualCode(CheckedCode::appendCheck(CheckedCode::randomBody(length - 1)));
}

Result<VoucherManualCode> VoucherManualCode::parse(QStringView typed)
{
    auto code = CheckedCode::parse(typed, length, u"voucher code"_s);
    if (!code)
        return code.error();
    return VoucherManualCode(std::move(code).value());
}

QString VoucherManualCode::display() const
{
    return CheckedCode::group(m_code, 5);
}

} // namespace buurtmunt
