// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "../core/CoreTestSession.h"
#include "../core/CounterTestSupport.h"
#include "ServerProcess.h"

#include "core/domain/PassToken.h"
#include "core/net/ApiClient.h"
#include "core/scan/BarcodeReader.h"
#include "core/staff/ResidentListModel.h"
#include "core/staff/ReviewQueueModel.h"
#include "core/staff/StaffSession.h"
#include "core/staff/StaffTaskFilterModel.h"
#include "core/staff/StaffTaskModel.h"
#include "core/staff/VoucherConflictModel.h"
#include "core/store/Enrolment.h"
#include "ui/common/LanguageSwitcher.h"
#include "ui/common/Theme.h"
#include "ui/staff/PassCardDialog.h"
#include "ui/staff/ReasonDialog.h"
#include "ui/staff/ResidentFormDialog.h"
#include "ui/staff/ResidentsView.h"
#include "ui/staff/ReviewQueueView.h"
#include "ui/staff/StaffLoginPage.h"
#include "ui/staff/StaffTasksView.h"
#include "ui/staff/StaffWindow.h"
#include "ui/staff/TaskEditorDialog.h"
#include "ui/staff/VoucherConflictsView.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QDir>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace std::chrono_literals;

// The staff desk against the real server and real widgets: a coordinator
// creates and publishes a task, an approver works through the review queue,
// an admin registers a resident whose printed pass card logs in at a kiosk.
class TestStaffDesk : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void wrongPasswordIsSaidPlainly();
    void logsInWithATabPerRole();
    void invalidFieldIsShownAndNothingIsSent();
    void createsAndPublishesATask();
    void someoneElsesChangeIsExplained();
    void tableSortsAndFilters();
    void reviewQueueApprovesRejectsAndBatches();
    void registeredResidentsPrintedCardLogsIn();
    void blockedPassNoLongerLogsIn();
    void offlineDoubleSpendIsShownWithBothRecords();
    void logoutClearsTheDesk();
    void idleLogoutSaysWhy();

private:
    void logIn(const QString& password);
    void click(QWidget* root, const QString& buttonName);
    ApiResult kioskCall(const QByteArray& method, const QString& path, const QJsonObject& body = {},
                        const QString& session = {});
    QString residentSession(const QString& pass, const QString& pin, ApiResult* out = nullptr);
    qint64 submittedClaim(const QString& residentName, qint64 taskId);
    QList<qint64> openTaskIds(int count);
    int serverTaskCount();

    test::ServerProcess m_server;
    QNetworkAccessManager m_network;
    LanguageSwitcher m_languages;
    test::EnrolledDevice m_staffDesk;
    test::EnrolledDevice m_kiosk;
    Enrolment m_enrolment;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<StaffWindow> m_window;
    QHash<QString, QPair<QString, QString>> m_residents;  // demo name -> pass, PIN
    QString m_createdTitle;
    QString m_registeredPass;
    QString m_registeredPin = u"4321"_s;
    QTemporaryDir m_dir;
};

void TestStaffDesk::initTestCase()
{
    QVERIFY2(!test::ServerProcess::serverBinary().isEmpty(), "BUURTMUNT_SERVER_BIN is not set");
    if (QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty())
        QFAIL("pdftoppm (poppler-utils) is needed to read the printed pass card back");
    Theme::kiosk().apply(*qApp);
    QVERIFY(m_languages.setLanguage(u"en"_s));
    QVERIFY2(m_server.start(test::ServerProcess::Options::withDemoData()), qPrintable(m_server.errorString()));

    static const QRegularExpression line(u"^\\s+(.+) \\(.+\\): pass (\\S+)\\s+PIN (\\d+)$"_s);
    for (const QString& text : m_server.standardOutput().split(u'\n')) {
        const auto match = line.match(text);
        if (match.hasMatch())
            m_residents.insert(match.captured(1), {match.captured(2), match.captured(3)});
    }
    QVERIFY2(m_residents.size() >= 4, qPrintable(m_server.standardOutput()));

    QString error;
    auto staff = test::enrolDirectly(m_server, &m_network, u"staff"_s, &error);
    QVERIFY2(staff, qPrintable(error));
    m_staffDesk = *staff;
    auto kiosk = test::enrolDirectly(m_server, &m_network, u"kiosk"_s, &error);
    QVERIFY2(kiosk, qPrintable(error));
    m_kiosk = *kiosk;
    auto enrolment = Enrolment::fromEnrolResponse(m_staffDesk.answer, m_server.url(), m_server.fingerprint());
    QVERIFY2(enrolment, qPrintable(enrolment.ok() ? QString() : enrolment.error().message));
    m_enrolment = enrolment.value();

    m_api = std::make_unique<ApiClient>(&m_network);
    test::pinTo(*m_api, m_server);
    m_api->setDeviceCredentials(m_staffDesk.deviceId, m_staffDesk.secret);
    m_api->setRole(u"staff"_s);
    m_window = std::make_unique<StaffWindow>(m_enrolment, m_api.get(), &m_languages);
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestStaffDesk::cleanupTestCase()
{
    m_window.reset();
    m_server.stop();
}

void TestStaffDesk::click(QWidget* root, const QString& buttonName)
{
    auto* button = root->findChild<QPushButton*>(buttonName);
    QVERIFY2(button, qPrintable(buttonName));
    QVERIFY2(button->isEnabled(), qPrintable(buttonName + u" is disabled"_s));
    QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(buttonName + u" has no accessible name"_s));
    QTest::mouseClick(button, Qt::LeftButton);
}

