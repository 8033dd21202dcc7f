// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "../core/CounterTestSupport.h"

#include "core/counter/CounterSession.h"
#include "core/counter/CounterTodayModel.h"
#include "core/store/LocalStore.h"
#include "ui/common/CameraView.h"
#include "ui/common/CoinText.h"
#include "ui/common/LanguageSwitcher.h"
#include "ui/common/Theme.h"
#include "ui/common/WedgeScanner.h"
#include "ui/counter/CounterSounds.h"
#include "ui/counter/CounterWindow.h"
#include "ui/counter/RedemptionText.h"
#include "ui/counter/ScanResultPanel.h"

#include <QAbstractItemDelegate>
#include <QLabel>
#include <QLineEdit>
#include <QCameraDevice>
#include <QMediaDevices>
#include <QStyledItemDelegate>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::test;

// The real counter desk against the real server with demo data: a counter PC
// enrolled for Bakkerij Bongers, vouchers a demo resident made at a kiosk,
// codes read by the wedge scanner (key events at scanner speed) or typed.
// With BUURTMUNT_SCREENSHOT_DIR set (Xvfb, 1920×1080) it saves the states.
class TestCounterWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void showsShopBalanceAndNoCamera();
    void scannedTokenIsAccepted();
    void sameTokenAgainIsAlreadyUsed();
    void alteredTokenIsNotGenuine();
    void typedManualCodeIsAccepted();
    void mistypedManualCodeSaysSo();
    void todayTableShowsTheRedemptions();
    void panelReturnsToReady();
    void resultColoursAreReadable();
    void offlineAcceptanceIsQueuedAndSent();

private:
    QJsonObject newVoucher(qint64 cents);
    void scan(const QString& code, QWidget* receiver);
    bool waitForState(ScanResultPanel::State state);
    QString amountText(qint64 cents) const;
    void shoot(const QString& name) const;

    ServerProcess m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<VoucherMint> m_mint;
    Enrolment m_enrolment;
    QString m_secret;
    QTemporaryDir m_dir;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<LanguageSwitcher> m_languages;
    std::unique_ptr<CounterWindow> m_window;
    qint64 m_clockMs = 1000;
    QString m_acceptedToken;
};

void TestCounterWindow::initTestCase()
{
    QVERIFY2(m_server.start(ServerProcess::Options::withDemoData()), qPrintable(m_server.errorString()));
    QString error;
    m_mint = std::make_unique<VoucherMint>(m_server, &m_network);
    QVERIFY2(m_mint->setUp(&error), qPrintable(error));
    QVERIFY2(m_mint->fund(u"Joep Vliegen"_s, {1, 6}, &error), qPrintable(error));
    auto enrolment = enrolCounter(m_server, &m_network, 1, &m_secret, &error);
    QVERIFY2(enrolment, qPrintable(error));
    m_enrolment = *enrolment;

    m_store = std::make_unique<LocalStore>(m_dir.path());
    QVERIFY(m_store->open().ok());
    QVERIFY(m_store->saveEnrolment(m_enrolment).ok());
    m_api = std::make_unique<ApiClient>(&m_network);
    pinTo(*m_api, m_server);
    m_api->setDeviceCredentials(m_enrolment.deviceId.value(), m_secret);
    m_api->setRole(u"counter"_s);
    Theme::kiosk().apply(*qApp);
    m_languages = std::make_unique<LanguageSwitcher>();
    m_languages->setLanguage(u"en"_s);

    auto* session = new CounterSession(m_api.get(), m_store.get(), m_enrolment);
    m_window = std::make_unique<CounterWindow>(session, m_languages.get());
    QCOMPARE(session->parent(), m_window.get());
    // Key events are sent at an exact pace: the scanner reads this clock.
    m_window->wedgeScanner()->setClock([this] { return m_clockMs; });
    m_window->resize(1920, 1080);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QSignalSpy refreshed(session, &CounterSession::refreshed);
    m_window->start();
    QVERIFY(refreshed.wait(20000));
}

void TestCounterWindow::cleanupTestCase()
{
    m_window.reset();
    m_api.reset();
    m_store.reset();
}

QJsonObject TestCounterWindow::newVoucher(qint64 cents)
{
    QString error;
    const QJsonObject voucher = m_mint->voucher(cents, &error);
    if (voucher.isEmpty())
        qWarning("making a voucher failed: %s", qPrintable(error));
    return voucher;
}

// Digits and Return at 2–6 ms a key, as a USB scanner in keyboard mode sends them.
void TestCounterWindow::scan(const QString& code, QWidget* receiver)
{
    int step = 0;
    for (const QChar c : code) {
        m_clockMs += 2 + (step++ % 5);
        const int key = c.isDigit() ? Qt::Key_0 + c.digitValue() : Qt::Key_A + (c.toUpper().unicode() - u'A');
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(receiver, &press);
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(receiver, &release);
    }
    m_clockMs += 3;
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, u"\r"_s);
    QCoreApplication::sendEvent(receiver, &enter);
    QKeyEvent enterUp(QEvent::KeyRelease, Qt::Key_Return, Qt::NoModifier, u"\r"_s);
    QCoreApplication::sendEvent(receiver, &enterUp);
}

