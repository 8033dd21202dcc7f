// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace buurtmunt {

// A typed error: `code` is stable and machine-readable (kebab-case, e.g.
// "bad-signature"); `message` is a sentence for a person, naming what is wrong.
struct Error final {
    QString code;
    QString message;

    bool operator==(const Error&) const = default;
};

// std::expected-like result; core and server functions return this instead of
// throwing, so nothing escapes across signal boundaries.
template <typename T>
class [[nodiscard]] Result final {
public:
    Result(T value) : m_state(std::move(value)) {}  // NOLINT: implicit by design
    Result(Error error) : m_state(std::move(error)) {}  // NOLINT: implicit by design

    static Result failure(QString code, QString message)
    {
        return Result(Error{std::move(code), std::move(message)});
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { return std::get<Error>(m_state); }

    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_state;
};

// Result for operations that produce nothing but may fail.
class [[nodiscard]] Status final {
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}  // NOLINT: implicit by design

    static Status success() { return {}; }
    static Status failure(QString code, QString message)
    {
        return Status(Error{std::move(code), std::move(message)});
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace buurtmunt