ApiResult TestStaffDesk::kioskCall(const QByteArray& method, const QString& path, const QJsonObject& body,
                                   const QString& session)
{
    ApiClient client(&m_network);
    test::pinTo(client, m_server);
    client.setDeviceCredentials(m_kiosk.deviceId, m_kiosk.secret);
    client.setRole(u"kiosk"_s);
    if (!session.isEmpty())
        client.setSessionToken(session);
    if (method == "GET")
        return test::waitFor(client.get(path));
    return test::waitFor(client.send(method, path, body, ApiClient::newIdempotencyKey()));
}

QString TestStaffDesk::residentSession(const QString& pass, const QString& pin, ApiResult* out)
{
    const ApiResult result = kioskCall("POST", u"/v1/resident-sessions"_s, {{u"pass"_s, pass}, {u"pin"_s, pin}});
    if (out)
        *out = result;
    return result.ok() ? result.body.object().value(u"token"_s).toString() : QString();
}

QList<qint64> TestStaffDesk::openTaskIds(int count)
{
    QList<qint64> ids;
    const ApiResult tasks = kioskCall("GET", u"/v1/tasks"_s);
    for (const QJsonValue& value : tasks.body.object().value(u"items"_s).toArray()) {
        const QJsonObject task = value.toObject();
        if (task.value(u"status"_s).toString() == u"published"
            && task.value(u"slotsTaken"_s).toInt() + 2 <= task.value(u"capacity"_s).toInt()
            && task.value(u"rewardCents"_s).toInteger() <= 3000 && ids.size() < count)
            ids.append(task.value(u"id"_s).toInteger());
    }
    return ids;
}

qint64 TestStaffDesk::submittedClaim(const QString& residentName, qint64 taskId)
{
    const auto [pass, pin] = m_residents.value(residentName);
    const QString session = residentSession(pass, pin);
    if (session.isEmpty())
        return 0;
    const ApiResult claimed = kioskCall("POST", u"/v1/claims"_s, {{u"taskId"_s, taskId}}, session);
    if (!claimed.ok()) {
        qWarning("claim refused: %s", qPrintable(claimed.error->message));
        return 0;
    }
    const qint64 claim = claimed.body.object().value(u"id"_s).toInteger();
    const ApiResult submitted = kioskCall("POST", u"/v1/claims/%1/submit"_s.arg(claim),
                                          {{u"note"_s, u"Klaar, foto's bij de balie."_s}}, session);
    return submitted.ok() ? claim : 0;
}

int TestStaffDesk::serverTaskCount()
{
    std::optional<int> count;
    m_window->session()->fetchTasks([&count](const StaffSession::Reply<QList<Task>>& reply) {
        count = reply.ok() ? int(reply.value->size()) : -1;
    });
    (void)QTest::qWaitFor([&count] { return count.has_value(); }, 20000);
    return count.value_or(-1);
}

void TestStaffDesk::logIn(const QString& password)
{
    StaffLoginPage* page = m_window->loginPage();
    page->usernameEdit()->clear();
    page->passwordEdit()->clear();
    QTest::keyClicks(page->usernameEdit(), u"demo"_s);
    QTest::keyClicks(page->passwordEdit(), password);
    QTest::mouseClick(page->loginButton(), Qt::LeftButton);
}

