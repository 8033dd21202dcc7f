// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "SessionIdleGuard.h"

#include "core/domain/Clock.h"

#include <QCoreApplication>
#include <QEvent>

namespace buurtmunt {

SessionIdleGuard::SessionIdleGuard(QObject* parent, const Clock* clock)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &SessionIdleGuard::check);
}

SessionIdleGuard::~SessionIdleGuard()
{
    if (m_running && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

qint64 SessionIdleGuard::now() const
{
    return (m_clock ? *m_clock : Clock::instance()).nowMsecs();
}

qint64 SessionIdleGuard::idleMsecs() const
{
    return m_running ? now() - m_lastInput : 0;
}

qint64 SessionIdleGuard::totalMsecs() const
{
    return m_running ? now() - m_startedAt : 0;
}

void SessionIdleGuard::start()
{
    m_startedAt = now();
    m_lastInput = m_startedAt;
    m_lastWarnedSecond = -1;
    m_warning = false;
    if (!m_running && QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
    m_running = true;
    m_timer.start();
}

void SessionIdleGuard::stop()
{
    if (m_running && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
    m_running = false;
    m_warning = false;
    m_timer.stop();
}

void SessionIdleGuard::extend()
{
    if (!m_running)
        return;
    m_lastInput = now();
    m_lastWarnedSecond = -1;
    if (m_warning) {
        m_warning = false;
        emit warningEnded();
    }
}

void SessionIdleGuard::finish()
{
    stop();
}

void SessionIdleGuard::check()
{
    if (!m_running)
        return;
    const qint64 at = now();
    // The hard limit wins even over a busy resident: a kiosk session must not
    // outlive its server session.
    if (at - m_startedAt >= m_limits.maxTotal.count()) {
        finish();
        emit expired();
        return;
    }
    const qint64 idle = at - m_lastInput;
    if (idle >= m_limits.logoutAfter.count()) {
        finish();
        emit timedOut();
        return;
    }
    if (idle >= m_limits.warnAfter.count()) {
        const qint64 leftMs = m_limits.logoutAfter.count() - idle;
        const int secondsLeft = int((leftMs + 999) / 1000);
        m_warning = true;
        if (secondsLeft != m_lastWarnedSecond) {
            m_lastWarnedSecond = secondsLeft;
            emit warning(secondsLeft);
        }
    }
}

bool SessionIdleGuard::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    // Presses, touches, keys and the wheel are what a person does; a mouse
    // resting on the screen edge (moves only) must not keep a session alive.
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        extend();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace buurtmunt
