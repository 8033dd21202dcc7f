// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

namespace buurtmunt::test {

// Time limits in tests are for release builds; AddressSanitizer in a Debug
// build runs the same code several times slower, so limits stretch there
// instead of failing on a machine that is merely instrumented.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr int TimingSlack = 6;
#else
inline constexpr int TimingSlack = 1;
#endif

} // namespace buurtmunt::test
