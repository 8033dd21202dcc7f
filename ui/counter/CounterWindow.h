// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/counter/ScanOutcome.h"
#include "ui/common/CoinText.h"

#include <QMainWindow>
#include <QTimer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace buurtmunt {

class CameraView;
class CounterSession;
class CounterSounds;
class LanguageSwitcher;
class ScanResultPanel;
class WedgeScanner;
struct Error;

// The shop's counter desk: a voucher is read by the webcam, by a
// keyboard-wedge scanner on any screen, or typed; the answer fills a large
// result panel with colour, words and a sound. Below it the shop sees
// today's redemptions and its payouts; the header says which shop this is,
// what its account holds, and whether the server is reachable.
class CounterWindow final : public QMainWindow {
    Q_OBJECT
public:
    // Takes the session over (parents it) unless it already has a parent.
    CounterWindow(CounterSession* session, LanguageSwitcher* switcher, QWidget* parent = nullptr);
    ~CounterWindow() override;

    CounterSession* session() const { return m_session; }
    ScanResultPanel* resultPanel() const { return m_resultPanel; }
    WedgeScanner* wedgeScanner() const { return m_scanner; }
    CounterSounds* sounds() const { return m_sounds; }
    CameraView* cameraView() const { return m_camera; }

    // Starts the camera (or says there is none) and the session.
    void start();

protected:
    void changeEvent(QEvent* event) override;

private:
    void submitTyped();
    void onOutcome(const ScanOutcome& outcome);
    void onQueuedRefused(const ScanOutcome& outcome);
    void onCameraUnavailable(const QString& reason);
    void onRefreshFailed(const Error& error);
    void updateHeader();
    void updateConnection();
    void retranslate();
    CoinText coins() const;

    CounterSession* m_session;
    LanguageSwitcher* m_switcher;
    WedgeScanner* m_scanner;
    CounterSounds* m_sounds;
    CameraView* m_camera;
    QLabel* m_shopLabel;
    QLabel* m_balanceLabel;
    QLabel* m_connectionLabel;
    QLabel* m_queueLabel;
    QLabel* m_problemLabel;
    QLabel* m_noCameraLabel;
    QLabel* m_codeLabel;
    QLineEdit* m_codeEdit;
    QPushButton* m_checkButton;
    ScanResultPanel* m_resultPanel;
    QTabWidget* m_tabs;
    QTableView* m_todayView;
    QTableView* m_payoutView;
    QLabel* m_todaySummaryLabel;
    QLabel* m_pendingLabel;
    QTimer m_refreshTimer;
    QString m_cameraReason;
};

} // namespace buurtmunt