void TestStaffDesk::wrongPasswordIsSaidPlainly()
{
    logIn(u"raden"_s);
    StaffLoginPage* page = m_window->loginPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->messageLabel()->isVisible() && page->loginButton()->isEnabled(), 20000);
    QVERIFY2(page->messageLabel()->text().contains(u"user name or password is not right"_s),
             qPrintable(page->messageLabel()->text()));
    QVERIFY(!m_window->isDeskOpen());
    QVERIFY(page->passwordEdit()->text().isEmpty());  // typed again, never kept
    QCOMPARE(m_window->tabs()->count(), 0);
}

void TestStaffDesk::logsInWithATabPerRole()
{
    logIn(u"heitje-demo"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isDeskOpen(), 20000);
    // The demo account holds every role: tasks (coordinator), review
    // (approver), settlement (finance), residents, shops, devices and the
    // audit log (admin), and what several roles share: offline conflicts
    // (finance, admin) and the dashboard (finance, admin, coordinator).
    QCOMPARE(m_window->tabs()->count(), 9);
    QVERIFY(m_window->tasksView() && m_window->reviewView() && m_window->residentsView() && m_window->conflictsView());
    QVERIFY(m_window->settlementView() && m_window->shopsView() && m_window->devicesView() && m_window->dashboardView()
            && m_window->auditLogView());
    QVERIFY2(m_window->staffLabel()->text().contains(m_window->session()->displayName()),
             qPrintable(m_window->staffLabel()->text()));
    QVERIFY(m_window->logoutButton()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->tasksView()->model()->rowCount() >= 10, 20000);
    QVERIFY(m_window->loginPage()->passwordEdit()->text().isEmpty());
    // Desktop sizes, not the kiosk's 20 pt: the tables must fit on one screen.
    QVERIFY(m_window->tasksView()->table()->font().pointSizeF() < 14);
}

void TestStaffDesk::invalidFieldIsShownAndNothingIsSent()
{
    StaffTasksView* view = m_window->tasksView();
    m_window->tabs()->setCurrentWidget(view);
    const int before = serverTaskCount();
    QVERIFY(before > 0);
    click(view, u"newTaskButton"_s);
    QTRY_VERIFY(view->editor() && view->editor()->isVisible());
    TaskEditorDialog* editor = view->editor();
    QTest::keyClicks(editor->findChild<QLineEdit*>(u"addressEdit"_s), u"Markt 1, Heerlen"_s);
    editor->findChild<QComboBox*>(u"neighbourhoodEdit"_s)->setCurrentText(u"Centrum"_s);
    QTest::keyClicks(editor->findChild<QLineEdit*>(u"rewardCentsEdit"_s), u"twaalf"_s);
    auto* end = editor->findChild<QDateEdit*>(u"windowEndEdit"_s);
    end->setDate(editor->findChild<QDateEdit*>(u"windowStartEdit"_s)->date().addDays(-3));
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);

    QVERIFY(editor->isVisible());
    QVERIFY2(editor->fieldError(u"title"_s).contains(u"title"_s), qPrintable(editor->fieldError(u"title"_s)));
    QVERIFY2(editor->fieldError(u"rewardCents"_s).contains(u"twaalf"_s), qPrintable(editor->fieldError(u"rewardCents"_s)));
    QVERIFY2(editor->fieldError(u"windowEnd"_s).contains(u"before"_s), qPrintable(editor->fieldError(u"windowEnd"_s)));
    QVERIFY(editor->fieldError(u"address"_s).isEmpty());
    QVERIFY(editor->findChild<QLabel*>(u"titleError"_s)->isVisible());
    QVERIFY2(editor->messageLabel()->text().contains(u"3"_s), qPrintable(editor->messageLabel()->text()));
    QTest::qWait(300);
    QCOMPARE(serverTaskCount(), before);
    editor->reject();
    QTRY_VERIFY(!view->editor());
}

