// SPDX-FileCopyrightText: 2026 Buurtmunt contributors
// SPDX-License-Identifier: EUPL-1.2
#include "../core/CoreTestSession.h"
#include "ServerProcess.h"

#include "core/domain/Iban.h"
#include "core/net/ApiClient.h"
#include "core/staff/ShopListModel.h"
#include "core/staff/StaffSession.h"
#include "core/store/Enrolment.h"
#include "ui/common/LanguageSwitcher.h"
#include "ui/common/Theme.h"
#include "ui/staff/ShopFormDialog.h"
#include "ui/staff/ShopsView.h"
#include "ui/staff/StaffLoginPage.h"
#include "ui/staff/StaffWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace buurtmunt;

// The administrator's shop list against the real server: a mistyped IBAN is
// caught while typing, a registered shop is listed, edited, and a deactivated
// one disappears from what kiosks are shown.
class TestStaffShops : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listsTheShopsWithBalanceAndIban();
    void badIbanKeepsTheDialogFromConfirming();
    void registersAShop();
    void editsAShop();
    void deactivatedShopIsGoneForKiosks();

private:
    void click(QWidget* root, const QString& buttonName);
    QStringList kioskShopNames();
    qint64 shopIdNamed(const QString& name) const;

    test::ServerProcess m_server;
    QNetworkAccessManager m_network;
    LanguageSwitcher m_languages;
    test::EnrolledDevice m_kiosk;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<StaffWindow> m_window;
    const QString m_name = u"Boekhandel Van Gorcum"_s;
    const QString m_goodIban = Iban::withCheckDigits(u"NL", u"INGB0007654321");
};

void TestStaffShops::initTestCase()
{
    QVERIFY2(!test::ServerProcess::serverBinary().isEmpty(), "BUURTMUNT_SERVER_BIN is not set");
    Theme::kiosk().apply(*qApp);
    QVERIFY(m_languages.setLanguage(u"en"_s));
    QVERIFY2(m_server.start(test::ServerProcess::Options::withDemoData()), qPrintable(m_server.errorString()));
    QString error;
    auto staff = test::enrolDirectly(m_server, &m_network, u"staff"_s, &error);
    QVERIFY2(staff, qPrintable(error));
    auto kiosk = test::enrolDirectly(m_server, &m_network, u"kiosk"_s, &error);
    QVERIFY2(kiosk, qPrintable(error));
    m_kiosk = *kiosk;
    auto enrolment = Enrolment::fromEnrolResponse(staff->answer, m_server.url(), m_server.fingerprint());
    QVERIFY(enrolment);
    m_api = std::make_unique<ApiClient>(&m_network);
    test::pinTo(*m_api, m_server);
    m_api->setDeviceCredentials(staff->deviceId, staff->secret);
    m_api->setRole(u"staff"_s);
    m_window = std::make_unique<StaffWindow>(enrolment.value(), m_api.get(), &m_languages);
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    StaffLoginPage* page = m_window->loginPage();
    QTest::keyClicks(page->usernameEdit(), u"demo"_s);
    QTest::keyClicks(page->passwordEdit(), u"heitje-demo"_s);
    QTest::mouseClick(page->loginButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isDeskOpen(), 20000);
    QVERIFY(m_window->shopsView());
    m_window->tabs()->setCurrentWidget(m_window->shopsView());
}

void TestStaffShops::cleanupTestCase()
{
    m_window.reset();
    m_server.stop();
}

void TestStaffShops::click(QWidget* root, const QString& buttonName)
{
    auto* button = root->findChild<QPushButton*>(buttonName);
    QVERIFY2(button, qPrintable(buttonName));
    QVERIFY2(button->isEnabled(), qPrintable(buttonName + u" is disabled"_s));
    QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(buttonName + u" has no accessible name"_s));
    QTest::mouseClick(button, Qt::LeftButton);
}

QStringList TestStaffShops::kioskShopNames()
{
    ApiClient client(&m_network);
    test::pinTo(client, m_server);
    client.setDeviceCredentials(m_kiosk.deviceId, m_kiosk.secret);
    client.setRole(u"kiosk"_s);
    const ApiResult result = test::waitFor(client.get(u"/v1/shops"_s));
    QStringList names;
    for (const QJsonValue& shop : result.body.object().value(u"items"_s).toArray())
        names << shop.toObject().value(u"name"_s).toString();
    return names;
}

qint64 TestStaffShops::shopIdNamed(const QString& name) const
{
    for (const ShopRecord& shop : m_window->shopsView()->model()->shops()) {
        if (shop.name == name)
            return shop.id;
    }
    return 0;
}

void TestStaffShops::listsTheShopsWithBalanceAndIban()
{
    ShopsView* view = m_window->shopsView();
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 3, 20000);
    const QModelIndex first = view->table()->model()->index(0, ShopListModel::IbanColumn);
    QVERIFY2(first.data().toString().startsWith(u"NL"_s), qPrintable(first.data().toString()));
    QCOMPARE(view->table()->model()->index(0, ShopListModel::ActiveColumn).data().toString(), u"active"_s);
    // Nothing selected: nothing to edit or deactivate.
    QVERIFY(!view->editButton()->isEnabled());
    QVERIFY(!view->activeButton()->isEnabled());
}