bool TestCounterWindow::waitForState(ScanResultPanel::State state)
{
    ScanResultPanel* panel = m_window->resultPanel();
    QElapsedTimer waited;
    waited.start();
    while ((panel->state() != state || m_window->session()->isBusy()) && waited.elapsed() < 20000)
        QTest::qWait(20);
    if (panel->state() != state)
        qWarning("result panel: %s / %s", qPrintable(panel->headline()), qPrintable(panel->detail()));
    return panel->state() == state;
}

QString TestCounterWindow::amountText(qint64 cents) const
{
    return CoinText(m_enrolment.coinName, m_enrolment.coinNamePlural).format(cents, QLocale());
}

void TestCounterWindow::shoot(const QString& name) const
{
    const QString dir = qEnvironmentVariable("BUURTMUNT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(300);
    QVERIFY(m_window->grab().save(QDir(dir).filePath(u"counter-%1.png"_s.arg(name))));
}

void TestCounterWindow::showsShopBalanceAndNoCamera()
{
    auto* shop = m_window->findChild<QLabel*>(u"shopLabel"_s);
    auto* balance = m_window->findChild<QLabel*>(u"balanceLabel"_s);
    auto* connection = m_window->findChild<QLabel*>(u"connectionLabel"_s);
    auto* queue = m_window->findChild<QLabel*>(u"queueLabel"_s);
    QVERIFY(shop && balance && connection && queue);
    QCOMPARE(shop->text(), u"Bakkerij Bongers"_s);
    QVERIFY2(balance->text().startsWith(u"Balance: "_s) && balance->text().contains(u"as of"_s), qPrintable(balance->text()));
    QCOMPARE(connection->text(), u"Online"_s);
    QCOMPARE(queue->text(), u"No offline sales waiting"_s);
    QCOMPARE(m_window->resultPanel()->headline(), u"Ready to scan"_s);

    auto* noCamera = m_window->findChild<QLabel*>(u"noCameraLabel"_s);
    QVERIFY(noCamera);
    if (!QMediaDevices::videoInputs().isEmpty())
        QSKIP("this machine has a camera; the no-camera message is not shown");
    QVERIFY(noCamera->isVisible());
    QCOMPARE(noCamera->text(), u"No camera found — use the scanner or type the code"_s);
    QVERIFY(!m_window->cameraView()->isVisible());
    shoot(u"scanning"_s);
}

void TestCounterWindow::scannedTokenIsAccepted()
{
    const QJsonObject voucher = newVoucher(250);
    QVERIFY(!voucher.isEmpty());
    const QString token = voucher.value(u"token"_s).toString();
    QCOMPARE(token.size(), 217);
    auto* balance = m_window->findChild<QLabel*>(u"balanceLabel"_s);
    const QString balanceBefore = balance->text();

    // The shopkeeper's cursor sits in the typing field; the scan must not land there.
    auto* codeEdit = m_window->findChild<QLineEdit*>(u"codeEdit"_s);
    codeEdit->setFocus();
    scan(token, codeEdit);
    QVERIFY(waitForState(ScanResultPanel::State::Accepted));
    QCOMPARE(m_window->resultPanel()->headline(), u"Accepted"_s);
    QCOMPARE(m_window->resultPanel()->detail(), amountText(250));
    QCOMPARE(codeEdit->text(), QString());
    QCOMPARE(m_window->sounds()->lastRequested(), CounterSounds::Sound::Accept);
    // The shop's account holds the voucher's coins now.
    QTRY_VERIFY_WITH_TIMEOUT(balance->text() != balanceBefore, 20000);
    m_acceptedToken = token;
    shoot(u"accepted"_s);
}

void TestCounterWindow::sameTokenAgainIsAlreadyUsed()
{
    QVERIFY(!m_acceptedToken.isEmpty());
    // Nothing has focus: the scanner still works.
    QWidget* focus = QApplication::focusWidget();
    if (focus)
        focus->clearFocus();
    QWidget* receiver = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    scan(m_acceptedToken, receiver);
    QVERIFY(waitForState(ScanResultPanel::State::Refused));
    QCOMPARE(m_window->resultPanel()->headline(), u"Refused"_s);
    const QString detail = m_window->resultPanel()->detail();
    QVERIFY2(detail.startsWith(u"Already used on "_s) && detail.endsWith(u", at this shop."_s), qPrintable(detail));
    // The day and time of the first use, as people write them.
    const RedemptionText text{CoinText(), QLocale()};
    QVERIFY2(detail.contains(text.date(QDate::currentDate())), qPrintable(detail));
    QVERIFY2(detail.contains(QRegularExpression(u" at \\d{1,2}:\\d{2}"_s)), qPrintable(detail));
    QCOMPARE(m_window->sounds()->lastRequested(), CounterSounds::Sound::Refuse);
    shoot(u"refused"_s);
}

void TestCounterWindow::alteredTokenIsNotGenuine()
{
    const QJsonObject voucher = newVoucher(100);
    QVERIFY(!voucher.isEmpty());
    QString token = voucher.value(u"token"_s).toString();
    // One digit changed in the middle, as a forger raising the amount would.
    const int at = 120;
    token[at] = QChar(u'0' + (token.at(at).digitValue() + 1) % 10);
    scan(token, m_window.get());
    QVERIFY(waitForState(ScanResultPanel::State::Refused));
    const QString detail = m_window->resultPanel()->detail();
    QVERIFY2(detail.startsWith(u"Not a genuine voucher"_s), qPrintable(detail));
}

void TestCounterWindow::typedManualCodeIsAccepted()
{
    const QJsonObject voucher = newVoucher(300);
    QVERIFY(!voucher.isEmpty());
    const QString display = voucher.value(u"manualCodeDisplay"_s).toString();
    QVERIFY(display.contains(u'-'));
    auto* codeEdit = m_window->findChild<QLineEdit*>(u"codeEdit"_s);
    auto* check = m_window->findChild<QPushButton*>(u"checkButton"_s);
    QVERIFY(codeEdit && check);
    QVERIFY(!check->accessibleName().isEmpty());
    // Typed by a person: a real key every 60 ms, through the real scanner filter.
    m_window->wedgeScanner()->setClock({});
    codeEdit->setFocus();
    QTest::keyClicks(codeEdit, display, Qt::NoModifier, 60);
    QTRY_COMPARE(codeEdit->text(), display);
    QTest::mouseClick(check, Qt::LeftButton);
    QVERIFY(waitForState(ScanResultPanel::State::Accepted));
    QCOMPARE(m_window->resultPanel()->detail(), amountText(300));
    QCOMPARE(codeEdit->text(), QString());
    m_window->wedgeScanner()->setClock([this] { return m_clockMs; });
}

void TestCounterWindow::mistypedManualCodeSaysSo()
{
    const QJsonObject voucher = newVoucher(100);
    QVERIFY(!voucher.isEmpty());
    QString code = voucher.value(u"manualCode"_s).toString();
    // The last (check) character swapped for another one of the alphabet.
    code[code.size() - 1] = code.at(code.size() - 1) == u'7' ? u'8' : u'7';
    auto* codeEdit = m_window->findChild<QLineEdit*>(u"codeEdit"_s);
    codeEdit->setText(code);
    QTest::keyClick(codeEdit, Qt::Key_Return);
    QVERIFY(waitForState(ScanResultPanel::State::Refused));
    const QString detail = m_window->resultPanel()->detail();
    QVERIFY2(detail.startsWith(u"Not a voucher code"_s) || detail.startsWith(u"No voucher has this code"_s), qPrintable(detail));
    // The code stays for correcting.
    QCOMPARE(codeEdit->text(), code);
    codeEdit->clear();
}

void TestCounterWindow::todayTableShowsTheRedemptions()
{
    auto* view = m_window->findChild<QTableView*>(u"todayView"_s);
    QVERIFY(view);
    QAbstractItemModel* model = view->model();
    // The scanned 250 and the typed 300, newest first.
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 2, 20000);
    QCOMPARE(model->index(0, CounterTodayModel::AmountColumn).data(CounterTodayModel::AmountCentsRole).toLongLong(), 300);
    QCOMPARE(model->index(1, CounterTodayModel::AmountColumn).data(CounterTodayModel::AmountCentsRole).toLongLong(), 250);
    const QModelIndex state = model->index(0, CounterTodayModel::StateColumn);
    QCOMPARE(view->itemDelegateForIndex(state)->metaObject()->className(), "buurtmunt::RedemptionStateDelegate");
    auto* delegate = qobject_cast<QStyledItemDelegate*>(view->itemDelegateForIndex(state));
    QVERIFY(delegate);
    QCOMPARE(delegate->displayText(state.data(), QLocale()), u"Confirmed"_s);
    QCOMPARE(model->headerData(CounterTodayModel::TimeColumn, Qt::Horizontal).toString(), u"Time"_s);
    QVERIFY(!model->index(0, CounterTodayModel::TimeColumn).data().toString().isEmpty());
    auto* summary = m_window->findChild<QLabel*>(u"todaySummaryLabel"_s);
    QTRY_VERIFY2(summary->text().startsWith(u"Confirmed today: 2 voucher"_s), qPrintable(summary->text()));

    // The payouts tab: what is still waiting is the account's balance.
    auto* tabs = m_window->findChild<QTabWidget*>(u"counterTabs"_s);
    QVERIFY(tabs);
    tabs->setCurrentIndex(1);
    auto* pending = m_window->findChild<QLabel*>(u"pendingLabel"_s);
    QVERIFY(pending->isVisible());
    QVERIFY2(pending->text().startsWith(u"Waiting for payout: "_s + amountText(m_window->session()->shop().balance.cents())),
             qPrintable(pending->text()));
    shoot(u"payouts"_s);
    tabs->setCurrentIndex(0);
}

