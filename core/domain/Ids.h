// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QHashFunctions>
#include <QString>
#include <QtGlobal>

#include <compare>

namespace buurtmunt {

// A database id that cannot be mixed up with another kind of id: passing a
// ShopId where a ResidentId is expected does not compile.
template <typename Tag>
class Id final {
public:
    constexpr Id() = default;
    constexpr explicit Id(qint64 value) : m_value(value) {}

    constexpr qint64 value() const { return m_value; }
    // Ids are assigned by the database from 1; 0 means "not yet stored".
    constexpr bool isValid() const { return m_value > 0; }
    QString toString() const { return QString::number(m_value); }

    constexpr auto operator<=>(const Id&) const = default;

    friend size_t qHash(Id id, size_t seed = 0) noexcept { return ::qHash(id.m_value, seed); }

private:
    qint64 m_value = 0;
};

struct TaskIdTag;
struct ClaimIdTag;
struct ResidentIdTag;
struct ShopIdTag;
struct DeviceIdTag;
struct AccountIdTag;
struct StaffIdTag;

using TaskId = Id<TaskIdTag>;
using ClaimId = Id<ClaimIdTag>;
using ResidentId = Id<ResidentIdTag>;
using ShopId = Id<ShopIdTag>;
using DeviceId = Id<DeviceIdTag>;
using AccountId = Id<AccountIdTag>;
using StaffId = Id<StaffIdTag>;

} // namespace buurtmunt
