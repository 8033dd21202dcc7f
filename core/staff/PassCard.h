// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/domain/PassToken.h"
#include "core/staff/ResidentSummary.h"

namespace buurtmunt {

// A pass token as the server hands it out once, when a resident is registered
// or gets a new card: it exists only until the card is printed.
struct PassCard final {
    ResidentSummary resident;
    PassToken token;
};

} // namespace buurtmunt
