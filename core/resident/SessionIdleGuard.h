// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace buurtmunt {

class Clock;

// Ends a resident's kiosk session that nobody uses any more: counts the time
// since the last touch, click or key press anywhere in the application, warns
// every second from `warnAfter` and times out at `logoutAfter`; independently
// of use, a session ends after `maxTotal`. Time comes from a Clock so tests
// move it instead of waiting; the one-second timer only decides when to look.
class SessionIdleGuard final : public QObject {
    Q_OBJECT

public:
    struct Limits {
        std::chrono::milliseconds warnAfter{60000};
        std::chrono::milliseconds logoutAfter{90000};
        std::chrono::milliseconds maxTotal{15 * 60000};
    };

    // `clock` defaults to Clock::instance() and must outlive the guard.
    explicit SessionIdleGuard(QObject* parent = nullptr, const Clock* clock = nullptr);
    ~SessionIdleGuard() override;

    void setLimits(const Limits& limits) { m_limits = limits; }
    Limits limits() const { return m_limits; }

    bool isRunning() const { return m_running; }
    bool isWarning() const { return m_warning; }
    qint64 idleMsecs() const;
    qint64 totalMsecs() const;

public Q_SLOTS:
    // Starts counting from now and watches the application's input.
    void start();
    void stop();
    // The person is still there: idle time starts again (the total does not).
    void extend();
    // Looks at the clock now; the timer calls this every second.
    void check();

Q_SIGNALS:
    void warning(int secondsLeft);
    // Input arrived while warning: the overlay can go.
    void warningEnded();
    void timedOut();
    void expired();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    qint64 now() const;
    void finish();

    const Clock* m_clock;
    Limits m_limits;
    QTimer m_timer;
    qint64 m_startedAt = 0;
    qint64 m_lastInput = 0;
    int m_lastWarnedSecond = -1;
    bool m_running = false;
    bool m_warning = false;
};

} // namespace buurtmunt