void TestStaffShops::badIbanKeepsTheDialogFromConfirming()
{
    ShopsView* view = m_window->shopsView();
    click(view, u"registerShopButton"_s);
    QTRY_VERIFY(view->formDialog() && view->formDialog()->isVisible());
    ShopFormDialog* dialog = view->formDialog();
    QTest::keyClicks(dialog->nameEdit(), m_name);
    QTest::keyClicks(dialog->addressEdit(), u"Promenade 12, Heerlen"_s);
    dialog->categoryCombo()->setCurrentIndex(dialog->categoryCombo()->findData(u"books"_s));
    // One digit off: the mod-97 check catches it while typing.
    QString typo = m_goodIban;
    typo[10] = typo[10] == u'9' ? u'8' : QChar(typo[10].unicode() + 1);
    QTest::keyClicks(dialog->ibanEdit(), typo);
    QVERIFY(!dialog->confirmButton()->isEnabled());
    QVERIFY(dialog->ibanError()->isVisible());
    QVERIFY2(dialog->ibanError()->text().contains(u"mod-97"_s), qPrintable(dialog->ibanError()->text()));
    // Too short for a Dutch IBAN says how long it should be.
    dialog->ibanEdit()->clear();
    QTest::keyClicks(dialog->ibanEdit(), u"NL91 ABNA 0417"_s);
    QVERIFY(!dialog->confirmButton()->isEnabled());
    QVERIFY2(dialog->ibanError()->text().contains(u"18"_s), qPrintable(dialog->ibanError()->text()));
}

void TestStaffShops::registersAShop()
{
    ShopsView* view = m_window->shopsView();
    ShopFormDialog* dialog = view->formDialog();
    QVERIFY(dialog);
    dialog->ibanEdit()->clear();
    // Typed as on a letterhead: spaces and lower case.
    QString typed;
    for (int i = 0; i < m_goodIban.size(); i += 4)
        typed += m_goodIban.mid(i, 4).toLower() + u' ';
    QTest::keyClicks(dialog->ibanEdit(), typed.trimmed());
    QVERIFY(dialog->confirmButton()->isEnabled());
    QVERIFY(!dialog->ibanError()->isVisible());
    const int before = view->model()->rowCount();
    QSignalSpy saved(view, &ShopsView::shopSaved);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
    QTRY_VERIFY(!view->formDialog());
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), before + 1, 20000);
    const qint64 id = shopIdNamed(m_name);
    QVERIFY(id > 0);
    const ShopRecord shop = *view->model()->shop(id);
    QCOMPARE(shop.iban, m_goodIban);  // stored without spaces, upper case
    QCOMPARE(shop.category, u"books"_s);
    QCOMPARE(shop.balance.cents(), 0);
    QVERIFY(shop.active);
    QTRY_COMPARE(view->currentShop() ? view->currentShop()->id : 0, id);
    QVERIFY(kioskShopNames().contains(m_name));
}

void TestStaffShops::editsAShop()
{
    ShopsView* view = m_window->shopsView();
    const qint64 id = shopIdNamed(m_name);
    QVERIFY(view->selectShop(id));
    click(view, u"editShopButton"_s);
    QTRY_VERIFY(view->formDialog() && view->formDialog()->isVisible());
    ShopFormDialog* dialog = view->formDialog();
    QCOMPARE(dialog->nameEdit()->text(), m_name);
    QCOMPARE(dialog->categoryCombo()->currentData().toString(), u"books"_s);
    dialog->addressEdit()->clear();
    QTest::keyClicks(dialog->addressEdit(), u"Pancratiusplein 3, Heerlen"_s);
    QSignalSpy saved(view, &ShopsView::shopSaved);
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(view->model()->shop(id)->address, u"Pancratiusplein 3, Heerlen"_s, 20000);
    QVERIFY2(view->messageLabel()->text().contains(u"saved"_s), qPrintable(view->messageLabel()->text()));
}

void TestStaffShops::deactivatedShopIsGoneForKiosks()
{
    ShopsView* view = m_window->shopsView();
    const qint64 id = shopIdNamed(m_name);
    QVERIFY(view->selectShop(id));
    QCOMPARE(view->activeButton()->accessibleName(), u"Deactivate"_s);
    click(view, u"toggleShopActiveButton"_s);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = view->findChild<QMessageBox*>(u"confirmShopActiveBox"_s)) != nullptr);
    QVERIFY2(box->text().contains(m_name), qPrintable(box->text()));
    // Cancel changes nothing.
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTest::qWait(300);
    QVERIFY(view->model()->shop(id)->active);
    QVERIFY(kioskShopNames().contains(m_name));

    click(view, u"toggleShopActiveButton"_s);
    QTRY_VERIFY((box = view->findChild<QMessageBox*>(u"confirmShopActiveBox"_s)) != nullptr);
    QSignalSpy saved(view, &ShopsView::shopSaved);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!view->model()->shop(id)->active, 20000);
    // Still listed for the administrator, as deactivated; gone for kiosks.
    QCOMPARE(view->table()->model()->index(view->table()->currentIndex().row(), ShopListModel::ActiveColumn).data(),
             QVariant(u"deactivated"_s));
    QVERIFY(!kioskShopNames().contains(m_name));
    QTRY_COMPARE(view->activeButton()->accessibleName(), u"Activate"_s);
}

QTEST_MAIN(TestStaffShops)
#include "TestStaffShops.moc"