void TestCounterWindow::panelReturnsToReady()
{
    ScanResultPanel* panel = m_window->resultPanel();
    panel->setResetDelay(std::chrono::milliseconds(300));
    ScanOutcome outcome;
    outcome.kind = ScanOutcome::Refused;
    outcome.refusal = u"voucher-unknown"_s;
    panel->showOutcome(outcome, RedemptionText(CoinText(), QLocale()));
    QCOMPARE(panel->state(), ScanResultPanel::State::Refused);
    QTRY_COMPARE(panel->state(), ScanResultPanel::State::Ready);
    QCOMPARE(panel->headline(), u"Ready to scan"_s);
    panel->setResetDelay(ScanResultPanel::DefaultResetDelay);
}

void TestCounterWindow::resultColoursAreReadable()
{
    using State = ScanResultPanel::State;
    for (const State state : {State::Ready, State::Checking, State::Accepted, State::AcceptedOffline, State::Refused}) {
        const double ratio = Theme::contrastRatio(ScanResultPanel::foreground(state), ScanResultPanel::background(state));
        QVERIFY2(ratio >= 4.5, qPrintable(u"state %1: %2:1"_s.arg(int(state)).arg(ratio)));
    }
    // Accepted and refused differ in more than hue: never confused by a
    // colour-blind shopkeeper in a glance at the brightness.
    const double apart = Theme::contrastRatio(ScanResultPanel::background(State::Accepted),
                                              ScanResultPanel::background(State::AcceptedOffline));
    QVERIFY(apart > 2.0);
}