void TestStaffDesk::createsAndPublishesATask()
{
    StaffTasksView* view = m_window->tasksView();
    click(view, u"newTaskButton"_s);
    QTRY_VERIFY(view->editor() && view->editor()->isVisible());
    TaskEditorDialog* editor = view->editor();
    m_createdTitle = u"Speeltuin Pancratiusplein vegen"_s;
    QTest::keyClicks(editor->findChild<QLineEdit*>(u"titleEdit"_s), m_createdTitle);
    QTest::keyClicks(editor->findChild<QPlainTextEdit*>(u"descriptionEdit"_s), u"Bladeren en zwerfvuil rond de speeltoestellen."_s);
    auto* category = editor->findChild<QComboBox*>(u"categoryEdit"_s);
    category->setCurrentIndex(category->findData(u"cleaning"_s));
    QCOMPARE(category->currentText(), u"Cleaning"_s);  // the translated name, not the slug
    editor->findChild<QComboBox*>(u"neighbourhoodEdit"_s)->setCurrentText(u"Centrum"_s);
    QTest::keyClicks(editor->findChild<QLineEdit*>(u"addressEdit"_s), u"Pancratiusplein 1, Heerlen"_s);
    QTest::keyClicks(editor->findChild<QLineEdit*>(u"rewardCentsEdit"_s), u"12.50"_s);
    editor->findChild<QSpinBox*>(u"estimatedMinutesEdit"_s)->setValue(150);
    editor->findChild<QSpinBox*>(u"capacityEdit"_s)->setValue(3);
    const QDate start = QDate::currentDate().addDays(1);
    editor->findChild<QDateEdit*>(u"windowStartEdit"_s)->setDate(start);
    editor->findChild<QDateEdit*>(u"windowEndEdit"_s)->setDate(start.addDays(30));
    QTest::keyClicks(editor->findChild<QPlainTextEdit*>(u"safetyNotesEdit"_s), u"Handschoenen dragen."_s);
    editor->findChild<QCheckBox*>(u"toolboxNeededEdit"_s)->setChecked(true);
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!view->editor(), 20000);

    const auto created = view->selectedTask();
    QVERIFY(created);
    QCOMPARE(created->title, m_createdTitle);
    QVERIFY(created->status == TaskStatus::Draft);
    QCOMPARE(created->reward.cents(), 1250);
    QCOMPARE(created->estimatedMinutes, 150);
    QVERIFY(created->toolboxNeeded);
    QVERIFY(view->findChild<QPushButton*>(u"publishTaskButton"_s)->isEnabled());
    QVERIFY(!view->findChild<QPushButton*>(u"closeTaskButton"_s)->isEnabled());
    // Drafts never reach kiosks.
    QCOMPARE(kioskCall("GET", u"/v1/tasks/%1"_s.arg(created->id.value())).httpStatus, 404);

    click(view, u"publishTaskButton"_s);
    const auto statusCell = [view, id = created->id] {
        const int row = view->model()->rowOf(id);
        return view->model()->index(row, StaffTaskModel::StatusColumn).data().toString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(statusCell(), u"Published"_s, 20000);
    QVERIFY(!view->findChild<QPushButton*>(u"publishTaskButton"_s)->isEnabled());
    QVERIFY(view->findChild<QPushButton*>(u"closeTaskButton"_s)->isEnabled());
    const ApiResult onKiosk = kioskCall("GET", u"/v1/tasks/%1"_s.arg(created->id.value()));
    QVERIFY(onKiosk.ok());
    QCOMPARE(onKiosk.body.object().value(u"title"_s).toString(), m_createdTitle);
}

