// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "DesktopLauncher.h"

#include "DeskStatusWindow.h"
#include "EnrolmentWizard.h"
#include "LanguageSwitcher.h"
#include "SyncStatusLabel.h"
#include "core/counter/CounterSession.h"
#include "core/net/ApiClient.h"
#include "core/secrets/SecretStore.h"
#include "core/store/ClientPaths.h"
#include "core/store/LocalStore.h"
#include "core/sync/TaskSync.h"
#include "ui/counter/CounterWindow.h"
#include "ui/kiosk/KioskWindow.h"
#include "ReadAloud.h"
#include "ui/staff/StaffWindow.h"

#include <QApplication>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QScreen>
#include <QTimer>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace buurtmunt {

DesktopLauncher::DesktopLauncher(Options options, LanguageSwitcher* switcher, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_switcher(switcher)
    , m_network(new QNetworkAccessManager(this))
{
    if (m_options.profile.isEmpty())
        m_options.profile = ClientPaths::defaultProfile();
}

DesktopLauncher::~DesktopLauncher()
{
    // Windows and the sync use the store; they go before it does.
    if (m_window) {
        disconnect(m_window, nullptr, this, nullptr);
        delete m_window.data();
    }
    delete m_sync;
    m_sync = nullptr;
}

void DesktopLauncher::start()
{
    const auto dataDir = ClientPaths::ensureDataDir(m_options.profile, m_options.dataDir);
    if (!dataDir.ok()) {
        fatal(tr("Buurtmunt cannot start"), dataDir.error().message);
        return;
    }
    m_store = std::make_unique<LocalStore>(dataDir.value());
    if (const Status opened = m_store->open(); !opened.ok()) {
        fatal(tr("Buurtmunt cannot start"), opened.error().message);
        return;
    }
    m_secrets = new SecretStore(m_options.profile, this);
    const auto enrolment = m_store->enrolment();
    if (!enrolment.ok()) {
        fatal(tr("Buurtmunt cannot start"), enrolment.error().message);
        return;
    }
    if (!enrolment.value()) {
        showWizard(m_network);
        return;
    }
    unlockAndOpen(*enrolment.value());
}

void DesktopLauncher::showWizard(QNetworkAccessManager* network)
{
    auto* wizard = new EnrolmentWizard(network, m_store.get(), m_secrets);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_window = wizard;
    connect(wizard, &QDialog::finished, this, [this, wizard](int result) {
        const auto enrolment = wizard->enrolment();
        if (result == QDialog::Accepted && enrolment)
            unlockAndOpen(*enrolment);
        else
            emit finished(0);  // the operator cancelled: nothing to report
    });
    wizard->show();
}

void DesktopLauncher::unlockAndOpen(const Enrolment& enrolment)
{
    m_secrets->read(SecretStore::deviceSecretKey(), [this, enrolment](const Result<QString>& secret) {
        if (!secret.ok()) {
            // No plaintext fallback: without the keychain this device cannot
            // prove who it is, and the operator must fix that first.
            fatal(tr("The keychain is not available"), secret.error().message);
            return;
        }
        if (secret->isEmpty()) {
            fatal(tr("The device secret is missing"),
                  tr("This device is enrolled, but its secret is not in the keychain of this user. Enrol the device again with a new code from staff."));
            return;
        }
        openDesk(enrolment, secret.value());
    });
}

void DesktopLauncher::openDesk(const Enrolment& enrolment, const QString& secret)
{
    m_api = new ApiClient(m_network, this);
    m_api->setBaseUrl(enrolment.serverUrl);
    m_api->setPinnedFingerprint(enrolment.fingerprint);
    m_api->setDeviceCredentials(enrolment.deviceId.value(), secret);
    m_api->setRole(enrolment.role);
    m_sync = new TaskSync(m_api, m_store.get(), this);

    QWidget* window = nullptr;
    if (enrolment.role == u"kiosk") {
        auto* kiosk = new KioskWindow(enrolment, m_store.get(), m_switcher);
        kiosk->setTaskSync(m_sync);
        kiosk->enableResidents(m_api);
        if (m_options.readAloudEngine != u"off")
            kiosk->setReadAloud(new ReadAloud(m_options.readAloudEngine, kiosk));
        window = kiosk;
    } else if (enrolment.role == u"staff") {
        auto* staff = new StaffWindow(enrolment, m_api, m_switcher);
        if (!m_options.screenshotPath.isEmpty()) {
            // The staff desk shows nothing before a login; it logs in and
            // saves the view named in the environment itself.
            connect(staff, &StaffWindow::screenshotSaved, this, [this](bool saved) {
                m_screenshotTaken = true;
                emit finished(saved ? 0 : 1);
            });
            QTimer::singleShot(0, staff, [staff, path = m_options.screenshotPath] { staff->takeScreenshot(path); });
        }
        window = staff;
    } else if (enrolment.role == u"counter") {
        auto* counter = new CounterWindow(new CounterSession(m_api, m_store.get(), enrolment), m_switcher);
        // The counter's first reads stand in for the task sync's first round
        // when a screenshot is asked for.
        if (!m_options.screenshotPath.isEmpty())
            connect(counter->session(), &CounterSession::refreshed, this,
                    [this] { QTimer::singleShot(500, this, &DesktopLauncher::saveScreenshot); });
        QTimer::singleShot(0, counter, &CounterWindow::start);
        window = counter;
    } else {
        auto* desk = new DeskStatusWindow(enrolment, m_switcher);
        SyncStatusLabel* status = desk->syncStatus();
        if (const auto state = m_store->syncState(); state.ok())
            status->setLastSuccess(state->lastSuccess);
        connect(m_sync, &TaskSync::syncStarted, status, &SyncStatusLabel::showSyncing);
        connect(m_sync, &TaskSync::syncFinished, status, &SyncStatusLabel::showSucceeded);
        connect(m_sync, &TaskSync::syncFailed, status, &SyncStatusLabel::showFailed);
        window = desk;
    }
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &QObject::destroyed, this, [this] {
        if (!m_screenshotTaken || m_options.screenshotPath.isEmpty())
            emit finished(0);
    });
    m_window = window;

    if (!m_options.screenshotPath.isEmpty() && enrolment.role != u"staff") {
        const auto shoot = [this] {
            // Let the list and the status line repaint with the new data first.
            QTimer::singleShot(500, this, &DesktopLauncher::saveScreenshot);
        };
        connect(m_sync, &TaskSync::syncFinished, this, shoot, Qt::SingleShotConnection);
        connect(m_sync, &TaskSync::syncFailed, this, shoot, Qt::SingleShotConnection);
    }
    if (m_options.windowed) {
        window->resize(1600, 1000);
        window->show();
    } else if (enrolment.role == u"staff") {
        // An office desktop: a normal window, as large as the screen allows.
        if (const QScreen* screen = QGuiApplication::primaryScreen())
            window->setGeometry(screen->availableGeometry());
        window->showMaximized();
    } else {
        // Without a window manager (a bare X server, some kiosk sessions)
        // nobody honours the full-screen request; cover the screen ourselves.
        if (const QScreen* screen = QGuiApplication::primaryScreen())
            window->setGeometry(screen->geometry());
        window->showFullScreen();
    }
    m_sync->start(m_options.syncInterval);
}

void DesktopLauncher::saveScreenshot()
{
    if (m_screenshotTaken || !m_window)
        return;
    m_screenshotTaken = true;
    const bool saved = m_window->grab().save(m_options.screenshotPath);
    if (!saved)
        qCritical("Could not save the screenshot to %s", qPrintable(m_options.screenshotPath));
    emit finished(saved ? 0 : 1);
}

void DesktopLauncher::fatal(const QString& title, const QString& message)
{
    qCritical("%s: %s", qPrintable(title), qPrintable(message));
    if (m_options.screenshotPath.isEmpty()) {
        QMessageBox box(QMessageBox::Critical, title, message, QMessageBox::Close);
        box.setObjectName(u"fatalErrorDialog"_s);
        box.exec();
    }
    emit finished(1);
}

} // namespace buurtmunt
