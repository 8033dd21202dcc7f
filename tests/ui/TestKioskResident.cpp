// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "KioskResidentDriver.h"

#include "core/resident/ResidentHistoryModel.h"
#include "ui/common/CoinText.h"
#include "ui/kiosk/CapMeter.h"

#include <QDir>

using namespace Qt::StringLiterals;
using namespace buurtmunt;
using namespace buurtmunt::test;

// A resident at the kiosk through the real widgets and the real server: log
// in with the typed pass and the PIN pad, claim with the cap shown, print the
// slip, mark the task done in My tasks, see the cap meter; a wrong PIN and a
// claim over the cap explain themselves.
// Texts are checked by the numbers and codes in them, so the assertions hold
// in every language the kiosk speaks.
class TestKioskResident : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void loginClaimPrintAndMarkDone();
    void typoInPassIsNamedBeforeThePin();
    void wrongPinSaysHowManyTriesAreLeft();
    void capRefusalShowsTheRemainingRoom();
    void idleWarningCountsDownAndCanBeDismissed();
    void controlsAreNamedAndTouchSized();

private:
    // With BUURTMUNT_SCREENSHOT_DIR set (run under Xvfb at 1920×1080 for the
    // documentation), saves what the resident sees at this step.
    void shoot(const QString& name) const
    {
        const QString dir = qEnvironmentVariable("BUURTMUNT_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(300);
        QVERIFY(m_kiosk.window()->grab().save(QDir(dir).filePath(u"kiosk-%1.png"_s.arg(name))));
    }
    QString coins(qint64 cents) const { return m_coins.format(cents, QLocale(QLocale::Dutch, QLocale::Netherlands)); }

    KioskResidentDriver m_kiosk;
    std::unique_ptr<QTemporaryDir> m_dir;
    CoinText m_coins{u"Heitje"_s, u"Heitjes"_s};
};

void TestKioskResident::initTestCase()
{
    Theme::kiosk().apply(*qApp);
    QString error;
    QVERIFY2(m_kiosk.start(&error), qPrintable(error));
}

void TestKioskResident::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    QVERIFY2(m_kiosk.openKiosk(m_dir->path(), &error), qPrintable(error));
}

void TestKioskResident::cleanup()
{
    m_kiosk.closeKiosk();
    m_dir.reset();
}

void TestKioskResident::loginClaimPrintAndMarkDone()
{
    QString error;
    QVERIFY(!m_kiosk.find<QPushButton>(u"logoutButton"_s)->isVisible());
    QVERIFY(m_kiosk.find<QPushButton>(u"loginButton"_s)->isVisible());
    shoot(u"home"_s);
    QVERIFY2(m_kiosk.selectTask(1, &error), qPrintable(error));
    // Without a resident there is nothing to claim with.
    QVERIFY(!m_kiosk.find<QPushButton>(u"claimTaskButton"_s)->isVisible());
    shoot(u"task-details"_s);
    QVERIFY2(m_kiosk.logIn(u"Anja Dreessen"_s, &error), qPrintable(error));
    // The header greets by first name and shows the balance.
    QVERIFY(m_kiosk.text(u"residentName"_s).contains(u"Anja"_s));
    QVERIFY(!m_kiosk.text(u"residentName"_s).contains(u"Dreessen"_s));
    QVERIFY(m_kiosk.text(u"residentBalance"_s).contains(coins(0)));
    QVERIFY(m_kiosk.find<QPushButton>(u"logoutButton"_s)->isVisible());
    QVERIFY(!m_kiosk.find<QPushButton>(u"loginButton"_s)->isVisible());

    // Task 1 of the demo pays 15 coins; the confirmation says what is left.
    QVERIFY2(m_kiosk.openClaim(1, &error), qPrintable(error));
    QVERIFY(m_kiosk.text(u"confirmReward"_s).contains(coins(1500)));
    const QString capText = m_kiosk.text(u"confirmCapText"_s);
    QVERIFY2(capText.contains(coins(1500)) && capText.contains(coins(150000)) && capText.contains(coins(148500)),
             qPrintable(capText));
    QVERIFY2(m_kiosk.click(u"confirmClaimButton"_s, &error), qPrintable(error));
    QVERIFY2(m_kiosk.waitForPage(u"claimedPage"_s, &error), qPrintable(error));
    const QString code = m_kiosk.text(u"claimedToolboxCode"_s);
    QVERIFY2(code.contains(u'-'), qPrintable(code));

    // No printer here: the slip is saved as a PDF in the configured folder.
    QVERIFY2(m_kiosk.click(u"printSlipButton"_s, &error), qPrintable(error));
    const QStringList slips = QDir(m_dir->filePath(u"slips"_s)).entryList({u"*.pdf"_s}, QDir::Files);
    QCOMPARE(slips.size(), 1);
    QVERIFY(QFileInfo(m_dir->filePath(u"slips/"_s + slips.first())).size() > 1000);
    QVERIFY(!m_kiosk.text(u"slipStatus"_s).isEmpty());

    // My tasks shows the claim; marking it done keeps the note.
    QVERIFY2(m_kiosk.markFirstOpenClaimDone(&error), qPrintable(error));
    ResidentClaimsModel* claims = m_kiosk.window()->residentSession()->claimsModel();
    QCOMPARE(claims->rowCount(), 1);
    QCOMPARE(claims->index(0).data(ResidentClaimsModel::TaskIdRole).toLongLong(), 1);
    QVERIFY(!claims->index(0).data(ResidentClaimsModel::NoteRole).toString().isEmpty());
    QVERIFY(m_kiosk.find<QLabel>(u"myTasksMessage"_s)->isVisible());
    QVERIFY(!m_kiosk.find<QPushButton>(u"doneButton"_s)->isEnabled());

    // The cap meter: nothing earned yet, 15 waiting, 1.485 left of 1.500.
    QTRY_VERIFY_WITH_TIMEOUT(m_kiosk.text(u"capMeterText"_s).contains(coins(148500)), 20000);
    const QString meter = m_kiosk.text(u"capMeterText"_s);
    QVERIFY2(meter.contains(coins(0)) && meter.contains(coins(150000)) && meter.contains(coins(1500)), qPrintable(meter));
    QVERIFY(m_kiosk.text(u"balanceAsOf"_s).contains(u':'));
    shoot(u"my-tasks"_s);

    QVERIFY2(m_kiosk.click(u"logoutButton"_s, &error), qPrintable(error));
    QVERIFY(m_kiosk.find<QPushButton>(u"loginButton"_s)->isVisible());
    QVERIFY(m_kiosk.text(u"residentName"_s).isEmpty());
}