// The municipality allows offline sales; the network drops; a small voucher
// is accepted offline, shown as queued, and confirmed once the server is back.
void TestCounterWindow::offlineAcceptanceIsQueuedAndSent()
{
    QString error;
    QVERIFY2(setServerSetting(m_server, u"counter.offline.enabled"_s, u"true"_s, &error), qPrintable(error));
    CounterSession* session = m_window->session();
    QSignalSpy refreshed(session, &CounterSession::refreshed);
    session->refresh();
    QVERIFY(refreshed.wait(20000));
    QVERIFY(session->policy().enabled);
    const QJsonObject voucher = newVoucher(200);
    QVERIFY(!voucher.isEmpty());

    session->setProbeInterval(std::chrono::milliseconds(300));
    m_api->setBaseUrl(closedPortUrl());
    scan(voucher.value(u"token"_s).toString(), m_window.get());
    QVERIFY(waitForState(ScanResultPanel::State::AcceptedOffline));
    QCOMPARE(m_window->resultPanel()->headline(), u"Accepted offline"_s);
    QCOMPARE(m_window->resultPanel()->detail(), amountText(200));
    QVERIFY(m_window->resultPanel()->note().contains(u"will be sent when the connection is back"_s));
    auto* connection = m_window->findChild<QLabel*>(u"connectionLabel"_s);
    auto* queue = m_window->findChild<QLabel*>(u"queueLabel"_s);
    QCOMPARE(connection->text(), u"Offline"_s);
    QVERIFY2(queue->text().startsWith(u"1 offline sale"_s), qPrintable(queue->text()));
    auto* view = m_window->findChild<QTableView*>(u"todayView"_s);
    const QModelIndex state = view->model()->index(0, CounterTodayModel::StateColumn);
    QCOMPARE(view->itemDelegateForIndex(state)->metaObject()->className(), "buurtmunt::RedemptionStateDelegate");
    QCOMPARE(static_cast<QStyledItemDelegate*>(view->itemDelegateForIndex(state))->displayText(state.data(), QLocale()),
             u"Queued (offline)"_s);
    shoot(u"accepted-offline"_s);

    // The connection is back: the queued sale is delivered and confirmed.
    pinTo(*m_api, m_server);
    QTRY_COMPARE_WITH_TIMEOUT(queue->text(), u"No offline sales waiting"_s, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(connection->text(), u"Online"_s, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->index(0, CounterTodayModel::StateColumn).data(CounterTodayModel::StateRole).toInt(),
                              int(CounterRedemption::State::Confirmed), 20000);
}

QTEST_MAIN(TestCounterWindow)
#include "TestCounterWindow.moc"
