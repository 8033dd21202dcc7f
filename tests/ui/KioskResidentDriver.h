// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "../core/CoreTestSession.h"
#include "../core/ResidentTestSupport.h"
#include "KioskTestData.h"

#include "core/domain/Clock.h"
#include "core/domain/PassToken.h"
#include "core/net/ApiClient.h"
#include "core/resident/ResidentClaimsModel.h"
#include "core/resident/ResidentSession.h"
#include "core/resident/SessionIdleGuard.h"
#include "core/store/LocalStore.h"
#include "core/store/TaskListModel.h"
#include "core/sync/TaskSync.h"
#include "ui/common/LanguageSwitcher.h"
#include "ui/common/Theme.h"
#include "ui/kiosk/KioskWindow.h"
#include "ui/kiosk/TaskDetailsView.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScroller>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace buurtmunt::test {

// A real kiosk against a real demo server, driven the way a resident does it:
// taps on the real buttons of the real window. Shared by the kiosk's resident
// tests; each step reports what went wrong instead of asserting itself, so the
// test names the step that failed.
class KioskResidentDriver final {
public:
    bool start(QString* error)
    {
        if (!m_server.start(ServerProcess::Options::withDemoData())) {
            *error = m_server.errorString();
            return false;
        }
        auto device = enrolDirectly(m_server, &m_network, QStringLiteral("kiosk"), error);
        if (!device)
            return false;
        m_device = *device;
        m_residents = demoResidents(m_server);
        if (m_residents.size() < 4) {
            *error = QStringLiteral("no demo residents in: ") + m_server.standardOutput();
            return false;
        }
        return true;
    }

