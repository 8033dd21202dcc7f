// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>

#include <functional>

class QKeyEvent;
class QWidget;

namespace buurtmunt {

// Recognises a keyboard-wedge barcode scanner anywhere in the application, so
// a shopkeeper never has to click into a field before scanning. Installed on
// qApp as an event filter: printable key presses are held back for a moment;
// a fast burst of at least minimumLength characters ended by Return, Enter or
// Tab is a scan, and none of its keys reach a widget. Anything else (people
// typing, even quickly) is replayed unchanged and in order to the widget that
// had focus, so fields behave exactly as without the filter.
class WedgeScanner final : public QObject {
    Q_OBJECT
public:
    // Scanners send a key every 1–10 ms; people, even fast typists, rarely
    // manage two keys 35 ms apart more than a few times in a row.
    static constexpr int maximumGapMs = 35;
    static constexpr int holdMs = 40;
    static constexpr int minimumLength = 10;

    explicit WedgeScanner(QObject* parent = nullptr);
    ~WedgeScanner() override;

    // Installs the filter on the running application.
    void install();
    void uninstall();

    // A monotonic millisecond clock; tests inject one to type at an exact speed.
    void setClock(std::function<qint64()> nowMs);

    // Only keys aimed at this window (or a dialog it owns) are looked at; the
    // desk's window, so no other window in the process ever loses a key.
    // Without a scope every window counts.
    void setScope(QWidget* window);

    // Disabled, keys go straight through (a dialog that wants every key).
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    // Keys held back right now (0 when idle); for tests and diagnostics.
    int heldKeyCount() const { return static_cast<int>(m_held.size()); }

signals:
    void scanned(const QString& code);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct HeldKey {
        int type = 0;
        int key = 0;
        Qt::KeyboardModifiers modifiers;
        QString text;
        quint32 nativeScanCode = 0;
        quint32 nativeVirtualKey = 0;
        quint32 nativeModifiers = 0;
    };

    bool inScope(const QWidget* receiver) const;
    bool handlePress(QWidget* receiver, QKeyEvent* event);
    bool handleRelease(QKeyEvent* event);
    void hold(const QKeyEvent* event);
    void replay();
    void clear();
    qint64 timeOf(const QKeyEvent* event) const;
    static QString characterOf(const QKeyEvent* event);
    static bool isTerminator(int key);
    static bool isShiftKey(int key);
    static bool hasCommandModifier(Qt::KeyboardModifiers modifiers);

    std::function<qint64()> m_now;
    QElapsedTimer m_monotonic;
    QTimer m_holdTimer;
    QList<HeldKey> m_held;
    QString m_characters;
    QPointer<QWidget> m_target;
    QPointer<QWidget> m_scope;
    bool m_scoped = false;
    qint64 m_lastCharacterAt = 0;
    QSet<int> m_swallowReleases;  // releases of keys that belonged to a scan
    bool m_replaying = false;
    bool m_enabled = true;
    bool m_installed = false;
};

} // namespace buurtmunt