void TestStaffDesk::someoneElsesChangeIsExplained()
{
    StaffTasksView* view = m_window->tasksView();
    const auto task = view->selectedTask();
    QVERIFY(task);
    click(view, u"editTaskButton"_s);
    QTRY_VERIFY(view->editor() && view->editor()->isVisible());

    // A colleague on another desk saves first.
    ApiClient colleagueApi(&m_network);
    test::pinTo(colleagueApi, m_server);
    colleagueApi.setDeviceCredentials(m_staffDesk.deviceId, m_staffDesk.secret);
    StaffSession colleague(&colleagueApi);
    QSignalSpy in(&colleague, &StaffSession::loggedIn);
    colleague.login(u"demo"_s, u"heitje-demo"_s);
    QVERIFY(in.wait(20000));
    Task changed = *task;
    changed.safetyNotes = u"Ook een hesje."_s;
    std::optional<bool> saved;
    colleague.updateTask(changed, [&saved](const StaffSession::Reply<Task>& reply) { saved = reply.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 20000);
    QVERIFY(*saved);

    TaskEditorDialog* editor = view->editor();
    QTest::keyClicks(editor->findChild<QLineEdit*>(u"titleEdit"_s), u" en omgeving"_s);
    QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(editor->messageLabel()->text().contains(u"Someone else changed this task"_s), 20000);
    QVERIFY(editor->isVisible());
    editor->reject();
    QTRY_VERIFY(!view->editor());
    colleague.logout();
}

void TestStaffDesk::tableSortsAndFilters()
{
    StaffTasksView* view = m_window->tasksView();
    view->reload();
    QSignalSpy reloaded(view, &StaffTasksView::reloaded);
    QVERIFY(reloaded.wait(20000));
    QTableView* table = view->table();
    const auto column = [table](int col) {
        QList<QVariant> values;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            values << table->model()->index(row, col).data(StaffTaskModel::SortRole);
        return values;
    };
    // A click on the header sorts by the money, not by its text ("9,00" > "12,50").
    table->sortByColumn(StaffTaskModel::RewardColumn, Qt::AscendingOrder);
    QList<QVariant> rewards = column(StaffTaskModel::RewardColumn);
    QVERIFY(rewards.size() >= 10);
    for (int i = 1; i < rewards.size(); ++i)
        QVERIFY(rewards.at(i - 1).toLongLong() <= rewards.at(i).toLongLong());
    table->sortByColumn(StaffTaskModel::RewardColumn, Qt::DescendingOrder);
    rewards = column(StaffTaskModel::RewardColumn);
    QVERIFY(rewards.first().toLongLong() > rewards.last().toLongLong());
    table->sortByColumn(StaffTaskModel::UpdatedColumn, Qt::DescendingOrder);
    QCOMPARE(table->model()->index(0, StaffTaskModel::TitleColumn).data().toString(), m_createdTitle);

    auto* search = view->findChild<QLineEdit*>(u"taskSearchEdit"_s);
    QTest::keyClicks(search, m_createdTitle.toLower());
    QCOMPARE(table->model()->rowCount(), 1);
    search->clear();
    auto* status = view->findChild<QComboBox*>(u"statusFilterCombo"_s);
    status->setCurrentIndex(status->findData(u"published"_s));
    const int published = table->model()->rowCount();
    QVERIFY(published > 0 && published < view->model()->rowCount() + 1);
    for (int row = 0; row < published; ++row)
        QCOMPARE(table->model()->index(row, StaffTaskModel::StatusColumn).data().toString(), u"Published"_s);
    auto* category = view->findChild<QComboBox*>(u"categoryFilterCombo"_s);
    category->setCurrentIndex(category->findData(u"cleaning"_s));
    QVERIFY(table->model()->rowCount() >= 1 && table->model()->rowCount() <= published);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QCOMPARE(table->model()->index(row, 0).data(StaffTaskModel::CategoryRole).toString(), u"cleaning"_s);
    auto* neighbourhood = view->findChild<QComboBox*>(u"neighbourhoodFilterCombo"_s);
    QVERIFY(neighbourhood->findData(u"Centrum"_s) > 0);
    neighbourhood->setCurrentIndex(neighbourhood->findData(u"Centrum"_s));
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QCOMPARE(table->model()->index(row, StaffTaskModel::NeighbourhoodColumn).data().toString(), u"Centrum"_s);
    status->setCurrentIndex(0);
    category->setCurrentIndex(0);
    neighbourhood->setCurrentIndex(0);
    QCOMPARE(table->model()->rowCount(), view->model()->rowCount());
}

void TestStaffDesk::reviewQueueApprovesRejectsAndBatches()
{
    const QList<qint64> tasks = openTaskIds(4);
    QCOMPARE(tasks.size(), 4);
    const QStringList names = m_residents.keys().mid(0, 4);
    QList<qint64> claims;
    for (int i = 0; i < 4; ++i) {
        claims << submittedClaim(names.at(i), tasks.at(i));
        QVERIFY2(claims.last() > 0, qPrintable(names.at(i)));
    }

    ReviewQueueView* view = m_window->reviewView();
    m_window->tabs()->setCurrentWidget(view);
    ReviewQueueModel* model = view->model();
    click(view, u"reloadQueueButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(ClaimId(claims.at(3))) >= 0, 20000);
    for (const qint64 claim : claims)
        QVERIFY(model->rowOf(ClaimId(claim)) >= 0);

    // One approved on its own; its note was in view first.
    QVERIFY(view->selectClaim(ClaimId(claims.at(0))));
    QVERIFY(view->detailsView()->toPlainText().contains(u"foto's bij de balie"_s));
    QVERIFY(view->detailsView()->toPlainText().contains(names.at(0)));
    click(view, u"approveButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(ClaimId(claims.at(0))) < 0, 20000);
    QVERIFY2(view->messageLabel()->text().contains(u"Approved"_s), qPrintable(view->messageLabel()->text()));

    // One rejected: a reason is required.
    QVERIFY(view->selectClaim(ClaimId(claims.at(1))));
    click(view, u"rejectButton"_s);
    QTRY_VERIFY(view->rejectDialog() && view->rejectDialog()->isVisible());
    ReasonDialog* dialog = view->rejectDialog();
    QTest::keyClicks(dialog->reasonEdit(), u"no"_s);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->errorLabel()->isVisible() && dialog->errorLabel()->text().contains(u"3"_s),
             qPrintable(dialog->errorLabel()->text()));
    QVERIFY(model->rowOf(ClaimId(claims.at(1))) >= 0);
    QTest::keyClicks(dialog->reasonEdit(), u"t visible on the photo"_s);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(ClaimId(claims.at(1))) < 0, 20000);

    // The rest ticked and approved together.
    model->setChecked(ClaimId(claims.at(2)), true);
    model->setChecked(ClaimId(claims.at(3)), true);
    QCOMPARE(model->checkedClaimIds().size(), 2);
    click(view, u"approveSelectedButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(ClaimId(claims.at(2))) < 0 && model->rowOf(ClaimId(claims.at(3))) < 0, 20000);
    QVERIFY2(view->messageLabel()->text().startsWith(u"2 approved"_s), qPrintable(view->messageLabel()->text()));

    // The residents see it: coins for the approved, the reason for the rejected.
    const auto [pass, pin] = m_residents.value(names.at(2));
    const ApiResult me = kioskCall("GET", u"/v1/me"_s, {}, residentSession(pass, pin));
    QVERIFY(me.body.object().value(u"balanceCents"_s).toInteger() > 0);
    const auto [pass1, pin1] = m_residents.value(names.at(1));
    const ApiResult rejected = kioskCall("GET", u"/v1/me/claims"_s, {}, residentSession(pass1, pin1));
    bool reasonSeen = false;
    for (const QJsonValue& value : rejected.body.object().value(u"items"_s).toArray())
        reasonSeen = reasonSeen || value.toObject().value(u"rejectReason"_s).toString() == u"not visible on the photo"_s;
    QVERIFY(reasonSeen);
}

void TestStaffDesk::registeredResidentsPrintedCardLogsIn()
{
    ResidentsView* view = m_window->residentsView();
    m_window->tabs()->setCurrentWidget(view);
    click(view, u"registerResidentButton"_s);
    QTRY_VERIFY(view->formDialog() && view->formDialog()->isVisible());
    ResidentFormDialog* form = view->formDialog();
    QTest::keyClicks(form->findChild<QLineEdit*>(u"displayNameEdit"_s), u"Noor Testbewoner"_s);
    form->findChild<QComboBox*>(u"neighbourhoodEdit"_s)->setCurrentText(u"Centrum"_s);
    QTest::keyClicks(form->findChild<QLineEdit*>(u"pinEdit"_s), m_registeredPin);
    QTest::keyClicks(form->findChild<QLineEdit*>(u"pinRepeatEdit"_s), u"4322"_s);
    QTest::mouseClick(form->confirmButton(), Qt::LeftButton);
    QVERIFY(form->isVisible());
    QVERIFY2(form->fieldError(u"pin"_s).contains(u"not the same"_s), qPrintable(form->fieldError(u"pin"_s)));
    QTest::keyClicks(form->findChild<QLineEdit*>(u"pinEdit"_s), m_registeredPin);
    QTest::keyClicks(form->findChild<QLineEdit*>(u"pinRepeatEdit"_s), m_registeredPin);
    QTest::mouseClick(form->confirmButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(view->passCardDialog() && view->passCardDialog()->isVisible(), 20000);
    QTRY_VERIFY(!view->formDialog());

    PassCardDialog* card = view->passCardDialog();
    const QString pdf = m_dir.filePath(u"pass.pdf"_s);
    const Status saved = card->saveAsPdf(pdf);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));

    QProcess pdftoppm;
    pdftoppm.start(u"pdftoppm"_s, {u"-r"_s, u"150"_s, u"-png"_s, u"-singlefile"_s, pdf, m_dir.filePath(u"pass"_s)});
    QVERIFY(pdftoppm.waitForFinished(30000) && pdftoppm.exitCode() == 0);
    const QImage page(m_dir.filePath(u"pass.png"_s));
    QVERIFY(!page.isNull());
    const auto scanned = BarcodeReader::decode(page);
    QVERIFY2(scanned, "the printed pass card has no readable QR code");
    m_registeredPass = scanned->text;
    QCOMPARE(m_registeredPass, card->slip().qrPayload);
    const auto token = PassToken::parse(m_registeredPass);
    QVERIFY(token);
    QCOMPARE(card->tokenLabel()->text(), token->display());
    // The card tells nobody who it belongs to.
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {pdf, u"-"_s});
    if (pdftotext.waitForStarted(5000) && pdftotext.waitForFinished(30000)) {
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY2(!text.contains(u"Noor"_s), qPrintable(text));
        QVERIFY2(text.contains(m_enrolment.municipalityName), qPrintable(text));
    }

    ApiResult login;
    QVERIFY2(!residentSession(m_registeredPass, m_registeredPin, &login).isEmpty(),
             qPrintable(login.error ? login.error->message : QString()));
    QCOMPARE(login.body.object().value(u"displayName"_s).toString(), u"Noor Testbewoner"_s);

    QVERIFY(card->hasBeenPrinted());
    card->reject();  // printed, so it closes without asking
    QTRY_VERIFY(!view->passCardDialog());
    QTRY_VERIFY_WITH_TIMEOUT(view->details() && view->details()->resident.displayName == u"Noor Testbewoner"_s, 20000);
}