    // A fresh kiosk: its own data directory, a first sync of the real tasks,
    // Dutch, on a manual clock for the idle logout.
    bool openKiosk(const QString& dataDir, QString* error)
    {
        closeKiosk();
        m_store = std::make_unique<LocalStore>(dataDir);
        if (const Status opened = m_store->open(); !opened) {
            *error = opened.error().message;
            return false;
        }
        if (const Status saved = m_store->saveEnrolment(kioskEnrolment()); !saved) {
            *error = saved.error().message;
            return false;
        }
        m_api = std::make_unique<ApiClient>(&m_network);
        pinTo(*m_api, m_server);
        m_api->setDeviceCredentials(m_device.deviceId, m_device.secret);
        m_api->setRole(QStringLiteral("kiosk"));
        m_sync = std::make_unique<TaskSync>(m_api.get(), m_store.get());
        m_languages = std::make_unique<LanguageSwitcher>();
        m_languages->setLanguage(QStringLiteral("nl"));
        m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
        m_window = std::make_unique<KioskWindow>(kioskEnrolment(), m_store.get(), m_languages.get());
        m_window->setTaskSync(m_sync.get());
        m_window->enableResidents(m_api.get(), m_clock.get());
        m_window->setSlipFolder(dataDir + QStringLiteral("/slips"));
        m_window->setVoucherSlipFolder(dataDir + QStringLiteral("/slips"));
        m_window->resize(1920, 1080);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get())) {
            *error = QStringLiteral("the kiosk window was not shown");
            return false;
        }
        QSignalSpy synced(m_sync.get(), &TaskSync::syncFinished);
        m_sync->syncNow();
        if (!synced.wait(20000) || m_window->taskModel()->rowCount() == 0) {
            *error = QStringLiteral("the first sync brought no tasks");
            return false;
        }
        return true;
    }

    void closeKiosk()
    {
        m_window.reset();
        m_sync.reset();
        m_api.reset();
        m_store.reset();
        m_languages.reset();
        m_clock.reset();
    }

    template <typename T> T* find(const QString& name) const
    {
        return m_window ? m_window->findChild<T*>(name) : nullptr;
    }

    bool click(const QString& buttonName, QString* error)
    {
        auto* button = find<QAbstractButton>(buttonName);
        if (!button || !button->isVisible() || !button->isEnabled()) {
            *error = QStringLiteral("button %1 is %2").arg(buttonName,
                button ? (button->isVisible() ? QStringLiteral("disabled") : QStringLiteral("hidden"))
                       : QStringLiteral("missing"));
            return false;
        }
        QTest::mouseClick(button, Qt::LeftButton);
        return true;
    }

    // Log in through the header button, the typed pass number and the PIN pad.
    bool typePassAndPin(const QString& pass, const QString& pin, QString* error)
    {
        if (!click(QStringLiteral("loginButton"), error))
            return false;
        auto* passEdit = find<QLineEdit>(QStringLiteral("passEdit"));
        if (!passEdit) {
            *error = QStringLiteral("no pass field");
            return false;
        }
        QTest::keyClicks(passEdit, pass);
        if (!click(QStringLiteral("passNextButton"), error))
            return false;
        if (!QTest::qWaitFor([&] { return find<QWidget>(QStringLiteral("pinPadPage")) != nullptr; }, 2000)) {
            *error = QStringLiteral("no PIN pad after the pass; message: ") + text(QStringLiteral("passError"));
            return false;
        }
        for (const QChar digit : pin) {
            if (!click(QStringLiteral("pinDigit") + digit, error))
                return false;
        }
        return click(QStringLiteral("pinOkButton"), error);
    }

    bool logIn(const QString& name, QString* error)
    {
        const auto [pass, pin] = m_residents.value(name);
        if (!typePassAndPin(pass, pin, error))
            return false;
        ResidentSession* session = m_window->residentSession();
        if (!QTest::qWaitFor([&] { return session->isLoggedIn() && session->earnings().isValid() && !session->isBusy(); },
                             20000)) {
            *error = QStringLiteral("not logged in; PIN pad says: ") + text(QStringLiteral("pinMessage"));
            return false;
        }
        return true;
    }

    bool selectTask(qint64 taskId, QString* error)
    {
        QListView* list = m_window->taskList();
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            if (index.data(TaskListModel::TaskIdRole).toLongLong() != taskId)
                continue;
            // The list lays its rows out lazily after the page switch; tap once
            // the row is really on screen.
            list->scrollTo(index);
            if (!QTest::qWaitFor([&] {
                    list->scrollTo(index);
                    return list->viewport()->rect().contains(list->visualRect(index).center());
                }, 2000)) {
                *error = QStringLiteral("task %1 never came into view").arg(taskId);
                return false;
            }
            tapRow(list, index);
            if (list->currentIndex() != index)
                *error = QStringLiteral("tapping task %1 did not select it").arg(taskId);
            return list->currentIndex() == index;
        }
        *error = QStringLiteral("task %1 is not listed").arg(taskId);
        return false;
    }

    // A tap on a row of a list that scrolls by touch. QScroller's flick
    // gesture judges a press by its timestamp, and QTest's synthetic clock
    // runs far ahead after the PIN pad's many taps, so the gesture may swallow
    // the tap; then the row is chosen as the tap would have chosen it.
    static void tapRow(QAbstractItemView* list, const QModelIndex& index)
    {
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
        if (!QTest::qWaitFor([&] { return list->currentIndex() == index; }, 700))
            list->setCurrentIndex(index);
    }

    // Details → "Claim this task" → confirmation page.
    bool openClaim(qint64 taskId, QString* error)
    {
        if (!selectTask(taskId, error))
            return false;
        const QModelIndex current = m_window->taskList()->currentIndex();
        if (current.data(TaskListModel::TaskIdRole).toLongLong() != taskId) {
            *error = QStringLiteral("tapping task %1 selected task %2")
                         .arg(taskId).arg(current.data(TaskListModel::TaskIdRole).toLongLong());
            return false;
        }
        if (!click(QStringLiteral("claimTaskButton"), error)) {
            *error += QStringLiteral(" (details show \"%1\", %2 places left, logged in: %3)")
                          .arg(text(QStringLiteral("detailsTitle")))
                          .arg(current.data(TaskListModel::SlotsLeftRole).toInt())
                          .arg(m_window->residentSession()->isLoggedIn());
            return false;
        }
        return waitForPage(QStringLiteral("claimConfirmPage"), error);
    }

    bool claim(qint64 taskId, QString* error)
    {
        if (!openClaim(taskId, error) || !click(QStringLiteral("confirmClaimButton"), error))
            return false;
        if (!waitForPage(QStringLiteral("claimedPage"), error)) {
            *error += QStringLiteral("; confirmation says: ") + text(QStringLiteral("confirmMessage"));
            return false;
        }
        return true;
    }

    bool waitForPage(const QString& name, QString* error, int timeoutMs = 20000)
    {
        const bool shown = QTest::qWaitFor([&] {
            QWidget* current = m_window->pages()->currentWidget();
            return current && current->objectName() == name;
        }, timeoutMs);
        if (!shown) {
            QWidget* current = m_window->pages()->currentWidget();
            *error = QStringLiteral("page %1 did not appear (showing %2)")
                         .arg(name, current ? current->objectName() : QStringLiteral("nothing"));
        }
        return shown;
    }

    // My tasks → select the first claim that can still be marked done →
    // "I have done this" → a preset note → Send.
    bool markFirstOpenClaimDone(QString* error)
    {
        if (!click(QStringLiteral("myTasksButton"), error) || !waitForPage(QStringLiteral("myTasksPage"), error))
            return false;
        auto* list = find<QListView>(QStringLiteral("claimsList"));
        ResidentClaimsModel* model = m_window->residentSession()->claimsModel();
        ResidentSession* session = m_window->residentSession();
        if (!QTest::qWaitFor([&] { return model->rowCount() > 0 && !session->isBusy(); }, 20000)) {
            *error = QStringLiteral("My tasks stays empty");
            return false;
        }
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            if (!index.data(ResidentClaimsModel::CanSubmitRole).toBool())
                continue;
            tapRow(list, index);
            const qint64 id = index.data(ResidentClaimsModel::ClaimIdRole).toLongLong();
            if (!click(QStringLiteral("doneButton"), error) || !click(QStringLiteral("notePreset0"), error)
                || !click(QStringLiteral("sendDoneButton"), error))
                return false;
            const bool submitted = QTest::qWaitFor([&] {
                const int r = model->rowOf(ClaimId(id));
                return r >= 0 && model->index(r).data(ResidentClaimsModel::StatusRole).toString()
                    == QStringLiteral("submitted");
            }, 20000);
            if (!submitted)
                *error = QStringLiteral("claim not submitted; page says: ") + text(QStringLiteral("myTasksMessage"));
            return submitted;
        }
        *error = QStringLiteral("no open claim in My tasks");
        return false;
    }

    QString text(const QString& labelName) const
    {
        auto* label = find<QLabel>(labelName);
        return label ? label->text() : QString();
    }

    ServerProcess& server() { return m_server; }
    QNetworkAccessManager* network() { return &m_network; }
    KioskWindow* window() const { return m_window.get(); }
    LocalStore* store() const { return m_store.get(); }
    ManualClock* clock() const { return m_clock.get(); }
    LanguageSwitcher* languages() const { return m_languages.get(); }
    QPair<QString, QString> resident(const QString& name) const { return m_residents.value(name); }

private:
    ServerProcess m_server;
    QNetworkAccessManager m_network;
    EnrolledDevice m_device;
    QHash<QString, QPair<QString, QString>> m_residents;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<TaskSync> m_sync;
    std::unique_ptr<LanguageSwitcher> m_languages;
    std::unique_ptr<KioskWindow> m_window;
};

} // namespace buurtmunt::test