void TestKioskResident::typoInPassIsNamedBeforeThePin()
{
    QString error;
    QVERIFY2(m_kiosk.click(u"loginButton"_s, &error), qPrintable(error));
    auto* passEdit = m_kiosk.find<QLineEdit>(u"passEdit"_s);
    QString pass = m_kiosk.resident(u"Joep Vliegen"_s).first;
    pass.chop(1);
    QTest::keyClicks(passEdit, pass);
    QVERIFY(m_kiosk.click(u"passNextButton"_s, &error));
    QVERIFY(m_kiosk.find<QLabel>(u"passError"_s)->isVisible());
    QVERIFY2(m_kiosk.text(u"passError"_s).contains(u"27"_s), qPrintable(m_kiosk.text(u"passError"_s)));
    QVERIFY(!m_kiosk.find<QWidget>(u"pinPadPage"_s));
    QVERIFY(m_kiosk.click(u"passCancelButton"_s, &error));
    QVERIFY2(m_kiosk.waitForPage(u"browsePage"_s, &error), qPrintable(error));
}

void TestKioskResident::wrongPinSaysHowManyTriesAreLeft()
{
    QString error;
    QVERIFY2(m_kiosk.typePassAndPin(m_kiosk.resident(u"Ria Schepers"_s).first, u"1111"_s, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(m_kiosk.find<QLabel>(u"pinMessage"_s)->isVisible(), 20000);
    QVERIFY2(m_kiosk.text(u"pinMessage"_s).contains(u'4'), qPrintable(m_kiosk.text(u"pinMessage"_s)));
    QVERIFY(!m_kiosk.window()->residentSession()->isLoggedIn());
    // The dots are empty again for the next try, and the physical keyboard works too.
    auto* pad = m_kiosk.find<QWidget>(u"pinPadPage"_s);
    QVERIFY(!m_kiosk.text(u"pinDots"_s).contains(u"●"_s));
    QTest::keyClicks(pad, m_kiosk.resident(u"Ria Schepers"_s).second.left(2));
    shoot(u"pin-pad"_s);
    QTest::keyClicks(pad, m_kiosk.resident(u"Ria Schepers"_s).second.mid(2));
    QCOMPARE(m_kiosk.text(u"pinDots"_s).count(u"●"_s), 4);
    QTest::keyClick(pad, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_kiosk.window()->residentSession()->isLoggedIn(), 20000);
    QVERIFY(m_kiosk.text(u"residentName"_s).contains(u"Ria"_s));
    QVERIFY(m_kiosk.click(u"logoutButton"_s, &error));
}

void TestKioskResident::capRefusalShowsTheRemainingRoom()
{
    QString error;
    QVERIFY2(setServerSetting(m_kiosk.server(), u"cap.yearlyCents"_s, u"2000"_s, &error), qPrintable(error));
    QVERIFY2(m_kiosk.logIn(u"Mohammed El Idrissi"_s, &error), qPrintable(error));
    QVERIFY2(m_kiosk.claim(6, &error), qPrintable(error));  // 14 coins of 20
    QVERIFY2(m_kiosk.click(u"claimedDoneButton"_s, &error), qPrintable(error));
    // Before the server is asked, the confirmation already shows the limit would be passed.
    QTRY_COMPARE_WITH_TIMEOUT(m_kiosk.window()->residentSession()->earnings().remainingYearCents, 600, 20000);
    QVERIFY2(m_kiosk.openClaim(7, &error), qPrintable(error));  // 12 more
    QVERIFY(m_kiosk.text(u"confirmCapText"_s).contains(coins(2000)));
    QVERIFY(m_kiosk.click(u"confirmClaimButton"_s, &error));
    QTRY_VERIFY_WITH_TIMEOUT(m_kiosk.find<QLabel>(u"confirmMessage"_s)->isVisible(), 20000);
    const QString message = m_kiosk.text(u"confirmMessage"_s);
    QVERIFY2(message.contains(coins(600)) && message.contains(coins(1200)), qPrintable(message));
    QVERIFY(!m_kiosk.find<QPushButton>(u"confirmClaimButton"_s)->isEnabled());
    QCOMPARE(m_kiosk.window()->residentSession()->claimsModel()->openCount(), 1);
    QVERIFY(m_kiosk.click(u"logoutButton"_s, &error));
    QVERIFY2(setServerSetting(m_kiosk.server(), u"cap.yearlyCents"_s, {}, &error), qPrintable(error));
}

void TestKioskResident::idleWarningCountsDownAndCanBeDismissed()
{
    QString error;
    QVERIFY2(m_kiosk.logIn(u"Joep Vliegen"_s, &error), qPrintable(error));
    SessionIdleGuard* guard = m_kiosk.window()->idleGuard();
    auto* overlay = m_kiosk.find<QWidget>(u"idleWarning"_s);
    QVERIFY(!overlay->isVisible());
    m_kiosk.clock()->advanceMsecs(60'000);
    guard->check();
    QVERIFY(overlay->isVisible());
    QVERIFY2(m_kiosk.text(u"idleCountdown"_s).contains(u"30"_s), qPrintable(m_kiosk.text(u"idleCountdown"_s)));
    m_kiosk.clock()->advanceMsecs(12'000);
    guard->check();
    QVERIFY(m_kiosk.text(u"idleCountdown"_s).contains(u"18"_s));
    QVERIFY(m_kiosk.click(u"stillHereButton"_s, &error));
    QVERIFY(!overlay->isVisible());
    QVERIFY(m_kiosk.window()->residentSession()->isLoggedIn());
    m_kiosk.clock()->advanceMsecs(89'000);
    guard->check();
    QVERIFY(m_kiosk.window()->residentSession()->isLoggedIn());
    m_kiosk.clock()->advanceMsecs(1'000);
    guard->check();
    QVERIFY(!m_kiosk.window()->residentSession()->isLoggedIn());
    QVERIFY(!overlay->isVisible());
    QVERIFY(m_kiosk.find<QPushButton>(u"loginButton"_s)->isVisible());
}

void TestKioskResident::controlsAreNamedAndTouchSized()
{
    QString error;
    QVERIFY2(m_kiosk.logIn(u"Joep Vliegen"_s, &error), qPrintable(error));
    QVERIFY2(m_kiosk.openClaim(4, &error), qPrintable(error));
    QVERIFY(m_kiosk.click(u"confirmBackButton"_s, &error));
    QVERIFY(m_kiosk.click(u"myTasksButton"_s, &error));
    QVERIFY2(m_kiosk.waitForPage(u"myTasksPage"_s, &error), qPrintable(error));
    QCoreApplication::processEvents();
    const auto buttons = m_kiosk.window()->findChildren<QAbstractButton*>();
    int checked = 0;
    for (QAbstractButton* button : buttons) {
        if (!button->isVisible())
            continue;
        ++checked;
        QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));
        QVERIFY2(button->height() >= Theme::minimumTouchTarget && button->width() >= Theme::minimumTouchTarget,
                 qPrintable(button->objectName()));
        QVERIFY2(button->font().pointSizeF() >= Theme::minimumPointSize, qPrintable(button->objectName()));
    }
    QVERIFY(checked >= 5);
    for (QLabel* label : m_kiosk.window()->findChildren<QLabel*>()) {
        if (label->isVisible() && !label->text().isEmpty())
            QVERIFY2(label->font().pointSizeF() >= Theme::minimumPointSize, qPrintable(label->objectName()));
    }
    // The language bar stays on the resident's pages.
    QVERIFY(m_kiosk.find<QPushButton>(u"enLanguageButton"_s)->isVisible());
    QVERIFY(m_kiosk.click(u"logoutButton"_s, &error));
}

QTEST_MAIN(TestKioskResident)
#include "TestKioskResident.moc"