void TestStaffDesk::blockedPassNoLongerLogsIn()
{
    ResidentsView* view = m_window->residentsView();
    QVERIFY(view->details());
    click(view, u"blockButton"_s);
    QTRY_VERIFY(view->reasonDialog() && view->reasonDialog()->isVisible());
    QTest::keyClicks(view->reasonDialog()->reasonEdit(), u"Pas gemeld als verloren"_s);
    QTest::mouseClick(view->reasonDialog()->confirmButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(view->details() && view->details()->resident.isBlocked(), 20000);
    QVERIFY(view->summaryLabel()->text().contains(u"Blocked"_s));
    QVERIFY(view->findChild<QPushButton*>(u"unblockButton"_s)->isEnabled());
    QVERIFY(!view->findChild<QPushButton*>(u"blockButton"_s)->isEnabled());
    ApiResult refused;
    QVERIFY(residentSession(m_registeredPass, m_registeredPin, &refused).isEmpty());
    QCOMPARE(refused.error->code, u"pass-blocked"_s);

    click(view, u"unblockButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(view->details() && !view->details()->resident.isBlocked(), 20000);
    QVERIFY(!residentSession(m_registeredPass, m_registeredPin).isEmpty());

    // The search finds her; the list shows her as active.
    QTest::keyClicks(view->searchEdit(), u"Noor"_s);
    QSignalSpy searched(view, &ResidentsView::searched);
    click(view, u"searchResidentsButton"_s);
    QVERIFY(searched.wait(20000));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, ResidentListModel::StatusColumn).data().toString(), u"Active"_s);
}

