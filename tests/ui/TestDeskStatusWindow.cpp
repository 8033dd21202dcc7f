// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "KioskTestData.h"

#include "core/domain/Result.h"
#include "ui/common/DeskStatusWindow.h"
#include "ui/common/LanguageSwitcher.h"
#include "ui/common/SyncStatusLabel.h"
#include "ui/common/Theme.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace buurtmunt;

// A counter or staff device opened before its desk exists must say exactly
// what it is and that its functions are not there yet, and offer nothing
// that pretends otherwise.
class TestDeskStatusWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { Theme::kiosk().apply(*qApp); }
    void counterStatesItsShopAndServer();
    void staffDeskOffersNoFakeButtons();
};

static Enrolment counterEnrolment()
{
    Enrolment e = test::kioskEnrolment();
    e.role = u"counter"_s;
    e.shopId = ShopId(3);
    e.deviceId = DeviceId(12);
    e.deviceName = u"Kassa Bakkerij Dreessen"_s;
    e.neighbourhood.clear();
    return e;
}

void TestDeskStatusWindow::counterStatesItsShopAndServer()
{
    LanguageSwitcher languages;
    QVERIFY(languages.setLanguage(u"nl"_s));
    DeskStatusWindow window(counterEnrolment(), &languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QString details = window.findChild<QLabel*>(u"deskDetails"_s)->text();
    QVERIFY2(details.contains(u"Dit apparaat is aangemeld als: Winkelkassa"_s), qPrintable(details));
    QVERIFY2(details.contains(u"Winkelnummer: 3"_s), qPrintable(details));
    QVERIFY2(details.contains(u"Kassa Bakkerij Dreessen (nummer 12)"_s), qPrintable(details));
    QVERIFY2(details.contains(u"https://127.0.0.1:9"_s), qPrintable(details));
    QVERIFY(window.findChild<QLabel*>(u"deskNotYet"_s)->text().contains(u"nog niet"_s));

    SyncStatusLabel* status = window.syncStatus();
    QVERIFY(status->isVisible());
    status->showSucceeded(QDateTime(QDate::currentDate(), QTime(9, 5)));
    QCOMPARE(status->text(), u"Bijgewerkt om 09:05"_s);
    status->showFailed(Error{u"network"_s, u"Connection refused"_s});
    QCOMPARE(status->text(), u"Offline — laatst bijgewerkt om 09:05"_s);
    QCOMPARE(status->toolTip(), u"Connection refused"_s);

    QVERIFY(languages.setLanguage(u"en"_s));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QVERIFY(window.findChild<QLabel*>(u"deskDetails"_s)->text().contains(u"Shop number: 3"_s));
    QVERIFY(window.findChild<QLabel*>(u"deskNotYet"_s)->text().contains(u"not available in this version"_s));
}

void TestDeskStatusWindow::staffDeskOffersNoFakeButtons()
{
    LanguageSwitcher languages;
    QVERIFY(languages.setLanguage(u"en"_s));
    Enrolment staff = counterEnrolment();
    staff.role = u"staff"_s;
    staff.shopId.reset();
    DeskStatusWindow window(staff, &languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.findChild<QLabel*>(u"deskTitle"_s)->text(), u"Staff desk"_s);
    QVERIFY(!window.findChild<QLabel*>(u"deskDetails"_s)->text().contains(u"Shop number"_s));
    // The only buttons are the three language buttons.
    const auto buttons = window.findChildren<QPushButton*>();
    QCOMPARE(buttons.size(), 3);
    for (QPushButton* button : buttons)
        QVERIFY(button->objectName().endsWith(u"LanguageButton"_s));
}

QTEST_MAIN(TestDeskStatusWindow)
#include "TestDeskStatusWindow.moc"
