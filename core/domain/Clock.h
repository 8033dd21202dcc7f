// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QDate>
#include <QDateTime>

namespace buurtmunt {

// Time source for expiry, sessions and timeouts, injectable so tests can move
// time without sleeping (KeePassXC's Clock).
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    QDate todayUtc() const { return nowUtc().date(); }
    qint64 nowMsecs() const { return nowUtc().toMSecsSinceEpoch(); }

    // The process-wide clock; the system clock unless a test installed another.
    static const Clock& instance();
    static void setInstance(const Clock* clock);  // nullptr restores the system clock
};

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that only moves when told to.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start) : m_now(start.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    void advanceMsecs(qint64 ms) { m_now = m_now.addMSecs(ms); }
    void set(QDateTime now) { m_now = now.toUTC(); }

private:
    QDateTime m_now;
};

} // namespace buurtmunt
