// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/counter/ScanOutcome.h"

#include <QColor>
#include <QTimer>
#include <QWidget>

#include <chrono>

class QLabel;

namespace buurtmunt {

class RedemptionText;

// The counter's answer, large enough to read at arm's length and impossible
// to mistake: green with a check mark for accepted, amber for accepted
// offline, red with a cross for refused, each with words, never colour
// alone. Falls back to "Ready to scan" after a while or on the next scan.
class ScanResultPanel final : public QWidget {
    Q_OBJECT
public:
    enum class State { Ready, Checking, Accepted, AcceptedOffline, Refused };
    Q_ENUM(State)

    static constexpr std::chrono::milliseconds DefaultResetDelay{8000};

    explicit ScanResultPanel(QWidget* parent = nullptr);

    void showReady();
    void showChecking();
    void showOutcome(const ScanOutcome& outcome, const RedemptionText& text);

    State state() const { return m_state; }
    QString headline() const;
    QString detail() const;
    QString note() const;
    void setResetDelay(std::chrono::milliseconds delay);

    // Background and text colour per state; the test checks their contrast.
    static QColor background(State state);
    static QColor foreground(State state);

signals:
    void stateChanged(buurtmunt::ScanResultPanel::State state);

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void setState(State state);
    void retranslate();
    void paintMark(class QPainter& painter, const QRectF& box) const;

    State m_state = State::Ready;
    QLabel* m_headlineLabel;
    QLabel* m_detailLabel;
    QLabel* m_noteLabel;
    QTimer m_resetTimer;
};

} // namespace buurtmunt
