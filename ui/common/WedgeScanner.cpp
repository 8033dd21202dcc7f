// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "WedgeScanner.h"

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace buurtmunt {

WedgeScanner::WedgeScanner(QObject* parent)
    : QObject(parent)
{
    m_monotonic.start();
    m_now = [this] { return m_monotonic.elapsed(); };
    m_holdTimer.setSingleShot(true);
    m_holdTimer.setInterval(holdMs);
    // A pause means a person is typing: give the keys back.
    connect(&m_holdTimer, &QTimer::timeout, this, &WedgeScanner::replay);
}

WedgeScanner::~WedgeScanner()
{
    uninstall();
}

void WedgeScanner::install()
{
    if (m_installed || !qApp)
        return;
    qApp->installEventFilter(this);
    m_installed = true;
}

void WedgeScanner::uninstall()
{
    if (!m_installed)
        return;
    replay();
    if (qApp)
        qApp->removeEventFilter(this);
    m_installed = false;
}

void WedgeScanner::setClock(std::function<qint64()> nowMs)
{
    m_now = nowMs ? std::move(nowMs) : std::function<qint64()>([this] { return m_monotonic.elapsed(); });
}

void WedgeScanner::setEnabled(bool enabled)
{
    if (!enabled)
        replay();
    m_enabled = enabled;
}

bool WedgeScanner::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::KeyPress && type != QEvent::KeyRelease)
        return false;
    // Key events reach the window (QWidgetWindow) before its focus widget;
    // only the widget delivery is looked at, so each key is judged once.
    if (m_replaying || !m_enabled || !watched->isWidgetType())
        return false;
    if (type == QEvent::KeyPress && !inScope(static_cast<QWidget*>(watched)))
        return false;
    auto* key = static_cast<QKeyEvent*>(event);
    if (type == QEvent::KeyRelease)
        return handleRelease(key);
    return handlePress(static_cast<QWidget*>(watched), key);
}

void WedgeScanner::setScope(QWidget* window)
{
    m_scope = window;
    m_scoped = window != nullptr;
}

bool WedgeScanner::inScope(const QWidget* receiver) const
{
    if (!m_scoped)
        return true;
    if (!m_scope)
        return false;  // the scoped window is gone
    for (const QWidget* window = receiver->window(); window; window = window->parentWidget() ? window->parentWidget()->window() : nullptr) {
        if (window == m_scope)
            return true;
    }
    return false;
}

bool WedgeScanner::handlePress(QWidget* receiver, QKeyEvent* event)
{
    const int key = event->key();
    if (isShiftKey(key)) {
        // Scanners press Shift for capitals; keep it in sequence with the
        // letters it belongs to, but never start a burst with it.
        if (!m_held.isEmpty() && receiver == m_target && !event->isAutoRepeat()) {
            hold(event);
            return true;
        }
        return false;
    }

    if (isTerminator(key)) {
        const bool fast = timeOf(event) - m_lastCharacterAt <= maximumGapMs;
        if (m_characters.size() >= minimumLength && fast && receiver == m_target
            && !hasCommandModifier(event->modifiers())) {
            const QString code = m_characters;
            // Keys still down when the scan ended release afterwards; they
            // belong to the scan and must not reach a widget either.
            QSet<int> down;
            for (const HeldKey& held : std::as_const(m_held)) {
                if (held.type == QEvent::KeyPress)
                    down.insert(held.key);
                else
                    down.remove(held.key);
            }
            down.insert(key);
            m_swallowReleases.unite(down);
            clear();
            emit scanned(code);
            return true;
        }
        replay();
        return false;
    }

    const QString character = characterOf(event);
    if (character.isEmpty() || event->isAutoRepeat() || hasCommandModifier(event->modifiers())) {
        // Editing keys, shortcuts and held-down keys are a person's: what was
        // held goes first so the order stays as typed.
        replay();
        return false;
    }

    const qint64 now = timeOf(event);
    if (!m_held.isEmpty() && (receiver != m_target || now - m_lastCharacterAt > maximumGapMs))
        replay();
    if (m_held.isEmpty())
        m_target = receiver;
    hold(event);
    m_characters += character;
    m_lastCharacterAt = now;
    m_holdTimer.start();
    return true;
}

bool WedgeScanner::handleRelease(QKeyEvent* event)
{
    if (!m_held.isEmpty()) {
        hold(event);
        return true;
    }
    if (!event->isAutoRepeat() && m_swallowReleases.remove(event->key()))
        return true;
    return false;
}

void WedgeScanner::hold(const QKeyEvent* event)
{
    m_held.append(HeldKey{static_cast<int>(event->type()), event->key(), event->modifiers(), event->text(),
                          event->nativeScanCode(), event->nativeVirtualKey(), event->nativeModifiers()});
}

void WedgeScanner::replay()
{
    m_holdTimer.stop();
    if (m_held.isEmpty())
        return;
    const QList<HeldKey> held = m_held;
    QPointer<QWidget> target = m_target;
    clear();
    if (!target)
        target = QApplication::focusWidget();
    if (!target)
        return;  // the window that had the keys is gone; so is whoever wanted them
    m_replaying = true;
    for (const HeldKey& key : held) {
        if (!target)
            break;
        QKeyEvent copy(static_cast<QEvent::Type>(key.type), key.key, key.modifiers, key.nativeScanCode,
                       key.nativeVirtualKey, key.nativeModifiers, key.text);
        QCoreApplication::sendEvent(target, &copy);
    }
    m_replaying = false;
}

void WedgeScanner::clear()
{
    m_holdTimer.stop();
    m_held.clear();
    m_characters.clear();
    m_target = nullptr;
}

qint64 WedgeScanner::timeOf(const QKeyEvent* event) const
{
    // A real key carries the window system's time of the key stroke; that
    // keeps a scan together even when this thread was busy and the keys are
    // handled in a lump. Synthesised events (tests, replays) have none.
    if (event->spontaneous() && event->timestamp() != 0)
        return qint64(event->timestamp());
    return m_now();
}

QString WedgeScanner::characterOf(const QKeyEvent* event)
{
    const QString text = event->text();
    if (text.size() == 1 && text.at(0).isPrint())
        return text;
    // Some keypad and terminal mappings leave text() empty for digits.
    const int key = event->key();
    if (text.isEmpty() && key >= Qt::Key_0 && key <= Qt::Key_9)
        return QString(QChar(u'0' + (key - Qt::Key_0)));
    return {};
}

bool WedgeScanner::isTerminator(int key)
{
    return key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Tab;
}

bool WedgeScanner::isShiftKey(int key)
{
    return key == Qt::Key_Shift;
}

bool WedgeScanner::hasCommandModifier(Qt::KeyboardModifiers modifiers)
{
    // Shift picks capitals, Keypad marks number-pad digits and GroupSwitch a
    // layout's second group: all three still type characters.
    const Qt::KeyboardModifiers typing = Qt::ShiftModifier | Qt::KeypadModifier | Qt::GroupSwitchModifier;
    return (modifiers & ~typing) != Qt::NoModifier;
}

} // namespace buurtmunt
