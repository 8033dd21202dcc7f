// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "KioskResidentDriver.h"

#include "core/resident/Earnings.h"
#include "core/resident/ResidentClaimsModel.h"
#include "core/staff/ReviewQueueModel.h"
#include "core/staff/StaffSession.h"
#include "core/staff/StaffTaskModel.h"
#include "core/store/Enrolment.h"
#include "ui/staff/ReviewQueueView.h"
#include "ui/staff/StaffLoginPage.h"
#include "ui/staff/StaffTasksView.h"
#include "ui/staff/StaffWindow.h"
#include "ui/staff/TaskEditorDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTextBrowser>
#include <QTabWidget>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace buurtmunt;

// Earning, the whole way round, with both real desks on one real server:
// a coordinator publishes a task at the staff desk, the kiosk shows it after
// one sync, a resident claims it and marks it done at the kiosk, an approver
// approves it at the staff desk, and the resident sees the reward at the
// kiosk. The ledger and the audit chain must still check out afterwards.
class TestEarnEndToEnd : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void taskFromPublicationToReward();

private:
    void staffLogIn();
    qint64 staffPublishesTask();
    void staffApproves(qint64 claimId);

    test::KioskResidentDriver m_kiosk;
    QTemporaryDir m_dir;
    std::unique_ptr<ApiClient> m_staffApi;
    std::unique_ptr<StaffWindow> m_staff;
    QString m_title = u"Hek van de moestuin Molenberg schilderen"_s;
    static constexpr qint64 rewardCents = 1250;
};

void TestEarnEndToEnd::initTestCase()
{
    QString error;
    QVERIFY2(m_kiosk.start(&error), qPrintable(error));
    QVERIFY2(m_kiosk.openKiosk(m_dir.filePath(u"kiosk"_s), &error), qPrintable(error));

    auto device = test::enrolDirectly(m_kiosk.server(), m_kiosk.network(), u"staff"_s, &error);
    QVERIFY2(device, qPrintable(error));
    auto enrolment = Enrolment::fromEnrolResponse(device->answer, m_kiosk.server().url(), m_kiosk.server().fingerprint());
    QVERIFY2(enrolment, qPrintable(enrolment.ok() ? QString() : enrolment.error().message));
    m_staffApi = std::make_unique<ApiClient>(m_kiosk.network());
    test::pinTo(*m_staffApi, m_kiosk.server());
    m_staffApi->setDeviceCredentials(device->deviceId, device->secret);
    m_staffApi->setRole(u"staff"_s);
    m_staff = std::make_unique<StaffWindow>(enrolment.value(), m_staffApi.get(), m_kiosk.languages());
    m_staff->resize(1600, 1000);
    m_staff->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_staff.get()));
}

void TestEarnEndToEnd::cleanupTestCase()
{
    m_staff.reset();
    m_staffApi.reset();
    m_kiosk.closeKiosk();
}

void TestEarnEndToEnd::staffLogIn()
{
    StaffLoginPage* page = m_staff->loginPage();
    QTest::keyClicks(page->usernameEdit(), u"demo"_s);
    QTest::keyClicks(page->passwordEdit(), u"heitje-demo"_s);
    QTest::mouseClick(page->loginButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_staff->isDeskOpen(), 20000);
}

qint64 TestEarnEndToEnd::staffPublishesTask()
{
    StaffTasksView* view = m_staff->tasksView();
    m_staff->tabs()->setCurrentWidget(view);
    QTest::mouseClick(view->findChild<QPushButton*>(u"newTaskButton"_s), Qt::LeftButton);
    if (!QTest::qWaitFor([view] { return view->editor() && view->editor()->isVisible(); }, 5000))
        return 0;
    TaskEditorDialog* editor = view->editor();
    QTest::keyClicks(editor->findChild<QLineEdit*>(u"titleEdit"_s), m_title);
    QTest::keyClicks(editor->findChild<QPlainTextEdit*>(u"descriptionEdit"_s),
                     u"Het houten hek langs de moestuin schuren en in de groene verf zetten."_s);
    auto* category = editor->findChild<QComboBox*>(u"categoryEdit"_s);
    category->setCurrentIndex(category->findData(u"painting"_s));
    editor->findChild<QComboBox*>(u"neighbourhoodEdit"_s)->setCurrentText(u"Molenberg"_s);
    QTest::keyClicks(editor->findChild<QLineEdit*>(u"addressEdit"_s), u"Molenbergpark 2, Heerlen"_s);
    QTest::keyClicks(editor->findChild<QLineEdit*>(u"rewardCentsEdit"_s), u"12,50"_s);  // the kiosk driver runs in Dutch
    editor->findChild<QSpinBox*>(u"estimatedMinutesEdit"_s)->setValue(150);
    editor->findChild<QSpinBox*>(u"capacityEdit"_s)->setValue(2);
    const QDate today = QDate::currentDate();
    editor->findChild<QDateEdit*>(u"windowStartEdit"_s)->setDate(today);
    editor->findChild<QDateEdit*>(u"windowEndEdit"_s)->setDate(today.addDays(14));
    QTest::keyClicks(editor->findChild<QPlainTextEdit*>(u"safetyNotesEdit"_s), u"Verf niet op de planten morsen."_s);
    editor->findChild<QCheckBox*>(u"toolboxNeededEdit"_s)->setChecked(true);
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([view] { return !view->editor(); }, 20000)) {
        for (const QLabel* label : editor->findChildren<QLabel*>()) {
            if (label->isVisible() && label->objectName().endsWith(u"Error"_s))
                qWarning("the editor says %s: %s", qPrintable(label->objectName()), qPrintable(label->text()));
        }
        return 0;
    }
    const auto created = view->selectedTask();
    if (!created || created->title != m_title)
        return 0;
    QTest::mouseClick(view->findChild<QPushButton*>(u"publishTaskButton"_s), Qt::LeftButton);
    const TaskId id = created->id;
    const bool published = QTest::qWaitFor([view, id] {
        const int row = view->model()->rowOf(id);
        return row >= 0 && view->model()->index(row, StaffTaskModel::StatusColumn).data().toString() == u"Published"_s;
    }, 20000);
    return published ? id.value() : 0;
}

