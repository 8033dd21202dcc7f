// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "StaffWindow.h"

#include "ResidentsView.h"
#include "ReviewQueueView.h"
#include "StaffLoginPage.h"
#include "StaffLook.h"
#include "StaffTasksView.h"
#include "core/staff/ReviewQueueModel.h"
#include "core/staff/StaffSession.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QPainter>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace buurtmunt {

StaffWindow::StaffWindow(const Enrolment& enrolment, ApiClient* api, LanguageSwitcher* switcher, QWidget* parent)
    : QMainWindow(parent)
    , m_enrolment(enrolment)
    , m_switcher(switcher)
    , m_session(new StaffSession(api, this))
    , m_stack(new QStackedWidget(this))
    , m_loginPage(new StaffLoginPage(tr("%1 staff desk").arg(enrolment.municipalityName.isEmpty()
                                                                  ? tr("Buurtmunt")
                                                                  : enrolment.municipalityName),
                                     this))
    , m_deskPage(new QWidget(this))
    , m_tabs(new QTabWidget(m_deskPage))
    , m_staffLabel(new QLabel(this))
    , m_logoutButton(new QPushButton(tr("Log &out"), this))
{
    setObjectName(u"staffWindow"_s);
    setWindowTitle(tr("Buurtmunt staff desk – %1").arg(enrolment.deviceName));
    StaffLook::apply(this);

    m_tabs->setObjectName(u"staffTabs"_s);
    m_tabs->setAccessibleName(tr("Staff desk sections"));
    auto* deskLayout = new QVBoxLayout(m_deskPage);
    deskLayout->addWidget(m_tabs);
    m_stack->addWidget(m_loginPage);
    m_stack->addWidget(m_deskPage);
    setCentralWidget(m_stack);

    m_staffLabel->setObjectName(u"staffLabel"_s);
    m_logoutButton->setObjectName(u"logoutButton"_s);
    m_logoutButton->setAccessibleName(tr("Log out"));
    statusBar()->addPermanentWidget(m_staffLabel);
    statusBar()->addPermanentWidget(m_logoutButton);
    m_logoutButton->setVisible(false);

    connect(m_loginPage, &StaffLoginPage::loginRequested, this, [this](const QString& user, const QString& password) {
        m_loginPage->setBusy(true);
        m_session->login(user, password);
    });
    connect(m_session, &StaffSession::loggedIn, this, &StaffWindow::onLoggedIn);
    connect(m_session, &StaffSession::loginFailed, this, [this](const Error& error) {
        m_loginPage->setBusy(false);
        m_loginPage->showMessage(error.message, true);
    });
    connect(m_session, &StaffSession::loggedOut, this,
            [this](StaffSession::LogoutReason reason, const QString& message) { onLoggedOut(int(reason), message); });
    connect(m_logoutButton, &QPushButton::clicked, m_session, &StaffSession::logout);

    // Every key press and click in this window counts as activity.
    qApp->installEventFilter(this);
    m_loginPage->reset();
}

StaffWindow::~StaffWindow()
{
    qApp->removeEventFilter(this);
}

bool StaffWindow::isDeskOpen() const
{
    return m_stack->currentWidget() == m_deskPage;
}

bool StaffWindow::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if ((type == QEvent::KeyPress || type == QEvent::MouseButtonPress || type == QEvent::Wheel)
        && m_session->isLoggedIn() && watched->isWidgetType()) {
        const QWidget* target = static_cast<QWidget*>(watched)->window();
        if (target == this || (target && target->parentWidget() && target->parentWidget()->window() == this))
            m_session->noteActivity();
    }
    return QMainWindow::eventFilter(watched, event);
}

void StaffWindow::onLoggedIn()
{
    m_loginPage->setBusy(false);
    m_loginPage->reset();
    QStringList roleNames;
    for (const QString& role : m_session->roles()) {
        if (role == u"coordinator")
            roleNames << tr("coordinator");
        else if (role == u"approver")
            roleNames << tr("approver");
        else if (role == u"finance")
            roleNames << tr("finance");
        else if (role == u"admin")
            roleNames << tr("admin");
    }
    m_staffLabel->setText(tr("Logged in as %1 (%2)").arg(m_session->displayName(), roleNames.join(u", "_s)));
    m_staffLabel->setAccessibleName(m_staffLabel->text());
    m_logoutButton->setVisible(true);
    openDeskTabs();
    m_stack->setCurrentWidget(m_deskPage);
}

