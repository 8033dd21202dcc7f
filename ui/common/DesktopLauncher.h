// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "core/store/Enrolment.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <chrono>
#include <memory>

class QNetworkAccessManager;

namespace buurtmunt {

class ApiClient;
class LanguageSwitcher;
class LocalStore;
class SecretStore;
class TaskSync;
struct Error;

// Takes the desktop app from start to an open desk: enrolment wizard when
// the profile is not enrolled, the device secret from the keychain, then the
// kiosk (or the status window of a desk not built yet) with its task sync.
// Errors a person must act on end in a dialog and an exit code, never in a
// half-working window.
class DesktopLauncher final : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString profile;
        QString dataDir;           // overrides the profile's directory
        bool windowed = false;     // development: no full screen
        QString screenshotPath;    // save the desk after the first sync, then quit
        std::chrono::milliseconds syncInterval{60000};
        // The kiosk's read-aloud engine: empty picks one, "off" offers none.
        QString readAloudEngine;
    };

    DesktopLauncher(Options options, LanguageSwitcher* switcher, QObject* parent = nullptr);
    ~DesktopLauncher() override;

    void start();
    QWidget* window() const { return m_window; }

signals:
    // The app should end with this code (0: the person closed it normally).
    void finished(int exitCode);

private:
    void showWizard(QNetworkAccessManager* network);
    void unlockAndOpen(const Enrolment& enrolment);
    void openDesk(const Enrolment& enrolment, const QString& secret);
    void fatal(const QString& title, const QString& message);
    void saveScreenshot();

    Options m_options;
    LanguageSwitcher* m_switcher;
    QNetworkAccessManager* m_network;
    std::unique_ptr<LocalStore> m_store;
    SecretStore* m_secrets = nullptr;
    ApiClient* m_api = nullptr;
    TaskSync* m_sync = nullptr;
    QPointer<QWidget> m_window;
    bool m_screenshotTaken = false;
};

} // namespace buurtmunt