void TestEarnEndToEnd::staffApproves(qint64 claimId)
{
    ReviewQueueView* view = m_staff->reviewView();
    m_staff->tabs()->setCurrentWidget(view);
    QTest::mouseClick(view->findChild<QPushButton*>(u"reloadQueueButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowOf(ClaimId(claimId)) >= 0, 20000);
    QVERIFY(view->selectClaim(ClaimId(claimId)));
    QVERIFY(view->detailsView()->toPlainText().contains(m_title));
    QTest::mouseClick(view->findChild<QPushButton*>(u"approveButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowOf(ClaimId(claimId)) < 0, 20000);
}

void TestEarnEndToEnd::taskFromPublicationToReward()
{
    QString error;
    KioskWindow* kiosk = m_kiosk.window();

    // Staff publish; the kiosk does not know the task yet.
    staffLogIn();
    const qint64 taskId = staffPublishesTask();
    QVERIFY2(taskId > 0, "the coordinator could not create and publish the task");
    const auto listed = [kiosk, taskId] {
        for (int row = 0; row < kiosk->taskModel()->rowCount(); ++row) {
            if (kiosk->taskModel()->index(row, 0).data(TaskListModel::TaskIdRole).toLongLong() == taskId)
                return true;
        }
        return false;
    };
    QVERIFY(!listed());

    // One sync, started the way a resident would: the refresh button.
    QVERIFY2(m_kiosk.click(u"refreshButton"_s, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(listed(), 20000);

    // The resident logs in, claims it, and later marks it done.
    const QString resident = u"Joep Vliegen"_s;
    QVERIFY2(m_kiosk.logIn(resident, &error), qPrintable(error));
    ResidentSession* session = kiosk->residentSession();
    const qint64 balanceBefore = session->earnings().balanceCents;
    QVERIFY2(m_kiosk.claim(taskId, &error), qPrintable(error));
    QVERIFY2(m_kiosk.markFirstOpenClaimDone(&error), qPrintable(error));
    ResidentClaimsModel* claims = session->claimsModel();
    qint64 claimId = 0;
    for (int row = 0; row < claims->rowCount(); ++row) {
        const QModelIndex index = claims->index(row);
        if (index.data(ResidentClaimsModel::StatusRole).toString() == u"submitted"_s)
            claimId = index.data(ResidentClaimsModel::ClaimIdRole).toLongLong();
    }
    QVERIFY(claimId > 0);
    QVERIFY2(m_kiosk.click(u"logoutButton"_s, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!session->isLoggedIn(), 20000);

    // An approver approves it at the staff desk.
    staffApproves(claimId);

    // Back at the kiosk the resident sees the reward in the balance.
    QVERIFY2(m_kiosk.logIn(resident, &error), qPrintable(error));
    QCOMPARE(session->earnings().balanceCents, balanceBefore + rewardCents);
    QTRY_VERIFY_WITH_TIMEOUT(m_kiosk.text(u"residentBalance"_s).contains(u"12,50"_s), 5000);
    QVERIFY2(m_kiosk.click(u"myTasksButton"_s, &error), qPrintable(error));
    QVERIFY2(m_kiosk.waitForPage(u"myTasksPage"_s, &error), qPrintable(error));
    const int row = claims->rowOf(ClaimId(claimId));
    QVERIFY(row >= 0);
    QCOMPARE(claims->index(row).data(ResidentClaimsModel::StatusRole).toString(), u"approved"_s);
    QVERIFY2(m_kiosk.click(u"logoutButton"_s, &error), qPrintable(error));

    // The money is where the ledger says, and the audit chain is unbroken.
    for (QStringList command : {QStringList{u"ledger"_s, u"check"_s}, QStringList{u"audit"_s, u"verify"_s}}) {
        command << u"--data-dir"_s << m_kiosk.server().dataDir();
        QByteArray output;
        QByteArray errors;
        const int exitCode = m_kiosk.server().runCli(command, &output, &errors);
        QVERIFY2(exitCode == 0, qPrintable(command.join(u' ') + u": "_s + QString::fromUtf8(output + errors)));
    }
}

QTEST_MAIN(TestEarnEndToEnd)
#include "TestEarnEndToEnd.moc"