void StaffWindow::openDeskTabs()
{
    closeDesk();
    if (m_session->hasRole(u"coordinator"_s)) {
        m_tasksView = new StaffTasksView(m_session, m_tabs);
        m_tabs->addTab(m_tasksView, tr("&Tasks"));
        m_tasksView->reload();
    }
    if (m_session->hasRole(u"approver"_s)) {
        m_reviewView = new ReviewQueueView(m_session, CoinText(m_enrolment.coinName, m_enrolment.coinNamePlural), m_tabs);
        m_tabs->addTab(m_reviewView, tr("Re&view"));
        m_reviewView->reload();
    }
    if (m_session->hasRole(u"admin"_s)) {
        m_residentsView = new ResidentsView(m_session, m_enrolment, m_tabs);
        m_tabs->addTab(m_residentsView, tr("Re&sidents"));
        m_residentsView->search();
    }
    if (m_session->hasRole(u"finance"_s) || m_session->hasRole(u"admin"_s)) {
        m_conflictsView = new VoucherConflictsView(m_session, CoinText(m_enrolment.coinName, m_enrolment.coinNamePlural),
                                                   m_tabs);
        m_tabs->addTab(m_conflictsView, tr("Offline &conflicts"));
        m_conflictsView->reload();
    }
    if (m_session->hasRole(u"finance"_s)) {
        m_settlementView = new SettlementView(m_session, m_enrolment, m_tabs);
        m_tabs->addTab(m_settlementView, tr("Se&ttlement"));
        m_settlementView->reload();
    }
    if (m_session->hasRole(u"admin"_s)) {
        m_shopsView = new ShopsView(m_session, m_tabs);
        m_tabs->addTab(m_shopsView, tr("S&hops"));
        m_shopsView->reload();
    }
    if (m_session->hasRole(u"finance"_s) || m_session->hasRole(u"admin"_s) || m_session->hasRole(u"coordinator"_s)) {
        m_dashboardView = new DashboardView(m_session, CoinText(m_enrolment.coinName, m_enrolment.coinNamePlural), m_tabs);
        m_dashboardView->setMunicipalityName(m_enrolment.municipalityName);
        m_tabs->addTab(m_dashboardView, tr("&Dashboard"));
        m_dashboardView->reload();
    }
    if (m_session->hasRole(u"admin"_s)) {
        m_devicesView = new DevicesView(m_session, m_enrolment.deviceId.value(), m_tabs);
        m_tabs->addTab(m_devicesView, tr("Dev&ices"));
        m_devicesView->reload();
        m_auditLogView = new AuditLogView(m_session, m_tabs);
        m_tabs->addTab(m_auditLogView, tr("&Audit log"));
        m_auditLogView->search();
    }
    if (m_tabs->count() == 0) {
        auto* none = new QLabel(tr("Your account has no role that this desk serves yet (tasks, review or residents). "
                                   "Ask an administrator."),
                                m_tabs);
        none->setWordWrap(true);
        none->setAlignment(Qt::AlignCenter);
        m_tabs->addTab(none, tr("Nothing to do"));
    }
}

void StaffWindow::closeDesk()
{
    // Views hold personal data (residents, notes); none of it outlives the session.
    while (m_tabs->count() > 0) {
        QWidget* page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
}

void StaffWindow::onLoggedOut(int reason, const QString& message)
{
    closeDesk();
    m_staffLabel->clear();
    m_logoutButton->setVisible(false);
    m_stack->setCurrentWidget(m_loginPage);
    m_loginPage->reset();
    if (reason == int(StaffSession::LogoutReason::ByUser))
        m_loginPage->showMessage(tr("You are logged out."), false);
    else
        m_loginPage->showMessage(message, true);
}

QPixmap StaffWindow::grabWithDialogs()
{
    QPixmap shot = grab();
    QPainter painter(&shot);
    const QList<QDialog*> dialogs = findChildren<QDialog*>();
    for (QDialog* dialog : dialogs) {
        if (!dialog->isVisible())
            continue;
        // No window manager draws a frame into a grab; a thin one shows where the dialog ends.
        const QPoint at = dialog->geometry().topLeft() - geometry().topLeft();
        painter.drawPixmap(at, dialog->grab());
        painter.setPen(QPen(palette().color(QPalette::WindowText), 2));
        painter.drawRect(QRect(at, dialog->size()).adjusted(-1, -1, 0, 0));
    }
    return shot;
}

void StaffWindow::takeScreenshot(const QString& path)
{
    const QString view = qEnvironmentVariable("BUURTMUNT_SCREENSHOT_STAFF_VIEW", u"tasks"_s);
    const QString login = qEnvironmentVariable("BUURTMUNT_SCREENSHOT_STAFF_LOGIN");
    const auto save = [this, path] {
        // Let tables and dialogs lay out and paint with their data first.
        QTimer::singleShot(600, this, [this, path] {
            const bool saved = grabWithDialogs().save(path);
            if (!saved)
                qCritical("Could not save the screenshot to %s", qPrintable(path));
            emit screenshotSaved(saved);
        });
    };
    const qsizetype colon = login.indexOf(u':');
    if (colon <= 0) {
        save();  // no account given: the login screen is the picture
        return;
    }
    connect(m_session, &StaffSession::loginFailed, this, [this](const Error& error) {
        qCritical("Screenshot login failed: %s", qPrintable(error.message));
        emit screenshotSaved(false);
    }, Qt::SingleShotConnection);
    connect(m_session, &StaffSession::loggedIn, this, [this, view, save] {
        if ((view == u"tasks" || view == u"editor") && m_tasksView) {
            m_tabs->setCurrentWidget(m_tasksView);
            connect(m_tasksView, &StaffTasksView::reloaded, this, [this, view, save] {
                if (view == u"editor") {
                    m_tasksView->table()->selectRow(0);
                    m_tasksView->openEditor();
                }
                save();
            }, Qt::SingleShotConnection);
        } else if (view == u"review" && m_reviewView) {
            m_tabs->setCurrentWidget(m_reviewView);
            connect(m_reviewView, &ReviewQueueView::reloaded, this, [this, save] {
                m_reviewView->table()->selectRow(0);
                // Two ticked for a batch, as an approver would before approving them.
                const QList<ReviewItem>& items = m_reviewView->model()->items();
                for (qsizetype i = 1; i < items.size() && i < 3; ++i)
                    m_reviewView->model()->setChecked(items.at(i).claimId, true);
                save();
            }, Qt::SingleShotConnection);
        } else if (view == u"residents" && m_residentsView) {
            m_tabs->setCurrentWidget(m_residentsView);
            connect(m_residentsView, &ResidentsView::searched, this, [this, save] {
                connect(m_residentsView, &ResidentsView::detailsShown, this, save, Qt::SingleShotConnection);
                m_residentsView->table()->selectRow(0);
            }, Qt::SingleShotConnection);
        } else {
            save();
        }
    }, Qt::SingleShotConnection);
    m_session->login(login.left(colon), login.mid(colon + 1));
}

} // namespace buurtmunt