// Two shops took the same voucher: Bakkerij Bongers online, the greengrocer
// offline a minute earlier, reported when its network came back. The staff
// desk lists the conflict with both records.
void TestStaffDesk::offlineDoubleSpendIsShownWithBothRecords()
{
    QVERIFY(m_window->isDeskOpen());
    VoucherConflictsView* view = m_window->conflictsView();
    QVERIFY(view);
    m_window->tabs()->setCurrentWidget(view);
    QSignalSpy reloaded(view, &VoucherConflictsView::reloaded);
    view->reload();
    QVERIFY(reloaded.wait(20000));
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY2(view->messageLabel()->text().contains(u"No open conflicts"_s), qPrintable(view->messageLabel()->text()));

    QString error;
    test::VoucherMint mint(m_server, &m_network);
    QVERIFY2(mint.setUp(&error), qPrintable(error));
    QVERIFY2(mint.fund(u"Ria Schepers"_s, {}, &error), qPrintable(error));  // the demo gave her 30 coins
    const QString token = mint.voucher(500, &error).value(u"token"_s).toString();
    QVERIFY2(!token.isEmpty(), qPrintable(error));
    QString secretA;
    QString secretB;
    const auto bakery = test::enrolCounter(m_server, &m_network, 1, &secretA, &error);
    QVERIFY2(bakery, qPrintable(error));
    const auto greengrocer = test::enrolCounter(m_server, &m_network, 2, &secretB, &error);
    QVERIFY2(greengrocer, qPrintable(error));
    const auto counterApi = [this](const Enrolment& enrolment, const QString& secret) {
        auto api = std::make_unique<ApiClient>(&m_network);
        test::pinTo(*api, m_server);
        api->setDeviceCredentials(enrolment.deviceId.value(), secret);
        api->setRole(u"counter"_s);
        return api;
    };
    const auto bakeryApi = counterApi(*bakery, secretA);
    const auto greengrocerApi = counterApi(*greengrocer, secretB);
    const ApiResult online = test::waitFor(
        bakeryApi->send("POST", u"/v1/redemptions"_s, {{u"token"_s, token}}, ApiClient::newIdempotencyKey()));
    QVERIFY2(online.ok(), qPrintable(online.error ? online.error->message : QString()));
    const QDateTime acceptedOffline = QDateTime::currentDateTimeUtc().addSecs(-60);
    const ApiResult queued = test::waitFor(greengrocerApi->send(
        "POST", u"/v1/redemptions"_s,
        {{u"token"_s, token}, {u"offlineAcceptedAt"_s, acceptedOffline.toString(Qt::ISODateWithMs)}},
        ApiClient::newIdempotencyKey()));
    QVERIFY(!queued.ok());
    QCOMPARE(queued.error->code, u"voucher-offline-conflict"_s);

    view->reload();
    QVERIFY(reloaded.wait(20000));
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY2(view->messageLabel()->text().contains(u"1 voucher"_s), qPrintable(view->messageLabel()->text()));
    const QModelIndex row = view->table()->model()->index(0, VoucherConflictModel::ShopColumn);
    QCOMPARE(row.data().toString(), u"Groenteboer 't Veldje"_s);
    view->table()->selectRow(0);
    const QString details = view->detailsView()->toPlainText();
    QVERIFY2(details.contains(u"Bakkerij Bongers"_s) && details.contains(u"Groenteboer 't Veldje"_s)
                 && details.contains(u"already used at another counter"_s),
             qPrintable(details));

    // Finance settles it with the greengrocer and says how; the desk shows who and how.
    QVERIFY(!view->settleButton()->isEnabled());  // no note yet
    QTest::keyClicks(view->noteEdit(), u"Paid the greengrocer 5 coins at the settlement"_s);
    QVERIFY(view->settleButton()->isEnabled());
    // With BUURTMUNT_SCREENSHOT_DIR set (Xvfb at 1920×1080), saves the view.
    if (const QString dir = qEnvironmentVariable("BUURTMUNT_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTest::qWait(400);
        QVERIFY(m_window->grabWithDialogs().save(QDir(dir).filePath(u"staff-offline-conflict.png"_s)));
    }
    QTest::mouseClick(view->settleButton(), Qt::LeftButton);
    QVERIFY(reloaded.wait(20000));
    QVERIFY2(view->messageLabel()->text().contains(u"No open conflicts"_s), qPrintable(view->messageLabel()->text()));
    QVERIFY(view->noteEdit()->text().isEmpty());
    QVERIFY(!view->noteEdit()->isEnabled() && !view->settleButton()->isEnabled());  // settled once
    QVERIFY(view->table()->model()->index(0, VoucherConflictModel::StatusColumn).data().toString().startsWith(u"settled"_s));
    const QString settled = view->detailsView()->toPlainText();
    QVERIFY2(settled.contains(u"Settled"_s) && settled.contains(u"Demo medewerker"_s)
                 && settled.contains(u"Paid the greengrocer 5 coins at the settlement"_s),
             qPrintable(settled));
}

void TestStaffDesk::logoutClearsTheDesk()
{
    click(m_window.get(), u"logoutButton"_s);
    QVERIFY(!m_window->isDeskOpen());
    QCOMPARE(m_window->tabs()->count(), 0);
    QTRY_VERIFY(!m_window->residentsView() && !m_window->reviewView() && !m_window->tasksView());
    QVERIFY(!m_api->hasSessionToken());
    QVERIFY(m_window->loginPage()->messageLabel()->text().contains(u"logged out"_s));
    // Nothing about residents is left in any widget of the window.
    for (const QLabel* label : m_window->findChildren<QLabel*>())
        QVERIFY2(!label->text().contains(u"Noor"_s), qPrintable(label->objectName()));
}

void TestStaffDesk::idleLogoutSaysWhy()
{
    logIn(u"heitje-demo"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isDeskOpen(), 20000);
    m_window->session()->setIdleTimeoutOverride(400ms);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isDeskOpen(), 5000);
    QVERIFY2(m_window->loginPage()->messageLabel()->text().contains(u"without activity"_s),
             qPrintable(m_window->loginPage()->messageLabel()->text()));
    QCOMPARE(m_window->tabs()->count(), 0);
}

QTEST_MAIN(TestStaffDesk)
#include "TestStaffDesk.moc"
